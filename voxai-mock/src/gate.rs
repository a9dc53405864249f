//! What every `/api/v1` request passes: auth, the rate limit, injected faults, the log.

use std::time::Instant;

use axum::extract::{OriginalUri, Request, State};
use axum::http::{StatusCode, Uri};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::caller::Caller;
use crate::clock;
use crate::error::ApiError;
use crate::request_log::{LoggedAt, LoggedRequest};
use crate::state::App;

/// Marks a response whose connection must be closed instead of answered.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DropConnection;

/// Requests without a valid key share one window, at the free plan's rate.
const ANONYMOUS_LIMIT: u64 = 60;

/// The API key header.
pub(crate) const API_KEY_HEADER: &str = "x-api-key";

/// Checks a key: the project it belongs to and its rate limit, or the 401 to answer.
pub(crate) fn authenticate(app: &App, key: Option<&str>) -> Result<(u64, u64), ApiError> {
    check_key(app, key, false)
}

/// [`authenticate`] for an API call, which the project's usage counts.
fn authenticate_call(app: &App, key: Option<&str>) -> Result<(u64, u64), ApiError> {
    check_key(app, key, true)
}

fn check_key(app: &App, key: Option<&str>, count_call: bool) -> Result<(u64, u64), ApiError> {
    let key = key.map(str::trim).filter(|k| !k.is_empty());
    let Some(key) = key else {
        return Err(ApiError::unauthorized("Missing X-API-Key header"));
    };
    let mut store = app.store();
    match store.key(key) {
        Some((project_id, true)) => {
            let project = store.project_mut(project_id);
            let limit = project
                .as_ref()
                .and_then(|p| p.fixture.plan.requests_per_minute())
                .map_or(ANONYMOUS_LIMIT, u64::from);
            // Counted here, under the one lock the check takes anyway.
            if let Some(project) = project.filter(|_| count_call) {
                project.api_calls += 1;
            }
            Ok((project_id, limit))
        }
        _ => Err(ApiError::unauthorized("Invalid or deactivated API key")),
    }
}

/// The URI as the client sent it (a nested router sees it without `/api/v1`).
fn full_uri(request: &Request) -> Uri {
    request
        .extensions()
        .get::<OriginalUri>()
        .map_or_else(|| request.uri().clone(), |original| original.0.clone())
}

/// The answer to a request head past the documented limits (see `head_guard`): the
/// envelope with the rate-limit headers of the key it names (counted, never refused), or
/// of the anonymous window when it names none or its headers were not read; logged.
pub(crate) fn refuse_head(app: &App, refused: &crate::head_guard::Refused) -> Vec<u8> {
    let found = authenticate_call(app, refused.key.as_deref()).ok();
    let window = match (&refused.key, found) {
        (Some(key), Some((project_id, limit))) => {
            (app.limiter.check(key, limit, false), Some(project_id))
        }
        _ => (app.limiter.check("", ANONYMOUS_LIMIT, false), None),
    };
    let (window, project_id) = window;
    let mut target = refused.target.clone();
    let query = target
        .split_once('?')
        .map(|(path, query)| (path.len(), query.to_owned()));
    let query = query.map(|(cut, query)| {
        target.truncate(cut);
        query
    });
    app.requests.push(LoggedRequest {
        method: refused.method.parse().unwrap_or(axum::http::Method::GET),
        path: target,
        query,
        status: refused.status,
        time: LoggedAt(clock::now()),
        duration_ms: 0,
        project_id,
        fault: None,
    });
    crate::head_guard::answer(
        refused,
        &[
            ("x-ratelimit-limit", window.limit.to_string()),
            ("x-ratelimit-remaining", window.remaining.to_string()),
            ("x-ratelimit-reset", window.reset.to_string()),
        ],
    )
}

/// Status logged for a request whose client went away before it was answered (nginx's
/// "client closed request"): hyper then drops the handler, so the log entry is written
/// when the request is dropped, not when it returns.
const CLIENT_CLOSED: u16 = 499;

/// Logs its request when dropped: with the response's status once known, else 499.
struct LogOnDrop {
    app: App,
    entry: LoggedRequest,
    started: Instant,
}

impl Drop for LogOnDrop {
    fn drop(&mut self) {
        let mut entry = std::mem::take(&mut self.entry);
        entry.duration_ms = u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX);
        self.app.requests.push(entry);
    }
}

pub(crate) async fn api_gate(State(app): State<App>, request: Request, next: Next) -> Response {
    let uri = full_uri(&request);
    let mut log = LogOnDrop {
        app: app.clone(),
        entry: LoggedRequest {
            method: request.method().clone(),
            path: uri.path().to_owned(),
            query: uri.query().map(str::to_owned),
            status: CLIENT_CLOSED,
            time: LoggedAt(clock::now()),
            duration_ms: 0,
            project_id: None,
            fault: None,
        },
        started: Instant::now(),
    };
    let response = pass(&app, request, next, &mut log.entry).await;
    log.entry.status = response.status().as_u16();
    drop(log);
    response
}

/// Runs the request through the gate; fills in the log entry's project and fault as soon
/// as they are known, so a request dropped half way is logged with them.
async fn pass(app: &App, mut request: Request, next: Next, entry: &mut LoggedRequest) -> Response {
    let key = request
        .headers()
        .get(API_KEY_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let (project_id, limit) = match authenticate_call(app, key.as_deref()) {
        Ok(found) => found,
        Err(error) => {
            let window = app.limiter.check("", ANONYMOUS_LIMIT, false);
            let mut response = error.into_response();
            window.write_headers(response.headers_mut());
            return response;
        }
    };
    entry.project_id = Some(project_id);
    let key = key.unwrap_or_default();
    let window = app.limiter.check(&key, limit, app.settings.rate_limit);
    if let Some(retry_after) = window.retry_after {
        let mut response = ApiError::rate_limited(limit, retry_after).into_response();
        window.write_headers(response.headers_mut());
        return response;
    }

    let method = request.method().clone();
    let path = full_uri(&request).path().to_owned();
    let mut response = match app.faults.take(&method, &path) {
        Some(injection) => {
            entry.fault = Some(injection.id);
            if let Some(latency) = injection.latency {
                tokio::time::sleep(latency).await;
            }
            if injection.drop_connection {
                let mut response = StatusCode::SERVICE_UNAVAILABLE.into_response();
                response.extensions_mut().insert(DropConnection);
                return response;
            }
            match injection.error {
                Some(error) => error.into_response(),
                None => {
                    request.extensions_mut().insert(Caller { project_id });
                    let mut response = next.run(request).await;
                    if injection.lose_response {
                        response.extensions_mut().insert(DropConnection);
                    }
                    response
                }
            }
        }
        None => {
            request.extensions_mut().insert(Caller { project_id });
            next.run(request).await
        }
    };
    window.write_headers(response.headers_mut());
    response
}
