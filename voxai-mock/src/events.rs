//! What happened, for the monitor WebSocket and webhook delivery.

use serde_json::Value;
use voxai_types::webhooks::WebhookEventType;

/// One state change of a project, as the monitor and webhooks see it.
#[derive(Debug, Clone)]
pub(crate) struct Event {
    pub(crate) project_id: u64,
    pub(crate) kind: EventKind,
}

#[derive(Debug, Clone)]
pub(crate) enum EventKind {
    /// A monitor event (`{"type", "data"}`) of a room, by its name without prefix.
    // Read by the monitor hub.
    #[allow(dead_code)]
    Monitor {
        event_type: &'static str,
        room: String,
        data: Value,
    },
    /// A webhook event.
    Webhook {
        event_type: WebhookEventType,
        data: Value,
        /// Set for `POST /webhooks/test`, so the response can name the event.
        event_id: Option<String>,
    },
}

impl Event {
    pub(crate) fn monitor(
        project_id: u64,
        event_type: &'static str,
        room: &str,
        data: Value,
    ) -> Self {
        Self {
            project_id,
            kind: EventKind::Monitor {
                event_type,
                room: room.to_owned(),
                data,
            },
        }
    }

    pub(crate) fn webhook(project_id: u64, event_type: WebhookEventType, data: Value) -> Self {
        Self {
            project_id,
            kind: EventKind::Webhook {
                event_type,
                data,
                event_id: None,
            },
        }
    }
}
