//! Fan-out of monitor events. One task takes every event once, serializes it once, and
//! offers the same bytes to each connection of the event's project subscribed to its
//! channel, without waiting: never in the request that caused the event, never under
//! the store lock, never one task or one serialization per connection.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex, PoisonError};

use axum::extract::ws::{Message, Utf8Bytes};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;
use voxai_types::monitor::{CLOSE_TOO_SLOW, Channel};

/// One open monitor connection, as the hub offers it events.
#[derive(Debug)]
pub(crate) struct Subscriber {
    pub(crate) channels: Arc<Mutex<BTreeSet<Channel>>>,
    pub(crate) queue: mpsc::Sender<Message>,
    pub(crate) closing: CancellationToken,
    pub(crate) reason: CloseReason,
}

impl Subscriber {
    /// Whether it subscribed to every room, or to one of `rooms` (a room's channel by
    /// either of its names).
    fn wants(&self, rooms: &[Channel]) -> bool {
        let channels = self.channels.lock().unwrap_or_else(PoisonError::into_inner);
        channels.contains(&Channel::Rooms) || rooms.iter().any(|room| channels.contains(room))
    }

    fn offer(&self, frame: &Utf8Bytes) {
        if self.queue.try_send(Message::Text(frame.clone())).is_err() {
            end(
                &self.closing,
                &self.reason,
                CLOSE_TOO_SLOW,
                "too slow: the event queue is full",
            );
        }
    }
}

/// The open connections by project, then by connection id.
#[derive(Debug, Default)]
pub(crate) struct Hub(Mutex<HashMap<u64, HashMap<u64, Subscriber>>>);

impl Hub {
    pub(crate) fn join(&self, project_id: u64, id: u64, subscriber: Subscriber) {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .entry(project_id)
            .or_default()
            .insert(id, subscriber);
    }

    pub(crate) fn leave(&self, project_id: u64, id: u64) {
        let mut all = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(project) = all.get_mut(&project_id) {
            project.remove(&id);
            if project.is_empty() {
                all.remove(&project_id);
            }
        }
    }

    /// Whether any connection of the project is open.
    pub(crate) fn watched(&self, project_id: u64) -> bool {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .contains_key(&project_id)
    }

    pub(crate) fn deliver(&self, project_id: u64, rooms: &[Channel], frame: &Utf8Bytes) {
        let all = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        for subscriber in all.get(&project_id).into_iter().flat_map(HashMap::values) {
            if subscriber.wants(rooms) {
                subscriber.offer(frame);
            }
        }
    }

    /// Ends every connection: events were lost before they could be offered.
    pub(crate) fn drop_everyone(&self, why: &str) {
        let all = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        for subscriber in all.values().flat_map(HashMap::values) {
            end(&subscriber.closing, &subscriber.reason, CLOSE_TOO_SLOW, why);
        }
    }
}

/// Why the server ends a connection; `None` when the client went away.
pub(crate) type CloseReason = Arc<Mutex<Option<(u16, String)>>>;

pub(crate) fn end(closing: &CancellationToken, reason: &CloseReason, code: u16, why: &str) {
    reason
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .get_or_insert_with(|| (code, why.to_owned()));
    closing.cancel();
}
