use serde_json::json;
use voxai_sdk::types::recordings::{RecordingFormat, RecordingStatus};
use wiremock::matchers::{body_json, header, query_param};
use wiremock::{Request, ResponseTemplate};

use crate::common::{api, fixture, ok, setup};

fn recording(status: &str) -> serde_json::Value {
    json!({"id": 7, "egress_id": "EG_abc123", "room_name": "proj_my-room", "format": "ogg",
           "status": status, "started_at": "2026-03-31T10:00:00Z", "ended_at": "2026-03-31T10:01:00Z",
           "duration": 60, "file_size": 4096})
}

#[tokio::test]
async fn start_recording() {
    let (server, client) = setup().await;
    api("POST", "/rooms/my-room/recordings/start")
        .respond_with(ok(fixture("recordings_start.json")))
        .expect(1)
        .mount(&server)
        .await;
    let rec = client
        .recordings()
        .start("my-room")
        .await
        .unwrap()
        .recording;
    assert_eq!(rec.id, 7);
    assert_eq!(rec.egress_id, "EG_abc123");
    assert_eq!(rec.room_name, Some("proj_my-room".into()));
    assert_eq!(rec.format, Some(RecordingFormat::Ogg));
    assert_eq!(rec.status, Some(RecordingStatus::Recording));
}

