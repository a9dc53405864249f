//! The live connection a consumer holds: a stream, and commands to the worker.

use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use futures::Stream;
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;
use voxai_types::monitor::Channel;

use crate::error::{Error, Result};

use super::MonitorMessage;

/// A live monitor connection: a [`Stream`] of [`MonitorMessage`]s that reconnects on its
/// own. Dropping it closes the connection.
pub struct Monitor {
    /// For the room prefix, which puts room channels in the form the server takes.
    pub(super) client: crate::Client,
    pub(super) items: mpsc::Receiver<Result<MonitorMessage>>,
    pub(super) commands: mpsc::Sender<Request>,
    pub(super) task: JoinHandle<()>,
    /// How long a command waits for the server's confirmation: the client's request
    /// timeout.
    pub(super) confirm_timeout: Option<Duration>,
}

impl fmt::Debug for Monitor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Monitor").finish_non_exhaustive()
    }
}

impl Monitor {
    /// Subscribes to another channel; returns once it is sent, or confirmed when the
    /// server confirms subscriptions (waiting at most the client's request timeout).
    /// A room is named with or without the project prefix, as in
    /// [`MonitorBuilder::room`](super::MonitorBuilder::room).
    ///
    /// # Errors
    ///
    /// [`Error::WebSocket`] when the connection has ended or the server does not
    /// confirm.
    pub async fn subscribe(&self, channel: Channel) -> Result<()> {
        self.request(channel, true).await
    }

    /// Unsubscribes from a channel; returns once it is sent, or confirmed when the
    /// server confirms subscriptions (waiting at most the client's request timeout).
    ///
    /// # Errors
    ///
    /// [`Error::WebSocket`] when the connection has ended or the server does not
    /// confirm.
    pub async fn unsubscribe(&self, channel: Channel) -> Result<()> {
        self.request(channel, false).await
    }

    async fn request(&self, channel: Channel, subscribe: bool) -> Result<()> {
        let channel = super::builder::channel_form(&self.client, &channel).await;
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
        let answer = match self.confirm_timeout {
            Some(limit) => tokio::time::timeout(limit, answer).await.map_err(|_| {
                Error::websocket(format!(
                    "the server did not confirm the command within {} ms",
                    limit.as_millis()
                ))
            })?,
            None => answer.await,
        };
        answer.map_err(|_| gone())?
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

/// A subscribe or unsubscribe, for the worker to send and answer.
pub(super) struct Request {
    pub(super) channel: Channel,
    pub(super) subscribe: bool,
    pub(super) reply: oneshot::Sender<Result<()>>,
}
