//! The monitor WebSocket (reference section 13): live events of rooms, as a stream that
//! reconnects and resubscribes on its own.

use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use backon::{BackoffBuilder, ExponentialBuilder};
use futures::{SinkExt, Stream, StreamExt};
use tokio::net::TcpStream;
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};
use url::Url;
use voxai_types::ErrorCode;
use voxai_types::monitor::{CLOSE_UNAUTHORIZED, Channel, Command, MonitorEvent, ServerMessage};

use crate::client::Client;
use crate::error::{ApiError, BoxError, Error, Result};
use crate::room_names::RoomForm;

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// Items the stream holds for a consumer that is busy; past that the connection waits.
const BUFFER: usize = 1024;

/// What the monitor stream yields besides errors.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum MonitorMessage {
    /// An event of a subscribed room.
    Event(MonitorEvent),
    /// The connection was lost; the monitor is reconnecting. Events until
    /// [`Reconnected`](Self::Reconnected) are missed.
    Disconnected {
        /// What happened.
        reason: String,
    },
    /// Connected again, every subscription restored.
    Reconnected {
        /// Attempts it took.
        attempts: u32,
    },
    /// The server refused a message and said why.
    ServerError {
        /// The server's words.
        message: String,
    },
}

/// Configures a monitor connection, from [`Client::monitor`].
///
/// ```no_run
/// # async fn run(client: voxai_sdk::Client) -> voxai_sdk::Result<()> {
/// use futures::TryStreamExt;
/// use voxai_sdk::monitor::MonitorMessage;
///
/// let mut monitor = client.monitor().rooms().connect().await?;
/// while let Some(message) = monitor.try_next().await? {
///     match message {
///         MonitorMessage::Event(event) => println!("{} {:?}", event.event_type(), event.room_name()),
///         MonitorMessage::Disconnected { reason } => eprintln!("lost: {reason}; reconnecting"),
///         other => eprintln!("{other:?}"),
///     }
/// }
/// # Ok(()) }
/// ```
#[must_use = "nothing connects until `connect` is awaited"]
pub struct MonitorBuilder {
    client: Client,
    channels: BTreeSet<Channel>,
    ws_url: Option<String>,
    keepalive: Duration,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_reconnects: Option<u32>,
    grace: Duration,
}

impl fmt::Debug for MonitorBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MonitorBuilder")
            .field("channels", &self.channels)
            .field("keepalive", &self.keepalive)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// The monitor WebSocket: live room events.
    pub fn monitor(&self) -> MonitorBuilder {
        MonitorBuilder {
            client: self.clone(),
            channels: BTreeSet::new(),
            ws_url: None,
            keepalive: Duration::from_secs(20),
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(10),
            max_reconnects: None,
            grace: DEFAULT_GRACE,
        }
    }
}

/// How long `connect` listens for an immediate refusal after subscribing.
const DEFAULT_GRACE: Duration = Duration::from_millis(250);

/// The monitor URL of a base URL: `http` becomes `ws`, `/api/v1` becomes `/ws/monitor`.
///
/// # Errors
///
/// [`Error::Config`] when the base URL cannot be turned into a `ws`/`wss` URL.
pub fn monitor_url(base_url: &Url) -> Result<Url> {
    let mut url = base_url.clone();
    let scheme = match url.scheme() {
        "https" | "wss" => "wss",
        _ => "ws",
    };
    url.set_scheme(scheme)
        .map_err(|()| Error::config(format!("cannot make a WebSocket URL of {base_url}")))?;
    let path = url.path().trim_end_matches('/');
    let root = path.strip_suffix("/api/v1").unwrap_or(path).to_owned();
    url.set_path(&format!("{root}{}", voxai_types::monitor::PATH));
    url.set_query(None);
    Ok(url)
}

impl MonitorBuilder {
    /// The channels with room names in the form `room:` takes (without the prefix);
    /// the prefix is asked of the API only when a room channel needs it and no one knows.
    async fn short_room_channels(&self) -> BTreeSet<Channel> {
        let rooms = self.channels.iter().any(|c| matches!(c, Channel::Room(_)));
        let prefix = match self.client.room_prefix() {
            Some(prefix) => Some(prefix),
            None if rooms => self.client.learn_room_prefix(None).await.ok().flatten(),
            None => None,
        };
        let Some(prefix) = prefix else {
            return self.channels.clone();
        };
        self.channels
            .iter()
            .map(|channel| match channel {
                Channel::Room(name) => {
                    Channel::Room(crate::room_names::in_form(name, RoomForm::Short, &prefix))
                }
                Channel::Rooms => Channel::Rooms,
            })
            .collect()
    }

    /// Subscribes to every room of the project (`rooms`).
    pub fn rooms(mut self) -> Self {
        self.channels.insert(Channel::Rooms);
        self
    }

