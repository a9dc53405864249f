//! A typed async client for the [VoxAI](https://voxai.ai0.dev) API: voice-AI agents on
//! LiveKit — rooms, tokens, agents, sessions and transcripts, recordings, SIP calls,
//! knowledge bases, webhooks and call control.
//!
//! ```no_run
//! # async fn run() -> voxai_sdk::Result<()> {
//! let client = voxai_sdk::Client::from_env()?; // VOXAI_API_KEY, VOXAI_BASE_URL
//! let room = client.rooms().create("support-42").await?;
//! let token = client.token(voxai_sdk::types::tokens::TokenRequest::new("alice", "support-42")).await?;
//! println!("{} -> {:?}", room.room.full_name, token.ws_url);
//! # Ok(()) }
//! ```
//!
//! # Shape
//!
//! One handle per section of the API reference, each in the module of the same name:
//! [`Client::rooms`], [`Client::agents`], [`Client::sessions`], [`Client::recordings`],
//! [`Client::sip`], [`Client::knowledge_bases`], [`Client::webhooks`],
//! [`Client::call_control`], and [`Client::quota`], [`Client::usage`] and
//! [`Client::token`] for the single endpoints. Every method returns a request you can
//! `.await` directly, or tune first (per-request [`Request::timeout`] and
//! [`Request::retry_policy`]); [`Request::send_with_meta`] also returns the rate-limit
//! headers. Paginated lists return a [`PageRequest`] whose `stream()` yields every item
//! across pages, lazily.
//!
//! # Errors and retries
//!
//! Every failure is one [`Error`]. An error response keeps everything the server said
//! ([`ApiError`]: status, [`ErrorCode`], message, details, rate-limit
//! headers, `Retry-After`). The [`RetryPolicy`] waits exactly what `Retry-After` says
//! after a `429 RATE_LIMITED`, backs off exponentially with jitter after 5xx and network
//! failures (GET, PUT and DELETE only; POST only when nothing was sent), and never
//! retries `QUOTA_EXCEEDED`.
//!
//! # Live events and webhooks
//!
//! [`Client::monitor`] opens the monitor WebSocket: a [`futures::Stream`] of typed
//! [`monitor::MonitorMessage`]s that reconnects with backoff and resubscribes on its
//! own. [`webhooks::WebhookVerifier`] checks `X-Webhook-Signature` in constant time,
//! types the event and can refuse stale deliveries; with the `axum` feature,
//! `webhooks::axum::VerifiedWebhook` does it as an extractor.
//!
//! # Testing your code
//!
//! The `voxai-mock` crate is a stateful reference server of the whole API: start one per
//! test and point the client's base URL at it.
//!
//! # Features
//!
//! - `rustls` (default): TLS through rustls.
//! - `native-tls`: TLS through the platform's library instead.
//! - `tracing` (default): spans and events for every call, retry, page, transfer and
//!   the monitor (see the README's "In your application").
//! - `opentelemetry`: `ClientBuilder::propagate_trace_context`, W3C `traceparent` from
//!   the current OpenTelemetry span.
//! - `axum`: the webhook extractor `webhooks::axum::VerifiedWebhook`.

#![cfg_attr(docsrs, feature(doc_cfg))]

mod api_key;
mod call;
mod client;
mod error;
mod pagination;
mod progress;
mod rate_limit;
mod redirect;
mod request;
mod retry;
mod room_names;
mod telemetry;

pub mod agents;
pub mod call_control;
pub mod intercept;
pub mod knowledge;
pub mod monitor;
pub mod quota;
pub mod recordings;
pub mod rooms;
pub mod sessions;
pub mod sip;
pub mod tokens;
pub mod webhooks;

/// The wire types (the `voxai-types` crate).
pub use voxai_types as types;

pub use api_key::ApiKey;
pub use client::{Client, ClientBuilder, DEFAULT_BASE_URL, DEFAULT_TIMEOUT, ResponseEvent};
pub use error::{ApiError, BoxError, Error, NetworkCause, Result, cause_chain};
pub use pagination::{Items, ListQuery, PageRequest, Pages};
pub use progress::Progress;
pub use rate_limit::RateLimit;
pub use redirect::redirect_policy;
pub use request::{Request, Response};
pub use retry::{RetryCheck, RetryEvent, RetryPolicy};
/// The API's error codes, beside [`Error`] (also at `types::ErrorCode`).
pub use voxai_types::ErrorCode;

// The README's Rust examples compile as doctests, so they cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;
