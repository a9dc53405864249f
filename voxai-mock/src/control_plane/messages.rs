//! What the control plane takes and answers: the same types the server reads and writes.

use serde::{Deserialize, Serialize};
use voxai_types::rooms::{TrackSource, TrackType};
use voxai_types::sip::CallStatus;

/// Someone joining a room, for [`ControlPlane::join`](super::ControlPlane::join).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Join {
    /// The participant's identity.
    pub identity: String,
    /// Display name (the identity when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Participant metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<String>,
    /// Published tracks; one microphone track when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracks: Option<Vec<Track>>,
}

impl Join {
    /// `identity` joins, publishing one microphone track.
    pub fn new(identity: impl Into<String>) -> Self {
        Self {
            identity: identity.into(),
            name: None,
            metadata: None,
            tracks: None,
        }
    }

    /// Display name.
    #[must_use]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Publishes `track` (instead of the default microphone, with any others added).
    #[must_use]
    pub fn track(mut self, track: Track) -> Self {
        self.tracks.get_or_insert_with(Vec::new).push(track);
        self
    }
}

/// A published track of a [`Join`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Track {
    /// Audio or video.
    #[serde(rename = "type", default = "audio")]
    pub kind: TrackType,
    /// Where it comes from (microphone for audio, camera for video when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<TrackSource>,
    /// Track name (the type in lower case when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Whether it is muted.
    #[serde(default)]
    pub muted: bool,
}

fn audio() -> TrackType {
    TrackType::Audio
}

impl Track {
    /// An unmuted track of `kind`.
    pub fn new(kind: TrackType) -> Self {
        Self {
            kind,
            source: None,
            name: None,
            muted: false,
        }
    }
}

/// A call moving on, for [`ControlPlane::set_call_status`](super::ControlPlane::set_call_status).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CallStatusChange {
    /// The call's new state.
    pub status: CallStatus,
}

/// A project's webhook endpoints, for
/// [`ControlPlane::set_webhooks`](super::ControlPlane::set_webhooks): they replace the
/// project's, and take effect from the next event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebhookEndpoints {
    /// Where events go, each with its signing secret.
    pub endpoints: Vec<crate::fixtures::WebhookFixture>,
}

/// A call coming in, for [`ControlPlane::inbound_call`](super::ControlPlane::inbound_call).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InboundCall {
    /// The caller's number (E.164).
    pub from: String,
    /// The number called: a project's SIP configuration answers it.
    pub to: String,
}

/// Bulk data for [`ControlPlane::seed`](super::ControlPlane::seed).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seed {
    /// The API key whose project gets the data.
    pub key: String,
    /// Ended sessions to add, one minute apart, the newest a minute ago.
    #[serde(default)]
    pub sessions: u64,
    /// The size of a completed recording to add (its file is zeros, not audio).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recording_bytes: Option<u64>,
}

impl Seed {
    /// Nothing yet, for the project of `key`: set `sessions` or `recording_bytes`.
    pub fn new(key: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            ..Self::default()
        }
    }
}

/// What [`ControlPlane::seed`](super::ControlPlane::seed) added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seeded {
    /// How many sessions.
    pub sessions: u64,
    /// The oldest of them, if any.
    pub first_session_id: Option<u64>,
    /// The recording, if one was asked for.
    pub recording_id: Option<u64>,
}

/// One entry of the request log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogEntry {
    /// HTTP method.
    pub method: String,
    /// Path, e.g. `/api/v1/rooms`.
    pub path: String,
    /// Query string, without `?`.
    pub query: Option<String>,
    /// Status answered (499 when the client left first).
    pub status: u16,
    /// When it arrived, ISO 8601.
    pub time: String,
    /// How long it took.
    pub duration_ms: u64,
    /// The key's project, when the key was valid.
    pub project_id: Option<u64>,
    /// The id of the fault it suffered, if any.
    pub fault: Option<u64>,
}

/// One webhook delivery attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeliveryAttempt {
    /// The event's id (`X-Webhook-Id`), the same across its attempts.
    pub event_id: String,
    /// The event's type, e.g. `room.started`.
    pub event_type: String,
    /// Whose event it is.
    pub project_id: u64,
    /// Where it was sent.
    pub url: String,
    /// From 1.
    pub attempt: u32,
    /// The receiver's status; `None` when it could not be reached.
    pub status: Option<u16>,
    /// Why it could not be delivered.
    pub error: Option<String>,
    /// Whether the receiver took it (2xx).
    pub delivered: bool,
    /// The `X-Webhook-Signature` sent.
    pub signature: String,
    /// When, ISO 8601.
    pub time: String,
}

/// One monitor WebSocket connection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonitorConnection {
    /// Its id.
    pub id: u64,
    /// The key's project; `None` for a refused key.
    pub project_id: Option<u64>,
    /// Channels subscribed.
    pub channels: Vec<String>,
    /// Whether it is still open.
    pub open: bool,
    /// The close code the server sent.
    pub close_code: Option<u16>,
    /// The close reason the server sent.
    pub close_reason: Option<String>,
}
