//! The log of monitor connections, open and closed, for `/_mock/monitor/connections`.

use std::sync::{Mutex, PoisonError};

use crate::control_plane::MonitorConnection as ConnectionInfo;

/// Closed connections the log keeps; older ones are forgotten.
pub const MAX_CLOSED: usize = 1_000;

#[derive(Debug, Default)]
pub(crate) struct Connections {
    next_id: Mutex<u64>,
    all: Mutex<Vec<ConnectionInfo>>,
    /// Woken whenever a connection changes, e.g. closes.
    changed: tokio::sync::Notify,
}

impl Connections {
    pub(crate) fn open(&self, project_id: Option<u64>) -> u64 {
        let id = {
            let mut next = self.next_id.lock().unwrap_or_else(PoisonError::into_inner);
            *next += 1;
            *next
        };
        self.all
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(ConnectionInfo {
                id,
                project_id,
                channels: Vec::new(),
                open: true,
                close_code: None,
                close_reason: None,
            });
        id
    }

    pub(crate) fn update(&self, id: u64, f: impl FnOnce(&mut ConnectionInfo)) {
        let mut all = self.all.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(info) = all.iter_mut().find(|c| c.id == id) {
            f(info);
        }
        drop(all);
        self.changed.notify_waiters();
    }

    /// Marks a connection closed: by the server with its code and reason, or (`None`)
    /// by the client. The log keeps every open connection and the last
    /// [`MAX_CLOSED`] closed ones.
    pub(crate) fn closed(&self, id: u64, by_server: Option<(u16, String)>) {
        self.update(id, |c| {
            c.open = false;
            c.close_code = by_server.as_ref().map(|(code, _)| *code);
            c.close_reason =
                Some(by_server.map_or_else(|| "closed by the client".to_owned(), |(_, why)| why));
        });
        let mut all = self.all.lock().unwrap_or_else(PoisonError::into_inner);
        let closed = all.iter().filter(|c| !c.open).count();
        if closed > MAX_CLOSED {
            let mut extra = closed - MAX_CLOSED;
            all.retain(|c| {
                let drop = extra > 0 && !c.open;
                extra -= usize::from(drop);
                !drop
            });
        }
    }

    /// Open connections of `project_id` now.
    pub(crate) fn open_for(&self, project_id: u64) -> usize {
        self.all
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .filter(|c| c.open && c.project_id == Some(project_id))
            .count()
    }

    /// Returns once no connection is open (their close frames sent).
    pub(crate) async fn all_closed(&self) {
        loop {
            let notified = self.changed.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            let open = self
                .all
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .iter()
                .any(|c| c.open);
            if !open {
                return;
            }
            notified.await;
        }
    }

    pub(crate) fn list(&self) -> Vec<ConnectionInfo> {
        self.all
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    pub(crate) fn clear_closed(&self) {
        self.all
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .retain(|c| c.open);
    }
}
