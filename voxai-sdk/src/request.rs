//! One API call as a value: build it, tune it, `.await` it.

use std::fmt;
use std::future::IntoFuture;
use std::time::Duration;

use bytes::Bytes;
use futures::future::BoxFuture;
use reqwest::header::{CONTENT_TYPE, HeaderValue};
use reqwest::{Method, StatusCode};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::call::Call;
use crate::client::Client;
use crate::error::{Error, Result, snippet};
use crate::rate_limit::RateLimit;
use crate::retry::RetryPolicy;
use crate::room_names::{RoomArg, RoomForm};

/// The `timeout` and `retry_policy` setters every request builder has; the builder keeps
/// its overrides in a field `options: RequestOptions`.
macro_rules! request_option_setters {
    () => {
        /// Timeout of each attempt, instead of the client's.
        pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
            self.options.timeout = Some(timeout);
            self
        }

        /// Retry policy, instead of the client's.
        pub fn retry_policy(mut self, policy: $crate::RetryPolicy) -> Self {
            self.options.retry = Some(policy);
            self
        }
    };
}
pub(crate) use request_option_setters;

/// Overrides of the client's settings for one request.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct RequestOptions {
    pub(crate) timeout: Option<Duration>,
    pub(crate) retry: Option<RetryPolicy>,
}

impl RequestOptions {
    /// `request` with these overrides, where set.
    pub(crate) fn apply<T>(&self, mut request: Request<T>) -> Request<T> {
        if let Some(timeout) = self.timeout {
            request.options.timeout = Some(timeout);
        }
        if let Some(policy) = &self.retry {
            request.options.retry = Some(policy.clone());
        }
        request
    }
}

type Decoder<T> = fn(StatusCode, Bytes) -> Result<T>;

/// A step run on a decoded body before it is returned (e.g. fetching what the server did
/// not echo).
type Completion<T> = Box<dyn FnOnce(Client, T) -> BoxFuture<'static, Result<T>> + Send>;

pub(crate) const ACCEPT_JSON: &str = "application/json";
pub(crate) const ACCEPT_TEXT: &str = "text/plain";

/// Decodes a JSON body; an empty body reads as `null`, which acknowledgements accept.
/// A failure names the JSON path of the field that did not fit.
pub(crate) fn decode_json<T: DeserializeOwned>(status: StatusCode, body: Bytes) -> Result<T> {
    let json: &[u8] = if body.trim_ascii().is_empty() {
        b"null"
    } else {
        &body
    };
    let fail = |path: Option<String>, message: String| Error::Decode {
        status: status.as_u16(),
        path,
        message,
        snippet: snippet(&body),
    };
    // Plain serde_json first: tracking the path costs on every field of every response,
    // and is only needed to say where a body that does not decode went wrong.
    if let Ok(value) = serde_json::from_slice::<T>(json) {
        return Ok(value);
    }
    let mut deserializer = serde_json::Deserializer::from_slice(json);
    let value: T = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let path = e.path().to_string();
        fail((path != ".").then_some(path), e.into_inner().to_string())
    })?;
    deserializer.end().map_err(|e| fail(None, e.to_string()))?;
    Ok(value)
}

/// Decodes a UTF-8 text body.
pub(crate) fn decode_text(status: StatusCode, body: Bytes) -> Result<String> {
    String::from_utf8(body.to_vec()).map_err(|e| Error::Decode {
        status: status.as_u16(),
        path: None,
        message: format!("the body is not UTF-8: {e}"),
        snippet: snippet(&body),
    })
}

/// A response with the metadata the API sends beside the body.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Response<T> {
    /// The decoded body.
    pub data: T,
    /// HTTP status.
    pub status: u16,
    /// The `X-RateLimit-*` headers of this response.
    pub rate_limit: Option<RateLimit>,
}

impl<T> Response<T> {
    /// The decoded body.
    pub fn into_inner(self) -> T {
        self.data
    }
}

