//! The task behind a monitor: serves the connection, reconnects and resubscribes.

use std::collections::{BTreeSet, HashMap};
use std::time::{Duration, Instant};

use backon::{BackoffBuilder, ExponentialBuilder};
use futures::{SinkExt, StreamExt};
use tokio::sync::{mpsc, oneshot};
use tokio_tungstenite::tungstenite::Message;
use url::Url;
use voxai_types::ErrorCode;
use voxai_types::monitor::{CLOSE_UNAUTHORIZED, Channel, Command, ServerMessage};

use crate::error::{Error, Result};
use crate::telemetry;

use super::handle::Request;
use super::handshake::{Opened, close_reason, open, socket_error, unauthorized};
use super::{MonitorMessage, Socket};

/// Why a connection ended.
enum Ended {
    ConsumerGone,
    Unauthorized(String),
    Dropped(String),
}

/// The waits between reconnect attempts: backon's exponential backoff with jitter, each
/// capped at `max` (backon's jitter may add up to one more step on top of its own cap).
pub(super) fn reconnect_waits(
    backoff: ExponentialBuilder,
    max: Duration,
) -> impl Iterator<Item = Duration> {
    let mut delays = backoff.build();
    std::iter::from_fn(move || Some(delays.next().map_or(max, |wait| wait.min(max))))
}

/// The task that owns the socket.
pub(super) struct Worker {
    pub(super) client: crate::Client,
    pub(super) url: Url,
    pub(super) channels: BTreeSet<Channel>,
    pub(super) keepalive: Duration,
    pub(super) backoff: ExponentialBuilder,
    /// The cap on one wait, jitter included (backon's jitter may add up to one more step).
    pub(super) max_backoff: Duration,
    pub(super) max_reconnects: Option<u32>,
    pub(super) grace: Duration,
    /// Whether this server confirms commands; see [`Opened::confirms`].
    pub(super) confirms: bool,
    pub(super) items: mpsc::Sender<Result<MonitorMessage>>,
    pub(super) commands: mpsc::Receiver<Request>,
    pub(super) pending: HashMap<Channel, Vec<oneshot::Sender<Result<()>>>>,
}

impl Worker {
    pub(super) async fn run(mut self, mut socket: Socket) {
        loop {
            match self.serve(&mut socket).await {
                Ended::ConsumerGone => return,
                Ended::Unauthorized(reason) => {
                    let _ = self.items.send(Err(unauthorized(&reason))).await;
                    return;
                }
                Ended::Dropped(reason) => {
                    telemetry::monitor("dropped", &reason);
                    for (_, replies) in self.pending.drain() {
                        for reply in replies {
                            let _ = reply.send(Err(Error::websocket("the connection was lost")));
                        }
                    }
                    if self
                        .items
                        .send(Ok(MonitorMessage::Disconnected { reason }))
                        .await
                        .is_err()
                    {
                        return;
                    }
                }
            }
            match self.reconnect().await {
                Some(next) => socket = next,
                None => return,
            }
        }
    }

    /// Reconnects with backoff; `None` when it gave up or nobody listens any more.
    async fn reconnect(&mut self) -> Option<Socket> {
        let mut waits = reconnect_waits(self.backoff, self.max_backoff);
        let mut attempts = 0u32;
        loop {
            attempts += 1;
            if self.max_reconnects.is_some_and(|max| attempts > max) {
                let error = Error::websocket(format!(
                    "gave up reconnecting after {} attempts",
                    attempts - 1
                ));
                telemetry::monitor("gave up", &error.to_string());
                let _ = self.items.send(Err(error)).await;
                return None;
            }
            let wait = waits.next().unwrap_or(self.max_backoff);
            telemetry::monitor_reconnect(attempts, wait);
            tokio::select! {
                () = self.items.closed() => return None,
                () = tokio::time::sleep(wait) => {}
            }
            match open(&self.client, &self.url, &self.channels, self.grace).await {
                Ok(Opened {
                    socket,
                    early,
                    confirms,
                }) => {
                    self.confirms |= confirms;
                    telemetry::monitor("reconnected", &format!("after {attempts} attempts"));
                    if self
                        .items
                        .send(Ok(MonitorMessage::Reconnected { attempts }))
                        .await
                        .is_err()
                    {
                        return None;
                    }
                    for event in early {
                        if self.items.send(Ok(event)).await.is_err() {
                            return None;
                        }
                    }
                    return Some(socket);
                }
                Err(error) if error.code() == Some(&ErrorCode::Unauthorized) => {
                    let _ = self.items.send(Err(error)).await;
                    return None;
                }
                Err(_) => {}
            }
        }
    }

