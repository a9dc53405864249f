//! Rooms (reference section 6). Responses are camelCase, the create request snake_case.

use crate::lenient::response;
use serde::{Deserialize, Serialize};

use crate::room_names::{FullRoomName, RoomName};
use crate::wire_enum::wire_enum;

/// Body of `POST /rooms`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreateRoomRequest {
    /// Room name without the project prefix.
    #[cfg_attr(
        feature = "openapi",
        schema(value_type = String, pattern = r"^[A-Za-z0-9._-]{1,128}$")
    )]
    pub name: RoomName,
    /// Seconds an empty room stays open (server default 300).
    #[serde(
        default,
        deserialize_with = "crate::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub empty_timeout: Option<u32>,
    /// Maximum participants; 0 is unlimited.
    #[serde(
        default,
        deserialize_with = "crate::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub max_participants: Option<u32>,
    /// Free-form room metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<String>,
}

impl CreateRoomRequest {
    /// A room called `name` with the server's defaults.
    pub fn new(name: impl Into<RoomName>) -> Self {
        Self {
            name: name.into(),
            empty_timeout: None,
            max_participants: None,
            metadata: None,
        }
    }

    /// Seconds an empty room stays open.
    pub fn empty_timeout(mut self, seconds: u32) -> Self {
        self.empty_timeout = Some(seconds);
        self
    }

    /// Maximum participants; 0 is unlimited.
    pub fn max_participants(mut self, max: u32) -> Self {
        self.max_participants = Some(max);
        self
    }

    /// Room metadata.
    pub fn metadata(mut self, metadata: impl Into<String>) -> Self {
        self.metadata = Some(metadata.into());
        self
    }
}

response! {
    /// Response of `POST /rooms`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct CreateRoomResponse {
        /// `true` on a 2xx; the server may leave it out.
        #[serde(
            default = "crate::lenient::yes",
            deserialize_with = "crate::lenient::null_as_true"
        )]
        #[builder(default)]
        pub success: bool,
        /// The room created.
        pub room: CreatedRoom,
    }
}

response! {
    /// The room in a create response.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    #[serde(rename_all = "camelCase")]
    pub struct CreatedRoom {
        /// Name without the prefix.
        pub name: RoomName,
        /// Name with the project prefix, as LiveKit knows it.
        pub full_name: FullRoomName,
        /// LiveKit room id (`RM_...`).
        #[serde(default)]
        pub sid: Option<String>,
        /// Seconds an empty room stays open.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub empty_timeout: Option<u32>,
        /// Maximum participants; 0 is unlimited.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub max_participants: Option<u32>,
        /// Unix seconds.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub creation_time: Option<i64>,
        /// Room metadata, when set.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub metadata: Option<String>,
    }
}

response! {
    /// Response of `GET /rooms` (active rooms only).
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct ListRoomsResponse {
        /// The project's active rooms.
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        #[builder(default)]
        pub rooms: Vec<RoomSummary>,
    }
}

response! {
    /// A room in the active list.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    #[serde(rename_all = "camelCase")]
    pub struct RoomSummary {
        /// Name without the prefix.
        pub name: RoomName,
        /// Name with the project prefix.
        pub full_name: FullRoomName,
        /// Participants in the room now.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub num_participants: Option<u32>,
        /// Unix seconds.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub created_at: Option<i64>,
    }
}

wire_enum! {
    /// Whether a room is open.
    pub enum RoomStatus {
        /// Open in LiveKit.
        Active = "active",
        /// Closed; detail comes from the database.
        Closed = "closed",
    }
}

response! {
    /// Response of `GET /rooms/:roomName`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct RoomDetailResponse {
        /// The room.
        pub room: RoomDetail,
    }
}

response! {
    /// One room with its participants.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    #[serde(rename_all = "camelCase")]
    pub struct RoomDetail {
        /// Name without the prefix.
        pub name: RoomName,
        /// Name with the project prefix.
        pub full_name: FullRoomName,
        /// LiveKit room id.
        #[serde(default)]
        pub sid: Option<String>,
        /// Active or closed.
        #[serde(default)]
        pub status: Option<RoomStatus>,
        /// Participants in the room now.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub num_participants: Option<u32>,
        /// Maximum participants; 0 is unlimited.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub max_participants: Option<u32>,
        /// Unix seconds.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub created_at: Option<i64>,
        /// Who is in the room.
        #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
        #[builder(default)]
        pub participants: Vec<Participant>,
    }
}

wire_enum! {
    /// LiveKit's participant state.
    pub enum ParticipantState {
        /// Connecting.
        Joining = "JOINING",
        /// Connected, not yet publishing.
        Joined = "JOINED",
        /// Connected and active.
        Active = "ACTIVE",
        /// Gone.
        Disconnected = "DISCONNECTED",
    }
}

response! {
    /// A participant. Room detail shows identity, name and join time; the participants
    /// endpoint adds `state` and `tracks`; the update endpoint adds metadata and permission.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    #[serde(rename_all = "camelCase")]
    pub struct Participant {
        /// Identity in the room.
        pub identity: String,
        /// Display name.
        #[serde(default)]
        pub name: Option<String>,
        /// Unix seconds.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub joined_at: Option<i64>,
        /// LiveKit state.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub state: Option<ParticipantState>,
        /// Published tracks.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub tracks: Option<Vec<TrackInfo>>,
        /// Participant metadata.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub metadata: Option<String>,
        /// What the participant may do.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub permission: Option<ParticipantPermission>,
    }
}

response! {
    /// A participant's publish and subscribe rights. camelCase inside snake_case bodies.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    #[serde(rename_all = "camelCase")]
    pub struct ParticipantPermission {
        /// May publish tracks.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub can_publish: Option<bool>,
        /// May subscribe to others' tracks.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub can_subscribe: Option<bool>,
    }
}

wire_enum! {
    /// LiveKit's track type.
    pub enum TrackType {
        /// Audio.
        Audio = "AUDIO",
        /// Video.
        Video = "VIDEO",
        /// Data.
        Data = "DATA",
    }
}

wire_enum! {
    /// LiveKit's track source.
    pub enum TrackSource {
        /// Not known.
        UnknownSource = "UNKNOWN",
        /// A camera.
        Camera = "CAMERA",
        /// A microphone.
        Microphone = "MICROPHONE",
        /// A shared screen.
        ScreenShare = "SCREEN_SHARE",
        /// A shared screen's audio.
        ScreenShareAudio = "SCREEN_SHARE_AUDIO",
    }
}

response! {
    /// A published track, in LiveKit's TrackInfo shape.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct TrackInfo {
        /// Track id (`TR_...`).
        pub sid: String,
        /// Audio, video or data.
        #[serde(rename = "type", default)]
        pub kind: Option<TrackType>,
        /// Where it comes from.
        #[serde(default)]
        pub source: Option<TrackSource>,
        /// Track name.
        #[serde(default)]
        pub name: Option<String>,
        /// Whether it is muted.
        #[serde(default)]
        pub muted: Option<bool>,
    }
}

response! {
    /// Response of `GET /rooms/:roomName/participants`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct ListParticipantsResponse {
        /// Participants with their state and tracks.
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        #[builder(default)]
        pub participants: Vec<Participant>,
    }
}

impl From<&str> for CreateRoomRequest {
    fn from(name: &str) -> Self {
        Self::new(name)
    }
}

impl From<String> for CreateRoomRequest {
    fn from(name: String) -> Self {
        Self::new(name)
    }
}
