use serde_json::json;
use voxai_mock::control_plane::{Join, Track};
use voxai_sdk::types::ErrorCode;
use voxai_sdk::types::call_control::{MuteRequest, SendDataRequest, UpdateParticipantRequest};
use voxai_sdk::types::rooms::TrackType;

use crate::target::{Target, assert_api_error, assert_error};

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn supervisors_whisper_update_and_mute() {
    let target = Target::mock().await;
    let client = target.client();
    client.rooms().create("call").await.unwrap();
    target.join("proj_call", "user1").await;
    target.join("proj_call", "agent-1").await;
    let cc = client.call_control();

    let broadcast = cc
        .send_data("call", SendDataRequest::new("Hello everyone").topic("chat"))
        .await
        .unwrap();
    if target.echoes() {
        assert_eq!(
            broadcast.message.as_deref(),
            Some("Data sent to 2 participant(s)")
        );
    }
    let mut hint = serde_json::Map::new();
    hint.insert("hint".into(), json!("offer the discount"));
    let whisper = cc
        .send_data("call", SendDataRequest::new(hint).to(["agent-1"]))
        .await
        .unwrap();
    if target.echoes() {
        assert_eq!(
            whisper.message.as_deref(),
            Some("Data sent to 1 participant(s)")
        );
    }
    let err = cc
        .send_data("call", SendDataRequest::new("x").to(["ghost"]))
        .await
        .unwrap_err();
    assert_api_error(&err, 404, ErrorCode::NotFound);

    let updated = cc
        .update_participant(
            "call",
            "user1",
            UpdateParticipantRequest::new()
                .name("Caller")
                .metadata("{\"vip\":true}")
                .can_publish(false),
        )
        .await
        .unwrap()
        .participant;
    // The reference shows no update body: the echo is our server's.
    if target.echoes() {
        let updated = updated.unwrap();
        assert_eq!(
            (updated.name.as_deref(), updated.metadata.as_deref()),
            (Some("Caller"), Some("{\"vip\":true}"))
        );
        let permission = updated.permission.unwrap();
        assert_eq!(
            (permission.can_publish, permission.can_subscribe),
            (Some(false), Some(true))
        );
    }
    let user1 = |participants: Vec<voxai_sdk::types::rooms::Participant>| {
        participants
            .into_iter()
            .find(|p| p.identity == "user1")
            .unwrap()
    };
    let listed = user1(
        client
            .rooms()
            .participants("call")
            .await
            .unwrap()
            .participants,
    );
    assert_eq!(listed.name.as_deref(), Some("Caller"));

    let muted = cc.mute("call", "user1", MuteRequest::mute()).await.unwrap();
    let track = first_track(&client).await;
    assert_eq!(track.muted, Some(true));
    if target.echoes() {
        assert_eq!(
            (muted.track_sid.as_deref(), muted.muted),
            (Some(track.sid.as_str()), Some(true))
        );
    }
    cc.mute("call", "user1", MuteRequest::unmute().track(track.sid))
        .await
        .unwrap();
    let track = first_track(&client).await;
    assert_eq!(track.muted, Some(false));
    let err = cc
        .mute("call", "user1", MuteRequest::mute().track("TR_nope"))
        .await
        .unwrap_err();
    assert_api_error(&err, 404, ErrorCode::NotFound);
    let err = cc
        .update_participant("call", "ghost", UpdateParticipantRequest::new().name("x"))
        .await
        .unwrap_err();
    assert_api_error(&err, 404, ErrorCode::NotFound);
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn call_control_validation() {
    let target = Target::mock().await;
    target.client().rooms().create("v").await.unwrap();
    target
        .control()
        .join(
            "proj_v",
            &Join::new("silent").track(Track::new(TrackType::Video)),
        )
        .await
        .unwrap();
    for (path, body, field) in [
        ("/rooms/v/send-data", json!({"topic": "t"}), Some("data")),
        ("/rooms/v/send-data", json!({"data": 42}), Some("data")),
        (
            "/rooms/v/send-data",
            json!({"data": "x", "destination_identities": []}),
            Some("destination_identities"),
        ),
        ("/rooms/v/participants/silent", json!({}), None),
        (
            "/rooms/v/participants/silent",
            json!({"permission": {"canPublish": "no"}}),
            Some("permission.canPublish"),
        ),
        (
            "/rooms/v/participants/silent/mute",
            json!({}),
            Some("muted"),
        ),
    ] {
        let response = target
            .raw(reqwest::Method::POST, path)
            .json(&body)
            .send()
            .await
            .unwrap();
        let error = assert_error(response, 400, "INVALID_REQUEST").await;
        if let Some(field) = field {
            assert_eq!(error["details"]["field"], field, "{path} {body}: {error}");
        }
    }
    // Muting someone without an audio track: nothing to mute.
    let response = target
        .raw(reqwest::Method::POST, "/rooms/v/participants/silent/mute")
        .json(&json!({"muted": true}))
        .send()
        .await
        .unwrap();
    assert_error(response, 404, "NOT_FOUND").await;
    let response = target
        .raw(reqwest::Method::POST, "/rooms/nowhere/send-data")
        .json(&json!({"data": "x"}))
        .send()
        .await
        .unwrap();
    assert_error(response, 404, "NOT_FOUND").await;
}

/// The first track of `user1` in room `call`, as the participants endpoint shows it.
async fn first_track(client: &voxai_sdk::Client) -> voxai_sdk::types::rooms::TrackInfo {
    let participants = client
        .rooms()
        .participants("call")
        .await
        .unwrap()
        .participants;
    let user1 = participants
        .into_iter()
        .find(|p| p.identity == "user1")
        .unwrap();
    user1.tracks.unwrap()[0].clone()
}
