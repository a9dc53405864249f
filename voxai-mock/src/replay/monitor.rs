//! Replayed monitor connections: each new connection plays the next recorded one.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::{OriginalUri, State};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use futures::{SinkExt, StreamExt};
use serde_json::Value;
use voxai_types::{ErrorBody, ErrorCode};

use super::tape::{Connection, Step};
use super::{REPLAY_HEADER, Replay};
use crate::cassette::Direction;

pub(super) async fn upgrade(
    State(replay): State<Arc<Replay>>,
    OriginalUri(uri): OriginalUri,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Response {
    let path = voxai_types::monitor::PATH;
    let Ok(upgrade) = upgrade else {
        let body = ErrorBody::new(
            ErrorCode::InvalidRequest,
            format!("{path} expects a WebSocket upgrade"),
        );
        return (StatusCode::BAD_REQUEST, axum::Json(body)).into_response();
    };
    let next = replay.tape().next_connection();
    let Some(connection) = next else {
        let reason = "no recorded monitor connection left";
        replay.tape().miss("WS", path, uri.query(), reason);
        let body = ErrorBody::new(ErrorCode::NotFound, format!("the cassette has {reason}"));
        let mut response = (StatusCode::NOT_FOUND, axum::Json(body)).into_response();
        response
            .headers_mut()
            .insert(REPLAY_HEADER, HeaderValue::from_static("miss"));
        return response;
    };
    if connection.open.status != Some(101) {
        let status = connection
            .open
            .status
            .and_then(|s| StatusCode::from_u16(s).ok())
            .unwrap_or(StatusCode::BAD_GATEWAY);
        let message = connection
            .open
            .error
            .unwrap_or_else(|| "refused".to_owned());
        return (
            status,
            axum::Json(ErrorBody::new(ErrorCode::InternalError, message)),
        )
            .into_response();
    }
    upgrade.on_upgrade(move |socket| play(replay, connection, socket))
}

/// The next text frame the client sends; `None` when it closes or goes away.
async fn next_text(socket: &mut futures::stream::SplitStream<WebSocket>) -> Option<String> {
    while let Some(Ok(message)) = socket.next().await {
        match message {
            Message::Text(text) => return Some(text.to_string()),
            Message::Close(_) => return None,
            _ => {}
        }
    }
    None
}

fn same_frame(sent: &str, recorded: &str) -> bool {
    match (
        serde_json::from_str::<Value>(sent),
        serde_json::from_str::<Value>(recorded),
    ) {
        (Ok(sent), Ok(recorded)) => sent == recorded,
        _ => sent == recorded,
    }
}

async fn pause(fast: bool, ms: f64) {
    if !fast {
        tokio::time::sleep(Duration::from_secs_f64(ms / 1000.0)).await;
    }
}

async fn play(replay: Arc<Replay>, connection: Connection, socket: WebSocket) {
    let (mut to_client, mut from_client) = socket.split();
    let mut last_ms = 0.0;
    for step in connection.steps {
        let gap = (step.ms() - last_ms).max(0.0);
        last_ms = step.ms();
        let wait = || pause(replay.fast, gap);
        match step {
            Step::Frame(frame) if frame.direction == Direction::Client => {
                let Some(sent) = next_text(&mut from_client).await else {
                    return;
                };
                let recorded = frame.text.unwrap_or_default();
                if !same_frame(&sent, &recorded) {
                    let reason =
                        format!("the client sent {sent} where the recording has {recorded}");
                    replay
                        .tape()
                        .miss("WS", voxai_types::monitor::PATH, None, &reason);
                }
            }
            Step::Frame(frame) => {
                wait().await;
                let Some(text) = frame.text else { continue };
                if to_client.send(Message::Text(text.into())).await.is_err() {
                    return;
                }
            }
            Step::Close(close) if close.direction == Direction::Server => {
                wait().await;
                let frame = close.code.map(|code| CloseFrame {
                    code,
                    reason: close.reason.into(),
                });
                let _ = to_client.send(Message::Close(frame)).await;
                let _ =
                    tokio::time::timeout(Duration::from_secs(1), next_text(&mut from_client)).await;
                return;
            }
            Step::Close(_) => {
                while next_text(&mut from_client).await.is_some() {}
                return;
            }
        }
    }
    // The recording ended with the connection open: it stays open until the client goes.
    while next_text(&mut from_client).await.is_some() {}
}
