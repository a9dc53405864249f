//! The reference server's webhook delivery under load and failure: each endpoint gets
//! its events in the order they happened, none is lost without a log entry, permanent
//! refusals are not retried, a receiver's `Retry-After` is honoured.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};
use tokio::sync::Notify;
use voxai_mock::MockServer;
use voxai_mock::control_plane::{Join, Track};
use voxai_sdk::types::rooms::TrackType;
use voxai_sdk::types::sessions::{CreateSessionRequest, EndSessionRequest};
use voxai_sdk::types::webhooks::{TestWebhookRequest, WebhookEventType};

use crate::receiver::{Plan, Receiver};
use crate::target::Target;

/// The number in an `evt_N` id.
fn sequence(id: &str) -> u64 {
    id.trim_start_matches("evt_").parse().unwrap()
}

/// Sends `count` test events, one after the other.
async fn fire(target: &Target, count: usize) {
    for _ in 0..count {
        target
            .client()
            .webhooks()
            .test(TestWebhookRequest::default())
            .await
            .unwrap();
    }
}

/// Receives until `last` arrives; the event types and ids in arrival order.
async fn until(receiver: &mut Receiver, last: &str) -> Vec<(String, u64)> {
    let mut got = Vec::new();
    loop {
        let received = receiver.next().await;
        let event_type = received.headers["x-webhook-event"].clone();
        got.push((
            event_type.clone(),
            sequence(&received.headers["x-webhook-id"]),
        ));
        if event_type == last {
            return got;
        }
    }
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn deliveries_arrive_in_the_order_the_events_happened() {
    let mut receiver = Receiver::start(vec![]).await;
    let target = Target::mock_with(MockServer::builder().webhook_url(&receiver.url)).await;
    let client = target.client();
    client.rooms().create("order").await.unwrap();
    for identity in ["a", "b", "c", "d", "e"] {
        target
            .control()
            .join(
                "proj_order",
                &Join::new(identity)
                    .track(Track::new(TrackType::Audio))
                    .track(Track::new(TrackType::Video)),
            )
            .await
            .unwrap();
    }
    client
        .sessions()
        .create(CreateSessionRequest::new("proj_order"))
        .await
        .unwrap();
    client
        .sessions()
        .end("proj_order", EndSessionRequest::default())
        .await
        .unwrap();
    client.recordings().start("order").await.unwrap();
    client.rooms().delete("order").await.unwrap();

    let got = until(&mut receiver, "room.finished").await;
    let ids: Vec<u64> = got.iter().map(|(_, id)| *id).collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    assert_eq!(ids, sorted, "ids out of order: {got:?}");
    assert_eq!(got[0].0, "room.started", "{got:?}");
    assert_eq!(got[1].0, "participant.joined", "{got:?}");
    assert_eq!(got[2].0, "track.published", "{got:?}");
    // Whatever closing the room causes comes before the room's end.
    let types: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
    let finished = types.iter().position(|t| *t == "room.finished").unwrap();
    assert_eq!(finished, types.len() - 1, "{types:?}");
    assert!(types.contains(&"recording.stopped"), "{types:?}");
    assert!(
        types.iter().filter(|t| **t == "participant.left").count() == 5,
        "{types:?}"
    );
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn thousands_of_events_at_once_lose_none() {
    let mut receiver = Receiver::start(vec![]).await;
    let target = Target::mock_with(MockServer::builder().webhook_url(&receiver.url)).await;
    target.client().rooms().create("tracks").await.unwrap();
    let mut join = Join::new("many");
    for _ in 0..5_000 {
        join = join.track(Track::new(TrackType::Audio));
    }
    target.control().join("proj_tracks", &join).await.unwrap();
    let mut published = 0;
    let mut joined = 0;
    let mut last = 0;
    while published < 5_000 {
        let received = receiver.next().await;
        let id = sequence(&received.headers["x-webhook-id"]);
        assert!(id > last, "{id} after {last}");
        last = id;
        match received.headers["x-webhook-event"].as_str() {
            "participant.joined" => {
                assert_eq!(published, 0, "participant.joined after its tracks");
                joined += 1;
            }
            "track.published" => published += 1,
            _ => {}
        }
    }
    assert_eq!(joined, 1);
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn what_a_full_queue_cannot_hold_is_logged_not_dropped_silently() {
    let hold = Arc::new(Notify::new());
    let mut receiver = Receiver::with(Plan {
        hold_first: Some(hold.clone()),
        ..Plan::default()
    })
    .await;
    let builder = MockServer::builder()
        .webhook_url(&receiver.url)
        .webhook_queue(10);
    let target = Target::mock_with(builder).await;
    fire(&target, 15).await;
    // While the receiver holds the first, at most 11 fit (one in flight, ten queued):
    // the others are logged as they are turned away.
    let turned_away = target.control().deliveries(Some(4)).await.unwrap();
    assert!(turned_away.len() >= 4, "{turned_away:?}");
    for attempt in &turned_away {
        assert_eq!((attempt.attempt, attempt.delivered), (0, false));
        assert!(
            attempt
                .error
                .as_deref()
                .unwrap()
                .contains("queue already holds 10 undelivered events"),
            "{attempt:?}"
        );
    }
    hold.notify_one();
    let delivered = 15 - turned_away.len();
    for _ in 0..delivered {
        receiver.next().await;
    }
    let log = target.control().deliveries(Some(15)).await.unwrap();
    let ids: BTreeSet<&str> = log.iter().map(|a| a.event_id.as_str()).collect();
    assert_eq!(ids.len(), 15, "every event has its entry: {log:?}");
    assert_eq!(log.iter().filter(|a| a.delivered).count(), delivered);
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn permanent_refusals_are_not_retried() {
    let mut receiver = Receiver::start(vec![400, 401, 410]).await;
    let builder = MockServer::builder()
        .webhook_url(&receiver.url)
        .webhook_retries(Duration::from_millis(5), 5);
    let target = Target::mock_with(builder).await;
    fire(&target, 4).await;
    // In order, one attempt each: a retry of a refused one would come before the next.
    let statuses: Vec<u16> = [
        receiver.next().await,
        receiver.next().await,
        receiver.next().await,
        receiver.next().await,
    ]
    .iter()
    .map(|r| r.status_sent)
    .collect();
    assert_eq!(statuses, [400, 401, 410, 200]);
    let log = target.control().deliveries(Some(4)).await.unwrap();
    let attempts: Vec<(u32, Option<u16>)> = log.iter().map(|a| (a.attempt, a.status)).collect();
    assert_eq!(
        attempts,
        [
            (1, Some(400)),
            (1, Some(401)),
            (1, Some(410)),
            (1, Some(200))
        ]
    );
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn a_receivers_retry_after_is_waited_for() {
    let mut receiver = Receiver::with(Plan {
        statuses: vec![503],
        retry_after: Some(1),
        ..Plan::default()
    })
    .await;
    let builder = MockServer::builder()
        .webhook_url(&receiver.url)
        .webhook_retries(Duration::from_millis(5), 3);
    let target = Target::mock_with(builder).await;
    fire(&target, 1).await;
    assert_eq!(receiver.next().await.status_sent, 503);
    assert_eq!(receiver.next().await.status_sent, 200);
    let log = target.control().deliveries(Some(2)).await.unwrap();
    let at = |i: usize| {
        time::OffsetDateTime::parse(&log[i].time, &time::format_description::well_known::Rfc3339)
            .unwrap()
    };
    // A lower bound only: the server may take longer, never less.
    let waited = at(1) - at(0);
    assert!(
        waited >= time::Duration::milliseconds(1_000),
        "waited {waited} instead of the 1 s asked for"
    );
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn an_unreachable_receiver_is_logged_with_the_cause() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/hooks", closed.local_addr().unwrap());
    drop(closed);
    let builder = MockServer::builder()
        .webhook_url(&url)
        .webhook_retries(Duration::from_millis(5), 1);
    let target = Target::mock_with(builder).await;
    fire(&target, 1).await;
    let log = target.control().deliveries(Some(1)).await.unwrap();
    let error = log[0].error.as_deref().unwrap().to_lowercase();
    assert!(error.contains("connection refused"), "{error}");
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn a_test_payload_is_delivered_as_given() {
    let mut receiver = Receiver::start(vec![]).await;
    let target = Target::mock_with(MockServer::builder().webhook_url(&receiver.url)).await;
    let payload =
        json!({"room_name": "proj_x", "num_participants": 3, "seconds": 12.0, "sid": "RM_1"});
    target
        .client()
        .webhooks()
        .test(TestWebhookRequest {
            event_type: Some(WebhookEventType::RoomStarted),
            payload: payload.as_object().cloned(),
        })
        .await
        .unwrap();
    let body = receiver.next().await.body;
    let text = String::from_utf8(body.clone()).unwrap();
    assert!(text.contains(r#""seconds":12.0"#), "{text}");
    let envelope: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(envelope["data"], payload);
    assert_eq!(envelope["event_type"], "room.started");

    // A payload too big for a delivery is refused up front.
    let big = json!({"text": "x".repeat(voxai_sdk::webhooks::MAX_BODY_BYTES)});
    let refused = target
        .client()
        .webhooks()
        .test(TestWebhookRequest {
            event_type: None,
            payload: big.as_object().cloned(),
        })
        .await
        .unwrap_err();
    assert_eq!(refused.status(), Some(400), "{refused}");
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn webhook_endpoints_change_while_the_server_runs() {
    use voxai_mock::control_plane::ControlError;
    use voxai_mock::fixtures::WebhookFixture;

    let target = Target::mock().await;
    let control = target.control();
    let endpoint = |url: &str| WebhookFixture {
        url: url.to_owned(),
        secret: "whsec_later".to_owned(),
        active: true,
    };
    let mut first = Receiver::start(vec![]).await;
    control
        .set_webhooks(1, &[endpoint(&first.url)])
        .await
        .unwrap();
    fire(&target, 1).await;
    let received = first.next().await;
    assert_eq!(received.headers["x-webhook-event"], "test");

    // Replaced: the next event goes to the new endpoint, signed with its secret.
    let mut second = Receiver::start(vec![]).await;
    control
        .set_webhooks(1, &[endpoint(&second.url)])
        .await
        .unwrap();
    fire(&target, 1).await;
    let received = second.next().await;
    voxai_sdk::webhooks::WebhookVerifier::new("whsec_later")
        .any_age()
        .verify(
            &received.body,
            received
                .headers
                .get("x-webhook-signature")
                .map(String::as_str),
        )
        .unwrap();

    for (project, url, status) in [(99, "http://127.0.0.1:1/", 404), (1, "ftp://x/", 400)] {
        let refused = control
            .set_webhooks(project, &[endpoint(url)])
            .await
            .unwrap_err();
        assert!(
            matches!(refused, ControlError::Refused { status: s, .. } if s == status),
            "{refused:?}"
        );
    }
}
