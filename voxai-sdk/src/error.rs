//! The one error type of the SDK.

use std::fmt;
use std::time::Duration;

use serde_json::Value;
use voxai_types::{ErrorBody, ErrorCode};

use crate::rate_limit::RateLimit;

/// A `Result` whose error is [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The source of an [`Error`] whose type the SDK does not make part of its API.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Everything that can go wrong calling the VoxAI API.
///
/// The server's answer is kept whole in [`Error::Api`]; the helpers [`Error::code`],
/// [`Error::status`], [`Error::retry_after`] and [`Error::is_retryable`] work on any
/// variant.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The server answered with an error status.
    #[error("{0}")]
    Api(Box<ApiError>),
    /// The request could not be sent or its response not read.
    #[error("network error ({}): {message}", cause.describe())]
    Transport {
        /// What went wrong, from the error's typed chain of causes.
        cause: NetworkCause,
        /// The HTTP client's message and its innermost cause; names the proxy when the
        /// proxy could not be reached.
        message: String,
        /// Whether the request may have reached the server (false for connect
        /// failures, which are safe to retry for any method).
        request_sent: bool,
        /// The HTTP client's error (reqwest's today), kept for `source()` only: the
        /// SDK's API does not name its type, so an upgrade of it breaks nobody.
        #[source]
        source: BoxError,
    },
    /// The server redirected to another origin (scheme, host or port). The SDK does not
    /// follow: the request carries the API key.
    #[error(
        "refused a redirect to another origin ({to}): the request carries the API key; \
         check the base URL"
    )]
    Redirect {
        /// The origin the server redirected to, e.g. `https://other.example`.
        to: String,
    },
    /// No complete response arrived within the timeout.
    #[error("request timed out: {message}")]
    Timeout {
        /// The HTTP client's message.
        message: String,
        /// The HTTP client's error, for `source()` only.
        #[source]
        source: BoxError,
    },
    /// A 2xx response whose body is not what the API documents.
    #[error(
        "could not decode the response (HTTP {status}){}: {message}; body starts with {snippet:?}",
        path.as_ref().map(|p| format!(" at `{p}`")).unwrap_or_default()
    )]
    Decode {
        /// HTTP status of the response.
        status: u16,
        /// JSON path of the value that did not fit (`rooms[0].name`), when not the root.
        path: Option<String>,
        /// What did not match.
        message: String,
        /// The first bytes of the body, for diagnosis.
        snippet: String,
    },
    /// An argument was refused before anything was sent.
    #[error("invalid {field}: {message}")]
    Validation {
        /// The argument or field at fault.
        field: &'static str,
        /// What is wrong and how to fix it.
        message: String,
    },
    /// The monitor WebSocket failed (connect, protocol, or a lost connection).
    #[error("{message}")]
    WebSocket {
        /// What failed, without the URL (which carries the key).
        message: String,
        /// The error underneath, when there is one and it cannot show the URL (a network
        /// or protocol error; boxed so the SDK's API does not name tungstenite's version).
        #[source]
        source: Option<BoxError>,
    },
    /// The client could not be configured (missing key, bad base URL, TLS set-up).
    #[error("configuration error: {message}")]
    Config {
        /// What is wrong and how to fix it.
        message: String,
        /// The error underneath, e.g. the URL parser's.
        #[source]
        source: Option<BoxError>,
    },
    /// Reading a file to upload or writing a download failed.
    #[error("I/O error: {0}")]
    Io(#[from] std::io::Error),
}

/// What went wrong on the network, as far as the error tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum NetworkCause {
    /// Nothing listens at the address: the connection was refused.
    Refused,
    /// The host name did not resolve.
    Dns,
    /// The TLS handshake failed: a certificate, the protocol, or plain HTTP on an HTTPS port.
    Tls,
    /// The connection was reset or closed before the response was complete.
    Reset,
    /// No complete response within the timeout.
    Timeout,
    /// The proxy could not be reached or refused to relay (the SDK names it).
    Proxy,
    /// Something else; the message says what.
    Other,
}

impl NetworkCause {
    /// A few words for messages: `connection refused`, `DNS lookup failed`, ...
    pub fn describe(self) -> &'static str {
        match self {
            Self::Refused => "connection refused",
            Self::Dns => "DNS lookup failed",
            Self::Tls => "TLS failed",
            Self::Reset => "connection closed early",
            Self::Timeout => "timed out",
            Self::Proxy => "proxy failed",
            Self::Other => "failed",
        }
    }
}

/// Classifies an error by the types in its chain of causes: `std::io::ErrorKind`,
/// hyper's error, the TLS library's error and the SDK's own DNS failure. No message text
/// is read, so a dependency rewording its errors changes nothing.
pub(crate) fn network_cause(error: &(dyn std::error::Error + 'static)) -> NetworkCause {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(current) = cause {
        if let Some(found) = typed_cause(current) {
            return found;
        }
        // An `io::Error` wrapping another error hides it from `source()`: look inside.
        cause = match current.downcast_ref::<std::io::Error>() {
            Some(io) => io.get_ref().map(|inner| inner as _),
            None => current.source(),
        };
    }
    NetworkCause::Other
}

