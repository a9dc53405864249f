//! SIP telephony (reference section 10): outbound calls, inbound calls, call status.

use axum::extract::State;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::json;
use voxai_types::monitor::{CallStatusChanged, MonitorEvent};
use voxai_types::rooms::{
    CreateRoomRequest, Participant, ParticipantState, TrackInfo, TrackSource, TrackType,
};
use voxai_types::sessions::{CreateSessionRequest, SessionType};
use voxai_types::sip::CallStatus;
use voxai_types::sip::{
    DialRequest, DialResponse, ListSipConfigsResponse, ListTrunksResponse, SipCall, is_e164,
};
use voxai_types::webhooks::{CallInitiatedData, InboundCallData, WebhookData};

use crate::error::{ApiError, ApiResult};
use crate::events::Event;
use crate::extract::ApiJson;
use crate::fixtures::AgentFixture;
use crate::gate::Caller;
use crate::state::App;
use crate::store::{IdKind, Project};
use crate::{clock, quota, rooms, sessions, tokens};

pub(crate) fn routes() -> Router<App> {
    Router::new()
        .route("/sip/dial", post(dial))
        .route("/sip/trunks", get(trunks))
        .route("/sip/configs", get(configs))
}

/// Whether a call may move from `from` to `to` (moved along by
/// `POST /_mock/calls/:room/status`).
fn can_become(from: &CallStatus, to: &CallStatus) -> bool {
    use CallStatus::*;
    matches!(
        (from, to),
        (Dialing, Ringing | Answered | Failed | Busy | NoAnswer)
            | (Ringing, Answered | Failed | Busy | NoAnswer)
            | (Answered, Completed | Failed)
    )
}

/// A call as the store keeps it.
#[derive(Debug, Clone)]
pub(crate) struct CallRecord {
    pub(crate) call: SipCall,
    pub(crate) status: CallStatus,
    sip_identity: String,
}

fn sip_participant(project: &Project, phone: &str) -> Participant {
    Participant {
        identity: format!("sip_{phone}"),
        name: Some(phone.to_owned()),
        joined_at: Some(clock::unix(clock::now())),
        state: Some(ParticipantState::Active),
        tracks: Some(vec![TrackInfo {
            sid: project.ids.sid("TR"),
            kind: Some(TrackType::Audio),
            source: Some(TrackSource::Microphone),
            name: Some("phone".into()),
            muted: Some(false),
        }]),
        metadata: None,
        permission: None,
    }
}

/// The other party and the trunk of a call.
struct Line {
    phone_number: String,
    caller_id: Option<String>,
    trunk_id: String,
}

/// A call in `room`, kept among the project's calls in `status`, its status event queued.
fn record_call(
    project: &mut Project,
    room: &str,
    line: Line,
    session_id: u64,
    status: CallStatus,
    sip_identity: String,
    out: &mut Vec<Event>,
) -> SipCall {
    let call = SipCall {
        room_name: room.to_owned(),
        full_room_name: project.full_name(room),
        phone_number: Some(line.phone_number),
        caller_id: line.caller_id,
        trunk_id: Some(line.trunk_id),
        session_id: Some(session_id.into()),
        sip_participant_id: Some(project.ids.sid("PA")),
    };
    project.calls.insert(
        room.to_owned(),
        CallRecord {
            call: call.clone(),
            status: status.clone(),
            sip_identity,
        },
    );
    out.push(status_event(project.id(), room, &call, status));
    call
}

fn status_event(project_id: u64, room: &str, call: &SipCall, status: CallStatus) -> Event {
    Event::monitor(
        project_id,
        room,
        MonitorEvent::CallStatus(CallStatusChanged {
            room_name: call.full_room_name.clone(),
            phone_number: call.phone_number.clone(),
            status: Some(status),
        }),
    )
}

