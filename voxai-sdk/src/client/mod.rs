//! The client and one HTTP exchange; its builder is in `builder`.

use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use reqwest::header::{ACCEPT, HeaderValue, USER_AGENT};
use reqwest::{Method, StatusCode};
use url::Url;
use voxai_types::ErrorBody;

use crate::api_key::ApiKey;
use crate::error::{ApiError, Error, Result, code_for_status, snippet};
use crate::rate_limit::{self, RateLimit};
use crate::retry::{RetryHook, RetryPolicy};

pub use builder::ClientBuilder;
pub(crate) use network::DnsFailure;

mod builder;
mod network;

/// The hosted API.
pub const DEFAULT_BASE_URL: &str = "https://voxai.ai0.dev/api/v1";
/// Default per-attempt timeout.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
const API_KEY_HEADER: &str = "x-api-key";

/// A VoxAI API client: cheap to clone (one `Arc`), `Send + Sync`, one connection pool.
///
/// ```no_run
/// # async fn run() -> voxai_sdk::Result<()> {
/// let client = voxai_sdk::Client::new("pk_your_project_api_key")?;
/// let rooms = client.rooms().list().await?;
/// println!("{} active rooms", rooms.rooms.len());
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    /// For the monitor's upgrade: the same configuration, HTTP/1.1 only; built on first
    /// use unless a client was injected.
    monitor_http: std::sync::OnceLock<reqwest::Client>,
    /// The proxy setting of the SDK's own clients (the monitor's is built later).
    proxy: network::ProxySetting,
    /// What says which proxy a URL goes through, to name it when it fails; `None` when
    /// there is none, or the HTTP client was injected (its proxies are its own).
    proxy_matcher: Option<hyper_util::client::proxy::matcher::Matcher>,
    base_url: Url,
    api_key: ApiKey,
    /// The key as a sensitive header value, made once; `None` if it cannot be one.
    api_key_header: Option<HeaderValue>,
    user_agent: HeaderValue,
    timeout: Option<Duration>,
    retry: RetryPolicy,
    on_retry: Option<RetryHook>,
    on_response: Option<ResponseHook>,
    /// Run around each attempt, in order (see `intercept`).
    interceptors: Vec<Arc<dyn crate::intercept::Interceptor>>,
    /// Sent with every request, the monitor's upgrade included.
    extra_headers: reqwest::header::HeaderMap,
    /// Whether each request carries the current span's `traceparent`.
    #[cfg(feature = "opentelemetry")]
    propagate_trace_context: bool,
    last_rate_limit: Mutex<Option<RateLimit>>,
    /// The project's room-name prefix, once known (see `room_names`).
    room_prefix: Mutex<Option<String>>,
}

/// One HTTP exchange, as passed to [`ClientBuilder::on_response`] and
/// [`Interceptor::on_response`](crate::intercept::Interceptor::on_response). Carries no
/// headers, so no credential.
#[derive(Debug)]
#[non_exhaustive]
pub struct ResponseEvent<'a> {
    /// Method.
    pub method: &'a Method,
    /// URL, with its query.
    pub url: &'a Url,
    /// Status, or `None` when no response came.
    pub status: Option<u16>,
    /// Time from sending to the response headers.
    pub elapsed: Duration,
}

type ResponseHook = Arc<dyn Fn(&ResponseEvent<'_>) + Send + Sync>;

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url.as_str())
            .field("api_key", &self.inner.api_key)
            .field("timeout", &self.inner.timeout)
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}

impl Client {
    pub(crate) fn known_room_prefix(&self) -> Option<String> {
        self.inner
            .room_prefix
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Remembers the project's room-name prefix.
    pub(crate) fn set_room_prefix(&self, prefix: String) {
        *self
            .inner
            .room_prefix
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = Some(prefix);
    }

    /// A client for the hosted API with default settings.
    ///
    /// # Errors
    ///
    /// [`Error::Config`] when the key is blank or cannot be sent in a header.
    pub fn new(api_key: impl Into<ApiKey>) -> Result<Self> {
        Self::builder().api_key(api_key).build()
    }

    /// A client configured from `VOXAI_API_KEY` (required) and `VOXAI_BASE_URL`.
    ///
    /// # Errors
    ///
    /// [`Error::Config`] when `VOXAI_API_KEY` is unset or blank, or `VOXAI_BASE_URL` is
    /// not an http(s) URL.
    pub fn from_env() -> Result<Self> {
        Self::builder().read_env().build()
    }

    /// A builder for every setting.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The base URL every path is joined to (ends in `/api/v1` for the hosted API).
    pub fn base_url(&self) -> &Url {
        &self.inner.base_url
    }

    /// The host the key goes to unencrypted, when the base URL is `http://` and names a
    /// host other than this machine (loopback names and addresses are this machine).
    ///
    /// ```
    /// let client = voxai_sdk::Client::builder()
    ///     .api_key("pk_test")
    ///     .base_url("http://10.0.0.5:4010/api/v1")
    ///     .build()?;
    /// assert_eq!(client.clear_text_host(), Some("10.0.0.5"));
    /// # Ok::<(), voxai_sdk::Error>(())
    /// ```
    pub fn clear_text_host(&self) -> Option<&str> {
        builder::clear_text_host(&self.inner.base_url)
    }

    /// The API key, masked in its `Debug`.
    pub fn api_key(&self) -> &ApiKey {
        &self.inner.api_key
    }

    /// The client's retry policy (requests may override it).
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.inner.retry
    }

