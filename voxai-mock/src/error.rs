//! Errors as the service sends them: a status and the JSON envelope, always.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use voxai_types::{ErrorBody, ErrorCode};

/// An error response of the API (boxed: results stay small on the happy path).
#[derive(Debug, Clone)]
pub(crate) struct ApiError(Box<Parts>);

#[derive(Debug, Clone)]
struct Parts {
    status: StatusCode,
    body: ErrorBody,
    retry_after: Option<u64>,
}

pub(crate) type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    pub(crate) fn new(status: StatusCode, code: ErrorCode, message: impl Into<String>) -> Self {
        Self(Box::new(Parts {
            status,
            body: ErrorBody::new(code, message),
            retry_after: None,
        }))
    }

    /// 400 naming the field at fault, in the message and in `details.field`.
    pub(crate) fn invalid(field: &str, message: impl std::fmt::Display) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            ErrorCode::InvalidRequest,
            format!("{field}: {message}"),
        )
        .details(json!({ "field": field }))
    }

    /// 400 without a single field at fault.
    pub(crate) fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, ErrorCode::InvalidRequest, message)
    }

    pub(crate) fn unauthorized(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized, message)
    }

    pub(crate) fn forbidden(message: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, ErrorCode::Forbidden, message)
    }

    pub(crate) fn not_found(message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, message)
    }

    pub(crate) fn conflict(message: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, ErrorCode::Conflict, message)
    }

    pub(crate) fn internal(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            ErrorCode::InternalError,
            message,
        )
    }

    /// The documented 429 body of a rate limit, with `Retry-After`.
    pub(crate) fn rate_limited(limit: u64, retry_after: u64) -> Self {
        let mut body = ErrorBody::new(ErrorCode::RateLimited, "Rate limit exceeded");
        body.limit = Some(limit);
        body.remaining = Some(0);
        body.retry_after = Some(retry_after);
        Self(Box::new(Parts {
            status: StatusCode::TOO_MANY_REQUESTS,
            body,
            retry_after: Some(retry_after),
        }))
    }

    /// A 429 `QUOTA_EXCEEDED` with the usage and where to upgrade.
    pub(crate) fn quota_exceeded(
        resource: &voxai_types::quota::QuotaResource,
        limit: i64,
        used: i64,
    ) -> Self {
        Self::new(
            StatusCode::TOO_MANY_REQUESTS,
            ErrorCode::QuotaExceeded,
            format!("Plan quota reached for {resource}: {used} of {limit} used"),
        )
        .details(json!({
            "resource": resource,
            "limit": limit,
            "used": used,
            "upgrade_url": "https://voxai.ai0.dev/settings/billing",
        }))
    }

    /// The same error with another message.
    pub(crate) fn message(mut self, message: impl Into<String>) -> Self {
        self.0.body.error = message.into();
        self
    }

    pub(crate) fn details(mut self, details: Value) -> Self {
        self.0.body.details = Some(details);
        self
    }

    pub(crate) fn with_retry_after(mut self, seconds: u64) -> Self {
        self.0.retry_after = Some(seconds);
        self
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let Parts {
            status,
            body,
            retry_after,
        } = *self.0;
        let mut response = (status, Json(body)).into_response();
        if let Some(seconds) = retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

/// An error and its sources, `: `-separated (reqwest's own message names only the URL).
pub(crate) fn cause_chain(error: &dyn std::error::Error) -> String {
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