/// The cause one error of the chain stands for, if its type tells.
fn typed_cause(error: &(dyn std::error::Error + 'static)) -> Option<NetworkCause> {
    use std::io::ErrorKind;
    if let Some(reqwest) = error.downcast_ref::<reqwest::Error>() {
        if reqwest.is_timeout() {
            return Some(NetworkCause::Timeout);
        }
    }
    if error.is::<crate::client::DnsFailure>() {
        return Some(NetworkCause::Dns);
    }
    #[cfg(feature = "rustls")]
    if error.is::<rustls::Error>() {
        return Some(NetworkCause::Tls);
    }
    #[cfg(feature = "native-tls")]
    if error.is::<native_tls::Error>() {
        return Some(NetworkCause::Tls);
    }
    if let Some(hyper) = error.downcast_ref::<hyper::Error>() {
        if hyper.is_incomplete_message() || hyper.is_closed() || hyper.is_canceled() {
            return Some(NetworkCause::Reset);
        }
        if hyper.is_timeout() {
            return Some(NetworkCause::Timeout);
        }
    }
    let io = error.downcast_ref::<std::io::Error>()?;
    match io.kind() {
        ErrorKind::ConnectionRefused => Some(NetworkCause::Refused),
        ErrorKind::ConnectionReset
        | ErrorKind::ConnectionAborted
        | ErrorKind::BrokenPipe
        | ErrorKind::UnexpectedEof => Some(NetworkCause::Reset),
        ErrorKind::TimedOut => Some(NetworkCause::Timeout),
        _ => None,
    }
}

/// An error and each of its sources on one line, `: `-separated, leaving out a source
/// whose text the line already holds: reqwest's own message names only the URL
/// (`error sending request for url (…)`), its sources say refused, reset or timed out.
///
/// ```
/// let refused = std::io::Error::new(std::io::ErrorKind::ConnectionRefused, "connection refused");
/// let error = std::io::Error::other(refused);
/// assert_eq!(voxai_sdk::cause_chain(&error), "connection refused");
/// ```
pub fn cause_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let more = cause.to_string();
        if !text.contains(&more) {
            text.push_str(": ");
            text.push_str(&more);
        }
        source = cause.source();
    }
    text
}

/// reqwest's message and, when different, the innermost cause (`Connection refused`).
fn with_root_cause(error: &(dyn std::error::Error + 'static)) -> String {
    let mut root: &(dyn std::error::Error + 'static) = error;
    while let Some(next) = root.source() {
        root = next;
    }
    let (outer, inner) = (error.to_string(), root.to_string());
    if inner == outer || outer.contains(&inner) {
        outer
    } else {
        format!("{outer}: {inner}")
    }
}

/// What the server said in an error response.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ApiError {
    /// HTTP status.
    pub status: u16,
    /// The envelope's `code`; derived from the status when the body had none.
    pub code: ErrorCode,
    /// The envelope's `error` message.
    pub message: String,
    /// The envelope's `details`.
    pub details: Option<Value>,
    /// The whole envelope, when the body was one (it carries `limit`, `remaining` and
    /// `retry_after` on a `RATE_LIMITED` error).
    pub body: Option<ErrorBody>,
    /// The `X-RateLimit-*` headers of the response.
    pub rate_limit: Option<RateLimit>,
    /// The `Retry-After` header, as a wait from when the response arrived.
    pub retry_after: Option<Duration>,
    /// What the SDK knows about the refusal that the server did not say, e.g. which
    /// form of room name the endpoint takes and what was sent.
    pub hint: Option<String>,
}

impl ApiError {
    /// An error response as the server would send it, for tests of code that handles
    /// one (the type is `#[non_exhaustive]`, so it cannot be written as a literal):
    /// the other fields are empty; set them on the value.
    ///
    /// ```
    /// use voxai_sdk::{ApiError, Error, ErrorCode};
    ///
    /// let mut refused = ApiError::new(409, ErrorCode::Conflict, "room already exists");
    /// refused.hint = Some("pick another name".into());
    /// let error = Error::from(refused);
    /// assert_eq!(error.status(), Some(409));
    /// assert_eq!(error.code(), Some(&ErrorCode::Conflict));
    /// ```
    pub fn new(status: u16, code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            details: None,
            body: None,
            rate_limit: None,
            retry_after: None,
            hint: None,
        }
    }
}

impl From<ApiError> for Error {
    fn from(error: ApiError) -> Self {
        Self::Api(Box::new(error))
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HTTP {} {}: {}", self.status, self.code, self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, " ({hint})")?;
        }
        if let Some(wait) = self.retry_after {
            write!(f, " (retry after {}s)", wait.as_secs())?;
        }
        Ok(())
    }
}

/// The code of an error response without an envelope: the documented one for its status,
/// else `HTTP_<status>` (a client must not claim a code nobody sent).
pub(crate) fn code_for_status(status: u16) -> ErrorCode {
    ErrorCode::for_status(status).unwrap_or_else(|| ErrorCode::Unknown(format!("HTTP_{status}")))
}

