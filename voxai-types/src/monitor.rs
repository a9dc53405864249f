//! The monitor WebSocket (reference section 13): channels, client commands, and the
//! events and control frames the server sends as `{"type": ..., "data": {...}}`.

use crate::ids::{RecordingId, SessionId};
use crate::lenient::response;
use std::fmt;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::Timestamp;
use crate::recordings::RecordingStatus;
use crate::room_names::{FullRoomName, RoomName};
use crate::sessions::Speaker;
use crate::sip::CallStatus;
use crate::wire_enum::wire_enum;

/// The WebSocket path below the host: `/ws/monitor?api_key=KEY`.
pub const PATH: &str = "/ws/monitor";
/// The close code of a connection whose API key was refused.
pub const CLOSE_UNAUTHORIZED: u16 = 4001;
/// The close code of a connection that fell too far behind reading its events.
pub const CLOSE_TOO_SLOW: u16 = 4008;

/// What a client subscribes to: every room of the project, or one room. On the wire,
/// in commands and in the server's answers, the text `rooms` or `room:NAME`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Channel {
    /// `rooms`: events of every room.
    Rooms,
    /// `room:NAME`: events of one room, by its name without prefix.
    Room(RoomName),
    /// Text that is neither, kept verbatim: a channel a newer server knows, or a
    /// malformed one a server refuses.
    Unknown(String),
}

impl Channel {
    /// Parses `rooms` or `room:NAME`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "rooms" => Some(Self::Rooms),
            _ => text
                .strip_prefix("room:")
                .filter(|name| !name.is_empty())
                .map(|name| Self::Room(name.into())),
        }
    }

    /// The channel as it reads back from its wire text: what a server's answer about it
    /// names (`Room("")` is written `room:`, which reads back as `Unknown("room:")`).
    pub fn canonical(&self) -> Self {
        Self::from(self.to_string().as_str())
    }

    /// Whether it is one this version knows (not [`Channel::Unknown`]).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for Channel {
    fn from(text: &str) -> Self {
        Self::parse(text).unwrap_or_else(|| Self::Unknown(text.to_owned()))
    }
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Rooms => f.write_str("rooms"),
            Self::Room(name) => write!(f, "room:{name}"),
            Self::Unknown(text) => f.write_str(text),
        }
    }
}

impl Serialize for Channel {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Channel {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(deserializer)?;
        Ok(Self::from(text.as_ref()))
    }
}

/// A message from the client.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Command {
    /// `subscribe` or `unsubscribe`.
    pub action: Action,
    /// `rooms` or `room:NAME`.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub channel: Channel,
}

/// What a [`Command`] asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// Start receiving a channel's events.
    Subscribe,
    /// Stop receiving them.
    Unsubscribe,
}

impl Command {
    /// `{"action": "subscribe", "channel": ...}`.
    pub fn subscribe(channel: &Channel) -> Self {
        Self {
            action: Action::Subscribe,
            channel: channel.clone(),
        }
    }

    /// `{"action": "unsubscribe", "channel": ...}`.
    pub fn unsubscribe(channel: &Channel) -> Self {
        Self {
            action: Action::Unsubscribe,
            channel: channel.clone(),
        }
    }
}

response! {
    /// `room.created`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct RoomCreated {
        /// Full room name.
        pub room_name: FullRoomName,
        /// Unix seconds.
        #[serde(default)]
        pub created_at: Option<Timestamp>,
    }
}

response! {
    /// `room.closed`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct RoomClosed {
        /// Full room name.
        pub room_name: FullRoomName,
    }
}

response! {
    /// `participant.joined`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct ParticipantJoined {
        /// Full room name.
        pub room_name: FullRoomName,
        /// Who joined.
        pub identity: String,
        /// Their display name.
        #[serde(default)]
        pub name: Option<String>,
        /// Unix seconds.
        #[serde(default)]
        pub joined_at: Option<Timestamp>,
    }
}

response! {
    /// `participant.left`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct ParticipantLeft {
        /// Full room name.
        pub room_name: FullRoomName,
        /// Who left.
        pub identity: String,
        /// Why, e.g. `disconnected`, `kicked`, `room_closed`, `call_ended`.
        #[serde(default)]
        pub reason: Option<String>,
    }
}

response! {
    /// `transcript.new`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct TranscriptNew {
        /// Full room name.
        pub room_name: FullRoomName,
        /// The session the line belongs to.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub session_id: Option<SessionId>,
        /// Who said it.
        #[serde(default)]
        pub speaker: Option<Speaker>,
        /// What was said.
        pub content: String,
        /// Milliseconds from session start.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub timestamp_ms: Option<u64>,
    }
}

