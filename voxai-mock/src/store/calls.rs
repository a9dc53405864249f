//! SIP calls as the store keeps them: each with its room, session, agent and caller.

use voxai_types::monitor::{CallStatusChanged, MonitorEvent};
use voxai_types::quota::QuotaResource;
use voxai_types::room_names::RoomName;
use voxai_types::rooms::{CreateRoomRequest, Participant};
use voxai_types::sessions::{CreateSessionRequest, SessionType};
use voxai_types::sip::{CallStatus, DialRequest, SipCall};
use voxai_types::webhooks::{CallInitiatedData, InboundCallData, WebhookData};

use super::{IdKind, Project, Room};
use crate::error::{ApiError, ApiResult};
use crate::events::Event;
use crate::fixtures::AgentFixture;

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

impl Project {
    fn sip_participant(&self, phone: &str) -> Participant {
        self.speaking_participant(format!("sip_{phone}"), phone.to_owned(), "phone", None)
    }

    /// A call in `room`, kept among the self's calls in `status`, its status event queued.
    fn record_call(
        &mut self,
        room: &str,
        line: Line,
        session_id: u64,
        status: CallStatus,
        sip_identity: String,
        out: &mut Vec<Event>,
    ) -> SipCall {
        let call = SipCall::builder()
            .room_name(room.to_owned())
            .full_room_name(self.full_name(room))
            .phone_number(line.phone_number)
            .maybe_caller_id(line.caller_id)
            .trunk_id(line.trunk_id)
            .session_id(session_id.into())
            .sip_participant_id(self.ids.sid("PA"))
            .build();
        self.calls.insert(
            room.to_owned(),
            CallRecord {
                call: call.clone(),
                status: status.clone(),
                sip_identity,
            },
        );
        out.push(status_event(self.id(), room, &call, status));
        call
    }

    pub(crate) fn pick_agent(&self, id: Option<u64>) -> ApiResult<AgentFixture> {
        let agents = &self.fixture.agents;
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
    fn connect_call(
        &mut self,
        room: &str,
        agent: &AgentFixture,
        phone: &str,
        out: &mut Vec<Event>,
    ) -> ApiResult<(u64, Participant)> {
        self.open_room(&CreateRoomRequest::new(room), out)?;
        let full = self.full_name(room);
        let caller = self.sip_participant(phone);
        let session = self.start_session(
            CreateSessionRequest::new(full)
                .agent(agent.id)
                .caller_identity(caller.identity.clone())
                .session_type(SessionType::Sip),
            out,
        )?;
        self.dispatch_agents(room, std::slice::from_ref(agent), out)?;
        self.join(room, caller.clone(), out)?;
        Ok((session.id, caller))
    }

    /// Opens the call's room with its agent and the callee, records the call as dialing and
    /// queues its events in `out`.
    pub(crate) fn place_call(
        &mut self,
        request: &DialRequest,
        out: &mut Vec<Event>,
    ) -> ApiResult<SipCall> {
        let Some(trunk) = self.fixture.sip_trunks.first().cloned() else {
            return Err(ApiError::bad_request("No SIP trunk configured"));
        };
        // A caller ID is one of the project's own trunk numbers, never another's.
        if let Some(caller_id) = &request.caller_id {
            let owned = self
                .fixture
                .sip_trunks
                .iter()
                .any(|t| t.phone_number.as_deref() == Some(caller_id.as_str()));
            if !owned {
                return Err(ApiError::invalid(
                    "caller_id",
                    format!("{caller_id} is not a number of this project's SIP trunks"),
                ));
            }
        }
        self.check_quota(QuotaResource::SipConfigs)?;
        let agent = self.pick_agent(request.agent_config_id.map(Into::into))?;
        let room = match &request.room_name {
            Some(room) => room.clone(),
            None => RoomName::new(format!("outbound-call-{}", self.ids.next(IdKind::Call))),
        };
        if self.rooms.get(&room).is_some_and(Room::is_active) {
            return Err(ApiError::conflict(format!(
                "room \"{room}\" already exists"
            )));
        }
        let (session_id, sip) =
            self.connect_call(room.as_str(), &agent, &request.phone_number, out)?;
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
        let call = self.record_call(
            room.as_str(),
            line,
            session_id,
            CallStatus::Dialing,
            sip.identity,
            out,
        );
        let id = self.id();
        out.push(Event::webhook(
            id,
            WebhookData::SipCallInitiated(
                CallInitiatedData::builder()
                    .room_name(call.full_room_name.clone())
                    .maybe_phone_number(call.phone_number.clone())
                    .maybe_caller_id(call.caller_id.clone())
                    .maybe_trunk_id(call.trunk_id.clone())
                    .session_id(session_id.into())
                    .agent_config_id(agent.id.into())
                    .maybe_metadata(request.metadata.clone().map(serde_json::Value::Object))
                    .build(),
            ),
        ));
        Ok(call)
    }

    /// Moves a call on; a call that ends takes its caller out and ends its session.
    pub(crate) fn set_call_status(
        &mut self,
        room: &str,
        status: CallStatus,
        out: &mut Vec<Event>,
    ) -> ApiResult<SipCall> {
        let project_id = self.id();
        let record = self
            .calls
            .get_mut(room)
            .ok_or_else(|| ApiError::not_found(format!("room \"{room}\" has no call")))?;
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
            let _ = self.leave(room, &record.sip_identity, "call_ended", out);
            self.end_active_session(record.call.full_room_name.as_str(), None, None, out);
        }
        Ok(record.call)
    }

    /// An inbound call to one of a self's SIP configuration numbers.
    pub(crate) fn inbound_call(
        &mut self,
        from: &str,
        to: &str,
        out: &mut Vec<Event>,
    ) -> ApiResult<SipCall> {
        let config = self
            .fixture
            .sip_configs
            .iter()
            .find(|c| c.phone_number.as_deref() == Some(to))
            .cloned()
            .ok_or_else(|| ApiError::not_found(format!("no SIP configuration answers {to}")))?;
        let agent = self.pick_agent(config.agent_config_id.map(Into::into))?;
        let room = format!("inbound-call-{}", self.ids.next(IdKind::Call));
        let (session_id, sip) = self.connect_call(&room, &agent, from, out)?;
        let trunk = self
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
        let call = self.record_call(
            &room,
            line,
            session_id,
            CallStatus::Answered,
            sip.identity,
            out,
        );
        let id = self.id();
        out.push(Event::webhook(
            id,
            WebhookData::SipInboundCall(
                InboundCallData::builder()
                    .room_name(call.full_room_name.clone())
                    .from(from.to_owned())
                    .to(to.to_owned())
                    .sip_config_id(config.id)
                    .session_id(session_id.into())
                    .agent_config_id(agent.id.into())
                    .build(),
            ),
        ));
        Ok(call)
    }
}

/// The other party and the trunk of a call.
struct Line {
    phone_number: String,
    caller_id: Option<String>,
    trunk_id: String,
}

fn status_event(project_id: u64, room: &str, call: &SipCall, status: CallStatus) -> Event {
    Event::monitor(
        project_id,
        room,
        MonitorEvent::CallStatus(
            CallStatusChanged::builder()
                .room_name(call.full_room_name.clone())
                .maybe_phone_number(call.phone_number.clone())
                .status(status)
                .build(),
        ),
    )
}
