//! The monitor WebSocket (reference section 13): `/ws/monitor?api_key=KEY`.
//!
//! Each connection has a bounded queue of outgoing frames. Events are offered to it
//! without waiting; a client whose queue is full (it stopped reading) is disconnected
//! with close code 4008, so it can never slow the others down.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::extract::State;
use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::response::{IntoResponse, Response};
use futures::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;
use voxai_types::monitor::{
    Action, CLOSE_TOO_SLOW, CLOSE_UNAUTHORIZED, Channel, Command, ServerMessage,
};

mod hub;

use hub::Subscriber;
pub(crate) use hub::{Hub, run as fan_out};

use crate::control_plane::MonitorConnection as ConnectionInfo;
use crate::error::ApiError;
use crate::extract::ApiQuery;
use crate::gate::authenticate;
use crate::responses::ResponseMode;
use crate::state::App;

/// Frames written to a connection at once, at most.
const WRITE_BATCH: usize = 64;

/// How long a close frame may take to go out before the connection is just dropped.
const CLOSE_GRACE: Duration = Duration::from_secs(1);

#[derive(Debug, Default)]
pub(crate) struct Connections {
    next_id: Mutex<u64>,
    all: Mutex<Vec<ConnectionInfo>>,
    /// Woken whenever a connection changes, e.g. closes.
    changed: tokio::sync::Notify,
}

impl Connections {
    fn open(&self, project_id: Option<u64>) -> u64 {
        let id = {
            let mut next = self.next_id.lock().unwrap_or_else(PoisonError::into_inner);
            *next += 1;
            *next
        };
        self.all
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(ConnectionInfo {
                id,
                project_id,
                channels: Vec::new(),
                open: true,
                close_code: None,
                close_reason: None,
            });
        id
    }

    fn update(&self, id: u64, f: impl FnOnce(&mut ConnectionInfo)) {
        let mut all = self.all.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(info) = all.iter_mut().find(|c| c.id == id) {
            f(info);
        }
        drop(all);
        self.changed.notify_waiters();
    }

    /// Returns once no connection is open (their close frames sent).
    pub(crate) async fn all_closed(&self) {
        loop {
            let notified = self.changed.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            let open = self
                .all
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .iter()
                .any(|c| c.open);
            if !open {
                return;
            }
            notified.await;
        }
    }

