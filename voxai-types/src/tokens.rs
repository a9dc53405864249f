//! Tokens (reference section 5): `POST /token`.

use crate::ids::AgentId;
use crate::lenient::response;
use crate::room_names::{FullRoomName, RoomName};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Body of `POST /token`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TokenRequest {
    /// The participant's identity in the room.
    #[cfg_attr(feature = "openapi", schema(pattern = r"\S"))]
    pub identity: String,
    /// Room name without the project prefix (the server adds it).
    #[cfg_attr(
        feature = "openapi",
        schema(value_type = String, pattern = r"^[A-Za-z0-9._-]{1,128}$")
    )]
    pub room: RoomName,
    /// A single agent to dispatch.
    #[serde(
        default,
        deserialize_with = "crate::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub agent_config_id: Option<AgentId>,
    /// Several agents to dispatch.
    #[serde(
        default,
        deserialize_with = "crate::lenient::opt_int_vec",
        skip_serializing_if = "Option::is_none"
    )]
    pub agent_config_ids: Option<Vec<AgentId>>,
    /// When `true`, no agent is dispatched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_agent: Option<bool>,
    /// Extra LiveKit video grants merged into the token (e.g. `{"canPublish": false}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grants: Option<Map<String, Value>>,
}

impl TokenRequest {
    /// A token for `identity` in `room`.
    pub fn new(identity: impl Into<String>, room: impl Into<RoomName>) -> Self {
        Self {
            identity: identity.into(),
            room: room.into(),
            agent_config_id: None,
            agent_config_ids: None,
            no_agent: None,
            grants: None,
        }
    }

    /// Dispatches one agent.
    pub fn agent(mut self, agent_config_id: impl Into<AgentId>) -> Self {
        self.agent_config_id = Some(agent_config_id.into());
        self
    }

    /// Dispatches several agents.
    pub fn agents<I: Into<AgentId>>(mut self, ids: impl IntoIterator<Item = I>) -> Self {
        self.agent_config_ids = Some(ids.into_iter().map(Into::into).collect());
        self
    }

    /// Dispatches no agent.
    pub fn no_agent(mut self) -> Self {
        self.no_agent = Some(true);
        self
    }

    /// Adds one LiveKit grant.
    pub fn grant(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.grants
            .get_or_insert_with(Map::new)
            .insert(name.into(), value.into());
        self
    }
}

response! {
    /// Response of `POST /token`. Note `wsUrl` is camelCase beside snake_case fields.
    ///
    /// `Debug` leaves the token out: it is a credential.
    #[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct TokenResponse {
        /// The LiveKit access token (a JWT).
        pub token: String,
        /// The full room name, with the project prefix.
        #[serde(default)]
        pub room: Option<FullRoomName>,
        /// The LiveKit server to connect to.
        #[serde(rename = "wsUrl", default)]
        pub ws_url: Option<String>,
        /// Ids of the agents dispatched into the room.
        #[serde(default, deserialize_with = "crate::lenient::int_vec")]
        #[builder(default)]
        pub agents_dispatched: Vec<AgentId>,
    }
}

impl std::fmt::Debug for TokenResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenResponse")
            .field("token", &crate::redact::Redacted)
            .field("room", &self.room)
            .field("ws_url", &self.ws_url)
            .field("agents_dispatched", &self.agents_dispatched)
            .finish()
    }
}
