//! Shared set-up: a wiremock server, a client pointed at it, the reference's fixtures.

use std::path::Path;

use serde_json::Value;
use voxai_sdk::{Client, RetryPolicy};
use wiremock::matchers::{header, method, path};
use wiremock::{MockBuilder, MockServer, ResponseTemplate};

pub const KEY: &str = "pk_test_0123456789abcdef";

/// A fresh server and a client that does not retry.
pub async fn setup() -> (MockServer, Client) {
    let server = MockServer::start().await;
    let client = client_for(&server, RetryPolicy::none());
    (server, client)
}

pub fn client_for(server: &MockServer, policy: RetryPolicy) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(format!("{}/api/v1", server.uri()))
        .retry_policy(policy)
        .build()
        .unwrap()
}

/// A documented example response, from `voxai-types/tests/fixtures`.
pub fn fixture(name: &str) -> Value {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../voxai-types/tests/fixtures")
        .join(name);
    serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap()
}

/// A mock of `METHOD /api/v1PATH` that also requires the key and user agent.
pub fn api(verb: &str, endpoint: &str) -> MockBuilder {
    wiremock::Mock::given(method(verb))
        .and(path(format!("/api/v1{endpoint}")))
        .and(header("x-api-key", KEY))
        .and(wiremock::matchers::header_regex(
            "user-agent",
            "^voxai-rust/",
        ))
}

/// A JSON response with the three rate-limit headers.
pub fn json(status: u16, body: Value) -> ResponseTemplate {
    ResponseTemplate::new(status)
        .set_body_json(body)
        .insert_header("X-RateLimit-Limit", "300")
        .insert_header("X-RateLimit-Remaining", "299")
        .insert_header("X-RateLimit-Reset", "1711900060")
}

pub fn ok(body: Value) -> ResponseTemplate {
    json(200, body)
}

/// The error of a monitor that cannot connect (no reconnects).
pub async fn monitor_failure(client: &Client) -> voxai_sdk::Error {
    client
        .monitor()
        .max_reconnect_attempts(0)
        .connect()
        .await
        .unwrap_err()
}
