//! Every example response of the API reference, kept under `tests/fixtures/`, decodes
//! into its model and encodes back to the same JSON.
//!
//! Where the reference's example is JSONC with placeholders (`[...]`, `{ ... }`, `"..."`),
//! the fixture fills them with values of the shape our reference server decides on.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use voxai_types::agents::{AgentToolsResponse, ListAgentsResponse};
use voxai_types::knowledge::{
    ChunkPage, KnowledgeBaseDetailResponse, ListKnowledgeBasesResponse, ReindexResponse,
    UploadDocumentResponse,
};
use voxai_types::quota::{QuotaResponse, UsageResponse};
use voxai_types::recordings::StartRecordingResponse;
use voxai_types::rooms::{
    CreateRoomResponse, ListParticipantsResponse, ListRoomsResponse, RoomDetailResponse,
};
use voxai_types::sessions::{
    CreateSessionResponse, SessionDetailResponse, SessionPage, TranscriptEntry, TranscriptResponse,
    format_transcript_line,
};
use voxai_types::sip::{DialResponse, ListSipConfigsResponse, ListTrunksResponse};
use voxai_types::tokens::TokenResponse;
use voxai_types::webhooks::WebhookEnvelope;
use voxai_types::{Ack, ErrorBody};

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Removes from `encoded` the `null` members that `original` does not have: a model
/// shared by a list and a detail writes the detail's fields as `null` in the list, and
/// `null` means the same as absent.
fn strip_added_nulls(encoded: &mut Value, original: &Value) {
    match (encoded, original) {
        (Value::Object(fields), Value::Object(shown)) => {
            fields.retain(|name, value| !value.is_null() || shown.contains_key(name));
            for (name, value) in fields.iter_mut() {
                if let Some(inner) = shown.get(name) {
                    strip_added_nulls(value, inner);
                }
            }
        }
        (Value::Array(items), Value::Array(shown)) => {
            for (item, inner) in items.iter_mut().zip(shown) {
                strip_added_nulls(item, inner);
            }
        }
        _ => {}
    }
}

/// Decodes the fixture as `T`, encodes it again, and checks nothing was lost or added.
fn round_trip<T: DeserializeOwned + Serialize>(name: &str) -> T {
    let text = fixture(name);
    let original: Value = serde_json::from_str(&text).unwrap();
    let model: T = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut encoded = serde_json::to_value(&model).unwrap();
    strip_added_nulls(&mut encoded, &original);
    assert_eq!(encoded, original, "{name} did not round-trip");
    model
}

#[test]
fn quota() {
    let q: QuotaResponse = round_trip("quota.json");
    assert_eq!(q.plan, Some(voxai_types::Plan::Professional));
    assert_eq!(q.get("agents").unwrap().remaining, Some(38));
    assert_eq!(q.quotas.len(), 6);
}

#[test]
fn usage() {
    let u: UsageResponse = round_trip("usage.json");
    assert_eq!(u.totals.unwrap().api_calls, Some(1240));
    assert_eq!(u.breakdown[0].key(), Some("2026-03-31"));
    assert_eq!(u.breakdown[0].calls, Some(85));
}

#[test]
fn token() {
    let t: TokenResponse = round_trip("token.json");
    assert_eq!(t.ws_url.as_deref(), Some("wss://livekit.ai0.dev"));
    assert_eq!(t.agents_dispatched, vec![1]);
    assert!(!format!("{t:?}").contains("eyJ"), "token leaked into Debug");
}

#[test]
fn rooms() {
    let c: CreateRoomResponse = round_trip("rooms_create.json");
    assert_eq!(c.room.full_name, "proj_my-room");
    assert_eq!(c.room.creation_time, Some(1_711_900_000));
    let l: ListRoomsResponse = round_trip("rooms_list.json");
    assert_eq!(l.rooms[0].num_participants, Some(2));
    let d: RoomDetailResponse = round_trip("rooms_detail.json");
    assert_eq!(d.room.participants[0].joined_at, Some(1_711_900_010));
    let p: ListParticipantsResponse = round_trip("rooms_participants.json");
    let tracks = p.participants[0].tracks.as_ref().unwrap();
    assert_eq!(tracks[0].kind, Some(voxai_types::rooms::TrackType::Audio));
    let a: Ack = round_trip("rooms_delete.json");
    assert_eq!(a.message.as_deref(), Some("Room closed"));
}

