//! Response modes: the full bodies of wire.md, or only what the API reference shows.
//!
//! In [`ResponseMode::Minimal`] every 2xx JSON body of `/api/v1` is cut down to the
//! fields the reference's example for that endpoint shows, and an endpoint whose body
//! the reference does not show answers `{"success": true}`. A client that passes against
//! both modes requires nothing the hosted service may not send.

use axum::body::{Body, to_bytes};
use axum::extract::{MatchedPath, Request};
use axum::http::{Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use crate::error::ApiError;

/// How much the server puts in its responses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
#[non_exhaustive]
pub enum ResponseMode {
    /// Every field the reference shows (`null` when empty), plus the documented
    /// extensions of wire.md: echoes of created and updated resources, `per_page`,
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

/// What the reference shows of one endpoint's 2xx body.
enum Documented {
    /// No body is shown: the answer is an acknowledgement.
    Ack,
    /// The fields of the reference's example (see [`prune`] for the notation).
    Example(Value),
    /// Not JSON (a download, the plain-text transcript): left as it is.
    Verbatim,
}

/// The documented shape of `method path`, `path` being the route below `/api/v1`.
fn documented(method: &Method, path: &str) -> Option<Documented> {
    use Documented::{Ack, Example, Verbatim};
    let recording = json!({"id": 0, "egress_id": "", "room_name": "", "format": "", "status": ""});
    let participant = json!({"identity": "", "name": "", "joinedAt": 0});
    let shape = match (method.as_str(), path) {
        ("GET", "/quota") => Example(json!({
            "plan": "", "plan_display": "",
            "quotas": {"*": {"limit": 0, "used": 0, "remaining": 0}}
        })),
        ("GET", "/usage") => Example(json!({
            "period": "", "group_by": "",
            "totals": {"cost_usd": 0, "input_tokens": 0, "output_tokens": 0,
                       "audio_minutes": 0, "tts_characters": 0, "api_calls": 0},
            "breakdown": [{"period": "", "cost": 0, "llm_cost": 0, "stt_cost": 0,
                           "tts_cost": 0, "calls": 0}]
        })),
        ("POST", "/token") => Example(json!({
            "token": "", "room": "", "wsUrl": "", "agents_dispatched": [0]
        })),
        ("POST", "/rooms") => Example(json!({
            "success": true,
            "room": {"name": "", "fullName": "", "sid": "", "emptyTimeout": 0,
                     "maxParticipants": 0, "creationTime": 0}
        })),
        ("GET", "/rooms") => Example(json!({
            "rooms": [{"name": "", "fullName": "", "numParticipants": 0, "createdAt": 0}]
        })),
        ("GET", "/rooms/{}") => Example(json!({
            "room": {"name": "", "fullName": "", "sid": "", "status": "",
                     "numParticipants": 0, "maxParticipants": 0, "createdAt": 0,
                     "participants": [participant]}
        })),
        ("GET", "/rooms/{}/participants") => Example(json!({
            "participants": [{"identity": "", "name": "", "state": "", "joinedAt": 0,
                              "tracks": "..."}]
        })),
        ("DELETE", "/rooms/{}") => Example(json!({"success": true, "message": ""})),
        ("GET", "/agents") => Example(json!({
            "agents": [{"id": 0, "name": "", "agent_type": "", "llm_provider": "",
                        "llm_model": "", "is_active": true}]
        })),
        ("GET", "/agents/{}/tools") => Example(json!({
            "tools": [{"name": "", "description": "", "parameters": "..."}]
        })),
        ("POST", "/sessions") => Example(json!({
            "session": {"id": 0, "project_id": 0, "room_name": "", "status": "",
                        "session_type": "", "created_at": ""}
        })),
        ("GET", "/sessions") => Example(json!({
            "sessions": [{"id": 0, "room_name": "", "agent_name": "", "status": "",
                          "session_type": "", "duration": 0, "message_count": 0,
                          "started_at": "", "ended_at": ""}],
            "total": 0, "page": 0, "total_pages": 0
        })),
        ("GET", "/sessions/{}/detail") => Example(json!({
            "session": {"id": 0, "room_name": "", "agent_name": "", "llm_provider": "",
                        "llm_model": "", "status": "", "duration_seconds": 0,
                        "message_count": 0, "started_at": ""},
            "costs": {"total": 0, "llm": 0, "stt": 0, "tts": 0}
        })),
        ("GET", "/sessions/{}/transcript") => Example(json!({
            "session_id": 0,
            "transcripts": [{"speaker": "", "content": "", "timestamp_ms": 0, "created_at": ""}]
        })),
        ("GET", "/sessions/{}/transcript/text") => Verbatim,
        ("POST", "/rooms/{}/recordings/start") => Example(json!({
            "success": true, "recording": recording
        })),
        // The reference shows no list or detail body: the recording as `start` shows it,
        // paged like the sessions list.
        ("GET", "/recordings") => Example(json!({
            "recordings": [recording], "total": 0, "page": 0, "total_pages": 0
        })),
        ("GET", "/recordings/{}") => Example(json!({"recording": recording})),
        ("GET", "/recordings/{}/download") => Verbatim,
        ("POST", "/sip/dial") => Example(json!({
            "success": true,
            "call": {"room_name": "", "full_room_name": "", "phone_number": "",
                     "caller_id": "", "trunk_id": "", "session_id": 0,
                     "sip_participant_id": ""},
            "token": "", "wsUrl": ""
        })),
        ("GET", "/sip/trunks") => Example(json!({
            "trunks": [{"id": 0, "name": "", "phone_number": "", "inbound_trunk_id": "",
                        "outbound_trunk_id": "", "dispatch_rule_id": ""}]
        })),
        ("GET", "/sip/configs") => Example(json!({
            "configs": [{"id": 0, "name": "", "phone_number": "", "agent_config_id": 0,
                         "agent_name": "", "dtmf_enabled": true, "max_call_duration": 0,
                         "created_at": ""}]
        })),
        ("GET", "/knowledge-bases") => Example(json!({
            "knowledge_bases": [{"id": 0, "name": "", "description": "", "chunk_count": 0,
                                 "created_at": ""}]
        })),
        ("GET", "/knowledge-bases/{}") => Example(json!({
            "knowledge_base": {"id": 0, "name": "", "description": "", "chunk_size": 0,
                               "chunk_overlap": 0, "chunk_count": 0, "total_chars": 0,
                               "indexing_status": "", "last_indexed_at": "",
                               "created_at": ""}
        })),
        ("POST", "/knowledge-bases/{}/documents") => Example(json!({
            "success": true, "chunks_created": 0, "source_file": ""
        })),
        ("POST", "/knowledge-bases/{}/reindex") => Example(json!({
            "success": true, "chunks_reindexed": 0
        })),
        ("GET", "/knowledge-bases/{}/chunks") => Example(json!({
            "chunks": [{"id": 0, "content": "", "source": "", "chunk_index": 0,
                        "is_active": true}],
            "total": 0, "page": 0, "total_pages": 0
        })),
        // The reference shows no search body; what a search cannot do without.
        ("POST", "/knowledge/search") => Example(json!({"results": [{"content": ""}]})),
        ("POST", "/rooms/{}/kick/{}")
        | ("POST", "/sessions/{}/transcript")
        | ("POST", "/sessions/{}/end")
        | ("POST", "/rooms/{}/recordings/stop")
        | ("DELETE", "/recordings/{}")
        | ("POST", "/knowledge-bases")
        | ("DELETE", "/knowledge-bases/{}")
        | ("POST", "/knowledge-bases/{}/ingest")
        | ("PUT", "/knowledge-bases/{}/chunks/{}")
        | ("DELETE", "/knowledge-bases/{}/chunks/{}")
        | ("POST", "/webhooks/test")
        | ("POST", "/rooms/{}/send-data")
        | ("POST", "/rooms/{}/participants/{}")
        | ("POST", "/rooms/{}/participants/{}/mute") => Ack,
        _ => return None,
    };
    Some(shape)
}

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
    let below = matched.strip_prefix("/api/v1").unwrap_or(matched);
    let segments: Vec<&str> = below
        .split('/')
        .map(|s| if s.starts_with('{') { "{}" } else { s })
        .collect();
    Some(segments.join("/"))
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
            assert!(documented(&method, path).is_some(), "{method} {path}");
        }
    }
}
