//! A replay server: answers from a [cassette](crate::cassette) instead of a deployment,
//! so an application's tests run against recorded real traffic, offline.
//!
//! Requests are matched on method, path and query (and the JSON or text body, and
//! `Range`, where the recording has them). Repeated requests get the recorded answers in
//! recorded order, then the last one again. A request nothing matches is answered `404`
//! with the error envelope and an `X-Voxai-Replay: miss` header, and kept in
//! [`ReplayServer::misses`]. Monitor connections replay their recorded connections in
//! order, server frames at their recorded spacing (or at once, [`fast`](ReplayBuilder::fast)),
//! each recorded client frame waited for.
//!
//! ```no_run
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let server = voxai_mock::MockServer::builder()
//!     .replay("tests/data/run.cassette.jsonl")
//!     .start()
//!     .await?;
//! // ... run the code under test against server.base_url() ...
//! assert!(server.misses().is_empty(), "{:?}", server.misses());
//! # Ok(()) }
//! ```

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use axum::Router;
use axum::extract::State;
use axum::routing::get;

use crate::cassette::{Cassette, CassetteError};
use crate::listening::{Listening, api_urls};
use crate::server::StartError;

mod http;
mod monitor;
mod tape;

pub use tape::Miss;
use tape::Tape;

/// The header that marks a replayed answer that is not the recorded one.
pub const REPLAY_HEADER: &str = "x-voxai-replay";

/// Configures a [`ReplayServer`]; made by [`MockServerBuilder::replay`](crate::MockServerBuilder::replay).
#[derive(Debug, Clone)]
pub struct ReplayBuilder {
    cassette: PathBuf,
    addr: SocketAddr,
    fast: bool,
}

impl ReplayBuilder {
    pub(crate) fn new(cassette: PathBuf, addr: SocketAddr) -> Self {
        Self {
            cassette,
            addr,
            fast: false,
        }
    }

    /// The address to listen on (port 0 picks a free one).
    pub fn addr(mut self, addr: SocketAddr) -> Self {
        self.addr = addr;
        self
    }

    /// Send recorded monitor frames at once instead of at their recorded spacing.
    pub fn fast(mut self, fast: bool) -> Self {
        self.fast = fast;
        self
    }

    /// Reads the cassette, binds and starts serving in the background.
    ///
    /// # Errors
    ///
    /// When the cassette cannot be read (the error names the line) or is of a newer
    /// version, or the address cannot be bound.
    pub async fn start(self) -> Result<ReplayServer, ReplayError> {
        let cassette = Cassette::read(&self.cassette)?;
        let replay = Arc::new(Replay {
            tape: Mutex::new(Tape::new(cassette)),
            fast: self.fast,
        });
        let router = Router::new()
            .route(voxai_types::monitor::PATH, get(monitor::upgrade))
            .route("/_mock/replay/misses", get(misses))
            .fallback(http::answer)
            .with_state(replay.clone());
        let listening = Listening::start(self.addr, router).await?;
        Ok(ReplayServer { listening, replay })
    }
}

/// Why a replay server could not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReplayError {
    /// The cassette cannot be read.
    #[error(transparent)]
    Cassette(#[from] CassetteError),
    /// The address cannot be bound.
    #[error(transparent)]
    Start(#[from] StartError),
}

/// A running replay server. Dropping it stops it.
#[derive(Debug)]
pub struct ReplayServer {
    listening: Listening,
    replay: Arc<Replay>,
}

impl ReplayServer {
    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.listening.addr()
    }

    api_urls!();

    /// Every request the cassette had no answer for so far, in order (also served as
    /// JSON at `GET /_mock/replay/misses`).
    pub fn misses(&self) -> Vec<Miss> {
        self.replay.tape().misses()
    }

    /// Stops serving.
    pub async fn shutdown(self) {
        self.listening.shutdown().await;
    }
}

#[derive(Debug)]
pub(crate) struct Replay {
    tape: Mutex<Tape>,
    fast: bool,
}

impl Replay {
    fn tape(&self) -> MutexGuard<'_, Tape> {
        self.tape.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

async fn misses(State(replay): State<Arc<Replay>>) -> axum::Json<serde_json::Value> {
    axum::Json(serde_json::json!({ "misses": replay.tape().misses() }))
}
