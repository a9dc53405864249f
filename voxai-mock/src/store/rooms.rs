//! Rooms as the store keeps them: open, join, leave, close.

use voxai_types::monitor::{
    MonitorEvent, ParticipantJoined, ParticipantLeft, RoomClosed, RoomCreated,
};
use voxai_types::quota::QuotaResource;
use voxai_types::room_names::{FullRoomName, RoomName};
use voxai_types::rooms::{
    CreateRoomRequest, Participant, ParticipantState, RoomDetail, RoomStatus, RoomSummary,
    TrackInfo, TrackSource, TrackType,
};
use voxai_types::webhooks::{ParticipantData, RoomData, TrackData, WebhookData};

use super::{Project, Store};
use crate::clock;
use crate::error::{ApiError, ApiResult};
use crate::events::Event;

/// Seconds an empty room stays open when the request does not say.
const DEFAULT_EMPTY_TIMEOUT: u32 = 300;

/// Longest room name, without prefix.
pub(crate) const MAX_NAME_LEN: usize = 128;

/// Closed rooms a project keeps; the oldest are forgotten past it.
pub const MAX_CLOSED_ROOMS: usize = 1_000;

/// A room as the store keeps it.
#[derive(Debug, Clone)]
pub(crate) struct Room {
    pub(crate) name: RoomName,
    pub(crate) full_name: FullRoomName,
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
    /// When it was opened, to tell the oldest closed rooms apart within a second.
    pub(crate) opened: std::time::Instant,
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
                ApiError::not_found(format!(
                    "participant {identity:?} is not in room \"{room}\""
                ))
            })
    }

    pub(crate) fn summary(&self) -> RoomSummary {
        RoomSummary::builder()
            .name(self.name.clone())
            .full_name(self.full_name.clone())
            .num_participants(self.participants.len() as u32)
            .created_at(self.created_at)
            .build()
    }

    pub(crate) fn detail(&self) -> RoomDetail {
        RoomDetail::builder()
            .name(self.name.clone())
            .full_name(self.full_name.clone())
            .sid(self.sid.clone())
            .status(self.status.clone())
            .num_participants(self.participants.len() as u32)
            .max_participants(self.max_participants)
            .created_at(self.created_at)
            .participants(
                self.participants
                    .iter()
                    .map(|p| {
                        Participant::builder()
                            .identity(p.identity.clone())
                            .maybe_name(p.name.clone())
                            .maybe_joined_at(p.joined_at)
                            .build()
                    })
                    .collect(),
            )
            .build()
    }
}

