//! Webhooks (reference section 12): the test endpoint, event types and the envelope.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::wire_enum::wire_enum;

/// The header holding the hex HMAC-SHA256 of the raw body under the webhook secret.
pub const SIGNATURE_HEADER: &str = "X-Webhook-Signature";
/// The header holding the event type (wire.md).
pub const EVENT_HEADER: &str = "X-Webhook-Event";
/// The header holding the event id, constant across retries (wire.md).
pub const ID_HEADER: &str = "X-Webhook-Id";

wire_enum! {
    /// The event types of the reference's table.
    pub enum WebhookEventType {
        /// Room becomes active.
        RoomStarted = "room.started",
        /// Room is closed.
        RoomFinished = "room.finished",
        /// Someone joins a room.
        ParticipantJoined = "participant.joined",
        /// Someone leaves a room.
        ParticipantLeft = "participant.left",
        /// Audio/video track published.
        TrackPublished = "track.published",
        /// Track removed.
        TrackUnpublished = "track.unpublished",
        /// AI session begins.
        SessionStarted = "session.started",
        /// AI session completes.
        SessionEnded = "session.ended",
        /// Recording begins.
        RecordingStarted = "recording.started",
        /// Recording ends.
        RecordingStopped = "recording.stopped",
        /// Outbound SIP call started.
        SipCallInitiated = "sip.call_initiated",
        /// Inbound SIP call received.
        SipInboundCall = "sip.inbound_call",
        /// Document ingested into a knowledge base.
        KnowledgeDocumentUploaded = "knowledge.document_uploaded",
        /// Knowledge base re-indexed.
        KnowledgeReindexed = "knowledge.reindexed",
        /// Egress process started.
        EgressStarted = "egress.started",
        /// Egress process completed.
        EgressEnded = "egress.ended",
        /// Manual test event.
        Test = "test",
    }
}

/// Body of `POST /webhooks/test`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TestWebhookRequest {
    /// Event type to simulate (server default `test`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<WebhookEventType>,
    /// Custom payload, sent as the envelope's `data`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<Value>,
}

/// Response of `POST /webhooks/test`.
///
/// Decided here (the reference shows no body): the id of the event sent and how many
/// active endpoints it was queued for. Delivery itself is asynchronous.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestWebhookResponse {
    /// Always `true`.
    pub success: bool,
    /// The event's `X-Webhook-Id`.
    pub event_id: String,
    /// Active endpoints it was queued for.
    pub endpoints: u32,
}

/// The JSON body of every webhook delivery.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookEnvelope {
    /// What happened.
    pub event_type: WebhookEventType,
    /// The project it happened in.
    pub project_id: u64,
    /// ISO 8601 with milliseconds, when it happened.
    pub timestamp: String,
    /// Event-specific fields.
    #[serde(default)]
    pub data: Value,
}
