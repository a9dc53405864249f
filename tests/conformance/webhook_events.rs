//! Every webhook event type, caused through the API or the control plane, reaches a
//! local receiver signed, and verifies with the SDK.

use std::collections::BTreeSet;
use std::time::Duration;

use axum::Router;
use std::sync::Arc;

use axum::extract::State;
use axum::routing::post;
use tokio::sync::mpsc;
use voxai_mock::MockServer;
use voxai_mock::control_plane::{Join, Track};
use voxai_sdk::types::knowledge::IngestRequest;
use voxai_sdk::types::rooms::TrackType;
use voxai_sdk::types::sessions::{CreateSessionRequest, EndSessionRequest};
use voxai_sdk::types::webhooks::{TestWebhookRequest, WebhookData, WebhookEventType};
use voxai_sdk::webhooks::axum::{VerifiedWebhook, WebhookVerifierState};
use voxai_sdk::webhooks::{WebhookError, WebhookVerifier};

use crate::receiver::Receiver;
use crate::target::Target;

const SECRET: &str = "whsec_conformance";

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn every_event_type_is_delivered_signed_and_typed() {
    let mut receiver = Receiver::start(vec![]).await;
    let builder = MockServer::builder()
        .webhook_url(&receiver.url)
        .webhook_secret(SECRET);
    let target = Target::mock_with(builder).await;
    let client = target.client();

    client.rooms().create("hooks").await.unwrap();
    target
        .control()
        .join(
            "proj_hooks",
            &Join::new("u1").track(Track::new(TrackType::Audio)),
        )
        .await
        .unwrap();
    client
        .sessions()
        .create(CreateSessionRequest::new("proj_hooks"))
        .await
        .unwrap();
    client
        .sessions()
        .end("proj_hooks", EndSessionRequest::default())
        .await
        .unwrap();
    client.recordings().start("hooks").await.unwrap();
    client.recordings().stop("hooks", None).await.unwrap();
    client.rooms().kick("hooks", "u1").await.unwrap();
    client.rooms().delete("hooks").await.unwrap();
    client.sip().dial("+17751234567").await.unwrap();
    target
        .control()
        .inbound_call("+15550001111", "+18001234567")
        .await
        .unwrap();
    let kb = target.create_kb("Hooks").await.id;
    client
        .knowledge_bases()
        .ingest(kb, IngestRequest::new("Webhooks are signed."))
        .await
        .unwrap();
    client.knowledge_bases().reindex(kb).await.unwrap();
    client
        .webhooks()
        .test(TestWebhookRequest::default())
        .await
        .unwrap();

    let verifier = WebhookVerifier::new(SECRET).tolerance(Duration::from_secs(60));
    let mut seen = BTreeSet::new();
    let mut ids = BTreeSet::new();
    while seen.len() < WebhookEventType::KNOWN.len() {
        let delivery = receiver.next().await;
        let event = verifier
            .verify(
                &delivery.body,
                delivery
                    .headers
                    .get("x-webhook-signature")
                    .map(String::as_str),
            )
            .expect("every delivery verifies");
        assert!(
            !matches!(event.data, WebhookData::Unknown { .. }),
            "untyped: {event:?}"
        );
        assert_eq!(
            delivery.headers["x-webhook-event"],
            event.event_type().as_str()
        );
        assert_eq!(event.project_id, Some(voxai_sdk::types::ids::ProjectId(1)));
        assert!(
            ids.insert(delivery.headers["x-webhook-id"].clone()),
            "webhook ids are unique per event"
        );
        if let WebhookData::SessionStarted(data) = &event.data {
            assert!(data.room_name.as_str().starts_with("proj_"));
        }
        if let WebhookData::TrackPublished(data) = &event.data {
            // Deliveries run concurrently: the participant's, the agents' or the caller's.
            assert!(
                ["u1", "agent-", "sip_"]
                    .iter()
                    .any(|p| data.identity.starts_with(p)),
                "{data:?}"
            );
        }
        seen.insert(event.event_type().to_string());
    }
    let expected: BTreeSet<String> = WebhookEventType::KNOWN
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(seen, expected);
}

