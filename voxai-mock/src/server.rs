//! Starting and stopping a server: the router, the accept loop, the handle.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::OriginalUri;
use axum::http::Method;
use axum::middleware;
use axum::response::{IntoResponse, Response};
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use tokio::io::AsyncWriteExt;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;
use tower::ServiceExt;

use crate::error::ApiError;
use crate::fixtures::{Fixtures, LivekitConfig};
use crate::gate::{self, DropConnection};
use crate::state::{App, Settings};
use crate::{control, delivery, monitor, responses, routes};
use responses::ResponseMode;

/// The default address of the binary.
pub const DEFAULT_ADDR: &str = "127.0.0.1:4010";

fn router(app: App) -> Router {
    let api = routes::api()
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed);
    // Only the minimal mode reshapes bodies: the full mode pays nothing for it.
    let api = if app.settings.responses == ResponseMode::Minimal {
        api.layer(middleware::from_fn(responses::reshape))
    } else {
        api
    }
    .layer(middleware::from_fn_with_state(app.clone(), gate::api_gate));
    Router::new()
        .nest("/api/v1", api)
        .route(
            voxai_types::monitor::PATH,
            axum::routing::get(monitor::upgrade),
        )
        .nest(
            "/_mock",
            control::routes()
                .method_not_allowed_fallback(method_not_allowed)
                .layer(middleware::from_fn_with_state(
                    app.clone(),
                    crate::control_guard::guard,
                )),
        )
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(app)
}

async fn not_found(method: Method, OriginalUri(uri): OriginalUri) -> Response {
    let path = uri.path();
    // The commonest mistake: a base URL without `/api/v1`.
    let hint = if path.starts_with("/api/v1/") || path.starts_with("/_mock/") {
        String::new()
    } else {
        format!("; the API is under /api/v1 (did you mean /api/v1{path}? check the base URL)")
    };
    ApiError::not_found(format!("no route for {method} {path}{hint}")).into_response()
}

async fn method_not_allowed(method: Method, OriginalUri(uri): OriginalUri) -> Response {
    ApiError::new(
        axum::http::StatusCode::METHOD_NOT_ALLOWED,
        voxai_types::ErrorCode::InvalidRequest,
        format!("{method} is not allowed on {}", uri.path()),
    )
    .into_response()
}

/// Why a server could not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StartError {
    /// A non-loopback address without [`MockServerBuilder::allow_remote`].
    #[error(
        "{addr} is reachable from other machines, and so would be the control plane (/_mock/, no key): allow it explicitly (--allow-remote), best with a --control-token, or listen on 127.0.0.1"
    )]
    NotLoopback {
        /// The address asked for.
        addr: SocketAddr,
    },
    /// The address could not be bound.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address asked for.
        addr: SocketAddr,
        /// Why.
        #[source]
        source: std::io::Error,
    },
}

/// Configures a [`MockServer`].
#[derive(Debug, Clone)]
pub struct MockServerBuilder {
    fixtures: Option<Fixtures>,
    addr: SocketAddr,
    webhook_urls: Vec<String>,
    webhook_secret: String,
    livekit: Option<LivekitConfig>,
    rate_limit: bool,
    webhook_backoff: Duration,
    webhook_attempts: u32,
    webhook_queue: usize,
    monitor_queue: usize,
    monitor_keepalive: Duration,
    responses: ResponseMode,
    max_connections: usize,
    header_read_timeout: Duration,
    allow_remote: bool,
    control_token: Option<String>,
    monitor_sockets: usize,
}

impl Default for MockServerBuilder {
    fn default() -> Self {
        Self {
            fixtures: None,
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            webhook_urls: Vec::new(),
            webhook_secret: "whsec_test".into(),
            livekit: None,
            rate_limit: true,
            webhook_backoff: Duration::from_millis(500),
            webhook_attempts: 5,
            webhook_queue: 10_000,
            monitor_queue: 256,
            monitor_keepalive: Duration::from_secs(15),
            responses: ResponseMode::from_env(),
            max_connections: 1024,
            header_read_timeout: Duration::from_secs(10),
            allow_remote: false,
            control_token: None,
            monitor_sockets: crate::limits::MONITOR_SOCKETS_PER_PROJECT,
        }
    }
}

impl MockServerBuilder {
    /// Lets [`start`](Self::start) listen on an address other machines can reach (by
    /// default only loopback addresses are taken): the API then needs its keys as ever,
    /// but the control plane (`/_mock/`) needs none, unless a
    /// [`control_token`](Self::control_token) is set.
    pub fn allow_remote(mut self, allow: bool) -> Self {
        self.allow_remote = allow;
        self
    }

