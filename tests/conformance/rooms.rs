use serde_json::json;
use voxai_mock::control_plane::{ControlError, Join};
use voxai_mock::keys;
use voxai_sdk::types::ErrorCode;
use voxai_sdk::types::rooms::{CreateRoomRequest, ParticipantState, RoomStatus, TrackType};

use crate::target::{Target, assert_api_error, assert_fields_refused};

#[tokio::test]
async fn a_room_is_created_listed_detailed_and_closed() {
    let target = Target::start().await;
    let client = target.client();
    let name = target.name("conformance-room");
    let name = name.as_str();
    target.room_created(name);
    let created = client
        .rooms()
        .create(
            CreateRoomRequest::new(name)
                .empty_timeout(600)
                .max_participants(5)
                .metadata("m"),
        )
        .await
        .unwrap();
    assert!(created.success);
    assert_eq!(created.room.name, name);
    let full = created.room.full_name.as_str();
    assert!(full.ends_with(name) && full.len() > name.len());
    assert!(created.room.sid.as_ref().unwrap().starts_with("RM_"));
    assert_eq!(
        (created.room.empty_timeout, created.room.max_participants),
        (Some(600), Some(5))
    );
    assert!(created.room.creation_time > Some(1_700_000_000));

    let listed = client.rooms().list().await.unwrap().rooms;
    let entry = listed.iter().find(|r| r.name == name).expect("listed");
    assert_eq!(
        (entry.full_name.as_str(), entry.num_participants),
        (created.room.full_name.as_str(), Some(0))
    );
    assert_eq!(entry.created_at, created.room.creation_time);

    let detail = client.rooms().get(name).await.unwrap().room;
    assert_eq!(detail.status, Some(RoomStatus::Active));
    assert_eq!(detail.sid, created.room.sid);
    assert_eq!(detail.max_participants, Some(5));

    let closed = client.rooms().delete(name).await.unwrap();
    assert_eq!(closed.message.as_deref(), Some("Room closed"));
    let detail = client.rooms().get(name).await.unwrap().room;
    assert_eq!(detail.status, Some(RoomStatus::Closed));
    assert!(
        !client
            .rooms()
            .list()
            .await
            .unwrap()
            .rooms
            .iter()
            .any(|r| r.name == name)
    );
    // Closing again conflicts; the name can be used again.
    assert_api_error(
        &client.rooms().delete(name).await.unwrap_err(),
        409,
        ErrorCode::Conflict,
    );
    let again = client.rooms().create(name).await.unwrap();
    assert_ne!(again.room.sid, created.room.sid);
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn participants_join_show_up_and_are_kicked() {
    let target = Target::mock().await;
    let client = target.client();
    client.rooms().create("lobby").await.unwrap();
    target.join("proj_lobby", "user1").await;
    let participants = client
        .rooms()
        .participants("lobby")
        .await
        .unwrap()
        .participants;
    let p = &participants[0];
    assert_eq!(
        (p.identity.as_str(), p.state.clone()),
        ("user1", Some(ParticipantState::Active))
    );
    let tracks = p.tracks.as_ref().unwrap();
    assert_eq!(tracks[0].kind, Some(TrackType::Audio));
    assert!(tracks[0].sid.starts_with("TR_"));
    let detail = client.rooms().get("lobby").await.unwrap().room;
    assert_eq!(detail.num_participants, Some(1));
    assert_eq!(detail.participants[0].identity, "user1");
    assert!(
        detail.participants[0].tracks.is_none(),
        "detail shows who, not tracks"
    );

    assert!(client.rooms().kick("lobby", "user1").await.unwrap().success);
    assert!(
        client
            .rooms()
            .participants("lobby")
            .await
            .unwrap()
            .participants
            .is_empty()
    );
    assert_api_error(
        &client.rooms().kick("lobby", "user1").await.unwrap_err(),
        404,
        ErrorCode::NotFound,
    );
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn closing_a_room_disconnects_everyone() {
    let target = Target::mock().await;
    let client = target.client();
    client.rooms().create("town-hall").await.unwrap();
    target.join("proj_town-hall", "a").await;
    target.join("proj_town-hall", "b").await;
    client.rooms().delete("town-hall").await.unwrap();
    let detail = client.rooms().get("town-hall").await.unwrap().room;
    assert_eq!(
        (detail.num_participants, detail.status),
        (Some(0), Some(RoomStatus::Closed))
    );
}

#[tokio::test]
async fn conflicts_and_missing_rooms() {
    let target = Target::start().await;
    let client = target.client();
    let twice = &target.name("twice");
    target.room_created(twice);
    client.rooms().create(twice.as_str()).await.unwrap();
    assert_api_error(
        &client.rooms().create(twice.as_str()).await.unwrap_err(),
        409,
        ErrorCode::Conflict,
    );
    let never = &target.name("never-made");
    for result in [
        client.rooms().get(never).await.map(|_| ()),
        client.rooms().participants(never).await.map(|_| ()),
    ] {
        assert_api_error(&result.unwrap_err(), 404, ErrorCode::NotFound);
    }
    assert_api_error(
        &client.rooms().delete(never).await.unwrap_err(),
        404,
        ErrorCode::NotFound,
    );
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn rooms_are_isolated_by_project() {
    let target = Target::mock().await;
    target.client().rooms().create("private").await.unwrap();
    let free = target.client_with(keys::FREE);
    assert_api_error(
        &free.rooms().get("private").await.unwrap_err(),
        404,
        ErrorCode::NotFound,
    );
    assert!(free.rooms().list().await.unwrap().rooms.is_empty());
    // The same name in another project is another room, with that project's prefix.
    let theirs = free.rooms().create("private").await.unwrap();
    assert_eq!(theirs.room.full_name, "free_private");
}

#[tokio::test]
async fn room_names_are_validated() {
    let target = Target::start().await;
    assert_fields_refused(
        &target,
        "/rooms",
        &[
            (json!({}), "name"),
            (json!({"name": ""}), "name"),
            (json!({"name": "has spaces"}), "name"),
            (json!({"name": "x".repeat(129)}), "name"),
            (
                json!({"name": "ok", "empty_timeout": "soon"}),
                "empty_timeout",
            ),
            (
                json!({"name": "ok", "max_participants": -1}),
                "max_participants",
            ),
        ],
    )
    .await;
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn full_rooms_refuse_more_participants() {
    let target = Target::mock().await;
    target
        .client()
        .rooms()
        .create(CreateRoomRequest::new("pair").max_participants(2))
        .await
        .unwrap();
    target.join("proj_pair", "one").await;
    target.join("proj_pair", "two").await;
    let refused = target
        .control()
        .join("proj_pair", &Join::new("three"))
        .await
        .unwrap_err();
    let ControlError::Refused { status, body } = refused else {
        panic!("{refused}")
    };
    assert_eq!((status, body["code"].as_str()), (409, Some("CONFLICT")));
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn the_rooms_quota_counts_active_rooms() {
    let target = Target::with_fixtures(|f| {
        f.projects[0].quota_limits.insert("rooms".into(), 1);
    })
    .await;
    let client = target.client();
    client.rooms().create("first").await.unwrap();
    let err = client.rooms().create("second").await.unwrap_err();
    assert_api_error(&err, 429, ErrorCode::QuotaExceeded);
    assert!(!err.is_retryable());
    client.rooms().delete("first").await.unwrap();
    client.rooms().create("second").await.unwrap();
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn empty_rooms_close_after_their_empty_timeout() {
    use futures::TryStreamExt;
    use voxai_sdk::monitor::MonitorMessage;
    use voxai_sdk::types::monitor::MonitorEvent;

    let target = Target::mock().await;
    let client = target.client();
    let mut monitor = client.monitor().rooms().connect().await.unwrap();
    client
        .rooms()
        .create(CreateRoomRequest::new("occupied").empty_timeout(1))
        .await
        .unwrap();
    target.join("proj_occupied", "stays").await;
    client
        .rooms()
        .create(CreateRoomRequest::new("deserted").empty_timeout(1))
        .await
        .unwrap();
    let closed = tokio::time::timeout(std::time::Duration::from_secs(10), async {
        while let Some(message) = monitor.try_next().await.unwrap() {
            if let MonitorMessage::Event {
                event: MonitorEvent::RoomClosed(room),
                ..
            } = message
            {
                return room.room_name;
            }
        }
        panic!("monitor ended");
    })
    .await
    .expect("the empty room was not closed within 10 s");
    assert_eq!(closed, "proj_deserted");
    assert_eq!(
        client.rooms().get("deserted").await.unwrap().room.status,
        Some(RoomStatus::Closed)
    );
    // Closed in the same sweep had it been wrongly empty.
    assert_eq!(
        client.rooms().get("occupied").await.unwrap().room.status,
        Some(RoomStatus::Active)
    );
}

/// Either form of a room name works everywhere: a client that has not seen the project's
/// prefix learns it from the API on the first refusal and sends the other form.
#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn room_names_work_in_either_form() {
    let target = Target::mock().await;
    target.client().rooms().create("either").await.unwrap();
    let fresh = || target.client();
    let room = fresh().rooms().get("proj_either").await.unwrap();
    assert_eq!(room.room.full_name, "proj_either");
    let session = fresh()
        .sessions()
        .create(voxai_sdk::types::sessions::CreateSessionRequest::new("either").agent(1))
        .await
        .unwrap()
        .session;
    assert_eq!(session.room_name, "proj_either");
    fresh()
        .sessions()
        .add_transcript(
            "either",
            voxai_sdk::types::sessions::AddTranscriptRequest::new(
                voxai_sdk::types::sessions::Speaker::User,
                "hello",
            ),
        )
        .await
        .unwrap();
    fresh()
        .sessions()
        .end("either", Default::default())
        .await
        .unwrap();
    fresh().recordings().start("proj_either").await.unwrap();
    let client = fresh();
    assert_eq!(
        client.learn_room_prefix(None).await.unwrap().as_deref(),
        Some("proj_")
    );
    assert_eq!(client.room_prefix().as_deref(), Some("proj_"));
}