#[tokio::test]
async fn stop_one_egress_or_all() {
    let (server, client) = setup().await;
    api("POST", "/rooms/my-room/recordings/stop")
        .and(body_json(json!({"egress_id": "EG_abc123"})))
        .respond_with(ok(
            json!({"success": true, "recordings": [recording("completed")]}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    api("POST", "/rooms/my-room/recordings/stop")
        .and(body_json(json!({})))
        .respond_with(ok(json!({"success": true, "recordings": []})))
        .expect(1)
        .mount(&server)
        .await;
    let stopped = client
        .recordings()
        .stop("my-room", Some("EG_abc123"))
        .await
        .unwrap();
    assert_eq!(
        stopped.recordings.as_ref().unwrap()[0].status,
        Some(RecordingStatus::Completed)
    );
    assert_eq!(
        stopped.recordings.as_ref().unwrap()[0].file_size,
        Some(4096)
    );
    let none = client.recordings().stop("my-room", None).await.unwrap();
    assert!(none.recordings.as_ref().unwrap().is_empty());
}

#[tokio::test]
async fn list_recordings_with_filters() {
    let (server, client) = setup().await;
    api("GET", "/recordings")
        .and(query_param("status", "completed"))
        .and(query_param("room_name", "proj_my-room"))
        .respond_with(ok(json!({"recordings": [recording("completed")], "total": 1, "page": 1, "per_page": 25, "total_pages": 1})))
        .expect(1)
        .mount(&server)
        .await;
    let page = client
        .recordings()
        .list()
        .status(RecordingStatus::Completed)
        .room("proj_my-room")
        .await
        .unwrap();
    assert_eq!(page.page_info.per_page, Some(25));
    assert_eq!(page.recordings[0].duration, Some(60.0));
}

#[tokio::test]
async fn recording_detail() {
    let (server, client) = setup().await;
    api("GET", "/recordings/7")
        .respond_with(ok(json!({"recording": recording("completed")})))
        .expect(1)
        .mount(&server)
        .await;
    let rec = client.recordings().get(7).await.unwrap().recording;
    assert_eq!(
        rec.ended_at.as_ref().map(voxai_types::Timestamp::as_str),
        Some("2026-03-31T10:01:00Z")
    );
    assert_eq!(rec.file_size, Some(4096));
}

#[tokio::test]
async fn delete_recording() {
    let (server, client) = setup().await;
    api("DELETE", "/recordings/7")
        .respond_with(ok(json!({"success": true})))
        .expect(1)
        .mount(&server)
        .await;
    assert!(client.recordings().delete(7).await.unwrap().success);
}

/// Serves `audio` honouring `Range: bytes=N-` like the service does.
fn ranged(audio: &'static [u8]) -> impl Fn(&Request) -> ResponseTemplate + Send + Sync + 'static {
    move |request: &Request| {
        let range = request.headers.get("range").and_then(|v| v.to_str().ok());
        match range
            .and_then(|r| r.strip_prefix("bytes="))
            .and_then(|r| r.strip_suffix('-'))
        {
            Some(start) => {
                let start: usize = start.parse().unwrap();
                if start >= audio.len() {
                    return ResponseTemplate::new(416).insert_header(
                        "content-range",
                        format!("bytes */{}", audio.len()).as_str(),
                    );
                }
                ResponseTemplate::new(206)
                    .set_body_raw(&audio[start..], "audio/ogg")
                    .insert_header(
                        "content-range",
                        format!("bytes {start}-{}/{}", audio.len() - 1, audio.len()).as_str(),
                    )
            }
            None => ResponseTemplate::new(200).set_body_raw(audio, "audio/ogg"),
        }
    }
}

const AUDIO: &[u8] = b"OggS\x00\x02fake-but-byte-exact-audio-payload-0123456789";

#[tokio::test]
async fn download_streams_to_a_writer_with_progress() {
    let (server, client) = setup().await;
    api("GET", "/recordings/7/download")
        .respond_with(ranged(AUDIO))
        .expect(1)
        .mount(&server)
        .await;
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let sink = seen.clone();
    let mut out = Vec::new();
    let info = client
        .recordings()
        .download(7)
        .on_progress(move |p| sink.lock().unwrap().push((p.bytes, p.total)))
        .to_writer(&mut out)
        .await
        .unwrap();
    assert_eq!(out, AUDIO);
    assert_eq!(info.content_type.as_deref(), Some("audio/ogg"));
    assert_eq!(info.bytes_written, AUDIO.len() as u64);
    assert_eq!(info.total_size, Some(AUDIO.len() as u64));
    let last = *seen.lock().unwrap().last().unwrap();
    assert_eq!(last, (AUDIO.len() as u64, Some(AUDIO.len() as u64)));
}

#[tokio::test]
async fn download_resumes_a_partial_file_with_range() {
    let (server, client) = setup().await;
    api("GET", "/recordings/7/download")
        .and(header("range", "bytes=10-"))
        .and(header("if-range", "\"v1\""))
        .respond_with(ranged(AUDIO))
        .expect(1)
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rec.ogg");
    // What an interrupted download leaves: its part file and the recording's ETag.
    std::fs::write(dir.path().join("rec.ogg.part"), &AUDIO[..10]).unwrap();
    std::fs::write(dir.path().join("rec.ogg.part.etag"), "\"v1\"").unwrap();
    let info = client
        .recordings()
        .download(7)
        .to_file(&file)
        .await
        .unwrap();
    assert_eq!(info.offset, 10);
    assert_eq!(info.bytes_written, (AUDIO.len() - 10) as u64);
    assert_eq!(std::fs::read(&file).unwrap(), AUDIO);
}

#[tokio::test]
async fn download_of_a_complete_file_writes_nothing() {
    let (server, client) = setup().await;
    api("GET", "/recordings/7/download")
        .respond_with(ranged(AUDIO))
        .expect(1)
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rec.ogg");
    // A part file complete but not yet renamed.
    std::fs::write(dir.path().join("rec.ogg.part"), AUDIO).unwrap();
    let info = client
        .recordings()
        .download(7)
        .to_file(&file)
        .await
        .unwrap();
    assert_eq!(info.bytes_written, 0);
    assert_eq!(std::fs::read(&file).unwrap(), AUDIO);
}

#[tokio::test]
async fn download_restarts_when_the_server_ignores_range() {
    let (server, client) = setup().await;
    api("GET", "/recordings/7/download")
        .respond_with(ResponseTemplate::new(200).set_body_raw(AUDIO, "audio/ogg"))
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rec.ogg");
    std::fs::write(dir.path().join("rec.ogg.part"), b"0123456789").unwrap();
    let info = client
        .recordings()
        .download(7)
        .to_file(&file)
        .await
        .unwrap();
    assert_eq!(info.offset, 0);
    assert_eq!(std::fs::read(&file).unwrap(), AUDIO);
    // A writer cannot rewind: the bytes before the offset are dropped instead.
    let mut out = Vec::new();
    client
        .recordings()
        .download(7)
        .resume_from(10)
        .to_writer(&mut out)
        .await
        .unwrap();
    assert_eq!(out, &AUDIO[10..]);
}
