//! Retry behaviour on tokio's paused clock: waits are recorded through the retry hook
//! and asserted exactly, without sleeping for real.

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use serde_json::json;
use voxai_sdk::{Client, Error, RetryPolicy};
use wiremock::{MockServer, ResponseTemplate};

use crate::common::{KEY, api, json as respond};

type Waits = Arc<Mutex<Vec<(Duration, bool)>>>;

/// A client without a request timeout (a timer would let the paused clock jump) that
/// records every retry wait.
/// A wiremock server and a client for it under `policy` that records every retry wait.
async fn retrying(policy: RetryPolicy) -> (MockServer, Client, Waits) {
    let server = MockServer::start().await;
    let (client, waits) = recording_client_at(&format!("{}/api/v1", server.uri()), policy);
    (server, client, waits)
}

fn recording_client_at(base_url: &str, policy: RetryPolicy) -> (Client, Waits) {
    let waits: Waits = Arc::default();
    let sink = waits.clone();
    let client = Client::builder()
        .api_key(KEY)
        .base_url(base_url)
        .retry_policy(policy)
        .no_timeout()
        .on_retry(move |e| sink.lock().unwrap().push((e.wait, e.from_retry_after)))
        .build()
        .unwrap();
    (client, waits)
}

fn rate_limited(retry_after: &str) -> ResponseTemplate {
    respond(429, json!({"error": "Rate limit exceeded", "code": "RATE_LIMITED", "limit": 60, "remaining": 0, "retry_after": 12}))
        .insert_header("Retry-After", retry_after)
}

fn unavailable() -> ResponseTemplate {
    respond(503, json!({"error": "down", "code": "INTERNAL_ERROR"}))
}

fn no_jitter() -> RetryPolicy {
    RetryPolicy::default()
        .with_jitter(false)
        .with_initial_backoff(Duration::from_millis(100))
        .with_factor(2.0)
        .with_max_backoff(Duration::from_secs(10))
}

/// Waits in whole milliseconds (backon's f32 factor leaves nanosecond dust).
fn millis(waits: &Waits) -> Vec<u128> {
    waits
        .lock()
        .unwrap()
        .iter()
        .map(|(w, _)| w.as_millis())
        .collect()
}

/// `METHOD PATH` answers `refusal` once, then `answer`.
async fn refused_once(
    server: &MockServer,
    method: &str,
    path: &str,
    refusal: ResponseTemplate,
    answer: ResponseTemplate,
) {
    api(method, path)
        .respond_with(refusal)
        .up_to_n_times(1)
        .mount(server)
        .await;
    api(method, path).respond_with(answer).mount(server).await;
}

async fn requests(server: &MockServer) -> usize {
    server.received_requests().await.unwrap().len()
}

#[tokio::test(start_paused = true)]
async fn rate_limited_waits_exactly_retry_after_seconds() {
    let (server, client, waits) = retrying(no_jitter()).await;
    refused_once(
        &server,
        "GET",
        "/agents",
        rate_limited("12"),
        respond(200, json!({"agents": []})),
    )
    .await;
    client.agents().list().await.unwrap();
    assert_eq!(
        *waits.lock().unwrap(),
        vec![(Duration::from_secs(12), true)]
    );
    assert_eq!(requests(&server).await, 2);
}

#[tokio::test(start_paused = true)]
async fn a_429_or_503_waits_until_an_http_date() {
    for status in [429, 503] {
        let (server, client, waits) = retrying(no_jitter()).await;
        let at = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(20));
        let refusal = match status {
            429 => rate_limited(&at),
            _ => unavailable().insert_header("Retry-After", at.as_str()),
        };
        refused_once(
            &server,
            "GET",
            "/agents",
            refusal,
            respond(200, json!({"agents": []})),
        )
        .await;
        client.agents().list().await.unwrap();
        let (wait, from_header) = waits.lock().unwrap()[0];
        assert!(from_header, "{status}");
        // HTTP-dates have whole seconds: the wait is 20 s less the part of a second gone.
        assert!(
            wait <= Duration::from_secs(20) && wait >= Duration::from_secs(18),
            "{status}: {wait:?}"
        );
    }
}

#[tokio::test(start_paused = true)]
async fn post_is_retried_after_a_rate_limit() {
    let (server, client, waits) = retrying(no_jitter()).await;
    refused_once(
        &server,
        "POST",
        "/rooms",
        rate_limited("1"),
        respond(200, crate::common::fixture("rooms_create.json")),
    )
    .await;
    client.rooms().create("r").await.unwrap();
    assert_eq!(waits.lock().unwrap().len(), 1);
}

#[tokio::test(start_paused = true)]
async fn backoff_doubles_until_attempts_run_out() {
    let (server, client, waits) = retrying(no_jitter().with_max_retries(3)).await;
    api("GET", "/agents")
        .respond_with(unavailable())
        .mount(&server)
        .await;
    let err = client.agents().list().await.unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(millis(&waits), [100, 200, 400]);
    assert_eq!(requests(&server).await, 4);
}

#[tokio::test(start_paused = true)]
async fn backoff_is_capped() {
    let policy = no_jitter()
        .with_max_retries(5)
        .with_max_backoff(Duration::from_millis(300));
    let (server, client, waits) = retrying(policy).await;
    api("GET", "/agents")
        .respond_with(unavailable())
        .mount(&server)
        .await;
    client.agents().list().await.unwrap_err();
    assert_eq!(millis(&waits), [100, 200, 300, 300, 300]);
}

