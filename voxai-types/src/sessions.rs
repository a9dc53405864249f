//! Sessions and transcripts (reference section 8).
//!
//! `POST /sessions`, `/sessions/:roomName/transcript` and `/sessions/:roomName/end` take
//! the *full* room name (with the project prefix). List entries carry `duration`, the
//! detail carries `duration_seconds`.

use crate::ids::{AgentId, ProjectId, SessionId, TranscriptId};
use crate::lenient::response;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::Timestamp;
use crate::lenient::acknowledgement;
use crate::pagination::{PageInfo, impl_page};
use crate::room_names::FullRoomName;
use crate::wire_enum::wire_enum;

wire_enum! {
    /// Whether a session is running.
    pub enum SessionStatus {
        /// In progress.
        Active = "active",
        /// Ended.
        Completed = "completed",
    }
}

wire_enum! {
    /// How the conversation reached the agent.
    pub enum SessionType {
        /// A WebRTC voice session (the default).
        Voice = "voice",
        /// A phone call.
        Sip = "sip",
    }
}

wire_enum! {
    /// Who said a transcript line.
    pub enum Speaker {
        /// The AI agent.
        Agent = "agent",
        /// The human.
        User = "user",
        /// The platform.
        System = "system",
    }
}

impl Speaker {
    /// The capitalised label of the plain-text transcript (`User`, `Agent`, `System`).
    pub fn label(&self) -> String {
        let s = self.as_str();
        let mut chars = s.chars();
        match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => String::new(),
        }
    }
}

/// Body of `POST /sessions`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreateSessionRequest {
    /// Full room name, with the project prefix.
    pub room_name: FullRoomName,
    /// Agent handling the session.
    #[serde(
        default,
        deserialize_with = "crate::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub agent_config_id: Option<AgentId>,
    /// Identity of the calling participant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caller_identity: Option<String>,
    /// Voice (default) or SIP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_type: Option<SessionType>,
    /// Arbitrary metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Map<String, Value>>,
}

impl CreateSessionRequest {
    /// A session for the room `full_room_name` (prefix included).
    pub fn new(full_room_name: impl Into<FullRoomName>) -> Self {
        Self {
            room_name: full_room_name.into(),
            agent_config_id: None,
            caller_identity: None,
            session_type: None,
            metadata: None,
        }
    }

    /// The agent handling the session.
    pub fn agent(mut self, agent_config_id: impl Into<AgentId>) -> Self {
        self.agent_config_id = Some(agent_config_id.into());
        self
    }

    /// The calling participant.
    pub fn caller_identity(mut self, identity: impl Into<String>) -> Self {
        self.caller_identity = Some(identity.into());
        self
    }

    /// Voice or SIP.
    pub fn session_type(mut self, session_type: SessionType) -> Self {
        self.session_type = Some(session_type);
        self
    }

    /// Arbitrary metadata.
    pub fn metadata(mut self, metadata: Map<String, Value>) -> Self {
        self.metadata = Some(metadata);
        self
    }
}

response! {
    /// Response of `POST /sessions`.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct CreateSessionResponse {
        /// The session started.
        pub session: Session,
    }
}

response! {
    /// A session as created.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct Session {
        /// Session id.
        #[serde(deserialize_with = "crate::lenient::int")]
        pub id: SessionId,
        /// Project id.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub project_id: Option<ProjectId>,
        /// Full room name.
        pub room_name: FullRoomName,
        /// `active` when just created.
        #[serde(default)]
        pub status: Option<SessionStatus>,
        /// Voice or SIP.
        #[serde(default)]
        pub session_type: Option<SessionType>,
        /// ISO 8601.
        #[serde(default)]
        pub created_at: Option<Timestamp>,
        /// Agent handling it, when given.
        #[serde(
            default,
            deserialize_with = "crate::lenient::opt_int",
            skip_serializing_if = "Option::is_none"
        )]
        pub agent_config_id: Option<AgentId>,
        /// Caller, when given.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub caller_identity: Option<String>,
        /// Metadata, when given.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub metadata: Option<Map<String, Value>>,
    }
}

/// Query of `GET /sessions`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ListSessionsQuery {
    /// Page number from 1 (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(minimum = 1))]
    pub page: Option<u32>,
    /// Results per page (default 25).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 100))]
    pub per_page: Option<u32>,
    /// Active or completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SessionStatus>,
    /// Only sessions of this agent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_config_id: Option<AgentId>,
    /// Voice or SIP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_type: Option<SessionType>,
    /// Start date, ISO 8601.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// End date, ISO 8601.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
}

