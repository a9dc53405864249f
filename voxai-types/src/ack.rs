//! The plain acknowledgement of deletes and control actions.

use serde::{Deserialize, Serialize};

/// `{"success": true}`, with `message` where the reference shows one (room close).
///
/// wire.md: delete and control actions that the reference shows no body for return this.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ack {
    /// Always `true` on a 2xx.
    pub success: bool,
    /// A short human-readable note, e.g. `"Room closed"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl Ack {
    /// A successful acknowledgement without a message.
    pub fn ok() -> Self {
        Self {
            success: true,
            message: None,
        }
    }

    /// A successful acknowledgement with a message.
    pub fn with_message(message: impl Into<String>) -> Self {
        Self {
            success: true,
            message: Some(message.into()),
        }
    }
}