/// A request to one endpoint. `.await` it (or call [`send`](Self::send)); tune it first
/// with [`timeout`](Self::timeout) or [`retry_policy`](Self::retry_policy).
///
/// ```no_run
/// # async fn run(client: voxai_sdk::Client) -> voxai_sdk::Result<()> {
/// use std::time::Duration;
/// let quota = client.quota().timeout(Duration::from_secs(5)).await?;
/// let with_headers = client.quota().send_with_meta().await?;
/// println!("{} requests left", with_headers.rate_limit.map_or(0, |r| r.remaining));
/// # Ok(()) }
/// ```
#[must_use = "a request does nothing until it is awaited or sent"]
pub struct Request<T> {
    client: Client,
    call: Result<Call>,
    options: RequestOptions,
    accept: &'static str,
    decode: Decoder<T>,
    /// The room name the call carries, to send in the form its endpoint takes.
    room: Option<RoomArg>,
    /// Whether the response may show the project's room-name prefix.
    shows_prefix: bool,
    completion: Option<Completion<T>>,
}

impl<T> fmt::Debug for Request<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Request")
            .field("call", &self.call)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl<T: DeserializeOwned> Request<T> {
    /// A request whose body, if any, is JSON and whose response is JSON.
    pub(crate) fn json(client: &Client, call: Result<Call>) -> Self {
        Self::with_decoder(client, call, ACCEPT_JSON, decode_json::<T>)
    }
}

impl<T> Request<T> {
    pub(crate) fn with_decoder(
        client: &Client,
        call: Result<Call>,
        accept: &'static str,
        decode: Decoder<T>,
    ) -> Self {
        Self {
            client: client.clone(),
            call,
            options: RequestOptions::default(),
            accept,
            decode,
            room: None,
            shows_prefix: false,
            completion: None,
        }
    }

    /// Runs `step` on the decoded body before returning it.
    pub(crate) fn complete_with(
        mut self,
        step: impl FnOnce(Client, T) -> BoxFuture<'static, Result<T>> + Send + 'static,
    ) -> Self {
        self.completion = Some(Box::new(step));
        self
    }

    /// Marks where the call's room name is and the form its endpoint takes.
    pub(crate) fn room(mut self, room: RoomArg) -> Self {
        self.room = Some(room);
        self
    }

    /// Marks a response that shows rooms' `name` and `fullName`, to learn the prefix from.
    pub(crate) fn shows_room_prefix(mut self) -> Self {
        self.shows_prefix = true;
        self
    }

    request_option_setters!();

    /// The same request, answered with the body as raw JSON: everything the server sent,
    /// fields this version does not model included (what `voxai -o json` prints).
    pub fn raw(self) -> Request<serde_json::Value> {
        Request {
            client: self.client,
            call: self.call,
            options: self.options,
            accept: self.accept,
            decode: decode_json::<serde_json::Value>,
            room: self.room,
            shows_prefix: self.shows_prefix,
            // What the server sent, as it sent it.
            completion: None,
        }
    }

    /// Sends the request and decodes the body.
    ///
    /// # Errors
    ///
    /// [`Error::Api`] when the server answers with an error status (after the retry
    /// policy gave up), [`Error::Transport`] or [`Error::Timeout`] when no answer
    /// arrived, [`Error::Decode`] when the body is not what the API documents,
    /// [`Error::Validation`] when an argument was refused before sending.
    pub async fn send(self) -> Result<T> {
        self.send_with_meta().await.map(Response::into_inner)
    }