response! {
    /// A page of `GET /sessions`.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct SessionPage {
        /// The sessions on this page.
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        #[builder(default)]
        pub sessions: Vec<SessionSummary>,
        /// Paging fields.
        #[serde(flatten)]
        pub page_info: PageInfo,
    }
}
impl_page!(SessionPage, sessions, SessionSummary);

response! {
    /// A session in the list.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct SessionSummary {
        /// Session id.
        #[serde(deserialize_with = "crate::lenient::int")]
        pub id: SessionId,
        /// Full room name.
        pub room_name: FullRoomName,
        /// Agent's name, when an agent handled it.
        #[serde(default)]
        pub agent_name: Option<String>,
        /// Active or completed.
        #[serde(default)]
        pub status: Option<SessionStatus>,
        /// Voice or SIP.
        #[serde(default)]
        pub session_type: Option<SessionType>,
        /// Seconds; `None` while active. A float, as a server may measure fractions.
        #[serde(default, serialize_with = "crate::lenient::whole_as_int")]
        pub duration: Option<f64>,
        /// Transcript lines.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub message_count: Option<u64>,
        /// ISO 8601.
        #[serde(default)]
        pub started_at: Option<Timestamp>,
        /// ISO 8601; `None` while active.
        #[serde(default)]
        pub ended_at: Option<Timestamp>,
    }
}

response! {
    /// Response of `GET /sessions/:sessionId/detail`.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct SessionDetailResponse {
        /// The session with its agent.
        pub session: SessionDetail,
        /// Cost by service.
        #[serde(default)]
        pub costs: Option<SessionCosts>,
    }
}

response! {
    /// A session with its agent information.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct SessionDetail {
        /// Session id.
        #[serde(deserialize_with = "crate::lenient::int")]
        pub id: SessionId,
        /// Full room name.
        pub room_name: FullRoomName,
        /// Agent's name.
        #[serde(default)]
        pub agent_name: Option<String>,
        /// The agent's LLM provider.
        #[serde(default)]
        pub llm_provider: Option<String>,
        /// The agent's LLM model.
        #[serde(default)]
        pub llm_model: Option<String>,
        /// Active or completed.
        #[serde(default)]
        pub status: Option<SessionStatus>,
        /// Seconds; `None` while active.
        #[serde(default, serialize_with = "crate::lenient::whole_as_int")]
        pub duration_seconds: Option<f64>,
        /// Transcript lines.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub message_count: Option<u64>,
        /// ISO 8601.
        #[serde(default)]
        pub started_at: Option<Timestamp>,
        /// ISO 8601, once ended.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub ended_at: Option<Timestamp>,
        /// Summary given when it ended.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub summary: Option<String>,
        /// Voice or SIP.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub session_type: Option<SessionType>,
    }
}

response! {
    /// Cost of a session in US dollars.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct SessionCosts {
        /// Sum of the others.
        #[serde(default)]
        pub total: Option<f64>,
        /// Language model.
        #[serde(default)]
        pub llm: Option<f64>,
        /// Speech to text.
        #[serde(default)]
        pub stt: Option<f64>,
        /// Text to speech.
        #[serde(default)]
        pub tts: Option<f64>,
    }
}

/// Body of `POST /sessions/:roomName/transcript`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AddTranscriptRequest {
    /// Agent, user or system.
    pub speaker: Speaker,
    /// What was said.
    #[cfg_attr(feature = "openapi", schema(pattern = r"\S"))]
    pub content: String,
    /// Milliseconds from session start.
    #[serde(
        default,
        deserialize_with = "crate::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub timestamp_ms: Option<u64>,
    /// Whether this is a final transcript (server default `true`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_final: Option<bool>,
}

impl AddTranscriptRequest {
    /// A final line said by `speaker`.
    pub fn new(speaker: Speaker, content: impl Into<String>) -> Self {
        Self {
            speaker,
            content: content.into(),
            timestamp_ms: None,
            is_final: None,
        }
    }

    /// Milliseconds from session start.
    pub fn at_ms(mut self, timestamp_ms: u64) -> Self {
        self.timestamp_ms = Some(timestamp_ms);
        self
    }

    /// Marks the line as partial (not final).
    pub fn partial(mut self) -> Self {
        self.is_final = Some(false);
        self
    }
}

