//! Recordings as the store keeps them: started, stopped into a real audio file.

use bytes::Bytes;
use time::OffsetDateTime;
use voxai_types::monitor::{MonitorEvent, RecordingStatusChanged};
use voxai_types::quota::QuotaResource;
use voxai_types::recordings::{Recording, RecordingFormat, RecordingStatus};
use voxai_types::webhooks::{EgressData, RecordingData, WebhookData};

use super::{IdKind, Project, Store};
use crate::caller::Caller;
use crate::error::{ApiError, ApiResult};
use crate::events::Event;
use crate::{audio, clock};

/// A recording with its file once stopped.
#[derive(Debug, Clone)]
pub(crate) struct RecordingRecord {
    pub(crate) recording: Recording,
    started: OffsetDateTime,
    file: Option<Bytes>,
}

impl Project {
    /// Starts recording an active room, unless it is already being recorded.
    pub(crate) fn start_recording(
        &mut self,
        room: &str,
        out: &mut Vec<Event>,
    ) -> ApiResult<Recording> {
        let full = self.active_room(room)?.full_name.clone();
        if self.recordings.values().any(|r| {
            r.recording.room_name.as_ref() == Some(&full)
                && r.recording.status == Some(RecordingStatus::Recording)
        }) {
            return Err(ApiError::conflict(format!(
                "room \"{room}\" is already being recorded"
            )));
        }
        self.check_quota(QuotaResource::Recordings)?;
        let now = clock::now();
        let recording = Recording::builder()
            .id(self.ids.next(IdKind::Recording).into())
            .egress_id(self.ids.sid("EG"))
            .room_name(full)
            .format(self.fixture.recording_format.clone())
            .status(RecordingStatus::Recording)
            .started_at(clock::stamp(now))
            .build();
        self.recordings.insert(
            recording.id.into(),
            RecordingRecord {
                recording: recording.clone(),
                started: now,
                file: None,
            },
        );
        let id = self.id();
        out.push(status_event(id, room, &recording));
        out.push(Event::webhook(
            id,
            WebhookData::RecordingStarted(recording_data(&recording)),
        ));
        out.push(Event::webhook(
            id,
            WebhookData::EgressStarted(egress_data(&recording)),
        ));
        Ok(recording)
    }

    /// Stops the room's recordings (all, or the one egress): 404 when none was running.
    pub(crate) fn stop_room_recordings(
        &mut self,
        room: &str,
        egress_id: Option<&str>,
        out: &mut Vec<Event>,
    ) -> ApiResult<Vec<Recording>> {
        if !self.rooms.contains_key(room) {
            return Err(ApiError::not_found(format!("room \"{room}\" not found")));
        }
        let stopped = self.stop_recordings_matching(room, egress_id, out)?;
        if stopped.is_empty() {
            return Err(ApiError::not_found(match egress_id {
                Some(egress) => format!("no active recording {egress:?} in room \"{room}\""),
                None => format!("room \"{room}\" has no active recording"),
            }));
        }
        Ok(stopped)
    }

    /// Adds a completed recording whose file is `bytes` zero bytes (not audio: for download
    /// load tests), without events; its id.
    pub(crate) fn seed_recording(&mut self, bytes: usize) -> u64 {
        let now = clock::now();
        let recording = Recording::builder()
            .id(self.ids.next(IdKind::Recording).into())
            .egress_id(self.ids.sid("EG"))
            .room_name(self.full_name("seeded"))
            .format(self.fixture.recording_format.clone())
            .status(RecordingStatus::Completed)
            .started_at(clock::stamp(now))
            .ended_at(clock::stamp(now))
            .duration(0.0)
            .file_size(bytes as u64)
            .build();
        let id = recording.id;
        self.recordings.insert(
            id.into(),
            RecordingRecord {
                recording,
                started: now,
                file: Some(Bytes::from(vec![0u8; bytes])),
            },
        );
        id.into()
    }

