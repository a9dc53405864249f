//! Recordings (reference section 9).

use crate::ids::RecordingId;
use crate::lenient::response;
use serde::{Deserialize, Serialize};

use crate::Timestamp;
use crate::lenient::acknowledgement;
use crate::pagination::{PageInfo, impl_page};
use crate::room_names::FullRoomName;
use crate::wire_enum::wire_enum;

wire_enum! {
    /// Where a recording is in its life.
    pub enum RecordingStatus {
        /// Egress is running.
        Recording = "recording",
        /// Stopped; the file can be downloaded.
        Completed = "completed",
        /// Egress failed.
        Error = "error",
    }
}

wire_enum! {
    /// The audio container of a recording.
    pub enum RecordingFormat {
        /// Ogg (Opus or Vorbis), `audio/ogg`.
        Ogg = "ogg",
        /// MPEG-4 audio, `audio/mp4`.
        Mp4 = "mp4",
        /// WAV PCM, `audio/wav`.
        Wav = "wav",
    }
}

impl RecordingFormat {
    /// The `Content-Type` of the download.
    pub fn content_type(&self) -> &str {
        match self {
            Self::Ogg => "audio/ogg",
            Self::Mp4 => "audio/mp4",
            Self::Wav => "audio/wav",
            Self::Unknown(_) => "application/octet-stream",
        }
    }

    /// A file extension for the download.
    pub fn extension(&self) -> &str {
        match self {
            Self::Ogg => "ogg",
            Self::Mp4 => "m4a",
            Self::Wav => "wav",
            Self::Unknown(other) => other,
        }
    }
}

response! {
    /// A recording. The start response shows the first five fields; detail and list add the
    /// timing and file fields once known.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct Recording {
        /// Recording id.
        #[serde(deserialize_with = "crate::lenient::int")]
        pub id: RecordingId,
        /// LiveKit egress id (`EG_...`).
        pub egress_id: String,
        /// Full room name.
        #[serde(default)]
        pub room_name: Option<FullRoomName>,
        /// Audio container.
        #[serde(default)]
        pub format: Option<RecordingFormat>,
        /// Recording, completed or error.
        #[serde(default)]
        pub status: Option<RecordingStatus>,
        /// ISO 8601.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub started_at: Option<Timestamp>,
        /// ISO 8601, once stopped.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub ended_at: Option<Timestamp>,
        /// Seconds, once stopped. A float, as a server may measure fractions.
        #[serde(
            default,
            serialize_with = "crate::lenient::whole_as_int",
            skip_serializing_if = "Option::is_none"
        )]
        pub duration: Option<f64>,
        /// Bytes, once stopped.
        #[serde(
            default,
            deserialize_with = "crate::lenient::opt_int",
            skip_serializing_if = "Option::is_none"
        )]
        pub file_size: Option<u64>,
    }
}

response! {
    /// Response of `POST /rooms/:roomName/recordings/start`.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct StartRecordingResponse {
        /// `true` on a 2xx; the server may leave it out.
        #[serde(
            default = "crate::lenient::yes",
            deserialize_with = "crate::lenient::null_as_true"
        )]
        #[builder(default)]
        pub success: bool,
        /// The recording started.
        pub recording: Recording,
    }
}

/// Body of `POST /rooms/:roomName/recordings/stop`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StopRecordingRequest {
    /// Stop this egress only; all of the room's when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress_id: Option<String>,
}

acknowledgement! {
    /// Response of `POST /rooms/:roomName/recordings/stop`.
    ///
    /// Decided here (the reference shows no body): our reference server answers
    /// `{"success": true, "recordings": [...]}`, the recordings stopped, now `completed`.
    pub struct StopRecordingResponse {
        /// What was stopped, when the server says.
        pub recordings: Option<Vec<Recording>>,
    }
}

/// Query of `GET /recordings`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ListRecordingsQuery {
    /// Page number from 1 (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(minimum = 1))]
    pub page: Option<u32>,
    /// Results per page (default 25).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 100))]
    pub per_page: Option<u32>,
    /// Only recordings of this room.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_name: Option<String>,
    /// Only recordings in this state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<RecordingStatus>,
}

response! {
    /// A page of `GET /recordings`.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct RecordingPage {
        /// The recordings on this page.
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        #[builder(default)]
        pub recordings: Vec<Recording>,
        /// Paging fields.
        #[serde(flatten)]
        pub page_info: PageInfo,
    }
}
impl_page!(RecordingPage, recordings, Recording);

response! {
    /// Response of `GET /recordings/:recordingId`.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct RecordingDetailResponse {
        /// The recording.
        pub recording: Recording,
    }
}