fn pick_agent(project: &Project, id: Option<u64>) -> ApiResult<AgentFixture> {
    let agents = &project.fixture.agents;
    match id {
        Some(id) => match agents.iter().find(|a| a.id == id) {
            Some(a) if a.is_active => Ok(a.clone()),
            Some(_) => Err(ApiError::invalid(
                "agent_config_id",
                format!("agent {id} is not active"),
            )),
            None => Err(ApiError::invalid(
                "agent_config_id",
                format!("agent {id} does not exist in this project"),
            )),
        },
        None => agents
            .iter()
            .find(|a| a.is_active)
            .cloned()
            .ok_or_else(|| ApiError::bad_request("No active agent to dispatch")),
    }
}

/// Sets up the room, session, agent and caller of a call.
fn connect(
    project: &mut Project,
    room: &str,
    agent: &AgentFixture,
    phone: &str,
    out: &mut Vec<Event>,
) -> ApiResult<(u64, Participant)> {
    rooms::open(project, &CreateRoomRequest::new(room), out)?;
    let full = project.full_name(room);
    let caller = sip_participant(project, phone);
    let session = sessions::start(
        project,
        CreateSessionRequest::new(full)
            .agent(agent.id)
            .caller_identity(caller.identity.clone())
            .session_type(SessionType::Sip),
        out,
    )?;
    tokens::dispatch(project, room, std::slice::from_ref(agent), out)?;
    rooms::join(project, room, caller.clone(), out)?;
    Ok((session.id, caller))
}

async fn dial(
    State(app): State<App>,
    caller: Caller,
    ApiJson(request): ApiJson<DialRequest>,
) -> ApiResult<Json<DialResponse>> {
    validate_dial(&request)?;
    let call = app.in_project(caller, |project, out| place_call(project, &request, out))?;
    let token = tokens::mint(
        &app.settings.livekit,
        "operator",
        &call.full_room_name,
        None,
        &json!({}),
    )?;
    Ok(Json(DialResponse {
        success: true,
        call,
        token,
        ws_url: Some(app.settings.livekit.url.clone()),
    }))
}

/// The numbers in E.164 and the room name, if given, valid.
fn validate_dial(request: &DialRequest) -> ApiResult<()> {
    if !is_e164(&request.phone_number) {
        return Err(ApiError::invalid(
            "phone_number",
            "must be an E.164 number such as +17751234567",
        ));
    }
    if let Some(caller_id) = &request.caller_id {
        if !is_e164(caller_id) {
            return Err(ApiError::invalid(
                "caller_id",
                "must be an E.164 number such as +18001234567",
            ));
        }
    }
    if let Some(room) = &request.room_name {
        rooms::validate_name("room_name", room)?;
    }
    Ok(())
}

/// Opens the call's room with its agent and the callee, records the call as dialing and
/// queues its events in `out`.
fn place_call(
    project: &mut Project,
    request: &DialRequest,
    out: &mut Vec<Event>,
) -> ApiResult<SipCall> {
    let Some(trunk) = project.fixture.sip_trunks.first().cloned() else {
        return Err(ApiError::bad_request("No SIP trunk configured"));
    };
    quota::check(project, quota::SIP_CONFIGS)?;
    let agent = pick_agent(project, request.agent_config_id.map(Into::into))?;
    let room = match &request.room_name {
        Some(room) => room.clone(),
        None => format!("outbound-call-{}", project.ids.next(IdKind::Call)),
    };
    if project.rooms.get(&room).is_some_and(rooms::Room::is_active) {
        return Err(ApiError::conflict(format!("room {room:?} already exists")));
    }
    let (session_id, sip) = connect(project, &room, &agent, &request.phone_number, out)?;
    let line = Line {
        phone_number: request.phone_number.clone(),
        caller_id: request
            .caller_id
            .clone()
            .or_else(|| trunk.phone_number.clone()),
        trunk_id: trunk
            .outbound_trunk_id
            .clone()
            .unwrap_or_else(|| format!("ST_{}", trunk.id)),
    };
    let call = record_call(
        project,
        &room,
        line,
        session_id,
        CallStatus::Dialing,
        sip.identity,
        out,
    );
    let id = project.id();
    out.push(Event::webhook(
        id,
        WebhookData::SipCallInitiated(CallInitiatedData {
            room_name: call.full_room_name.clone(),
            phone_number: call.phone_number.clone(),
            caller_id: call.caller_id.clone(),
            trunk_id: call.trunk_id.clone(),
            session_id: session_id.into(),
            agent_config_id: Some(agent.id.into()),
            metadata: request.metadata.clone().map(serde_json::Value::Object),
        }),
    ));
    Ok(call)
}

