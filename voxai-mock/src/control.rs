//! The control plane under `/_mock/` (no API key): reset, request log, faults, and the
//! events the API cannot cause by itself (participants, call progress, inbound calls).
//!
//! Rooms are named here by their full name (`proj_my-room`), which says the project.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{Value, json};
use voxai_types::rooms::{Participant, ParticipantState, TrackInfo, TrackSource, TrackType};

use crate::clock;
use crate::control_plane::{CallStatusChange, InboundCall, Join, Track, WebhookEndpoints};
use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiJson, ApiPath, ApiQuery};
use crate::faults::FaultSpec;
use crate::state::App;
use crate::store::{Project, validate_room_name};

pub(crate) fn routes() -> Router<App> {
    Router::new()
        .route("/reset", post(reset))
        .route("/seed", post(crate::seed::seed))
        .route("/requests", get(requests))
        .route("/faults", get(faults).post(add_fault).delete(clear_faults))
        .route("/rooms/{room}/participants", post(join))
        .route("/rooms/{room}/participants/{identity}", delete(leave))
        .route("/calls/{room}/status", post(call_status))
        .route("/sip/inbound", post(inbound_call))
        .route("/webhooks/deliveries", get(crate::delivery::deliveries))
        .route("/projects/{project}/webhooks", post(set_webhooks))
        .route("/monitor/connections", get(crate::monitor::connections))
        .route("/openapi.json", get(openapi))
        .route("/monitor.schema.json", get(monitor_schema))
}

async fn reset(State(app): State<App>) -> Json<Value> {
    app.reset();
    Json(json!({"success": true}))
}

/// `?page=N&per_page=M` of `GET /_mock/requests`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LogQuery {
    #[serde(default)]
    page: Option<usize>,
    #[serde(default)]
    per_page: Option<usize>,
}

/// The request log, oldest first, 1,000 entries a page by default (10,000 at most).
async fn requests(
    State(app): State<App>,
    ApiQuery(query): ApiQuery<LogQuery>,
) -> Json<crate::request_log::LogPage> {
    let per_page = query.per_page.unwrap_or(1_000).clamp(1, 10_000);
    Json(app.requests.page(query.page.unwrap_or(1), per_page))
}

async fn faults(State(app): State<App>) -> Json<Value> {
    Json(json!({"faults": app.faults.all()}))
}

async fn add_fault(
    State(app): State<App>,
    ApiJson(spec): ApiJson<FaultSpec>,
) -> ApiResult<(StatusCode, Json<Value>)> {
    spec.validate()?;
    let fault = app.faults.add(spec);
    Ok((
        StatusCode::CREATED,
        Json(json!({"success": true, "fault": fault})),
    ))
}

async fn clear_faults(State(app): State<App>) -> Json<Value> {
    app.faults.clear();
    Json(json!({"success": true}))
}

/// The project a full room name belongs to, by its prefix, and the name without it.
fn by_full_name<'a>(
    full: &str,
    store: &'a mut crate::store::Store,
) -> ApiResult<(&'a mut Project, String)> {
    let found = store
        .projects()
        .filter(|p| p.short_name(full).is_some())
        .max_by_key(|p| p.fixture.prefix.len())
        .map(|p| (p.id(), p.short_name(full).unwrap_or_default().to_owned()));
    match found {
        Some((id, short)) => Ok((
            store
                .project_mut(id)
                .ok_or_else(|| ApiError::internal("project vanished"))?,
            short,
        )),
        None => Err(ApiError::not_found(format!(
            "no project has a room prefix matching {full:?}: use the full room name, e.g. proj_my-room"
        ))),
    }
}

