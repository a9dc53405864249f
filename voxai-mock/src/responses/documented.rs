//! What the API reference shows of each endpoint's 2xx body, by section.

use axum::http::Method;
use serde_json::{Value, json};

use Documented::{Ack, Example, Verbatim};

/// What the reference shows of one endpoint's 2xx body.
pub(super) enum Documented {
    /// No body is shown: the answer is an acknowledgement.
    Ack,
    /// The fields of the reference's example (see [`prune`](super::prune) for the notation).
    Example(Value),
    /// Not JSON (a download, the plain-text transcript): left as it is.
    Verbatim,
}

/// The documented shape of `method path`, `path` being the route below `/api/v1`.
pub(super) fn documented(method: &Method, path: &str) -> Option<Documented> {
    let endpoint = (method.as_str(), path);
    account(endpoint)
        .or_else(|| rooms(endpoint))
        .or_else(|| sessions(endpoint))
        .or_else(|| knowledge(endpoint))
        .or_else(|| acknowledged(endpoint))
}

/// Quota, usage, tokens, agents and SIP (sections 4, 5, 7 and 10).
fn account(endpoint: (&str, &str)) -> Option<Documented> {
    Some(match endpoint {
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
        ("GET", "/agents") => Example(json!({
            "agents": [{"id": 0, "name": "", "agent_type": "", "llm_provider": "",
                        "llm_model": "", "is_active": true}]
        })),
        ("GET", "/agents/{}/tools") => Example(json!({
            "tools": [{"name": "", "description": "", "parameters": "..."}]
        })),
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
        _ => return None,
    })
}

/// Rooms (section 6).
fn rooms(endpoint: (&str, &str)) -> Option<Documented> {
    let participant = json!({"identity": "", "name": "", "joinedAt": 0});
    Some(match endpoint {
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
        _ => return None,
    })
}

/// Sessions, transcripts and recordings (sections 8 and 9).
fn sessions(endpoint: (&str, &str)) -> Option<Documented> {
    let recording = json!({"id": 0, "egress_id": "", "room_name": "", "format": "", "status": ""});
    Some(match endpoint {
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
        _ => return None,
    })
}

/// Knowledge bases (section 11).
fn knowledge(endpoint: (&str, &str)) -> Option<Documented> {
    Some(match endpoint {
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
        _ => return None,
    })
}

/// The endpoints whose body the reference does not show, in every section.
fn acknowledged(endpoint: (&str, &str)) -> Option<Documented> {
    match endpoint {
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
        | ("POST", "/rooms/{}/participants/{}/mute") => Some(Ack),
        _ => None,
    }
}
