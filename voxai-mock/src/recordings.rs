//! Recordings (reference section 9): egress in rooms, real audio files, ranged downloads.

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Json, Router};
use bytes::Bytes;
use time::OffsetDateTime;
use voxai_types::Ack;
use voxai_types::monitor::{MonitorEvent, RecordingStatusChanged};
use voxai_types::recordings::{
    ListRecordingsQuery, Recording, RecordingDetailResponse, RecordingFormat, RecordingPage,
    RecordingStatus, StartRecordingResponse, StopRecordingRequest, StopRecordingResponse,
};
use voxai_types::webhooks::{EgressData, RecordingData, WebhookData};

use crate::error::{ApiError, ApiResult};
use crate::events::Event;
use crate::extract::{ApiJson, ApiPath, ApiQuery};
use crate::gate::Caller;
use crate::pagination::paginate;
use crate::state::App;
use crate::store::{IdKind, Project};
use crate::{audio, clock, quota, rooms};

pub(crate) fn routes() -> Router<App> {
    Router::new()
        .route("/rooms/{room}/recordings/start", post(start))
        .route("/rooms/{room}/recordings/stop", post(stop))
        .route("/recordings", get(list))
        .route("/recordings/{recording_id}", get(detail).delete(delete))
        .route("/recordings/{recording_id}/download", get(download))
}

/// A recording with its file once stopped.
#[derive(Debug, Clone)]
pub(crate) struct RecordingRecord {
    pub(crate) recording: Recording,
    started: OffsetDateTime,
    file: Option<Bytes>,
}

/// Adds a completed recording whose file is `bytes` zero bytes (not audio: for download
/// load tests), without events; its id.
pub(crate) fn seed(project: &mut Project, bytes: usize) -> u64 {
    let now = clock::now();
    let recording = Recording {
        id: project.ids.next(IdKind::Recording).into(),
        egress_id: project.ids.sid("EG"),
        room_name: Some(project.full_name("seeded")),
        format: Some(project.fixture.recording_format.clone()),
        status: Some(RecordingStatus::Completed),
        started_at: Some(clock::stamp(now)),
        ended_at: Some(clock::stamp(now)),
        duration: Some(0.0),
        file_size: Some(bytes as u64),
    };
    let id = recording.id;
    project.recordings.insert(
        id.into(),
        RecordingRecord {
            recording,
            started: now,
            file: Some(Bytes::from(vec![0u8; bytes])),
        },
    );
    id.into()
}

fn status_event(project_id: u64, room: &str, recording: &Recording) -> Event {
    Event::monitor(
        project_id,
        room,
        MonitorEvent::RecordingStatus(RecordingStatusChanged {
            room_name: recording.room_name.clone().unwrap_or_default(),
            recording_id: recording.id,
            status: recording.status.clone(),
        }),
    )
}

fn recording_data(recording: &Recording) -> RecordingData {
    RecordingData {
        recording_id: recording.id,
        egress_id: recording.egress_id.clone(),
        room_name: recording.room_name.clone().unwrap_or_default(),
        duration: recording.duration,
    }
}