/// An axum receiver built on the SDK's extractor: what it accepted, by event type.
#[derive(Clone)]
/// An application's state, behind an `Arc` as axum applications keep it.
struct ReceiverState {
    verifier: WebhookVerifier,
    accepted: mpsc::UnboundedSender<String>,
}

impl WebhookVerifierState for ReceiverState {
    fn webhook_verifier(&self) -> &WebhookVerifier {
        &self.verifier
    }
}

async fn axum_receiver(secret: &str) -> (String, mpsc::UnboundedReceiver<String>) {
    async fn receive(
        State(state): State<Arc<ReceiverState>>,
        hook: VerifiedWebhook,
    ) -> &'static str {
        let _ = state.accepted.send(hook.event.event_type().to_string());
        "ok"
    }
    let (accepted, rx) = mpsc::unbounded_channel();
    let state = Arc::new(ReceiverState {
        verifier: WebhookVerifier::new(secret),
        accepted,
    });
    let app = Router::new()
        .route("/hooks", post(receive))
        .with_state(state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hooks", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, rx)
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn the_axum_extractor_accepts_good_deliveries_and_refuses_the_rest() {
    let (good_url, mut accepted) = axum_receiver(SECRET).await;
    let builder = MockServer::builder()
        .webhook_url(&good_url)
        .webhook_secret(SECRET)
        .webhook_retries(Duration::from_millis(5), 2);
    let target = Target::mock_with(builder).await;
    target
        .client()
        .webhooks()
        .test(TestWebhookRequest::default())
        .await
        .unwrap();
    assert_eq!(
        tokio::time::timeout(Duration::from_secs(10), accepted.recv())
            .await
            .unwrap()
            .unwrap(),
        "test"
    );

    // Signed with another secret: refused with 401, which is not retried.
    let (wrong_url, _) = axum_receiver("a different secret").await;
    let builder = MockServer::builder()
        .webhook_url(&wrong_url)
        .webhook_secret(SECRET)
        .webhook_retries(Duration::from_millis(5), 2);
    let target = Target::mock_with(builder).await;
    target
        .client()
        .webhooks()
        .test(TestWebhookRequest::default())
        .await
        .unwrap();
    let log = target.control().deliveries(Some(1)).await.unwrap();
    let statuses: Vec<_> = log.iter().map(|d| d.status).collect();
    assert_eq!(statuses, [Some(401)]);

    // Tampered, unsigned and malformed requests straight to the receiver.
    let http = reqwest::Client::new();
    let body =
        br#"{"event_type":"test","project_id":1,"timestamp":"2026-03-31T10:00:00.000Z","data":{}}"#;
    let signature = voxai_sdk::webhooks::sign(SECRET, body);
    let mut tampered = body.to_vec();
    tampered[60] = b'9';
    for (payload, signature, status) in [
        (tampered, Some(signature.clone()), 401),
        (body.to_vec(), None, 401),
        (body.to_vec(), Some("zz".to_owned()), 401),
        (
            b"{}".to_vec(),
            Some(voxai_sdk::webhooks::sign(SECRET, b"{}")),
            400,
        ),
    ] {
        let mut request = http.post(&good_url).body(payload);
        if let Some(signature) = signature {
            request = request.header("X-Webhook-Signature", signature);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status().as_u16(), status);
    }
}

#[test]
fn stale_deliveries_are_refused() {
    let body =
        br#"{"event_type":"test","project_id":1,"timestamp":"2020-01-01T00:00:00.000Z","data":{}}"#;
    let signature = voxai_sdk::webhooks::sign(SECRET, body);
    // Refused by default: five minutes is the tolerance unless told otherwise.
    let verifier = WebhookVerifier::new(SECRET);
    let err = verifier.verify(body, Some(&signature)).unwrap_err();
    assert!(
        matches!(
            err,
            WebhookError::Stale {
                tolerance_seconds: 300,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(
        verifier.any_age().verify(body, Some(&signature)).is_ok(),
        "any_age: a saved body checked offline"
    );
}
