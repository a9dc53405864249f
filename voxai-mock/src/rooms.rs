//! Rooms (reference section 6): the room lifecycle and who is in each room.

use axum::extract::State;
use axum::routing::{get, post};
use axum::{Json, Router};
use voxai_types::Ack;
use voxai_types::monitor::{
    MonitorEvent, ParticipantJoined, ParticipantLeft, RoomClosed, RoomCreated,
};
use voxai_types::rooms::{
    CreateRoomRequest, CreateRoomResponse, CreatedRoom, ListParticipantsResponse,
    ListRoomsResponse, Participant, RoomDetail, RoomDetailResponse, RoomStatus, RoomSummary,
    TrackInfo,
};
use voxai_types::webhooks::{ParticipantData, RoomData, TrackData, WebhookData};

use crate::clock;
use crate::error::{ApiError, ApiResult};
use crate::events::Event;
use crate::extract::{ApiJson, ApiPath};
use crate::gate::Caller;
use crate::quota;
use crate::state::App;
use crate::store::Project;

/// Seconds an empty room stays open when the request does not say.
const DEFAULT_EMPTY_TIMEOUT: u32 = 300;
/// Longest room name, without prefix.
const MAX_NAME_LEN: usize = 128;

pub(crate) fn routes() -> Router<App> {
    Router::new()
        .route("/rooms", get(list).post(create))
        .route("/rooms/{room}", get(detail).delete(close_room))
        .route("/rooms/{room}/participants", get(participants))
        .route("/rooms/{room}/kick/{identity}", post(kick))
}

/// A room as the store keeps it.
#[derive(Debug, Clone)]
pub(crate) struct Room {
    pub(crate) name: String,
    pub(crate) full_name: String,
    pub(crate) sid: String,
    pub(crate) status: RoomStatus,
    pub(crate) empty_timeout: u32,
    pub(crate) max_participants: u32,
    pub(crate) metadata: Option<String>,
    pub(crate) created_at: i64,
    /// In order of joining.
    pub(crate) participants: Vec<Participant>,
    /// Since when the room has been empty, for `empty_timeout`.
    pub(crate) empty_since: Option<std::time::Instant>,
}

impl Room {
    pub(crate) fn is_active(&self) -> bool {
        self.status == RoomStatus::Active
    }

    pub(crate) fn participant_mut(&mut self, identity: &str) -> ApiResult<&mut Participant> {
        let room = self.name.clone();
        self.participants
            .iter_mut()
            .find(|p| p.identity == identity)
            .ok_or_else(|| {
                ApiError::not_found(format!("participant {identity:?} is not in room {room:?}"))
            })
    }

    fn summary(&self) -> RoomSummary {
        RoomSummary {
            name: self.name.clone(),
            full_name: self.full_name.clone(),
            num_participants: Some(self.participants.len() as u32),
            created_at: Some(self.created_at),
        }
    }

    fn detail(&self) -> RoomDetail {
        RoomDetail {
            name: self.name.clone(),
            full_name: self.full_name.clone(),
            sid: Some(self.sid.clone()),
            status: Some(self.status.clone()),
            num_participants: Some(self.participants.len() as u32),
            max_participants: Some(self.max_participants),
            created_at: Some(self.created_at),
            // The detail shows who is there; state and tracks are on /participants.
            participants: self
                .participants
                .iter()
                .map(|p| Participant {
                    identity: p.identity.clone(),
                    name: p.name.clone(),
                    joined_at: p.joined_at,
                    state: None,
                    tracks: None,
                    metadata: None,
                    permission: None,
                })
                .collect(),
        }
    }
}

/// Refuses names LiveKit would not take.
pub(crate) fn validate_name(field: &str, name: &str) -> ApiResult<()> {
    if name.is_empty() {
        return Err(ApiError::invalid(field, "is required"));
    }
    if name.chars().count() > MAX_NAME_LEN {
        return Err(ApiError::invalid(
            field,
            format!("must be at most {MAX_NAME_LEN} characters"),
        ));
    }
    if !name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        return Err(ApiError::invalid(
            field,
            "may only contain letters, digits, '-', '_' and '.'",
        ));
    }
    Ok(())
}

/// Opens a room (checking the rooms quota) and records the events.
pub(crate) fn open(
    project: &mut Project,
    request: &CreateRoomRequest,
    out: &mut Vec<Event>,
) -> ApiResult<Room> {
    validate_name("name", &request.name)?;
    if project
        .rooms
        .get(&request.name)
        .is_some_and(Room::is_active)
    {
        return Err(ApiError::conflict(format!(
            "room {:?} already exists",
            request.name
        )));
    }
    quota::check(project, quota::ROOMS)?;
    let now = clock::now();
    let room = Room {
        name: request.name.clone(),
        full_name: project.full_name(&request.name),
        sid: project.ids.sid("RM"),
        status: RoomStatus::Active,
        empty_timeout: request.empty_timeout.unwrap_or(DEFAULT_EMPTY_TIMEOUT),
        max_participants: request.max_participants.unwrap_or(0),
        metadata: request.metadata.clone(),
        created_at: clock::unix(now),
        participants: Vec::new(),
        empty_since: Some(std::time::Instant::now()),
    };
    project.rooms.insert(room.name.clone(), room.clone());
    project.active_rooms += 1;
    let id = project.id();
    out.push(Event::monitor(
        id,
        &room.name,
        MonitorEvent::RoomCreated(RoomCreated {
            room_name: room.full_name.clone(),
            created_at: Some(voxai_types::Timestamp::from_unix(room.created_at)),
        }),
    ));
    out.push(Event::webhook(
        id,
        WebhookData::RoomStarted(room_data(&room)),
    ));
    Ok(room)
}

