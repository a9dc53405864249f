//! `voxai webhooks` (reference section 12): test events, signature checks, a local
//! receiver.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::DefaultBodyLimit;
use axum::extract::State;
use axum::http::header::RETRY_AFTER;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use clap::Subcommand;
use clap::builder::NonEmptyStringValueParser;
use comfy_table::Table;
use tokio::sync::Notify;
use voxai_sdk::cause_chain;
use voxai_sdk::webhooks::{
    EVENT_HEADER, ID_HEADER, MAX_BODY_BYTES, SIGNATURE_HEADER, WebhookVerifier, fingerprint,
};
use voxai_types::webhooks::{
    TestWebhookRequest, TestWebhookResponse, WebhookData, WebhookEvent, WebhookEventType,
};

use super::{json_object, read_input};
use crate::context::Ctx;
use crate::error::CliError;
use crate::host::Streams;
use crate::output::{self, Cell, Render};

/// `voxai webhooks ...`
#[derive(Debug, Subcommand)]
pub enum WebhooksCommand {
    /// Send a test event to the project's webhook endpoints.
    #[command(
        after_help = "Examples:\n  voxai webhooks test --event-type session.started --payload '{\"session_id\": 1}'"
    )]
    Test {
        /// Event type to simulate (default test).
        #[arg(long, value_name = "TYPE")]
        event_type: Option<String>,
        /// Payload, JSON.
        #[arg(long, value_name = "JSON")]
        payload: Option<String>,
    },
    /// Check a webhook body against its signature: exit 0 when valid, 1 when not.
    #[command(
        after_help = "Examples:\n  export VOXAI_WEBHOOK_SECRET=...   # not --secret: other users see flags in ps\n  voxai webhooks verify --signature \"$SIG\" body.json"
    )]
    Verify {
        /// The endpoint's signing secret (not empty); prefer VOXAI_WEBHOOK_SECRET, as
        /// other users see flags in `ps`.
        #[arg(long, env = "VOXAI_WEBHOOK_SECRET", hide_env_values = true, value_parser = NonEmptyStringValueParser::new())]
        secret: String,
        /// The X-Webhook-Signature value (hex).
        #[arg(long)]
        signature: String,
        /// The raw body: a file, or - for stdin.
        #[arg(default_value = "-")]
        file: String,
    },
    /// A local receiver: verifies, prints each event, optionally forwards it.
    #[command(
        after_help = "Examples:\n  export VOXAI_WEBHOOK_SECRET=...   # not --secret: other users see flags in ps\n  voxai webhooks listen --port 9000\n  voxai webhooks listen --forward-to http://127.0.0.1:3000/hooks\n  voxai -o json webhooks listen --count 1   # wait for one event"
    )]
    Listen {
        /// Port on 127.0.0.1 (0 picks a free one; the address is printed on stderr).
        #[arg(long, default_value_t = 8787)]
        port: u16,
        /// The signing secret (not empty); prefer VOXAI_WEBHOOK_SECRET, as other users
        /// see flags in `ps`.
        #[arg(long, env = "VOXAI_WEBHOOK_SECRET", hide_env_values = true, value_parser = NonEmptyStringValueParser::new())]
        secret: String,
        /// Refuse deliveries whose timestamp is older (or newer) than this, and answer
        /// a repeated delivery (the same signed body) within it 200 without acting on
        /// it again.
        #[arg(long, value_name = "SECS", default_value = "300", value_parser = crate::flags::seconds)]
        tolerance: Duration,
        /// Also POST each verified event, with its headers, to this URL. When the target
        /// fails or does not answer in time, the sender is answered 502 and retries.
        #[arg(long, value_name = "URL")]
        forward_to: Option<String>,
        /// How long a forward may take (keep it below the sender's timeout, 10 s for
        /// the reference server).
        #[arg(long, value_name = "SECS", default_value = "5", value_parser = crate::flags::seconds, requires = "forward_to")]
        forward_timeout: Duration,
        /// Exit after this many verified events (0: exit once listening).
        #[arg(long, value_name = "N")]
        count: Option<u64>,
    },
}

