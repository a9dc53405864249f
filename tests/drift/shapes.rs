//! What each JSON endpoint decodes into, and which of its fields identify it.

use serde::de::DeserializeOwned;
use serde_json::Value;
use voxai_types::Ack;
use voxai_types::agents::{AgentToolsResponse, ListAgentsResponse};
use voxai_types::call_control::{MuteResponse, UpdateParticipantResponse};
use voxai_types::knowledge::{
    ChunkPage, CreateKnowledgeBaseResponse, IngestResponse, KnowledgeBaseDetailResponse,
    ListKnowledgeBasesResponse, ReindexResponse, SearchResponse, UpdateChunkResponse,
    UploadDocumentResponse,
};
use voxai_types::quota::{QuotaResponse, UsageResponse};
use voxai_types::recordings::{
    RecordingDetailResponse, RecordingPage, StartRecordingResponse, StopRecordingResponse,
};
use voxai_types::rooms::{
    CreateRoomResponse, ListParticipantsResponse, ListRoomsResponse, RoomDetailResponse,
};
use voxai_types::sessions::{
    AddTranscriptResponse, CreateSessionResponse, EndSessionResponse, SessionDetailResponse,
    SessionPage, TranscriptResponse,
};
use voxai_types::sip::{DialResponse, ListSipConfigsResponse, ListTrunksResponse};
use voxai_types::tokens::TokenResponse;
use voxai_types::webhooks::TestWebhookResponse;

/// How one endpoint's body is read.
pub struct Shape {
    /// Decodes the body as the SDK does; the error carries the JSON path.
    pub decode: fn(&Value) -> Result<(), String>,
    /// Paths (`[]` for any index) that the response is useless without.
    pub identifiers: &'static [&'static str],
    /// The reference shows no body: any 2xx must decode.
    pub undocumented: bool,
}

impl Shape {
    /// Whether `path` (with concrete indexes) is one of the identifiers.
    pub fn is_identifier(&self, path: &str) -> bool {
        let mut general = String::new();
        let mut in_index = false;
        for c in path.chars() {
            match c {
                '[' => {
                    in_index = true;
                    general.push_str("[]");
                }
                ']' => in_index = false,
                _ if in_index => {}
                _ => general.push(c),
            }
        }
        self.identifiers.contains(&general.as_str())
    }
}

fn decode<T: DeserializeOwned>(body: &Value) -> Result<(), String> {
    serde_path_to_error::deserialize::<_, T>(body)
        .map(drop)
        .map_err(|e| format!("at {}: {}", e.path(), e.inner()))
}

macro_rules! shapes {
    ($( $endpoint:literal => $ty:ty, [$($id:literal),*], $undocumented:literal; )+) => {
        /// Every JSON endpoint of the reference (the plain-text transcript and the
        /// recording download are not JSON).
        pub const ENDPOINTS: &[&str] = &[$($endpoint),+];

        /// The shape of `endpoint` (`"GET /rooms"`).
        pub fn shape(endpoint: &str) -> Shape {
            match endpoint {
                $( $endpoint => Shape {
                    decode: decode::<$ty>,
                    identifiers: &[$($id),*],
                    undocumented: $undocumented,
                }, )+
                other => panic!("no shape for {other}"),
            }
        }
    };
}

shapes! {
    "GET /quota" => QuotaResponse, [], false;
    "GET /usage" => UsageResponse, [], false;
    "POST /token" => TokenResponse, ["token"], false;
    "POST /rooms" => CreateRoomResponse, ["room", "room.name", "room.fullName"], false;
    "GET /rooms" => ListRoomsResponse, ["rooms", "rooms[].name", "rooms[].fullName"], false;
    "GET /rooms/:room" => RoomDetailResponse,
        ["room", "room.name", "room.fullName", "room.participants[].identity",
         "room.participants[].tracks[].sid"], false;
    "GET /rooms/:room/participants" => ListParticipantsResponse,
        ["participants", "participants[].identity", "participants[].tracks[].sid"], false;
    "DELETE /rooms/:room" => Ack, [], false;
    "POST /rooms/:room/kick/:identity" => Ack, [], true;
    "GET /agents" => ListAgentsResponse, ["agents", "agents[].id"], false;
    "GET /agents/:id/tools" => AgentToolsResponse, ["tools", "tools[].name"], false;
    "POST /sessions" => CreateSessionResponse,
        ["session", "session.id", "session.room_name"], false;
    "GET /sessions" => SessionPage, ["sessions", "sessions[].id", "sessions[].room_name"], false;
    "GET /sessions/:id/detail" => SessionDetailResponse,
        ["session", "session.id", "session.room_name"], false;
    "POST /sessions/:room/transcript" => AddTranscriptResponse, [], true;
    "POST /sessions/:room/end" => EndSessionResponse, [], true;
    "GET /sessions/:id/transcript" => TranscriptResponse,
        ["transcripts", "transcripts[].content"], false;
    "POST /rooms/:room/recordings/start" => StartRecordingResponse,
        ["recording", "recording.id", "recording.egress_id"], false;
    "POST /rooms/:room/recordings/stop" => StopRecordingResponse, [], true;
    "GET /recordings" => RecordingPage,
        ["recordings", "recordings[].id", "recordings[].egress_id"], false;
    "GET /recordings/:id" => RecordingDetailResponse,
        ["recording", "recording.id", "recording.egress_id"], false;
    "DELETE /recordings/:id" => Ack, [], true;
    "POST /sip/dial" => DialResponse,
        ["call", "call.room_name", "call.full_room_name", "token"], false;
    "GET /sip/trunks" => ListTrunksResponse, ["trunks", "trunks[].id"], false;
    "GET /sip/configs" => ListSipConfigsResponse, ["configs", "configs[].id"], false;
    "POST /knowledge-bases" => CreateKnowledgeBaseResponse, [], true;
    "GET /knowledge-bases" => ListKnowledgeBasesResponse,
        ["knowledge_bases", "knowledge_bases[].id"], false;
    "GET /knowledge-bases/:id" => KnowledgeBaseDetailResponse,
        ["knowledge_base", "knowledge_base.id"], false;
    "DELETE /knowledge-bases/:id" => Ack, [], true;
    "POST /knowledge-bases/:id/documents" => UploadDocumentResponse, [], false;
    "POST /knowledge-bases/:id/ingest" => IngestResponse, [], true;
    "POST /knowledge-bases/:id/reindex" => ReindexResponse, [], false;
    "GET /knowledge-bases/:id/chunks" => ChunkPage,
        ["chunks", "chunks[].id", "chunks[].content"], false;
    "PUT /knowledge-bases/:id/chunks/:chunk" => UpdateChunkResponse, [], true;
    "DELETE /knowledge-bases/:id/chunks/:chunk" => Ack, [], true;
    "POST /knowledge/search" => SearchResponse, ["results", "results[].content"], false;
    "POST /webhooks/test" => TestWebhookResponse, [], true;
    "POST /rooms/:room/send-data" => Ack, [], true;
    "POST /rooms/:room/participants/:identity" => UpdateParticipantResponse, [], true;
    "POST /rooms/:room/participants/:identity/mute" => MuteResponse, [], true;
}
