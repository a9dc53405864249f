//! The client, its builder, and one HTTP exchange.

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
use crate::redirect::redirect_policy;
use crate::retry::{RetryEvent, RetryHook, RetryPolicy};

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
    base_url: Url,
    api_key: ApiKey,
    /// The key as a sensitive header value, made once; `None` if it cannot be one.
    api_key_header: Option<HeaderValue>,
    user_agent: HeaderValue,
    timeout: Option<Duration>,
    retry: RetryPolicy,
    on_retry: Option<RetryHook>,
    on_response: Option<ResponseHook>,
    last_rate_limit: Mutex<Option<RateLimit>>,
    /// The project's room-name prefix, once known (see `room_names`).
    room_prefix: Mutex<Option<String>>,
}

/// One HTTP exchange, as passed to [`ClientBuilder::on_response`]. Carries no headers,
/// so no credential.
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
        let request = request.build().map_err(Error::from_reqwest)?;
        let (method, url) = (request.method().clone(), request.url().clone());
        let started = std::time::Instant::now();
        let sent = self.inner.http.execute(request).await;
        if let Some(hook) = &self.inner.on_response {
            hook(&ResponseEvent {
                method: &method,
                url: &url,
                status: sent.as_ref().ok().map(|r| r.status().as_u16()),
                elapsed: started.elapsed(),
            });
        }
        let response = sent.map_err(Error::from_reqwest)?;
        let rate_limit = RateLimit::from_headers(response.headers());
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
        let retry_after = rate_limit::retry_after(response.headers(), SystemTime::now());
        let body = response.bytes().await.map_err(Error::from_reqwest)?;
        Err(api_error(status, rate_limit, retry_after, &body))
    }

    /// Runs `attempt` under the retry policy of the request or the client; `segments`
    /// name the endpoint in retry events.
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
        crate::retry::run(
            policy,
            method,
            segments,
            self.inner.on_retry.as_ref(),
            attempt,
        )
        .await
    }
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

/// Builds a [`Client`].
///
/// ```
/// use std::time::Duration;
/// use voxai_sdk::{Client, RetryPolicy};
///
/// let client = Client::builder()
///     .api_key("pk_test_pro")
///     .base_url("http://127.0.0.1:4010/api/v1")
///     .timeout(Duration::from_secs(10))
///     .retry_policy(RetryPolicy::default().with_max_retries(5))
///     .user_agent("my-app/1.0")
///     .build()?;
/// assert_eq!(client.base_url().as_str(), "http://127.0.0.1:4010/api/v1");
/// # Ok::<(), voxai_sdk::Error>(())
/// ```
#[derive(Default)]
pub struct ClientBuilder {
    api_key: Option<ApiKey>,
    base_url: Option<String>,
    timeout: Option<Option<Duration>>,
    user_agent: Option<String>,
    retry: Option<RetryPolicy>,
    http: Option<reqwest::Client>,
    on_retry: Option<RetryHook>,
    on_response: Option<ResponseHook>,
    room_prefix: Option<String>,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("api_key", &self.api_key)
            .field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .finish_non_exhaustive()
    }
}

impl ClientBuilder {
    /// The project API key (required).
    pub fn api_key(mut self, key: impl Into<ApiKey>) -> Self {
        self.api_key = Some(key.into());
        self
    }

    /// The API's base URL, e.g. `http://127.0.0.1:4010/api/v1` for a local reference
    /// server. Default: [`DEFAULT_BASE_URL`].
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Takes `VOXAI_API_KEY` and `VOXAI_BASE_URL` from the environment where set, over
    /// what was set before.
    pub fn read_env(self) -> Self {
        self.apply_env(|name| std::env::var(name).ok())
    }

    /// [`read_env`](Self::read_env) over any lookup, so it can be tested without
    /// touching the process environment. Blank values count as unset.
    fn apply_env(mut self, lookup: impl Fn(&str) -> Option<String>) -> Self {
        let var = |name| lookup(name).filter(|v: &String| !v.trim().is_empty());
        if let Some(key) = var("VOXAI_API_KEY") {
            self.api_key = Some(ApiKey::new(key));
        }
        if let Some(url) = var("VOXAI_BASE_URL") {
            self.base_url = Some(url);
        }
        self
    }

