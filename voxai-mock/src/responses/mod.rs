//! Response modes: the full bodies our reference server decides on, or only what the API reference shows.
//!
//! In [`ResponseMode::Minimal`] every 2xx JSON body of `/api/v1` is cut down to the
//! fields the reference's example for that endpoint shows, and an endpoint whose body
//! the reference does not show answers `{"success": true}`. A client that passes against
//! both modes requires nothing the hosted service may not send.

use axum::body::{Body, to_bytes};
use axum::extract::{MatchedPath, Request};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use crate::error::ApiError;
use documented::{Documented, documented};

mod documented;

/// How much the server puts in its responses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
#[non_exhaustive]
pub enum ResponseMode {
    /// Every field the reference shows (`null` when empty), plus the documented
    /// extensions of ours: echoes of created and updated resources, `per_page`,
    /// monitor `subscribed`/`unsubscribed`/`error` frames.
    #[default]
    Full,
    /// Only what the reference shows: undocumented bodies are `{"success": true}`,
    /// fields its examples do not show are left out, and the monitor sends events only.
    Minimal,
}

impl ResponseMode {
    /// The environment variable that sets the default mode of every
    /// [`MockServerBuilder`](crate::MockServerBuilder): `minimal` or `full`.
    pub const ENV: &'static str = "VOXAI_MOCK_RESPONSES";

    /// The mode `VOXAI_MOCK_RESPONSES` names, else [`Full`](Self::Full). This lets a whole
    /// test suite run against the minimal mode without a code change.
    pub fn from_env() -> Self {
        match std::env::var(Self::ENV).as_deref() {
            Ok("minimal") => Self::Minimal,
            _ => Self::Full,
        }
    }
}

/// Bodies larger than this are passed through untouched (downloads are not JSON anyway).
const MAX_RESHAPED_BODY: usize = 4 * 1024 * 1024;

/// Keeps of `value` what `shape` shows. An object keeps only the members the shape
/// names (`"*"` stands for any member name, as in the quota map), an array prunes each
/// item by the shape's first item, and a shape of `"..."` (the reference's own ellipsis)
/// keeps the value whole.
fn prune(value: &mut Value, shape: &Value) {
    match (value, shape) {
        (_, Value::String(s)) if s == "..." => {}
        (Value::Object(fields), Value::Object(shown)) => {
            if let Some(any) = shown.get("*") {
                for member in fields.values_mut() {
                    prune(member, any);
                }
                return;
            }
            fields.retain(|name, _| shown.contains_key(name));
            for (name, member) in fields.iter_mut() {
                if let Some(inner) = shown.get(name) {
                    prune(member, inner);
                }
            }
        }
        (Value::Array(items), Value::Array(shown)) => {
            if let Some(item_shape) = shown.first() {
                for item in items {
                    prune(item, item_shape);
                }
            }
        }
        _ => {}
    }
}

/// The route of a request below `/api/v1` with its parameters unnamed (`/rooms/{}`).
fn route(request: &Request) -> Option<String> {
    let matched = request.extensions().get::<MatchedPath>()?.as_str();
    Some(unnamed(matched.strip_prefix("/api/v1").unwrap_or(matched)))
}

/// A route template with its parameters unnamed: `/rooms/{roomName}` -> `/rooms/{}`.
fn unnamed(template: &str) -> String {
    let segments: Vec<&str> = template
        .split('/')
        .map(|s| if s.starts_with('{') { "{}" } else { s })
        .collect();
    segments.join("/")
}

/// Middleware of `/api/v1` in minimal mode: reshapes 2xx JSON bodies.
pub(crate) async fn reshape(request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let route = route(&request);
    let response = next.run(request).await;
    if !response.status().is_success() {
        return response;
    }
    let Some(shape) = route.and_then(|path| documented(&method, &path)) else {
        return response;
    };
    let (mut parts, body) = response.into_parts();
    let body = match shape {
        Documented::Verbatim => return Response::from_parts(parts, body),
        Documented::Ack => json!({"success": true}),
        Documented::Example(shape) => {
            let Ok(bytes) = to_bytes(body, MAX_RESHAPED_BODY).await else {
                return ApiError::internal("the response was too large to reshape").into_response();
            };
            let Ok(mut value) = serde_json::from_slice::<Value>(&bytes) else {
                return Response::from_parts(parts, Body::from(bytes));
            };
            prune(&mut value, &shape);
            value
        }
    };
    let bytes = serde_json::to_vec(&body).unwrap_or_default();
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("application/json"),
    );
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use axum::http::Method;

    use super::*;

    #[test]
    fn prune_keeps_what_the_example_shows() {
        let mut body = json!({
            "success": true, "extra": 1,
            "room": {"name": "a", "fullName": "proj_a", "metadata": "m"},
            "quotas": {"rooms": {"limit": 1, "used": 0, "remaining": 1, "x": 2}},
            "list": [{"id": 1, "secret": 2}, {"id": 3}],
            "tools": {"anything": [1, 2]}
        });
        let shape = json!({
            "success": true, "room": {"name": "", "fullName": ""},
            "quotas": {"*": {"limit": 0, "used": 0, "remaining": 0}},
            "list": [{"id": 0}], "tools": "..."
        });
        prune(&mut body, &shape);
        assert_eq!(
            body,
            json!({
                "success": true, "room": {"name": "a", "fullName": "proj_a"},
                "quotas": {"rooms": {"limit": 1, "used": 0, "remaining": 1}},
                "list": [{"id": 1}, {"id": 3}], "tools": {"anything": [1, 2]}
            })
        );
    }

    #[test]
    fn every_endpoint_of_the_reference_has_a_documented_shape() {
        assert_eq!(voxai_types::ENDPOINTS.len(), 42);
        for &(method, path) in voxai_types::ENDPOINTS {
            let method = Method::from_bytes(method.as_bytes()).unwrap_or(Method::GET);
            assert!(
                documented(&method, &unnamed(path)).is_some(),
                "{method} {path}"
            );
        }
    }
}
