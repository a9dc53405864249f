//! What happened, for the monitor WebSocket and webhook delivery. Both carry the
//! `voxai-types` models, so the server cannot drift from what the SDK decodes.

use voxai_types::monitor::MonitorEvent;
use voxai_types::webhooks::WebhookData;

/// One state change of a project, as the monitor and webhooks see it.
#[derive(Debug, Clone)]
pub(crate) struct Event {
    pub(crate) project_id: u64,
    pub(crate) kind: EventKind,
}

#[derive(Debug, Clone)]
pub(crate) enum EventKind {
    /// A monitor event of a room, by the room's name without prefix (its channel).
    Monitor { room: String, event: MonitorEvent },
    /// A webhook event.
    Webhook {
        data: WebhookData,
        /// Set for `POST /webhooks/test`, so the response can name the event.
        event_id: Option<String>,
        /// The `data` to send as given (`POST /webhooks/test`'s payload), rather than as
        /// `data` serializes: fields no type knows and numbers as written stay.
        raw: Option<serde_json::Value>,
    },
}

impl Event {
    pub(crate) fn monitor(project_id: u64, room: &str, event: MonitorEvent) -> Self {
        Self {
            project_id,
            kind: EventKind::Monitor {
                room: room.to_owned(),
                event,
            },
        }
    }

    pub(crate) fn webhook(project_id: u64, data: WebhookData) -> Self {
        Self {
            project_id,
            kind: EventKind::Webhook {
                data,
                event_id: None,
                raw: None,
            },
        }
    }
}
