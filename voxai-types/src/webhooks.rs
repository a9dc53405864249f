//! Webhooks (reference section 12): the test endpoint, event types and the envelope.

use crate::ids::{AgentId, KnowledgeBaseId, ProjectId, RecordingId, SessionId, SipConfigId};
use crate::lenient::response;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::Timestamp;
use crate::lenient::acknowledgement;
use crate::room_names::FullRoomName;
use crate::rooms::{TrackSource, TrackType};
use crate::wire_enum::wire_enum;

/// The `X-Webhook-Signature` of a body: the hex HMAC-SHA256 of the raw bytes under the
/// endpoint's secret. Shared by the server that signs and the SDK that verifies.
pub fn sign(secret: &[u8], body: &[u8]) -> String {
    use hmac::Mac;
    // HMAC takes keys of any length, so this is never `Err`.
    match <hmac::Hmac<sha2::Sha256> as Mac>::new_from_slice(secret) {
        Ok(mut mac) => {
            mac.update(body);
            hex::encode(mac.finalize().into_bytes())
        }
        Err(_) => String::new(),
    }
}

/// The largest webhook body anything here accepts or sends: the SDK's axum extractor,
/// `voxai webhooks listen`, and the reference server's `POST /webhooks/test` payloads.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// What identifies one delivered event for de-duplication: the hex SHA-256 of the
/// signed body. The body carries the event's timestamp and is what the signature
/// covers, so a replay under another `X-Webhook-Id` is still recognised, and a forged
/// id cannot suppress a genuine event.
pub fn fingerprint(body: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(body))
}

/// The header holding the hex HMAC-SHA256 of the raw body under the webhook secret.
pub const SIGNATURE_HEADER: &str = "X-Webhook-Signature";
/// The header holding the event type.
pub const EVENT_HEADER: &str = "X-Webhook-Event";
/// The header holding the event id, constant across retries. The reference does not
/// define it and the signature does not cover it: de-duplicate on [`fingerprint`].
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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TestWebhookRequest {
    /// Event type to simulate (server default `test`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<WebhookEventType>,
    /// Custom payload, sent as the envelope's `data`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<serde_json::Map<String, Value>>,
}

impl TestWebhookRequest {
    /// A `test` event with no payload.
    ///
    /// ```
    /// use voxai_types::webhooks::{TestWebhookRequest, WebhookEventType};
    /// let request = TestWebhookRequest::new()
    ///     .event_type(WebhookEventType::SessionStarted)
    ///     .payload(serde_json::json!({"session_id": 42}));
    /// assert!(request.payload.is_some());
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// The event type to simulate.
    #[must_use]
    pub fn event_type(mut self, event_type: WebhookEventType) -> Self {
        self.event_type = Some(event_type);
        self
    }

    /// The payload, sent as the envelope's `data`: a JSON object (anything else is
    /// sent as no payload, which the server turns into `{}`).
    #[must_use]
    pub fn payload(mut self, payload: Value) -> Self {
        self.payload = match payload {
            Value::Object(map) => Some(map),
            _ => None,
        };
        self
    }
}

acknowledgement! {
    /// Response of `POST /webhooks/test`.
    ///
    /// Decided here (the reference shows no body): our reference server answers with the
    /// id of the event sent and how many active endpoints it was queued for. Delivery
    /// itself is asynchronous.
    pub struct TestWebhookResponse {
        /// The event's `X-Webhook-Id`.
        pub event_id: Option<String>,
        /// Active endpoints it was queued for.
        pub endpoints: Option<u32>,
    }
}

response! {
    /// The JSON body of every webhook delivery.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct WebhookEnvelope {
        /// What happened.
        pub event_type: WebhookEventType,
        /// The project it happened in.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub project_id: Option<ProjectId>,
        /// ISO 8601 with milliseconds, when it happened.
        #[serde(default)]
        pub timestamp: Option<Timestamp>,
        /// Event-specific fields.
        #[serde(default)]
        pub data: Value,
    }
}

response! {
    /// `room.started` and `room.finished`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct RoomData {
        /// Full room name.
        pub room_name: FullRoomName,
        /// LiveKit room id.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub room_sid: Option<String>,
    }
}

