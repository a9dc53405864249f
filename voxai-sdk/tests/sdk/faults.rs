//! The fault matrix at the wire: servers that cut a response short, stall in the middle of
//! a body or reset after reading a request (the 503 with an HTTP-date is in `retry`). Each ends as
//! documented, and a POST is never sent twice once it may have arrived.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use voxai_sdk::{Client, Error, RetryPolicy};

use crate::common::{KEY, api, json as respond};

/// What a scripted server does with each request it reads.
#[derive(Clone, Copy)]
enum Script {
    /// Write these bytes, then close.
    Answer(&'static [u8]),
    /// Write these bytes, then keep the connection open and silent.
    Stall(&'static [u8]),
}

/// A raw HTTP/1.1 server following `script`; counts the requests it read.
async fn scripted(script: Script) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base_url = format!("http://{}/api/v1", listener.local_addr().unwrap());
    let count = Arc::new(AtomicUsize::new(0));
    let seen = count.clone();
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((mut stream, _)) = listener.accept().await {
            if read_request(&mut stream).await {
                seen.fetch_add(1, Ordering::SeqCst);
                match script {
                    Script::Answer(bytes) => {
                        let _ = stream.write_all(bytes).await;
                        let _ = stream.shutdown().await;
                    }
                    Script::Stall(bytes) => {
                        let _ = stream.write_all(bytes).await;
                        held.push(stream);
                    }
                }
            }
        }
    });
    (base_url, count)
}

/// Reads one request (headers and a `Content-Length` body); false if the client left.
async fn read_request(stream: &mut TcpStream) -> bool {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let Ok(read) = stream.read(&mut chunk).await else {
            return false;
        };
        if read == 0 {
            return false;
        }
        buffer.extend_from_slice(&chunk[..read]);
        if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buffer[..end]).to_ascii_lowercase();
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok())
                .unwrap_or(0);
            if buffer.len() >= end + 4 + length {
                return true;
            }
        }
    }
}

/// A network error after the request went out: the server may have acted on it.
fn sent_but_unanswered(err: &Error) -> bool {
    matches!(
        err,
        Error::Transport {
            request_sent: true,
            ..
        }
    )
}

fn client(base_url: &str, retries: u32) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(base_url)
        .retry_policy(
            RetryPolicy::default()
                .with_max_retries(retries)
                .with_jitter(false)
                .with_initial_backoff(Duration::from_millis(1)),
        )
        .timeout(Duration::from_secs(2))
        .build()
        .unwrap()
}

const TRUNCATED: &[u8] =
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{\"rooms\":[";
const NOTHING: &[u8] = b"";

#[tokio::test]
async fn a_truncated_body_is_a_network_error_retried_for_get_only() {
    let (base_url, count) = scripted(Script::Answer(TRUNCATED)).await;
    let err = client(&base_url, 2).rooms().list().await.unwrap_err();
    assert!(sent_but_unanswered(&err), "{err:?}");
    assert_eq!(
        count.load(Ordering::SeqCst),
        3,
        "GET: the first try and 2 retries"
    );

    let (base_url, count) = scripted(Script::Answer(TRUNCATED)).await;
    let err = client(&base_url, 2).rooms().create("r").await.unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert_eq!(
        count.load(Ordering::SeqCst),
        1,
        "a POST that arrived is not repeated"
    );
    assert!(!format!("{err} {err:?}").contains(KEY));
}

#[tokio::test]
async fn a_reset_after_the_request_was_read_is_not_retried_for_post() {
    let (base_url, count) = scripted(Script::Answer(NOTHING)).await;
    let err = client(&base_url, 3)
        .sessions()
        .end("proj_r", Default::default())
        .await
        .unwrap_err();
    assert!(sent_but_unanswered(&err), "{err:?}");
    assert_eq!(count.load(Ordering::SeqCst), 1);

    let (base_url, count) = scripted(Script::Answer(NOTHING)).await;
    let err = client(&base_url, 3)
        .knowledge_bases()
        .delete(1)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert_eq!(
        count.load(Ordering::SeqCst),
        4,
        "DELETE is idempotent: retried"
    );
}

#[tokio::test(start_paused = true)]
async fn a_body_that_stalls_past_the_timeout_times_out() {
    let (base_url, count) = scripted(Script::Stall(TRUNCATED)).await;
    let err = client(&base_url, 0)
        .rooms()
        .list()
        .timeout(Duration::from_millis(300))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    assert_eq!(count.load(Ordering::SeqCst), 1);

    // A POST that timed out may have been applied: not repeated.
    let (base_url, count) = scripted(Script::Stall(TRUNCATED)).await;
    let err = client(&base_url, 3)
        .rooms()
        .create("r")
        .timeout(Duration::from_millis(300))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    assert_eq!(count.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_malformed_body_to_a_post_is_a_decode_error_and_not_repeated() {
    let server = wiremock::MockServer::start().await;
    api("POST", "/rooms")
        .respond_with(respond(200, json!("not a room")))
        .mount(&server)
        .await;
    let err = client(&format!("{}/api/v1", server.uri()), 3)
        .rooms()
        .create("r")
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Decode { status: 200, .. }), "{err:?}");
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}
