//! What the SDK tells the application's `tracing` subscriber (the `tracing` feature).
//!
//! Spans: `voxai.request` for each API call (its `otel.name` is the route template,
//! `GET /rooms/{roomName}`, with OpenTelemetry's HTTP client attributes), `voxai.page` for
//! each page a list stream fetches, `voxai.upload`, `voxai.download` and `voxai.monitor`.
//! Events: one per HTTP attempt (target `voxai_sdk::http`, DEBUG), one per retry
//! (`voxai_sdk::retry`, INFO), and the monitor's (`voxai_sdk::monitor`).
//!
//! Nothing here records a key, secret, token, body or URL query: fields are methods,
//! templates, paths, statuses, counts and error kinds. Without the feature every function
//! is empty and every span a unit value.

use std::future::Future;
use std::time::Duration;

use reqwest::Method;
use url::Url;

use crate::error::Error;
#[cfg(feature = "tracing")]
use crate::error::NetworkCause;

/// A span of the SDK, or nothing without the `tracing` feature.
#[derive(Debug, Clone)]
pub(crate) struct Span {
    #[cfg(feature = "tracing")]
    inner: tracing::Span,
}

#[cfg(feature = "tracing")]
impl Span {
    /// One API call, retries included: named after the endpoint's template.
    pub(crate) fn request(method: &Method, segments: &[String], base: &Url) -> Self {
        let inner = tracing::info_span!(
            target: "voxai_sdk",
            "voxai.request",
            otel.name = %format_args!("{method} {}", template(method, segments)),
            otel.kind = "client",
            http.request.method = %method,
            url.template = template(method, segments),
            server.address = base.host_str().unwrap_or_default(),
            server.port = base.port_or_known_default(),
            http.response.status_code = tracing::field::Empty,
            http.request.resend_count = tracing::field::Empty,
            error.type = tracing::field::Empty,
            voxai.error.code = tracing::field::Empty,
            voxai.rate_limit.remaining = tracing::field::Empty,
        );
        Self { inner }
    }

    /// One page of a list stream; the page's request is its child.
    pub(crate) fn page(page: u32) -> Self {
        Self {
            inner: tracing::info_span!(target: "voxai_sdk", "voxai.page", page),
        }
    }

    /// A document upload of `length` bytes (when known).
    pub(crate) fn upload(length: Option<u64>) -> Self {
        Self {
            inner: tracing::info_span!(
                target: "voxai_sdk",
                "voxai.upload",
                bytes = length,
                http.response.status_code = tracing::field::Empty,
                error.type = tracing::field::Empty,
            ),
        }
    }

    /// A recording download, resumed from byte `resumed_from`.
    pub(crate) fn download(resumed_from: u64) -> Self {
        Self {
            inner: tracing::info_span!(
                target: "voxai_sdk",
                "voxai.download",
                resumed_from,
                bytes = tracing::field::Empty,
                error.type = tracing::field::Empty,
            ),
        }
    }

    /// A monitor connection's life, reconnects included.
    pub(crate) fn monitor(url: &Url) -> Self {
        Self {
            inner: tracing::info_span!(
                target: "voxai_sdk",
                "voxai.monitor",
                server.address = url.host_str().unwrap_or_default(),
                server.port = url.port_or_known_default(),
            ),
        }
    }

    /// The span the caller runs in (to record on the call's span from deep inside it).
    pub(crate) fn current() -> Self {
        Self {
            inner: tracing::Span::current(),
        }
    }

    /// Sets a numeric field (a no-op on a span without it).
    pub(crate) fn record(&self, field: &'static str, value: u64) {
        self.inner.record(field, value);
    }

    /// Records how `result` ended: `error.type` and the API's error code on failure.
    pub(crate) fn record_outcome<T>(&self, result: &Result<T, Error>) {
        if let Err(error) = result {
            self.inner.record("error.type", error_type(error).as_ref());
            if let Some(code) = error.code() {
                self.inner.record("voxai.error.code", code.as_str());
            }
        }
    }

    /// `future`, run inside this span.
    pub(crate) fn instrument<F: Future>(
        &self,
        future: F,
    ) -> impl Future<Output = F::Output> + use<F> {
        tracing::Instrument::instrument(future, self.inner.clone())
    }
}

/// Spawns `future` on Tokio in the current span and with the current subscriber, so a
/// subscriber set for one task (not globally) still hears the SDK's own tasks.
pub(crate) fn spawn<F>(future: F) -> tokio::task::JoinHandle<F::Output>
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    #[cfg(feature = "tracing")]
    let future = tracing::instrument::WithSubscriber::with_current_subscriber(
        tracing::Instrument::in_current_span(future),
    );
    tokio::spawn(future)
}