response! {
    /// `participant.joined` and `participant.left`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct ParticipantData {
        /// Full room name.
        pub room_name: FullRoomName,
        /// Who.
        pub identity: String,
        /// Display name (on join).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Why they left (on leave).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub reason: Option<String>,
    }
}

response! {
    /// `track.published` and `track.unpublished`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct TrackData {
        /// Full room name.
        pub room_name: FullRoomName,
        /// Whose track.
        pub identity: String,
        /// Track id.
        pub track_sid: String,
        /// Audio, video or data.
        #[serde(rename = "type", default)]
        pub kind: Option<TrackType>,
        /// Where it comes from.
        #[serde(default)]
        pub source: Option<TrackSource>,
    }
}

response! {
    /// `session.started` and `session.ended`.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct SessionData {
        /// Session id.
        #[serde(deserialize_with = "crate::lenient::int")]
        pub session_id: SessionId,
        /// Full room name.
        pub room_name: FullRoomName,
        /// Agent handling it (on start).
        #[serde(
            default,
            deserialize_with = "crate::lenient::opt_int",
            skip_serializing_if = "Option::is_none"
        )]
        pub agent_config_id: Option<AgentId>,
        /// Seconds (on end).
        #[serde(
            default,
            serialize_with = "crate::lenient::whole_as_int",
            skip_serializing_if = "Option::is_none"
        )]
        pub duration: Option<f64>,
        /// Summary (on end).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub summary: Option<String>,
    }
}

response! {
    /// `recording.started` and `recording.stopped`.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct RecordingData {
        /// Recording id.
        #[serde(deserialize_with = "crate::lenient::int")]
        pub recording_id: RecordingId,
        /// LiveKit egress id.
        pub egress_id: String,
        /// Full room name.
        pub room_name: FullRoomName,
        /// Seconds (on stop).
        #[serde(
            default,
            serialize_with = "crate::lenient::whole_as_int",
            skip_serializing_if = "Option::is_none"
        )]
        pub duration: Option<f64>,
    }
}

response! {
    /// `egress.started` and `egress.ended`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct EgressData {
        /// LiveKit egress id.
        pub egress_id: String,
        /// Full room name.
        pub room_name: FullRoomName,
        /// Bytes written (on end).
        #[serde(
            default,
            deserialize_with = "crate::lenient::opt_int",
            skip_serializing_if = "Option::is_none"
        )]
        pub file_size: Option<u64>,
    }
}

response! {
    /// `sip.call_initiated`.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct CallInitiatedData {
        /// Full room name.
        pub room_name: FullRoomName,
        /// Number called.
        #[serde(default)]
        pub phone_number: Option<String>,
        /// Caller id shown.
        #[serde(default)]
        pub caller_id: Option<String>,
        /// Outbound trunk.
        #[serde(default)]
        pub trunk_id: Option<String>,
        /// Session of the call.
        #[serde(deserialize_with = "crate::lenient::int")]
        pub session_id: SessionId,
        /// Agent on the call.
        #[serde(
            default,
            deserialize_with = "crate::lenient::opt_int",
            skip_serializing_if = "Option::is_none"
        )]
        pub agent_config_id: Option<AgentId>,
        /// The dial request's metadata.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub metadata: Option<Value>,
    }
}

response! {
    /// `sip.inbound_call`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct InboundCallData {
        /// Full room name.
        pub room_name: FullRoomName,
        /// The caller's number.
        pub from: String,
        /// The number called.
        pub to: String,
        /// The SIP configuration that answered.
        #[serde(
            default,
            deserialize_with = "crate::lenient::opt_int",
            skip_serializing_if = "Option::is_none"
        )]
        pub sip_config_id: Option<SipConfigId>,
        /// Session of the call.
        #[serde(deserialize_with = "crate::lenient::int")]
        pub session_id: SessionId,
        /// Agent on the call.
        #[serde(
            default,
            deserialize_with = "crate::lenient::opt_int",
            skip_serializing_if = "Option::is_none"
        )]
        pub agent_config_id: Option<AgentId>,
    }
}

