//! The HTTP half of the proxy: each request passed to the upstream unchanged, the answer
//! streamed back as it arrives and recorded when its last byte has gone.

use crate::error::cause_chain;
use std::collections::BTreeMap;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll, ready};
use std::time::Instant;

use axum::Json;
use axum::body::Body as AxumBody;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, StatusCode, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use futures::Stream;
use sha2::{Digest, Sha256};
use voxai_types::{ErrorBody, ErrorCode};

use super::Proxy;
use crate::cassette::{Body, Entry, Exchange, redact};

/// The largest request body passed on (uploads are at most 10 MB).
const MAX_REQUEST: usize = 32 << 20;

/// The most of a JSON or text answer kept for the cassette; past it, a summary.
const MAX_TEXT: usize = 8 << 20;

/// The most of a binary body kept with `--record-bodies`; past it, a summary.
const MAX_BYTES: usize = 64 << 20;

/// Request headers that change the answer, recorded for replay.
const REQUEST_HEADERS: &[&str] = &["content-type", "range", "if-range"];

/// Answer headers that matter to a client.
const RESPONSE_HEADERS: &[&str] = &[
    "content-type",
    "content-range",
    "accept-ranges",
    "retry-after",
    "x-ratelimit-limit",
    "x-ratelimit-remaining",
    "x-ratelimit-reset",
];

/// Headers that belong to one connection, never passed on.
fn hop_by_hop(name: &HeaderName) -> bool {
    matches!(
        name.as_str(),
        "connection"
            | "keep-alive"
            | "proxy-authenticate"
            | "proxy-authorization"
            | "te"
            | "trailer"
            | "transfer-encoding"
            | "upgrade"
            | "host"
    )
}

fn selected(headers: &HeaderMap, names: &[&str]) -> BTreeMap<String, String> {
    names
        .iter()
        .filter_map(|name| {
            let value = headers.get(*name)?.to_str().ok()?;
            Some(((*name).to_owned(), value.to_owned()))
        })
        .collect()
}

pub(super) async fn forward(State(proxy): State<Arc<Proxy>>, request: Request) -> Response {
    let started = Instant::now();
    let (parts, body) = request.into_parts();
    let Some(path) = parts.uri.path().strip_prefix("/api/v1") else {
        return envelope(
            StatusCode::NOT_FOUND,
            ErrorCode::NotFound,
            format!(
                "the recording proxy forwards /api/v1/... and {} only, not {}",
                voxai_types::monitor::PATH,
                parts.uri.path()
            ),
        );
    };
    let path = if path.is_empty() { "/" } else { path }.to_owned();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_REQUEST).await else {
        return envelope(
            StatusCode::PAYLOAD_TOO_LARGE,
            ErrorCode::InvalidRequest,
            format!("the recording proxy passes request bodies of at most {MAX_REQUEST} bytes"),
        );
    };
    let query = parts.uri.query();
    let url = match query {
        Some(query) => format!("{}{path}?{query}", proxy.upstream.base),
        None => format!("{}{path}", proxy.upstream.base),
    };
    let mut exchange = Exchange {
        seq: proxy.next_seq(),
        method: parts.method.to_string(),
        path,
        query: query.map(redact::query),
        request_headers: selected(&parts.headers, REQUEST_HEADERS),
        request: request_body(&parts.headers, &bytes, proxy.record_bodies),
        status: 0,
        headers: BTreeMap::new(),
        response: None,
        duration_ms: 0.0,
        error: None,
    };
    let mut outgoing = proxy.http.request(parts.method, url).body(bytes);
    for (name, value) in &parts.headers {
        if !hop_by_hop(name) && name != header::CONTENT_LENGTH {
            outgoing = outgoing.header(name, value);
        }
    }
    match outgoing.send().await {
        Ok(answer) => pass_back(proxy, exchange, answer, started),
        Err(error) => {
            let message = format!(
                "the upstream {} could not be reached: {}",
                proxy.upstream.base,
                cause_chain(&error)
            );
            let response = envelope(
                StatusCode::BAD_GATEWAY,
                ErrorCode::InternalError,
                message.clone(),
            );
            exchange.status = StatusCode::BAD_GATEWAY.as_u16();
            exchange.headers = selected(response.headers(), RESPONSE_HEADERS);
            exchange.response =
                serde_json::to_value(ErrorBody::new(ErrorCode::InternalError, &message))
                    .ok()
                    .map(Body::Json);
            exchange.error = Some(message);
            exchange.duration_ms = started.elapsed().as_secs_f64() * 1000.0;
            proxy.record(&Entry::Http(Box::new(exchange)));
            response
        }
    }
}

fn envelope(status: StatusCode, code: ErrorCode, message: String) -> Response {
    (status, Json(ErrorBody::new(code, message))).into_response()
}

fn request_body(headers: &HeaderMap, bytes: &Bytes, keep: bool) -> Option<Body> {
    if bytes.is_empty() {
        return None;
    }
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let mut capture = Capture::new(content_type, keep);
    capture.push(bytes);
    capture.body()
}

