//! Sessions and transcripts (reference section 8). Room names here are full names.

use axum::body::Body;
use axum::extract::State;
use axum::http::header;
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Json, Router};
use voxai_types::sessions::{
    AddTranscriptRequest, AddTranscriptResponse, CreateSessionRequest, CreateSessionResponse,
    EndSessionRequest, EndSessionResponse, EndedSession, ListSessionsQuery, Session, SessionCosts,
    SessionDetail, SessionDetailResponse, SessionPage, SessionSummary, Speaker, TranscriptEntry,
    TranscriptResponse, format_transcript_line,
};

use crate::caller::Caller;
use crate::clock;
use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiJson, ApiPath, ApiQuery};
use crate::fixtures::AgentFixture;
use crate::pagination::paginate;
use crate::state::App;
use crate::store::{SessionRecord, round};

pub(crate) fn routes() -> Router<App> {
    Router::new()
        .route("/sessions", get(list).post(create))
        .route("/sessions/{key}/detail", get(detail))
        .route(
            "/sessions/{key}/transcript",
            get(transcript).post(add_transcript),
        )
        .route("/sessions/{key}/transcript/text", get(transcript_text))
        .route("/sessions/{key}/end", post(end))
}

async fn create(
    State(app): State<App>,
    caller: Caller,
    ApiJson(request): ApiJson<CreateSessionRequest>,
) -> ApiResult<Json<CreateSessionResponse>> {
    let record = app.in_project(caller, |project, out| project.start_session(request, out))?;
    Ok(Json(
        CreateSessionResponse::builder()
            .session(
                Session::builder()
                    .id(record.id.into())
                    .project_id(record.project_id.into())
                    .room_name(record.room_name)
                    .status(record.status)
                    .session_type(record.session_type)
                    .created_at(clock::stamp(record.started_at))
                    .maybe_agent_config_id(record.agent_config_id.map(Into::into))
                    .maybe_caller_identity(record.caller_identity)
                    .maybe_metadata(record.metadata)
                    .build(),
            )
            .build(),
    ))
}

async fn list(
    State(app): State<App>,
    caller: Caller,
    ApiQuery(query): ApiQuery<ListSessionsQuery>,
) -> ApiResult<Json<SessionPage>> {
    crate::extract::known("status", query.status.as_ref())?;
    crate::extract::known("session_type", query.session_type.as_ref())?;
    let from = query
        .from
        .as_deref()
        .map(|d| {
            clock::parse(d).ok_or_else(|| ApiError::invalid("from", "must be an ISO 8601 date"))
        })
        .transpose()?;
    let to = query
        .to
        .as_deref()
        .map(|d| clock::parse(d).ok_or_else(|| ApiError::invalid("to", "must be an ISO 8601 date")))
        .transpose()?;
    let mut store = app.store();
    let project = store.caller(caller)?;
    let unfiltered = query.status.is_none()
        && query.agent_config_id.is_none()
        && query.session_type.is_none()
        && from.is_none()
        && to.is_none();
    let keep = |s: &SessionRecord| {
        query.status.as_ref().is_none_or(|st| &s.status == st)
            && query
                .agent_config_id
                .is_none_or(|id| s.agent_config_id == Some(id.into()))
            && query
                .session_type
                .as_ref()
                .is_none_or(|t| &s.session_type == t)
            && from.is_none_or(|f| s.started_at >= f)
            && to.is_none_or(|t| s.started_at <= t)
    };
    let summary = |id: &u64| {
        let s = project.sessions.get(id)?;
        Some(
            SessionSummary::builder()
                .id(s.id.into())
                .room_name(s.room_name.clone())
                .maybe_agent_name(project.agent_name(s.agent_config_id))
                .status(s.status.clone())
                .session_type(s.session_type.clone())
                .maybe_duration(s.duration.map(|d| d as f64))
                .message_count(s.transcripts.len() as u64)
                .started_at(clock::stamp(s.started_at))
                .maybe_ended_at(s.ended_at.map(clock::stamp))
                .build(),
        )
    };
    // Newest first. Without a filter a page costs its own items, not every session: the
    // ids are a slice, counted and skipped in constant time.
    let newest_first = project.session_ids.iter().rev();
    let (sessions, page_info) = if unfiltered {
        paginate(newest_first, summary, query.page, query.per_page, 25)?
    } else {
        let matching = newest_first.filter(|id| project.sessions.get(id).is_some_and(&keep));
        paginate(matching, summary, query.page, query.per_page, 25)?
    };
    let sessions = sessions.into_iter().flatten().collect();
    Ok(Json(
        SessionPage::builder()
            .sessions(sessions)
            .page_info(page_info)
            .build(),
    ))
}