    /// Subscribes to one room (`room:NAME`), by its name with or without the project
    /// prefix (the channel takes it without).
    pub fn room(mut self, name: impl Into<String>) -> Self {
        self.channels.insert(Channel::Room(name.into()));
        self
    }

    /// Subscribes to a channel.
    pub fn channel(mut self, channel: Channel) -> Self {
        self.channels.insert(channel);
        self
    }

    /// The WebSocket URL, instead of the one derived from the base URL.
    pub fn ws_url(mut self, url: impl Into<String>) -> Self {
        self.ws_url = Some(url.into());
        self
    }

    /// How often to ping the server; two intervals without a word from it count as a
    /// lost connection. Default 20 s.
    pub fn keepalive(mut self, interval: Duration) -> Self {
        self.keepalive = interval.max(Duration::from_millis(10));
        self
    }

    /// Backoff between reconnect attempts: from `initial`, doubling, with up to one
    /// step of jitter, and never more than `max`. Default 200 ms to 10 s, so a monitor
    /// is back at most about 10 s after its server is.
    pub fn reconnect_backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_backoff = initial;
        self.max_backoff = max.max(initial);
        self
    }

    /// How long `connect` (and each reconnect) listens after subscribing for the server
    /// to refuse the key (close code 4001) or a channel (an `error` frame). Default
    /// 250 ms; it ends early when the server confirms every subscription.
    ///
    /// The reference documents no confirmation frame, so a subscription counts as live
    /// once sent; confirmations and errors are used when a server sends them.
    pub fn grace_period(mut self, grace: Duration) -> Self {
        self.grace = grace;
        self
    }

    /// Gives up (ending the stream with an error) after this many failed attempts in a
    /// row; by default it never gives up.
    pub fn max_reconnect_attempts(mut self, attempts: u32) -> Self {
        self.max_reconnects = Some(attempts);
        self
    }

    /// Connects and subscribes; returns once the subscriptions are sent and the grace
    /// period passed without a refusal (or the server confirmed every subscription).
    ///
    /// A refused API key (close code 4001) is an [`Error::Api`] with status 401 and
    /// [`ErrorCode::Unauthorized`].
    ///
    /// # Errors
    ///
    /// [`Error::WebSocket`] when the connection or the upgrade fails or a subscription
    /// is not confirmed, [`Error::Api`] (401) when the key is refused,
    /// [`Error::Config`] for a bad URL.
    pub async fn connect(mut self) -> Result<Monitor> {
        self.channels = self.short_room_channels().await;
        let base = match &self.ws_url {
            Some(url) => Url::parse(url)
                .map_err(|e| Error::config_from(format!("bad WebSocket URL: {e}"), e))?,
            None => monitor_url(self.client.base_url())?,
        };
        let mut url = base;
        url.query_pairs_mut()
            .append_pair("api_key", self.client.api_key().expose());
        let opened = open(&url, &self.channels, self.grace).await?;
        let (items_tx, items) = mpsc::channel(BUFFER);
        let (commands, commands_rx) = mpsc::channel(16);
        for event in opened.early {
            let _ = items_tx.try_send(Ok(MonitorMessage::Event(event)));
        }
        let worker = Worker {
            url,
            channels: self.channels,
            keepalive: self.keepalive,
            backoff: ExponentialBuilder::default()
                .with_min_delay(self.initial_backoff)
                .with_max_delay(self.max_backoff)
                .with_jitter()
                .without_max_times(),
            max_backoff: self.max_backoff,
            max_reconnects: self.max_reconnects,
            grace: self.grace,
            confirms: opened.confirms,
            items: items_tx,
            commands: commands_rx,
            pending: HashMap::new(),
        };
        let task = tokio::spawn(worker.run(opened.socket));
        Ok(Monitor {
            items,
            commands,
            task,
        })
    }
}

/// A live monitor connection: a [`Stream`] of [`MonitorMessage`]s that reconnects on its
/// own. Dropping it closes the connection.
pub struct Monitor {
    items: mpsc::Receiver<Result<MonitorMessage>>,
    commands: mpsc::Sender<Request>,
    task: JoinHandle<()>,
}

impl fmt::Debug for Monitor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Monitor").finish_non_exhaustive()
    }
}

impl Monitor {
    /// Subscribes to another channel; returns once it is sent, or confirmed when the
    /// server confirms subscriptions.
    ///
    /// # Errors
    ///
    /// [`Error::WebSocket`] when the connection has ended or the server does not
    /// confirm.
    pub async fn subscribe(&self, channel: Channel) -> Result<()> {
        self.request(channel, true).await
    }

    /// Unsubscribes from a channel; returns once it is sent, or confirmed when the
    /// server confirms subscriptions.
    ///
    /// # Errors
    ///
    /// [`Error::WebSocket`] when the connection has ended or the server does not
    /// confirm.
    pub async fn unsubscribe(&self, channel: Channel) -> Result<()> {
        self.request(channel, false).await
    }

