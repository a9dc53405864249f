use std::process::Command;

use futures::TryStreamExt;
use voxai_mock::control_plane::Seed;
use voxai_mock::keys;
use voxai_sdk::types::ErrorCode;
use voxai_sdk::types::recordings::{RecordingFormat, RecordingStatus};

use crate::target::{Target, assert_api_error, assert_error};

/// ffprobe must read the file as audio of a second or more (skipped where ffprobe is
/// missing; `.ci/run` installs it).
fn assert_decodes(bytes: &[u8], kind: &str) {
    if Command::new("ffprobe").arg("-version").output().is_err() {
        eprintln!("ffprobe not installed: decoding not checked");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("recording.{kind}"));
    std::fs::write(&path, bytes).unwrap();
    let output = Command::new("ffprobe")
        .args([
            "-v",
            "error",
            "-show_entries",
            "stream=codec_type,codec_name:format=duration",
            "-of",
            "default=nw=1",
        ])
        .arg(&path)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "ffprobe cannot read it: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(report.contains("codec_type=audio"), "{report}");
    let seconds: f64 = report
        .lines()
        .find_map(|l| l.strip_prefix("duration="))
        .and_then(|d| d.parse().ok())
        .unwrap_or(0.0);
    assert!(seconds >= 0.9, "{seconds} s of audio: {report}");
}