    /// Forwards events until the connection ends.
    async fn serve(&mut self, socket: &mut Socket) -> Ended {
        let mut ticker = tokio::time::interval(self.keepalive);
        ticker.tick().await;
        let mut last_heard = Instant::now();
        loop {
            tokio::select! {
                () = self.items.closed() => {
                    let _ = socket.close(None).await;
                    return Ended::ConsumerGone;
                }
                request = self.commands.recv() => {
                    let Some(request) = request else { continue };
                    if let Err(reason) = self.command(socket, request).await {
                        return Ended::Dropped(reason);
                    }
                }
                _ = ticker.tick() => {
                    if last_heard.elapsed() > self.keepalive * 2 {
                        return Ended::Dropped("the server stopped answering pings".into());
                    }
                    if socket.send(Message::Ping(Vec::new().into())).await.is_err() {
                        return Ended::Dropped("the connection broke".into());
                    }
                }
                frame = socket.next() => {
                    last_heard = Instant::now();
                    match frame {
                        Some(Ok(Message::Text(text))) => {
                            if let Err(ended) = self.handle(&text).await {
                                return ended;
                            }
                        }
                        Some(Ok(Message::Close(frame))) => {
                            let (code, reason) = close_reason(frame);
                            if code == CLOSE_UNAUTHORIZED {
                                return Ended::Unauthorized(reason);
                            }
                            return Ended::Dropped(format!("the server closed the connection ({code} {reason})"));
                        }
                        Some(Ok(_)) => {}
                        Some(Err(e)) => return Ended::Dropped(socket_error(e).to_string()),
                        None => return Ended::Dropped("the connection was closed".into()),
                    }
                }
            }
        }
    }

    async fn command(&mut self, socket: &mut Socket, request: Request) -> Result<(), String> {
        let verb = if request.subscribe {
            "subscribe"
        } else {
            "unsubscribe"
        };
        telemetry::monitor(verb, &request.channel.to_string());
        let command = if request.subscribe {
            self.channels.insert(request.channel.clone());
            Command::subscribe(&request.channel)
        } else {
            self.channels.remove(&request.channel);
            Command::unsubscribe(&request.channel)
        };
        let frame = serde_json::to_string(&command).map_err(|e| e.to_string())?;
        let sent = socket
            .send(Message::Text(frame.into()))
            .await
            .map_err(|e| socket_error(e).to_string());
        if self.confirms {
            self.pending
                .entry(request.channel.canonical())
                .or_default()
                .push(request.reply);
        } else {
            let _ = request.reply.send(
                sent.clone()
                    .map_err(|reason| Error::websocket(format!("could not send: {reason}"))),
            );
        }
        sent
    }

    fn resolve(&mut self, channel: &Channel, result: &Result<(), String>) {
        for reply in self.pending.remove(channel).unwrap_or_default() {
            let _ = reply.send(result.clone().map_err(|message| Error::Validation {
                field: "channel",
                message,
            }));
        }
    }

    async fn handle(&mut self, text: &str) -> Result<(), Ended> {
        let message = match serde_json::from_str::<ServerMessage>(text) {
            Ok(message) => message,
            Err(e) => ServerMessage::Error {
                message: format!("unreadable frame from the server: {e}"),
                channel: None,
            },
        };
        let item = match message {
            ServerMessage::Subscribed { channel } | ServerMessage::Unsubscribed { channel } => {
                self.confirms = true;
                self.resolve(&channel, &Ok(()));
                return Ok(());
            }
            ServerMessage::Error {
                message,
                channel: Some(channel),
            } if self.pending.contains_key(&channel) => {
                self.resolve(&channel, &Err(message));
                return Ok(());
            }
            ServerMessage::Error { message, .. } => MonitorMessage::ServerError { message },
            ServerMessage::Event(event) => MonitorMessage::Event {
                event,
                frame: text.to_owned(),
            },
            _ => return Ok(()),
        };
        self.items
            .send(Ok(item))
            .await
            .map_err(|_| Ended::ConsumerGone)
    }
}
