//! Extension points around every HTTP exchange: change a request, answer it without the
//! network, observe the answer.
//!
//! An [`Interceptor`] is the SDK's own small trait (smithy's interceptors and
//! reqwest-middleware were the models; a middleware stack would have made a second retry
//! layer easy to add by mistake, and tied the SDK's API to that crate's version). It runs
//! for each attempt of every REST call, uploads and downloads included, in the order the
//! interceptors were added, inside the SDK's retry: an interceptor must not repeat a
//! request itself, and a client injected with `ClientBuilder::http_client` must not
//! retry either (reqwest's own `retry` policies), or failures are retried twice over.
//! Decide what is retried with [`RetryPolicy::retry_if`](crate::RetryPolicy::retry_if).
//!
//! ```
//! use voxai_sdk::intercept::{Interceptor, OutgoingRequest};
//!
//! /// Tags every request with the tenant it is made for.
//! #[derive(Debug)]
//! struct Tenant(&'static str);
//!
//! impl Interceptor for Tenant {
//!     fn modify_request(&self, request: &mut OutgoingRequest<'_>) {
//!         if let Ok(value) = self.0.parse() {
//!             request.headers_mut().insert("x-tenant", value);
//!         }
//!     }
//! }
//!
//! let client = voxai_sdk::Client::builder()
//!     .api_key("pk_test")
//!     .interceptor(Tenant("acme"))
//!     .build()?;
//! # Ok::<(), voxai_sdk::Error>(())
//! ```

use std::fmt;

use bytes::Bytes;
use reqwest::Method;
use reqwest::header::{CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue};
use url::Url;

use crate::client::ResponseEvent;
use crate::error::{Error, Result};

/// Hooks around each HTTP attempt. Every method has a default that does nothing.
pub trait Interceptor: fmt::Debug + Send + Sync + 'static {
    /// Changes the request before it is sent or answered: add or replace headers (a
    /// tenant id, `traceparent`). The `X-API-Key` header is there too: leave it be.
    fn modify_request(&self, request: &mut OutgoingRequest<'_>) {
        let _ = request;
    }

    /// Answers the request without the network (a test double). The first interceptor
    /// that answers wins; its [`Reply`] goes through the same status handling,
    /// rate-limit headers, retries and decoding as an answer from the server.
    fn respond(&self, request: &OutgoingRequest<'_>) -> Option<Reply> {
        let _ = request;
        None
    }

    /// Sees each exchange once it is over (answered, replied or failed).
    fn on_response(&self, exchange: &ResponseEvent<'_>) {
        let _ = exchange;
    }
}

/// An interceptor shared with the code that added it (to read what it recorded).
impl<T: Interceptor> Interceptor for std::sync::Arc<T> {
    fn modify_request(&self, request: &mut OutgoingRequest<'_>) {
        (**self).modify_request(request);
    }

    fn respond(&self, request: &OutgoingRequest<'_>) -> Option<Reply> {
        (**self).respond(request)
    }

    fn on_response(&self, exchange: &ResponseEvent<'_>) {
        (**self).on_response(exchange);
    }
}

/// One attempt of a request, as an [`Interceptor`] sees it.
#[derive(Debug)]
pub struct OutgoingRequest<'a> {
    inner: &'a mut reqwest::Request,
    template: Option<&'static str>,
}

impl<'a> OutgoingRequest<'a> {
    pub(crate) fn new(inner: &'a mut reqwest::Request) -> Self {
        let segments: Vec<String> = inner
            .url()
            .path_segments()
            .map(|s| s.map(str::to_owned).collect())
            .unwrap_or_default();
        // The template is matched on the path below the base URL, whatever it is.
        let template = (0..segments.len()).find_map(|skip| {
            voxai_types::endpoint_template(inner.method().as_str(), &segments[skip..])
        });
        Self { inner, template }
    }

    /// The method.
    pub fn method(&self) -> &Method {
        self.inner.method()
    }

    /// The whole URL, with its query.
    pub fn url(&self) -> &Url {
        self.inner.url()
    }

    /// The endpoint's route template (`/rooms/{roomName}`), to tell endpoints apart
    /// without parsing paths; `None` for a path the API reference does not list.
    pub fn template(&self) -> Option<&'static str> {
        self.template
    }

    /// The headers.
    pub fn headers(&self) -> &HeaderMap {
        self.inner.headers()
    }

    /// The headers, to change.
    pub fn headers_mut(&mut self) -> &mut HeaderMap {
        self.inner.headers_mut()
    }

    /// The body, when it is in memory (JSON bodies; not a streamed upload).
    pub fn body(&self) -> Option<&[u8]> {
        self.inner.body().and_then(reqwest::Body::as_bytes)
    }
}

/// An answer an [`Interceptor`] gives instead of the server.
///
/// ```
/// use voxai_sdk::intercept::Reply;
///
/// let limited = Reply::json(429, &serde_json::json!({
///     "error": "Rate limit exceeded", "code": "RATE_LIMITED"
/// }))
/// .header("retry-after", "1");
/// assert_eq!(limited.status(), 429);
/// ```
#[derive(Debug, Clone)]
pub struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Bytes,
}

impl Reply {
    /// An empty answer with `status`.
    pub fn new(status: u16) -> Self {
        Self {
            status,
            headers: Vec::new(),
            body: Bytes::new(),
        }
    }

    /// A JSON answer (`Content-Type: application/json`).
    pub fn json(status: u16, body: &impl serde::Serialize) -> Self {
        Self::new(status)
            .header(CONTENT_TYPE.as_str(), "application/json")
            .body(serde_json::to_vec(body).unwrap_or_default())
    }

    /// Adds a header (checked when the reply is used).
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Sets the body.
    pub fn body(mut self, body: impl Into<Bytes>) -> Self {
        self.body = body.into();
        self
    }

    /// The status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The reply as the HTTP client's response to `url`.
    pub(crate) fn into_response(self, url: &Url) -> Result<reqwest::Response> {
        let invalid = |what: String| {
            Error::config(format!("an interceptor's reply to {}: {what}", url.path()))
        };
        let mut response = http::Response::builder().status(self.status);
        for (name, value) in &self.headers {
            let name = HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| invalid(format!("{name:?} is not a header name")))?;
            let value = HeaderValue::from_str(value)
                .map_err(|_| invalid(format!("{value:?} is not a header value")))?;
            response = response.header(name, value);
        }
        let response = response
            .body(reqwest::Body::from(self.body))
            .map_err(|e| invalid(e.to_string()))?;
        Ok(reqwest::Response::from(response))
    }
}
