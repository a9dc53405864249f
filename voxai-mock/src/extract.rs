//! Extractors whose rejections are API errors, never axum's plain-text bodies.

use axum::body::Bytes;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts, Path, Query, Request};
use axum::http::header::CONTENT_TYPE;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use crate::error::ApiError;

/// A JSON body. An empty body decodes as `{}` (for endpoints whose fields are all
/// optional); a non-empty one must be `application/json`. Errors name the field.
#[derive(Debug)]
pub(crate) struct ApiJson<T>(pub(crate) T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let is_json = request
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|mime| {
                let mime = mime.trim();
                mime.eq_ignore_ascii_case("application/json")
                    || mime.to_ascii_lowercase().ends_with("+json")
            });
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(|e| ApiError::bad_request(format!("could not read the request body: {e}")))?;
        let text: &[u8] = if bytes.iter().all(u8::is_ascii_whitespace) {
            b"{}"
        } else if is_json {
            &bytes
        } else {
            return Err(ApiError::bad_request(
                "the request body must be JSON with Content-Type: application/json",
            ));
        };
        // Every request body of the API is an object; serde would also read a struct
        // from an array (`[null, null]`), which the API does not take.
        if text.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
            return Err(ApiError::bad_request(
                "the request body must be a JSON object",
            ));
        }
        decode_json(text).map(ApiJson)
    }
}

/// Decodes JSON, naming the path of the field at fault.
pub(crate) fn decode_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    match serde_path_to_error::deserialize(&mut deserializer) {
        // The body must be exactly one JSON value: trailing bytes are refused.
        Ok(value) => match deserializer.end() {
            Ok(()) => Ok(value),
            Err(trailing) => Err(ApiError::bad_request(format!(
                "malformed JSON body: one JSON value expected, then {trailing}"
            ))),
        },
        Err(error) => {
            let path = error.path().to_string();
            let inner = error.into_inner();
            let message = inner.to_string();
            if inner.is_syntax() || inner.is_eof() {
                return Err(ApiError::bad_request(format!(
                    "malformed JSON body: {message}"
                )));
            }
            // "missing field `identity`" happens one level up from the field itself.
            let field = missing_field(&message).map_or(path.clone(), |missing| {
                if path == "." {
                    missing
                } else {
                    format!("{path}.{missing}")
                }
            });
            Err(ApiError::invalid(&field, message))
        }
    }
}

fn missing_field(message: &str) -> Option<String> {
    let rest = message.strip_prefix("missing field `")?;
    Some(rest.split('`').next()?.to_owned())
}

/// Path parameters; a malformed one (an id that is not a number) is a 400.
#[derive(Debug)]
pub(crate) struct ApiPath<T>(pub(crate) T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for ApiPath<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        Path::<T>::from_request_parts(parts, state)
            .await
            .map(|Path(value)| ApiPath(value))
            .map_err(|rejection: PathRejection| {
                ApiError::bad_request(format!("bad path parameter: {}", rejection.body_text()))
            })
    }
}

/// Query parameters; a malformed one is a 400 naming it.
#[derive(Debug)]
pub(crate) struct ApiQuery<T>(pub(crate) T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        Query::<T>::from_request_parts(parts, state)
            .await
            .map(|Query(value)| ApiQuery(value))
            .map_err(|rejection: QueryRejection| {
                ApiError::bad_request(format!("bad query parameter: {}", rejection.body_text()))
            })
    }
}

/// Refuses a query filter whose value is not one the API documents: a typo would
/// otherwise match nothing and look like an empty result.
pub(crate) fn known<E: voxai_types::WireEnum>(
    field: &str,
    value: Option<&E>,
) -> Result<(), ApiError> {
    match value {
        Some(value) if E::parse_known(value.as_str()).is_none() => {
            let known: Vec<&str> = E::known().iter().map(E::as_str).collect();
            Err(ApiError::invalid(
                field,
                format!("{:?} is not one of {}", value.as_str(), known.join(", ")),
            ))
        }
        _ => Ok(()),
    }
}
