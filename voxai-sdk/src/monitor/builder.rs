//! Configuring a monitor connection, and connecting.

use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::time::Duration;

use backon::ExponentialBuilder;
use tokio::sync::mpsc;
use url::Url;
use voxai_types::monitor::Channel;

use crate::client::Client;
use crate::error::{Error, Result};
use crate::room_names::RoomForm;
use crate::telemetry::{self, Span};

use super::handshake::open;
use super::worker::Worker;
use super::{BUFFER, DEFAULT_GRACE, Monitor, monitor_url};

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
///         MonitorMessage::Event { event, .. } => println!("{} {:?}", event.event_type(), event.room_name()),
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

/// `channel` in the form the server takes: a room by its name without the project's
/// prefix. A name that starts with the prefix is read as the full name, as every room
/// parameter is (so a room whose own name starts with the prefix is named by its full
/// name). The prefix is asked of the API only when a room channel needs it and no one
/// knows it yet.
pub(super) async fn channel_form(client: &Client, channel: &Channel) -> Channel {
    let Channel::Room(name) = channel else {
        return channel.clone();
    };
    let prefix = match client.room_prefix() {
        Some(prefix) => Some(prefix),
        None => client.learn_room_prefix(None).await.ok().flatten(),
    };
    match prefix {
        Some(prefix) => Channel::Room(
            crate::room_names::in_form(name.as_str(), RoomForm::Short, &prefix).into(),
        ),
        None => channel.clone(),
    }
}

impl MonitorBuilder {
    /// The channels with room names in the form `room:` takes (without the prefix).
    async fn short_room_channels(&self) -> BTreeSet<Channel> {
        let mut channels = BTreeSet::new();
        for channel in &self.channels {
            channels.insert(channel_form(&self.client, channel).await);
        }
        channels
    }

    /// Subscribes to every room of the project (`rooms`).
    pub fn rooms(mut self) -> Self {
        self.channels.insert(Channel::Rooms);
        self
    }

    /// Subscribes to one room (`room:NAME`), by its name with or without the project
    /// prefix (the channel takes it without): a `&str`, a
    /// [`RoomName`](crate::types::room_names::RoomName) or a
    /// [`FullRoomName`](crate::types::room_names::FullRoomName).
    pub fn room(mut self, name: impl AsRef<str>) -> Self {
        self.channels.insert(Channel::Room(name.as_ref().into()));
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
    /// [`ErrorCode::Unauthorized`](voxai_types::ErrorCode::Unauthorized).
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
        let span = Span::monitor(&url);
        let opened = span
            .instrument(open(&self.client, &url, &self.channels, self.grace))
            .await?;
        telemetry::monitor("connected", &format!("{} channels", self.channels.len()));
        let (items_tx, items) = mpsc::channel(BUFFER);
        let (commands, commands_rx) = mpsc::channel(16);
        for event in opened.early {
            let _ = items_tx.try_send(Ok(event));
        }
        let worker = Worker {
            client: self.client.clone(),
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
        let task = telemetry::spawn(span.instrument(worker.run(opened.socket)));
        Ok(Monitor {
            confirm_timeout: self.client.default_timeout(),
            client: self.client,
            items,
            commands,
            task,
        })
    }
}
