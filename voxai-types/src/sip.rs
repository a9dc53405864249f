//! SIP telephony (reference section 10).

use crate::ids::{AgentId, SessionId, SipConfigId, SipTrunkId};
use crate::lenient::response;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::Timestamp;
use crate::room_names::{FullRoomName, RoomName};
use crate::wire_enum::wire_enum;

wire_enum! {
    /// Where a SIP call is (the `status` of `call.status` monitor events).
    pub enum CallStatus {
        /// The number is being dialled.
        Dialing = "dialing",
        /// The other phone rings.
        Ringing = "ringing",
        /// Picked up; the agent talks.
        Answered = "answered",
        /// Hung up after a conversation.
        Completed = "completed",
        /// Could not be connected.
        Failed = "failed",
        /// The line was busy.
        Busy = "busy",
        /// Nobody picked up.
        NoAnswer = "no_answer",
    }
}

impl CallStatus {
    /// Whether the call is over.
    pub fn is_over(&self) -> bool {
        matches!(
            self,
            Self::Completed | Self::Failed | Self::Busy | Self::NoAnswer
        )
    }
}

/// Whether `number` is in E.164 form: `+`, a non-zero digit, then up to 14 more digits.
pub fn is_e164(number: &str) -> bool {
    let Some(digits) = number.strip_prefix('+') else {
        return false;
    };
    (2..=15).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0')
}

/// Body of `POST /sip/dial`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DialRequest {
    /// E.164 number to call, e.g. `+17751234567`.
    #[cfg_attr(feature = "openapi", schema(pattern = r"^\+[1-9][0-9]{1,14}$"))]
    pub phone_number: String,
    /// Agent to dispatch (server default: the first active one).
    #[serde(
        default,
        deserialize_with = "crate::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub agent_config_id: Option<AgentId>,
    /// Custom room name suffix.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_name: Option<RoomName>,
    /// Outbound caller id, E.164.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(pattern = r"^\+[1-9][0-9]{1,14}$"))]
    pub caller_id: Option<String>,
    /// Call metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Map<String, Value>>,
}

impl DialRequest {
    /// A call to `phone_number` (E.164).
    pub fn new(phone_number: impl Into<String>) -> Self {
        Self {
            phone_number: phone_number.into(),
            agent_config_id: None,
            room_name: None,
            caller_id: None,
            metadata: None,
        }
    }

    /// The agent to dispatch.
    pub fn agent(mut self, agent_config_id: impl Into<AgentId>) -> Self {
        self.agent_config_id = Some(agent_config_id.into());
        self
    }

    /// A custom room name suffix.
    pub fn room_name(mut self, room_name: impl Into<RoomName>) -> Self {
        self.room_name = Some(room_name.into());
        self
    }

    /// The outbound caller id (E.164).
    pub fn caller_id(mut self, caller_id: impl Into<String>) -> Self {
        self.caller_id = Some(caller_id.into());
        self
    }

    /// Call metadata.
    pub fn metadata(mut self, metadata: Map<String, Value>) -> Self {
        self.metadata = Some(metadata);
        self
    }
}

response! {
    /// Response of `POST /sip/dial`. `wsUrl` is camelCase beside snake_case fields.
    ///
    /// `Debug` leaves the token out: it is a credential.
    #[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct DialResponse {
        /// `true` on a 2xx; the server may leave it out.
        #[serde(
            default = "crate::lenient::yes",
            deserialize_with = "crate::lenient::null_as_true"
        )]
        #[builder(default)]
        pub success: bool,
        /// The call placed.
        pub call: SipCall,
        /// A LiveKit token to join the call's room.
        pub token: String,
        /// The LiveKit server.
        #[serde(rename = "wsUrl", default)]
        pub ws_url: Option<String>,
    }
}

impl std::fmt::Debug for DialResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DialResponse")
            .field("success", &self.success)
            .field("call", &self.call)
            .field("token", &crate::redact::Redacted)
            .field("ws_url", &self.ws_url)
            .finish()
    }
}

response! {
    /// An outbound call.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct SipCall {
        /// Room name without the prefix.
        pub room_name: RoomName,
        /// Room name with the prefix.
        pub full_room_name: FullRoomName,
        /// Number called.
        #[serde(default)]
        pub phone_number: Option<String>,
        /// Caller id shown.
        #[serde(default)]
        pub caller_id: Option<String>,
        /// Outbound trunk used.
        #[serde(default)]
        pub trunk_id: Option<String>,
        /// The session created for the call.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub session_id: Option<SessionId>,
        /// LiveKit's SIP participant id.
        #[serde(default)]
        pub sip_participant_id: Option<String>,
    }
}

response! {
    /// Response of `GET /sip/trunks`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct ListTrunksResponse {
        /// The project's trunks.
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        #[builder(default)]
        pub trunks: Vec<SipTrunk>,
    }
}

response! {
    /// A SIP trunk.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct SipTrunk {
        /// Trunk id.
        #[serde(deserialize_with = "crate::lenient::int")]
        pub id: SipTrunkId,
        /// Name.
        #[serde(default)]
        pub name: Option<String>,
        /// The trunk's number.
        #[serde(default)]
        pub phone_number: Option<String>,
        /// LiveKit inbound trunk id.
        #[serde(default)]
        pub inbound_trunk_id: Option<String>,
        /// LiveKit outbound trunk id.
        #[serde(default)]
        pub outbound_trunk_id: Option<String>,
        /// LiveKit dispatch rule id.
        #[serde(default)]
        pub dispatch_rule_id: Option<String>,
    }
}

response! {
    /// Response of `GET /sip/configs`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct ListSipConfigsResponse {
        /// The project's SIP configurations.
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        #[builder(default)]
        pub configs: Vec<SipConfig>,
    }
}

response! {
    /// A SIP configuration with its agent and call settings.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct SipConfig {
        /// Config id.
        #[serde(deserialize_with = "crate::lenient::int")]
        pub id: SipConfigId,
        /// Name.
        #[serde(default)]
        pub name: Option<String>,
        /// The number it answers.
        #[serde(default)]
        pub phone_number: Option<String>,
        /// Agent that takes the calls.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub agent_config_id: Option<AgentId>,
        /// That agent's name.
        #[serde(default)]
        pub agent_name: Option<String>,
        /// Whether DTMF tones are passed to the agent.
        #[serde(default)]
        pub dtmf_enabled: Option<bool>,
        /// Longest call in seconds.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub max_call_duration: Option<u64>,
        /// ISO 8601.
        #[serde(default)]
        pub created_at: Option<Timestamp>,
    }
}

impl From<&str> for DialRequest {
    fn from(phone_number: &str) -> Self {
        Self::new(phone_number)
    }
}

impl From<String> for DialRequest {
    fn from(phone_number: String) -> Self {
        Self::new(phone_number)
    }
}
