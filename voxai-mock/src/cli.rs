//! The command line of the `voxai-mock` binary, reused by `voxai mock`.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Args;

use crate::fixtures::{FixtureError, Fixtures};
use crate::responses::ResponseMode;
use crate::server::{DEFAULT_ADDR, MockServer, MockServerBuilder, StartError};

/// What the control plane, keys and fixtures are, for `--help` (see [`after_help`]).
pub const AFTER_HELP: &str = "\
Built-in fixtures (replaced by --fixtures FILE.json):
  pk_test_pro         project 1, prefix proj_, professional (300 req/min), agents, a SIP trunk and config
  pk_test_free        project 2, prefix free_, free (60 req/min), one agent, no SIP trunk
  pk_test_enterprise  project 3, prefix ent_, enterprise (1,000 req/min)
  pk_test_revoked     a deactivated key: every request gets 401

Fixture files have the format of voxai-mock/fixtures/default.json (projects with keys,
plan, agents and tools, SIP trunks and configs, webhook endpoints and secrets, quota
limit overrides, recording format; and the LiveKit URL and key pair).

Control plane (no API key), under http://HOST:PORT/_mock/:
  POST   /_mock/reset                                back to the fixtures
  POST   /_mock/seed {\"key\":\"pk_...\",\"sessions\":N,\"recording_bytes\":B}  bulk data for load tests
  GET    /_mock/requests[?page=N&per_page=M]         the request log, oldest first (bounded)
  POST   /_mock/faults  {\"path\",\"method\",\"count\",\"status\",\"retry_after\",\"latency_ms\",\"drop_connection\",\"lose_response\"}
  GET    /_mock/faults, DELETE /_mock/faults         list or clear injected faults
  POST   /_mock/rooms/FULL_ROOM/participants {\"identity\",\"name\",\"tracks\":[{\"type\":\"AUDIO\"}]}
  DELETE /_mock/rooms/FULL_ROOM/participants/IDENTITY
  POST   /_mock/calls/FULL_ROOM/status {\"status\":\"ringing|answered|completed|failed|busy|no_answer\"}
  POST   /_mock/sip/inbound {\"from\":\"+1...\",\"to\":\"<a SIP config number>\"}
  GET    /_mock/webhooks/deliveries[?min=N&wait_ms=MS]  every webhook delivery attempt (waits for N)
  POST   /_mock/projects/{id}/webhooks  {\"endpoints\":[{\"url\",\"secret\",\"active\"}]}  replace a project's webhook endpoints
  GET    /_mock/monitor/connections                  monitor WebSocket connections and how they closed
  GET    /_mock/openapi.json                         the OpenAPI 3.1 document of the API
  GET    /_mock/monitor.schema.json                  the JSON Schema of the monitor's frames

Monitor WebSocket: ws://HOST:PORT/ws/monitor?api_key=KEY; send
  {\"action\":\"subscribe\",\"channel\":\"rooms\"} or \"room:NAME\"; bad keys close with 4001.

Examples:
";

/// `--help`'s text after the options, with examples for the command that runs the
/// server (`voxai-mock`, or `voxai mock`).
pub fn after_help(program: &str) -> String {
    let examples = [
        ("", "# http://127.0.0.1:4010/api/v1"),
        (
            " --addr 127.0.0.1:0",
            "# a free port; the first line says which",
        ),
        (
            " --responses minimal",
            "# only what the API reference shows",
        ),
        (
            " --webhook-url http://127.0.0.1:9000/hooks --webhook-secret s3cret",
            "",
        ),
        (
            " openapi > voxai.openapi.json",
            "# the API's OpenAPI 3.1 document",
        ),
        (
            " --proxy https://voxai.ai0.dev/api/v1 --record run.jsonl",
            "# record a deployment",
        ),
        (" --replay run.jsonl", "# answer from the recording"),
    ];
    let mut text = AFTER_HELP.to_owned();
    for (args, comment) in examples {
        let line = format!("{program}{args}");
        if comment.is_empty() {
            text.push_str(&format!("  {line}\n"));
        } else {
            text.push_str(&format!("  {line:<44} {comment}\n"));
        }
    }
    text.trim_end().to_owned()
}

/// Options of the reference server.
#[derive(Debug, Clone, Args)]
pub struct MockArgs {
    /// Address to listen on; port 0 picks a free one.
    #[arg(long, default_value = DEFAULT_ADDR, value_name = "HOST:PORT")]
    pub addr: SocketAddr,
    /// Projects, keys and configuration instead of the built-in ones.
    #[arg(long, value_name = "FILE.json")]
    pub fixtures: Option<PathBuf>,
    /// A webhook endpoint for the first project's events (repeatable).
    #[arg(long = "webhook-url", value_name = "URL")]
    pub webhook_urls: Vec<String>,
    /// Signing secret of the --webhook-url endpoints (other users see flags in `ps`:
    /// prefer the variable).
    #[arg(
        long,
        env = "VOXAI_MOCK_WEBHOOK_SECRET",
        hide_env_values = true,
        default_value = "whsec_test",
        value_name = "SECRET",
        hide_default_value = true
    )]
    pub webhook_secret: String,
    /// LiveKit URL returned as wsUrl.
    #[arg(long, value_name = "URL")]
    pub livekit_url: Option<String>,
    /// LiveKit API key that signs tokens (their iss).
    #[arg(long, value_name = "KEY")]
    pub livekit_api_key: Option<String>,
    /// LiveKit API secret that signs tokens (HS256); other users see flags in `ps`:
    /// prefer the variable.
    #[arg(
        long,
        env = "VOXAI_MOCK_LIVEKIT_API_SECRET",
        hide_env_values = true,
        value_name = "SECRET"
    )]
    pub livekit_api_secret: Option<String>,
    /// Send rate-limit headers but never refuse a request with 429.
    #[arg(long)]
    pub no_rate_limit: bool,
    /// full: the documented bodies and extensions; minimal: only what the API
    /// reference shows (undocumented bodies are {"success": true}, no monitor
    /// confirmations), to prove a client needs no more.
    #[arg(
        long,
        value_enum,
        env = "VOXAI_MOCK_RESPONSES",
        hide_env_values = true,
        default_value_t = ResponseMode::Full,
        value_name = "MODE"
    )]
    pub responses: ResponseMode,
    /// Monitor sockets one project may hold open at once (more get 429); raise it for
    /// load tests of the monitor.
    #[arg(long, value_name = "N", default_value_t = crate::limits::MONITOR_SOCKETS_PER_PROJECT)]
    pub monitor_sockets_per_project: usize,
    /// Listen on an address other machines can reach (--addr 0.0.0.0:PORT): without it
    /// only loopback addresses are taken, as the control plane (/_mock/) needs no key.
    #[arg(long)]
    pub allow_remote: bool,
    /// Require `Authorization: Bearer TOKEN` on the control plane (/_mock/); set it
    /// whenever other machines can reach the server.
    #[arg(
        long,
        env = "VOXAI_MOCK_CONTROL_TOKEN",
        hide_env_values = true,
        value_name = "TOKEN"
    )]
    pub control_token: Option<String>,
    /// Instead of the reference server: a transparent proxy in front of this base URL
    /// (a deployment's, ending in /api/v1), recording to --record.
    #[arg(
        long,
        value_name = "BASE_URL",
        requires = "record",
        conflicts_with = "replay"
    )]
    pub proxy: Option<String>,
    /// The cassette the proxy writes every exchange to (JSON Lines; keys, tokens and
    /// secrets redacted). An existing file is refused without --force.
    #[arg(long, value_name = "FILE", requires = "proxy")]
    pub record: Option<PathBuf>,
    /// Keep binary bodies (recording downloads, uploads) in the cassette, base64;
    /// without it they are recorded as length, content type and SHA-256.
    #[arg(long, requires = "record")]
    pub record_bodies: bool,
    /// Overwrite an existing --record cassette.
    #[arg(long, requires = "record")]
    pub force: bool,
    /// Instead of the reference server: answer from a cassette recorded with --record.
    /// Unmatched requests get 404 with X-Voxai-Replay: miss, listed when it stops.
    #[arg(long, value_name = "FILE")]
    pub replay: Option<PathBuf>,
    /// With --replay: send monitor frames at once, not at their recorded spacing.
    #[arg(long, requires = "replay")]
    pub fast: bool,
}