#[cfg(not(feature = "tracing"))]
impl Span {
    pub(crate) fn request(_: &Method, _: &[String], _: &Url) -> Self {
        Self {}
    }
    pub(crate) fn page(_: u32) -> Self {
        Self {}
    }
    pub(crate) fn upload(_: Option<u64>) -> Self {
        Self {}
    }
    pub(crate) fn download(_: u64) -> Self {
        Self {}
    }
    pub(crate) fn monitor(_: &Url) -> Self {
        Self {}
    }
    pub(crate) fn current() -> Self {
        Self {}
    }
    pub(crate) fn record(&self, _: &'static str, _: u64) {}
    pub(crate) fn record_outcome<T>(&self, _: &Result<T, Error>) {}
    pub(crate) fn instrument<F: Future>(&self, future: F) -> F {
        future
    }
}

/// The template of a call (`/rooms/{roomName}`), or `other` for a path the table lacks.
#[cfg(feature = "tracing")]
fn template(method: &Method, segments: &[String]) -> &'static str {
    voxai_types::endpoint_template(method.as_str(), segments).unwrap_or("other")
}

/// OpenTelemetry's `error.type`: the status for an error response, else the kind.
#[cfg(feature = "tracing")]
pub(crate) fn error_type(error: &Error) -> std::borrow::Cow<'static, str> {
    std::borrow::Cow::Borrowed(match error {
        Error::Api(api) => return api.status.to_string().into(),
        Error::Transport { .. } | Error::Timeout { .. } => match error.network_cause() {
            Some(NetworkCause::Refused) => "connection_refused",
            Some(NetworkCause::Dns) => "dns",
            Some(NetworkCause::Tls) => "tls",
            Some(NetworkCause::Reset) => "connection_reset",
            Some(NetworkCause::Timeout) => "timeout",
            Some(NetworkCause::Proxy) => "proxy",
            _ => "network",
        },
        Error::Redirect { .. } => "redirect",
        Error::Decode { .. } => "decode",
        Error::Validation { .. } => "validation",
        Error::WebSocket { .. } => "websocket",
        Error::Config { .. } => "config",
        Error::Io(_) => "io",
    })
}

/// One HTTP attempt: what `voxai -v` prints. The query is a field of its own, so a
/// subscriber can leave it out; the key is a header and never here.
#[allow(unused_variables)]
pub(crate) fn attempt(method: &Method, url: &Url, status: Option<u16>, elapsed: Duration) {
    #[cfg(feature = "tracing")]
    tracing::debug!(
        target: "voxai_sdk::http",
        method = %method,
        path = url.path(),
        query = url.query().unwrap_or_default(),
        status = status,
        elapsed_ms = elapsed.as_millis() as u64,
        "{method} {} -> {} ({} ms)",
        url.path(),
        status.map_or_else(|| "no response".to_owned(), |s| s.to_string()),
        elapsed.as_millis(),
    );
}

/// A retry about to wait.
#[allow(unused_variables)]
pub(crate) fn retry(
    method: &Method,
    path: &str,
    attempt: u32,
    wait: Duration,
    from_retry_after: bool,
    error: &Error,
) {
    #[cfg(feature = "tracing")]
    {
        Span::current().record("http.request.resend_count", u64::from(attempt));
        tracing::info!(
            target: "voxai_sdk::retry",
            method = %method,
            path = path,
            attempt,
            wait_ms = wait.as_millis() as u64,
            from_retry_after,
            error_type = error_type(error).as_ref(),
            "attempt {attempt} of {method} {path} failed ({error}); waiting {:.1} s ({})",
            wait.as_secs_f64(),
            if from_retry_after { "Retry-After" } else { "backoff" },
        );
    }
}

/// The monitor's connection changed: `what` says how (`connected`, `closed`, ...).
#[allow(unused_variables)]
pub(crate) fn monitor(what: &'static str, detail: &str) {
    #[cfg(feature = "tracing")]
    tracing::info!(target: "voxai_sdk::monitor", event = what, detail, "monitor {what}: {detail}");
}

/// The monitor waits `wait` before reconnect attempt `attempt`.
#[allow(unused_variables)]
pub(crate) fn monitor_reconnect(attempt: u32, wait: Duration) {
    #[cfg(feature = "tracing")]
    tracing::info!(
        target: "voxai_sdk::monitor",
        event = "reconnect",
        attempt,
        wait_ms = wait.as_millis() as u64,
        "monitor reconnect attempt {attempt} in {:.1} s",
        wait.as_secs_f64(),
    );
}

/// The key is about to go unencrypted to `host` (not an error: a test network or a proxy
/// may be meant).
#[allow(unused_variables)]
pub(crate) fn clear_text_key(host: &str) {
    #[cfg(feature = "tracing")]
    tracing::warn!(
        target: "voxai_sdk",
        host,
        "the API key is sent unencrypted: http:// to a host other than this machine"
    );
}

/// The current span's OpenTelemetry context as a W3C `traceparent` value, when there is a
/// valid one (an OpenTelemetry layer installed and a span recording).
#[cfg(feature = "opentelemetry")]
pub(crate) fn traceparent() -> Option<reqwest::header::HeaderValue> {
    use opentelemetry::trace::TraceContextExt;
    use tracing_opentelemetry::OpenTelemetrySpanExt;
    let context = tracing::Span::current().context();
    let span = context.span();
    let span_context = span.span_context();
    if !span_context.is_valid() {
        return None;
    }
    let value = format!(
        "00-{}-{}-{:02x}",
        span_context.trace_id(),
        span_context.span_id(),
        span_context.trace_flags().to_u8()
    );
    reqwest::header::HeaderValue::from_str(&value).ok()
}
