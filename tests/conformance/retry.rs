//! The SDK's retry policy against faults injected with `/_mock/faults`.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use voxai_mock::control_plane::FaultSpec;
use voxai_mock::keys;
use voxai_sdk::{Client, Error, RetryPolicy};

use crate::target::Target;

type Waits = Arc<Mutex<Vec<(Duration, bool)>>>;

fn retrying_client(target: &Target) -> (Client, Waits) {
    let waits: Waits = Arc::default();
    let sink = waits.clone();
    let policy = RetryPolicy::default()
        .with_jitter(false)
        .with_initial_backoff(Duration::from_millis(10))
        .with_max_retries(3);
    let client = Client::builder()
        .api_key(keys::PRO)
        .base_url(target.base_url())
        .retry_policy(policy)
        .on_retry(move |e| sink.lock().unwrap().push((e.wait, e.from_retry_after)))
        .build()
        .unwrap();
    (client, waits)
}

async fn fault(target: &Target, spec: FaultSpec) {
    target.control().add_fault(&spec).await.unwrap();
}

async fn logged(target: &Target, path: &str) -> Vec<u16> {
    let log = target.control().requests().await.unwrap();
    log.iter()
        .filter(|r| r.path == path)
        .map(|r| r.status)
        .collect()
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn a_rate_limit_with_retry_after_then_success() {
    let target = Target::mock().await;
    fault(
        &target,
        FaultSpec::new("/api/v1/agents").status(429).retry_after(1),
    )
    .await;
    let (client, waits) = retrying_client(&target);
    client.agents().list().await.unwrap();
    assert_eq!(*waits.lock().unwrap(), vec![(Duration::from_secs(1), true)]);
    assert_eq!(logged(&target, "/api/v1/agents").await, [429, 200]);
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn a_503_burst_on_get_is_ridden_out() {
    let target = Target::mock().await;
    fault(
        &target,
        FaultSpec::new("/api/v1/rooms")
            .method("GET")
            .status(503)
            .count(2),
    )
    .await;
    let (client, waits) = retrying_client(&target);
    client.rooms().list().await.unwrap();
    let waits: Vec<_> = waits
        .lock()
        .unwrap()
        .iter()
        .map(|(w, _)| w.as_millis())
        .collect();
    assert_eq!(waits, [10, 20]);
    assert_eq!(logged(&target, "/api/v1/rooms").await, [503, 503, 200]);
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn a_post_is_not_retried_after_a_500() {
    let target = Target::mock().await;
    fault(
        &target,
        FaultSpec::new("/api/v1/rooms").method("POST").status(500),
    )
    .await;
    let (client, waits) = retrying_client(&target);
    let err = client.rooms().create("once-only").await.unwrap_err();
    assert_eq!(err.status(), Some(500));
    assert!(waits.lock().unwrap().is_empty());
    assert_eq!(logged(&target, "/api/v1/rooms").await, [500]);
    // Nothing was created by the refused attempt.
    assert!(client.rooms().list().await.unwrap().rooms.is_empty());
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn a_dropped_connection_is_retried_for_get() {
    let target = Target::mock().await;
    fault(&target, FaultSpec::new("/api/v1/sip/*").drop_connection()).await;
    let (client, waits) = retrying_client(&target);
    client.sip().trunks().await.unwrap();
    assert_eq!(waits.lock().unwrap().len(), 1);
    let faults = target.control().faults().await.unwrap();
    assert!(faults.is_empty(), "the fault was used up: {faults:?}");
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn a_slow_response_times_out() {
    let target = Target::mock().await;
    fault(&target, FaultSpec::new("/api/v1/quota").latency_ms(2000)).await;
    let client = target.client();
    let err = client
        .quota()
        .timeout(Duration::from_millis(200))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    // The server logs the request its client gave up on, as 499 with its fault, once
    // hyper has seen the connection close (polled: that happens on the server's time).
    let seen = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            if logged(&target, "/api/v1/quota").await == [499] {
                break;
            }
            tokio::task::yield_now().await;
        }
    })
    .await;
    assert!(seen.is_ok(), "{:?}", logged(&target, "/api/v1/quota").await);
    let log = target.control().requests().await.unwrap();
    let entry = &log[0];
    assert_eq!(
        (entry.project_id, entry.fault.is_some()),
        (Some(1), true),
        "{entry:?}"
    );
    // The fault is used up: the next call is answered at once.
    client.quota().await.unwrap();
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn a_lost_response_to_a_post_is_not_retried_and_the_write_happened_once() {
    let target = Target::mock().await;
    fault(
        &target,
        FaultSpec::new("/api/v1/rooms")
            .method("POST")
            .lose_response(),
    )
    .await;
    let (client, waits) = retrying_client(&target);
    let err = client.rooms().create("lost").await.unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(
        waits.lock().unwrap().is_empty(),
        "a sent POST is not repeated"
    );
    // The server did the work: the room exists, once, and the log shows the request.
    let rooms = client.rooms().list().await.unwrap().rooms;
    assert_eq!(rooms.iter().filter(|r| r.name == "lost").count(), 1);
    assert_eq!(logged(&target, "/api/v1/rooms").await.first(), Some(&200));
    // A GET that loses its answer is simply asked again.
    fault(
        &target,
        FaultSpec::new("/api/v1/rooms")
            .method("GET")
            .lose_response(),
    )
    .await;
    assert_eq!(client.rooms().list().await.unwrap().rooms.len(), 1);
}