acknowledgement! {
    /// Response of `POST /sessions/:roomName/transcript`. The reference shows no body;
    /// our reference server echoes the line stored.
    pub struct AddTranscriptResponse {
        /// The line stored, when the server echoes it.
        pub transcript: Option<TranscriptEntry>,
    }
}

response! {
    /// One transcript line. `id`, `session_id` and `is_final` are present when the line
    /// was just added; the transcript listing shows the other four.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct TranscriptEntry {
        /// Line id.
        #[serde(
            default,
            deserialize_with = "crate::lenient::opt_int",
            skip_serializing_if = "Option::is_none"
        )]
        pub id: Option<TranscriptId>,
        /// Session id.
        #[serde(
            default,
            deserialize_with = "crate::lenient::opt_int",
            skip_serializing_if = "Option::is_none"
        )]
        pub session_id: Option<SessionId>,
        /// Agent, user or system.
        #[serde(default)]
        pub speaker: Option<Speaker>,
        /// What was said.
        pub content: String,
        /// Milliseconds from session start.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub timestamp_ms: Option<u64>,
        /// Whether the line is final.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub is_final: Option<bool>,
        /// ISO 8601.
        #[serde(default)]
        pub created_at: Option<Timestamp>,
    }
}

/// Body of `POST /sessions/:roomName/end`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EndSessionRequest {
    /// Summary of the conversation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Duration in seconds, overriding the computed one.
    #[serde(
        default,
        deserialize_with = "crate::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub duration: Option<u64>,
}

impl EndSessionRequest {
    /// An end with nothing added: the server computes the duration.
    ///
    /// ```
    /// use voxai_types::sessions::EndSessionRequest;
    /// let end = EndSessionRequest::new().summary("Resolved a billing question").duration(95);
    /// assert_eq!(end.duration, Some(95));
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// A summary of the conversation.
    #[must_use]
    pub fn summary(mut self, summary: impl Into<String>) -> Self {
        self.summary = Some(summary.into());
        self
    }

    /// The duration in seconds, instead of the computed one.
    #[must_use]
    pub fn duration(mut self, seconds: u64) -> Self {
        self.duration = Some(seconds);
        self
    }
}

acknowledgement! {
    /// Response of `POST /sessions/:roomName/end`. The reference shows no body; our
    /// reference server echoes the session as ended.
    pub struct EndSessionResponse {
        /// The session as ended, when the server echoes it.
        pub session: Option<EndedSession>,
    }
}

response! {
    /// A session as it ended.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct EndedSession {
        /// Session id.
        #[serde(deserialize_with = "crate::lenient::int")]
        pub id: SessionId,
        /// Full room name.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub room_name: Option<FullRoomName>,
        /// `completed`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub status: Option<SessionStatus>,
        /// Seconds, computed or as overridden.
        #[serde(
            default,
            serialize_with = "crate::lenient::whole_as_int",
            skip_serializing_if = "Option::is_none"
        )]
        pub duration: Option<f64>,
        /// ISO 8601.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub ended_at: Option<Timestamp>,
        /// Summary, when given.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub summary: Option<String>,
        /// Project id.
        #[serde(
            default,
            deserialize_with = "crate::lenient::opt_int",
            skip_serializing_if = "Option::is_none"
        )]
        pub project_id: Option<ProjectId>,
        /// Voice or SIP.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub session_type: Option<SessionType>,
        /// ISO 8601.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub started_at: Option<Timestamp>,
        /// Transcript lines.
        #[serde(
            default,
            deserialize_with = "crate::lenient::opt_int",
            skip_serializing_if = "Option::is_none"
        )]
        pub message_count: Option<u64>,
    }
}

response! {
    /// Response of `GET /sessions/:sessionId/transcript`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct TranscriptResponse {
        /// Session id.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub session_id: Option<SessionId>,
        /// Lines in order.
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        #[builder(default)]
        pub transcripts: Vec<TranscriptEntry>,
    }
}

/// Formats one line of the plain-text transcript: `[mm:ss] Speaker: content`.
///
/// Minutes keep counting past 59 (`[75:03]`), as a session may run over an hour.
pub fn format_transcript_line(entry: &TranscriptEntry) -> String {
    let total_seconds = entry.timestamp_ms.unwrap_or(0) / 1000;
    let speaker = entry
        .speaker
        .as_ref()
        .map_or_else(|| "Unknown".to_owned(), Speaker::label);
    format!(
        "[{:02}:{:02}] {}: {}",
        total_seconds / 60,
        total_seconds % 60,
        speaker,
        entry.content
    )
}