/// The active room `name`, or why not.
pub(crate) fn active_room<'a>(project: &'a mut Project, name: &str) -> ApiResult<&'a mut Room> {
    match project.rooms.get_mut(name) {
        Some(room) if room.is_active() => Ok(room),
        Some(_) => Err(ApiError::conflict(format!("room {name:?} is closed"))),
        None => Err(ApiError::not_found(format!("room {name:?} not found"))),
    }
}

/// The active room `name`, opening it if needed (as LiveKit does when someone joins).
pub(crate) fn ensure_open<'a>(
    project: &'a mut Project,
    name: &str,
    out: &mut Vec<Event>,
) -> ApiResult<&'a mut Room> {
    if !project.rooms.get(name).is_some_and(Room::is_active) {
        open(project, &CreateRoomRequest::new(name), out)?;
    }
    active_room(project, name)
}

/// Puts a participant in a room and records the events.
pub(crate) fn join(
    project: &mut Project,
    room: &str,
    participant: Participant,
    out: &mut Vec<Event>,
) -> ApiResult<()> {
    let project_id = project.id();
    let room = active_room(project, room)?;
    if room
        .participants
        .iter()
        .any(|p| p.identity == participant.identity)
    {
        return Err(ApiError::conflict(format!(
            "{:?} is already in room {:?}",
            participant.identity, room.name
        )));
    }
    if room.max_participants > 0 && room.participants.len() as u32 >= room.max_participants {
        return Err(ApiError::conflict(format!(
            "room {:?} is full ({} participants)",
            room.name, room.max_participants
        )));
    }
    out.push(Event::monitor(
        project_id,
        &room.name,
        MonitorEvent::ParticipantJoined(ParticipantJoined {
            room_name: room.full_name.clone(),
            identity: participant.identity.clone(),
            name: participant.name.clone(),
            joined_at: participant.joined_at.map(voxai_types::Timestamp::from_unix),
        }),
    ));
    out.push(Event::webhook(
        project_id,
        WebhookData::ParticipantJoined(ParticipantData {
            room_name: room.full_name.clone(),
            identity: participant.identity.clone(),
            name: participant.name.clone(),
            reason: None,
        }),
    ));
    for track in participant.tracks.iter().flatten() {
        let data = track_data(&room.full_name, &participant.identity, track);
        out.push(Event::webhook(
            project_id,
            WebhookData::TrackPublished(data),
        ));
    }
    room.participants.push(participant);
    room.empty_since = None;
    Ok(())
}

fn track_data(room: &str, identity: &str, track: &TrackInfo) -> TrackData {
    TrackData {
        room_name: room.to_owned(),
        identity: identity.to_owned(),
        track_sid: track.sid.clone(),
        kind: track.kind.clone(),
        source: track.source.clone(),
    }
}

fn room_data(room: &Room) -> RoomData {
    RoomData {
        room_name: room.full_name.clone(),
        room_sid: Some(room.sid.clone()),
    }
}

/// Takes a participant out of a room and records the events.
pub(crate) fn leave(
    project: &mut Project,
    room: &str,
    identity: &str,
    reason: &str,
    out: &mut Vec<Event>,
) -> ApiResult<()> {
    let project_id = project.id();
    let room = active_room(project, room)?;
    let index = room
        .participants
        .iter()
        .position(|p| p.identity == identity)
        .ok_or_else(|| {
            ApiError::not_found(format!(
                "participant {identity:?} is not in room {:?}",
                room.name
            ))
        })?;
    let participant = room.participants.remove(index);
    if room.participants.is_empty() {
        room.empty_since = Some(std::time::Instant::now());
    }
    for track in participant.tracks.iter().flatten() {
        let data = track_data(&room.full_name, identity, track);
        out.push(Event::webhook(
            project_id,
            WebhookData::TrackUnpublished(data),
        ));
    }
    out.push(Event::monitor(
        project_id,
        &room.name,
        MonitorEvent::ParticipantLeft(ParticipantLeft {
            room_name: room.full_name.clone(),
            identity: identity.to_owned(),
            reason: Some(reason.to_owned()),
        }),
    ));
    out.push(Event::webhook(
        project_id,
        WebhookData::ParticipantLeft(ParticipantData {
            room_name: room.full_name.clone(),
            identity: identity.to_owned(),
            name: participant.name,
            reason: Some(reason.to_owned()),
        }),
    ));
    Ok(())
}