    /// How many monitor sockets one project may hold open at once (default
    /// [`MONITOR_SOCKETS_PER_PROJECT`](crate::limits::MONITOR_SOCKETS_PER_PROJECT)); more
    /// are answered `429`. Load tests of the monitor raise it.
    pub fn monitor_sockets_per_project(mut self, most: usize) -> Self {
        self.monitor_sockets = most.max(1);
        self
    }

    /// Requires `Authorization: Bearer TOKEN` on every control-plane request
    /// ([`MockServer::control_plane`] sends it).
    pub fn control_token(mut self, token: impl Into<String>) -> Self {
        self.control_token = Some(token.into());
        self
    }

    /// Projects, keys and configuration instead of the built-in ones.
    pub fn fixtures(mut self, fixtures: Fixtures) -> Self {
        self.fixtures = Some(fixtures);
        self
    }

    /// The address to listen on; port 0 (the default, on 127.0.0.1) picks a free one.
    pub fn addr(mut self, addr: SocketAddr) -> Self {
        self.addr = addr;
        self
    }

    /// A webhook endpoint for the first project's events (repeatable).
    pub fn webhook_url(mut self, url: impl Into<String>) -> Self {
        self.webhook_urls.push(url.into());
        self
    }

    /// The signing secret of endpoints added with [`webhook_url`](Self::webhook_url)
    /// (default `whsec_test`).
    pub fn webhook_secret(mut self, secret: impl Into<String>) -> Self {
        self.webhook_secret = secret.into();
        self
    }

    /// The LiveKit URL and key pair tokens are made for, over the fixtures'.
    pub fn livekit(mut self, livekit: LivekitConfig) -> Self {
        self.livekit = Some(livekit);
        self
    }

    /// Whether rate limits are enforced (default on). Off, the headers are still sent.
    pub fn rate_limit(mut self, enforce: bool) -> Self {
        self.rate_limit = enforce;
        self
    }

    /// The first wait between webhook delivery attempts (default 500 ms; it doubles)
    /// and how many attempts in all (default 5).
    pub fn webhook_retries(mut self, first_wait: Duration, attempts: u32) -> Self {
        self.webhook_backoff = first_wait;
        self.webhook_attempts = attempts.max(1);
        self
    }

    /// How many undelivered events one webhook endpoint's queue holds (default 10,000).
    /// Events are delivered to an endpoint one at a time, in the order they happened; one
    /// that arrives when the queue is full is not delivered, and
    /// `GET /_mock/webhooks/deliveries` logs it (attempt 0, with the reason).
    pub fn webhook_queue(mut self, events: usize) -> Self {
        self.webhook_queue = events.max(1);
        self
    }

    /// How many frames a monitor connection may have waiting (default 256) before the
    /// server cuts it off with close code 4008, and how often it pings clients
    /// (default 15 s).
    pub fn monitor(mut self, queue: usize, keepalive: Duration) -> Self {
        self.monitor_queue = queue.max(1);
        self.monitor_keepalive = keepalive.max(Duration::from_millis(10));
        self
    }

    /// What responses carry (default [`ResponseMode::Full`], or what the environment
    /// variable [`ResponseMode::ENV`] names). [`ResponseMode::Minimal`]
    /// sends only what the API reference shows, to test that a client needs no more.
    pub fn responses(mut self, mode: ResponseMode) -> Self {
        self.responses = mode;
        self
    }

    /// How many connections are served at once (default 1,024; more are answered
    /// `503` and closed) and how long a client has to send a request's headers (default
    /// 10 s, also on an idle keep-alive connection; then the connection is closed).
    pub fn connections(mut self, max: usize, header_read_timeout: Duration) -> Self {
        self.max_connections = max.max(1);
        self.header_read_timeout = header_read_timeout.max(Duration::from_millis(1));
        self
    }

    /// Instead of the reference server: a transparent proxy in front of `upstream` (a
    /// base URL such as `https://voxai.ai0.dev/api/v1`) that records every exchange, the
    /// monitor's frames included, to the cassette at `cassette` (see
    /// [`proxy`](crate::proxy)). It listens on this builder's address.
    pub fn record(
        self,
        upstream: impl Into<String>,
        cassette: impl Into<std::path::PathBuf>,
    ) -> crate::proxy::RecordingProxyBuilder {
        crate::proxy::RecordingProxyBuilder::new(upstream.into(), cassette.into(), self.addr)
    }

    /// Instead of the reference server: answers from a cassette recorded by
    /// [`record`](Self::record) (see [`replay`](crate::replay)). It listens on this
    /// builder's address.
    pub fn replay(self, cassette: impl Into<std::path::PathBuf>) -> crate::replay::ReplayBuilder {
        crate::replay::ReplayBuilder::new(cassette.into(), self.addr)
    }