    async fn request(&self, channel: Channel, subscribe: bool) -> Result<()> {
        let (reply, answer) = oneshot::channel();
        let gone = || Error::websocket("the monitor connection has ended");
        self.commands
            .send(Request {
                channel,
                subscribe,
                reply,
            })
            .await
            .map_err(|_| gone())?;
        answer.await.map_err(|_| gone())?
    }
}

impl Stream for Monitor {
    type Item = Result<MonitorMessage>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.items.poll_recv(cx)
    }
}

impl Drop for Monitor {
    fn drop(&mut self) {
        self.task.abort();
    }
}

struct Request {
    channel: Channel,
    subscribe: bool,
    reply: oneshot::Sender<Result<()>>,
}

fn unauthorized(reason: &str) -> Error {
    let message = if reason.is_empty() {
        "the API key was refused"
    } else {
        reason
    };
    Error::Api(Box::new(ApiError {
        status: 401,
        code: ErrorCode::Unauthorized,
        message: message.to_owned(),
        details: None,
        body: None,
        rate_limit: None,
        retry_after: None,
        hint: None,
    }))
}

/// A WebSocket error, described without the URL (which carries the key). The error is
/// kept as the source only where it cannot hold the URL either.
fn socket_error(error: tokio_tungstenite::tungstenite::Error) -> Error {
    use tokio_tungstenite::tungstenite::Error as WsError;
    let message = match &error {
        WsError::Http(response) => format!(
            "the server refused the WebSocket upgrade with HTTP {}",
            response.status()
        ),
        WsError::Io(e) => format!("network error: {e}"),
        WsError::Url(_) => "the WebSocket URL is not valid".to_owned(),
        WsError::ConnectionClosed | WsError::AlreadyClosed => {
            "the connection was closed".to_owned()
        }
        other => format!("WebSocket error: {other}"),
    };
    let source: Option<BoxError> = match error {
        WsError::Io(_) | WsError::Protocol(_) | WsError::Capacity(_) | WsError::Utf8(_) => {
            Some(Box::new(error))
        }
        _ => None,
    };
    Error::WebSocket { message, source }
}

/// A connection just opened.
struct Opened {
    socket: Socket,
    /// Events that arrived during the grace period.
    early: Vec<MonitorEvent>,
    /// Whether the server confirmed a subscription (an extension the reference does not
    /// document); later commands then wait for their confirmation.
    confirms: bool,
}

/// Connects and subscribes. A subscription counts as live once sent; for `grace` the
/// server may still refuse the key (close 4001) or a channel (an `error` frame naming
/// it). Confirmations for every channel end the wait early.
async fn open(url: &Url, channels: &BTreeSet<Channel>, grace: Duration) -> Result<Opened> {
    let (mut socket, _) = tokio_tungstenite::connect_async(url.as_str())
        .await
        .map_err(socket_error)?;
    let mut waiting: BTreeSet<String> = BTreeSet::new();
    for channel in channels {
        let frame =
            serde_json::to_string(&Command::subscribe(channel)).map_err(|e| Error::WebSocket {
                message: format!("could not write a subscribe command: {e}"),
                source: Some(Box::new(e)),
            })?;
        socket
            .send(Message::Text(frame.into()))
            .await
            .map_err(socket_error)?;
        waiting.insert(channel.to_string());
    }
    let mut early = Vec::new();
    let mut confirms = false;
    let listen = async {
        loop {
            if confirms && waiting.is_empty() {
                return Ok(());
            }
            let Some(frame) = socket.next().await else {
                return Err(Error::websocket("the server closed the connection"));
            };
            match frame.map_err(socket_error)? {
                Message::Text(text) => match serde_json::from_str::<ServerMessage>(&text) {
                    Ok(ServerMessage::Subscribed { channel }) => {
                        confirms = true;
                        waiting.remove(&channel);
                    }
                    Ok(ServerMessage::Error {
                        message,
                        channel: Some(channel),
                    }) if waiting.contains(&channel) => {
                        return Err(Error::Validation {
                            field: "channel",
                            message,
                        });
                    }
                    Ok(ServerMessage::Event(event)) => early.push(event),
                    _ => {}
                },
                Message::Close(frame) => {
                    let (code, reason) = frame.map_or((1005, String::new()), |f| {
                        (u16::from(f.code), f.reason.to_string())
                    });
                    return Err(if code == CLOSE_UNAUTHORIZED {
                        unauthorized(&reason)
                    } else {
                        Error::websocket(format!(
                            "the server closed the connection ({code} {reason})"
                        ))
                    });
                }
                _ => {}
            }
        }
    };
    // The grace running out is the normal end against a server without confirmations.
    if let Ok(Err(error)) = tokio::time::timeout(grace, listen).await {
        return Err(error);
    }
    Ok(Opened {
        socket,
        early,
        confirms,
    })
}

