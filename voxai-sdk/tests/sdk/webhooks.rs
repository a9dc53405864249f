use serde_json::json;
use voxai_sdk::types::webhooks::{TestWebhookRequest, WebhookEventType};
use wiremock::matchers::body_json;

use crate::common::{api, ok, setup};

#[tokio::test]
async fn fire_a_test_event() {
    let (server, client) = setup().await;
    api("POST", "/webhooks/test")
        .and(body_json(
            json!({"event_type": "test", "payload": {"hello": "world"}}),
        ))
        .respond_with(ok(
            json!({"success": true, "event_id": "evt_1", "endpoints": 2}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let request = TestWebhookRequest {
        event_type: Some(WebhookEventType::Test),
        payload: json!({"hello": "world"}).as_object().cloned(),
    };
    let sent = client.webhooks().test(request).await.unwrap();
    assert_eq!(
        (sent.event_id.as_deref(), sent.endpoints),
        (Some("evt_1"), Some(2))
    );
}