response! {
    /// `recording.status`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct RecordingStatusChanged {
        /// Full room name.
        pub room_name: FullRoomName,
        /// The recording.
        #[serde(deserialize_with = "crate::lenient::int")]
        pub recording_id: RecordingId,
        /// Its state now.
        #[serde(default)]
        pub status: Option<RecordingStatus>,
    }
}

response! {
    /// `call.status`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct CallStatusChanged {
        /// Full room name.
        pub room_name: FullRoomName,
        /// The other party's number.
        #[serde(default)]
        pub phone_number: Option<String>,
        /// The call's state now.
        #[serde(default)]
        pub status: Option<CallStatus>,
    }
}

wire_enum! {
    /// The `type` of a monitor event (reference section 13).
    pub enum MonitorEventType {
        /// A room became active.
        RoomCreated = "room.created",
        /// A room was closed.
        RoomClosed = "room.closed",
        /// Someone joined a room.
        ParticipantJoined = "participant.joined",
        /// Someone left a room.
        ParticipantLeft = "participant.left",
        /// A transcript line.
        TranscriptNew = "transcript.new",
        /// A recording changed state.
        RecordingStatus = "recording.status",
        /// A call changed state.
        CallStatus = "call.status",
    }
}

/// An event of the monitor, typed by its `type`.
///
/// A type this version does not know, or a known type whose data does not match, is
/// kept as [`MonitorEvent::Unknown`] with the raw JSON, never an error.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum MonitorEvent {
    /// `room.created`.
    RoomCreated(RoomCreated),
    /// `room.closed`.
    RoomClosed(RoomClosed),
    /// `participant.joined`.
    ParticipantJoined(ParticipantJoined),
    /// `participant.left`.
    ParticipantLeft(ParticipantLeft),
    /// `transcript.new`.
    TranscriptNew(TranscriptNew),
    /// `recording.status`.
    RecordingStatus(RecordingStatusChanged),
    /// `call.status`.
    CallStatus(CallStatusChanged),
    /// Anything else, verbatim.
    Unknown {
        /// The `type`.
        event_type: String,
        /// The `data`.
        data: Value,
    },
}

impl MonitorEvent {
    /// The event's `type`, as [`WebhookEvent::event_type`](crate::webhooks::WebhookEvent::event_type)
    /// gives a webhook's: a wire enum, [`MonitorEventType::Unknown`] for a type this
    /// version does not know.
    pub fn event_type(&self) -> MonitorEventType {
        MonitorEventType::from(self.wire_type())
    }

    /// The `type` as written on the wire, without allocating.
    fn wire_type(&self) -> &str {
        match self {
            Self::RoomCreated(_) => "room.created",
            Self::RoomClosed(_) => "room.closed",
            Self::ParticipantJoined(_) => "participant.joined",
            Self::ParticipantLeft(_) => "participant.left",
            Self::TranscriptNew(_) => "transcript.new",
            Self::RecordingStatus(_) => "recording.status",
            Self::CallStatus(_) => "call.status",
            Self::Unknown { event_type, .. } => event_type,
        }
    }

    /// The full room name the event is about, when it says.
    pub fn room_name(&self) -> Option<&str> {
        Some(match self {
            Self::RoomCreated(e) => e.room_name.as_str(),
            Self::RoomClosed(e) => e.room_name.as_str(),
            Self::ParticipantJoined(e) => e.room_name.as_str(),
            Self::ParticipantLeft(e) => e.room_name.as_str(),
            Self::TranscriptNew(e) => e.room_name.as_str(),
            Self::RecordingStatus(e) => e.room_name.as_str(),
            Self::CallStatus(e) => e.room_name.as_str(),
            Self::Unknown { data, .. } => return data.get("room_name").and_then(Value::as_str),
        })
    }

    /// The `data` as JSON.
    pub fn data(&self) -> Value {
        let value = match self {
            Self::RoomCreated(e) => serde_json::to_value(e),
            Self::RoomClosed(e) => serde_json::to_value(e),
            Self::ParticipantJoined(e) => serde_json::to_value(e),
            Self::ParticipantLeft(e) => serde_json::to_value(e),
            Self::TranscriptNew(e) => serde_json::to_value(e),
            Self::RecordingStatus(e) => serde_json::to_value(e),
            Self::CallStatus(e) => serde_json::to_value(e),
            Self::Unknown { data, .. } => return data.clone(),
        };
        value.unwrap_or(Value::Null)
    }