/// Why the server could not run.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RunError {
    /// Bad fixtures.
    #[error(transparent)]
    Fixtures(#[from] FixtureError),
    /// Could not listen.
    #[error(transparent)]
    Start(#[from] StartError),
    /// The recording proxy could not start.
    #[error(transparent)]
    Proxy(#[from] crate::proxy::ProxyError),
    /// The replay server could not start.
    #[error(transparent)]
    Replay(#[from] crate::replay::ReplayError),
}

impl MockArgs {
    /// A builder with these options.
    ///
    /// # Errors
    ///
    /// When the fixtures file cannot be read or is not valid.
    pub fn builder(&self) -> Result<MockServerBuilder, FixtureError> {
        let mut fixtures = match &self.fixtures {
            Some(path) => Fixtures::from_file(path)?,
            None => Fixtures::builtin(),
        };
        let livekit = &mut fixtures.livekit;
        if let Some(url) = &self.livekit_url {
            livekit.url.clone_from(url);
        }
        if let Some(key) = &self.livekit_api_key {
            livekit.api_key.clone_from(key);
        }
        if let Some(secret) = &self.livekit_api_secret {
            livekit.api_secret.clone_from(secret);
        }
        let mut builder = MockServer::builder()
            .fixtures(fixtures)
            .addr(self.addr)
            .allow_remote(self.allow_remote)
            .monitor_sockets_per_project(self.monitor_sockets_per_project)
            .webhook_secret(self.webhook_secret.clone())
            .rate_limit(!self.no_rate_limit)
            .responses(self.responses);
        for url in &self.webhook_urls {
            builder = builder.webhook_url(url.clone());
        }
        if let Some(token) = &self.control_token {
            builder = builder.control_token(token.clone());
        }
        Ok(builder)
    }

    /// Starts the server, prints `listening on http://HOST:PORT` as the first line of
    /// stdout and how to point the CLI at it after, and serves until Ctrl-C.
    ///
    /// # Errors
    ///
    /// When the fixtures are not valid or the address cannot be bound.
    pub async fn run(&self) -> Result<(), RunError> {
        self.run_announcing(|said| {
            // One write, and its failure ignored: whoever started the server may read
            // only the first line and close the pipe, which must not stop the server.
            use std::io::Write;
            let mut stdout = std::io::stdout().lock();
            let _ = stdout
                .write_all(said.as_bytes())
                .and_then(|()| stdout.flush());
        })
        .await
    }

    /// [`MockArgs::run`], handing what it would print (the `listening on` line first) to
    /// `announce` instead, in one piece.
    ///
    /// # Errors
    ///
    /// When the fixtures are not valid or the address cannot be bound.
    pub async fn run_announcing(&self, announce: impl FnOnce(&str)) -> Result<(), RunError> {
        // Listening for the signals before anyone can know the address: a SIGTERM sent
        // right after the announcement must shut down cleanly, not kill the process.
        let stop = stop_signal();
        if let (Some(upstream), Some(cassette)) = (&self.proxy, &self.record) {
            let proxy = MockServer::builder()
                .addr(self.addr)
                .record(upstream.clone(), cassette.clone())
                .force(self.force)
                .record_bodies(self.record_bodies)
                .start()
                .await?;
            announce(&format!(
                "listening on {}\nrecording {upstream} to {}; in another shell:\n  export VOXAI_BASE_URL={}\n",
                proxy.url(),
                cassette.display(),
                proxy.base_url()
            ));
            stop.await;
            proxy.shutdown().await;
            return Ok(());
        }
        if let Some(cassette) = &self.replay {
            let replay = MockServer::builder()
                .addr(self.addr)
                .replay(cassette.clone())
                .fast(self.fast)
                .start()
                .await?;
            announce(&format!(
                "listening on {}\nreplaying {}; in another shell:\n  export VOXAI_BASE_URL={}\n",
                replay.url(),
                cassette.display(),
                replay.base_url()
            ));
            stop.await;
            let misses = replay.misses();
            replay.shutdown().await;
            #[allow(clippy::print_stderr)]
            for miss in &misses {
                eprintln!("replay miss: {miss}");
            }
            return Ok(());
        }
        let server = self.builder()?.start().await?;
        let key = server
            .fixtures()
            .projects
            .first()
            .and_then(|p| p.keys.first())
            .map(|k| k.key.as_str())
            // Only the built-in test keys are printed; a key of your fixtures stays yours.
            .filter(|k| crate::keys::ALL.contains(k))
            .unwrap_or("<a key of your fixtures>");
        let mut said = format!(
            "listening on {}\nbase URL {}; in another shell:\n  export VOXAI_BASE_URL={} VOXAI_API_KEY={key}\n",
            server.url(),
            server.base_url(),
            server.base_url()
        );
        if !self.addr.ip().is_loopback() {
            said.push_str(match &self.control_token {
                Some(_) => "warning: other machines can reach this server; the control plane (/_mock/) needs the control token\n",
                None => "warning: other machines can reach this server, and its control plane (/_mock/: reset, faults, seeding) needs no key; set --control-token\n",
            });
        }
        announce(&said);
        stop.await;
        server.shutdown().await;
        Ok(())
    }
}

/// Ctrl-C, or SIGTERM where there is one (what service managers and `kill` send). On
/// Unix both are listened for from the call on; the future resolves on the first.
fn stop_signal() -> impl Future<Output = ()> {
    #[cfg(unix)]
    let listening = {
        use tokio::signal::unix::{SignalKind, signal};
        signal(SignalKind::terminate())
            .and_then(|term| Ok((term, signal(SignalKind::interrupt())?)))
    };
    async move {
        #[cfg(unix)]
        if let Ok((mut term, mut interrupt)) = listening {
            tokio::select! {
                _ = interrupt.recv() => {}
                _ = term.recv() => {}
            }
            return;
        }
        let _ = tokio::signal::ctrl_c().await;
    }
}
