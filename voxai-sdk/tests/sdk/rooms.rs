use serde_json::json;
use voxai_sdk::Error;
use voxai_sdk::types::rooms::{CreateRoomRequest, ParticipantState, RoomStatus, TrackSource};
use wiremock::matchers::body_json;

use crate::common::{api, fixture, ok, setup};

#[tokio::test]
async fn create_sends_snake_case_and_decodes_camel_case() {
    let (server, client) = setup().await;
    api("POST", "/rooms")
        .and(body_json(json!({"name": "my-room", "empty_timeout": 600, "max_participants": 4, "metadata": "m"})))
        .respond_with(ok(fixture("rooms_create.json")))
        .expect(1)
        .mount(&server)
        .await;
    let request = CreateRoomRequest::new("my-room")
        .empty_timeout(600)
        .max_participants(4)
        .metadata("m");
    let created = client.rooms().create(request).await.unwrap();
    assert!(created.success);
    let room = created.room;
    assert_eq!(room.name, "my-room");
    assert_eq!(room.full_name, "proj_my-room");
    assert_eq!(room.sid.as_deref(), Some("RM_abc123"));
    assert_eq!(room.empty_timeout, Some(300));
    assert_eq!(room.max_participants, Some(0));
    assert_eq!(room.creation_time, Some(1_711_900_000));
}

#[tokio::test]
async fn create_from_a_bare_name() {
    let (server, client) = setup().await;
    api("POST", "/rooms")
        .and(body_json(json!({"name": "standup"})))
        .respond_with(ok(fixture("rooms_create.json")))
        .expect(1)
        .mount(&server)
        .await;
    client.rooms().create("standup").await.unwrap();
}

#[tokio::test]
async fn list_active_rooms() {
    let (server, client) = setup().await;
    api("GET", "/rooms")
        .respond_with(ok(fixture("rooms_list.json")))
        .expect(1)
        .mount(&server)
        .await;
    let rooms = client.rooms().list().await.unwrap().rooms;
    assert_eq!(rooms.len(), 1);
    assert_eq!(rooms[0].full_name, "proj_my-room");
    assert_eq!(rooms[0].num_participants, Some(2));
    assert_eq!(rooms[0].created_at, Some(1_711_900_000));
}

#[tokio::test]
async fn room_detail_with_participants() {
    let (server, client) = setup().await;
    api("GET", "/rooms/my-room")
        .respond_with(ok(fixture("rooms_detail.json")))
        .expect(1)
        .mount(&server)
        .await;
    let room = client.rooms().get("my-room").await.unwrap().room;
    assert_eq!(room.status, Some(RoomStatus::Active));
    assert_eq!(room.sid.as_deref(), Some("RM_abc123"));
    assert_eq!(room.num_participants, Some(2));
    assert_eq!(room.participants[0].identity, "user1");
    assert_eq!(room.participants[0].name.as_deref(), Some("User"));
    assert_eq!(room.participants[0].joined_at, Some(1_711_900_010));
}

#[tokio::test]
async fn room_names_are_percent_encoded_as_one_segment() {
    let (server, client) = setup().await;
    api("GET", "/rooms/a%20b%2Fc")
        .respond_with(ok(fixture("rooms_detail.json")))
        .expect(1)
        .mount(&server)
        .await;
    client.rooms().get("a b/c").await.unwrap();
}

#[tokio::test]
async fn participants_with_tracks() {
    let (server, client) = setup().await;
    api("GET", "/rooms/my-room/participants")
        .respond_with(ok(fixture("rooms_participants.json")))
        .expect(1)
        .mount(&server)
        .await;
    let participants = client
        .rooms()
        .participants("my-room")
        .await
        .unwrap()
        .participants;
    let p = &participants[0];
    assert_eq!(p.state, Some(ParticipantState::Active));
    let track = &p.tracks.as_ref().unwrap()[0];
    assert_eq!(track.sid, "TR_abc");
    assert_eq!(track.source, Some(TrackSource::Microphone));
    assert!((track.muted == Some(false)));
}

#[tokio::test]
async fn delete_closes_the_room() {
    let (server, client) = setup().await;
    api("DELETE", "/rooms/my-room")
        .respond_with(ok(fixture("rooms_delete.json")))
        .expect(1)
        .mount(&server)
        .await;
    let ack = client.rooms().delete("my-room").await.unwrap();
    assert!(ack.success);
    assert_eq!(ack.message.as_deref(), Some("Room closed"));
}

#[tokio::test]
async fn kick_removes_a_participant() {
    let (server, client) = setup().await;
    api("POST", "/rooms/my-room/kick/user1")
        .respond_with(ok(json!({"success": true})))
        .expect(1)
        .mount(&server)
        .await;
    assert!(
        client
            .rooms()
            .kick("my-room", "user1")
            .await
            .unwrap()
            .success
    );
}

#[tokio::test]
async fn empty_room_names_are_refused_before_sending() {
    let (server, client) = setup().await;
    let err = client.rooms().get("").await.unwrap_err();
    assert!(matches!(err, Error::Validation { field: "room", .. }));
    let err = client.rooms().kick("r", "").await.unwrap_err();
    assert!(matches!(
        err,
        Error::Validation {
            field: "identity",
            ..
        }
    ));
    assert!(server.received_requests().await.unwrap().is_empty());
}
