//! A recording proxy: a transparent proxy in front of a deployment (or any server of
//! the API) that passes every exchange through unchanged and appends it to a
//! [cassette](crate::cassette), the monitor WebSocket included.
//!
//! ```no_run
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use voxai_mock::MockServer;
//!
//! let proxy = MockServer::builder()
//!     .record("https://voxai.ai0.dev/api/v1", "run.cassette.jsonl")
//!     .start()
//!     .await?;
//! // Point the SDK or the CLI at proxy.base_url() instead of the deployment.
//! println!("recording through {}", proxy.base_url());
//! # Ok(()) }
//! ```

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::Router;
use axum::routing::get;

use crate::cassette::{CassetteError, CassetteWriter, Entry, Header};
use crate::listening::{Listening, api_urls};
use crate::server::StartError;

mod forward;
mod monitor;

/// Configures a [`RecordingProxy`]; made by [`MockServerBuilder::record`](crate::MockServerBuilder::record).
#[derive(Debug, Clone)]
pub struct RecordingProxyBuilder {
    upstream: String,
    cassette: PathBuf,
    addr: SocketAddr,
    force: bool,
    record_bodies: bool,
}

impl RecordingProxyBuilder {
    pub(crate) fn new(upstream: String, cassette: PathBuf, addr: SocketAddr) -> Self {
        Self {
            upstream,
            cassette,
            addr,
            force: false,
            record_bodies: false,
        }
    }

    /// The address to listen on (port 0 picks a free one).
    pub fn addr(mut self, addr: SocketAddr) -> Self {
        self.addr = addr;
        self
    }

    /// Overwrite an existing cassette (without it, an existing file is refused).
    pub fn force(mut self, force: bool) -> Self {
        self.force = force;
        self
    }

    /// Keep binary bodies (a recording download, an upload) in the cassette, base64;
    /// without it they are recorded as length, content type and SHA-256.
    pub fn record_bodies(mut self, record: bool) -> Self {
        self.record_bodies = record;
        self
    }

    /// Creates the cassette, binds and starts proxying in the background.
    ///
    /// # Errors
    ///
    /// When the upstream is not an `http(s)` URL, the cassette exists (without
    /// [`force`](Self::force)) or cannot be written, or the address cannot be bound.
    pub async fn start(self) -> Result<RecordingProxy, ProxyError> {
        let upstream = Upstream::parse(&self.upstream)?;
        let writer =
            CassetteWriter::create(&self.cassette, &Header::new(&self.upstream), self.force)?;
        let client = |http1_only: bool| {
            let builder = reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .connect_timeout(Duration::from_secs(10));
            let builder = if http1_only {
                builder.http1_only()
            } else {
                builder
            };
            builder
                .build()
                .map_err(|e| ProxyError::Client(e.to_string()))
        };
        let proxy = Arc::new(Proxy {
            upstream,
            writer,
            http: client(false)?,
            upgrades: client(true)?,
            record_bodies: self.record_bodies,
            seq: AtomicU64::new(0),
            connections: AtomicU64::new(0),
        });
        let router = Router::new()
            .route(voxai_types::monitor::PATH, get(monitor::upgrade))
            .fallback(forward::forward)
            .with_state(proxy);
        let listening = Listening::start(self.addr, router).await?;
        Ok(RecordingProxy {
            listening,
            cassette: self.cassette,
        })
    }
}

/// Why a recording proxy could not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ProxyError {
    /// The upstream is not a base URL this can proxy.
    #[error("--proxy {url}: {reason}")]
    Upstream {
        /// What was given.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The cassette cannot be created.
    #[error(transparent)]
    Cassette(#[from] CassetteError),
    /// The HTTP client could not be built (no TLS roots).
    #[error("the proxy's HTTP client: {0}")]
    Client(String),
    /// The address cannot be bound.
    #[error(transparent)]
    Start(#[from] StartError),
}

/// A running recording proxy. Dropping it stops it; every exchange already answered is
/// in the cassette.
#[derive(Debug)]
pub struct RecordingProxy {
    listening: Listening,
    cassette: PathBuf,
}

impl RecordingProxy {
    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.listening.addr()
    }

    api_urls!();

    /// The cassette it appends to.
    pub fn cassette(&self) -> &std::path::Path {
        &self.cassette
    }

    /// Stops accepting and waits for the accept loop to end.
    pub async fn shutdown(self) {
        self.listening.shutdown().await;
    }
}

/// The deployment behind the proxy.
#[derive(Debug)]
pub(crate) struct Upstream {
    /// The base URL without a trailing slash (`https://host/api/v1`).
    base: String,
    /// The monitor URL (`wss://host/ws/monitor`).
    monitor: String,
}

impl Upstream {
    fn parse(url: &str) -> Result<Self, ProxyError> {
        let bad = |reason: &str| ProxyError::Upstream {
            url: url.to_owned(),
            reason: reason.to_owned(),
        };
        let parsed = reqwest::Url::parse(url).map_err(|e| bad(&e.to_string()))?;
        let ws_scheme = match parsed.scheme() {
            "http" => "ws",
            "https" => "wss",
            _ => return Err(bad("the base URL must be http:// or https://")),
        };
        if parsed.query().is_some() || parsed.host_str().is_none() {
            return Err(bad(
                "give the base URL only, e.g. https://voxai.ai0.dev/api/v1",
            ));
        }
        let base = url.trim_end_matches('/').to_owned();
        let root = parsed.path().trim_end_matches('/');
        let root = root.strip_suffix("/api/v1").unwrap_or(root);
        let mut monitor = parsed.clone();
        monitor.set_path(&format!("{root}{}", voxai_types::monitor::PATH));
        let monitor = monitor.as_str().replacen(parsed.scheme(), ws_scheme, 1);
        Ok(Self { base, monitor })
    }
}

/// What every handler of the proxy shares.
#[derive(Debug)]
pub(crate) struct Proxy {
    upstream: Upstream,
    writer: CassetteWriter,
    http: reqwest::Client,
    /// HTTP/1.1 only: the monitor's WebSocket is an upgrade.
    upgrades: reqwest::Client,
    record_bodies: bool,
    seq: AtomicU64,
    connections: AtomicU64,
}

impl Proxy {
    fn next_seq(&self) -> u64 {
        self.seq.fetch_add(1, Ordering::Relaxed) + 1
    }

    fn next_connection(&self) -> u64 {
        self.connections.fetch_add(1, Ordering::Relaxed) + 1
    }

    /// Appends an entry; a cassette that cannot be written is said once per failure on
    /// stderr, and the exchange still goes through.
    fn record(&self, entry: &Entry) {
        if let Err(error) = self.writer.append(entry) {
            #[allow(clippy::print_stderr)]
            {
                eprintln!("voxai-mock: not recorded: {error}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Upstream;

    #[test]
    fn the_monitor_url_is_derived_from_the_base_url() {
        let up = Upstream::parse("https://voxai.ai0.dev/api/v1/").unwrap();
        assert_eq!(up.base, "https://voxai.ai0.dev/api/v1");
        assert_eq!(up.monitor, "wss://voxai.ai0.dev/ws/monitor");
        let up = Upstream::parse("http://127.0.0.1:4010/api/v1").unwrap();
        assert_eq!(up.monitor, "ws://127.0.0.1:4010/ws/monitor");
        assert!(Upstream::parse("ftp://x/api/v1").is_err());
        assert!(Upstream::parse("not a url").is_err());
    }
}
