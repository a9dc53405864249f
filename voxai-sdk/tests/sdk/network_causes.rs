//! The network cause of a failure, read from the error's types over real sockets: one
//! server on 127.0.0.1 per way a connection can fail.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use voxai_sdk::{Client, Error, NetworkCause, RetryPolicy};

use crate::common::KEY;

fn client(base_url: &str) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(base_url)
        .retry_policy(RetryPolicy::none())
        .timeout(Duration::from_millis(500))
        .no_proxy()
        .build()
        .unwrap()
}

/// A port nothing listens on.
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// A server that handles each connection with `serve`.
async fn server<F, Fut>(serve: F) -> u16
where
    F: Fn(tokio::net::TcpStream) -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(serve(stream));
        }
    });
    port
}

async fn read_some(stream: &mut tokio::net::TcpStream) {
    let mut buffer = [0u8; 1024];
    let _ = stream.read(&mut buffer).await;
}

fn cause(error: &Error) -> Option<NetworkCause> {
    error.network_cause()
}

#[tokio::test]
async fn refused() {
    let error = client(&format!("http://127.0.0.1:{}/api/v1", closed_port()))
        .quota()
        .await
        .unwrap_err();
    assert_eq!(cause(&error), Some(NetworkCause::Refused), "{error}");
    assert!(error.is_connect() && !error.is_timeout(), "{error:?}");
    assert!(std::error::Error::source(&error).is_some());
}

#[tokio::test]
async fn reset_after_the_request_was_sent() {
    let port = server(|mut stream| async move {
        read_some(&mut stream).await;
        drop(stream);
    })
    .await;
    let error = client(&format!("http://127.0.0.1:{port}/api/v1"))
        .quota()
        .await
        .unwrap_err();
    assert_eq!(cause(&error), Some(NetworkCause::Reset), "{error}");
    assert!(!error.is_connect(), "{error:?}");
}

#[tokio::test]
async fn timeout() {
    let port = server(|mut stream| async move {
        read_some(&mut stream).await;
        // Holds the connection open without answering.
        let _ = stream.read(&mut [0u8; 1]).await;
    })
    .await;
    let error = client(&format!("http://127.0.0.1:{port}/api/v1"))
        .quota()
        .await
        .unwrap_err();
    assert_eq!(cause(&error), Some(NetworkCause::Timeout), "{error}");
    assert!(error.is_timeout(), "{error:?}");
}

#[tokio::test]
async fn tls_against_a_server_that_speaks_plain_http() {
    let port = server(|mut stream| async move {
        read_some(&mut stream).await;
        let _ = stream
            .write_all(b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n")
            .await;
    })
    .await;
    let error = client(&format!("https://127.0.0.1:{port}/api/v1"))
        .quota()
        .await
        .unwrap_err();
    assert_eq!(cause(&error), Some(NetworkCause::Tls), "{error}");
}

#[tokio::test]
async fn a_dead_proxy_is_named_for_rest_and_the_monitor() {
    let proxy = format!("http://127.0.0.1:{}", closed_port());
    let target = format!("http://127.0.0.1:{}/api/v1", closed_port());
    let client = Client::builder()
        .api_key(KEY)
        .base_url(&target)
        .retry_policy(RetryPolicy::none())
        .proxy(&proxy)
        .build()
        .unwrap();
    let rest = client.quota().await.unwrap_err();
    let monitor = crate::common::monitor_failure(&client).await;
    for error in [&rest, &monitor] {
        assert_eq!(cause(error), Some(NetworkCause::Proxy), "{error}");
        let text = error.to_string();
        assert!(text.contains(&proxy), "{text}");
        assert!(!text.contains(KEY), "{text}");
    }
    assert!(rest.is_connect());
}
