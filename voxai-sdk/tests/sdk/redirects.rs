//! Redirects: followed within the origin, refused to any other so the key stays home.

use serde_json::json;
use voxai_sdk::Error;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::{api, fixture, json as respond, setup};

#[tokio::test]
async fn a_redirect_to_another_origin_is_refused_and_the_key_stays_home() {
    let (server, client) = setup().await;
    let elsewhere = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"rooms": []})))
        .mount(&elsewhere)
        .await;
    api("GET", "/rooms")
        .respond_with(
            ResponseTemplate::new(302)
                .insert_header("location", format!("{}/api/v1/rooms", elsewhere.uri())),
        )
        .mount(&server)
        .await;
    let err = client.rooms().list().await.unwrap_err();
    match &err {
        Error::Redirect { to } => assert_eq!(to, &elsewhere.uri()),
        other => panic!("{other:?}"),
    }
    assert!(!err.is_retryable());
    assert!(!err.to_string().contains("pk_"), "{err}");
    let leaked = elsewhere.received_requests().await.unwrap();
    assert!(leaked.is_empty(), "the other origin was asked: {leaked:?}");
}

#[tokio::test]
async fn a_redirect_within_the_origin_is_followed() {
    let (server, client) = setup().await;
    api("GET", "/rooms")
        .respond_with(ResponseTemplate::new(307).insert_header("location", "/api/v1/rooms/"))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v1/rooms/"))
        .respond_with(respond(200, fixture("rooms_list.json")))
        .mount(&server)
        .await;
    let rooms = client.rooms().list().await.unwrap().rooms;
    assert_eq!(rooms[0].full_name, "proj_my-room");
}

/// The monitor's handshake carries the key in its URL: a redirect is never followed.
#[tokio::test]
async fn a_redirected_monitor_handshake_is_not_followed() {
    let (server, client) = setup().await;
    let elsewhere = MockServer::start().await;
    Mock::given(path("/ws/monitor"))
        .respond_with(
            ResponseTemplate::new(302)
                .insert_header("location", format!("{}/ws/monitor", elsewhere.uri())),
        )
        .mount(&server)
        .await;
    let err = crate::common::monitor_failure(&client).await;
    assert!(!err.to_string().contains("pk_"), "{err}");
    let leaked = elsewhere.received_requests().await.unwrap();
    assert!(leaked.is_empty(), "the other origin was asked: {leaked:?}");
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}
