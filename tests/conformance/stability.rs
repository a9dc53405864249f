//! The documented way to build response types outside `voxai-types` (they are
//! `#[non_exhaustive]`): their builders, or deserializing what the API sends. This crate
//! is outside the types' crate, as a user's tests are.

use serde_json::json;
use voxai_sdk::types::knowledge::{CreateKnowledgeBaseResponse, KnowledgeBase};
use voxai_sdk::types::monitor::{MonitorEvent, RoomCreated};
use voxai_sdk::types::quota::{QuotaEntry, QuotaResponse};
use voxai_sdk::types::rooms::{ListRoomsResponse, RoomSummary};
use voxai_sdk::{ApiError, Error, ErrorCode};

#[test]
fn responses_are_built_with_their_builders() {
    let room = RoomSummary::builder()
        .name("lobby")
        .full_name("proj_lobby")
        .num_participants(2)
        .build();
    let rooms = ListRoomsResponse::builder().rooms(vec![room]).build();
    assert_eq!(rooms.rooms[0].full_name, "proj_lobby");
    assert_eq!(rooms.rooms[0].created_at, None);

    // Acknowledgements default to success, with nothing else.
    let kb = KnowledgeBase::builder().id(7.into()).name("FAQ").build();
    let created = CreateKnowledgeBaseResponse::builder()
        .knowledge_base(kb)
        .build();
    assert!(created.success);
    assert_eq!(created.knowledge_base.map(|kb| kb.id), Some(7.into()));

    let event = MonitorEvent::RoomCreated(RoomCreated::builder().room_name("proj_lobby").build());
    assert_eq!(event.room_name(), Some("proj_lobby"));

    let rooms_quota = QuotaEntry::builder().limit(10).used(3).remaining(7).build();
    let quota = QuotaResponse::builder().plan_display("Pro").build();
    assert_eq!(
        (rooms_quota.remaining, quota.plan_display.as_deref()),
        (Some(7), Some("Pro"))
    );

    // Errors too (they are non-exhaustive as well).
    let error = Error::from(ApiError::new(404, ErrorCode::NotFound, "no such room"));
    assert_eq!(error.status(), Some(404));
}

#[test]
fn responses_are_built_from_json() {
    let rooms: ListRoomsResponse = serde_json::from_value(json!({
        "rooms": [{"name": "lobby", "fullName": "proj_lobby", "numParticipants": 2}]
    }))
    .unwrap();
    assert_eq!(rooms.rooms[0].num_participants, Some(2));
    // A field this version does not know is no error.
    let newer: RoomSummary =
        serde_json::from_value(json!({"name": "a", "fullName": "p_a", "shard": 4})).unwrap();
    assert_eq!(newer.name, "a");
}