    /// Stops the room's recordings (all, or the one egress); what was stopped.
    pub(crate) fn stop_recordings_matching(
        &mut self,
        room: &str,
        egress_id: Option<&str>,
        out: &mut Vec<Event>,
    ) -> ApiResult<Vec<Recording>> {
        let project_id = self.id();
        let full = self.full_name(room);
        let mut stopped = Vec::new();
        for record in self.recordings.values_mut() {
            let rec = &record.recording;
            let matches = rec.room_name.as_ref() == Some(&full)
                && rec.status == Some(RecordingStatus::Recording)
                && egress_id.is_none_or(|e| rec.egress_id == e);
            if matches {
                finish(project_id, room, record, out).map_err(ApiError::internal)?;
                stopped.push(record.recording.clone());
            }
        }
        Ok(stopped)
    }

    /// Stops every recording of a closing room.
    pub(crate) fn stop_recordings(&mut self, room: &str, out: &mut Vec<Event>) {
        // A file that cannot be made leaves the recording in `recording`; closing goes on.
        let _ = self.stop_recordings_matching(room, None, out);
    }
}

fn status_event(project_id: u64, room: &str, recording: &Recording) -> Event {
    Event::monitor(
        project_id,
        room,
        MonitorEvent::RecordingStatus(
            RecordingStatusChanged::builder()
                .room_name(recording.room_name.clone().unwrap_or_default())
                .recording_id(recording.id)
                .maybe_status(recording.status.clone())
                .build(),
        ),
    )
}

fn recording_data(recording: &Recording) -> RecordingData {
    RecordingData::builder()
        .recording_id(recording.id)
        .egress_id(recording.egress_id.clone())
        .room_name(recording.room_name.clone().unwrap_or_default())
        .maybe_duration(recording.duration)
        .build()
}

fn egress_data(recording: &Recording) -> EgressData {
    EgressData::builder()
        .egress_id(recording.egress_id.clone())
        .room_name(recording.room_name.clone().unwrap_or_default())
        .maybe_file_size(recording.file_size)
        .build()
}

/// Stops one recording: makes its file, records the events.
fn finish(
    project_id: u64,
    room: &str,
    record: &mut RecordingRecord,
    out: &mut Vec<Event>,
) -> Result<(), String> {
    let now = clock::now();
    let seconds = u64::try_from((now - record.started).whole_seconds())
        .unwrap_or(0)
        .max(1);
    let file = match record.recording.format {
        Some(RecordingFormat::Wav) => audio::wav(seconds)?,
        _ => audio::ogg_opus(seconds)?,
    };
    let rec = &mut record.recording;
    rec.status = Some(RecordingStatus::Completed);
    rec.ended_at = Some(clock::stamp(now));
    rec.duration = Some(seconds as f64);
    rec.file_size = Some(file.len() as u64);
    record.file = Some(Bytes::from(file));
    out.push(status_event(project_id, room, rec));
    out.push(Event::webhook(
        project_id,
        WebhookData::RecordingStopped(recording_data(rec)),
    ));
    out.push(Event::webhook(
        project_id,
        WebhookData::EgressEnded(egress_data(rec)),
    ));
    Ok(())
}

impl RecordingRecord {
    /// The audio file, once the recording has stopped.
    pub(crate) fn file(&self) -> Option<&Bytes> {
        self.file.as_ref()
    }
}

impl Store {
    /// The caller's recording `id`, or 403/404.
    pub(crate) fn recording(&mut self, caller: Caller, id: u64) -> ApiResult<&mut RecordingRecord> {
        if !self.caller(caller)?.recordings.contains_key(&id) {
            return Err(self.not_here("recording", id, |p| p.recordings.contains_key(&id)));
        }
        self.caller(caller)?
            .recordings
            .get_mut(&id)
            .ok_or_else(|| ApiError::not_found(format!("recording {id} not found")))
    }

    /// Deletes the caller's recording `id`, unless it is still running.
    pub(crate) fn delete_recording(&mut self, caller: Caller, id: u64) -> ApiResult<()> {
        if self.recording(caller, id)?.recording.status == Some(RecordingStatus::Recording) {
            return Err(ApiError::conflict(format!(
                "recording {id} is still running: stop it first"
            )));
        }
        self.caller(caller)?.recordings.remove(&id);
        Ok(())
    }
}