#[tokio::test(start_paused = true)]
async fn jitter_stays_within_one_extra_step() {
    let (server, client, waits) = retrying(no_jitter().with_jitter(true).with_max_retries(3)).await;
    api("GET", "/agents")
        .respond_with(unavailable())
        .mount(&server)
        .await;
    client.agents().list().await.unwrap_err();
    let waits = waits.lock().unwrap();
    for ((wait, _), base) in waits.iter().zip([100u64, 200, 400]) {
        assert!(
            *wait >= Duration::from_millis(base) && *wait <= Duration::from_millis(base * 2),
            "{wait:?} for {base}"
        );
    }
}

#[tokio::test(start_paused = true)]
async fn a_retry_after_beyond_the_budget_returns_at_once() {
    let (server, client, waits) =
        retrying(no_jitter().with_max_total_wait(Duration::from_secs(60))).await;
    api("GET", "/agents")
        .respond_with(rate_limited("120"))
        .mount(&server)
        .await;
    let err = client.agents().list().await.unwrap_err();
    assert_eq!(err.retry_after(), Some(Duration::from_secs(120)));
    assert!(waits.lock().unwrap().is_empty());
    assert_eq!(requests(&server).await, 1);
}

#[tokio::test(start_paused = true)]
async fn the_budget_counts_every_wait() {
    let (server, client, waits) = retrying(
        no_jitter()
            .with_max_retries(10)
            .with_max_total_wait(Duration::from_secs(60)),
    )
    .await;
    api("GET", "/agents")
        .respond_with(rate_limited("25"))
        .mount(&server)
        .await;
    client.agents().list().await.unwrap_err();
    // 25 + 25 fit in 60 s; a third 25 would not.
    assert_eq!(waits.lock().unwrap().len(), 2);
    assert_eq!(requests(&server).await, 3);
}

#[tokio::test(start_paused = true)]
async fn post_is_not_retried_on_500() {
    let (server, client, waits) = retrying(no_jitter()).await;
    api("POST", "/rooms")
        .respond_with(respond(
            500,
            json!({"error": "boom", "code": "INTERNAL_ERROR"}),
        ))
        .mount(&server)
        .await;
    let err = client.rooms().create("r").await.unwrap_err();
    assert_eq!(err.status(), Some(500));
    assert!(waits.lock().unwrap().is_empty());
    assert_eq!(requests(&server).await, 1);
}

#[tokio::test(start_paused = true)]
async fn put_and_delete_are_retried_on_5xx() {
    let (server, client, waits) = retrying(no_jitter()).await;
    refused_once(
        &server,
        "DELETE",
        "/recordings/7",
        unavailable(),
        respond(200, json!({"success": true})),
    )
    .await;
    refused_once(&server, "PUT", "/knowledge-bases/1/chunks/2", unavailable(), respond(200, json!({"success": true, "chunk": {"id": 2, "content": "c", "source": "s", "chunk_index": 0, "is_active": true}}))).await;
    client.recordings().delete(7).await.unwrap();
    client
        .knowledge_bases()
        .update_chunk(1, 2, "c")
        .await
        .unwrap();
    assert_eq!(waits.lock().unwrap().len(), 2);
}

#[tokio::test(start_paused = true)]
async fn quota_exceeded_is_never_retried() {
    let (server, client, waits) = retrying(no_jitter()).await;
    api("POST", "/sessions")
        .respond_with(
            respond(
                429,
                json!({"error": "Session limit reached", "code": "QUOTA_EXCEEDED"}),
            )
            .insert_header("Retry-After", "1"),
        )
        .mount(&server)
        .await;
    let err = client
        .sessions()
        .create(voxai_sdk::types::sessions::CreateSessionRequest::new(
            "proj_r",
        ))
        .await
        .unwrap_err();
    assert_eq!(
        err.code(),
        Some(&voxai_sdk::types::ErrorCode::QuotaExceeded)
    );
    assert!(waits.lock().unwrap().is_empty());
    assert_eq!(requests(&server).await, 1);
}

#[tokio::test(start_paused = true)]
async fn a_request_can_override_the_client_policy() {
    let (server, client, waits) = retrying(RetryPolicy::none()).await;
    api("GET", "/agents")
        .respond_with(unavailable())
        .mount(&server)
        .await;
    client
        .agents()
        .list()
        .retry_policy(no_jitter().with_max_retries(2))
        .await
        .unwrap_err();
    assert_eq!(waits.lock().unwrap().len(), 2);
    assert_eq!(requests(&server).await, 3);
}

#[tokio::test(start_paused = true)]
async fn connection_failures_are_retried_even_for_post() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let (client, waits) = recording_client_at(
        &format!("http://127.0.0.1:{port}/api/v1"),
        no_jitter().with_max_retries(2),
    );
    let err = client.rooms().create("r").await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::Transport {
                request_sent: false,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(waits.lock().unwrap().len(), 2);
    assert!(!err.to_string().contains(KEY));
}

#[tokio::test(start_paused = true)]
async fn a_silent_server_times_out_per_request() {
    let server = MockServer::start().await;
    api("GET", "/agents")
        .respond_with(respond(200, json!({"agents": []})).set_delay(Duration::from_secs(3600)))
        .mount(&server)
        .await;
    let client = crate::common::client_for(&server, RetryPolicy::none());
    let err = client
        .agents()
        .list()
        .timeout(Duration::from_secs(5))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    assert!(err.is_retryable());
}
