//! [`ClientBuilder`]: the settings of a [`Client`], checked once.

use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::header::HeaderValue;
use url::Url;

use super::network::{self, ProxySetting};
use super::{Client, DEFAULT_BASE_URL, DEFAULT_TIMEOUT, Inner, ResponseEvent, ResponseHook};
use crate::api_key::ApiKey;
use crate::error::{Error, Result};
use crate::retry::{RetryEvent, RetryHook, RetryPolicy};

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
    proxy: ProxySetting,
    interceptors: Vec<Arc<dyn crate::intercept::Interceptor>>,
    headers: Vec<(String, String)>,
    #[cfg(feature = "opentelemetry")]
    propagate_trace_context: bool,
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
    /// so build it with [`redirect_policy`](crate::redirect_policy) unless you trust every host involved.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Sends every request, REST and the monitor alike, through this proxy (`http://` or
    /// `https://`; `wss` and `https` go through a CONNECT tunnel), except to the hosts in
    /// `NO_PROXY`. Without it the SDK follows `HTTPS_PROXY`, `HTTP_PROXY`,
    /// `ALL_PROXY` and `NO_PROXY`. A proxy that cannot be reached is named in the error.
    ///
    /// ```
    /// let client = voxai_sdk::Client::builder()
    ///     .api_key("pk_test")
    ///     .proxy("http://proxy.internal:3128")
    ///     .build()?;
    /// # Ok::<(), voxai_sdk::Error>(())
    /// ```
    pub fn proxy(mut self, url: impl Into<String>) -> Self {
        self.proxy = ProxySetting::Fixed(url.into());
        self
    }

    /// Connects directly, whatever `HTTPS_PROXY` and friends say.
    pub fn no_proxy(mut self) -> Self {
        self.proxy = ProxySetting::Off;
        self
    }

    /// Sends this header with every request, the monitor's WebSocket upgrade included
    /// (a tenant id, a routing tag). `X-API-Key`, `User-Agent`, `Accept` and
    /// `Content-Type` are the SDK's: set the user agent with
    /// [`user_agent`](Self::user_agent).
    ///
    /// ```
    /// let client = voxai_sdk::Client::builder()
    ///     .api_key("pk_test")
    ///     .header("x-tenant", "acme")
    ///     .build()?;
    /// # Ok::<(), voxai_sdk::Error>(())
    /// ```
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Adds an [`Interceptor`](crate::intercept::Interceptor), run around each attempt
    /// of every REST call after those added before it: to change requests, answer them
    /// without the network in tests, or observe them. Not run for the monitor's upgrade,
    /// whose URL carries the key (it gets the [`header`](Self::header)s).
    pub fn interceptor(mut self, interceptor: impl crate::intercept::Interceptor) -> Self {
        self.interceptors.push(Arc::new(interceptor));
        self
    }

    /// Sends the current span's OpenTelemetry context as W3C `traceparent` with every
    /// request (each attempt, as a child of the SDK's `voxai.request` span), so the
    /// service's traces join the application's. Needs `tracing-opentelemetry`'s layer in
    /// the application's subscriber; without a valid context nothing is sent. Off by
    /// default: the header tells the service the application's trace ids.
    #[cfg(feature = "opentelemetry")]
    pub fn propagate_trace_context(mut self) -> Self {
        self.propagate_trace_context = true;
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
        if let Some(host) = clear_text_host(&base_url) {
            // Not an error: a test network or a proxy may be meant. Said where the
            // application's logs (a `tracing` subscriber) will show it.
            crate::telemetry::clear_text_key(host);
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
        let extra_headers = extra_headers(&self.headers)?;
        // The monitor's WebSocket is an HTTP/1.1 upgrade: its client is the same but for
        // HTTP/2, which a TLS server could otherwise agree to. Built on first use (a
        // client loads the TLS roots, which a CLI command without the monitor should not
        // pay twice). An injected client serves both.
        let monitor_http = std::sync::OnceLock::new();
        let (http, proxy_matcher) = match self.http {
            Some(http) => {
                let _ = monitor_http.set(http.clone());
                (http, None)
            }
            None => (
                network::http_client(false, &self.proxy)?,
                self.proxy.matcher(),
            ),
        };
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                monitor_http,
                proxy: self.proxy,
                proxy_matcher,
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
                interceptors: self.interceptors,
                extra_headers,
                #[cfg(feature = "opentelemetry")]
                propagate_trace_context: self.propagate_trace_context,
                last_rate_limit: Mutex::new(None),
                room_prefix: Mutex::new(self.room_prefix.filter(|p| !p.is_empty())),
            }),
        })
    }
}

/// The headers of [`ClientBuilder::header`], checked; the SDK's own are refused.
fn extra_headers(pairs: &[(String, String)]) -> Result<reqwest::header::HeaderMap> {
    use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderName, USER_AGENT};
    let mut headers = reqwest::header::HeaderMap::new();
    for (name, value) in pairs {
        let name = HeaderName::from_bytes(name.trim().as_bytes())
            .map_err(|e| Error::config_from(format!("header name {name:?} is not valid"), e))?;
        if [ACCEPT, CONTENT_TYPE, USER_AGENT].contains(&name) || name == super::API_KEY_HEADER {
            return Err(Error::config(format!(
                "header {name} is set by the SDK (use user_agent() for User-Agent)"
            )));
        }
        let value = HeaderValue::from_str(value).map_err(|e| {
            Error::config_from(format!("the value of header {name} is not valid"), e)
        })?;
        headers.append(name, value);
    }
    Ok(headers)
}

/// The host of an `http://` URL that is not this machine; `None` for https or loopback.
pub(super) fn clear_text_host(url: &Url) -> Option<&str> {
    if url.scheme() != "http" {
        return None;
    }
    let host = url.host_str()?;
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    let loopback = bare.eq_ignore_ascii_case("localhost")
        || bare
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    (!loopback).then_some(host)
}

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