response! {
    /// `knowledge.document_uploaded`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct DocumentUploadedData {
        /// Knowledge base id.
        #[serde(deserialize_with = "crate::lenient::int")]
        pub knowledge_base_id: KnowledgeBaseId,
        /// File name or source label.
        pub source: String,
        /// Chunks made.
        #[serde(deserialize_with = "crate::lenient::int")]
        pub chunks_created: u64,
    }
}

response! {
    /// `knowledge.reindexed`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct ReindexedData {
        /// Knowledge base id.
        #[serde(deserialize_with = "crate::lenient::int")]
        pub knowledge_base_id: KnowledgeBaseId,
        /// Chunks re-embedded.
        #[serde(deserialize_with = "crate::lenient::int")]
        pub chunks_reindexed: u64,
    }
}

/// The `data` of a webhook, typed by `event_type`.
///
/// A type this version does not know, or a known type whose data does not match, is kept
/// as [`WebhookData::Unknown`] with the raw JSON, never an error.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum WebhookData {
    /// `room.started`.
    RoomStarted(RoomData),
    /// `room.finished`.
    RoomFinished(RoomData),
    /// `participant.joined`.
    ParticipantJoined(ParticipantData),
    /// `participant.left`.
    ParticipantLeft(ParticipantData),
    /// `track.published`.
    TrackPublished(TrackData),
    /// `track.unpublished`.
    TrackUnpublished(TrackData),
    /// `session.started`.
    SessionStarted(SessionData),
    /// `session.ended`.
    SessionEnded(SessionData),
    /// `recording.started`.
    RecordingStarted(RecordingData),
    /// `recording.stopped`.
    RecordingStopped(RecordingData),
    /// `sip.call_initiated`.
    SipCallInitiated(CallInitiatedData),
    /// `sip.inbound_call`.
    SipInboundCall(InboundCallData),
    /// `knowledge.document_uploaded`.
    KnowledgeDocumentUploaded(DocumentUploadedData),
    /// `knowledge.reindexed`.
    KnowledgeReindexed(ReindexedData),
    /// `egress.started`.
    EgressStarted(EgressData),
    /// `egress.ended`.
    EgressEnded(EgressData),
    /// `test`: the payload given to `POST /webhooks/test`.
    Test(Value),
    /// Anything else, verbatim.
    Unknown {
        /// The `event_type`.
        event_type: String,
        /// The `data`.
        data: Value,
    },
}

fn to_value<T: Serialize>(data: &T) -> Value {
    serde_json::to_value(data).unwrap_or(Value::Null)
}

impl WebhookData {
    /// The `event_type` on the wire.
    pub fn event_type(&self) -> WebhookEventType {
        use WebhookEventType as T;
        match self {
            Self::RoomStarted(_) => T::RoomStarted,
            Self::RoomFinished(_) => T::RoomFinished,
            Self::ParticipantJoined(_) => T::ParticipantJoined,
            Self::ParticipantLeft(_) => T::ParticipantLeft,
            Self::TrackPublished(_) => T::TrackPublished,
            Self::TrackUnpublished(_) => T::TrackUnpublished,
            Self::SessionStarted(_) => T::SessionStarted,
            Self::SessionEnded(_) => T::SessionEnded,
            Self::RecordingStarted(_) => T::RecordingStarted,
            Self::RecordingStopped(_) => T::RecordingStopped,
            Self::SipCallInitiated(_) => T::SipCallInitiated,
            Self::SipInboundCall(_) => T::SipInboundCall,
            Self::KnowledgeDocumentUploaded(_) => T::KnowledgeDocumentUploaded,
            Self::KnowledgeReindexed(_) => T::KnowledgeReindexed,
            Self::EgressStarted(_) => T::EgressStarted,
            Self::EgressEnded(_) => T::EgressEnded,
            Self::Test(_) => T::Test,
            Self::Unknown { event_type, .. } => T::from(event_type.as_str()),
        }
    }