    /// Binds and starts serving in the background of the current tokio runtime.
    ///
    /// # Errors
    ///
    /// When the address cannot be bound.
    pub async fn start(self) -> Result<MockServer, StartError> {
        if !self.addr.ip().is_loopback() && !self.allow_remote {
            return Err(StartError::NotLoopback { addr: self.addr });
        }
        let mut fixtures = self.fixtures.unwrap_or_else(Fixtures::builtin);
        fixtures.add_webhooks(&self.webhook_urls, &self.webhook_secret);
        if let Some(livekit) = self.livekit {
            fixtures.livekit = livekit;
        }
        let listener = TcpListener::bind(self.addr)
            .await
            .map_err(|source| StartError::Bind {
                addr: self.addr,
                source,
            })?;
        let addr = listener.local_addr().map_err(|source| StartError::Bind {
            addr: self.addr,
            source,
        })?;
        let shutdown = CancellationToken::new();
        let settings = Settings {
            rate_limit: self.rate_limit,
            livekit: fixtures.livekit.clone(),
            webhook_backoff: self.webhook_backoff,
            webhook_attempts: self.webhook_attempts,
            webhook_queue: self.webhook_queue,
            monitor_queue: self.monitor_queue,
            monitor_keepalive: self.monitor_keepalive,
            responses: self.responses,
            control: crate::control_guard::ControlAccess {
                remote: self.allow_remote,
                token: self.control_token.clone(),
            },
            monitor_sockets: self.monitor_sockets,
        };
        let app = App::new(fixtures.clone(), settings, shutdown.clone());
        let connections = app.clone();
        tokio::spawn(delivery::run(app.clone()));
        tokio::spawn(monitor::fan_out(app.clone()));
        tokio::spawn(routes::close_empty_rooms(app.clone()));
        let refusing = app.clone();
        let limits = Limits {
            max_connections: self.max_connections,
            header_read_timeout: self.header_read_timeout,
            refuse: Arc::new(move |refused| gate::refuse_head(&refusing, refused)),
        };
        let task = tokio::spawn(serve(listener, router(app), shutdown.clone(), limits));
        Ok(MockServer {
            addr,
            fixtures,
            shutdown,
            task: Some(task),
            app: connections,
            control_token: self.control_token,
        })
    }
}

/// The error that makes hyper close a connection without answering.
#[derive(Debug, thiserror::Error)]
#[error("connection dropped by an injected fault")]
struct Dropped;

async fn respond(router: Router, request: hyper::Request<Incoming>) -> Result<Response, Dropped> {
    let response = match router.oneshot(request.map(Body::new)).await {
        Ok(response) => response,
        Err(never) => match never {},
    };
    if response.extensions().get::<DropConnection>().is_some() {
        return Err(Dropped);
    }
    Ok(response)
}

/// How connections are bounded.
#[derive(Clone)]
pub(crate) struct Limits {
    /// Connections served at once; more are answered 503 and closed.
    pub(crate) max_connections: usize,
    /// Time a client has to send a request's headers (also on an idle keep-alive
    /// connection); past it the connection is closed.
    pub(crate) header_read_timeout: Duration,
    /// The answer to a request head past the documented limits.
    pub(crate) refuse: crate::head_guard::Answer,
}

