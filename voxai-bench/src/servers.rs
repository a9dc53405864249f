//! Servers the scenarios measure: the reference server in process, and baseline axum apps.

use std::net::SocketAddr;

use axum::Router;
use tokio::net::TcpListener;
use voxai_mock::MockServer;

use crate::scenarios::BenchError;

/// The reference server, in this process, without rate limits.
pub(crate) async fn mock() -> Result<MockServer, BenchError> {
    MockServer::builder()
        .rate_limit(false)
        .start()
        .await
        .map_err(|e| BenchError::Setup(format!("the reference server did not start: {e}")))
}

/// Serves `app` on 127.0.0.1 with a free port until the process ends; its address.
pub(crate) async fn serve(app: Router) -> Result<SocketAddr, BenchError> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Ok(addr)
}

/// A plain HTTP/1 client with room for `connections` kept-alive connections.
pub(crate) fn http(connections: usize) -> Result<reqwest::Client, BenchError> {
    Ok(reqwest::Client::builder()
        .pool_max_idle_per_host(connections)
        .http1_only()
        .build()?)
}
