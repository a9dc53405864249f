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
    Ok(Json(CreateSessionResponse {
        session: Session {
            id: record.id.into(),
            project_id: Some(record.project_id.into()),
            room_name: record.room_name,
            status: Some(record.status),
            session_type: Some(record.session_type),
            created_at: Some(clock::stamp(record.started_at)),
            agent_config_id: record.agent_config_id.map(Into::into),
            caller_identity: record.caller_identity,
            metadata: record.metadata,
        },
    }))
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
        Some(SessionSummary {
            id: s.id.into(),
            room_name: s.room_name.clone(),
            agent_name: project.agent_name(s.agent_config_id),
            status: Some(s.status.clone()),
            session_type: Some(s.session_type.clone()),
            duration: s.duration.map(|d| d as f64),
            message_count: Some(s.transcripts.len() as u64),
            started_at: Some(clock::stamp(s.started_at)),
            ended_at: s.ended_at.map(clock::stamp),
        })
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
    Ok(Json(SessionPage {
        sessions,
        page_info,
    }))
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
    Ok(Json(SessionDetailResponse {
        session: SessionDetail {
            id: s.id.into(),
            room_name: s.room_name.clone(),
            agent_name: agent.as_ref().map(|a| a.name.clone()),
            llm_provider: agent.as_ref().map(|a| a.llm_provider.clone()),
            llm_model: agent.map(|a| a.llm_model),
            status: Some(s.status.clone()),
            duration_seconds: s.duration.map(|d| d as f64),
            message_count: Some(s.transcripts.len() as u64),
            started_at: Some(clock::stamp(s.started_at)),
            ended_at: s.ended_at.map(clock::stamp),
            summary: s.summary.clone(),
            session_type: Some(s.session_type),
        },
        costs: Some(SessionCosts {
            total: Some(round(costs.total())),
            llm: Some(costs.llm),
            stt: Some(costs.stt),
            tts: Some(costs.tts),
        }),
    }))
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
    Ok(Json(AddTranscriptResponse {
        transcript: Some(entry),
        ..AddTranscriptResponse::ok()
    }))
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
    Ok(Json(EndSessionResponse {
        session: Some(EndedSession {
            id: ended.id.into(),
            room_name: Some(ended.room_name.clone()),
            status: Some(ended.status.clone()),
            duration: Some(ended.duration.unwrap_or(0) as f64),
            ended_at: ended.ended_at.map(clock::stamp),
            summary: ended.summary.clone(),
            project_id: Some(ended.project_id.into()),
            session_type: Some(ended.session_type.clone()),
            started_at: Some(clock::stamp(ended.started_at)),
            message_count: Some(ended.transcripts.len() as u64),
        }),
        ..EndSessionResponse::ok()
    }))
}

/// Lines as the listing shows them: speaker, content, time, creation.
fn listed(entry: &TranscriptEntry) -> TranscriptEntry {
    TranscriptEntry {
        id: None,
        session_id: None,
        is_final: None,
        ..entry.clone()
    }
}

async fn transcript(
    State(app): State<App>,
    caller: Caller,
    ApiPath(id): ApiPath<u64>,
) -> ApiResult<Json<TranscriptResponse>> {
    let (session, _) = find(&app, caller, id)?;
    Ok(Json(TranscriptResponse {
        session_id: Some(session.id.into()),
        transcripts: session.transcripts.iter().map(listed).collect(),
    }))
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
