//! Room names in either form: the SDK sends what each endpoint takes, learning the
//! project's prefix from the API when nobody told it.

use serde_json::json;
use voxai_sdk::types::call_control::SendDataRequest;
use voxai_sdk::types::sessions::CreateSessionRequest;
use voxai_sdk::{Client, RetryPolicy};
use wiremock::matchers::body_partial_json;
use wiremock::{MockServer, ResponseTemplate};

use crate::common::{KEY, api, ok};

fn not_found(what: &str) -> ResponseTemplate {
    crate::common::json(
        404,
        json!({"error": format!("{what} not found"), "code": "NOT_FOUND"}),
    )
}

async fn rooms_listed(server: &MockServer) {
    api("GET", "/rooms")
        .respond_with(ok(
            json!({"rooms": [{"name": "other", "fullName": "proj_other"}]}),
        ))
        .mount(server)
        .await;
}

/// A client told the prefix `proj_`.
fn told_prefix(server: &MockServer) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(format!("{}/api/v1", server.uri()))
        .room_prefix("proj_")
        .build()
        .unwrap()
}

async fn requests(server: &MockServer) -> Vec<String> {
    server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|r| format!("{} {}", r.method, r.url.path()))
        .collect()
}

#[tokio::test]
async fn a_full_name_where_the_short_one_belongs_is_learned_and_resent() {
    let server = MockServer::start().await;
    let client = crate::common::client_for(&server, RetryPolicy::none());
    api("GET", "/rooms/proj_standup")
        .respond_with(not_found("Room"))
        .mount(&server)
        .await;
    api("GET", "/rooms/standup")
        .respond_with(ok(
            json!({"room": {"name": "standup", "fullName": "proj_standup"}, "participants": []}),
        ))
        .mount(&server)
        .await;
    rooms_listed(&server).await;
    let room = client.rooms().get("proj_standup").await.unwrap();
    assert_eq!(room.room.full_name, "proj_standup");
    assert_eq!(
        requests(&server).await,
        [
            "GET /api/v1/rooms/proj_standup",
            "GET /api/v1/rooms",
            "GET /api/v1/rooms/standup"
        ]
    );
    assert_eq!(client.room_prefix().as_deref(), Some("proj_"));
    // Known now: the next call sends the short name at once.
    api("POST", "/rooms/standup/send-data")
        .respond_with(ok(json!({"success": true})))
        .mount(&server)
        .await;
    client
        .call_control()
        .send_data("proj_standup", SendDataRequest::new("hi"))
        .await
        .unwrap();
    assert_eq!(
        requests(&server).await.last().unwrap(),
        "POST /api/v1/rooms/standup/send-data"
    );
}

#[tokio::test]
async fn a_short_name_where_the_full_one_belongs_is_completed() {
    let server = MockServer::start().await;
    let client = crate::common::client_for(&server, RetryPolicy::none());
    api("POST", "/sessions")
        .and(body_partial_json(json!({"room_name": "support"})))
        .respond_with(crate::common::json(
            400,
            json!({"error": "room_name: must be the full room name", "code": "INVALID_REQUEST"}),
        ))
        .mount(&server)
        .await;
    api("POST", "/sessions")
        .and(body_partial_json(
            json!({"room_name": "proj_support", "agent_config_id": 1}),
        ))
        .respond_with(ok(
            json!({"success": true, "session": {"id": 9, "room_name": "proj_support"}}),
        ))
        .mount(&server)
        .await;
    rooms_listed(&server).await;
    let created = client
        .sessions()
        .create(CreateSessionRequest::new("support").agent(1))
        .await
        .unwrap();
    assert_eq!(created.session.id, 9);
    assert_eq!(requests(&server).await.len(), 3);
}

#[tokio::test]
async fn a_told_prefix_costs_no_request() {
    let server = MockServer::start().await;
    let client = told_prefix(&server);
    api("POST", "/sessions/proj_support/end")
        .respond_with(ok(json!({"success": true})))
        .mount(&server)
        .await;
    client
        .sessions()
        .end("support", Default::default())
        .await
        .unwrap();
    assert_eq!(
        requests(&server).await,
        ["POST /api/v1/sessions/proj_support/end"]
    );
}

