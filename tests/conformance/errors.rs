//! What every endpoint shares: auth, rate limits, envelopes, and no 5xx on bad input.

use std::time::Duration;

use reqwest::Method;
use serde_json::{Value, json};
use voxai_mock::control_plane::{ControlError, FaultSpec, Join};
use voxai_mock::{MockServer, keys};
use voxai_sdk::types::ErrorCode;

use crate::target::{Target, assert_api_error, assert_error};

/// Every route of the API, with an id or name where the path takes one.
const ROUTES: &[(&str, &str)] = &[
    ("GET", "/quota"),
    ("GET", "/usage"),
    ("POST", "/token"),
    ("GET", "/rooms"),
    ("POST", "/rooms"),
    ("GET", "/rooms/r1"),
    ("DELETE", "/rooms/r1"),
    ("GET", "/rooms/r1/participants"),
    ("POST", "/rooms/r1/kick/u1"),
    ("GET", "/agents"),
    ("GET", "/agents/1/tools"),
    ("POST", "/sessions"),
    ("GET", "/sessions"),
    ("GET", "/sessions/1/detail"),
    ("POST", "/sessions/proj_r1/transcript"),
    ("POST", "/sessions/proj_r1/end"),
    ("GET", "/sessions/1/transcript"),
    ("GET", "/sessions/1/transcript/text"),
    ("POST", "/rooms/r1/recordings/start"),
    ("POST", "/rooms/r1/recordings/stop"),
    ("GET", "/recordings"),
    ("GET", "/recordings/1"),
    ("GET", "/recordings/1/download"),
    ("DELETE", "/recordings/1"),
    ("POST", "/sip/dial"),
    ("GET", "/sip/trunks"),
    ("GET", "/sip/configs"),
    ("POST", "/knowledge-bases"),
    ("GET", "/knowledge-bases"),
    ("GET", "/knowledge-bases/1"),
    ("DELETE", "/knowledge-bases/1"),
    ("POST", "/knowledge-bases/1/documents"),
    ("POST", "/knowledge-bases/1/ingest"),
    ("POST", "/knowledge-bases/1/reindex"),
    ("GET", "/knowledge-bases/1/chunks"),
    ("PUT", "/knowledge-bases/1/chunks/1"),
    ("DELETE", "/knowledge-bases/1/chunks/1"),
    ("POST", "/knowledge/search"),
    ("POST", "/webhooks/test"),
    ("POST", "/rooms/r1/send-data"),
    ("POST", "/rooms/r1/participants/u1"),
    ("POST", "/rooms/r1/participants/u1/mute"),
];

fn method(name: &str) -> Method {
    Method::from_bytes(name.as_bytes()).unwrap()
}

#[tokio::test]
async fn every_route_requires_a_valid_key() {
    let target = Target::start().await;
    let http = reqwest::Client::new();
    assert_eq!(ROUTES.len(), 42, "one row per endpoint of the reference");
    for (verb, path) in ROUTES {
        let url = format!("{}{path}", target.base_url());
        let missing = http.request(method(verb), &url).send().await.unwrap();
        let body = assert_error(missing, 401, "UNAUTHORIZED").await;
        assert_eq!(body["error"], "Missing X-API-Key header", "{verb} {path}");
        let wrong = http
            .request(method(verb), &url)
            .header("X-API-Key", "pk_nope")
            .send()
            .await
            .unwrap();
        assert_error(wrong, 401, "UNAUTHORIZED").await;
        if target.is_mock() {
            let revoked = http
                .request(method(verb), &url)
                .header("X-API-Key", keys::REVOKED)
                .send()
                .await
                .unwrap();
            let body = assert_error(revoked, 401, "UNAUTHORIZED").await;
            assert_eq!(body["error"], "Invalid or deactivated API key");
        }
    }
}

