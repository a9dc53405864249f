//! Extension points: headers on every request, interceptors that change, answer and
//! observe, and a retry classifier ahead of the SDK's own.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::json;
use voxai_sdk::intercept::{Interceptor, OutgoingRequest, Reply};
use voxai_sdk::{Client, Error, ErrorCode, ResponseEvent, RetryPolicy};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::{KEY, api, fixture, ok};

/// Sets `x-tenant`, and tells what it saw.
#[derive(Debug, Default)]
struct Recorder {
    seen: Mutex<Vec<String>>,
}

impl Interceptor for Recorder {
    fn modify_request(&self, request: &mut OutgoingRequest<'_>) {
        request
            .headers_mut()
            .insert("x-tenant", "acme".parse().unwrap());
        self.seen.lock().unwrap().push(format!(
            "{} {}",
            request.method(),
            request.template().unwrap_or("?")
        ));
    }

    fn on_response(&self, exchange: &ResponseEvent<'_>) {
        self.seen
            .lock()
            .unwrap()
            .push(format!("-> {:?}", exchange.status));
    }
}

/// Answers `GET /quota` itself, and nothing else.
#[derive(Debug)]
struct FakeQuota;

impl Interceptor for FakeQuota {
    fn respond(&self, request: &OutgoingRequest<'_>) -> Option<Reply> {
        (request.template() == Some("/quota"))
            .then(|| Reply::json(200, &fixture("quota.json")).header("x-ratelimit-remaining", "7"))
    }
}

fn closed_base_url() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    format!("http://{}/api/v1", listener.local_addr().unwrap())
}

#[tokio::test]
async fn an_interceptor_changes_and_observes_every_attempt() {
    let server = MockServer::start().await;
    api("GET", "/rooms/lobby")
        .and(header("x-tenant", "acme"))
        .and(header("x-region", "eu"))
        .respond_with(ok(fixture("rooms_detail.json")))
        .mount(&server)
        .await;
    let recorder = Arc::new(Recorder::default());
    let client = Client::builder()
        .api_key(KEY)
        .base_url(format!("{}/api/v1", server.uri()))
        .header("x-region", "eu")
        .interceptor(recorder.clone())
        .room_prefix("proj_")
        .build()
        .unwrap();
    client.rooms().get("lobby").await.unwrap();
    assert_eq!(
        *recorder.seen.lock().unwrap(),
        ["GET /rooms/{roomName}", "-> Some(200)"]
    );
}

#[tokio::test]
async fn an_interceptor_answers_without_the_network() {
    // Nothing listens at the base URL: only the interceptor can answer.
    let client = Client::builder()
        .api_key(KEY)
        .base_url(closed_base_url())
        .retry_policy(RetryPolicy::none())
        .interceptor(FakeQuota)
        .build()
        .unwrap();
    let quota = client.quota().send_with_meta().await.unwrap();
    assert_eq!(quota.data.plan_display.as_deref(), Some("Professional"));
    assert_eq!(
        quota.rate_limit, None,
        "one header of three is no rate limit"
    );
    // The reply goes through the same error reading as the server's.
    #[derive(Debug)]
    struct Refuse;
    impl Interceptor for Refuse {
        fn respond(&self, _: &OutgoingRequest<'_>) -> Option<Reply> {
            Some(Reply::json(
                409,
                &json!({"error": "Room already exists", "code": "CONFLICT"}),
            ))
        }
    }
    let refusing = Client::builder()
        .api_key(KEY)
        .base_url(closed_base_url())
        .interceptor(Refuse)
        .build()
        .unwrap();
    let error = refusing.rooms().create("x").await.unwrap_err();
    assert_eq!(error.code(), Some(&ErrorCode::Conflict));
    // Not answered: the request goes to the network (and finds nothing there).
    let error = client.agents().list().await.unwrap_err();
    assert!(error.is_connect(), "{error:?}");
}

#[tokio::test]
async fn extra_headers_reach_the_monitor_and_the_sdks_own_are_refused() {
    let server = MockServer::start().await;
    // Only an upgrade that carries the header is answered (400), anything else 404s.
    Mock::given(method("GET"))
        .and(path("/ws/monitor"))
        .and(header("x-tenant", "acme"))
        .respond_with(ResponseTemplate::new(400))
        .mount(&server)
        .await;
    let client = Client::builder()
        .api_key(KEY)
        .base_url(format!("{}/api/v1", server.uri()))
        .header("x-tenant", "acme")
        .build()
        .unwrap();
    let error = crate::common::monitor_failure(&client).await;
    assert_eq!(error.status(), Some(400), "{error}");

    for name in ["X-Api-Key", "user-agent", "Accept"] {
        let refused = Client::builder()
            .api_key(KEY)
            .header(name, "x")
            .build()
            .unwrap_err();
        assert!(matches!(refused, Error::Config { .. }), "{refused:?}");
    }
    let bad = Client::builder()
        .api_key(KEY)
        .header("x-ok", "line\nbreak")
        .build()
        .unwrap_err();
    assert!(matches!(bad, Error::Config { .. }), "{bad:?}");
}

#[tokio::test]
async fn a_classifier_retries_what_the_sdk_would_not() {
    let server = MockServer::start().await;
    conflict_then_created(&server).await;
    let fast = RetryPolicy::default()
        .with_jitter(false)
        .with_initial_backoff(Duration::from_millis(1));
    let client = |policy: RetryPolicy| crate::common::client_for(&server, policy);
    // The SDK alone never repeats a 409.
    let error = client(fast.clone()).rooms().create("r").await.unwrap_err();
    assert_eq!(error.status(), Some(409));
    server.reset().await;
    conflict_then_created(&server).await;
    let seen = Arc::new(Mutex::new(Vec::new()));
    let record = seen.clone();
    let policy = fast.clone().retry_if(move |check| {
        record
            .lock()
            .unwrap()
            .push((check.template, check.default, check.error.status()));
        (check.error.status() == Some(409) && check.template == Some("/rooms")).then_some(true)
    });
    client(policy).rooms().create("r").await.unwrap();
    assert_eq!(*seen.lock().unwrap(), [(Some("/rooms"), false, Some(409))]);
    // And it can refuse what the SDK would retry.
    server.reset().await;
    api("GET", "/agents")
        .respond_with(ResponseTemplate::new(503))
        .expect(1)
        .mount(&server)
        .await;
    let never = fast.retry_if(|_| Some(false));
    let error = client(never).agents().list().await.unwrap_err();
    assert_eq!(error.status(), Some(503));
}

/// `POST /rooms` answers 409 once, then 201.
async fn conflict_then_created(server: &MockServer) {
    api("POST", "/rooms")
        .respond_with(
            ResponseTemplate::new(409)
                .set_body_json(json!({"error": "Room already exists", "code": "CONFLICT"})),
        )
        .up_to_n_times(1)
        .mount(server)
        .await;
    api("POST", "/rooms")
        .respond_with(ResponseTemplate::new(201).set_body_json(fixture("rooms_create.json")))
        .mount(server)
        .await;
}