/// Why a connection ended.
enum Ended {
    ConsumerGone,
    Unauthorized(String),
    Dropped(String),
}

/// The waits between reconnect attempts: backon's exponential backoff with jitter, each
/// capped at `max` (backon's jitter may add up to one more step on top of its own cap).
fn reconnect_waits(backoff: ExponentialBuilder, max: Duration) -> impl Iterator<Item = Duration> {
    let mut delays = backoff.build();
    std::iter::from_fn(move || Some(delays.next().map_or(max, |wait| wait.min(max))))
}

struct Worker {
    url: Url,
    channels: BTreeSet<Channel>,
    keepalive: Duration,
    backoff: ExponentialBuilder,
    /// The cap on one wait, jitter included (backon's jitter may add up to one more step).
    max_backoff: Duration,
    max_reconnects: Option<u32>,
    grace: Duration,
    /// Whether this server confirms commands; see [`Opened::confirms`].
    confirms: bool,
    items: mpsc::Sender<Result<MonitorMessage>>,
    commands: mpsc::Receiver<Request>,
    pending: HashMap<String, Vec<oneshot::Sender<Result<()>>>>,
}

impl Worker {
    async fn run(mut self, mut socket: Socket) {
        loop {
            match self.serve(&mut socket).await {
                Ended::ConsumerGone => return,
                Ended::Unauthorized(reason) => {
                    let _ = self.items.send(Err(unauthorized(&reason))).await;
                    return;
                }
                Ended::Dropped(reason) => {
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
                let _ = self.items.send(Err(error)).await;
                return None;
            }
            let wait = waits.next().unwrap_or(self.max_backoff);
            tokio::select! {
                () = self.items.closed() => return None,
                () = tokio::time::sleep(wait) => {}
            }
            match open(&self.url, &self.channels, self.grace).await {
                Ok(Opened {
                    socket,
                    early,
                    confirms,
                }) => {
                    self.confirms |= confirms;
                    if self
                        .items
                        .send(Ok(MonitorMessage::Reconnected { attempts }))
                        .await
                        .is_err()
                    {
                        return None;
                    }
                    for event in early {
                        if self
                            .items
                            .send(Ok(MonitorMessage::Event(event)))
                            .await
                            .is_err()
                        {
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
                            let (code, reason) = frame.map_or((CloseCode::Status, String::new()), |f| (f.code, f.reason.to_string()));
                            if u16::from(code) == CLOSE_UNAUTHORIZED {
                                return Ended::Unauthorized(reason);
                            }
                            return Ended::Dropped(format!("the server closed the connection ({} {reason})", u16::from(code)));
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
                .entry(request.channel.to_string())
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

    fn resolve(&mut self, channel: &str, result: &Result<(), String>) {
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
            ServerMessage::Event(event) => MonitorMessage::Event(event),
            _ => return Ok(()),
        };
        self.items
            .send(Ok(item))
            .await
            .map_err(|_| Ended::ConsumerGone)
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use backon::ExponentialBuilder;
    use url::Url;

    use super::{monitor_url, reconnect_waits};

    #[test]
    fn reconnect_waits_double_with_jitter_and_never_pass_the_cap() {
        let (initial, max) = (Duration::from_millis(200), Duration::from_secs(10));
        let backoff = ExponentialBuilder::default()
            .with_min_delay(initial)
            .with_max_delay(max)
            .with_jitter()
            .without_max_times();
        let waits: Vec<Duration> = reconnect_waits(backoff, max).take(200).collect();
        assert!(
            waits.iter().all(|w| *w >= initial && *w <= max),
            "{waits:?}"
        );
        // Without the cap, jitter at backon's own cap would wait up to 20 s.
        assert_eq!(waits[20..].iter().filter(|w| **w == max).count(), 180);
        assert!(waits[0] < Duration::from_millis(400), "{waits:?}");
    }

    #[test]
    fn the_monitor_url_follows_the_base_url() {
        let cases = [
            (
                "http://127.0.0.1:4010/api/v1",
                "ws://127.0.0.1:4010/ws/monitor",
            ),
            (
                "https://voxai.ai0.dev/api/v1/",
                "wss://voxai.ai0.dev/ws/monitor",
            ),
            (
                "https://example.com/voxai/api/v1",
                "wss://example.com/voxai/ws/monitor",
            ),
            ("http://localhost:8080", "ws://localhost:8080/ws/monitor"),
        ];
        for (base, expected) in cases {
            assert_eq!(
                monitor_url(&Url::parse(base).unwrap()).unwrap().as_str(),
                expected
            );
        }
    }
}