/// The upstream's answer, streamed to the client and recorded at its end.
fn pass_back(
    proxy: Arc<Proxy>,
    mut exchange: Exchange,
    answer: reqwest::Response,
    started: Instant,
) -> Response {
    exchange.status = answer.status().as_u16();
    exchange.headers = selected(answer.headers(), RESPONSE_HEADERS);
    let content_type = exchange.headers.get("content-type").cloned();
    let mut response = Response::builder().status(answer.status());
    if let Some(headers) = response.headers_mut() {
        for (name, value) in answer.headers() {
            if !hop_by_hop(name) {
                headers.append(name, value.clone());
            }
        }
    }
    let keep = proxy.record_bodies;
    let expected = answer.content_length();
    if expected == Some(0) {
        // Nothing to stream: recorded before the client can see the answer.
        exchange.duration_ms = started.elapsed().as_secs_f64() * 1000.0;
        proxy.record(&Entry::Http(Box::new(exchange)));
        return response.body(AxumBody::empty()).unwrap_or_else(|e| {
            envelope(
                StatusCode::BAD_GATEWAY,
                ErrorCode::InternalError,
                e.to_string(),
            )
        });
    }
    let tee = Tee {
        expected,
        inner: Box::pin(answer.bytes_stream()),
        recording: Recording {
            proxy,
            exchange: Some(exchange),
            capture: Capture::new(content_type, keep),
            started,
        },
    };
    response
        .body(AxumBody::from_stream(tee))
        .unwrap_or_else(|e| {
            envelope(
                StatusCode::BAD_GATEWAY,
                ErrorCode::InternalError,
                e.to_string(),
            )
        })
}

/// What a body is recorded as, decided by its content type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Json,
    Text,
    Binary,
}

/// A body seen in pieces: its length and hash always, its bytes while they are wanted.
struct Capture {
    kind: Kind,
    content_type: Option<String>,
    kept: Vec<u8>,
    limit: usize,
    length: u64,
    sha256: Sha256,
    overflow: bool,
}

impl Capture {
    fn new(content_type: Option<String>, keep_binary: bool) -> Self {
        let media = content_type.as_deref().unwrap_or("").to_ascii_lowercase();
        let kind = if media.contains("json") {
            Kind::Json
        } else if media.starts_with("text/") {
            Kind::Text
        } else {
            Kind::Binary
        };
        let limit = match kind {
            Kind::Json | Kind::Text => MAX_TEXT,
            Kind::Binary if keep_binary => MAX_BYTES,
            Kind::Binary => 0,
        };
        Self {
            kind,
            content_type,
            kept: Vec::new(),
            limit,
            length: 0,
            sha256: Sha256::new(),
            overflow: false,
        }
    }

    fn push(&mut self, bytes: &[u8]) {
        self.length += bytes.len() as u64;
        self.sha256.update(bytes);
        if self.kept.len() + bytes.len() <= self.limit {
            self.kept.extend_from_slice(bytes);
        } else {
            self.overflow = true;
            self.kept = Vec::new();
        }
    }

    fn body(&mut self) -> Option<Body> {
        if self.length == 0 {
            return None;
        }
        if !self.overflow {
            match self.kind {
                Kind::Json => {
                    if let Ok(mut value) = serde_json::from_slice(&self.kept) {
                        redact::json(&mut value);
                        return Some(Body::Json(value));
                    }
                }
                Kind::Text => {
                    return Some(Body::Text(redact::text(&String::from_utf8_lossy(
                        &self.kept,
                    ))));
                }
                Kind::Binary => {}
            }
        }
        let kept = std::mem::take(&mut self.kept);
        let keep = !self.overflow && self.limit > 0 && self.kind == Kind::Binary;
        Some(Body::Bytes {
            content_type: self.content_type.clone(),
            length: self.length,
            sha256: hex::encode(self.sha256.clone().finalize()),
            base64: keep.then(|| {
                use base64::Engine;
                base64::engine::general_purpose::STANDARD.encode(kept)
            }),
        })
    }
}

/// An exchange waiting for its answer's end; recorded once, when the body ends, fails,
/// or the client goes away.
struct Recording {
    proxy: Arc<Proxy>,
    exchange: Option<Exchange>,
    capture: Capture,
    started: Instant,
}

impl Recording {
    fn finish(&mut self, error: Option<String>) {
        let Some(mut exchange) = self.exchange.take() else {
            return;
        };
        exchange.response = self.capture.body();
        exchange.error = error;
        exchange.duration_ms = self.started.elapsed().as_secs_f64() * 1000.0;
        self.proxy.record(&Entry::Http(Box::new(exchange)));
    }
}

impl Drop for Recording {
    fn drop(&mut self) {
        self.finish(Some(
            "the client went away before the answer's end".to_owned(),
        ));
    }
}

type Upstream = Pin<Box<dyn Stream<Item = reqwest::Result<Bytes>> + Send>>;

/// The answer's bytes on their way to the client, seen by the recording.
struct Tee {
    /// The answer's `Content-Length`: once that much has passed, the exchange is
    /// recorded (a server may stop polling a body whose length it has sent).
    expected: Option<u64>,
    inner: Upstream,
    recording: Recording,
}

impl Stream for Tee {
    type Item = Result<Bytes, std::io::Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let next = ready!(self.inner.as_mut().poll_next(cx));
        Poll::Ready(match next {
            Some(Ok(bytes)) => {
                self.recording.capture.push(&bytes);
                if self
                    .expected
                    .is_some_and(|n| self.recording.capture.length >= n)
                {
                    self.recording.finish(None);
                }
                Some(Ok(bytes))
            }
            Some(Err(error)) => {
                let message = format!("the answer was cut short: {}", cause_chain(&error));
                self.recording.finish(Some(message.clone()));
                Some(Err(std::io::Error::other(message)))
            }
            None => {
                self.recording.finish(None);
                None
            }
        })
    }
}