/// Refuses names LiveKit would not take.
pub(crate) fn validate_room_name(field: &str, name: &str) -> ApiResult<()> {
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

impl Project {
    /// Someone who joins now, speaking on one unmuted microphone track named `track`.
    pub(crate) fn speaking_participant(
        &self,
        identity: String,
        name: String,
        track: &str,
        metadata: Option<String>,
    ) -> Participant {
        Participant::builder()
            .identity(identity)
            .name(name)
            .joined_at(clock::unix(clock::now()))
            .state(ParticipantState::Active)
            .tracks(vec![
                TrackInfo::builder()
                    .sid(self.ids.sid("TR"))
                    .kind(TrackType::Audio)
                    .source(TrackSource::Microphone)
                    .name(track.to_owned())
                    .muted(false)
                    .build(),
            ])
            .maybe_metadata(metadata)
            .build()
    }

    /// Opens a room (checking the rooms quota) and records the events.
    pub(crate) fn open_room(
        &mut self,
        request: &CreateRoomRequest,
        out: &mut Vec<Event>,
    ) -> ApiResult<Room> {
        validate_room_name("name", request.name.as_str())?;
        if self
            .rooms
            .get(request.name.as_str())
            .is_some_and(Room::is_active)
        {
            return Err(ApiError::conflict(format!(
                "room \"{}\" already exists",
                request.name
            )));
        }
        self.check_quota(QuotaResource::Rooms)?;
        let now = clock::now();
        let room = Room {
            name: request.name.clone(),
            full_name: self.full_name(request.name.as_str()),
            sid: self.ids.sid("RM"),
            status: RoomStatus::Active,
            empty_timeout: request.empty_timeout.unwrap_or(DEFAULT_EMPTY_TIMEOUT),
            max_participants: request.max_participants.unwrap_or(0),
            metadata: request.metadata.clone(),
            created_at: clock::unix(now),
            participants: Vec::new(),
            empty_since: Some(std::time::Instant::now()),
            opened: std::time::Instant::now(),
        };
        self.rooms.insert(room.name.clone(), room.clone());
        self.active_rooms += 1;
        let id = self.id();
        out.push(Event::monitor(
            id,
            room.name.as_str(),
            MonitorEvent::RoomCreated(
                RoomCreated::builder()
                    .room_name(room.full_name.clone())
                    .created_at(voxai_types::Timestamp::from_unix(room.created_at))
                    .build(),
            ),
        ));
        out.push(Event::webhook(
            id,
            WebhookData::RoomStarted(room_data(&room)),
        ));
        Ok(room)
    }

    /// The active room `name`, or why not.
    pub(crate) fn active_room(&mut self, name: &str) -> ApiResult<&mut Room> {
        match self.rooms.get_mut(name) {
            Some(room) if room.is_active() => Ok(room),
            Some(_) => Err(ApiError::conflict(format!("room \"{name}\" is closed"))),
            None => Err(ApiError::not_found(format!("room \"{name}\" not found"))),
        }
    }

    pub(crate) fn known_room(&mut self, name: &str) -> ApiResult<&mut Room> {
        self.rooms
            .get_mut(name)
            .ok_or_else(|| ApiError::not_found(format!("room \"{name}\" not found")))
    }

    /// The active room `name`, opening it if needed (as LiveKit does when someone joins).
    pub(crate) fn ensure_room_open(
        &mut self,
        name: &str,
        out: &mut Vec<Event>,
    ) -> ApiResult<&mut Room> {
        if !self.rooms.get(name).is_some_and(Room::is_active) {
            self.open_room(&CreateRoomRequest::new(name), out)?;
        }
        self.active_room(name)
    }

    /// Puts a participant in a room and records the events.
    pub(crate) fn join(
        &mut self,
        room: &str,
        participant: Participant,
        out: &mut Vec<Event>,
    ) -> ApiResult<()> {
        let project_id = self.id();
        let room = self.active_room(room)?;
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
            room.name.as_str(),
            MonitorEvent::ParticipantJoined(
                ParticipantJoined::builder()
                    .room_name(room.full_name.clone())
                    .identity(participant.identity.clone())
                    .maybe_name(participant.name.clone())
                    .maybe_joined_at(participant.joined_at.map(voxai_types::Timestamp::from_unix))
                    .build(),
            ),
        ));
        out.push(Event::webhook(
            project_id,
            WebhookData::ParticipantJoined(
                ParticipantData::builder()
                    .room_name(room.full_name.clone())
                    .identity(participant.identity.clone())
                    .maybe_name(participant.name.clone())
                    .build(),
            ),
        ));
        for track in participant.tracks.iter().flatten() {
            let data = track_data(room.full_name.as_str(), &participant.identity, track);
            out.push(Event::webhook(
                project_id,
                WebhookData::TrackPublished(data),
            ));
        }
        room.participants.push(participant);
        room.empty_since = None;
        Ok(())
    }

    /// Takes a participant out of a room and records the events.
    pub(crate) fn leave(
        &mut self,
        room: &str,
        identity: &str,
        reason: &str,
        out: &mut Vec<Event>,
    ) -> ApiResult<()> {
        let project_id = self.id();
        let room = self.active_room(room)?;
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
            let data = track_data(room.full_name.as_str(), identity, track);
            out.push(Event::webhook(
                project_id,
                WebhookData::TrackUnpublished(data),
            ));
        }
        out.push(Event::monitor(
            project_id,
            room.name.as_str(),
            MonitorEvent::ParticipantLeft(
                ParticipantLeft::builder()
                    .room_name(room.full_name.clone())
                    .identity(identity.to_owned())
                    .reason(reason.to_owned())
                    .build(),
            ),
        ));
        out.push(Event::webhook(
            project_id,
            WebhookData::ParticipantLeft(
                ParticipantData::builder()
                    .room_name(room.full_name.clone())
                    .identity(identity.to_owned())
                    .maybe_name(participant.name)
                    .reason(reason.to_owned())
                    .build(),
            ),
        ));
        Ok(())
    }

    /// Closes a room: everyone leaves, recordings stop, the active session ends.
    pub(crate) fn close_room(&mut self, name: &str, out: &mut Vec<Event>) -> ApiResult<()> {
        let identities: Vec<String> = self
            .active_room(name)?
            .participants
            .iter()
            .map(|p| p.identity.clone())
            .collect();
        for identity in identities {
            self.leave(name, &identity, "room_closed", out)?;
        }
        self.stop_recordings(name, out);
        let full_name = self.full_name(name);
        self.end_active_session(full_name.as_str(), None, None, out);
        let project_id = self.id();
        // Checked active at the top; nothing since reopens or closes it.
        self.active_rooms = self.active_rooms.saturating_sub(1);
        let room = self.active_room(name)?;
        room.status = RoomStatus::Closed;
        out.push(Event::webhook(
            project_id,
            WebhookData::RoomFinished(room_data(room)),
        ));
        self.forget_old_closed_rooms();
        out.push(Event::monitor(
            project_id,
            name,
            MonitorEvent::RoomClosed(RoomClosed::builder().room_name(full_name).build()),
        ));
        Ok(())
    }
}

impl Project {
    /// Keeps the newest [`MAX_CLOSED_ROOMS`] closed rooms (their details stay readable);
    /// older ones are forgotten, so closed rooms cannot pile up without bound.
    fn forget_old_closed_rooms(&mut self) {
        let closed = self.rooms.values().filter(|r| !r.is_active()).count();
        if closed <= MAX_CLOSED_ROOMS {
            return;
        }
        let oldest = self
            .rooms
            .values()
            .filter(|r| !r.is_active())
            .min_by_key(|r| r.opened)
            .map(|r| r.name.clone());
        if let Some(name) = oldest {
            self.rooms.remove(&name);
        }
    }
}

impl Store {
    /// Closes rooms that stayed empty for their `empty_timeout`, as LiveKit does.
    pub(crate) fn close_expired_rooms(&mut self, out: &mut Vec<Event>) {
        for project in self.projects.values_mut() {
            let expired: Vec<RoomName> = project
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
                let _ = project.close_room(name.as_str(), out);
            }
        }
    }
}

fn track_data(room: &str, identity: &str, track: &TrackInfo) -> TrackData {
    TrackData::builder()
        .room_name(room.to_owned())
        .identity(identity.to_owned())
        .track_sid(track.sid.clone())
        .maybe_kind(track.kind.clone())
        .maybe_source(track.source.clone())
        .build()
}

fn room_data(room: &Room) -> RoomData {
    RoomData::builder()
        .room_name(room.full_name.clone())
        .room_sid(room.sid.clone())
        .build()
}