/// Moves a call on; a call that ends takes its caller out and ends its session.
pub(crate) fn set_status(
    project: &mut Project,
    room: &str,
    status: CallStatus,
    out: &mut Vec<Event>,
) -> ApiResult<SipCall> {
    let project_id = project.id();
    let record = project
        .calls
        .get_mut(room)
        .ok_or_else(|| ApiError::not_found(format!("room {room:?} has no call")))?;
    if let CallStatus::Unknown(other) = &status {
        return Err(ApiError::invalid(
            "status",
            format!(
                "{other:?} is not one of ringing, answered, completed, failed, busy, no_answer"
            ),
        ));
    }
    if !can_become(&record.status, &status) {
        return Err(ApiError::conflict(format!(
            "a call that is {} cannot become {status}",
            record.status
        )));
    }
    record.status = status.clone();
    let record = record.clone();
    out.push(status_event(project_id, room, &record.call, status.clone()));
    if status.is_over() {
        let _ = rooms::leave(project, room, &record.sip_identity, "call_ended", out);
        sessions::end_active(project, &record.call.full_room_name, None, None, out);
    }
    Ok(record.call)
}

/// An inbound call to one of a project's SIP configuration numbers.
pub(crate) fn inbound(
    project: &mut Project,
    from: &str,
    to: &str,
    out: &mut Vec<Event>,
) -> ApiResult<SipCall> {
    let config = project
        .fixture
        .sip_configs
        .iter()
        .find(|c| c.phone_number.as_deref() == Some(to))
        .cloned()
        .ok_or_else(|| ApiError::not_found(format!("no SIP configuration answers {to}")))?;
    let agent = pick_agent(project, config.agent_config_id.map(Into::into))?;
    let room = format!("inbound-call-{}", project.ids.next(IdKind::Call));
    let (session_id, sip) = connect(project, &room, &agent, from, out)?;
    let trunk = project
        .fixture
        .sip_trunks
        .iter()
        .find(|t| t.phone_number.as_deref() == Some(to));
    let line = Line {
        phone_number: from.to_owned(),
        caller_id: Some(from.to_owned()),
        trunk_id: trunk
            .and_then(|t| t.inbound_trunk_id.clone())
            .unwrap_or_else(|| format!("ST_config_{}", config.id)),
    };
    let call = record_call(
        project,
        &room,
        line,
        session_id,
        CallStatus::Answered,
        sip.identity,
        out,
    );
    let id = project.id();
    out.push(Event::webhook(
        id,
        WebhookData::SipInboundCall(InboundCallData {
            room_name: call.full_room_name.clone(),
            from: from.to_owned(),
            to: to.to_owned(),
            sip_config_id: Some(config.id),
            session_id: session_id.into(),
            agent_config_id: Some(agent.id.into()),
        }),
    ));
    Ok(call)
}

async fn trunks(State(app): State<App>, caller: Caller) -> ApiResult<Json<ListTrunksResponse>> {
    let mut store = app.store();
    Ok(Json(ListTrunksResponse {
        trunks: store.caller(caller)?.fixture.sip_trunks.clone(),
    }))
}

async fn configs(
    State(app): State<App>,
    caller: Caller,
) -> ApiResult<Json<ListSipConfigsResponse>> {
    let mut store = app.store();
    Ok(Json(ListSipConfigsResponse {
        configs: store.caller(caller)?.fixture.sip_configs.clone(),
    }))
}