    /// Timeout of each attempt, from sending to the end of the body. Default 30 s.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(Some(timeout));
        self
    }

    /// No per-attempt timeout (requests may then wait forever on a silent server).
    pub fn no_timeout(mut self) -> Self {
        self.timeout = Some(None);
        self
    }

    /// The `User-Agent`; default `voxai-rust/VERSION`.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// The retry policy of every request (each request may override it).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// A reqwest client of your own (proxies, TLS roots, connection limits). Its default
    /// headers and timeouts apply beneath the SDK's, and so does its redirect policy:
    /// reqwest's default follows redirects to other hosts with the `X-API-Key` header,
    /// so build it with [`redirect_policy`] unless you trust every host involved.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Called before every retry wait, e.g. to log it.
    pub fn on_retry(mut self, hook: impl Fn(&RetryEvent<'_>) + Send + Sync + 'static) -> Self {
        self.on_retry = Some(Arc::new(hook));
        self
    }

    /// The project's room-name prefix (`proj_`), so that every method can send a room
    /// name in the form its endpoint takes without asking the API for it (it is learned
    /// from the first response that shows it otherwise).
    pub fn room_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.room_prefix = Some(prefix.into());
        self
    }

    /// Called after every HTTP exchange (each attempt), e.g. for request logging.
    pub fn on_response(
        mut self,
        hook: impl Fn(&ResponseEvent<'_>) + Send + Sync + 'static,
    ) -> Self {
        self.on_response = Some(Arc::new(hook));
        self
    }

    /// Checks the settings and builds the client.
    ///
    /// # Errors
    ///
    /// [`Error::Config`] without an API key, with a base URL that is not an http(s)
    /// URL, a user agent that is not a header value, or an HTTP client that cannot be
    /// set up (TLS).
    pub fn build(self) -> Result<Client> {
        let api_key = self
            .api_key
            .filter(|k| !k.expose().trim().is_empty())
            .ok_or_else(|| Error::config("no API key: pass one or set VOXAI_API_KEY"))?;
        let raw_url = self.base_url.unwrap_or_else(|| DEFAULT_BASE_URL.to_owned());
        let base_url = Url::parse(raw_url.trim()).map_err(|e| {
            Error::config_from(format!("base URL {raw_url:?} is not a URL: {e}"), e)
        })?;
        if !matches!(base_url.scheme(), "http" | "https") || base_url.cannot_be_a_base() {
            return Err(Error::config(format!(
                "base URL {raw_url:?} must be an http or https URL"
            )));
        }
        let user_agent = self
            .user_agent
            .unwrap_or_else(|| concat!("voxai-rust/", env!("CARGO_PKG_VERSION")).to_owned());
        let user_agent = HeaderValue::from_str(&user_agent).map_err(|e| {
            Error::config_from(
                format!("user agent {user_agent:?} is not a valid header value"),
                e,
            )
        })?;
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder()
                .connect_timeout(Duration::from_secs(10))
                .redirect(redirect_policy())
                .build()
                .map_err(|e| {
                    Error::config_from(format!("could not set up the HTTP client: {e}"), e)
                })?,
        };
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base_url,
                api_key_header: HeaderValue::from_str(api_key.expose())
                    .ok()
                    .map(|mut value| {
                        value.set_sensitive(true);
                        value
                    }),
                api_key,
                user_agent,
                timeout: self.timeout.unwrap_or(Some(DEFAULT_TIMEOUT)),
                retry: self.retry.unwrap_or_default(),
                on_retry: self.on_retry,
                on_response: self.on_response,
                last_rate_limit: Mutex::new(None),
                room_prefix: Mutex::new(self.room_prefix.filter(|p| !p.is_empty())),
            }),
        })
    }
}

// The client is shared across tasks: keep it `Send + Sync`.
const _: fn() = || {
    fn check<T: Send + Sync>() {}
    check::<Client>();
};

#[cfg(test)]
mod tests {
    use super::*;

    fn lookup(vars: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn environment_sets_key_and_base_url() {
        let client = Client::builder()
            .apply_env(lookup(&[
                ("VOXAI_API_KEY", "pk_env_key_123456"),
                ("VOXAI_BASE_URL", "http://127.0.0.1:4010/api/v1"),
            ]))
            .build()
            .unwrap();
        assert_eq!(client.api_key().expose(), "pk_env_key_123456");
        assert_eq!(client.base_url().as_str(), "http://127.0.0.1:4010/api/v1");
    }

    #[test]
    fn environment_overrides_but_blank_values_do_not() {
        let client = Client::builder()
            .api_key("pk_explicit_key_1234")
            .apply_env(lookup(&[("VOXAI_API_KEY", "  ")]))
            .build()
            .unwrap();
        assert_eq!(client.api_key().expose(), "pk_explicit_key_1234");
        assert_eq!(client.base_url().as_str(), DEFAULT_BASE_URL);
        let missing = Client::builder().apply_env(lookup(&[])).build();
        assert!(
            matches!(missing, Err(Error::Config { message, .. }) if message.contains("VOXAI_API_KEY"))
        );
    }
}