    /// Sends the request and returns the body with the status and rate-limit headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(mut self) -> Result<Response<T>> {
        let completion = self.completion.take();
        let client = self.client.clone();
        let response = self.exchange_all().await?;
        match completion {
            None => Ok(response),
            Some(step) => Ok(Response {
                data: step(client, response.data).await?,
                ..response
            }),
        }
    }

    /// The exchange, with the room name in the form its endpoint takes.
    async fn exchange_all(self) -> Result<Response<T>> {
        let mut call = self.call?;
        // One exchange of `call` with this request's settings.
        macro_rules! send {
            ($call:expr) => {
                exchange(
                    &self.client,
                    $call,
                    &self.options,
                    self.accept,
                    self.decode,
                    self.shows_prefix,
                )
            };
        }
        let Some(room) = self.room else {
            return send!(&call).await;
        };
        if room.learn_first
            && self.client.known_room_prefix().is_none()
            && call.room(room.place).is_some()
        {
            // Best effort: without the prefix the name goes as given.
            let _ = self.client.learn_room_prefix(None).await;
        }
        self.client.normalize_room(&mut call, room);
        let sent = call.room(room.place).unwrap_or_default();
        let first = send!(&call).await;
        if !matches!(&first, Err(e) if matches!(e.status(), Some(400 | 404))) {
            return first;
        }
        // Maybe the other form of the name: learn the prefix, and try once more if that
        // changes what is sent (a refused request did nothing, so a POST may be resent).
        // Only where the name may be the cause: a 404, or a 400 that speaks of a room.
        let hinted = |error: Error, sent: &str| {
            let about_room = error.status() == Some(404)
                || error
                    .api()
                    .is_some_and(|api| api.message.to_ascii_lowercase().contains("room"));
            if about_room {
                error.with_hint(room.hint(sent))
            } else {
                error
            }
        };
        // The room itself can only show the prefix when it was named short, i.e. when
        // the endpoint wants the full name; asked by its full name it would 404 too.
        let by_name = (room.form == RoomForm::Full).then_some(sent.as_str());
        let fixed = match self.client.learn_room_prefix(by_name).await {
            Ok(Some(prefix)) => crate::room_names::in_form(&sent, room.form, &prefix),
            _ => sent.clone(),
        };
        if fixed == sent {
            return first.map_err(|e| hinted(e, &sent));
        }
        call.set_room(room.place, &fixed);
        send!(&call).await.map_err(|e| hinted(e, &fixed))
    }
}

/// One call under the retry policy: sent, its body read and decoded.
async fn exchange<T>(
    client: &Client,
    call: &Call,
    options: &RequestOptions,
    accept: &'static str,
    decode: Decoder<T>,
    shows_prefix: bool,
) -> Result<Response<T>> {
    let url = client.endpoint(&call.segments)?;
    let url = &url;
    client
        .with_retry(
            &call.method,
            &call.segments,
            options.retry.as_ref(),
            move || async move {
                let mut request = client.http_request(
                    call.method.clone(),
                    url.clone(),
                    accept,
                    options.timeout,
                )?;
                if !call.query.is_empty() {
                    request = request.query(&call.query);
                }
                if let Some(body) = &call.json {
                    request = request
                        .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
                        .body(body.clone());
                }
                let (response, rate_limit) = client.execute(request).await?;
                let status = response.status();
                let body = response.bytes().await.map_err(Error::from_reqwest)?;
                if shows_prefix {
                    client.learn_room_prefix_from(&body);
                }
                Ok(Response {
                    data: decode(status, body)?,
                    status: status.as_u16(),
                    rate_limit,
                })
            },
        )
        .await
}

impl<T: Send + 'static> IntoFuture for Request<T> {
    type Output = Result<T>;
    type IntoFuture = BoxFuture<'static, Result<T>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

impl Client {
    /// A JSON request without a body.
    pub(crate) fn call<T: DeserializeOwned>(
        &self,
        method: Method,
        segments: Vec<String>,
    ) -> Request<T> {
        Request::json(self, Ok(Call::new(method, segments)))
    }

    /// A JSON request with a JSON body.
    pub(crate) fn call_with<T: DeserializeOwned>(
        &self,
        method: Method,
        segments: Vec<String>,
        body: &impl Serialize,
    ) -> Request<T> {
        Request::json(self, Call::new(method, segments).with_json(body))
    }

    /// A request refused before sending.
    pub(crate) fn invalid<T: DeserializeOwned>(&self, error: Error) -> Request<T> {
        Request::json(self, Err(error))
    }
}