impl Error {
    /// The API error code, if the server answered with an error.
    pub fn code(&self) -> Option<&ErrorCode> {
        match self {
            Self::Api(api) => Some(&api.code),
            _ => None,
        }
    }

    /// The HTTP status, if the server answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Api(api) => Some(api.status),
            Self::Decode { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The server's error details, if any.
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Self::Api(api) => Some(api),
            _ => None,
        }
    }

    /// How long the server asked to wait (`Retry-After`), if it did.
    pub fn retry_after(&self) -> Option<Duration> {
        self.api().and_then(|api| api.retry_after)
    }

    /// The same error with a hint for an API error (others are left as they are).
    pub(crate) fn with_hint(mut self, hint: String) -> Self {
        if let Self::Api(api) = &mut self {
            api.hint = Some(hint);
        }
        self
    }

    /// What went wrong on the network, for a network error or a timeout.
    pub fn network_cause(&self) -> Option<NetworkCause> {
        match self {
            Self::Transport { cause, .. } => Some(*cause),
            Self::Timeout { .. } => Some(NetworkCause::Timeout),
            // The monitor's connection failed on the network underneath.
            Self::WebSocket {
                source: Some(source),
                ..
            } => source.downcast_ref::<Self>().and_then(Self::network_cause),
            _ => None,
        }
    }

    /// Whether no connection could be made (refused, DNS, TLS, proxy): the request was
    /// not sent, so any method may be repeated.
    pub fn is_connect(&self) -> bool {
        matches!(
            self,
            Self::Transport {
                request_sent: false,
                ..
            }
        )
    }

    /// Whether no complete answer came within the timeout.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Self::Timeout { .. }) || self.network_cause() == Some(NetworkCause::Timeout)
    }

    /// The rate-limit headers of the error response, if any.
    pub fn rate_limit(&self) -> Option<RateLimit> {
        self.api().and_then(|api| api.rate_limit)
    }

    /// Whether trying again later may succeed, for an idempotent request: rate limits
    /// (not quota), 5xx, network failures and timeouts.
    pub fn is_retryable(&self) -> bool {
        self.is_retryable_for(true)
    }

    /// Whether the retry policy may repeat the request. Non-idempotent requests (POST)
    /// are only repeated after a rate limit or a failure before they were sent.
    pub(crate) fn is_retryable_for(&self, idempotent: bool) -> bool {
        match self {
            Self::Api(api) => match (&api.code, api.status) {
                (ErrorCode::QuotaExceeded, _) => false,
                (_, 429) => true,
                (_, 500 | 502 | 503 | 504) => idempotent,
                _ => false,
            },
            Self::Transport { request_sent, .. } => idempotent || !request_sent,
            Self::Timeout { .. } => idempotent,
            Self::WebSocket { .. } => true,
            _ => false,
        }
    }

    /// A configuration error without an error underneath.
    pub(crate) fn config(message: impl Into<String>) -> Self {
        Self::Config {
            message: message.into(),
            source: None,
        }
    }

    /// A configuration error caused by `source`.
    pub(crate) fn config_from(message: impl Into<String>, source: impl Into<BoxError>) -> Self {
        Self::Config {
            message: message.into(),
            source: Some(source.into()),
        }
    }

    /// A WebSocket error without an error underneath.
    pub(crate) fn websocket(message: impl Into<String>) -> Self {
        Self::WebSocket {
            message: message.into(),
            source: None,
        }
    }

    pub(crate) fn validation(field: &'static str, message: impl Into<String>) -> Self {
        Self::Validation {
            field,
            message: message.into(),
        }
    }

    pub(crate) fn from_reqwest(source: reqwest::Error) -> Self {
        Self::from_reqwest_via(source, None)
    }

    /// A reqwest error; `proxy` is the proxy the request went to, if any, so that a
    /// connection it could not make is blamed on the proxy rather than the base URL.
    pub(crate) fn from_reqwest_via(source: reqwest::Error, proxy: Option<&str>) -> Self {
        if source.is_redirect() {
            let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(&source);
            while let Some(error) = cause {
                if let Some(refused) = error.downcast_ref::<crate::redirect::CrossOrigin>() {
                    return Self::Redirect {
                        to: refused.0.clone(),
                    };
                }
                cause = error.source();
            }
        }
        if source.is_timeout() {
            return Self::Timeout {
                message: with_root_cause(&source),
                source: Box::new(source),
            };
        }
        let connect = source.is_connect();
        let request_sent = !connect && !source.is_builder();
        let mut cause = network_cause(&source);
        let mut message = with_root_cause(&source);
        if let Some(proxy) = proxy.filter(|_| connect) {
            message = format!(
                "cannot reach the proxy {proxy} ({}; unset HTTPS_PROXY/HTTP_PROXY or add \
                 the host to NO_PROXY to go direct): {message}",
                cause.describe()
            );
            cause = NetworkCause::Proxy;
        }
        Self::Transport {
            cause,
            message,
            request_sent,
            source: Box::new(source),
        }
    }
}

/// The first 200 characters of a body, for error messages.
pub(crate) fn snippet(body: &[u8]) -> String {
    String::from_utf8_lossy(body).chars().take(200).collect()
}