impl Render for TestWebhookResponse {
    fn table(&self) -> Table {
        output::fields(&[
            ("event id", self.event_id.cell()),
            ("endpoints", self.endpoints.cell()),
        ])
    }

    fn ids(&self) -> Vec<String> {
        vec![self.event_id.cell()]
    }
}

/// A one-line summary of a webhook event.
pub fn summary(event: &WebhookEvent) -> String {
    let room = event
        .data
        .to_json()
        .get("room_name")
        .and_then(|r| r.as_str())
        .map(str::to_owned);
    let detail = match &event.data {
        WebhookData::ParticipantJoined(d) | WebhookData::ParticipantLeft(d) => d.identity.clone(),
        WebhookData::SessionStarted(d) | WebhookData::SessionEnded(d) => {
            format!("session {}", d.session_id)
        }
        WebhookData::RecordingStarted(d) | WebhookData::RecordingStopped(d) => {
            format!("recording {}", d.recording_id)
        }
        WebhookData::SipCallInitiated(d) => format!("calling {}", d.phone_number.cell()),
        WebhookData::SipInboundCall(d) => format!("call from {}", d.from),
        WebhookData::KnowledgeDocumentUploaded(d) => {
            format!("{} chunks from {}", d.chunks_created, d.source)
        }
        WebhookData::KnowledgeReindexed(d) => format!("{} chunks re-embedded", d.chunks_reindexed),
        WebhookData::TrackPublished(d) | WebhookData::TrackUnpublished(d) => {
            format!("{} {}", d.identity, d.kind.cell())
        }
        other => other.to_json().to_string(),
    };
    match room {
        Some(room) => format!("{:<28} {room}  {detail}", event.event_type().to_string()),
        None => format!("{:<28} {detail}", event.event_type().to_string()),
    }
}

struct Listener {
    verifier: WebhookVerifier,
    forward_to: Option<String>,
    /// Bounds each forward, below the sender's own timeout, so that a slow target is
    /// answered 502 (and retried by the sender) rather than cut off mid-way.
    forward_timeout: Duration,
    http: reqwest::Client,
    streams: Streams,
    json: bool,
    received: AtomicU64,
    count: Option<u64>,
    done: Notify,
    /// Deliveries by the fingerprint of their signed body, within the tolerance.
    seen: Mutex<HashMap<String, Seen>>,
    window: Duration,
    repeated: AtomicU64,
    /// Set once stdout is gone: every later delivery is answered 503, not acknowledged.
    closed: AtomicBool,
}

#[derive(Debug, Clone, Copy)]
enum Seen {
    /// Being handled now: a copy arriving meanwhile is asked to come back later.
    InFlight,
    /// Handled (printed, forwarded) at this time.
    Handled(Instant),
}

/// What `receive` does with a verified delivery.
enum Admit {
    New,
    Handled,
    InFlight,
}

impl Listener {
    /// Admits `fingerprint` for handling unless it was handled or is being handled.
    fn admit(&self, fingerprint: &str) -> Admit {
        let now = Instant::now();
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        seen.retain(|_, state| match state {
            Seen::InFlight => true,
            Seen::Handled(at) => now.duration_since(*at) <= self.window,
        });
        match seen.get(fingerprint) {
            Some(Seen::Handled(_)) => Admit::Handled,
            Some(Seen::InFlight) => Admit::InFlight,
            None => {
                seen.insert(fingerprint.to_owned(), Seen::InFlight);
                Admit::New
            }
        }
    }

    /// Marks `fingerprint` handled, or forgets it so that the sender's retry is handled.
    fn settle(&self, fingerprint: &str, handled: bool) {
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        if handled {
            seen.insert(fingerprint.to_owned(), Seen::Handled(Instant::now()));
        } else {
            seen.remove(fingerprint);
        }
    }