    /// The `data` as JSON.
    pub fn to_json(&self) -> Value {
        match self {
            Self::RoomStarted(d) | Self::RoomFinished(d) => to_value(d),
            Self::ParticipantJoined(d) | Self::ParticipantLeft(d) => to_value(d),
            Self::TrackPublished(d) | Self::TrackUnpublished(d) => to_value(d),
            Self::SessionStarted(d) | Self::SessionEnded(d) => to_value(d),
            Self::RecordingStarted(d) | Self::RecordingStopped(d) => to_value(d),
            Self::SipCallInitiated(d) => to_value(d),
            Self::SipInboundCall(d) => to_value(d),
            Self::KnowledgeDocumentUploaded(d) => to_value(d),
            Self::KnowledgeReindexed(d) => to_value(d),
            Self::EgressStarted(d) | Self::EgressEnded(d) => to_value(d),
            Self::Test(value) | Self::Unknown { data: value, .. } => value.clone(),
        }
    }

    /// Types `data` by `event_type`, falling back to [`WebhookData::Unknown`].
    pub fn from_parts(event_type: &WebhookEventType, data: Value) -> Self {
        fn typed<T: DeserializeOwned>(
            data: &Value,
            wrap: fn(T) -> WebhookData,
        ) -> Option<WebhookData> {
            serde_json::from_value(data.clone()).ok().map(wrap)
        }
        use WebhookEventType as T;
        let known = match event_type {
            T::RoomStarted => typed(&data, Self::RoomStarted),
            T::RoomFinished => typed(&data, Self::RoomFinished),
            T::ParticipantJoined => typed(&data, Self::ParticipantJoined),
            T::ParticipantLeft => typed(&data, Self::ParticipantLeft),
            T::TrackPublished => typed(&data, Self::TrackPublished),
            T::TrackUnpublished => typed(&data, Self::TrackUnpublished),
            T::SessionStarted => typed(&data, Self::SessionStarted),
            T::SessionEnded => typed(&data, Self::SessionEnded),
            T::RecordingStarted => typed(&data, Self::RecordingStarted),
            T::RecordingStopped => typed(&data, Self::RecordingStopped),
            T::SipCallInitiated => typed(&data, Self::SipCallInitiated),
            T::SipInboundCall => typed(&data, Self::SipInboundCall),
            T::KnowledgeDocumentUploaded => typed(&data, Self::KnowledgeDocumentUploaded),
            T::KnowledgeReindexed => typed(&data, Self::KnowledgeReindexed),
            T::EgressStarted => typed(&data, Self::EgressStarted),
            T::EgressEnded => typed(&data, Self::EgressEnded),
            T::Test => Some(Self::Test(data.clone())),
            _ => None,
        };
        known.unwrap_or(Self::Unknown {
            event_type: event_type.to_string(),
            data,
        })
    }
}

/// A webhook delivery, typed: the envelope with its `data` by `event_type`.
#[derive(Debug, Clone, PartialEq, bon::Builder)]
#[builder(
    on(String, into),
    on(RoomName, into),
    on(FullRoomName, into),
    derive(Debug)
)]
#[non_exhaustive]
pub struct WebhookEvent {
    /// The project it happened in.
    pub project_id: Option<ProjectId>,
    /// ISO 8601 with milliseconds.
    pub timestamp: Option<Timestamp>,
    /// What happened.
    pub data: WebhookData,
}

impl WebhookEvent {
    /// The `event_type`.
    pub fn event_type(&self) -> WebhookEventType {
        self.data.event_type()
    }
}

impl From<WebhookEnvelope> for WebhookEvent {
    fn from(envelope: WebhookEnvelope) -> Self {
        Self {
            project_id: envelope.project_id,
            timestamp: envelope.timestamp,
            data: WebhookData::from_parts(&envelope.event_type, envelope.data),
        }
    }
}

impl From<&WebhookEvent> for WebhookEnvelope {
    fn from(event: &WebhookEvent) -> Self {
        Self {
            event_type: event.event_type(),
            project_id: event.project_id,
            timestamp: event.timestamp.clone(),
            data: event.data.to_json(),
        }
    }
}

impl Serialize for WebhookEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        WebhookEnvelope::from(self).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for WebhookEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        WebhookEnvelope::deserialize(deserializer).map(Self::from)
    }
}
