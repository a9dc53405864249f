//! The monitor half of the proxy: the client's WebSocket joined to one opened to the
//! upstream, every frame passed on as it comes and recorded with its direction and time.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::{self, WebSocket, WebSocketUpgrade};
use axum::extract::{OriginalUri, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures::{SinkExt, StreamExt};
use tokio_tungstenite::tungstenite::{
    self, protocol::CloseFrame, protocol::frame::coding::CloseCode,
};
use voxai_types::{ErrorBody, ErrorCode};

use super::Proxy;
use crate::cassette::{Direction, Entry, MonitorClose, MonitorFrame, MonitorOpen, redact};

/// How long a close may take to pass on once one side is gone.
const CLOSE_GRACE: Duration = Duration::from_secs(1);

pub(super) async fn upgrade(
    State(proxy): State<Arc<Proxy>>,
    OriginalUri(uri): OriginalUri,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Response {
    let Ok(upgrade) = upgrade else {
        let body = ErrorBody::new(
            ErrorCode::InvalidRequest,
            format!("{} expects a WebSocket upgrade", voxai_types::monitor::PATH),
        );
        return (StatusCode::BAD_REQUEST, axum::Json(body)).into_response();
    };
    let connection = proxy.next_connection();
    let query = uri.query();
    let url = match query {
        Some(query) => format!("{}?{query}", proxy.upstream.monitor),
        None => proxy.upstream.monitor.clone(),
    };
    let mut open = MonitorOpen {
        connection,
        query: query.map(redact::query),
        status: None,
        error: None,
    };
    match open_upstream(&proxy, &url).await {
        Ok(upstream) => {
            open.status = Some(StatusCode::SWITCHING_PROTOCOLS.as_u16());
            proxy.record(&Entry::MonitorOpen(open));
            upgrade.on_upgrade(move |client| pump(proxy, connection, client, upstream))
        }
        Err((status, error)) => {
            // The URL carries the key: nothing of it goes into the message.
            let message = format!(
                "the upstream monitor could not be reached: {}",
                without_query(&error, query)
            );
            open.status = Some(status.as_u16());
            open.error = Some(message.clone());
            proxy.record(&Entry::MonitorOpen(open));
            let body = ErrorBody::new(ErrorCode::InternalError, message);
            (status, axum::Json(body)).into_response()
        }
    }
}

/// The upstream's WebSocket, opened as an HTTP/1.1 upgrade through reqwest: tungstenite's
/// own client handshake would log the request, `api_key` query and all, at TRACE.
async fn open_upstream(proxy: &Proxy, ws_url: &str) -> Result<Upstream, (StatusCode, String)> {
    use tokio_tungstenite::tungstenite::handshake::{client::generate_key, derive_accept_key};
    let gateway = |message: String| (StatusCode::BAD_GATEWAY, message);
    let url = match ws_url.split_once("://") {
        Some(("wss", rest)) => format!("https://{rest}"),
        Some((_, rest)) => format!("http://{rest}"),
        None => return Err(gateway("the monitor URL has no scheme".into())),
    };
    let key = generate_key();
    let response = proxy
        .upgrades
        .get(url)
        .header(header::CONNECTION, "Upgrade")
        .header(header::UPGRADE, "websocket")
        .header(header::SEC_WEBSOCKET_VERSION, "13")
        .header(header::SEC_WEBSOCKET_KEY, &key)
        .send()
        .await
        .map_err(|e| gateway(crate::error::cause_chain(&e.without_url())))?;
    if response.status() != StatusCode::SWITCHING_PROTOCOLS {
        return Err((response.status(), format!("HTTP {}", response.status())));
    }
    let accept = derive_accept_key(key.as_bytes());
    if response
        .headers()
        .get(header::SEC_WEBSOCKET_ACCEPT)
        .map(|v| v.as_bytes())
        != Some(accept.as_bytes())
    {
        return Err(gateway(
            "the upgrade answer does not accept this key".into(),
        ));
    }
    let upgraded = response
        .upgrade()
        .await
        .map_err(|e| gateway(crate::error::cause_chain(&e.without_url())))?;
    Ok(tokio_tungstenite::WebSocketStream::from_raw_socket(
        upgraded,
        tungstenite::protocol::Role::Client,
        None,
    )
    .await)
}

fn without_query(message: &str, query: Option<&str>) -> String {
    match query {
        Some(query) if !query.is_empty() => message.replace(query, &redact::query(query)),
        _ => message.to_owned(),
    }
}

type Upstream = tokio_tungstenite::WebSocketStream<reqwest::Upgraded>;

async fn pump(proxy: Arc<Proxy>, connection: u64, client: WebSocket, upstream: Upstream) {
    let opened = Instant::now();
    let since = || opened.elapsed().as_secs_f64() * 1000.0;
    let (mut to_client, mut from_client) = client.split();
    let (mut to_upstream, mut from_upstream) = upstream.split();
    loop {
        tokio::select! {
            message = from_client.next() => {
                let Some(Ok(message)) = message else { break };
                record(&proxy, connection, Direction::Client, since(), &Seen::from_client(&message));
                if to_upstream.send(to_tungstenite(message)).await.is_err() {
                    break;
                }
            }
            message = from_upstream.next() => {
                let Some(Ok(message)) = message else { break };
                let Some(message) = to_axum(message) else { continue };
                record(&proxy, connection, Direction::Server, since(), &Seen::from_client(&message));
                if to_client.send(message).await.is_err() {
                    break;
                }
            }
        }
    }
    let _ = tokio::time::timeout(CLOSE_GRACE, async {
        let _ = to_client.close().await;
        let _ = to_upstream.close().await;
    })
    .await;
}

/// What the cassette keeps of a frame.
enum Seen {
    Text(String),
    Binary(u64),
    Close(Option<u16>, String),
    Control,
}

impl Seen {
    fn from_client(message: &ws::Message) -> Self {
        match message {
            ws::Message::Text(text) => Self::Text(redact::text(text.as_str())),
            ws::Message::Binary(bytes) => Self::Binary(bytes.len() as u64),
            ws::Message::Close(frame) => Self::Close(
                frame.as_ref().map(|f| f.code),
                frame
                    .as_ref()
                    .map(|f| f.reason.to_string())
                    .unwrap_or_default(),
            ),
            ws::Message::Ping(_) | ws::Message::Pong(_) => Self::Control,
        }
    }
}

fn record(proxy: &Proxy, connection: u64, direction: Direction, ms: f64, seen: &Seen) {
    let entry = match seen {
        Seen::Control => return,
        Seen::Close(code, reason) => Entry::MonitorClose(MonitorClose {
            connection,
            direction,
            ms,
            code: *code,
            reason: reason.clone(),
        }),
        Seen::Text(text) => Entry::MonitorFrame(MonitorFrame {
            connection,
            direction,
            ms,
            text: Some(text.clone()),
            binary_length: None,
        }),
        Seen::Binary(length) => Entry::MonitorFrame(MonitorFrame {
            connection,
            direction,
            ms,
            text: None,
            binary_length: Some(*length),
        }),
    };
    proxy.record(&entry);
}

fn to_tungstenite(message: ws::Message) -> tungstenite::Message {
    match message {
        ws::Message::Text(text) => tungstenite::Message::text(text.as_str()),
        ws::Message::Binary(bytes) => tungstenite::Message::Binary(bytes),
        ws::Message::Ping(bytes) => tungstenite::Message::Ping(bytes),
        ws::Message::Pong(bytes) => tungstenite::Message::Pong(bytes),
        ws::Message::Close(frame) => tungstenite::Message::Close(frame.map(|f| CloseFrame {
            code: CloseCode::from(f.code),
            reason: f.reason.as_str().into(),
        })),
    }
}

fn to_axum(message: tungstenite::Message) -> Option<ws::Message> {
    Some(match message {
        tungstenite::Message::Text(text) => ws::Message::Text(text.as_str().into()),
        tungstenite::Message::Binary(bytes) => ws::Message::Binary(bytes),
        tungstenite::Message::Ping(bytes) => ws::Message::Ping(bytes),
        tungstenite::Message::Pong(bytes) => ws::Message::Pong(bytes),
        tungstenite::Message::Close(frame) => ws::Message::Close(frame.map(|f| ws::CloseFrame {
            code: u16::from(f.code),
            reason: f.reason.as_str().into(),
        })),
        tungstenite::Message::Frame(_) => return None,
    })
}
