use serde_json::json;
use voxai_sdk::Error;
use voxai_sdk::types::tokens::TokenRequest;
use wiremock::matchers::{body_json, header};

use crate::common::{api, fixture, ok, setup};

#[tokio::test]
async fn token_sends_identity_room_agents_and_grants() {
    let (server, client) = setup().await;
    api("POST", "/token")
        .and(header("content-type", "application/json"))
        .and(body_json(json!({
            "identity": "user1",
            "room": "my-room",
            "agent_config_ids": [1, 2],
            "grants": {"canPublish": false}
        })))
        .respond_with(ok(fixture("token.json")))
        .expect(1)
        .mount(&server)
        .await;
    let request = TokenRequest::new("user1", "my-room")
        .agents([1, 2])
        .grant("canPublish", false);
    let token = client.token(request).await.unwrap();
    assert_eq!(token.token, "eyJhbGciOi...");
    assert_eq!(token.room, Some("proj_my-room".into()));
    assert_eq!(token.ws_url.as_deref(), Some("wss://livekit.ai0.dev"));
    assert_eq!(token.agents_dispatched, vec![1]);
}

#[tokio::test]
async fn token_without_agent() {
    let (server, client) = setup().await;
    api("POST", "/token")
        .and(body_json(
            json!({"identity": "u", "room": "r", "no_agent": true}),
        ))
        .respond_with(ok(
            json!({"token": "t", "room": "proj_r", "wsUrl": "wss://x", "agents_dispatched": []}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let token = client
        .token(TokenRequest::new("u", "r").no_agent())
        .await
        .unwrap();
    assert!(token.agents_dispatched.is_empty());
}

#[tokio::test]
async fn token_refuses_an_empty_identity_without_sending() {
    let (server, client) = setup().await;
    let err = client.token(TokenRequest::new(" ", "r")).await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::Validation {
                field: "identity",
                ..
            }
        ),
        "{err:?}"
    );
    assert!(server.received_requests().await.unwrap().is_empty());
}
