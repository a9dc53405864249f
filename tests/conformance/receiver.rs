//! A local webhook receiver: a real HTTP server on 127.0.0.1 that answers each request
//! with the next planned status and hands every request to the test.

use std::collections::HashMap;
use std::sync::Arc;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::sync::{Notify, mpsc};

#[derive(Debug)]
pub struct Received {
    pub headers: HashMap<String, String>,
    pub body: Vec<u8>,
    pub status_sent: u16,
}

pub struct Receiver {
    pub url: String,
    rx: mpsc::UnboundedReceiver<Received>,
}

/// How a [`Receiver`] answers.
#[derive(Default)]
pub struct Plan {
    /// The first requests' statuses (e.g. `[500, 500]`); the rest get 200.
    pub statuses: Vec<u16>,
    /// Sent as `Retry-After` with every answer that is not 2xx.
    pub retry_after: Option<u64>,
    /// When set, the first request is answered only once this is notified.
    pub hold_first: Option<Arc<Notify>>,
}

impl Receiver {
    /// Answers the first requests with `plan` (e.g. `[500, 500]`), the rest with 200.
    pub async fn start(plan: Vec<u16>) -> Self {
        Self::with(Plan {
            statuses: plan,
            ..Plan::default()
        })
        .await
    }

    /// A receiver that answers as `plan` says, one request at a time.
    pub async fn with(plan: Plan) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/hooks", listener.local_addr().unwrap());
        let (tx, rx) = mpsc::unbounded_channel();
        tokio::spawn(async move {
            let mut statuses = plan.statuses.into_iter();
            let mut hold = plan.hold_first;
            while let Ok((mut stream, _)) = listener.accept().await {
                let Some((headers, body)) = read_request(&mut stream).await else {
                    continue;
                };
                if let Some(hold) = hold.take() {
                    hold.notified().await;
                }
                let status = statuses.next().unwrap_or(200);
                let retry_after = match plan.retry_after {
                    Some(seconds) if !(200..300).contains(&status) => {
                        format!("retry-after: {seconds}\r\n")
                    }
                    _ => String::new(),
                };
                let reply = format!(
                    "HTTP/1.1 {status} X\r\ncontent-length: 0\r\n{retry_after}connection: close\r\n\r\n"
                );
                let _ = stream.write_all(reply.as_bytes()).await;
                let _ = stream.shutdown().await;
                if tx
                    .send(Received {
                        headers,
                        body,
                        status_sent: status,
                    })
                    .is_err()
                {
                    return;
                }
            }
        });
        Self { url, rx }
    }

    /// The next request, waiting for it (bounded, so a missing delivery fails the test).
    pub async fn next(&mut self) -> Received {
        tokio::time::timeout(std::time::Duration::from_secs(30), self.rx.recv())
            .await
            .expect("no webhook arrived within 30 s")
            .expect("receiver stopped")
    }
}

async fn read_request(
    stream: &mut tokio::net::TcpStream,
) -> Option<(HashMap<String, String>, Vec<u8>)> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..n]);
        if let Some(at) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let headers: HashMap<String, String> = head
        .lines()
        .skip(1)
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let length: usize = headers
        .get("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut body = buffer[head_end..].to_vec();
    while body.len() < length {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            break;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    Some((headers, body))
}
