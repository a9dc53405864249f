//! The reference server under 64 kept-alive connections, against a bare axum app that
//! answers the same bytes after the same key check (and, for a transcript line, decodes
//! the same body).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post as route_post};
use serde_json::json;
use voxai_mock::keys;
use voxai_types::sessions::AddTranscriptRequest;

use super::{BenchError, ok};
use crate::Size;
use crate::load::{interleaved, throughput};
use crate::report::{Bound, Row, Value};
use crate::servers;

const CONNECTIONS: usize = 64;

/// What the baseline answers: the reference server's own bytes for the same request.
#[derive(Clone)]
struct Canned {
    keys: Arc<HashMap<String, bool>>,
    body: Bytes,
}

impl Canned {
    fn answer(&self, headers: &HeaderMap) -> Response {
        let known = headers
            .get("x-api-key")
            .and_then(|k| k.to_str().ok())
            .and_then(|k| self.keys.get(k));
        match known {
            Some(true) => (
                [(header::CONTENT_TYPE, "application/json")],
                self.body.clone(),
            )
                .into_response(),
            _ => StatusCode::UNAUTHORIZED.into_response(),
        }
    }
}

fn baseline(body: Bytes) -> Router {
    let canned = Canned {
        keys: Arc::new(
            keys::ALL
                .iter()
                .map(|k| ((*k).to_owned(), *k != keys::REVOKED))
                .collect(),
        ),
        body,
    };
    let rooms = canned.clone();
    Router::new()
        .route(
            "/api/v1/rooms",
            get(move |headers: HeaderMap| {
                let rooms = rooms.clone();
                async move { rooms.answer(&headers) }
            }),
        )
        .route(
            "/api/v1/sessions/{room}/transcript",
            route_post(move |headers: HeaderMap, body: Bytes| {
                let canned = canned.clone();
                async move {
                    match serde_json::from_slice::<AddTranscriptRequest>(&body) {
                        Ok(_) => canned.answer(&headers),
                        Err(_) => StatusCode::BAD_REQUEST.into_response(),
                    }
                }
            }),
        )
}

/// Requests per second of `request` (built afresh for each call) over 64 connections.
async fn rate(
    client: &reqwest::Client,
    window: Duration,
    request: impl Fn(&reqwest::Client) -> reqwest::RequestBuilder + Send + Sync + 'static,
) -> Result<f64, BenchError> {
    let client = client.clone();
    let request = Arc::new(request);
    throughput(CONNECTIONS, window, move || {
        let sent = request(&client).send();
        async move {
            ok(sent.await?)?.bytes().await?;
            Ok(())
        }
    })
    .await
}

/// Five rooms, and a session in the first one for transcript lines.
async fn seed(http: &reqwest::Client, base: &str) -> Result<(), BenchError> {
    for i in 0..5 {
        let room = json!({"name": format!("bench-{i}")});
        super::post(http, base, "/rooms", &room).await?;
    }
    let session = json!({"room_name": "ent_bench-0"});
    super::post(http, base, "/sessions", &session).await?;
    Ok(())
}

/// A baseline server answering what the reference server answered to `request`; its
/// `/api/v1` base URL.
async fn baseline_of(request: reqwest::RequestBuilder) -> Result<String, BenchError> {
    let body = ok(request.send().await?)?.bytes().await?;
    Ok(format!(
        "http://{}/api/v1",
        servers::serve(baseline(body)).await?
    ))
}

pub(crate) async fn run(size: Size) -> Result<Vec<Row>, BenchError> {
    let mock = servers::mock().await?;
    let base = mock.base_url();
    let http = servers::http(CONNECTIONS)?;
    let key = keys::ENTERPRISE;
    seed(&http, &base).await?;
    let line = json!({"speaker": "user", "content": "Hello, I would like to move my appointment to Friday."});
    let rooms_base =
        baseline_of(http.get(format!("{base}/rooms")).header("X-API-Key", key)).await?;
    let lines_base = baseline_of(
        http.post(format!("{base}/sessions/ent_bench-0/transcript"))
            .header("X-API-Key", key)
            .json(&line),
    )
    .await?;

    let (rounds, window) = (
        size.pick(5, 11),
        Duration::from_millis(size.pick(400, 1500)),
    );
    let list = |base: String| {
        move |c: &reqwest::Client| c.get(format!("{base}/rooms")).header("X-API-Key", key)
    };
    let add = |base: String| {
        let line = line.clone();
        move |c: &reqwest::Client| {
            c.post(format!("{base}/sessions/ent_bench-0/transcript"))
                .header("X-API-Key", key)
                .json(&line)
        }
    };
    let (mock_list, bare_list, list_ratio) = interleaved(
        rounds,
        || rate(&http, window, list(base.clone())),
        || rate(&http, window, list(rooms_base.clone())),
    )
    .await?;
    let (mock_add, bare_add, add_ratio) = interleaved(
        rounds,
        || rate(&http, window, add(base.clone())),
        || rate(&http, window, add(lines_base.clone())),
    )
    .await?;
    mock.shutdown().await;
    Ok(vec![
        Row::ratio(
            "server-rooms-list",
            "GET /rooms, 64 kept-alive connections",
            Value::new(mock_list, "req/s"),
            ("axum, same bytes", Value::new(bare_list, "req/s")),
            list_ratio,
            Bound::AtLeast(0.75),
        ),
        Row::ratio(
            "server-transcript",
            "POST /sessions/{room}/transcript, 64 connections",
            Value::new(mock_add, "req/s"),
            ("axum, decodes the body", Value::new(bare_add, "req/s")),
            add_ratio,
            Bound::AtLeast(0.75),
        ),
    ])
}
