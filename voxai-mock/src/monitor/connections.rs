//! The log of monitor connections, open and closed, for `/_mock/monitor/connections`.

use std::sync::{Mutex, PoisonError};

use crate::control_plane::MonitorConnection as ConnectionInfo;

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
    /// by the client.
    pub(crate) fn closed(&self, id: u64, by_server: Option<(u16, String)>) {
        self.update(id, |c| {
            c.open = false;
            c.close_code = by_server.as_ref().map(|(code, _)| *code);
            c.close_reason =
                Some(by_server.map_or_else(|| "closed by the client".to_owned(), |(_, why)| why));
        });
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