    pub(crate) fn list(&self) -> Vec<ConnectionInfo> {
        self.all
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    pub(crate) fn clear_closed(&self) {
        self.all
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .retain(|c| c.open);
    }
}

pub(crate) async fn connections(State(app): State<App>) -> axum::Json<Value> {
    axum::Json(json!({ "connections": app.connections.list() }))
}

pub(crate) async fn upgrade(
    State(app): State<App>,
    ApiQuery(query): ApiQuery<HashMap<String, String>>,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Response {
    let Ok(upgrade) = upgrade else {
        return ApiError::bad_request("/ws/monitor expects a WebSocket upgrade").into_response();
    };
    let auth = authenticate(&app, query.get("api_key").map(String::as_str));
    upgrade.on_upgrade(move |socket| async move {
        match auth {
            Ok((project_id, _)) => serve(app, socket, project_id).await,
            Err(_) => refuse(app, socket).await,
        }
    })
}

async fn refuse(app: App, mut socket: WebSocket) {
    let id = app.connections.open(None);
    let reason = "Invalid or missing API key";
    let close = Message::Close(Some(CloseFrame {
        code: CLOSE_UNAUTHORIZED,
        reason: reason.into(),
    }));
    let _ = tokio::time::timeout(CLOSE_GRACE, socket.send(close)).await;
    app.connections.update(id, |c| {
        c.open = false;
        c.close_code = Some(CLOSE_UNAUTHORIZED);
        c.close_reason = Some(reason.into());
    });
}

fn text(message: &ServerMessage) -> Message {
    Message::Text(serde_json::to_string(message).unwrap_or_default().into())
}

/// Feeds every frame of `batch` and flushes once.
async fn write_all(
    sink: &mut futures::stream::SplitSink<WebSocket, Message>,
    batch: &mut Vec<Message>,
) -> Result<(), axum::Error> {
    for message in batch.drain(..) {
        sink.feed(message).await?;
    }
    sink.flush().await
}

/// Why the server ends a connection; `None` when the client went away.
pub(crate) type CloseReason = Arc<Mutex<Option<(u16, String)>>>;

pub(crate) fn end(closing: &CancellationToken, reason: &CloseReason, code: u16, why: &str) {
    reason
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .get_or_insert_with(|| (code, why.to_owned()));
    closing.cancel();
}

/// Reads the client's commands; replies go through the queue like events.
async fn read(
    app: App,
    id: u64,
    mut stream: futures::stream::SplitStream<WebSocket>,
    queue: mpsc::Sender<Message>,
    channels: Arc<Mutex<BTreeSet<Channel>>>,
    closing: CancellationToken,
    reason: CloseReason,
) {
    loop {
        let message = tokio::select! {
            () = closing.cancelled() => return,
            message = stream.next() => message,
        };
        let reply = match message {
            Some(Ok(Message::Text(text))) => command(&text, &channels),
            Some(Ok(Message::Binary(_))) => ServerMessage::Error {
                message: "send commands as JSON text frames".into(),
                channel: None,
            },
            Some(Ok(Message::Ping(_) | Message::Pong(_))) => continue,
            // The client closed, or the connection broke.
            Some(Ok(Message::Close(_)) | Err(_)) | None => return closing.cancel(),
        };
        let names: Vec<String> = channels
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .map(Channel::to_string)
            .collect();
        app.connections.update(id, |c| c.channels = names);
        // The reference documents no replies to commands: minimal mode sends none.
        if app.settings.responses == ResponseMode::Minimal {
            continue;
        }
        if queue.try_send(text(&reply)).is_err() {
            return end(
                &closing,
                &reason,
                CLOSE_TOO_SLOW,
                "too slow: the event queue is full",
            );
        }
    }
}

/// Applies one client message; the reply to send.
fn command(text: &str, channels: &Mutex<BTreeSet<Channel>>) -> ServerMessage {
    let command: Command = match serde_json::from_str(text) {
        Ok(command) => command,
        Err(e) => {
            return ServerMessage::Error {
                message: format!(
                    "expected {{\"action\": \"subscribe\"|\"unsubscribe\", \"channel\": \"rooms\"|\"room:NAME\"}}: {e}"
                ),
                channel: None,
            };
        }
    };
    let channel = command.channel;
    if !channel.is_known() {
        return ServerMessage::Error {
            message: format!(
                "unknown channel {:?}: use \"rooms\" or \"room:NAME\"",
                channel.to_string()
            ),
            channel: Some(channel),
        };
    }
    let mut channels = channels.lock().unwrap_or_else(PoisonError::into_inner);
    match command.action {
        Action::Subscribe => {
            channels.insert(channel.clone());
            ServerMessage::Subscribed { channel }
        }
        Action::Unsubscribe => {
            channels.remove(&channel);
            ServerMessage::Unsubscribed { channel }
        }
    }
}

async fn serve(app: App, socket: WebSocket, project_id: u64) {
    let id = app.connections.open(Some(project_id));
    let (mut sink, stream) = socket.split();
    let (queue, mut outgoing) = mpsc::channel::<Message>(app.settings.monitor_queue.max(1));
    let channels: Arc<Mutex<BTreeSet<Channel>>> = Arc::default();
    let closing = app.shutdown.child_token();
    let reason: CloseReason = Arc::default();
    app.monitor_hub.join(
        project_id,
        id,
        Subscriber {
            channels: channels.clone(),
            queue: queue.clone(),
            closing: closing.clone(),
            reason: reason.clone(),
        },
    );
    let reader = tokio::spawn(read(
        app.clone(),
        id,
        stream,
        queue,
        channels,
        closing.clone(),
        reason.clone(),
    ));

    let mut keepalive = tokio::time::interval(app.settings.monitor_keepalive);
    keepalive.tick().await;
    let mut batch = Vec::with_capacity(WRITE_BATCH);
    // One wait for cancellation for the whole connection, not one per frame.
    let cancelled = closing.cancelled();
    tokio::pin!(cancelled);
    loop {
        tokio::select! {
            biased;
            () = &mut cancelled => break,
            received = outgoing.recv_many(&mut batch, WRITE_BATCH) => {
                if received == 0 {
                    break;
                }
            }
            _ = keepalive.tick() => batch.push(Message::Ping(Vec::new().into())),
        }
        // Everything waiting goes out in one write. A client that stops reading blocks
        // this; the hub then finds the queue full and ends the connection.
        let sent = tokio::select! {
            biased;
            () = &mut cancelled => break,
            sent = write_all(&mut sink, &mut batch) => sent,
        };
        if sent.is_err() {
            closing.cancel();
            break;
        }
    }
    app.monitor_hub.leave(project_id, id);
    reader.abort();
    if app.shutdown.is_cancelled() {
        end(&closing, &reason, 1001, "server shutting down");
    }
    let closed_by_server = reason
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .clone();
    if let Some((code, why)) = &closed_by_server {
        let frame = Message::Close(Some(CloseFrame {
            code: *code,
            reason: why.as_str().into(),
        }));
        let _ = tokio::time::timeout(CLOSE_GRACE, sink.send(frame)).await;
    }
    app.connections.update(id, |c| {
        c.open = false;
        c.close_code = closed_by_server.as_ref().map(|(code, _)| *code);
        c.close_reason = Some(
            closed_by_server.map_or_else(|| "closed by the client".to_owned(), |(_, why)| why),
        );
    });
}