    /// Types `data` by `event_type`, falling back to [`MonitorEvent::Unknown`].
    pub fn from_parts(event_type: &str, data: Value) -> Self {
        fn typed<T: serde::de::DeserializeOwned>(
            data: &Value,
            wrap: fn(T) -> MonitorEvent,
        ) -> Option<MonitorEvent> {
            serde_json::from_value(data.clone()).ok().map(wrap)
        }
        let known = match event_type {
            "room.created" => typed(&data, Self::RoomCreated),
            "room.closed" => typed(&data, Self::RoomClosed),
            "participant.joined" => typed(&data, Self::ParticipantJoined),
            "participant.left" => typed(&data, Self::ParticipantLeft),
            "transcript.new" => typed(&data, Self::TranscriptNew),
            "recording.status" => typed(&data, Self::RecordingStatus),
            "call.status" => typed(&data, Self::CallStatus),
            _ => None,
        };
        known.unwrap_or(Self::Unknown {
            event_type: event_type.to_owned(),
            data,
        })
    }
}

/// Every frame the server sends: an event, or a reply to a [`Command`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ServerMessage {
    /// A monitor event.
    Event(MonitorEvent),
    /// `{"type": "subscribed", "data": {"channel"}}`: a subscription is active.
    Subscribed {
        /// The channel.
        channel: Channel,
    },
    /// `{"type": "unsubscribed", "data": {"channel"}}`.
    Unsubscribed {
        /// The channel.
        channel: Channel,
    },
    /// `{"type": "error", "data": {"message", "channel"?}}`: a message was refused.
    Error {
        /// What was wrong.
        message: String,
        /// The channel of the refused command, when there was one.
        channel: Option<Channel>,
    },
}

#[derive(Serialize, Deserialize)]
struct Frame {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    data: Value,
}

impl ServerMessage {
    fn to_frame(&self) -> Frame {
        let (kind, data) = match self {
            Self::Event(event) => (event.wire_type().to_owned(), event.data()),
            Self::Subscribed { channel } => (
                "subscribed".into(),
                serde_json::json!({ "channel": channel }),
            ),
            Self::Unsubscribed { channel } => (
                "unsubscribed".into(),
                serde_json::json!({ "channel": channel }),
            ),
            Self::Error { message, channel } => {
                let mut data = serde_json::json!({ "message": message });
                if let Some(channel) = channel {
                    data["channel"] = Value::from(channel.to_string());
                }
                ("error".into(), data)
            }
        };
        Frame { kind, data }
    }

    fn from_frame(frame: Frame) -> Self {
        let text = |key: &str| {
            frame
                .data
                .get(key)
                .and_then(Value::as_str)
                .map(str::to_owned)
        };
        match frame.kind.as_str() {
            "subscribed" => Self::Subscribed {
                channel: Channel::from(text("channel").unwrap_or_default().as_str()),
            },
            "unsubscribed" => Self::Unsubscribed {
                channel: Channel::from(text("channel").unwrap_or_default().as_str()),
            },
            "error" => Self::Error {
                message: text("message").unwrap_or_default(),
                channel: text("channel").map(|c| Channel::from(c.as_str())),
            },
            other => Self::Event(MonitorEvent::from_parts(other, frame.data)),
        }
    }
}

impl Serialize for ServerMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            // Straight to the output: an event is serialized once per delivery to every
            // subscriber, so no intermediate `Value`.
            Self::Event(event) => event.serialize(serializer),
            _ => self.to_frame().serialize(serializer),
        }
    }
}

/// A frame borrowing its data, for serializing without building a `Value`.
#[derive(Serialize)]
struct FrameRef<'a, T: Serialize> {
    #[serde(rename = "type")]
    kind: &'a str,
    data: &'a T,
}

impl<'de> Deserialize<'de> for ServerMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let frame = Frame::deserialize(deserializer).map_err(D::Error::custom)?;
        Ok(Self::from_frame(frame))
    }
}

impl Serialize for MonitorEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let kind = self.wire_type();
        match self {
            Self::RoomCreated(data) => FrameRef { kind, data }.serialize(serializer),
            Self::RoomClosed(data) => FrameRef { kind, data }.serialize(serializer),
            Self::ParticipantJoined(data) => FrameRef { kind, data }.serialize(serializer),
            Self::ParticipantLeft(data) => FrameRef { kind, data }.serialize(serializer),
            Self::TranscriptNew(data) => FrameRef { kind, data }.serialize(serializer),
            Self::RecordingStatus(data) => FrameRef { kind, data }.serialize(serializer),
            Self::CallStatus(data) => FrameRef { kind, data }.serialize(serializer),
            Self::Unknown { data, .. } => FrameRef { kind, data }.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for MonitorEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let frame = Frame::deserialize(deserializer)?;
        Ok(Self::from_parts(&frame.kind, frame.data))
    }
}
