//! Sessions and transcripts (reference section 8). Room names here are full names.

use axum::body::Body;
use axum::extract::State;
use axum::http::header;
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{Map, Value};
use time::OffsetDateTime;
use voxai_types::monitor::{MonitorEvent, TranscriptNew};
use voxai_types::sessions::{
    AddTranscriptRequest, AddTranscriptResponse, CreateSessionRequest, CreateSessionResponse,
    EndSessionRequest, EndSessionResponse, EndedSession, ListSessionsQuery, Session, SessionCosts,
    SessionDetail, SessionDetailResponse, SessionPage, SessionStatus, SessionSummary, SessionType,
    Speaker, TranscriptEntry, TranscriptResponse, format_transcript_line,
};
use voxai_types::webhooks::{SessionData, WebhookData};

use crate::clock;
use crate::error::{ApiError, ApiResult};
use crate::events::Event;
use crate::extract::{ApiJson, ApiPath, ApiQuery};
use crate::fixtures::AgentFixture;
use crate::gate::Caller;
use crate::pagination::paginate;
use crate::quota::round;
use crate::state::App;
use crate::store::{IdKind, Project};

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

/// A session as the store keeps it.
#[derive(Debug, Clone)]
pub(crate) struct SessionRecord {
    pub(crate) id: u64,
    pub(crate) project_id: u64,
    pub(crate) room_name: String,
    pub(crate) agent_config_id: Option<u64>,
    pub(crate) caller_identity: Option<String>,
    pub(crate) session_type: SessionType,
    pub(crate) metadata: Option<Map<String, Value>>,
    pub(crate) status: SessionStatus,
    pub(crate) started_at: OffsetDateTime,
    pub(crate) ended_at: Option<OffsetDateTime>,
    pub(crate) duration: Option<u64>,
    pub(crate) summary: Option<String>,
    pub(crate) transcripts: Vec<TranscriptEntry>,
}

/// What a session cost, computed from its transcript and duration.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Costs {
    pub(crate) llm: f64,
    pub(crate) stt: f64,
    pub(crate) tts: f64,
    pub(crate) input_tokens: u64,
    pub(crate) output_tokens: u64,
    pub(crate) audio_minutes: f64,
    pub(crate) tts_characters: u64,
}

impl Costs {
    pub(crate) fn total(&self) -> f64 {
        self.llm + self.stt + self.tts
    }

    /// One part per service, for usage grouped by service.
    pub(crate) fn by_service(self) -> Vec<(String, Costs)> {
        vec![
            (
                "llm".into(),
                Costs {
                    stt: 0.0,
                    tts: 0.0,
                    ..self
                },
            ),
            (
                "stt".into(),
                Costs {
                    llm: 0.0,
                    tts: 0.0,
                    ..self
                },
            ),
            (
                "tts".into(),
                Costs {
                    llm: 0.0,
                    stt: 0.0,
                    ..self
                },
            ),
        ]
    }
}

impl SessionRecord {
    /// Seconds so far, or the final duration.
    fn seconds(&self) -> u64 {
        self.duration.unwrap_or_else(|| {
            u64::try_from((clock::now() - self.started_at).whole_seconds()).unwrap_or(0)
        })
    }

    /// Deterministic prices: tokens from the transcript, minutes from the duration.
    pub(crate) fn costs(&self) -> Costs {
        let chars = |speaker: Speaker| -> u64 {
            self.transcripts
                .iter()
                .filter(|t| t.speaker.as_ref() == Some(&speaker))
                .map(|t| t.content.chars().count() as u64)
                .sum()
        };
        let input_tokens = 150 * self.transcripts.len() as u64 + chars(Speaker::User) / 4;
        let output_tokens = chars(Speaker::Agent) / 4;
        let audio_minutes = self.seconds() as f64 / 60.0;
        let tts_characters = chars(Speaker::Agent);
        Costs {
            llm: round(input_tokens as f64 * 2.5e-6 + output_tokens as f64 * 1e-5),
            stt: round(audio_minutes * 0.006),
            tts: round(tts_characters as f64 * 1.5e-5),
            input_tokens,
            output_tokens,
            audio_minutes,
            tts_characters,
        }
    }
}

fn agent_name(project: &Project, id: Option<u64>) -> Option<String> {
    let id = id?;
    project
        .fixture
        .agents
        .iter()
        .find(|a| a.id == id)
        .map(|a| a.name.clone())
}

