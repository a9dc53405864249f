//! The error envelope every failed request returns (reference section 3).

use crate::lenient::response;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::wire_enum::wire_enum;

wire_enum! {
    /// The `code` of an error envelope.
    pub enum ErrorCode {
        /// 400: bad input, missing required fields, validation failure.
        InvalidRequest = "INVALID_REQUEST",
        /// 401: missing, invalid or deactivated API key.
        Unauthorized = "UNAUTHORIZED",
        /// 403: valid key but insufficient permissions (e.g. project mismatch).
        Forbidden = "FORBIDDEN",
        /// 404: the resource does not exist or has been deleted.
        NotFound = "NOT_FOUND",
        /// 409: duplicate resource or conflicting state.
        Conflict = "CONFLICT",
        /// 429: the plan's quota for this resource type is reached. Not transient.
        QuotaExceeded = "QUOTA_EXCEEDED",
        /// 429: too many requests; wait for `Retry-After`.
        RateLimited = "RATE_LIMITED",
        /// 500: unexpected server error.
        InternalError = "INTERNAL_ERROR",
    }
}

impl ErrorCode {
    /// The HTTP status the reference documents for this code, if it is a known one.
    pub fn http_status(&self) -> Option<u16> {
        Some(match self {
            Self::InvalidRequest => 400,
            Self::Unauthorized => 401,
            Self::Forbidden => 403,
            Self::NotFound => 404,
            Self::Conflict => 409,
            Self::QuotaExceeded | Self::RateLimited => 429,
            Self::InternalError => 500,
            Self::Unknown(_) => return None,
        })
    }

    /// The code the reference documents for a status, for an error response without an
    /// envelope; `None` for a status it gives no code (a 502 from a proxy). A 429 reads
    /// as `RATE_LIMITED`: only an envelope can say `QUOTA_EXCEEDED`.
    ///
    /// ```
    /// use voxai_types::ErrorCode;
    /// assert_eq!(ErrorCode::for_status(404), Some(ErrorCode::NotFound));
    /// assert_eq!(ErrorCode::for_status(502), None);
    /// ```
    pub fn for_status(status: u16) -> Option<Self> {
        Some(match status {
            400 => Self::InvalidRequest,
            401 => Self::Unauthorized,
            403 => Self::Forbidden,
            404 => Self::NotFound,
            409 => Self::Conflict,
            429 => Self::RateLimited,
            500 => Self::InternalError,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::ErrorCode;

    #[test]
    fn for_status_inverts_http_status() {
        for code in [
            ErrorCode::InvalidRequest,
            ErrorCode::Unauthorized,
            ErrorCode::Forbidden,
            ErrorCode::NotFound,
            ErrorCode::Conflict,
            ErrorCode::RateLimited,
            ErrorCode::InternalError,
        ] {
            let status = code.http_status();
            assert_eq!(status.and_then(ErrorCode::for_status), Some(code));
        }
        assert_eq!(ErrorCode::for_status(429), Some(ErrorCode::RateLimited));
        assert_eq!(ErrorCode::for_status(418), None);
    }
}

response! {
    /// The JSON body of every error response:
    /// `{"error": "...", "code": "...", "details": {...}}`.
    ///
    /// A `RATE_LIMITED` body also carries `limit`, `remaining` and `retry_after` at the top
    /// level (reference section 2); they are `None` on other errors.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct ErrorBody {
        /// Human-readable message.
        pub error: String,
        /// Machine-readable code.
        pub code: ErrorCode,
        /// Optional extra context; for `QUOTA_EXCEEDED` see [`QuotaExceededDetails`].
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub details: Option<Value>,
        /// `RATE_LIMITED` only: the plan's requests per minute.
        #[serde(
            default,
            deserialize_with = "crate::lenient::opt_int",
            skip_serializing_if = "Option::is_none"
        )]
        pub limit: Option<u64>,
        /// `RATE_LIMITED` only: requests left in the window (always 0 on a 429).
        #[serde(
            default,
            deserialize_with = "crate::lenient::opt_int",
            skip_serializing_if = "Option::is_none"
        )]
        pub remaining: Option<u64>,
        /// `RATE_LIMITED` only: seconds to wait, the same as the `Retry-After` header.
        #[serde(
            default,
            deserialize_with = "crate::lenient::opt_int",
            skip_serializing_if = "Option::is_none"
        )]
        pub retry_after: Option<u64>,
    }
}

impl ErrorBody {
    /// An envelope with a message and a code and nothing else.
    pub fn new(code: ErrorCode, error: impl Into<String>) -> Self {
        Self {
            error: error.into(),
            code,
            details: None,
            limit: None,
            remaining: None,
            retry_after: None,
        }
    }

    /// Adds `details`.
    pub fn with_details(mut self, details: Value) -> Self {
        self.details = Some(details);
        self
    }

    /// The `details` of a `QUOTA_EXCEEDED` error, if this is one and they decode.
    pub fn quota_details(&self) -> Option<QuotaExceededDetails> {
        if self.code != ErrorCode::QuotaExceeded {
            return None;
        }
        serde_json::from_value(self.details.clone()?).ok()
    }
}

response! {
    /// `details` of a `QUOTA_EXCEEDED` error (decided here: the reference only says it
    /// includes "current usage and the upgrade URL").
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct QuotaExceededDetails {
        /// The quota type, e.g. `rooms` or `knowledge_bases`.
        #[cfg_attr(feature = "openapi", schema(value_type = String))]
        pub resource: crate::quota::QuotaResource,
        /// The plan's limit for it.
        #[serde(deserialize_with = "crate::lenient::int")]
        pub limit: i64,
        /// How many are in use.
        #[serde(deserialize_with = "crate::lenient::int")]
        pub used: i64,
        /// Where the project owner can upgrade the plan.
        pub upgrade_url: String,
    }
}
