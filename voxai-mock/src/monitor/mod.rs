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
use axum::extract::ws::{CloseFrame, Message, Utf8Bytes, WebSocket, WebSocketUpgrade};
use axum::response::{IntoResponse, Response};
use futures::stream::{SplitSink, SplitStream};
use futures::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::sync::broadcast::error::RecvError;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;
use voxai_types::monitor::{Action, CLOSE_UNAUTHORIZED, Channel, Command, ServerMessage};

pub(crate) mod connections;
pub(crate) mod hub;

use hub::{CloseReason, Subscriber, end};

use crate::error::ApiError;
use crate::events::EventKind;
use crate::extract::ApiQuery;
use crate::gate::authenticate;
use crate::responses::ResponseMode;
use crate::state::App;

/// Frames written to a connection at once, at most.
const WRITE_BATCH: usize = 64;

/// Monitor connections one project may hold open at once, unless the server is told
/// otherwise (`MockServerBuilder::monitor_sockets_per_project`).
pub const MAX_PER_PROJECT: usize = 64;

/// Channels one connection may subscribe to at once.
pub const MAX_CHANNELS: usize = 100;

/// The largest message a client may send (a command is some 60 bytes); a larger one
/// closes the connection with 1009.
pub const MAX_COMMAND_BYTES: usize = 64 * 1024;

/// Close code for a message too big to process (RFC 6455).
const CLOSE_TOO_BIG: u16 = 1009;

/// How long a close frame may take to go out before the connection is just dropped.
const CLOSE_GRACE: Duration = Duration::from_secs(1);

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
    if let Ok((project_id, _)) = auth {
        let most = app.settings.monitor_sockets;
        if app.connections.open_for(project_id) >= most {
            return ApiError::new(
                axum::http::StatusCode::TOO_MANY_REQUESTS,
                voxai_types::ErrorCode::RateLimited,
                format!(
                    "a project holds at most {most} monitor connections at once; close one first"
                ),
            )
            .into_response();
        }
    }
    let upgrade = upgrade
        .max_message_size(MAX_COMMAND_BYTES)
        .max_frame_size(MAX_COMMAND_BYTES);
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
    app.connections
        .closed(id, Some((CLOSE_UNAUTHORIZED, reason.to_owned())));
}

fn text(message: &ServerMessage) -> Message {
    Message::Text(serde_json::to_string(message).unwrap_or_default().into())
}

/// Feeds every frame of `batch` and flushes once.
async fn write_all(
    sink: &mut SplitSink<WebSocket, Message>,
    batch: &mut Vec<Message>,
) -> Result<(), axum::Error> {
    for message in batch.drain(..) {
        sink.feed(message).await?;
    }
    sink.flush().await
}

/// Whether a read failed because the client's message was over the size limit.
fn too_big(error: &axum::Error) -> bool {
    matches!(
        std::error::Error::source(error)
            .and_then(|cause| cause.downcast_ref::<tokio_tungstenite::tungstenite::Error>()),
        Some(tokio_tungstenite::tungstenite::Error::Capacity(_))
    )
}