fn egress_data(recording: &Recording) -> EgressData {
    EgressData {
        egress_id: recording.egress_id.clone(),
        room_name: recording.room_name.clone().unwrap_or_default(),
        file_size: recording.file_size,
    }
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

/// Stops the room's recordings (all, or the one egress); what was stopped.
fn stop_matching(
    project: &mut Project,
    room: &str,
    egress_id: Option<&str>,
    out: &mut Vec<Event>,
) -> ApiResult<Vec<Recording>> {
    let project_id = project.id();
    let full = project.full_name(room);
    let mut stopped = Vec::new();
    for record in project.recordings.values_mut() {
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
pub(crate) fn stop_all(project: &mut Project, room: &str, out: &mut Vec<Event>) {
    // A file that cannot be made leaves the recording in `recording`; closing goes on.
    let _ = stop_matching(project, room, None, out);
}

async fn start(
    State(app): State<App>,
    caller: Caller,
    ApiPath(room): ApiPath<String>,
) -> ApiResult<Json<StartRecordingResponse>> {
    let recording = app.in_project(caller, |project, out| {
        let full = rooms::active_room(project, &room)?.full_name.clone();
        if project.recordings.values().any(|r| {
            r.recording.room_name.as_ref() == Some(&full)
                && r.recording.status == Some(RecordingStatus::Recording)
        }) {
            return Err(ApiError::conflict(format!(
                "room {room:?} is already being recorded"
            )));
        }
        quota::check(project, quota::RECORDINGS)?;
        let now = clock::now();
        let recording = Recording {
            id: project.ids.next(IdKind::Recording).into(),
            egress_id: project.ids.sid("EG"),
            room_name: Some(full),
            format: Some(project.fixture.recording_format.clone()),
            status: Some(RecordingStatus::Recording),
            started_at: Some(clock::stamp(now)),
            ended_at: None,
            duration: None,
            file_size: None,
        };
        project.recordings.insert(
            recording.id.into(),
            RecordingRecord {
                recording: recording.clone(),
                started: now,
                file: None,
            },
        );
        let id = project.id();
        out.push(status_event(id, &room, &recording));
        out.push(Event::webhook(
            id,
            WebhookData::RecordingStarted(recording_data(&recording)),
        ));
        out.push(Event::webhook(
            id,
            WebhookData::EgressStarted(egress_data(&recording)),
        ));
        Ok(recording)
    })?;
    Ok(Json(StartRecordingResponse {
        success: true,
        recording,
    }))
}

async fn stop(
    State(app): State<App>,
    caller: Caller,
    ApiPath(room): ApiPath<String>,
    ApiJson(request): ApiJson<StopRecordingRequest>,
) -> ApiResult<Json<StopRecordingResponse>> {
    let stopped = app.in_project(caller, |project, out| {
        if !project.rooms.contains_key(&room) {
            return Err(ApiError::not_found(format!("room {room:?} not found")));
        }
        let stopped = stop_matching(project, &room, request.egress_id.as_deref(), out)?;
        if stopped.is_empty() {
            return Err(ApiError::not_found(match &request.egress_id {
                Some(egress) => format!("no active recording {egress:?} in room {room:?}"),
                None => format!("room {room:?} has no active recording"),
            }));
        }
        Ok(stopped)
    })?;
    Ok(Json(StopRecordingResponse {
        recordings: Some(stopped),
        ..StopRecordingResponse::ok()
    }))
}

async fn list(
    State(app): State<App>,
    caller: Caller,
    ApiQuery(query): ApiQuery<ListRecordingsQuery>,
) -> ApiResult<Json<RecordingPage>> {
    crate::extract::known("status", query.status.as_ref())?;
    let mut store = app.store();
    let project = store.caller(caller)?;
    let room = query
        .room_name
        .as_deref()
        .map(|r| match project.short_name(r) {
            Some(_) => r.to_owned(),
            None => project.full_name(r),
        });
    let matching = project
        .recordings
        .values()
        .rev()
        .map(|r| &r.recording)
        .filter(|r| {
            room.as_ref()
                .is_none_or(|room| r.room_name.as_ref() == Some(room))
        })
        .filter(|r| {
            query
                .status
                .as_ref()
                .is_none_or(|s| r.status.as_ref() == Some(s))
        });
    let (recordings, page_info) =
        paginate(matching, Recording::clone, query.page, query.per_page, 25)?;
    Ok(Json(RecordingPage {
        recordings,
        page_info,
    }))
}

fn find(app: &App, caller: Caller, id: u64) -> ApiResult<RecordingRecord> {
    let mut store = app.store();
    match store.caller(caller)?.recordings.get(&id) {
        Some(record) => Ok(record.clone()),
        None => Err(store.not_here("recording", id, |p| p.recordings.contains_key(&id))),
    }
}

async fn detail(
    State(app): State<App>,
    caller: Caller,
    ApiPath(id): ApiPath<u64>,
) -> ApiResult<Json<RecordingDetailResponse>> {
    Ok(Json(RecordingDetailResponse {
        recording: find(&app, caller, id)?.recording,
    }))
}

async fn delete(
    State(app): State<App>,
    caller: Caller,
    ApiPath(id): ApiPath<u64>,
) -> ApiResult<Json<Ack>> {
    let record = find(&app, caller, id)?;
    if record.recording.status == Some(RecordingStatus::Recording) {
        return Err(ApiError::conflict(format!(
            "recording {id} is still running: stop it first"
        )));
    }
    app.store().caller(caller)?.recordings.remove(&id);
    Ok(Json(Ack::with_message("Recording deleted")))
}

/// The byte range a `Range` header asks for, within `len` bytes. `None`: serve it all
/// (no header, several ranges or a malformed one, as RFC 9110 allows). `Some(Err)`:
/// not satisfiable.
fn requested_range(headers: &HeaderMap, len: u64) -> Option<Result<(u64, u64), ()>> {
    let spec = headers
        .get(header::RANGE)?
        .to_str()
        .ok()?
        .trim()
        .strip_prefix("bytes=")?;
    if spec.contains(',') {
        return None;
    }
    let (start, end) = spec.split_once('-')?;
    let (start, end) = (start.trim(), end.trim());
    let range = match (start.is_empty(), end.is_empty()) {
        (true, false) => {
            let suffix: u64 = end.parse().ok()?;
            if suffix == 0 || len == 0 {
                return Some(Err(()));
            }
            (len.saturating_sub(suffix), len - 1)
        }
        (false, _) => {
            let start: u64 = start.parse().ok()?;
            let end = if end.is_empty() {
                len.saturating_sub(1)
            } else {
                end.parse::<u64>().ok()?.min(len.saturating_sub(1))
            };
            if start >= len || end < start {
                return Some(Err(()));
            }
            (start, end)
        }
        (true, true) => return None,
    };
    Some(Ok(range))
}

async fn download(
    State(app): State<App>,
    caller: Caller,
    ApiPath(id): ApiPath<u64>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let record = find(&app, caller, id)?;
    let Some(file) = record.file else {
        return Err(ApiError::conflict(format!(
            "recording {id} is still running: stop it to download"
        )));
    };
    let len = file.len() as u64;
    let builder = Response::builder()
        .header(
            header::CONTENT_TYPE,
            record
                .recording
                .format
                .as_ref()
                .map_or("application/octet-stream", RecordingFormat::content_type),
        )
        .header(header::ACCEPT_RANGES, "bytes")
        .header(
            header::CONTENT_DISPOSITION,
            format!(
                "attachment; filename=\"recording-{id}.{}\"",
                record
                    .recording
                    .format
                    .as_ref()
                    .map_or("bin", RecordingFormat::extension)
            ),
        );
    let response = match requested_range(&headers, len) {
        None => builder.status(StatusCode::OK).body(Body::from(file)),
        Some(Ok((start, end))) => builder
            .status(StatusCode::PARTIAL_CONTENT)
            .header(header::CONTENT_RANGE, format!("bytes {start}-{end}/{len}"))
            .body(Body::from(file.slice(start as usize..=end as usize))),
        Some(Err(())) => {
            let error = ApiError::new(
                StatusCode::RANGE_NOT_SATISFIABLE,
                voxai_types::ErrorCode::InvalidRequest,
                format!("range not satisfiable: the recording has {len} bytes"),
            );
            let mut response = axum::response::IntoResponse::into_response(error);
            if let Ok(value) = header::HeaderValue::from_str(&format!("bytes */{len}")) {
                response.headers_mut().insert(header::CONTENT_RANGE, value);
            }
            return Ok(response);
        }
    };
    response.map_err(|e| ApiError::internal(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(value: &str, len: u64) -> Option<Result<(u64, u64), ()>> {
        let mut headers = HeaderMap::new();
        headers.insert(header::RANGE, value.parse().unwrap());
        requested_range(&headers, len)
    }

    #[test]
    fn ranges() {
        assert_eq!(range("bytes=0-9", 100), Some(Ok((0, 9))));
        assert_eq!(range("bytes=90-", 100), Some(Ok((90, 99))));
        assert_eq!(range("bytes=-10", 100), Some(Ok((90, 99))));
        assert_eq!(range("bytes=95-200", 100), Some(Ok((95, 99))));
        assert_eq!(range("bytes=100-", 100), Some(Err(())));
        assert_eq!(range("bytes=5-1", 100), Some(Err(())));
        assert_eq!(range("bytes=0-1,5-6", 100), None);
        assert_eq!(range("items=0-1", 100), None);
        assert_eq!(range("bytes=x-", 100), None);
    }
}
