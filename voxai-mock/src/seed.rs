//! `POST /_mock/seed`: bulk data the public API cannot make quickly (many ended sessions,
//! a recording of a given size), for load tests and benchmarks. No events are sent for
//! seeded data.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde_json::{Value, json};
use time::Duration;
use voxai_types::sessions::{SessionStatus, SessionType};

use crate::clock;
use crate::control_plane::Seed;
use crate::error::{ApiError, ApiResult};
use crate::extract::ApiJson;
use crate::state::App;
use crate::store::{IdKind, Project, SessionRecord};

/// Most sessions one call may add: about 300 bytes each.
const MAX_SESSIONS: u64 = 1_000_000;
/// Largest recording file one call may add; it is held in memory.
const MAX_RECORDING_BYTES: u64 = 2 << 30;

pub(crate) async fn seed(
    State(app): State<App>,
    ApiJson(request): ApiJson<Seed>,
) -> ApiResult<(StatusCode, Json<Value>)> {
    if request
        .recording_bytes
        .is_some_and(|b| b > MAX_RECORDING_BYTES)
    {
        return Err(ApiError::invalid(
            "recording_bytes",
            format!("must be at most {MAX_RECORDING_BYTES}"),
        ));
    }
    if request.sessions > MAX_SESSIONS {
        return Err(ApiError::invalid(
            "sessions",
            format!("must be at most {MAX_SESSIONS}"),
        ));
    }
    let mut store = app.store();
    let (project_id, _) = store
        .key(&request.key)
        .ok_or_else(|| ApiError::invalid("key", "is not a key of any project"))?;
    let project = store
        .project_mut(project_id)
        .ok_or_else(|| ApiError::internal("the key's project is gone"))?;
    let first = add_sessions(project, request.sessions);
    let recording = request
        .recording_bytes
        .and_then(|bytes| usize::try_from(bytes).ok())
        .map(|bytes| project.seed_recording(bytes));
    Ok((
        StatusCode::CREATED,
        Json(json!({
            "success": true,
            "sessions": request.sessions,
            "first_session_id": first,
            "recording_id": recording,
        })),
    ))
}

/// Adds `count` ended sessions, oldest first; the id of the first, if any.
fn add_sessions(project: &mut Project, count: u64) -> Option<u64> {
    let now = clock::now();
    let mut first = None;
    for age in (1..=count).rev() {
        let id = project.ids.next(IdKind::Session);
        first.get_or_insert(id);
        let started_at = now - Duration::minutes(i64::try_from(age).unwrap_or(i64::MAX));
        let record = SessionRecord {
            id,
            project_id: project.id(),
            room_name: project.full_name(&format!("seeded-{id}")),
            agent_config_id: None,
            caller_identity: None,
            session_type: SessionType::Voice,
            metadata: None,
            status: SessionStatus::Completed,
            started_at,
            ended_at: Some(started_at + Duration::seconds(30)),
            duration: Some(30),
            summary: None,
            transcripts: Vec::new(),
        };
        project.sessions.insert(id, record);
        project.session_ids.push(id);
    }
    first
}