/// The caller's session `id`, or 403/404.
fn find(app: &App, caller: Caller, id: u64) -> ApiResult<(SessionRecord, Option<AgentFixture>)> {
    let mut store = app.store();
    let project = store.caller(caller)?;
    match project.sessions.get(&id).cloned() {
        Some(session) => {
            let agent = session
                .agent_config_id
                .and_then(|aid| project.fixture.agents.iter().find(|a| a.id == aid))
                .cloned();
            Ok((session, agent))
        }
        None => Err(store.not_here("session", id, |p| p.sessions.contains_key(&id))),
    }
}

async fn detail(
    State(app): State<App>,
    caller: Caller,
    ApiPath(id): ApiPath<u64>,
) -> ApiResult<Json<SessionDetailResponse>> {
    let (s, agent) = find(&app, caller, id)?;
    let costs = s.costs();
    Ok(Json(
        SessionDetailResponse::builder()
            .session(
                SessionDetail::builder()
                    .id(s.id.into())
                    .room_name(s.room_name.clone())
                    .maybe_agent_name(agent.as_ref().map(|a| a.name.clone()))
                    .maybe_llm_provider(agent.as_ref().map(|a| a.llm_provider.clone()))
                    .maybe_llm_model(agent.map(|a| a.llm_model))
                    .status(s.status.clone())
                    .maybe_duration_seconds(s.duration.map(|d| d as f64))
                    .message_count(s.transcripts.len() as u64)
                    .started_at(clock::stamp(s.started_at))
                    .maybe_ended_at(s.ended_at.map(clock::stamp))
                    .maybe_summary(s.summary.clone())
                    .session_type(s.session_type)
                    .build(),
            )
            .costs(
                SessionCosts::builder()
                    .total(round(costs.total()))
                    .llm(costs.llm)
                    .stt(costs.stt)
                    .tts(costs.tts)
                    .build(),
            )
            .build(),
    ))
}

async fn add_transcript(
    State(app): State<App>,
    caller: Caller,
    ApiPath(room): ApiPath<String>,
    ApiJson(line): ApiJson<AddTranscriptRequest>,
) -> ApiResult<Json<AddTranscriptResponse>> {
    if matches!(line.speaker, Speaker::Unknown(_)) {
        return Err(ApiError::invalid(
            "speaker",
            "must be agent, user or system",
        ));
    }
    if line.content.trim().is_empty() {
        return Err(ApiError::invalid("content", "is required"));
    }
    let entry = app.in_project(caller, |project, out| {
        project.add_transcript(&room, line, out)
    })?;
    Ok(Json(
        AddTranscriptResponse::builder().transcript(entry).build(),
    ))
}

async fn end(
    State(app): State<App>,
    caller: Caller,
    ApiPath(room): ApiPath<String>,
    ApiJson(request): ApiJson<EndSessionRequest>,
) -> ApiResult<Json<EndSessionResponse>> {
    let ended = app.in_project(caller, |project, out| {
        project
            .end_active_session(&room, request.summary, request.duration, out)
            .ok_or_else(|| ApiError::not_found(format!("room \"{room}\" has no active session")))
    })?;
    Ok(Json(
        EndSessionResponse::builder()
            .session(
                EndedSession::builder()
                    .id(ended.id.into())
                    .room_name(ended.room_name.clone())
                    .status(ended.status.clone())
                    .duration(ended.duration.unwrap_or(0) as f64)
                    .maybe_ended_at(ended.ended_at.map(clock::stamp))
                    .maybe_summary(ended.summary.clone())
                    .project_id(ended.project_id.into())
                    .session_type(ended.session_type.clone())
                    .started_at(clock::stamp(ended.started_at))
                    .message_count(ended.transcripts.len() as u64)
                    .build(),
            )
            .build(),
    ))
}

/// Lines as the listing shows them: speaker, content, time, creation.
fn listed(entry: &TranscriptEntry) -> TranscriptEntry {
    {
        let mut value = entry.clone();
        value.id = None;
        value.session_id = None;
        value.is_final = None;
        value
    }
}

async fn transcript(
    State(app): State<App>,
    caller: Caller,
    ApiPath(id): ApiPath<u64>,
) -> ApiResult<Json<TranscriptResponse>> {
    let (session, _) = find(&app, caller, id)?;
    Ok(Json(
        TranscriptResponse::builder()
            .session_id(session.id.into())
            .transcripts(session.transcripts.iter().map(listed).collect())
            .build(),
    ))
}

async fn transcript_text(
    State(app): State<App>,
    caller: Caller,
    ApiPath(id): ApiPath<u64>,
) -> ApiResult<Response> {
    let (session, _) = find(&app, caller, id)?;
    let mut text: String = session
        .transcripts
        .iter()
        .map(format_transcript_line)
        .collect::<Vec<_>>()
        .join("\n");
    if !text.is_empty() {
        text.push('\n');
    }
    Response::builder()
        .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
        .body(Body::from(text))
        .map_err(|e| ApiError::internal(e.to_string()))
}
