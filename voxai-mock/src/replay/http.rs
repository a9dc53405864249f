//! Replayed HTTP answers.

use std::sync::Arc;

use axum::Json;
use axum::body::Body as AxumBody;
use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use voxai_types::{ErrorBody, ErrorCode};

use super::tape::Asked;
use super::{REPLAY_HEADER, Replay};
use crate::cassette::{Body, Exchange, redact};

/// The largest request body read (uploads are at most 10 MB).
const MAX_REQUEST: usize = 32 << 20;

pub(super) async fn answer(State(replay): State<Arc<Replay>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let full_path = parts.uri.path().to_owned();
    let path = match full_path.strip_prefix("/api/v1") {
        Some("") => "/",
        Some(path) => path,
        None => full_path.as_str(),
    };
    let bytes = axum::body::to_bytes(body, MAX_REQUEST)
        .await
        .unwrap_or_default();
    let content_type = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let asked = Asked {
        method: parts.method.as_str(),
        path,
        query: parts.uri.query(),
        range: parts
            .headers
            .get(header::RANGE)
            .and_then(|v| v.to_str().ok()),
        body: sent_body(content_type, &bytes),
    };
    let Some(exchange) = replay.tape().answer(&asked) else {
        return miss(&asked);
    };
    replayed(exchange)
}

fn sent_body(content_type: &str, bytes: &Bytes) -> Option<Body> {
    if bytes.is_empty() {
        return None;
    }
    if content_type.contains("json") {
        if let Ok(mut value) = serde_json::from_slice(bytes) {
            redact::json(&mut value);
            return Some(Body::Json(value));
        }
    }
    if content_type.starts_with("text/") {
        return Some(Body::Text(redact::text(&String::from_utf8_lossy(bytes))));
    }
    None
}

fn miss(asked: &Asked<'_>) -> Response {
    let query = asked
        .query
        .map(|q| format!("?{}", redact::query(q)))
        .unwrap_or_default();
    let body = ErrorBody::new(
        ErrorCode::NotFound,
        format!(
            "the cassette has no answer for {} {}{query}",
            asked.method, asked.path
        ),
    );
    let mut response = (StatusCode::NOT_FOUND, Json(body)).into_response();
    response
        .headers_mut()
        .insert(REPLAY_HEADER, HeaderValue::from_static("miss"));
    response
}

/// Zeros stand in for bytes that were recorded as a summary only.
static ZEROS: [u8; 64 * 1024] = [0; 64 * 1024];

fn replayed(exchange: Exchange) -> Response {
    let status = StatusCode::from_u16(exchange.status).unwrap_or(StatusCode::BAD_GATEWAY);
    let mut builder = Response::builder().status(status);
    for (name, value) in &exchange.headers {
        if let (Ok(name), Ok(value)) = (
            HeaderName::try_from(name.as_str()),
            HeaderValue::try_from(value.as_str()),
        ) {
            builder = builder.header(name, value);
        }
    }
    let body = match exchange.response {
        None => AxumBody::empty(),
        Some(Body::Json(value)) => AxumBody::from(serde_json::to_vec(&value).unwrap_or_default()),
        Some(Body::Text(text)) => AxumBody::from(text),
        Some(Body::Bytes {
            base64: Some(encoded),
            ..
        }) => {
            use base64::Engine;
            AxumBody::from(
                base64::engine::general_purpose::STANDARD
                    .decode(encoded)
                    .unwrap_or_default(),
            )
        }
        Some(Body::Bytes { length, .. }) => {
            builder = builder.header(REPLAY_HEADER, "body-not-recorded");
            let chunk = ZEROS.len() as u64;
            let chunks = (0..length.div_ceil(chunk)).map(move |i| {
                let size = (length - i * chunk).min(chunk) as usize;
                Ok::<_, std::io::Error>(Bytes::from_static(&ZEROS[..size]))
            });
            AxumBody::from_stream(futures::stream::iter(chunks))
        }
    };
    builder
        .body(body)
        .unwrap_or_else(|e| (StatusCode::BAD_GATEWAY, e.to_string()).into_response())
}
