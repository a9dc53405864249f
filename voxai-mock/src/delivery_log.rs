//! The log of webhook delivery attempts, for `/_mock/webhooks/deliveries`.

use std::collections::VecDeque;
use std::sync::{Mutex, PoisonError};

use tokio::sync::Notify;

use crate::control_plane::DeliveryAttempt as Attempt;

/// Attempts logged; older ones are dropped.
const LOG_CAPACITY: usize = 10_000;

/// Every delivery attempt, oldest first, up to [`LOG_CAPACITY`].
#[derive(Debug, Default)]
pub(crate) struct Deliveries {
    log: Mutex<VecDeque<Attempt>>,
    /// Wakes long-polls of the log.
    pub(crate) added: Notify,
}

impl Deliveries {
    pub(crate) fn push(&self, attempt: Attempt) {
        {
            let mut log = self.log.lock().unwrap_or_else(PoisonError::into_inner);
            if log.len() == LOG_CAPACITY {
                log.pop_front();
            }
            log.push_back(attempt);
        }
        self.added.notify_waiters();
    }

    pub(crate) fn clear(&self) {
        self.log
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
    }

    pub(crate) fn all(&self) -> Vec<Attempt> {
        self.log
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .cloned()
            .collect()
    }
}