/// The answer to a connection over the limit: 503 with the error envelope, then close.
fn busy() -> Vec<u8> {
    let body = r#"{"error":"too many connections; try again shortly","code":"INTERNAL_ERROR"}"#;
    format!(
        "HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\n\
         content-length: {}\r\nretry-after: 1\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

pub(crate) async fn serve(
    listener: TcpListener,
    router: Router,
    shutdown: CancellationToken,
    limits: Limits,
) {
    let permits = Arc::new(Semaphore::new(limits.max_connections));
    let connections = tokio_util::task::TaskTracker::new();
    loop {
        let accepted = tokio::select! {
            () = shutdown.cancelled() => break,
            accepted = listener.accept() => accepted,
        };
        let Ok((mut stream, _)) = accepted else {
            // Out of file descriptors or similar: let the condition pass.
            tokio::time::sleep(Duration::from_millis(10)).await;
            continue;
        };
        // Small writes (monitor frames, short answers) go out at once instead of waiting
        // for the client's delayed ACK (Nagle's algorithm: up to 40 ms a frame).
        let _ = stream.set_nodelay(true);
        let Ok(permit) = permits.clone().try_acquire_owned() else {
            tokio::spawn(async move {
                let _ = stream.write_all(&busy()).await;
                let _ = stream.shutdown().await;
            });
            continue;
        };
        let router = router.clone();
        let shutdown = shutdown.clone();
        let refuse = limits.refuse.clone();
        let header_read_timeout = limits.header_read_timeout;
        connections.spawn(async move {
            // A client that connects and says nothing is closed after the header timeout;
            // hyper's own timeout starts only with the first byte.
            let mut first = [0u8; 1];
            let said = tokio::select! {
                said = tokio::time::timeout(header_read_timeout, stream.peek(&mut first)) => said,
                () = shutdown.cancelled() => return,
            };
            match said {
                Ok(Ok(n)) if n > 0 => {}
                _ => return,
            }
            let service =
                hyper::service::service_fn(move |request| respond(router.clone(), request));
            let mut builder = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new())
                // Detecting the version would wait for bytes with no timeout; HTTP/1.1 is
                // what the API speaks (and what WebSocket upgrades need).
                .http1_only();
            builder
                .http1()
                .timer(TokioTimer::new())
                .header_read_timeout(header_read_timeout);
            let stream = crate::head_guard::Guarded::new(stream, refuse)
                .body_idle(header_read_timeout)
                .holding(permit);
            let connection = builder.serve_connection_with_upgrades(TokioIo::new(stream), service);
            tokio::pin!(connection);
            tokio::select! {
                _ = connection.as_mut() => {}
                () = shutdown.cancelled() => {
                    // The answer in flight is finished (within the grace), then the
                    // connection closed; one still running then is dropped, and its
                    // request logged as abandoned (499).
                    connection.as_mut().graceful_shutdown();
                    let _ = tokio::time::timeout(SHUTDOWN_GRACE, connection).await;
                }
            }
        });
    }
    connections.close();
    let _ = tokio::time::timeout(SHUTDOWN_GRACE, connections.wait()).await;
}

/// How long a stopping server lets the answers in flight finish.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(2);

/// A running reference server. Dropping it shuts it down: it stops accepting, and
/// closes open connections and monitor sockets.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let server = voxai_mock::MockServer::start().await?;
/// assert!(server.base_url().starts_with("http://127.0.0.1:"));
/// assert!(server.base_url().ends_with("/api/v1"));
/// assert_eq!(voxai_mock::keys::PRO, "pk_test_pro");
/// # Ok(()) }
/// ```
pub struct MockServer {
    addr: SocketAddr,
    fixtures: Fixtures,
    shutdown: CancellationToken,
    task: Option<JoinHandle<()>>,
    app: App,
    control_token: Option<String>,
}

impl std::fmt::Debug for MockServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MockServer")
            .field("addr", &self.addr)
            .field("fixtures", &self.fixtures)
            .finish_non_exhaustive()
    }
}

impl MockServer {
    /// A server with the built-in fixtures on a free port of 127.0.0.1.
    ///
    /// # Errors
    ///
    /// When no port on 127.0.0.1 can be bound.
    pub async fn start() -> Result<Self, StartError> {
        Self::builder().start().await
    }

    /// A builder for every option.
    pub fn builder() -> MockServerBuilder {
        MockServerBuilder::default()
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://HOST:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The API base URL, `http://HOST:PORT/api/v1`: give it to the SDK or CLI.
    pub fn base_url(&self) -> String {
        format!("http://{}/api/v1", self.addr)
    }

    /// A typed client of this server's control plane (`/_mock/`).
    pub fn control_plane(&self) -> crate::control_plane::ControlPlane {
        let control = crate::control_plane::ControlPlane::new(&self.url());
        match &self.control_token {
            Some(token) => control.token(token),
            None => control,
        }
    }

    /// The monitor WebSocket, `ws://HOST:PORT/ws/monitor`.
    pub fn ws_url(&self) -> String {
        format!("ws://{}/ws/monitor", self.addr)
    }

    /// The fixtures it started with.
    pub fn fixtures(&self) -> &Fixtures {
        &self.fixtures
    }

    /// Stops the server: it no longer accepts connections, answers in flight are
    /// finished (within [`SHUTDOWN_GRACE`]; a request still running then is dropped and
    /// logged as abandoned), and monitor sockets are closed with code 1001 (going away).
    /// Waits for all of it, the close frames at most 2 s.
    pub async fn shutdown(mut self) {
        self.shutdown.cancel();
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
        let _ =
            tokio::time::timeout(Duration::from_secs(2), self.app.connections.all_closed()).await;
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        self.shutdown.cancel();
    }
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_connections: 1024,
            header_read_timeout: Duration::from_secs(10),
            refuse: Arc::new(|refused| crate::head_guard::answer(refused, &[])),
        }
    }
}
