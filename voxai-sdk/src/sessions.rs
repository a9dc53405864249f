//! Sessions and transcripts (reference section 8).
//!
//! Creating a session, adding a transcript line and ending a session take the *full*
//! room name, with the project prefix (`proj_my-room`); the rest take the session id.

use reqwest::Method;
use voxai_types::ids::{AgentId, SessionId};
use voxai_types::sessions::{
    AddTranscriptRequest, AddTranscriptResponse, CreateSessionRequest, CreateSessionResponse,
    EndSessionRequest, EndSessionResponse, ListSessionsQuery, SessionDetailResponse, SessionPage,
    SessionStatus, SessionType, TranscriptResponse,
};

use crate::call::{Call, segments};
use crate::client::Client;
use crate::pagination::{PageRequest, impl_list_query};
use crate::request::{ACCEPT_TEXT, Request, decode_text};
use crate::room_names::RoomArg;
use crate::rooms::require;

impl_list_query!(ListSessionsQuery => SessionPage);

/// The sessions endpoints, from [`Client::sessions`].
#[derive(Debug, Clone)]
pub struct Sessions {
    client: Client,
}

impl Client {
    /// Sessions: logs of conversations and their transcripts.
    pub fn sessions(&self) -> Sessions {
        Sessions {
            client: self.clone(),
        }
    }
}

impl Sessions {
    /// `POST /sessions`: starts a session log for a room (sent by its full name; the
    /// short one is accepted too).
    pub fn create(&self, request: CreateSessionRequest) -> Request<CreateSessionResponse> {
        match require("room_name", request.room_name.as_str()) {
            Ok(()) => self
                .client
                .call_with(Method::POST, segments!["sessions"], &request)
                .room(RoomArg::full_in_body("room_name")),
            Err(e) => self.client.invalid(e),
        }
    }

    /// `GET /sessions`: a page of sessions; filter with the builder's methods.
    pub fn list(&self) -> PageRequest<ListSessionsQuery> {
        PageRequest::new(
            &self.client,
            segments!["sessions"],
            ListSessionsQuery::default(),
        )
    }

    /// `GET /sessions/:sessionId/detail`: a session with its agent and costs.
    pub fn get(&self, session_id: impl Into<SessionId>) -> Request<SessionDetailResponse> {
        let session_id = session_id.into();
        self.client
            .call(Method::GET, segments!["sessions", session_id, "detail"])
    }

    /// `POST /sessions/:roomName/transcript`: adds a line to the room's active session
    /// (the room by its full name; the short one is accepted too).
    pub fn add_transcript(
        &self,
        full_room_name: impl AsRef<str>,
        line: AddTranscriptRequest,
    ) -> Request<AddTranscriptResponse> {
        self.post_to_room(full_room_name.as_ref(), "transcript", &line)
    }

    /// `POST /sessions/:roomName/end`: ends the room's active session (the room by its
    /// full name; the short one is accepted too).
    pub fn end(
        &self,
        full_room_name: impl AsRef<str>,
        request: EndSessionRequest,
    ) -> Request<EndSessionResponse> {
        self.post_to_room(full_room_name.as_ref(), "end", &request)
    }

    /// `POST /sessions/:roomName/<action>` with `body`, the room by its full name.
    fn post_to_room<T: serde::de::DeserializeOwned>(
        &self,
        full_room_name: &str,
        action: &str,
        body: &impl serde::Serialize,
    ) -> Request<T> {
        if let Err(e) = require("room_name", full_room_name) {
            return self.client.invalid(e);
        }
        self.client
            .call_with(
                Method::POST,
                segments!["sessions", full_room_name, action],
                body,
            )
            .room(RoomArg::full_in_path())
    }

    /// `GET /sessions/:sessionId/transcript`: the transcript as JSON lines.
    pub fn transcript(&self, session_id: impl Into<SessionId>) -> Request<TranscriptResponse> {
        let session_id = session_id.into();
        self.client
            .call(Method::GET, segments!["sessions", session_id, "transcript"])
    }

    /// `GET /sessions/:sessionId/transcript/text`: the transcript as plain text,
    /// one `[mm:ss] Speaker: content` line per entry.
    pub fn transcript_text(&self, session_id: impl Into<SessionId>) -> Request<String> {
        let session_id = session_id.into();
        let call = Call::new(
            Method::GET,
            segments!["sessions", session_id, "transcript", "text"],
        );
        Request::with_decoder(&self.client, Ok(call), ACCEPT_TEXT, decode_text)
    }
}

impl PageRequest<ListSessionsQuery> {
    /// Only active or only completed sessions.
    pub fn status(mut self, status: SessionStatus) -> Self {
        self.query.status = Some(status);
        self
    }

    /// Only sessions of this agent.
    pub fn agent(mut self, agent_config_id: impl Into<AgentId>) -> Self {
        let agent_config_id = agent_config_id.into();
        self.query.agent_config_id = Some(agent_config_id);
        self
    }

    /// Only voice or only SIP sessions.
    pub fn session_type(mut self, session_type: SessionType) -> Self {
        self.query.session_type = Some(session_type);
        self
    }

    /// Sessions from this date (ISO 8601).
    pub fn from(mut self, date: impl Into<String>) -> Self {
        self.query.from = Some(date.into());
        self
    }

    /// Sessions up to this date (ISO 8601).
    pub fn to(mut self, date: impl Into<String>) -> Self {
        self.query.to = Some(date.into());
        self
    }
}
