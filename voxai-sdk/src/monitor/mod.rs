//! The monitor WebSocket (reference section 13): live events of rooms, as a stream that
//! reconnects and resubscribes on its own.

mod builder;
mod handle;
mod handshake;
mod worker;

use std::time::Duration;

use tokio_tungstenite::WebSocketStream;
use url::Url;
use voxai_types::monitor::MonitorEvent;

use crate::error::{Error, Result};

pub use builder::MonitorBuilder;
pub use handle::Monitor;

type Socket = WebSocketStream<reqwest::Upgraded>;

/// Items the stream holds for a consumer that is busy; past that the connection waits.
const BUFFER: usize = 1024;

/// What the monitor stream yields besides errors.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum MonitorMessage {
    /// An event of a subscribed room.
    Event {
        /// The event, typed (an unknown type or shape is [`MonitorEvent::Unknown`]).
        event: MonitorEvent,
        /// The frame as the server sent it, JSON text: for passing the event on
        /// unchanged (fields this version does not know, numbers as written).
        frame: String,
    },
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

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use backon::ExponentialBuilder;
    use url::Url;

    use super::monitor_url;
    use super::worker::reconnect_waits;

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
