//! Call control (reference section 14): send data, update and mute participants.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::lenient::acknowledgement;
use crate::rooms::{Participant, ParticipantPermission};

/// The `data` of a send-data request: a string or a JSON object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(untagged)]
pub enum DataPayload {
    /// Plain text.
    Text(String),
    /// A JSON object.
    Json(Map<String, Value>),
}

impl From<&str> for DataPayload {
    fn from(value: &str) -> Self {
        Self::Text(value.to_owned())
    }
}

impl From<String> for DataPayload {
    fn from(value: String) -> Self {
        Self::Text(value)
    }
}

impl From<Map<String, Value>> for DataPayload {
    fn from(value: Map<String, Value>) -> Self {
        Self::Json(value)
    }
}

/// Body of `POST /rooms/:roomName/send-data`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SendDataRequest {
    /// What to send.
    pub data: DataPayload,
    /// Only these participants (a whisper); everyone when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(min_items = 1))]
    pub destination_identities: Option<Vec<String>>,
    /// Message topic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
}

impl SendDataRequest {
    /// Broadcasts `data` to the room.
    pub fn new(data: impl Into<DataPayload>) -> Self {
        Self {
            data: data.into(),
            destination_identities: None,
            topic: None,
        }
    }

    /// Sends only to these participants.
    pub fn to<I, S>(mut self, identities: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.destination_identities = Some(identities.into_iter().map(Into::into).collect());
        self
    }

    /// The message topic.
    pub fn topic(mut self, topic: impl Into<String>) -> Self {
        self.topic = Some(topic.into());
        self
    }
}

/// Body of `POST /rooms/:roomName/participants/:identity`. At least one field is
/// required.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UpdateParticipantRequest {
    /// New metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<String>,
    /// New permissions (camelCase inside).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permission: Option<ParticipantPermission>,
    /// New display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl UpdateParticipantRequest {
    /// An update that changes nothing yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether no field is set (the server refuses such a request).
    pub fn is_empty(&self) -> bool {
        self.metadata.is_none() && self.permission.is_none() && self.name.is_none()
    }

    /// New metadata.
    pub fn metadata(mut self, metadata: impl Into<String>) -> Self {
        self.metadata = Some(metadata.into());
        self
    }

    /// New display name.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Whether the participant may publish.
    pub fn can_publish(mut self, allowed: bool) -> Self {
        self.permission
            .get_or_insert_with(Default::default)
            .can_publish = Some(allowed);
        self
    }

    /// Whether the participant may subscribe.
    pub fn can_subscribe(mut self, allowed: bool) -> Self {
        self.permission
            .get_or_insert_with(Default::default)
            .can_subscribe = Some(allowed);
        self
    }
}

acknowledgement! {
    /// Response of `POST /rooms/:roomName/participants/:identity`. The reference shows
    /// no body; our reference server returns the resource.
    pub struct UpdateParticipantResponse {
        /// The participant as updated, when the server echoes it.
        pub participant: Option<Participant>,
    }
}

/// Body of `POST /rooms/:roomName/participants/:identity/mute`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MuteRequest {
    /// `true` mutes, `false` unmutes.
    pub muted: bool,
    /// The track; the first audio track when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub track_sid: Option<String>,
}

impl MuteRequest {
    /// Mutes the first audio track.
    pub fn mute() -> Self {
        Self {
            muted: true,
            track_sid: None,
        }
    }

    /// Unmutes the first audio track.
    pub fn unmute() -> Self {
        Self {
            muted: false,
            track_sid: None,
        }
    }

    /// Acts on this track instead.
    pub fn track(mut self, track_sid: impl Into<String>) -> Self {
        self.track_sid = Some(track_sid.into());
        self
    }
}

acknowledgement! {
    /// Response of the mute endpoint.
    ///
    /// Decided here (the reference shows no body): our reference server answers with the
    /// track acted on and its new state.
    pub struct MuteResponse {
        /// The track muted or unmuted.
        pub track_sid: Option<String>,
        /// Its state now.
        pub muted: Option<bool>,
    }
}
