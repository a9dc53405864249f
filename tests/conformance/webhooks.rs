use std::time::Duration;

use serde_json::{Value, json};
use voxai_mock::MockServer;
use voxai_sdk::types::webhooks::{TestWebhookRequest, WebhookEventType};

use crate::receiver::Receiver;
use crate::target::{Target, assert_error};

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn test_events_reach_every_endpoint_signed() {
    let mut receiver = Receiver::start(vec![]).await;
    let target = Target::mock_with(
        MockServer::builder()
            .webhook_url(&receiver.url)
            .webhook_secret("s3cret"),
    )
    .await;
    let request = TestWebhookRequest {
        event_type: None,
        payload: json!({"hello": "world"}).as_object().cloned(),
    };
    let sent = target.client().webhooks().test(request).await.unwrap();
    assert!(sent.success);
    if target.echoes() {
        assert_eq!(sent.endpoints, Some(1));
    }
    let got = receiver.next().await;
    let envelope: Value = serde_json::from_slice(&got.body).unwrap();
    assert_eq!(envelope["event_type"], "test");
    assert_eq!(envelope["project_id"], 1);
    assert_eq!(envelope["data"], json!({"hello": "world"}));
    assert!(envelope["timestamp"].as_str().unwrap().ends_with('Z'));
    assert_eq!(got.headers["x-webhook-event"], "test");
    if target.echoes() {
        assert_eq!(Some(&got.headers["x-webhook-id"]), sent.event_id.as_ref());
    }
    assert_eq!(
        got.headers["x-webhook-signature"],
        voxai_mock::sign_webhook(b"s3cret", &got.body)
    );
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn test_events_of_any_type() {
    let mut receiver = Receiver::start(vec![]).await;
    let target = Target::mock_with(MockServer::builder().webhook_url(&receiver.url)).await;
    let request = TestWebhookRequest {
        event_type: Some(WebhookEventType::SessionStarted),
        payload: None,
    };
    target.client().webhooks().test(request).await.unwrap();
    let got = receiver.next().await;
    assert_eq!(got.headers["x-webhook-event"], "session.started");
    let envelope: Value = serde_json::from_slice(&got.body).unwrap();
    assert_eq!(envelope["data"], json!({}));
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn failed_deliveries_are_retried_and_logged() {
    let mut receiver = Receiver::start(vec![500, 503]).await;
    let builder = MockServer::builder()
        .webhook_url(&receiver.url)
        .webhook_retries(Duration::from_millis(10), 5);
    let target = Target::mock_with(builder).await;
    let sent = target
        .client()
        .webhooks()
        .test(TestWebhookRequest::default())
        .await
        .unwrap();
    let received = [
        receiver.next().await,
        receiver.next().await,
        receiver.next().await,
    ];
    let first = &received[0];
    let attempts: Vec<u16> = received
        .iter()
        .map(|r| {
            assert_eq!(
                r.headers["x-webhook-id"], first.headers["x-webhook-id"],
                "the id stays across retries"
            );
            if let Some(id) = &sent.event_id {
                assert_eq!(&r.headers["x-webhook-id"], id);
            }
            r.status_sent
        })
        .collect();
    assert_eq!(attempts, [500, 503, 200]);
    let deliveries = target.control().deliveries(Some(3)).await.unwrap();
    let summary: Vec<_> = deliveries
        .iter()
        .map(|d| (d.attempt, d.status.unwrap_or_default(), d.delivered))
        .collect();
    assert_eq!(summary, [(1, 500, false), (2, 503, false), (3, 200, true)]);
}

#[tokio::test]
async fn unknown_event_types_are_refused() {
    let target = Target::start().await;
    let response = target
        .raw(reqwest::Method::POST, "/webhooks/test")
        .json(&json!({"event_type": "room.exploded"}))
        .send()
        .await
        .unwrap();
    let error = assert_error(response, 400, "INVALID_REQUEST").await;
    assert_eq!(error["details"]["field"], "event_type");
}

#[tokio::test]
async fn a_test_event_is_accepted_with_or_without_a_payload() {
    let target = Target::start().await;
    let webhooks = target.client().webhooks();
    webhooks.test(TestWebhookRequest::default()).await.unwrap();
    let mut payload = serde_json::Map::new();
    payload.insert("run".into(), json!(crate::target::run_id()));
    let sent = webhooks
        .test(TestWebhookRequest {
            event_type: Some(WebhookEventType::Test),
            payload: Some(payload),
        })
        .await
        .unwrap();
    if target.echoes() {
        assert!(sent.event_id.is_some_and(|id| !id.is_empty()));
    }
}