/// Reads the client's commands. Replies go through a queue of their own, which this
/// waits on when it is full (so a burst of commands slows only its sender): they never
/// make the connection look like a slow reader of events.
async fn read(
    app: App,
    id: u64,
    mut stream: SplitStream<WebSocket>,
    replies: mpsc::Sender<Message>,
    channels: Arc<Mutex<BTreeSet<Channel>>>,
    closing: CancellationToken,
    reason: CloseReason,
) -> Option<SplitStream<WebSocket>> {
    loop {
        let message = tokio::select! {
            () = closing.cancelled() => return Some(stream),
            message = stream.next() => message,
        };
        let reply = match message {
            Some(Ok(Message::Text(text))) => command(&text, &channels),
            Some(Ok(Message::Binary(_))) => ServerMessage::Error {
                message: "send commands as JSON text frames".into(),
                channel: None,
            },
            Some(Ok(Message::Ping(_) | Message::Pong(_))) => continue,
            Some(Err(error)) if too_big(&error) => {
                end(
                    &closing,
                    &reason,
                    CLOSE_TOO_BIG,
                    &format!("a message is at most {MAX_COMMAND_BYTES} bytes"),
                );
                return Some(stream);
            }
            // The client closed, or the connection broke.
            Some(Ok(Message::Close(_)) | Err(_)) | None => {
                closing.cancel();
                return None;
            }
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
        let sent = tokio::select! {
            () = closing.cancelled() => return Some(stream),
            sent = replies.send(text(&reply)) => sent,
        };
        if sent.is_err() {
            return Some(stream);
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
    // Named back so a client can tell which command failed; a huge name is not echoed.
    let named = (channel.to_string().len() <= 256).then(|| channel.clone());
    if !channel.is_known() {
        let name: String = channel.to_string().chars().take(64).collect();
        return ServerMessage::Error {
            message: format!("unknown channel {name:?}: use \"rooms\" or \"room:NAME\""),
            channel: named,
        };
    }
    // A room's name follows the rules of room names (at most 128 characters): a
    // channel is never a way to park megabytes on the server.
    if let Channel::Room(room) = &channel {
        if crate::store::validate_room_name("channel", room.as_str()).is_err() {
            return ServerMessage::Error {
                message: format!(
                    "a room channel names a room: at most {} letters, digits, '-', '_' and '.'",
                    crate::store::MAX_NAME_LEN
                ),
                channel: named,
            };
        }
    }
    let mut channels = channels.lock().unwrap_or_else(PoisonError::into_inner);
    match command.action {
        Action::Subscribe if channels.len() >= MAX_CHANNELS && !channels.contains(&channel) => {
            ServerMessage::Error {
                message: format!("a connection subscribes to at most {MAX_CHANNELS} channels"),
                channel: Some(channel),
            }
        }
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
    let (replies, mut answers) = mpsc::channel::<Message>(app.settings.monitor_queue.max(1));
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
    drop(queue);
    let reader = tokio::spawn(read(
        app.clone(),
        id,
        stream,
        replies,
        channels,
        closing.clone(),
        reason.clone(),
    ));

    let mut keepalive = tokio::time::interval(app.settings.monitor_keepalive);
    keepalive.tick().await;
    let mut batch = Vec::with_capacity(WRITE_BATCH);
    let mut replied = Vec::with_capacity(WRITE_BATCH);
    // One wait for cancellation for the whole connection, not one per frame.
    let cancelled = closing.cancelled();
    tokio::pin!(cancelled);
    loop {
        tokio::select! {
            biased;
            () = &mut cancelled => break,
            // Replies first: a subscription's confirmation before its events.
            received = answers.recv_many(&mut replied, WRITE_BATCH) => {
                if received == 0 {
                    break;
                }
                batch.append(&mut replied);
            }
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
    // The loop ends only once `closing` is cancelled or the reader is done, so this
    // returns at once: with the stream, unless the client closed or it broke.
    let stream = reader.await.ok().flatten();
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
        let _ = tokio::time::timeout(CLOSE_GRACE, close_handshake(&mut sink, stream, frame)).await;
    }
    app.connections.closed(id, closed_by_server);
}

/// Sends the server's close frame, then waits for the client's (RFC 6455 section 7.1.1:
/// the server closes the TCP connection last). Reading up to the client's reply also
/// leaves nothing unread, which would make the kernel reset the connection and could
/// take the close frame with it.
async fn close_handshake(
    sink: &mut SplitSink<WebSocket, Message>,
    stream: Option<SplitStream<WebSocket>>,
    frame: Message,
) {
    if sink.send(frame).await.is_err() {
        return;
    }
    let Some(mut stream) = stream else { return };
    while let Some(Ok(message)) = stream.next().await {
        if matches!(message, Message::Close(_)) {
            return;
        }
    }
}

/// Takes the server's events until it shuts down, and fans out the monitor's.
pub(crate) async fn fan_out(app: App) {
    let mut events = app.monitor_events.subscribe();
    loop {
        let received = tokio::select! {
            () = app.shutdown.cancelled() => return,
            received = events.recv() => received,
        };
        let event = match received {
            Ok(event) => event,
            Err(RecvError::Lagged(_)) => {
                app.monitor_hub
                    .drop_everyone("too slow: events were dropped");
                continue;
            }
            Err(RecvError::Closed) => return,
        };
        let project_id = event.project_id;
        let EventKind::Monitor { room, event } = event.kind else {
            continue;
        };
        // Nobody of the project is watching: nothing to serialize.
        if !app.monitor_hub.watched(project_id) {
            continue;
        }
        // A room's channel is `room:` and its name without the prefix; a client that
        // names it with the prefix is served too.
        let mut channels = vec![Channel::Room(room.into())];
        if let Some(full) = event.room_name() {
            channels.push(Channel::Room(full.into()));
        }
        let Ok(text) = serde_json::to_string(&ServerMessage::Event(event)) else {
            continue;
        };
        let frame = Utf8Bytes::from(text);
        app.monitor_hub.deliver(project_id, &channels, &frame);
    }
}
