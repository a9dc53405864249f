use serde_json::json;
use voxai_sdk::Error;
use voxai_sdk::types::call_control::{MuteRequest, SendDataRequest, UpdateParticipantRequest};
use wiremock::matchers::body_json;

use crate::common::{api, ok, setup};

#[tokio::test]
async fn broadcast_and_whisper() {
    let (server, client) = setup().await;
    api("POST", "/rooms/my-room/send-data")
        .and(body_json(
            json!({"data": "Hello everyone", "topic": "chat"}),
        ))
        .respond_with(ok(json!({"success": true})))
        .expect(1)
        .mount(&server)
        .await;
    api("POST", "/rooms/my-room/send-data")
        .and(body_json(
            json!({"data": {"hint": "offer discount"}, "destination_identities": ["agent-1"]}),
        ))
        .respond_with(ok(json!({"success": true})))
        .expect(1)
        .mount(&server)
        .await;
    let cc = client.call_control();
    assert!(
        cc.send_data(
            "my-room",
            SendDataRequest::new("Hello everyone").topic("chat")
        )
        .await
        .unwrap()
        .success
    );
    let mut object = serde_json::Map::new();
    object.insert("hint".into(), json!("offer discount"));
    assert!(
        cc.send_data("my-room", SendDataRequest::new(object).to(["agent-1"]))
            .await
            .unwrap()
            .success
    );
}

#[tokio::test]
async fn update_participant_nests_camel_case_permissions() {
    let (server, client) = setup().await;
    api("POST", "/rooms/my-room/participants/user1")
        .and(body_json(
            json!({"permission": {"canPublish": false}, "name": "Caller"}),
        ))
        .respond_with(ok(json!({"success": true, "participant": {
            "identity": "user1", "name": "Caller", "joinedAt": 1711900010,
            "permission": {"canPublish": false, "canSubscribe": true}}})))
        .expect(1)
        .mount(&server)
        .await;
    let update = UpdateParticipantRequest::new()
        .can_publish(false)
        .name("Caller");
    let p = client
        .call_control()
        .update_participant("my-room", "user1", update)
        .await
        .unwrap()
        .participant;
    assert_eq!(p.as_ref().unwrap().name.as_deref(), Some("Caller"));
    assert_eq!(
        p.as_ref().unwrap().permission.unwrap().can_subscribe,
        Some(true)
    );
}

#[tokio::test]
async fn empty_update_is_refused() {
    let (server, client) = setup().await;
    let err = client
        .call_control()
        .update_participant("my-room", "user1", UpdateParticipantRequest::new())
        .await
        .unwrap_err();
    assert!(matches!(
        err,
        Error::Validation {
            field: "request",
            ..
        }
    ));
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn mute_and_unmute() {
    let (server, client) = setup().await;
    api("POST", "/rooms/my-room/participants/user1/mute")
        .and(body_json(json!({"muted": true})))
        .respond_with(ok(
            json!({"success": true, "track_sid": "TR_abc", "muted": true}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    api("POST", "/rooms/my-room/participants/user1/mute")
        .and(body_json(json!({"muted": false, "track_sid": "TR_abc"})))
        .respond_with(ok(
            json!({"success": true, "track_sid": "TR_abc", "muted": false}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let muted = client
        .call_control()
        .mute("my-room", "user1", MuteRequest::mute())
        .await
        .unwrap();
    assert_eq!(
        (muted.track_sid.as_deref(), muted.muted),
        (Some("TR_abc"), Some(true))
    );
    let unmuted = client
        .call_control()
        .mute("my-room", "user1", MuteRequest::unmute().track("TR_abc"))
        .await
        .unwrap();
    assert!((unmuted.muted == Some(false)));
}