#[tokio::test]
async fn typed_names_from_a_response_go_where_either_form_belongs() {
    let server = MockServer::start().await;
    let client = told_prefix(&server);
    api("GET", "/rooms/support")
        .respond_with(ok(
            json!({"room": {"name": "support", "fullName": "proj_support"}}),
        ))
        .mount(&server)
        .await;
    api("POST", "/sessions/proj_support/end")
        .respond_with(ok(json!({"success": true})))
        .mount(&server)
        .await;
    let room = client.rooms().get("support").await.unwrap().room;
    // The short name where the full one belongs, and the full one where the short one
    // does: the SDK sends each endpoint its form.
    client
        .sessions()
        .end(&room.name, Default::default())
        .await
        .unwrap();
    client.rooms().get(&room.full_name).await.unwrap();
    assert_eq!(
        requests(&server).await,
        [
            "GET /api/v1/rooms/support",
            "POST /api/v1/sessions/proj_support/end",
            "GET /api/v1/rooms/support",
        ]
    );
}

#[tokio::test]
async fn a_room_that_does_not_exist_says_which_form_was_sent() {
    let server = MockServer::start().await;
    let client = crate::common::client_for(&server, RetryPolicy::none());
    api("GET", "/rooms")
        .respond_with(ok(json!({"rooms": []})))
        .mount(&server)
        .await;
    api("GET", "/rooms/nosuch")
        .respond_with(not_found("Room"))
        .mount(&server)
        .await;
    let err = client.rooms().get("nosuch").await.unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("takes the room name without the project prefix; sent \"nosuch\""),
        "{text}"
    );
    assert_eq!(err.status(), Some(404));
    // The prefix was looked for once; the missing room was not asked for again.
    assert_eq!(
        requests(&server).await,
        ["GET /api/v1/rooms/nosuch", "GET /api/v1/rooms"]
    );
}

#[tokio::test]
async fn a_refusal_not_about_the_room_gets_no_room_hint() {
    let server = MockServer::start().await;
    let client = Client::builder()
        .api_key(KEY)
        .base_url(format!("{}/api/v1", server.uri()))
        .room_prefix("proj_")
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    api("POST", "/rooms/support/send-data")
        .respond_with(crate::common::json(
            400,
            json!({"error": "data: must not be empty", "code": "INVALID_REQUEST"}),
        ))
        .mount(&server)
        .await;
    let err = client
        .call_control()
        .send_data("support", SendDataRequest::new(""))
        .await
        .unwrap_err();
    assert_eq!(err.api().unwrap().hint, None, "{err}");
}

#[tokio::test]
async fn body_borne_short_names_learn_the_prefix_before_sending() {
    // `POST /token` and a dial's `room_name` take any name without complaint, so a
    // full name sent as is would name another room: the prefix is learned first.
    let server = MockServer::start().await;
    let client = crate::common::client_for(&server, RetryPolicy::none());
    rooms_listed(&server).await;
    api("POST", "/token")
        .and(body_partial_json(json!({"room": "desk"})))
        .respond_with(ok(json!({"token": "t", "room": "proj_desk"})))
        .mount(&server)
        .await;
    api("POST", "/sip/dial")
        .and(body_partial_json(json!({"room_name": "line"})))
        .respond_with(ok(
            json!({"success": true, "token": "t", "call": {"room_name": "line", "full_room_name": "proj_line"}}),
        ))
        .mount(&server)
        .await;
    let token = client
        .token(voxai_sdk::types::tokens::TokenRequest::new(
            "u",
            "proj_desk",
        ))
        .await
        .unwrap();
    assert_eq!(token.token, "t");
    client
        .sip()
        .dial(voxai_sdk::types::sip::DialRequest::new("+17751234567").room_name("proj_line"))
        .await
        .unwrap();
    assert_eq!(
        requests(&server).await,
        [
            "GET /api/v1/rooms",
            "POST /api/v1/token",
            "POST /api/v1/sip/dial"
        ]
    );
    // Told the prefix, nothing is asked.
    let told = told_prefix(&server);
    told.token(voxai_sdk::types::tokens::TokenRequest::new("u", "desk"))
        .await
        .unwrap();
    assert_eq!(requests(&server).await.len(), 4);
}
