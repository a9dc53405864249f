//! Recordings (reference section 9): egress in rooms, real audio files, ranged downloads.

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Json, Router};
use voxai_types::Ack;
use voxai_types::recordings::{
    ListRecordingsQuery, Recording, RecordingDetailResponse, RecordingFormat, RecordingPage,
    StartRecordingResponse, StopRecordingRequest, StopRecordingResponse,
};

use crate::caller::Caller;
use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiJson, ApiPath, ApiQuery};
use crate::pagination::paginate;
use crate::state::App;

pub(crate) fn routes() -> Router<App> {
    Router::new()
        .route("/rooms/{room}/recordings/start", post(start))
        .route("/rooms/{room}/recordings/stop", post(stop))
        .route("/recordings", get(list))
        .route("/recordings/{recording_id}", get(detail).delete(delete))
        .route("/recordings/{recording_id}/download", get(download))
}

async fn start(
    State(app): State<App>,
    caller: Caller,
    ApiPath(room): ApiPath<String>,
) -> ApiResult<Json<StartRecordingResponse>> {
    let recording = app.in_project(caller, |project, out| project.start_recording(&room, out))?;
    Ok(Json(
        StartRecordingResponse::builder()
            .success(true)
            .recording(recording)
            .build(),
    ))
}

async fn stop(
    State(app): State<App>,
    caller: Caller,
    ApiPath(room): ApiPath<String>,
    ApiJson(request): ApiJson<StopRecordingRequest>,
) -> ApiResult<Json<StopRecordingResponse>> {
    let stopped = app.in_project(caller, |project, out| {
        project.stop_room_recordings(&room, request.egress_id.as_deref(), out)
    })?;
    Ok(Json(
        StopRecordingResponse::builder().recordings(stopped).build(),
    ))
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
            None => project.full_name(r).into(),
        });
    let matching = project
        .recordings
        .values()
        .rev()
        .map(|r| &r.recording)
        .filter(|r| {
            room.as_ref()
                .is_none_or(|room| r.room_name.as_ref().is_some_and(|name| name == room))
        })
        .filter(|r| {
            query
                .status
                .as_ref()
                .is_none_or(|s| r.status.as_ref() == Some(s))
        });
    let (recordings, page_info) =
        paginate(matching, Recording::clone, query.page, query.per_page, 25)?;
    Ok(Json(
        RecordingPage::builder()
            .recordings(recordings)
            .page_info(page_info)
            .build(),
    ))
}

async fn detail(
    State(app): State<App>,
    caller: Caller,
    ApiPath(id): ApiPath<u64>,
) -> ApiResult<Json<RecordingDetailResponse>> {
    Ok(Json(
        RecordingDetailResponse::builder()
            .recording(app.store().recording(caller, id)?.recording.clone())
            .build(),
    ))
}

async fn delete(
    State(app): State<App>,
    caller: Caller,
    ApiPath(id): ApiPath<u64>,
) -> ApiResult<Json<Ack>> {
    app.store().delete_recording(caller, id)?;
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
    let record = app.store().recording(caller, id)?.clone();
    let Some(file) = record.file().cloned() else {
        return Err(ApiError::conflict(format!(
            "recording {id} is still running: stop it to download"
        )));
    };
    let len = file.len() as u64;
    // Strong: the bytes of a recording never change once it is stopped.
    let etag = format!("\"rec-{id}-{len}\"");
    let builder = Response::builder()
        .header(header::ETAG, &etag)
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
    // `If-Range` naming another version asks for the whole file instead of the range.
    let stale = headers
        .get(header::IF_RANGE)
        .is_some_and(|v| v.as_bytes() != etag.as_bytes());
    let range = if stale {
        None
    } else {
        requested_range(&headers, len)
    };
    let response = match range {
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