#[tokio::test]
#[cfg_attr(
    all(deployment, not(billable)),
    ignore = "starts a recording: set VOXAI_CONFORMANCE_BILLABLE=1 to run it against a deployment"
)]
async fn a_recording_is_started_stopped_downloaded_and_deleted() {
    let target = Target::start().await;
    let client = target.client();
    let room = target.create_room("recorded").await.room;
    let recorded = room.name.as_str();
    let started = client.recordings().start(recorded).await.unwrap().recording;
    target.recording_started(started.id);
    assert_eq!(
        (started.room_name.as_ref(), started.status.clone()),
        (Some(&room.full_name), Some(RecordingStatus::Recording))
    );
    assert_eq!(started.format, Some(RecordingFormat::Ogg));
    assert!(started.egress_id.starts_with("EG_"));
    let listed = client
        .recordings()
        .list()
        .status(RecordingStatus::Recording)
        .await
        .unwrap();
    assert!(listed.recordings.iter().any(|r| r.id == started.id));
    let err = client
        .recordings()
        .download(started.id)
        .to_writer(&mut Vec::new())
        .await
        .unwrap_err();
    assert_api_error(&err, 409, ErrorCode::Conflict);

    let stopped = client
        .recordings()
        .stop(recorded, Some(&started.egress_id))
        .await
        .unwrap()
        .recordings;
    if target.echoes() {
        assert_eq!(stopped.unwrap().len(), 1);
    }
    let detail = client.recordings().get(started.id).await.unwrap().recording;
    assert_eq!(detail.status, Some(RecordingStatus::Completed));
    // The reference shows no recording detail: duration and size are our server's.
    if target.echoes() {
        assert!(detail.duration.unwrap() >= 1.0);
    }

    let mut audio = Vec::new();
    let info = client
        .recordings()
        .download(started.id)
        .to_writer(&mut audio)
        .await
        .unwrap();
    assert_eq!(info.content_type.as_deref(), Some("audio/ogg"));
    assert_eq!(info.total_size, Some(audio.len() as u64));
    if let Some(size) = detail.file_size {
        assert_eq!(audio.len() as u64, size);
    }
    let size = audio.len() as u64;
    assert_eq!(&audio[..4], b"OggS");
    assert_decodes(&audio, "ogg");

    // An interrupted download's part file is resumed with Range, then renamed.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("call.ogg");
    let part = dir.path().join("call.ogg.part");
    std::fs::write(&part, &audio[..100]).unwrap();
    let resumed = client
        .recordings()
        .download(started.id)
        .to_file(&file)
        .await
        .unwrap();
    assert_eq!((resumed.offset, resumed.bytes_written), (100, size - 100));
    assert_eq!(std::fs::read(&file).unwrap(), audio);
    assert!(!part.exists());
    // A recording that is not the one the part file was of comes whole: If-Range.
    std::fs::write(&part, b"not this recording's bytes").unwrap();
    std::fs::write(dir.path().join("call.ogg.part.etag"), "\"another-version\"").unwrap();
    if target.is_mock() {
        let fresh = client
            .recordings()
            .download(started.id)
            .to_file(&file)
            .await
            .unwrap();
        assert_eq!(fresh.offset, 0, "the stale part file is not resumed");
        assert_eq!(std::fs::read(&file).unwrap(), audio);
    }

    let listed: Vec<_> = client
        .recordings()
        .list()
        .room(recorded)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(listed.len(), 1);
    client.recordings().delete(started.id).await.unwrap();
    assert_api_error(
        &client.recordings().get(started.id).await.unwrap_err(),
        404,
        ErrorCode::NotFound,
    );
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn ranges_are_served_as_the_rfc_says() {
    let target = Target::mock().await;
    let client = target.client();
    client.rooms().create("ranged").await.unwrap();
    let id = client
        .recordings()
        .start("ranged")
        .await
        .unwrap()
        .recording
        .id;
    client.recordings().stop("ranged", None).await.unwrap();
    let mut whole = Vec::new();
    client
        .recordings()
        .download(id)
        .to_writer(&mut whole)
        .await
        .unwrap();
    let size = whole.len() as u64;
    let path = format!("/recordings/{id}/download");

    let response = target
        .raw(reqwest::Method::GET, &path)
        .header("Range", "bytes=10-19")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 206);
    assert_eq!(
        response.headers()["content-range"],
        format!("bytes 10-19/{size}").as_str()
    );
    assert_eq!(response.headers()["accept-ranges"], "bytes");
    assert_eq!(response.bytes().await.unwrap().len(), 10);

    let response = target
        .raw(reqwest::Method::GET, &path)
        .header("Range", "bytes=-5")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 206);
    assert_eq!(response.bytes().await.unwrap().len(), 5);

    let response = target
        .raw(reqwest::Method::GET, &path)
        .header("Range", format!("bytes={size}-"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.headers()["content-range"],
        format!("bytes */{size}").as_str()
    );
    assert_error(response, 416, "INVALID_REQUEST").await;
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn wav_recordings_for_projects_that_want_them() {
    let target = Target::mock().await;
    let free = target.client_with(keys::FREE);
    free.rooms().create("pcm").await.unwrap();
    let id = free.recordings().start("pcm").await.unwrap().recording.id;
    free.recordings().stop("pcm", None).await.unwrap();
    let stopped = free.recordings().get(id).await.unwrap().recording;
    assert_eq!(stopped.format, Some(RecordingFormat::Wav));
    let mut audio = Vec::new();
    let info = free
        .recordings()
        .download(id)
        .to_writer(&mut audio)
        .await
        .unwrap();
    assert_eq!(info.content_type.as_deref(), Some("audio/wav"));
    assert_eq!(&audio[..4], b"RIFF");
    assert_decodes(&audio, "wav");
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn recording_errors() {
    let target = Target::mock().await;
    let client = target.client();
    assert_api_error(
        &client.recordings().start("absent").await.unwrap_err(),
        404,
        ErrorCode::NotFound,
    );
    client.rooms().create("once").await.unwrap();
    let id = client
        .recordings()
        .start("once")
        .await
        .unwrap()
        .recording
        .id;
    assert_api_error(
        &client.recordings().start("once").await.unwrap_err(),
        409,
        ErrorCode::Conflict,
    );
    assert_api_error(
        &client.recordings().delete(id).await.unwrap_err(),
        409,
        ErrorCode::Conflict,
    );
    assert_api_error(
        &client
            .recordings()
            .stop("once", Some("EG_other"))
            .await
            .unwrap_err(),
        404,
        ErrorCode::NotFound,
    );
    client.recordings().stop("once", None).await.unwrap();
    assert_api_error(
        &client.recordings().stop("once", None).await.unwrap_err(),
        404,
        ErrorCode::NotFound,
    );

    let free = target.client_with(keys::FREE);
    assert_api_error(
        &free.recordings().get(id).await.unwrap_err(),
        403,
        ErrorCode::Forbidden,
    );
    assert_api_error(
        &free.recordings().delete(id).await.unwrap_err(),
        403,
        ErrorCode::Forbidden,
    );
    let err = free
        .recordings()
        .download(id)
        .to_writer(&mut Vec::new())
        .await
        .unwrap_err();
    assert_api_error(&err, 403, ErrorCode::Forbidden);
    assert!(
        free.recordings()
            .list()
            .await
            .unwrap()
            .recordings
            .is_empty()
    );
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn closing_a_room_stops_its_recording() {
    let target = Target::mock().await;
    let client = target.client();
    client.rooms().create("ending").await.unwrap();
    let id = client
        .recordings()
        .start("ending")
        .await
        .unwrap()
        .recording
        .id;
    client.rooms().delete("ending").await.unwrap();
    assert_eq!(
        client.recordings().get(id).await.unwrap().recording.status,
        Some(RecordingStatus::Completed)
    );
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn the_recordings_quota() {
    let target = Target::with_fixtures(|f| {
        f.projects[0].quota_limits.insert("recordings".into(), 1);
    })
    .await;
    let client = target.client();
    client.rooms().create("q").await.unwrap();
    client.recordings().start("q").await.unwrap();
    client.recordings().stop("q", None).await.unwrap();
    assert_api_error(
        &client.recordings().start("q").await.unwrap_err(),
        429,
        ErrorCode::QuotaExceeded,
    );
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn a_seeded_recording_downloads_whole() {
    let target = Target::mock().await;
    let control = target.control();
    let seeded = control
        .seed(&Seed {
            recording_bytes: Some(3_000_000),
            ..Seed::new(keys::PRO)
        })
        .await
        .unwrap();
    let id = seeded.recording_id.unwrap();
    let client = target.client();
    let listed = client.recordings().get(id).await.unwrap().recording;
    assert_eq!(listed.status, Some(RecordingStatus::Completed));
    // The reference's example shows no file size: only the full mode sends it.
    if target.echoes() {
        assert_eq!(listed.file_size, Some(3_000_000));
    }
    let mut file = Vec::new();
    client
        .recordings()
        .download(id)
        .to_writer(&mut file)
        .await
        .unwrap();
    assert_eq!(file.len(), 3_000_000);
    let refused = control
        .seed(&Seed {
            recording_bytes: Some(1 << 40),
            ..Seed::new(keys::PRO)
        })
        .await
        .unwrap_err();
    assert_eq!(refused.field(), Some("recording_bytes"), "{refused}");
}

/// Downloads never write through a link planted where they write.
#[cfg(unix)]
#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn downloads_never_write_through_a_planted_link() {
    use std::os::unix::fs::{PermissionsExt, symlink};
    let target = Target::mock().await;
    let control = target.control();
    let seeded = control
        .seed(&Seed {
            recording_bytes: Some(4096),
            ..Seed::new(keys::PRO)
        })
        .await
        .unwrap();
    let id = seeded.recording_id.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let victim = dir.path().join("victim");
    std::fs::write(&victim, "the user's own file").unwrap();
    let file = dir.path().join("recording-1.ogg");
    let download = || target.client().recordings().download(id).to_file(&file);

    // A link planted as the part file is refused, the victim untouched.
    symlink(&victim, dir.path().join("recording-1.ogg.part")).unwrap();
    let refused = download().await.unwrap_err();
    assert!(matches!(refused, voxai_sdk::Error::Io(_)), "{refused:?}");
    assert_eq!(
        std::fs::read_to_string(&victim).unwrap(),
        "the user's own file"
    );
    std::fs::remove_file(dir.path().join("recording-1.ogg.part")).unwrap();

    // A link planted as the destination is replaced, not written through.
    symlink(&victim, &file).unwrap();
    let info = download().await.unwrap();
    assert_eq!(info.bytes_written, 4096);
    assert_eq!(
        std::fs::read_to_string(&victim).unwrap(),
        "the user's own file"
    );
    let written = std::fs::symlink_metadata(&file).unwrap();
    assert!(written.file_type().is_file());
    assert_eq!(written.permissions().mode() & 0o777, 0o600);
}