    /// Forwards the delivery as received; `Err` says why the target did not take it.
    async fn forward(&self, url: &str, headers: &HeaderMap, body: Bytes) -> Result<(), String> {
        let mut forward = self
            .http
            .post(url)
            .timeout(self.forward_timeout)
            .header("content-type", "application/json")
            .body(body);
        for name in [SIGNATURE_HEADER, EVENT_HEADER, ID_HEADER] {
            if let Some(value) = headers.get(name) {
                forward = forward.header(name, value.clone());
            }
        }
        match forward.send().await {
            Ok(response) if response.status().is_success() => {
                self.streams
                    .log(&format!("forwarded to {url}: {}", response.status()));
                Ok(())
            }
            Ok(response) => Err(format!("{url} answered {}", response.status())),
            Err(e) if e.is_timeout() => Err(format!(
                "{url} did not answer within {} s",
                self.forward_timeout.as_secs_f64()
            )),
            Err(e) => Err(format!("cannot reach {url}: {}", cause_chain(&e))),
        }
    }

    /// Prints the event: in JSON mode the body as received, on one line.
    fn print(&self, event: &WebhookEvent, body: &[u8]) -> Result<(), CliError> {
        if self.json {
            self.streams
                .line(&output::received_json_line(&String::from_utf8_lossy(body)))
        } else {
            self.streams
                .line(&format!("{}  {}", clock(), summary(event)))
        }
    }
}

async fn receive(
    State(listener): State<Arc<Listener>>,
    headers: HeaderMap,
    body: Bytes,
) -> (StatusCode, HeaderMap) {
    let answer = |status| (status, HeaderMap::new());
    if listener.closed.load(Ordering::SeqCst) {
        return answer(StatusCode::SERVICE_UNAVAILABLE);
    }
    let signature = headers.get(SIGNATURE_HEADER).and_then(|v| v.to_str().ok());
    let event = match listener.verifier.verify(&body, signature) {
        Ok(event) => event,
        Err(error) => {
            listener
                .streams
                .log(&format!("refused a delivery: {error}"));
            return answer(StatusCode::UNAUTHORIZED);
        }
    };
    // Retries and replays carry the same signed body; the id header is not signed.
    let fingerprint = fingerprint(&body);
    match listener.admit(&fingerprint) {
        Admit::New => {}
        Admit::Handled => {
            let repeated = listener.repeated.fetch_add(1, Ordering::SeqCst) + 1;
            listener.streams.log(&format!(
                "dropped a repeated delivery of {} {} ({repeated} repeated so far)",
                event.event_type(),
                &fingerprint[..12]
            ));
            return answer(StatusCode::OK);
        }
        Admit::InFlight => {
            let mut headers = HeaderMap::new();
            headers.insert(RETRY_AFTER, HeaderValue::from_static("1"));
            return (StatusCode::SERVICE_UNAVAILABLE, headers);
        }
    }
    // Settled on every path, also when the sender gives up and this future is dropped.
    let mut guard = Settle {
        listener: &listener,
        fingerprint: &fingerprint,
        handled: false,
    };
    if let Some(url) = &listener.forward_to {
        if let Err(why) = listener.forward(url, &headers, body.clone()).await {
            listener.streams.log(&format!(
                "not forwarded, answered 502 so that the sender retries: {why}"
            ));
            return answer(StatusCode::BAD_GATEWAY);
        }
    }
    if let Err(error) = listener.print(&event, &body) {
        // Stdout is gone (`| head -1`): acknowledge nothing more, and stop.
        listener.closed.store(true, Ordering::SeqCst);
        listener.streams.log(&format!("stopping: {}", error.line()));
        listener.done.notify_one();
        return answer(StatusCode::SERVICE_UNAVAILABLE);
    }
    guard.handled = true;
    drop(guard);
    let received = listener.received.fetch_add(1, Ordering::SeqCst) + 1;
    if listener.count.is_some_and(|count| received >= count) {
        listener.done.notify_one();
    }
    answer(StatusCode::OK)
}

/// Settles a delivery's fingerprint when its handling ends, however it ends.
struct Settle<'a> {
    listener: &'a Listener,
    fingerprint: &'a str,
    handled: bool,
}