async fn join(
    State(app): State<App>,
    ApiPath(room): ApiPath<String>,
    ApiJson(request): ApiJson<Join>,
) -> ApiResult<(StatusCode, Json<Value>)> {
    if request.identity.trim().is_empty() {
        return Err(ApiError::invalid("identity", "is required"));
    }
    let participant = app.transaction(|store, out| {
        let (project, short) = by_full_name(&room, store)?;
        validate_room_name("room", &short)?;
        let specs = request
            .tracks
            .unwrap_or_else(|| vec![Track::new(TrackType::Audio)]);
        let tracks = specs
            .into_iter()
            .map(|t| {
                TrackInfo::builder()
                    .sid(project.ids.sid("TR"))
                    .source(t.source.unwrap_or(match t.kind {
                        TrackType::Video => TrackSource::Camera,
                        TrackType::Audio => TrackSource::Microphone,
                        _ => TrackSource::UnknownSource,
                    }))
                    .name(t.name.unwrap_or_else(|| t.kind.as_str().to_lowercase()))
                    .kind(t.kind)
                    .muted(t.muted)
                    .build()
            })
            .collect();
        let participant = Participant::builder()
            .name(request.name.unwrap_or_else(|| request.identity.clone()))
            .identity(request.identity)
            .joined_at(clock::unix(clock::now()))
            .state(ParticipantState::Active)
            .tracks(tracks)
            .maybe_metadata(request.metadata)
            .build();
        project.ensure_room_open(&short, out)?;
        project.join(&short, participant.clone(), out)?;
        Ok(participant)
    })?;
    Ok((
        StatusCode::CREATED,
        Json(json!({"success": true, "participant": participant})),
    ))
}

async fn leave(
    State(app): State<App>,
    ApiPath((room, identity)): ApiPath<(String, String)>,
) -> ApiResult<Json<Value>> {
    app.transaction(|store, out| {
        let (project, short) = by_full_name(&room, store)?;
        project.leave(&short, &identity, "disconnected", out)
    })?;
    Ok(Json(json!({"success": true})))
}

async fn call_status(
    State(app): State<App>,
    ApiPath(room): ApiPath<String>,
    ApiJson(request): ApiJson<CallStatusChange>,
) -> ApiResult<Json<Value>> {
    let call = app.transaction(|store, out| {
        let (project, short) = by_full_name(&room, store)?;
        project.set_call_status(&short, request.status.clone(), out)
    })?;
    Ok(Json(
        json!({"success": true, "call": call, "status": request.status}),
    ))
}

async fn set_webhooks(
    State(app): State<App>,
    ApiPath(project_id): ApiPath<u64>,
    ApiJson(request): ApiJson<WebhookEndpoints>,
) -> ApiResult<Json<Value>> {
    for endpoint in &request.endpoints {
        let scheme = endpoint.url.split_once("://").map(|(scheme, _)| scheme);
        if !matches!(scheme, Some("http" | "https")) {
            return Err(ApiError::invalid("url", "must be an http(s) URL"));
        }
        if endpoint.secret.is_empty() {
            return Err(ApiError::invalid("secret", "must not be empty"));
        }
    }
    let count = request.endpoints.len();
    app.transaction(|store, _| {
        let project = store
            .project_mut(project_id)
            .ok_or_else(|| ApiError::not_found(format!("project {project_id} not found")))?;
        project.fixture.webhooks = request.endpoints;
        Ok(())
    })?;
    Ok(Json(json!({"success": true, "endpoints": count})))
}

async fn inbound_call(
    State(app): State<App>,
    ApiJson(request): ApiJson<InboundCall>,
) -> ApiResult<(StatusCode, Json<Value>)> {
    if !voxai_types::sip::is_e164(&request.from) {
        return Err(ApiError::invalid("from", "must be an E.164 number"));
    }
    let call = app.transaction(|store, out| {
        let project_id = store
            .projects()
            .find(|p| {
                p.fixture
                    .sip_configs
                    .iter()
                    .any(|c| c.phone_number.as_deref() == Some(request.to.as_str()))
            })
            .map(Project::id)
            .ok_or_else(|| {
                ApiError::not_found(format!("no SIP configuration answers {}", request.to))
            })?;
        let project = store
            .project_mut(project_id)
            .ok_or_else(|| ApiError::internal("project vanished"))?;
        project.inbound_call(&request.from, &request.to, out)
    })?;
    Ok((
        StatusCode::CREATED,
        Json(json!({"success": true, "call": call})),
    ))
}

async fn openapi() -> impl axum::response::IntoResponse {
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        crate::description::openapi(),
    )
}

async fn monitor_schema() -> impl axum::response::IntoResponse {
    (
        [(axum::http::header::CONTENT_TYPE, "application/schema+json")],
        crate::description::monitor_schema(),
    )
}
