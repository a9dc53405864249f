//! The reference server's front door: request heads at their documented limits, over
//! raw sockets, byte for byte.

use std::time::Duration;

use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use voxai_mock::head_guard::{MAX_HEAD, MAX_HEADERS, MAX_REQUEST_LINE};
use voxai_mock::keys;

use crate::target::Target;

/// An answer as read off the socket.
#[derive(Debug)]
pub(crate) struct Answer {
    pub(crate) status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Answer {
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub(crate) fn envelope(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {self:?}"))
    }
}

/// Sends `head` (its closing empty line included) and reads the one answer, whose
/// connection the request asks to close.
pub(crate) async fn send(target: &Target, head: &str) -> Answer {
    let mut stream = TcpStream::connect(target.server().addr()).await.unwrap();
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut received = Vec::new();
    tokio::time::timeout(Duration::from_secs(30), stream.read_to_end(&mut received))
        .await
        .expect("the server answers and closes")
        .ok();
    parse(&received)
}

fn parse(received: &[u8]) -> Answer {
    let text = String::from_utf8_lossy(received);
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status line: {text:?}"));
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect();
    Answer {
        status,
        headers,
        body: body.to_owned(),
    }
}

/// `GET /api/v1/quota?pad=xxx…` whose request line (up to and with its CR) is `length`
/// bytes.
fn request_line(length: usize) -> String {
    let fixed = "GET /api/v1/quota?pad= HTTP/1.1\r".len();
    format!(
        "GET /api/v1/quota?pad={} HTTP/1.1\r\n",
        "x".repeat(length - fixed)
    )
}

fn head(line: &str, headers: &[String]) -> String {
    let mut head = format!(
        "{line}host: x\r\nconnection: close\r\nx-api-key: {}\r\n",
        keys::PRO
    );
    for header in headers {
        head.push_str(header);
        head.push_str("\r\n");
    }
    head.push_str("\r\n");
    head
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn a_request_line_at_its_limit_is_answered_and_past_it_gets_the_envelope() {
    let target = Target::mock().await;
    let at = send(&target, &head(&request_line(MAX_REQUEST_LINE), &[])).await;
    assert_eq!(at.status, 200, "{at:?}");
    assert_eq!(at.header("x-ratelimit-limit"), Some("300"));

    let past = send(&target, &head(&request_line(MAX_REQUEST_LINE + 1), &[])).await;
    assert_eq!(past.status, 414, "{past:?}");
    assert_eq!(past.envelope()["code"], "INVALID_REQUEST");
    assert!(
        past.envelope()["error"]
            .as_str()
            .unwrap()
            .contains("16384 bytes")
    );
    for name in [
        "x-ratelimit-limit",
        "x-ratelimit-remaining",
        "x-ratelimit-reset",
    ] {
        assert!(past.header(name).is_some(), "{name}: {past:?}");
    }
    // hyper's own limit (64 KiB) is never reached: 100 kB is ours to refuse too.
    let huge = send(&target, &head(&request_line(100_000), &[])).await;
    assert_eq!(
        (huge.status, huge.envelope()["code"].as_str()),
        (414, Some("INVALID_REQUEST"))
    );
    let logged = target.control().requests().await.unwrap();
    assert!(
        logged
            .iter()
            .any(|r| r.status == 414 && r.path == "/api/v1/quota"),
        "{logged:?}"
    );
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn headers_at_their_limits_are_answered_and_past_them_get_the_envelope() {
    let target = Target::mock().await;
    let line = "GET /api/v1/quota HTTP/1.1\r\n";
    // Two header fields besides the key's: host and connection.
    let fields = |n: usize| (0..n).map(|i| format!("x-{i}: v")).collect::<Vec<_>>();
    let at = send(&target, &head(line, &fields(MAX_HEADERS - 3))).await;
    assert_eq!(at.status, 200, "{at:?}");
    let past = send(&target, &head(line, &fields(MAX_HEADERS - 2))).await;
    assert_eq!(past.status, 431, "{past:?}");
    assert_eq!(past.envelope()["code"], "INVALID_REQUEST");
    // The key was read: its window, not the anonymous one.
    assert_eq!(past.header("x-ratelimit-limit"), Some("300"));

    let size = |padding: usize| vec![format!("x-pad: {}", "p".repeat(padding))];
    let base = head(line, &size(0)).len();
    let at = send(&target, &head(line, &size(MAX_HEAD - base))).await;
    assert_eq!(at.status, 200, "{at:?}");
    let past = send(&target, &head(line, &size(MAX_HEAD - base + 1))).await;
    assert_eq!(past.status, 431, "{past:?}");
    assert!(
        past.envelope()["error"]
            .as_str()
            .unwrap()
            .contains("65536 bytes")
    );
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn a_long_request_after_others_on_one_connection_gets_the_envelope() {
    let target = Target::mock().await;
    let mut stream = TcpStream::connect(target.server().addr()).await.unwrap();
    let body = r#"{"name":"kept-alive"}"#;
    let first = format!(
        "POST /api/v1/rooms HTTP/1.1\r\nhost: x\r\nx-api-key: {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
        keys::PRO,
        body.len()
    );
    let chunked = format!(
        "POST /api/v1/knowledge-bases HTTP/1.1\r\nhost: x\r\nx-api-key: {}\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n5\r\n{{\"nam\r\n10\r\ne\":\"chunked kb\"}}\r\n0\r\n\r\n",
        keys::PRO
    );
    let third = head(&request_line(MAX_REQUEST_LINE + 1), &[]);
    stream
        .write_all(format!("{first}{chunked}{third}").as_bytes())
        .await
        .unwrap();
    let mut received = Vec::new();
    tokio::time::timeout(Duration::from_secs(30), stream.read_to_end(&mut received))
        .await
        .expect("the server answers and closes")
        .ok();
    let text = String::from_utf8_lossy(&received);
    let statuses: Vec<&str> = text
        .split("HTTP/1.1 ")
        .skip(1)
        .map(|answer| &answer[..3])
        .collect();
    assert_eq!(statuses, ["200", "200", "414"], "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn a_stopping_server_finishes_the_answer_in_flight() {
    use voxai_mock::control_plane::FaultSpec;
    let server = voxai_mock::MockServer::builder().start().await.unwrap();
    let control = server.control_plane();
    control
        .add_fault(&FaultSpec::new("/api/v1/quota").latency_ms(300))
        .await
        .unwrap();
    let url = format!("{}/quota", server.base_url());
    let request = tokio::spawn(async move {
        reqwest::Client::new()
            .get(url)
            .header("X-API-Key", keys::PRO)
            .send()
            .await
    });
    // The fault is taken when the request reaches it: then the answer is in flight.
    while control
        .faults()
        .await
        .unwrap()
        .iter()
        .any(|f| f.remaining > 0)
    {
        tokio::task::yield_now().await;
    }
    server.shutdown().await;
    let answer = request
        .await
        .unwrap()
        .expect("the answer is finished, not cut");
    assert_eq!(answer.status(), 200);
    let quota: Value = answer.json().await.unwrap();
    assert!(quota["quotas"].is_object(), "{quota}");
}