/// Closes a room: everyone leaves, recordings stop, the active session ends.
pub(crate) fn close(project: &mut Project, name: &str, out: &mut Vec<Event>) -> ApiResult<()> {
    let identities: Vec<String> = active_room(project, name)?
        .participants
        .iter()
        .map(|p| p.identity.clone())
        .collect();
    for identity in identities {
        leave(project, name, &identity, "room_closed", out)?;
    }
    crate::recordings::stop_all(project, name, out);
    let full_name = project.full_name(name);
    crate::sessions::end_active(project, &full_name, None, None, out);
    let project_id = project.id();
    // Checked active at the top; nothing since reopens or closes it.
    project.active_rooms = project.active_rooms.saturating_sub(1);
    let room = active_room(project, name)?;
    room.status = RoomStatus::Closed;
    out.push(Event::webhook(
        project_id,
        WebhookData::RoomFinished(room_data(room)),
    ));
    out.push(Event::monitor(
        project_id,
        name,
        MonitorEvent::RoomClosed(RoomClosed {
            room_name: full_name,
        }),
    ));
    Ok(())
}

async fn create(
    State(app): State<App>,
    caller: Caller,
    ApiJson(request): ApiJson<CreateRoomRequest>,
) -> ApiResult<Json<CreateRoomResponse>> {
    let room = app.in_project(caller, |project, out| open(project, &request, out))?;
    Ok(Json(CreateRoomResponse {
        success: true,
        room: CreatedRoom {
            name: room.name,
            full_name: room.full_name,
            sid: Some(room.sid),
            empty_timeout: Some(room.empty_timeout),
            max_participants: Some(room.max_participants),
            creation_time: Some(room.created_at),
            metadata: room.metadata,
        },
    }))
}

async fn list(State(app): State<App>, caller: Caller) -> ApiResult<Json<ListRoomsResponse>> {
    let mut store = app.store();
    let project = store.caller(caller)?;
    let rooms = project
        .rooms
        .values()
        .filter(|r| r.is_active())
        .map(Room::summary)
        .collect();
    Ok(Json(ListRoomsResponse { rooms }))
}

fn known_room<'a>(project: &'a mut Project, name: &str) -> ApiResult<&'a mut Room> {
    project
        .rooms
        .get_mut(name)
        .ok_or_else(|| ApiError::not_found(format!("room {name:?} not found")))
}

async fn detail(
    State(app): State<App>,
    caller: Caller,
    ApiPath(room): ApiPath<String>,
) -> ApiResult<Json<RoomDetailResponse>> {
    let mut store = app.store();
    let room = known_room(store.caller(caller)?, &room)?;
    Ok(Json(RoomDetailResponse {
        room: room.detail(),
    }))
}

async fn participants(
    State(app): State<App>,
    caller: Caller,
    ApiPath(room): ApiPath<String>,
) -> ApiResult<Json<ListParticipantsResponse>> {
    let mut store = app.store();
    let room = known_room(store.caller(caller)?, &room)?;
    Ok(Json(ListParticipantsResponse {
        participants: room.participants.clone(),
    }))
}

async fn close_room(
    State(app): State<App>,
    caller: Caller,
    ApiPath(room): ApiPath<String>,
) -> ApiResult<Json<Ack>> {
    app.in_project(caller, |project, out| {
        known_room(project, &room)?;
        close(project, &room, out)
    })?;
    Ok(Json(Ack::with_message("Room closed")))
}

async fn kick(
    State(app): State<App>,
    caller: Caller,
    ApiPath((room, identity)): ApiPath<(String, String)>,
) -> ApiResult<Json<Ack>> {
    app.in_project(caller, |project, out| {
        leave(project, &room, &identity, "kicked", out)
    })?;
    Ok(Json(Ack::with_message(format!(
        "{identity} removed from {room}"
    ))))
}

/// Closes rooms that stayed empty for their `empty_timeout`, as LiveKit does, once a
/// second until the server shuts down.
pub(crate) async fn close_empty_rooms(app: App) {
    loop {
        tokio::select! {
            () = app.shutdown.cancelled() => return,
            () = tokio::time::sleep(std::time::Duration::from_secs(1)) => {}
        }
        let _ = app.transaction(|store, out| {
            let ids: Vec<u64> = store.projects().map(Project::id).collect();
            for id in ids {
                let Some(project) = store.project_mut(id) else {
                    continue;
                };
                let expired: Vec<String> = project
                    .rooms
                    .values()
                    .filter(|room| {
                        room.is_active()
                            && room.empty_since.is_some_and(|since| {
                                since.elapsed()
                                    >= std::time::Duration::from_secs(u64::from(room.empty_timeout))
                            })
                    })
                    .map(|room| room.name.clone())
                    .collect();
                for name in expired {
                    let _ = close(project, &name, out);
                }
            }
            Ok(())
        });
    }
}
