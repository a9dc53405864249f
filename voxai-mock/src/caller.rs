//! Who is calling: the project the gate authenticated, as an extractor.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;

use crate::error::ApiError;

/// The authenticated project of a request: a handler takes it as an argument (the gate
/// puts it on every request it lets through).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Caller {
    pub(crate) project_id: u64,
}

impl<S: Send + Sync> FromRequestParts<S> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        // Only a route outside the gate could miss it: a bug, answered as the API would.
        parts
            .extensions
            .get::<Self>()
            .copied()
            .ok_or_else(|| ApiError::unauthorized("Missing API key"))
    }
}