    /// The rate-limit headers of the most recent response this client (or a clone)
    /// received, success or error.
    pub fn last_rate_limit(&self) -> Option<RateLimit> {
        *self
            .inner
            .last_rate_limit
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// The URL of an endpoint: the base URL plus path segments, each percent-encoded.
    pub(crate) fn endpoint(&self, segments: &[String]) -> Result<Url> {
        let mut url = self.inner.base_url.clone();
        url.path_segments_mut()
            .map_err(|()| {
                Error::config(format!(
                    "base URL {} cannot have a path",
                    self.inner.base_url
                ))
            })?
            .pop_if_empty()
            .extend(segments);
        Ok(url)
    }

    /// The timeout of each request attempt, unless a request sets its own.
    pub(crate) fn default_timeout(&self) -> Option<Duration> {
        self.inner.timeout
    }

    /// The monitor's upgrade request: through the same proxy, roots and connect timeout
    /// as every REST call, with the same user agent.
    pub(crate) fn monitor_request(&self, url: Url) -> Result<reqwest::RequestBuilder> {
        let http = match self.inner.monitor_http.get() {
            Some(http) => http,
            None => {
                let built = network::http_client(true, &self.inner.proxy)?;
                self.inner.monitor_http.get_or_init(|| built)
            }
        };
        Ok(http
            .get(url)
            .headers(self.inner.extra_headers.clone())
            .header(USER_AGENT, self.inner.user_agent.clone()))
    }

    /// A request with the key, user agent, `Accept` and timeout set.
    pub(crate) fn http_request(
        &self,
        method: Method,
        url: Url,
        accept: &'static str,
        timeout: Option<Duration>,
    ) -> Result<reqwest::RequestBuilder> {
        let key = self.inner.api_key_header.clone().ok_or_else(|| {
            Error::config("the API key contains characters not allowed in a header")
        })?;
        let mut builder = self
            .inner
            .http
            .request(method, url)
            .headers(self.inner.extra_headers.clone())
            .header(API_KEY_HEADER, key)
            .header(USER_AGENT, self.inner.user_agent.clone())
            .header(ACCEPT, HeaderValue::from_static(accept));
        if let Some(timeout) = timeout.or(self.inner.timeout) {
            builder = builder.timeout(timeout);
        }
        Ok(builder)
    }

    /// Sends one attempt; a non-2xx status becomes [`Error::Api`]. The response comes
    /// with its rate-limit headers, read once.
    pub(crate) async fn execute(
        &self,
        request: reqwest::RequestBuilder,
    ) -> Result<(reqwest::Response, Option<RateLimit>)> {
        self.execute_allowing(request, None).await
    }

    /// Like [`execute`](Self::execute), but hands back a response of status `allowed`
    /// instead of turning it into an error.
    pub(crate) async fn execute_allowing(
        &self,
        request: reqwest::RequestBuilder,
        allowed: Option<StatusCode>,
    ) -> Result<(reqwest::Response, Option<RateLimit>)> {
        let mut request = request.build().map_err(Error::from_reqwest)?;
        #[cfg(feature = "opentelemetry")]
        if self.inner.propagate_trace_context {
            if let Some(value) = crate::telemetry::traceparent() {
                request.headers_mut().insert("traceparent", value);
            }
        }
        let reply = self.intercept(&mut request);
        let (method, url) = (request.method().clone(), request.url().clone());
        let started = std::time::Instant::now();
        let sent = match reply {
            Some(reply) => Ok(reply.into_response(&url)?),
            None => self.inner.http.execute(request).await,
        };
        let status = sent.as_ref().ok().map(|r| r.status().as_u16());
        let elapsed = started.elapsed();
        crate::telemetry::attempt(&method, &url, status, elapsed);
        let event = ResponseEvent {
            method: &method,
            url: &url,
            status,
            elapsed,
        };
        if let Some(hook) = &self.inner.on_response {
            hook(&event);
        }
        for interceptor in &self.inner.interceptors {
            interceptor.on_response(&event);
        }
        let response = sent.map_err(|e| self.network_error(e, &url))?;
        let rate_limit = RateLimit::from_headers(response.headers());
        let span = crate::telemetry::Span::current();
        span.record(
            "http.response.status_code",
            u64::from(response.status().as_u16()),
        );
        if let Some(limit) = rate_limit {
            span.record("voxai.rate_limit.remaining", limit.remaining);
        }
        if rate_limit.is_some() {
            *self
                .inner
                .last_rate_limit
                .lock()
                .unwrap_or_else(PoisonError::into_inner) = rate_limit;
        }
        let status = response.status();
        if status.is_success() || Some(status) == allowed {
            return Ok((response, rate_limit));
        }
        let headers = response.headers().clone();
        let body = response.bytes().await.map_err(Error::from_reqwest)?;
        Err(refusal(status, &headers, rate_limit, &body))
    }

    /// Lets each interceptor change `request`; the first answer one gives, if any.
    fn intercept(&self, request: &mut reqwest::Request) -> Option<crate::intercept::Reply> {
        use crate::intercept::OutgoingRequest;
        if self.inner.interceptors.is_empty() {
            return None;
        }
        for interceptor in &self.inner.interceptors {
            interceptor.modify_request(&mut OutgoingRequest::new(request));
        }
        let outgoing = OutgoingRequest::new(request);
        self.inner
            .interceptors
            .iter()
            .find_map(|interceptor| interceptor.respond(&outgoing))
    }

    /// A network failure of a request to `url`, naming the proxy it went through.
    pub(crate) fn network_error(&self, error: reqwest::Error, url: &Url) -> Error {
        let proxy = network::proxy_for(self.inner.proxy_matcher.as_ref(), url);
        Error::from_reqwest_via(error, proxy.as_deref())
    }

    /// Runs `attempt` under the retry policy of the request or the client, in the call's
    /// span; `segments` name the endpoint in retry events and traces.
    pub(crate) async fn with_retry<T, F, Fut>(
        &self,
        method: &Method,
        segments: &[String],
        policy: Option<&RetryPolicy>,
        attempt: F,
    ) -> Result<T>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T>>,
    {
        let policy = policy.unwrap_or(&self.inner.retry);
        let span = crate::telemetry::Span::request(method, segments, &self.inner.base_url);
        let result = span
            .instrument(crate::retry::run(
                policy,
                method,
                segments,
                self.inner.on_retry.as_ref(),
                attempt,
            ))
            .await;
        span.record_outcome(&result);
        result
    }
}

/// A non-2xx answer as [`Error::Api`], with its rate-limit headers and `Retry-After`:
/// the one reading of a refusal, for REST calls and the monitor's upgrade alike.
pub(crate) fn refusal(
    status: StatusCode,
    headers: &reqwest::header::HeaderMap,
    rate_limit: Option<RateLimit>,
    body: &Bytes,
) -> Error {
    let retry_after = rate_limit::retry_after(headers, SystemTime::now());
    api_error(status, rate_limit, retry_after, body)
}

fn api_error(
    status: StatusCode,
    rate_limit: Option<RateLimit>,
    retry_after: Option<Duration>,
    body: &Bytes,
) -> Error {
    let envelope = serde_json::from_slice::<ErrorBody>(body).ok();
    let (code, message, details) = match &envelope {
        Some(e) => (e.code.clone(), e.error.clone(), e.details.clone()),
        None => {
            let text = snippet(body);
            let message = if text.trim().is_empty() {
                status.canonical_reason().unwrap_or("error").to_owned()
            } else {
                text
            };
            (code_for_status(status.as_u16()), message, None)
        }
    };
    // A 429 body's `retry_after` stands in for a missing header.
    let retry_after = retry_after.or_else(|| {
        envelope
            .as_ref()
            .and_then(|e| e.retry_after)
            .map(Duration::from_secs)
    });
    Error::Api(Box::new(ApiError {
        status: status.as_u16(),
        code,
        message,
        details,
        body: envelope,
        rate_limit,
        retry_after,
        hint: None,
    }))
}

// The client is shared across tasks: keep it `Send + Sync`.
const _: fn() = || {
    fn check<T: Send + Sync>() {}
    check::<Client>();
};
