//! A router served on an address until shut down: what the recording proxy and the
//! replay server share with the reference server's accept loop.

use std::net::SocketAddr;

use axum::Router;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use crate::server::{Limits, StartError, serve};

/// A server in the background; dropping it stops it.
#[derive(Debug)]
pub(crate) struct Listening {
    addr: SocketAddr,
    shutdown: CancellationToken,
    task: Option<JoinHandle<()>>,
}

impl Listening {
    pub(crate) async fn start(addr: SocketAddr, router: Router) -> Result<Self, StartError> {
        let bind = |source| StartError::Bind { addr, source };
        let listener = TcpListener::bind(addr).await.map_err(bind)?;
        let addr = listener.local_addr().map_err(bind)?;
        let shutdown = CancellationToken::new();
        let task = tokio::spawn(serve(listener, router, shutdown.clone(), Limits::default()));
        Ok(Self {
            addr,
            shutdown,
            task: Some(task),
        })
    }

    pub(crate) fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub(crate) async fn shutdown(mut self) {
        self.shutdown.cancel();
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for Listening {
    fn drop(&mut self) {
        self.shutdown.cancel();
    }
}

/// The URLs of a server at `addr` laid out as the API is.
macro_rules! api_urls {
    () => {
        /// `http://HOST:PORT`.
        pub fn url(&self) -> String {
            format!("http://{}", self.addr())
        }

        /// The API base URL, `http://HOST:PORT/api/v1`: give it to the SDK or CLI.
        pub fn base_url(&self) -> String {
            format!("http://{}/api/v1", self.addr())
        }

        /// The monitor WebSocket, `ws://HOST:PORT/ws/monitor`.
        pub fn ws_url(&self) -> String {
            format!("ws://{}/ws/monitor", self.addr())
        }
    };
}
pub(crate) use api_urls;
