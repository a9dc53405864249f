//! `voxai webhooks` (reference section 12): test events, signature checks, a local
//! receiver.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use clap::Subcommand;
use clap::builder::NonEmptyStringValueParser;
use comfy_table::Table;
use tokio::sync::Notify;
use voxai_sdk::webhooks::{EVENT_HEADER, ID_HEADER, SIGNATURE_HEADER, WebhookVerifier};
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
        /// Refuse deliveries whose timestamp is older (or newer) than this, and drop a
        /// repeated X-Webhook-Id within it.
        #[arg(long, value_name = "SECS", default_value = "300", value_parser = crate::flags::seconds)]
        tolerance: Duration,
        /// Also POST each verified event, with its headers, to this URL.
        #[arg(long, value_name = "URL")]
        forward_to: Option<String>,
        /// Exit after this many verified events.
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
    http: reqwest::Client,
    streams: Streams,
    json: bool,
    received: AtomicU64,
    count: Option<u64>,
    done: Notify,
    /// Event ids seen within the tolerance, to drop replays and repeated deliveries.
    seen: Mutex<HashMap<String, Instant>>,
    window: Duration,
    repeated: AtomicU64,
}

impl Listener {
    /// Whether `id` was already accepted within the window; remembers it if not.
    fn repeated(&self, id: &str) -> bool {
        let now = Instant::now();
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        seen.retain(|_, at| now.duration_since(*at) <= self.window);
        if seen.contains_key(id) {
            return true;
        }
        seen.insert(id.to_owned(), now);
        false
    }
}

async fn receive(
    State(listener): State<Arc<Listener>>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let event = match listener
        .verifier
        .verify(&body, header(SIGNATURE_HEADER).as_deref())
    {
        Ok(event) => event,
        Err(error) => {
            listener
                .streams
                .log(&format!("refused a delivery: {error}"));
            return StatusCode::UNAUTHORIZED;
        }
    };
    // A signed delivery seen before is a retry or a replay: acknowledge, act once.
    if let Some(id) = header(ID_HEADER) {
        if listener.repeated(&id) {
            let repeated = listener.repeated.fetch_add(1, Ordering::SeqCst) + 1;
            listener.streams.log(&format!(
                "dropped a repeated delivery of {id} ({repeated} repeated so far)"
            ));
            return StatusCode::OK;
        }
    }
    let printed = if listener.json {
        serde_json::to_string(&event)
            .map_err(|e| CliError::Failed(format!("cannot encode JSON: {e}")))
            .and_then(|text| listener.streams.line(&text))
    } else {
        listener
            .streams
            .line(&format!("{}  {}", clock(), summary(&event)))
    };
    if printed.is_err() {
        return StatusCode::INTERNAL_SERVER_ERROR;
    }
    if let Some(url) = &listener.forward_to {
        let mut forward = listener
            .http
            .post(url)
            .header("content-type", "application/json")
            .body(body.clone());
        for name in [SIGNATURE_HEADER, EVENT_HEADER, ID_HEADER] {
            if let Some(value) = header(name) {
                forward = forward.header(name, value);
            }
        }
        match forward.send().await {
            Ok(response) => listener
                .streams
                .log(&format!("forwarded to {url}: {}", response.status())),
            Err(e) => listener
                .streams
                .log(&format!("could not forward to {url}: {e}")),
        }
    }
    let received = listener.received.fetch_add(1, Ordering::SeqCst) + 1;
    if listener.count.is_some_and(|count| received >= count) {
        listener.done.notify_one();
    }
    StatusCode::OK
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
            count,
        } => {
            let listener = Listener {
                verifier: WebhookVerifier::new(secret).tolerance(tolerance),
                seen: Mutex::new(HashMap::new()),
                window: tolerance,
                repeated: AtomicU64::new(0),
                forward_to,
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
                output::json_line(ctx, &event)
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
    let app = Router::new().fallback(receive).with_state(listener.clone());
    let done = listener.clone();
    axum::serve(socket, app)
        .with_graceful_shutdown(async move { done.done.notified().await })
        .await
        .map_err(|e| CliError::io("the receiver failed", e))
}
