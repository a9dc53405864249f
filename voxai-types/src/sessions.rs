//! Sessions and transcripts (reference section 8).
//!
//! `POST /sessions`, `/sessions/:roomName/transcript` and `/sessions/:roomName/end` take
//! the *full* room name (with the project prefix). List entries carry `duration`, the
//! detail carries `duration_seconds`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::pagination::{PageInfo, impl_page};
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
pub struct CreateSessionRequest {
    /// Full room name, with the project prefix.
    pub room_name: String,
    /// Agent handling the session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_config_id: Option<u64>,
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
    pub fn new(full_room_name: impl Into<String>) -> Self {
        Self {
            room_name: full_room_name.into(),
            agent_config_id: None,
            caller_identity: None,
            session_type: None,
            metadata: None,
        }
    }

    /// The agent handling the session.
    pub fn agent(mut self, agent_config_id: u64) -> Self {
        self.agent_config_id = Some(agent_config_id);
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

/// Response of `POST /sessions`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateSessionResponse {
    /// The session started.
    pub session: Session,
}

/// A session as created.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// Session id.
    pub id: u64,
    /// Project id.
    pub project_id: u64,
    /// Full room name.
    pub room_name: String,
    /// `active` when just created.
    pub status: SessionStatus,
    /// Voice or SIP.
    pub session_type: SessionType,
    /// ISO 8601.
    pub created_at: String,
    /// Agent handling it, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_config_id: Option<u64>,
    /// Caller, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caller_identity: Option<String>,
    /// Metadata, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Map<String, Value>>,
}

/// Query of `GET /sessions`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListSessionsQuery {
    /// Page number from 1 (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Results per page (default 25).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_page: Option<u32>,
    /// Active or completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SessionStatus>,
    /// Only sessions of this agent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_config_id: Option<u64>,
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

/// A page of `GET /sessions`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionPage {
    /// The sessions on this page.
    pub sessions: Vec<SessionSummary>,
    /// Paging fields.
    #[serde(flatten)]
    pub page_info: PageInfo,
}
impl_page!(SessionPage, sessions, SessionSummary);

/// A session in the list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionSummary {
    /// Session id.
    pub id: u64,
    /// Full room name.
    pub room_name: String,
    /// Agent's name, when an agent handled it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_name: Option<String>,
    /// Active or completed.
    pub status: SessionStatus,
    /// Voice or SIP.
    pub session_type: SessionType,
    /// Seconds; `None` while active.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<u64>,
    /// Transcript lines.
    pub message_count: u64,
    /// ISO 8601.
    pub started_at: String,
    /// ISO 8601; `None` while active.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_at: Option<String>,
}

/// Response of `GET /sessions/:sessionId/detail`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionDetailResponse {
    /// The session with its agent.
    pub session: SessionDetail,
    /// Cost by service.
    pub costs: SessionCosts,
}

/// A session with its agent information.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionDetail {
    /// Session id.
    pub id: u64,
    /// Full room name.
    pub room_name: String,
    /// Agent's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_name: Option<String>,
    /// The agent's LLM provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub llm_provider: Option<String>,
    /// The agent's LLM model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub llm_model: Option<String>,
    /// Active or completed.
    pub status: SessionStatus,
    /// Seconds; `None` while active.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_seconds: Option<u64>,
    /// Transcript lines.
    pub message_count: u64,
    /// ISO 8601.
    pub started_at: String,
    /// ISO 8601, once ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_at: Option<String>,
    /// Summary given when it ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Voice or SIP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_type: Option<SessionType>,
}

/// Cost of a session in US dollars.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SessionCosts {
    /// Sum of the others.
    pub total: f64,
    /// Language model.
    pub llm: f64,
    /// Speech to text.
    pub stt: f64,
    /// Text to speech.
    pub tts: f64,
}

/// Body of `POST /sessions/:roomName/transcript`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddTranscriptRequest {
    /// Agent, user or system.
    pub speaker: Speaker,
    /// What was said.
    pub content: String,
    /// Milliseconds from session start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
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

/// Response of `POST /sessions/:roomName/transcript` (wire.md).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddTranscriptResponse {
    /// Always `true`.
    pub success: bool,
    /// The line stored.
    pub transcript: TranscriptEntry,
}

/// One transcript line. `id`, `session_id` and `is_final` are present when the line
/// was just added; the transcript listing shows the other four.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranscriptEntry {
    /// Line id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<u64>,
    /// Session id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<u64>,
    /// Agent, user or system.
    pub speaker: Speaker,
    /// What was said.
    pub content: String,
    /// Milliseconds from session start.
    pub timestamp_ms: u64,
    /// Whether the line is final.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_final: Option<bool>,
    /// ISO 8601.
    pub created_at: String,
}

/// Body of `POST /sessions/:roomName/end`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndSessionRequest {
    /// Summary of the conversation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Duration in seconds, overriding the computed one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<u64>,
}

/// Response of `POST /sessions/:roomName/end` (wire.md).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EndSessionResponse {
    /// Always `true`.
    pub success: bool,
    /// The session as ended.
    pub session: EndedSession,
}

/// A session as it ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EndedSession {
    /// Session id.
    pub id: u64,
    /// Full room name.
    pub room_name: String,
    /// `completed`.
    pub status: SessionStatus,
    /// Seconds, computed or as overridden.
    pub duration: u64,
    /// ISO 8601.
    pub ended_at: String,
    /// Summary, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Project id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<u64>,
    /// Voice or SIP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_type: Option<SessionType>,
    /// ISO 8601.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<String>,
    /// Transcript lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_count: Option<u64>,
}

/// Response of `GET /sessions/:sessionId/transcript`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranscriptResponse {
    /// Session id.
    pub session_id: u64,
    /// Lines in order.
    pub transcripts: Vec<TranscriptEntry>,
}

/// Formats one line of the plain-text transcript: `[mm:ss] Speaker: content`.
///
/// Minutes keep counting past 59 (`[75:03]`), as a session may run over an hour.
pub fn format_transcript_line(entry: &TranscriptEntry) -> String {
    let total_seconds = entry.timestamp_ms / 1000;
    format!(
        "[{:02}:{:02}] {}: {}",
        total_seconds / 60,
        total_seconds % 60,
        entry.speaker.label(),
        entry.content
    )
}