impl Drop for Settle<'_> {
    fn drop(&mut self) {
        self.listener.settle(self.fingerprint, self.handled);
    }
}

/// `HH:MM:SS` now, UTC.
pub fn clock() -> String {
    let now = time::OffsetDateTime::now_utc();
    format!("{:02}:{:02}:{:02}", now.hour(), now.minute(), now.second())
}

/// Runs `voxai webhooks ...`.
pub async fn run(ctx: &Ctx, command: WebhooksCommand) -> Result<(), CliError> {
    match command {
        WebhooksCommand::Test {
            event_type,
            payload,
        } => test(ctx, event_type, payload).await,
        WebhooksCommand::Verify {
            secret,
            signature,
            file,
        } => verify(ctx, secret, &signature, &file),
        WebhooksCommand::Listen {
            port,
            secret,
            tolerance,
            forward_to,
            forward_timeout,
            count,
        } => {
            let listener = Listener {
                verifier: WebhookVerifier::new(secret).tolerance(tolerance),
                seen: Mutex::new(HashMap::new()),
                window: tolerance,
                repeated: AtomicU64::new(0),
                closed: AtomicBool::new(false),
                forward_to,
                forward_timeout,
                http: reqwest::Client::new(),
                streams: ctx.streams().clone(),
                json: output::is_json(ctx),
                received: AtomicU64::new(0),
                count,
                done: Notify::new(),
            };
            listen(ctx, port, listener).await
        }
    }
}

/// `webhooks test`: asks the server to send a test event.
async fn test(
    ctx: &Ctx,
    event_type: Option<String>,
    payload: Option<String>,
) -> Result<(), CliError> {
    let event_type = event_type
        .map(|t| {
            WebhookEventType::parse_known(&t).ok_or_else(|| {
                let known: Vec<String> = WebhookEventType::KNOWN
                    .iter()
                    .map(ToString::to_string)
                    .collect();
                CliError::Invalid(format!(
                    "--event-type {t:?} is not one of {}",
                    known.join(", ")
                ))
            })
        })
        .transpose()?;
    let payload = json_object("--payload", payload.as_deref())?;
    let request = TestWebhookRequest {
        event_type,
        payload,
    };
    output::show(ctx, ctx.client().await?.webhooks().test(request)).await
}

/// `webhooks verify`: checks a body against its signature, offline.
fn verify(ctx: &Ctx, secret: String, signature: &str, file: &str) -> Result<(), CliError> {
    let body = read_input(ctx, file)?;
    // A saved body is checked offline, at any age; `listen` refuses stale deliveries.
    match WebhookVerifier::new(secret)
        .any_age()
        .verify(&body, Some(signature))
    {
        Ok(event) => {
            if output::is_json(ctx) {
                // The body as received, not as this version's types would write it.
                output::line(
                    ctx,
                    &output::received_json_line(&String::from_utf8_lossy(&body)),
                )
            } else {
                output::line(ctx, &format!("valid: {}", summary(&event)))
            }
        }
        Err(error) => Err(CliError::Failed(format!("invalid: {error}"))),
    }
}

/// `webhooks listen`: receives deliveries on 127.0.0.1 until Ctrl-C or `--count`.
async fn listen(ctx: &Ctx, port: u16, listener: Listener) -> Result<(), CliError> {
    let listener = Arc::new(listener);
    let socket = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], port)))
        .await
        .map_err(|e| CliError::io(format!("cannot listen on 127.0.0.1:{port}"), e))?;
    let addr = socket
        .local_addr()
        .map_err(|e| CliError::io("cannot read the listening address", e))?;
    // Always printed, not a notice: with `--port 0` it is the only way to learn the port.
    ctx.log(&format!(
        "listening on http://{addr}/ (any path); Ctrl-C to stop"
    ));
    if listener.count == Some(0) {
        return Ok(());
    }
    let app = Router::new()
        .fallback(receive)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(listener.clone());
    let done = listener.clone();
    axum::serve(socket, app)
        .with_graceful_shutdown(async move { done.done.notified().await })
        .await
        .map_err(|e| CliError::io("the receiver failed", e))
}