/// Starts a session log for a room and records the event.
pub(crate) fn start(
    project: &mut Project,
    request: CreateSessionRequest,
    out: &mut Vec<Event>,
) -> ApiResult<SessionRecord> {
    let Some(short) = project.short_name(&request.room_name).map(str::to_owned) else {
        return Err(ApiError::invalid(
            "room_name",
            format!(
                "must be the full room name, starting with the project prefix {:?}",
                project.fixture.prefix
            ),
        ));
    };
    crate::rooms::active_room(project, &short)?;
    if project.active_sessions.contains_key(&request.room_name) {
        return Err(ApiError::conflict(format!(
            "room {:?} already has an active session",
            request.room_name
        )));
    }
    if let Some(id) = request.agent_config_id {
        if !project.fixture.agents.iter().any(|a| id == a.id) {
            return Err(ApiError::invalid(
                "agent_config_id",
                format!("agent {id} does not exist in this project"),
            ));
        }
    }
    let session_type = request.session_type.unwrap_or(SessionType::Voice);
    if matches!(session_type, SessionType::Unknown(_)) {
        return Err(ApiError::invalid("session_type", "must be voice or sip"));
    }
    let record = SessionRecord {
        id: project.ids.next(IdKind::Session),
        project_id: project.id(),
        room_name: request.room_name,
        agent_config_id: request.agent_config_id.map(Into::into),
        caller_identity: request.caller_identity,
        session_type,
        metadata: request.metadata,
        status: SessionStatus::Active,
        started_at: clock::now(),
        ended_at: None,
        duration: None,
        summary: None,
        transcripts: Vec::new(),
    };
    project.sessions.insert(record.id, record.clone());
    project.session_ids.push(record.id);
    project
        .active_sessions
        .insert(record.room_name.clone(), record.id);
    out.push(Event::webhook(
        project.id(),
        WebhookData::SessionStarted(SessionData {
            session_id: record.id.into(),
            room_name: record.room_name.clone(),
            agent_config_id: record.agent_config_id.map(Into::into),
            duration: None,
            summary: None,
        }),
    ));
    Ok(record)
}

/// Ends the room's active session, if it has one.
pub(crate) fn end_active(
    project: &mut Project,
    full_room: &str,
    summary: Option<String>,
    duration: Option<u64>,
    out: &mut Vec<Event>,
) -> Option<SessionRecord> {
    let project_id = project.id();
    let id = project.active_sessions.remove(full_room)?;
    let session = project.sessions.get_mut(&id)?;
    let now = clock::now();
    session.duration = Some(duration.unwrap_or_else(|| session.seconds()));
    session.status = SessionStatus::Completed;
    session.ended_at = Some(now);
    session.summary = summary;
    out.push(Event::webhook(
        project_id,
        WebhookData::SessionEnded(SessionData {
            session_id: session.id.into(),
            room_name: session.room_name.clone(),
            agent_config_id: session.agent_config_id.map(Into::into),
            duration: session.duration.map(|d| d as f64),
            summary: session.summary.clone(),
        }),
    ));
    Some(session.clone())
}

async fn create(
    State(app): State<App>,
    caller: Caller,
    ApiJson(request): ApiJson<CreateSessionRequest>,
) -> ApiResult<Json<CreateSessionResponse>> {
    let record = app.in_project(caller, |project, out| start(project, request, out))?;
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
            agent_name: agent_name(project, s.agent_config_id),
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
        let project_id = project.id();
        let short = project.short_name(&room).unwrap_or(&room).to_owned();
        let entry_id = project.ids.next(IdKind::Transcript);
        let session = project
            .active_session_mut(&room)
            .ok_or_else(|| ApiError::not_found(format!("room {room:?} has no active session")))?;
        let now = clock::now();
        let since_start =
            u64::try_from((now - session.started_at).whole_milliseconds()).unwrap_or(0);
        let entry = TranscriptEntry {
            id: Some(entry_id.into()),
            session_id: Some(session.id.into()),
            speaker: Some(line.speaker),
            content: line.content,
            timestamp_ms: Some(line.timestamp_ms.unwrap_or(since_start)),
            is_final: Some(line.is_final.unwrap_or(true)),
            created_at: Some(clock::stamp(now)),
        };
        session.transcripts.push(entry.clone());
        out.push(Event::monitor(
            project_id,
            &short,
            MonitorEvent::TranscriptNew(TranscriptNew {
                room_name: room.clone(),
                session_id: Some(session.id.into()),
                speaker: entry.speaker.clone(),
                content: entry.content.clone(),
                timestamp_ms: entry.timestamp_ms,
            }),
        ));
        Ok(entry)
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
        end_active(project, &room, request.summary, request.duration, out)
            .ok_or_else(|| ApiError::not_found(format!("room {room:?} has no active session")))
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
