//! Opening a connection: connect, subscribe, and listen for a refusal.

use std::collections::BTreeSet;
use std::time::Duration;

use futures::{SinkExt, StreamExt};
use reqwest::header::{
    CONNECTION, SEC_WEBSOCKET_ACCEPT, SEC_WEBSOCKET_KEY, SEC_WEBSOCKET_VERSION, UPGRADE,
};
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::handshake::client::generate_key;
use tokio_tungstenite::tungstenite::handshake::derive_accept_key;
use tokio_tungstenite::tungstenite::protocol::{CloseFrame, Role};
use url::Url;
use voxai_types::ErrorCode;
use voxai_types::monitor::{CLOSE_UNAUTHORIZED, Channel, Command, ServerMessage};

use crate::client::Client;
use crate::error::{ApiError, BoxError, Error, Result, cause_chain};

use super::{MonitorMessage, Socket};

pub(super) fn unauthorized(reason: &str) -> Error {
    let message = if reason.is_empty() {
        "the API key was refused"
    } else {
        reason
    };
    Error::from(ApiError::new(401, ErrorCode::Unauthorized, message))
}

/// A WebSocket error, described without the URL (which carries the key). The error is
/// kept as the source only where it cannot hold the URL either.
pub(super) fn socket_error(error: tokio_tungstenite::tungstenite::Error) -> Error {
    use tokio_tungstenite::tungstenite::Error as WsError;
    let message = match &error {
        WsError::Io(e) => format!("network error: {e}"),
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
pub(super) struct Opened {
    pub(super) socket: Socket,
    /// Events that arrived during the grace period.
    pub(super) early: Vec<MonitorMessage>,
    /// Whether the server confirmed a subscription (an extension the reference does not
    /// document); later commands then wait for their confirmation.
    pub(super) confirms: bool,
}

/// Connects and subscribes. A subscription counts as live once sent; for `grace` the
/// server may still refuse the key (close 4001) or a channel (an `error` frame naming
/// it). Confirmations for every channel end the wait early.
pub(super) async fn open(
    client: &Client,
    url: &Url,
    channels: &BTreeSet<Channel>,
    grace: Duration,
) -> Result<Opened> {
    let mut socket = upgrade(client, url).await?;
    let mut handshake = Handshake {
        waiting: subscribe(&mut socket, channels).await?,
        early: Vec::new(),
        confirms: false,
    };
    // The grace running out is the normal end against a server without confirmations.
    if let Ok(Err(error)) = tokio::time::timeout(grace, handshake.listen(&mut socket)).await {
        return Err(error);
    }
    Ok(Opened {
        socket,
        early: handshake.early,
        confirms: handshake.confirms,
    })
}

/// The WebSocket, opened as an HTTP/1.1 upgrade through the client's own HTTP stack:
/// the same proxy, TLS roots, user agent and connect timeout as every REST call. Nothing
/// here logs the request, whose URL carries the key (tungstenite's own handshake logs
/// it whole at TRACE).
async fn upgrade(client: &Client, url: &Url) -> Result<Socket> {
    let mut http_url = url.clone();
    let scheme = if url.scheme() == "wss" {
        "https"
    } else {
        "http"
    };
    http_url
        .set_scheme(scheme)
        .map_err(|()| Error::config("the monitor URL cannot be made an http(s) URL"))?;
    let key = generate_key();
    let request = client
        .monitor_request(http_url.clone())?
        .version(reqwest::Version::HTTP_11)
        .header(CONNECTION, "Upgrade")
        .header(UPGRADE, "websocket")
        .header(SEC_WEBSOCKET_VERSION, "13")
        .header(SEC_WEBSOCKET_KEY, &key)
        .send();
    let limit = client.default_timeout().unwrap_or(UPGRADE_TIMEOUT);
    let response = tokio::time::timeout(limit, request)
        .await
        .map_err(|_| {
            Error::websocket(format!(
                "the monitor did not answer the upgrade within {} ms",
                limit.as_millis()
            ))
        })?
        .map_err(|e| {
            // Without the URL, which carries the key.
            let network = client.network_error(e.without_url(), &http_url);
            Error::WebSocket {
                message: format!("cannot open the monitor connection: {network}"),
                source: Some(Box::new(network)),
            }
        })?;
    let status = response.status();
    if status != reqwest::StatusCode::SWITCHING_PROTOCOLS {
        return Err(refused_upgrade(response).await);
    }
    let accepted = response
        .headers()
        .get(SEC_WEBSOCKET_ACCEPT)
        .is_some_and(|value| value.as_bytes() == derive_accept_key(key.as_bytes()).as_bytes());
    if !accepted {
        return Err(Error::websocket(
            "the server's upgrade answer does not accept this connection's key",
        ));
    }
    let upgraded = response.upgrade().await.map_err(|e| Error::WebSocket {
        message: format!("the upgrade failed: {}", cause_chain(&e.without_url())),
        source: None,
    })?;
    Ok(WebSocketStream::from_raw_socket(upgraded, Role::Client, None).await)
}

/// How long the upgrade may take when the client has no request timeout.
const UPGRADE_TIMEOUT: Duration = Duration::from_secs(30);

/// An upgrade answered with a status: the API's refusal, read as a REST call's is (a
/// body that cannot be read counts as none: its error would name the URL, and the key).
async fn refused_upgrade(response: reqwest::Response) -> Error {
    let status = response.status();
    let headers = response.headers().clone();
    let rate_limit = crate::RateLimit::from_headers(&headers);
    let body = response.bytes().await.unwrap_or_default();
    crate::client::refusal(status, &headers, rate_limit, &body)
}

/// Sends a subscribe command for every channel; the channels sent.
async fn subscribe(socket: &mut Socket, channels: &BTreeSet<Channel>) -> Result<BTreeSet<Channel>> {
    let mut sent = BTreeSet::new();
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
        sent.insert(channel.canonical());
    }
    Ok(sent)
}

/// What the server said while a new connection waits for refusals.
struct Handshake {
    /// Channels not confirmed yet.
    waiting: BTreeSet<Channel>,
    early: Vec<MonitorMessage>,
    confirms: bool,
}

impl Handshake {
    /// Reads frames until every channel is confirmed; an error for a refusal.
    async fn listen(&mut self, socket: &mut Socket) -> Result<()> {
        loop {
            if self.confirms && self.waiting.is_empty() {
                return Ok(());
            }
            let Some(frame) = socket.next().await else {
                return Err(Error::websocket("the server closed the connection"));
            };
            match frame.map_err(socket_error)? {
                Message::Text(text) => self.read(&text)?,
                Message::Close(frame) => {
                    let (code, reason) = close_reason(frame);
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
    }

    /// One text frame: a confirmation, a refusal of a channel being subscribed, or an
    /// early event; anything else is not the handshake's business.
    fn read(&mut self, text: &str) -> Result<()> {
        match serde_json::from_str::<ServerMessage>(text) {
            Ok(ServerMessage::Subscribed { channel }) => {
                self.confirms = true;
                self.waiting.remove(&channel);
            }
            Ok(ServerMessage::Error {
                message,
                channel: Some(channel),
            }) if self.waiting.contains(&channel) => {
                return Err(Error::Validation {
                    field: "channel",
                    message,
                });
            }
            Ok(ServerMessage::Event(event)) => self.early.push(MonitorMessage::Event {
                event,
                frame: text.to_owned(),
            }),
            _ => {}
        }
        Ok(())
    }
}

/// The code and reason of a close frame; 1005 (no status) without one.
pub(super) fn close_reason(frame: Option<CloseFrame>) -> (u16, String) {
    frame.map_or((1005, String::new()), |f| {
        (u16::from(f.code), f.reason.to_string())
    })
}
