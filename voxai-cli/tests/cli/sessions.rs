//! Sessions and recordings.

use voxai_mock::control_plane::FaultSpec;

use crate::common::Env;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sessions_and_transcripts() {
    let env = Env::start().await;
    env.run(&["rooms", "create", "desk"]).await.success();
    let session = env
        .json(&[
            "sessions",
            "create",
            "proj_desk",
            "--agent",
            "1",
            "--caller",
            "user1",
            "--type",
            "voice",
            "--metadata",
            "{\"ticket\": 7}",
        ])
        .await;
    let id = session["session"]["id"].as_u64().unwrap().to_string();
    if env.echoes() {
        assert_eq!(session["session"]["metadata"]["ticket"], 7);
    }
    env.json(&[
        "sessions",
        "add-transcript",
        "proj_desk",
        "--speaker",
        "user",
        "--content",
        "Hello",
        "--at-ms",
        "0",
    ])
    .await;
    let line = env
        .json(&[
            "sessions",
            "add-transcript",
            "proj_desk",
            "--speaker",
            "agent",
            "--content",
            "Hi! How can I help?",
            "--at-ms",
            "1200",
            "--partial",
        ])
        .await;
    if env.echoes() {
        assert_eq!(line["transcript"]["is_final"], false);
    }
    let text = env.run(&["sessions", "transcript", &id]).await;
    assert_eq!(
        text.success().stdout,
        "[00:00] User: Hello\n[00:01] Agent: Hi! How can I help?\n"
    );
    let json = env.json(&["sessions", "transcript", &id]).await;
    assert_eq!(json["transcripts"][1]["timestamp_ms"], 1200);
    let table = env
        .run(&["sessions", "transcript", &id, "--format", "json"])
        .await;
    assert!(table.success().stdout.contains("SPEAKER"));
    let ended = env
        .json(&[
            "sessions",
            "end",
            "proj_desk",
            "--summary",
            "Greeted",
            "--duration",
            "42",
        ])
        .await;
    if env.echoes() {
        assert_eq!(
            (
                ended["session"]["duration"].as_u64(),
                ended["session"]["status"].as_str()
            ),
            (Some(42), Some("completed"))
        );
    }
    let detail = env.run(&["sessions", "get", &id]).await;
    assert!(detail.success().stdout.contains("42 s") && detail.stdout.contains("cost"));
    let list = env
        .run(&["sessions", "list", "--status", "completed"])
        .await;
    for column in ["ID", "ROOM", "AGENT", "DURATION", "proj_desk"] {
        assert!(list.success().stdout.contains(column), "{column}");
    }
    assert_eq!(
        env.run(&["-q", "sessions", "list"]).await.lines(),
        [id.as_str()]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn all_pages_stream_as_json_lines() {
    let env = Env::start().await;
    for i in 0..5 {
        let room = format!("r{i}");
        env.run(&["rooms", "create", &room]).await.success();
        env.run(&["sessions", "create", &format!("proj_{room}")])
            .await
            .success();
    }
    let all = env
        .run(&["-o", "json", "sessions", "list", "--all", "--per-page", "2"])
        .await;
    let lines = all.success().lines();
    assert_eq!(lines.len(), 5);
    let first: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(first["room_name"], "proj_r4");
    assert_eq!(
        env.run(&["-q", "sessions", "list", "--all", "--per-page", "2"])
            .await
            .lines()
            .len(),
        5
    );
    let table = env
        .run(&["sessions", "list", "--all", "--per-page", "2"])
        .await;
    assert_eq!(table.success().stdout.matches("proj_r").count(), 5);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn all_pages_are_the_largest_the_api_allows_unless_asked() {
    let env = Env::start().await;
    env.run(&["-q", "sessions", "list", "--all"])
        .await
        .success();
    env.run(&["-q", "recordings", "list", "--all", "--per-page", "7"])
        .await
        .success();
    // A server that refuses pages of 100 is walked at its own default page size.
    let control = env.control();
    control
        .add_fault(&FaultSpec::new("/api/v1/sessions").status(400))
        .await
        .unwrap();
    env.run(&["-q", "sessions", "list", "--all"])
        .await
        .success();
    let log = control.requests().await.unwrap();
    let queries: Vec<(&str, &str)> = log
        .iter()
        .filter(|r| r.method == "GET")
        .map(|r| (r.path.as_str(), r.query.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        queries,
        [
            ("/api/v1/sessions", "page=1&per_page=100"),
            ("/api/v1/recordings", "page=1&per_page=7"),
            ("/api/v1/sessions", "page=1&per_page=100"),
            ("/api/v1/sessions", "page=1"),
        ]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recordings_and_a_resumed_download() {
    let env = Env::start().await;
    env.run(&["rooms", "create", "rec"]).await.success();
    let started = env.json(&["recordings", "start", "rec"]).await;
    let id = started["recording"]["id"].as_u64().unwrap().to_string();
    let egress = started["recording"]["egress_id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        env.run(&["-q", "recordings", "list", "--status", "recording"])
            .await
            .lines(),
        [id.as_str()]
    );
    let stopped = env
        .json(&["recordings", "stop", "rec", "--egress-id", &egress])
        .await;
    if env.echoes() {
        assert_eq!(stopped["recordings"][0]["status"], "completed");
    }
    let detail = env.json(&["recordings", "get", &id]).await;
    // The reference shows no recording detail: `file_size` is our server's.
    let size = detail["recording"]["file_size"].as_u64();
    assert_eq!(size.is_some(), env.echoes());
    assert!(
        env.run(&["recordings", "list", "--all"])
            .await
            .success()
            .stdout
            .contains("completed")
    );

    // A partial file is resumed.
    let full = env.dir.path().join("full.ogg");
    env.run(&["recordings", "download", &id, full.to_str().unwrap()])
        .await
        .success();
    let bytes = std::fs::read(&full).unwrap();
    if let Some(size) = size {
        assert_eq!(bytes.len() as u64, size);
    }
    // An interrupted download left its part file: it is resumed, then renamed.
    let partial = env.dir.path().join("partial.ogg");
    std::fs::write(env.dir.path().join("partial.ogg.part"), &bytes[..50]).unwrap();
    // `-v`: the "saved" notice is for terminals otherwise.
    let resumed = env
        .run(&[
            "-v",
            "recordings",
            "download",
            &id,
            partial.to_str().unwrap(),
        ])
        .await;
    assert!(
        resumed.success().stderr.contains("resumed at byte 50"),
        "{}",
        resumed.stderr
    );
    assert_eq!(std::fs::read(&partial).unwrap(), bytes);
    assert!(!env.dir.path().join("partial.ogg.part").exists());
    let to_stdout = env.run(&["recordings", "download", &id, "-"]).await;
    assert!(to_stdout.success().stdout.starts_with("OggS"));
    // The default name comes from the format.
    let mut command = env.command();
    command
        .current_dir(env.dir.path())
        .args(["recordings", "download", &id]);
    crate::common::run(command).await.success();
    assert!(env.dir.path().join(format!("recording-{id}.ogg")).exists());

    env.run(&["recordings", "delete", &id]).await.code(2);
    env.run(&["-y", "recordings", "delete", &id])
        .await
        .success();
    env.run(&["recordings", "get", &id]).await.code(4);
}
