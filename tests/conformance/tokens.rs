use livekit_api::access_token::TokenVerifier;
use serde_json::json;
use voxai_sdk::types::ErrorCode;
use voxai_sdk::types::tokens::TokenRequest;

use crate::target::{Target, assert_api_error, assert_fields_refused};

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn tokens_are_livekit_tokens_with_the_requested_grants() {
    let target = Target::mock().await;
    let token = target
        .client()
        .token(
            TokenRequest::new("alice", "standup")
                .no_agent()
                .grant("canPublish", false)
                .grant("canPublishData", false),
        )
        .await
        .unwrap();
    assert_eq!(token.room, Some("proj_standup".into()));
    assert_eq!(token.ws_url.as_deref(), Some("wss://livekit.ai0.dev"));
    let livekit = &target.server().fixtures().livekit;
    let claims = TokenVerifier::with_api_key(&livekit.api_key, &livekit.api_secret)
        .verify(&token.token)
        .expect("LiveKit's own verifier accepts the token");
    assert_eq!(claims.sub, "alice");
    assert_eq!(claims.iss, "devkey");
    assert!(claims.video.room_join);
    assert_eq!(claims.video.room, "proj_standup");
    assert_eq!(claims.video.can_publish, Some(false));
    assert_eq!(claims.video.can_publish_data, Some(false));
    assert!(!claims.video.hidden && !claims.video.room_list && !claims.video.room_record);
    assert!(claims.exp > claims.nbf);
    assert!(
        TokenVerifier::with_api_key("devkey", "wrong-secret")
            .verify(&token.token)
            .is_err()
    );
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn dispatched_agents_join_the_room() {
    let target = Target::mock().await;
    let client = target.client();
    let token = client
        .token(TokenRequest::new("bob", "support").agents([1, 2]))
        .await
        .unwrap();
    assert_eq!(token.agents_dispatched, vec![1, 2]);
    let participants = client
        .rooms()
        .participants("support")
        .await
        .unwrap()
        .participants;
    let names: Vec<_> = participants
        .iter()
        .map(|p| (p.identity.as_str(), p.name.as_ref().unwrap().as_str()))
        .collect();
    assert_eq!(
        names,
        [("agent-1", "Support Agent"), ("agent-2", "Sales Agent")]
    );
    // The default agent is the first active one.
    let default = client
        .token(TokenRequest::new("carol", "other"))
        .await
        .unwrap();
    assert_eq!(default.agents_dispatched, vec![1]);
    // No agent: nobody joins, no room is opened.
    client
        .token(TokenRequest::new("dave", "empty").no_agent())
        .await
        .unwrap();
    assert_eq!(
        client.rooms().get("empty").await.unwrap_err().status(),
        Some(404)
    );
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn unknown_or_inactive_agents_are_refused() {
    let target = Target::mock().await;
    let client = target.client();
    let err = client
        .token(TokenRequest::new("u", "r").agent(999))
        .await
        .unwrap_err();
    assert_api_error(&err, 400, ErrorCode::InvalidRequest);
    assert_eq!(
        err.api().unwrap().details.as_ref().unwrap()["field"],
        "agent_config_id"
    );
    let err = client
        .token(TokenRequest::new("u", "r").agents([1, 3]))
        .await
        .unwrap_err();
    assert!(err.api().unwrap().message.contains("not active"));
    // Agent 10 belongs to the free project.
    let err = client
        .token(TokenRequest::new("u", "r").agent(10))
        .await
        .unwrap_err();
    assert_api_error(&err, 400, ErrorCode::InvalidRequest);
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn grants_beyond_the_participant_s_own_room_are_refused() {
    let target = Target::mock().await;
    for grant in [
        "roomList",
        "roomCreate",
        "roomRecord",
        "roomAdmin",
        "ingressAdmin",
        "recorder",
        "hidden",
    ] {
        let err = target
            .client()
            .token(
                TokenRequest::new("mallory", "standup")
                    .no_agent()
                    .grant(grant, true),
            )
            .await
            .unwrap_err();
        assert_api_error(&err, 403, ErrorCode::Forbidden);
        let field = err.api().unwrap().details.as_ref().unwrap()["field"].clone();
        assert_eq!(field, format!("grants.{grant}"));
    }
    // A room of the caller's own choosing is the request's `room`, not a grant.
    let err = target
        .client()
        .token(TokenRequest::new("mallory", "standup").grant("room", "ent_board"))
        .await
        .unwrap_err();
    assert_api_error(&err, 403, ErrorCode::Forbidden);
}

#[tokio::test]
async fn missing_fields_and_bad_grants_are_named() {
    let target = Target::start().await;
    assert_fields_refused(
        &target,
        "/token",
        &[
            (json!({"room": "r"}), "identity"),
            (json!({"identity": "u"}), "room"),
            (json!({"identity": 5, "room": "r"}), "identity"),
            (
                json!({"identity": "u", "room": "r", "grants": {"canPublish": "yes"}}),
                "grants.canPublish",
            ),
            (
                json!({"identity": "u", "room": "r", "grants": {"flyToTheMoon": true}}),
                "grants.flyToTheMoon",
            ),
            (json!({"identity": "u", "room": "bad name!"}), "room"),
        ],
    )
    .await;
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn the_sessions_quota_stops_tokens() {
    let target = Target::with_fixtures(|f| {
        f.projects[0].quota_limits.insert("sessions".into(), 1);
    })
    .await;
    let client = target.client();
    client
        .token(TokenRequest::new("u", "r").no_agent())
        .await
        .unwrap();
    let err = client
        .token(TokenRequest::new("u", "r").no_agent())
        .await
        .unwrap_err();
    assert_api_error(&err, 429, ErrorCode::QuotaExceeded);
    let details = err
        .api()
        .unwrap()
        .body
        .as_ref()
        .unwrap()
        .quota_details()
        .unwrap();
    assert_eq!(
        (details.resource.as_str(), details.limit, details.used),
        ("sessions", 1, 1)
    );
    assert!(details.upgrade_url.starts_with("https://"));
}

/// The claims of a JWT, read without checking the signature (a deployment's LiveKit
/// secret is not ours to know).
fn unverified_claims(token: &str) -> serde_json::Value {
    use base64::Engine;
    let payload = token.split('.').nth(1).expect("a JWT has three parts");
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .expect("the payload is base64url");
    serde_json::from_slice(&bytes).expect("the payload is JSON")
}

#[tokio::test]
async fn a_token_without_agents_joins_the_full_room() {
    let target = Target::start().await;
    let room = target.create_room("token").await.room;
    let token = target
        .client()
        .token(
            TokenRequest::new("alice", room.name.as_str())
                .no_agent()
                .grant("canPublish", false),
        )
        .await
        .unwrap();
    if let Some(named) = &token.room {
        assert_eq!(named, &room.full_name);
    }
    assert!(
        token.agents_dispatched.is_empty(),
        "{:?}",
        token.agents_dispatched
    );
    let claims = unverified_claims(&token.token);
    assert_eq!(claims["sub"], "alice");
    assert_eq!(claims["video"]["roomJoin"], true);
    assert_eq!(claims["video"]["room"], room.full_name.as_str());
    assert_eq!(claims["video"]["canPublish"], false);
    assert!(claims["exp"].as_u64() > claims["nbf"].as_u64());
}

#[tokio::test]
async fn a_token_names_its_room_by_either_name() {
    let target = Target::start().await;
    let room = target.create_room("either").await.room;
    for name in [room.full_name.as_str(), room.name.as_str()] {
        // A client that has not seen the prefix yet, as a new process would be.
        let token = target
            .client()
            .token(TokenRequest::new("carol", name).no_agent())
            .await
            .unwrap();
        if let Some(named) = &token.room {
            assert_eq!(named, &room.full_name, "asked for {name}");
        }
        let claims = unverified_claims(&token.token);
        assert_eq!(claims["video"]["room"], room.full_name.as_str(), "{name}");
    }
}

#[tokio::test]
#[cfg_attr(
    all(deployment, not(billable)),
    ignore = "dispatches an agent: set VOXAI_CONFORMANCE_BILLABLE=1 to run it against a deployment"
)]
async fn a_token_with_an_agent_dispatches_it() {
    let target = Target::start().await;
    let client = target.client();
    let Some(agent) = client
        .agents()
        .list()
        .await
        .unwrap()
        .agents
        .into_iter()
        .find(|a| a.is_active != Some(false))
    else {
        panic!("the project has no active agent to dispatch");
    };
    let room = target.create_room("dispatch").await.room;
    let token = client
        .token(TokenRequest::new("bob", room.name.as_str()).agent(agent.id))
        .await
        .unwrap();
    assert_eq!(token.agents_dispatched, [agent.id]);
    assert_eq!(
        unverified_claims(&token.token)["video"]["room"],
        room.full_name.as_str()
    );
}