#[test]
fn agents() {
    let l: ListAgentsResponse = round_trip("agents_list.json");
    assert_eq!(l.agents[0].llm_model.as_deref(), Some("gpt-4o"));
    let t: AgentToolsResponse = round_trip("agents_tools.json");
    assert_eq!(t.tools[0].name, "search_kb");
}

#[test]
fn sessions() {
    let c: CreateSessionResponse = round_trip("sessions_create.json");
    assert_eq!(c.session.id, 42);
    let l: SessionPage = round_trip("sessions_list.json");
    assert_eq!(l.page_info.total, Some(156));
    assert_eq!(l.sessions[0].duration, Some(185.0));
    let d: SessionDetailResponse = round_trip("sessions_detail.json");
    assert_eq!(d.session.duration_seconds, Some(185.0));
    assert!((d.costs.unwrap().total.unwrap() - 0.045).abs() < 1e-12);
    let t: TranscriptResponse = round_trip("sessions_transcript.json");
    assert_eq!(t.transcripts[1].timestamp_ms, Some(1200));
    assert_eq!(
        c.session.created_at.unwrap().unix_seconds(),
        Some(1_774_951_200)
    );
}

#[test]
fn transcript_text_format_matches_the_reference() {
    let lines = [
        ("user", "Hello", 0),
        ("agent", "Hi! How can I help you today?", 1200),
        ("user", "I need to update my billing info", 5000),
    ];
    let formatted: Vec<String> = lines
        .iter()
        .map(|(speaker, content, ms)| {
            format_transcript_line(
                &TranscriptEntry::builder()
                    .speaker((*speaker).into())
                    .content(*content)
                    .timestamp_ms(*ms)
                    .build(),
            )
        })
        .collect();
    let expected = fixture("sessions_transcript_text.txt");
    assert_eq!(formatted, expected.lines().collect::<Vec<_>>());
}

#[test]
fn recordings() {
    let s: StartRecordingResponse = round_trip("recordings_start.json");
    assert_eq!(s.recording.egress_id, "EG_abc123");
    assert_eq!(s.recording.format.unwrap().content_type(), "audio/ogg");
}

#[test]
fn sip() {
    let d: DialResponse = round_trip("sip_dial.json");
    assert_eq!(d.call.session_id, Some(voxai_types::ids::SessionId(55)));
    assert!(!format!("{d:?}").contains("eyJ"), "token leaked into Debug");
    let t: ListTrunksResponse = round_trip("sip_trunks.json");
    assert_eq!(t.trunks[0].outbound_trunk_id.as_deref(), Some("ST_out456"));
    let c: ListSipConfigsResponse = round_trip("sip_configs.json");
    assert_eq!(c.configs[0].max_call_duration, Some(1800));
}

#[test]
fn knowledge() {
    let l: ListKnowledgeBasesResponse = round_trip("knowledge_list.json");
    assert_eq!(l.knowledge_bases[0].chunk_count, Some(42));
    let d: KnowledgeBaseDetailResponse = round_trip("knowledge_detail.json");
    assert_eq!(d.knowledge_base.total_chars, Some(18_500));
    let u: UploadDocumentResponse = round_trip("knowledge_upload.json");
    assert_eq!(u.chunks_created, Some(15));
    let r: ReindexResponse = round_trip("knowledge_reindex.json");
    assert_eq!(r.chunks_reindexed, Some(42));
    let c: ChunkPage = round_trip("knowledge_chunks.json");
    assert_eq!(c.page_info.total_pages, Some(3));
    assert_eq!(c.chunks[0].source.as_deref(), Some("about-page"));
}

#[test]
fn webhook_payload() {
    let e: WebhookEnvelope = round_trip("webhooks_payload.json");
    assert_eq!(
        e.event_type,
        voxai_types::webhooks::WebhookEventType::SessionStarted
    );
    assert_eq!(e.data["session_id"], 42);
}

#[test]
fn errors() {
    let e: ErrorBody = round_trip("error.json");
    assert_eq!(e.code, voxai_types::ErrorCode::InvalidRequest);
    let r: ErrorBody = round_trip("error_rate_limited.json");
    assert_eq!(r.code, voxai_types::ErrorCode::RateLimited);
    assert_eq!(r.retry_after, Some(12));
}

#[test]
fn every_fixture_is_covered_by_a_test() {
    let this_file = include_str!("fixtures.rs");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(
            this_file.contains(&format!("\"{name}\"")),
            "fixture {name} is not tested"
        );
    }
}
