//! The plain acknowledgement of deletes and control actions.

use crate::lenient::acknowledgement;

acknowledgement! {
    /// `{"success": true}`, with `message` where the reference shows one (room close).
    ///
    /// Decided here: delete and control actions that the reference shows no body for return this.
    pub struct Ack {}
}

impl Ack {
    /// A successful acknowledgement with a message.
    pub fn with_message(message: impl Into<String>) -> Self {
        Self {
            message: Some(message.into()),
            ..Self::ok()
        }
    }
}
