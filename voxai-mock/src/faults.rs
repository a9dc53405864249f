//! Fault injection: `POST /_mock/faults` makes the next N matching requests fail.

use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use axum::http::{Method, StatusCode};
use serde::{Deserialize, Serialize};
use voxai_types::ErrorCode;

use crate::error::ApiError;

/// A fault to inject, as posted to `/_mock/faults`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaultSpec {
    /// Only requests of this method (any when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// Only this path (`/api/v1/agents`), or paths starting with it if it ends in `*`.
    pub path: String,
    /// How many matching requests it affects (default 1).
    #[serde(default = "one")]
    pub count: u32,
    /// Answer with this status and the error envelope instead of the real response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// `Retry-After` seconds to send with the status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
    /// The envelope's code (default: the documented one for the status).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<ErrorCode>,
    /// Delay before answering, in milliseconds (at most 60 000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latency_ms: Option<u64>,
    /// Close the connection without answering.
    #[serde(default)]
    pub drop_connection: bool,
    /// Run the request, then close the connection without answering: the write
    /// happened, the client never hears of it.
    #[serde(default)]
    pub lose_response: bool,
}

/// A fault as the server holds it: the spec, its id and the uses left.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fault {
    /// Its id, as the request log's `fault` names it.
    pub id: u64,
    /// What it does.
    #[serde(flatten)]
    pub spec: FaultSpec,
    /// Matching requests it still affects.
    pub remaining: u32,
}

fn one() -> u32 {
    1
}

/// What a request should suffer.
#[derive(Debug, Clone, Default)]
pub(crate) struct Injection {
    pub(crate) id: u64,
    pub(crate) latency: Option<Duration>,
    pub(crate) drop_connection: bool,
    pub(crate) lose_response: bool,
    pub(crate) error: Option<ApiError>,
}

impl FaultSpec {
    /// A fault on `path` (`/api/v1/rooms`, or a prefix ending in `*`) that affects the
    /// next matching request and does nothing yet: add a status, a latency or a drop.
    pub fn new(path: impl Into<String>) -> Self {
        Self {
            method: None,
            path: path.into(),
            count: 1,
            status: None,
            retry_after: None,
            code: None,
            latency_ms: None,
            drop_connection: false,
            lose_response: false,
        }
    }

    /// Only requests of this method.
    #[must_use]
    pub fn method(mut self, method: impl Into<String>) -> Self {
        self.method = Some(method.into());
        self
    }

    /// How many matching requests it affects.
    #[must_use]
    pub fn count(mut self, count: u32) -> Self {
        self.count = count;
        self
    }

    /// Answers with this status and the error envelope.
    #[must_use]
    pub fn status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    /// Sends `Retry-After` with the status.
    #[must_use]
    pub fn retry_after(mut self, seconds: u64) -> Self {
        self.retry_after = Some(seconds);
        self
    }

    /// The envelope's code, instead of the documented one for the status.
    #[must_use]
    pub fn code(mut self, code: ErrorCode) -> Self {
        self.code = Some(code);
        self
    }

    /// Waits this long before answering.
    #[must_use]
    pub fn latency_ms(mut self, latency_ms: u64) -> Self {
        self.latency_ms = Some(latency_ms);
        self
    }

    /// Closes the connection without answering.
    #[must_use]
    pub fn drop_connection(mut self) -> Self {
        self.drop_connection = true;
        self
    }

    /// Runs the request, then closes the connection without answering.
    #[must_use]
    pub fn lose_response(mut self) -> Self {
        self.lose_response = true;
        self
    }

    /// Refuses specs that could not be applied.
    pub(crate) fn validate(&self) -> Result<(), ApiError> {
        if !self.path.starts_with('/') {
            return Err(ApiError::invalid(
                "path",
                "must start with /, e.g. /api/v1/agents",
            ));
        }
        if let Some(method) = &self.method {
            Method::from_bytes(method.as_bytes())
                .map_err(|_| ApiError::invalid("method", "is not an HTTP method"))?;
        }
        if let Some(status) = self.status {
            match StatusCode::from_u16(status) {
                Ok(s) if s.is_client_error() || s.is_server_error() => {}
                _ => return Err(ApiError::invalid("status", "must be a 4xx or 5xx status")),
            }
        }
        if self.latency_ms.is_some_and(|ms| ms > 60_000) {
            return Err(ApiError::invalid("latency_ms", "must be at most 60000"));
        }
        if self.status.is_none()
            && self.latency_ms.is_none()
            && !self.drop_connection
            && !self.lose_response
        {
            return Err(ApiError::bad_request(
                "a fault needs status, latency_ms, drop_connection or lose_response",
            ));
        }
        if self.lose_response && (self.status.is_some() || self.drop_connection) {
            return Err(ApiError::invalid(
                "lose_response",
                "runs the request, so it goes with neither status nor drop_connection",
            ));
        }
        if self.count == 0 {
            return Err(ApiError::invalid("count", "must be at least 1"));
        }
        Ok(())
    }

    fn matches(&self, method: &Method, path: &str) -> bool {
        let method_ok = self
            .method
            .as_deref()
            .is_none_or(|m| m.eq_ignore_ascii_case(method.as_str()));
        let path_ok = match self.path.strip_suffix('*') {
            Some(prefix) => path.starts_with(prefix),
            None => path == self.path,
        };
        method_ok && path_ok
    }

    fn error(&self) -> Option<ApiError> {
        let status = StatusCode::from_u16(self.status?).ok()?;
        // The server sends only documented codes: a status the reference gives none
        // (an injected 503) says INTERNAL_ERROR.
        let code = self.code.clone().unwrap_or_else(|| {
            ErrorCode::for_status(status.as_u16()).unwrap_or(ErrorCode::InternalError)
        });
        let error = if code == ErrorCode::RateLimited {
            ApiError::rate_limited(0, self.retry_after.unwrap_or(1))
        } else {
            let mut e = ApiError::new(status, code, format!("injected fault: HTTP {status}"));
            if let Some(seconds) = self.retry_after {
                e = e.with_retry_after(seconds);
            }
            e
        };
        Some(error)
    }
}

#[derive(Debug, Default)]
pub(crate) struct Faults(Mutex<FaultList>);

#[derive(Debug, Default)]
struct FaultList {
    next_id: u64,
    faults: Vec<Fault>,
}

impl Faults {
    pub(crate) fn add(&self, spec: FaultSpec) -> Fault {
        let mut list = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        list.next_id += 1;
        let fault = Fault {
            id: list.next_id,
            remaining: spec.count,
            spec,
        };
        list.faults.push(fault.clone());
        fault
    }

    pub(crate) fn all(&self) -> Vec<Fault> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .faults
            .clone()
    }

    pub(crate) fn clear(&self) {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .faults
            .clear();
    }

    /// Takes one use of the first fault matching the request, if any.
    pub(crate) fn take(&self, method: &Method, path: &str) -> Option<Injection> {
        let mut list = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let index = list
            .faults
            .iter()
            .position(|f| f.spec.matches(method, path))?;
        let fault = &mut list.faults[index];
        fault.remaining -= 1;
        let injection = Injection {
            id: fault.id,
            latency: fault.spec.latency_ms.map(Duration::from_millis),
            drop_connection: fault.spec.drop_connection,
            lose_response: fault.spec.lose_response,
            error: fault.spec.error(),
        };
        if fault.remaining == 0 {
            list.faults.remove(index);
        }
        Some(injection)
    }
}