#[tokio::test]
async fn the_sdk_sees_401_as_unauthorized() {
    let target = Target::start().await;
    let err = target
        .client_with("pk_nope")
        .rooms()
        .list()
        .await
        .unwrap_err();
    assert_api_error(&err, 401, ErrorCode::Unauthorized);
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn no_malformed_request_gets_a_5xx() {
    let target = Target::mock().await;
    let bodies: [(&str, Vec<u8>); 7] = [
        ("application/json", b"{".to_vec()),
        ("application/json", b"[]".to_vec()),
        ("application/json", b"null".to_vec()),
        (
            "application/json",
            br#"{"name": {"deep": [1, 2, {"x": null}]}, "identity": 1e400}"#.to_vec(),
        ),
        ("application/json", vec![0xff, 0xfe, 0xfd]),
        ("text/plain", b"hello".to_vec()),
        (
            "multipart/form-data; boundary=x",
            b"--x\r\nnot really\r\n".to_vec(),
        ),
    ];
    let paths = ROUTES.iter().map(|(v, p)| (*v, (*p).to_owned())).chain([
        ("GET", "/rooms/%FF%FE".to_owned()),
        ("GET", "/sessions/18446744073709551616/detail".to_owned()),
        ("GET", "/recordings/-1".to_owned()),
        ("GET", "/knowledge-bases/abc".to_owned()),
        ("GET", "/sessions?page=x&per_page=-1&status=%00".to_owned()),
        ("GET", "/usage?period=&group_by=%FF".to_owned()),
        (
            "GET",
            "/knowledge-bases/1/chunks?is_active=maybe".to_owned(),
        ),
        ("POST", "/rooms/r1/kick/".to_owned()),
        ("GET", "/definitely/not/a/route".to_owned()),
        ("PATCH", "/quota".to_owned()),
    ]);
    for (verb, path) in paths {
        for (content_type, body) in &bodies {
            let response = target
                .raw(method(verb), &path)
                .header("content-type", *content_type)
                .body(body.clone())
                .send()
                .await
                .unwrap();
            let status = response.status().as_u16();
            let text = response.text().await.unwrap();
            assert!(
                status < 500,
                "{verb} {path} ({content_type}) -> {status}: {text}"
            );
            if status >= 400 {
                let envelope: Value = serde_json::from_str(&text)
                    .unwrap_or_else(|_| panic!("{verb} {path}: not an envelope: {text}"));
                assert!(
                    envelope["code"].is_string() && envelope["error"].is_string(),
                    "{verb} {path}: {text}"
                );
            }
        }
    }
}

#[tokio::test]
async fn axum_rejections_become_envelopes() {
    let target = Target::start().await;
    let response = target
        .raw(Method::POST, "/rooms")
        .header("content-type", "application/json")
        .body("{")
        .send()
        .await
        .unwrap();
    let body = assert_error(response, 400, "INVALID_REQUEST").await;
    assert!(body["error"].as_str().unwrap().contains("malformed JSON"));
    let response = target
        .raw(Method::POST, "/rooms")
        .header("content-type", "text/plain")
        .body("name=x")
        .send()
        .await
        .unwrap();
    assert_error(response, 400, "INVALID_REQUEST").await;
    let response = target
        .raw(Method::GET, "/recordings/seven")
        .send()
        .await
        .unwrap();
    assert_error(response, 400, "INVALID_REQUEST").await;
    let response = target
        .raw(Method::GET, "/no-such-endpoint")
        .send()
        .await
        .unwrap();
    assert_error(response, 404, "NOT_FOUND").await;
    let response = target.raw(Method::PATCH, "/rooms").send().await.unwrap();
    assert_error(response, 405, "INVALID_REQUEST").await;
}

#[tokio::test]
async fn every_response_carries_rate_limit_headers() {
    let target = Target::start().await;
    let first = target.raw(Method::GET, "/quota").send().await.unwrap();
    let header = |r: &reqwest::Response, name: &str| -> u64 {
        r.headers()[name].to_str().unwrap().parse().unwrap()
    };
    let limit = header(&first, "x-ratelimit-limit");
    let remaining = header(&first, "x-ratelimit-remaining");
    assert!(remaining <= limit);
    assert!(header(&first, "x-ratelimit-reset") > 1_700_000_000);
    let missing = target.name("missing");
    let second = target
        .raw(Method::GET, &format!("/rooms/{missing}"))
        .send()
        .await
        .unwrap();
    assert_eq!(second.status().as_u16(), 404);
    let after = header(&second, "x-ratelimit-remaining");
    // On a deployment other tests share the key and the window slides: only on a
    // server of its own does the count go down by exactly one.
    if target.is_mock() {
        assert!(remaining < limit);
        assert_eq!(after, remaining - 1);
    } else {
        assert!(after <= limit);
    }
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn the_free_plan_is_limited_to_60_a_minute() {
    let target = Target::mock_with(MockServer::builder()).await;
    let free = target.client_with(keys::FREE);
    for _ in 0..60 {
        free.agents().list().await.unwrap();
    }
    let err = free.agents().list().await.unwrap_err();
    assert_api_error(&err, 429, ErrorCode::RateLimited);
    let body = err.api().unwrap().body.clone().unwrap();
    assert_eq!((body.limit, body.remaining), (Some(60), Some(0)));
    let wait = err.retry_after().unwrap().as_secs();
    assert!((1..=60).contains(&wait));
    assert_eq!(body.retry_after, Some(wait));
    assert_eq!(err.rate_limit().unwrap().remaining, 0);
    // Limits are per key: another project is unaffected.
    target.client().agents().list().await.unwrap();
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn rate_limits_can_be_switched_off() {
    let target = Target::mock_with(MockServer::builder().rate_limit(false)).await;
    let free = target.client_with(keys::FREE);
    for _ in 0..70 {
        free.agents().list().await.unwrap();
    }
    assert_eq!(free.last_rate_limit().unwrap().remaining, 0);
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn the_control_plane_resets_and_logs() {
    let target = Target::mock().await;
    target.client().rooms().create("gone-soon").await.unwrap();
    let control = target.control();
    let log = control.requests().await.unwrap();
    let last = log.last().unwrap();
    assert_eq!(
        (last.method.as_str(), last.path.as_str(), last.status),
        ("POST", "/api/v1/rooms", 200)
    );
    assert_eq!(last.project_id, Some(1));
    control.reset().await.unwrap();
    assert!(
        target
            .client()
            .rooms()
            .list()
            .await
            .unwrap()
            .rooms
            .is_empty()
    );
    let log = control.requests().await.unwrap();
    assert_eq!(log.len(), 1, "only the list after the reset: {log:?}");
    let refused = control
        .add_fault(&FaultSpec::new("no-slash").status(500))
        .await
        .unwrap_err();
    let ControlError::Refused { status, body } = refused else {
        panic!("{refused}")
    };
    assert_eq!(
        (status, body["details"]["field"].as_str()),
        (400, Some("path"))
    );
    let refused = control.join("nobody_x", &Join::new("u")).await.unwrap_err();
    assert_eq!(refused.status(), Some(404), "{refused}");
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn a_body_is_exactly_one_json_value() {
    let target = Target::mock().await;
    for body in [
        r#"{"name":"a"} trailing garbage"#,
        r#"{"name":"b"}{"name":"c"}"#,
        r#"{"name":"d"} 1"#,
    ] {
        let response = target
            .raw(Method::POST, "/rooms")
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_error(response, 400, "INVALID_REQUEST").await;
    }
    let rooms = target.client().rooms().list().await.unwrap().rooms;
    assert!(rooms.is_empty(), "{rooms:?}");
    // Whitespace after the value is still one value.
    let response = target
        .raw(Method::POST, "/rooms")
        .header("content-type", "application/json")
        .body("{\"name\":\"e\"}\n  ")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
}

/// Reads until the server closes the connection (bounded, so a bug cannot hang the
/// suite); what it sent.
async fn until_closed(stream: &mut tokio::net::TcpStream) -> Vec<u8> {
    use tokio::io::AsyncReadExt;
    let mut received = Vec::new();
    let read = stream.read_to_end(&mut received);
    tokio::time::timeout(Duration::from_secs(30), read)
        .await
        .expect("the server closes the connection")
        .ok();
    received
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn slow_and_silent_connections_are_closed() {
    use tokio::io::AsyncWriteExt;
    let target =
        Target::mock_with(MockServer::builder().connections(64, Duration::from_millis(300))).await;
    let addr = target.server().addr();
    // Connected, never a byte.
    let mut silent = tokio::net::TcpStream::connect(addr).await.unwrap();
    assert!(until_closed(&mut silent).await.is_empty());
    // Blank lines only, never a request line.
    let mut blank = tokio::net::TcpStream::connect(addr).await.unwrap();
    blank.write_all(b"\r\n\r\n\r\n").await.unwrap();
    until_closed(&mut blank).await;
    // Headers started, never finished.
    let mut partial = tokio::net::TcpStream::connect(addr).await.unwrap();
    partial
        .write_all(b"GET /api/v1/quota HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    until_closed(&mut partial).await;
    // A kept-alive connection that goes quiet after a request.
    let mut idle = tokio::net::TcpStream::connect(addr).await.unwrap();
    idle.write_all(b"GET /api/v1/quota HTTP/1.1\r\nHost: x\r\nX-API-Key: pk_test_pro\r\n\r\n")
        .await
        .unwrap();
    let answered = String::from_utf8_lossy(&until_closed(&mut idle).await).into_owned();
    assert!(answered.starts_with("HTTP/1.1 200"), "{answered}");
    // A body that stops half way (it held a connection slot for as long as it liked).
    let mut stalled = tokio::net::TcpStream::connect(addr).await.unwrap();
    stalled
        .write_all(
            b"POST /_mock/faults HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{\"path\":",
        )
        .await
        .unwrap();
    until_closed(&mut stalled).await;
    // The server still answers others.
    target.client().quota().await.unwrap();
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn monitor_sockets_keep_their_connection_slot() {
    let target =
        Target::mock_with(MockServer::builder().connections(2, Duration::from_secs(30))).await;
    let url = format!("{}?api_key={}", target.server().ws_url(), keys::PRO);
    let (_first, _) = tokio_tungstenite::connect_async(url.as_str())
        .await
        .unwrap();
    let (_second, _) = tokio_tungstenite::connect_async(url.as_str())
        .await
        .unwrap();
    // Both upgraded sockets still count: a third connection is over the cap.
    let mut third = tokio::net::TcpStream::connect(target.server().addr())
        .await
        .unwrap();
    let answer = String::from_utf8_lossy(&until_closed(&mut third).await).into_owned();
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn connections_over_the_cap_are_answered_503_and_closed() {
    let target =
        Target::mock_with(MockServer::builder().connections(2, Duration::from_secs(30))).await;
    let addr = target.server().addr();
    let _first = tokio::net::TcpStream::connect(addr).await.unwrap();
    let _second = tokio::net::TcpStream::connect(addr).await.unwrap();
    let mut third = tokio::net::TcpStream::connect(addr).await.unwrap();
    let answer = String::from_utf8(until_closed(&mut third).await).unwrap();
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    let body = answer.split("\r\n\r\n").nth(1).unwrap();
    let envelope: Value = serde_json::from_str(body).unwrap();
    assert_eq!(envelope["code"], "INTERNAL_ERROR");
}

/// One rule for unknown request fields, everywhere: ignored, as a newer client's fields
/// would be by an older server.
#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn unknown_request_fields_are_ignored_everywhere() {
    let target = Target::mock().await;
    for (path, body) in [
        ("/rooms", json!({"name": "extra", "future_field": 1})),
        (
            "/webhooks/test",
            json!({"event_type": "test", "future_field": 1}),
        ),
        (
            "/rooms/extra/send-data",
            json!({"data": "hi", "future_field": [1]}),
        ),
        (
            "/knowledge-bases",
            json!({"name": "KB", "future_field": {"a": 1}}),
        ),
    ] {
        let response = target
            .raw(Method::POST, path)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert!(
            response.status().is_success(),
            "{path}: {}",
            response.status()
        );
    }
}
