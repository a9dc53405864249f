//! `voxai monitor` and `voxai webhooks`.

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use voxai_mock::MockServer;

use crate::common::{Env, MockProcess, run};

/// Spawns `voxai ARGS` and returns it once it printed a line containing `ready` on stderr.
async fn spawn_until(env: &Env, args: &[&str], ready: &'static str) -> std::process::Child {
    let mut command = env.command();
    command
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().unwrap();
    let stderr = child.stderr.take().unwrap();
    let (child, line) = tokio::task::spawn_blocking(move || {
        let mut reader = BufReader::new(stderr);
        let mut line = String::new();
        loop {
            line.clear();
            if reader.read_line(&mut line).unwrap() == 0 || line.contains(ready) {
                break;
            }
        }
        (child, line)
    })
    .await
    .unwrap();
    assert!(line.contains(ready), "never became ready: {line:?}");
    child
}

async fn wait(child: std::process::Child) -> std::process::Output {
    tokio::task::spawn_blocking(move || child.wait_with_output())
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn monitor_waits_for_events_and_exits() {
    let env = Env::start().await;
    let child = spawn_until(
        &env,
        &[
            "-v",
            "-o",
            "json",
            "monitor",
            "--event",
            "room.created",
            "--count",
            "2",
            "--timeout",
            "30",
        ],
        "connected",
    )
    .await;
    for room in ["first", "second", "third"] {
        env.run(&["rooms", "create", room]).await.success();
    }
    let output = wait(child).await;
    assert!(output.status.success(), "{output:?}");
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(
        (
            lines[0]["type"].as_str(),
            lines[0]["data"]["room_name"].as_str()
        ),
        (Some("room.created"), Some("proj_first"))
    );
    assert_eq!(lines[1]["data"]["room_name"], "proj_second");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn monitor_one_room_as_lines() {
    let env = Env::start().await;
    let child = spawn_until(
        &env,
        &[
            "-v",
            "monitor",
            "--room",
            "watched",
            "--count",
            "1",
            "--timeout",
            "30",
        ],
        "connected",
    )
    .await;
    env.run(&["rooms", "create", "ignored"]).await.success();
    env.run(&["rooms", "create", "watched"]).await.success();
    let output = wait(child).await;
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success());
    assert!(
        stdout.contains("room.created")
            && stdout.contains("proj_watched")
            && !stdout.contains("ignored"),
        "{stdout}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn monitor_times_out_without_events() {
    let env = Env::start().await;
    let run = env
        .run(&["monitor", "--count", "1", "--timeout", "0.5"])
        .await;
    // A wait that ran out is a timeout: exit 7, as documented.
    run.code(7);
    assert!(run.stderr.contains("timed out"));
    let bad = env
        .command()
        .env("VOXAI_API_KEY", "pk_nope")
        .args(["monitor", "--count", "1"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(3));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhooks_verify_good_and_tampered_bodies() {
    let env = Env::start().await;
    // A field no type knows, and a number with its decimals: JSON output keeps both.
    let body = br#"{"event_type":"session.started","project_id":1,"timestamp":"2026-03-31T10:00:00.000Z","data":{"session_id":42,"room_name":"proj_my-room","agent_config_id":3,"cost":1.50}}"#;
    let file = env.dir.path().join("body.json");
    std::fs::write(&file, body).unwrap();
    let signature = voxai_sdk::webhooks::sign("s3cret", body);
    let path = file.to_str().unwrap();
    let verify = |secret: &'static str| {
        [
            "webhooks",
            "verify",
            "--secret",
            secret,
            "--signature",
            &signature,
            path,
        ]
    };

    let good = env.run(&verify("s3cret")).await;
    assert!(
        good.success().stdout.starts_with("valid: session.started"),
        "{}",
        good.stdout
    );
    let json = env.json(&verify("s3cret")).await;
    assert_eq!(json["data"]["session_id"], 42);
    let mut as_json = vec!["-o", "json"];
    as_json.extend(verify("s3cret"));
    let printed = env.run(&as_json).await;
    assert_eq!(
        printed.success().stdout,
        format!("{}\n", String::from_utf8_lossy(body))
    );
    env.run(&verify("wrong")).await.code(1);

    let mut tampered = body.to_vec();
    tampered[60] = b'9';
    std::fs::write(&file, &tampered).unwrap();
    let bad = env.run(&verify("s3cret")).await;
    bad.code(1);
    assert!(bad.stderr.contains("invalid"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhooks_listen_verifies_prints_and_forwards() {
    // The listener first, to learn its port; then a server that delivers to it.
    let scratch = Env::start().await;
    let mut command = scratch.command();
    command
        .args([
            "webhooks", "listen", "--port", "0", "--secret", "s3cret", "--count", "1",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().unwrap();
    let stderr = child.stderr.take().unwrap();
    let (child, url) = tokio::task::spawn_blocking(move || {
        let mut line = String::new();
        BufReader::new(stderr).read_line(&mut line).unwrap();
        let url = line
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap()
            .to_owned();
        (child, url)
    })
    .await
    .unwrap();
    let env = Env::with(
        MockServer::builder()
            .webhook_url(format!("{url}hooks"))
            .webhook_secret("s3cret"),
    )
    .await;
    let sent = env
        .json(&[
            "webhooks",
            "test",
            "--event-type",
            "session.started",
            "--payload",
            "{\"session_id\": 1, \"room_name\": \"proj_x\"}",
        ])
        .await;
    if env.echoes() {
        assert_eq!(sent["endpoints"], 1);
    }
    let output = wait(child).await;
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("session.started") && stdout.contains("proj_x"),
        "{stdout}"
    );
    // `--count 1` ended the receiver only after its answer went out: the sender saw
    // its 200 on the first attempt, and never tried again.
    let attempts = env.control().deliveries(Some(1)).await.unwrap();
    let summary: Vec<_> = attempts.iter().map(|a| (a.attempt, a.status)).collect();
    assert_eq!(summary, [(1, Some(200))], "{attempts:?}");
    env.run(&["webhooks", "test", "--event-type", "room.exploded"])
        .await
        .code(5);
}

/// The server killed (SIGKILL) mid-stream and started again on the same port: `voxai
/// monitor` reconnects, resubscribes, and prints each later event exactly once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn monitor_outlives_a_killed_server() {
    use std::sync::mpsc;
    use std::time::{Duration, Instant};

    let first = MockProcess::start("127.0.0.1:0", &[]);
    let addr = first.addr().to_owned();
    let base_url = first.base_url();
    let env = Env::start().await;
    let command = |args: &[&str]| {
        let mut command = env.command();
        command.env("VOXAI_BASE_URL", &base_url).args(args);
        command
    };
    let mut monitor = command(&[
        "-v",
        "-o",
        "json",
        "monitor",
        "--event",
        "room.created",
        "--count",
        "3",
        "--timeout",
        "120",
    ])
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    // Its stderr, line by line, as it happens.
    let (lines, said) = mpsc::channel::<String>();
    let stderr = BufReader::new(monitor.stderr.take().unwrap());
    std::thread::spawn(move || {
        for line in stderr.lines().map_while(Result::ok) {
            let _ = lines.send(line);
        }
    });
    let until = |said: &mpsc::Receiver<String>, what: &str| {
        let mut seen = Vec::new();
        loop {
            match said.recv_timeout(Duration::from_secs(60)) {
                Ok(line) if line.contains(what) => return,
                Ok(line) => seen.push(line),
                Err(_) => panic!("monitor never said {what:?}; said {seen:?}"),
            }
        }
    };
    let said = tokio::task::spawn_blocking(move || {
        until(&said, "connected");
        said
    })
    .await
    .unwrap();
    run(command(&["rooms", "create", "one"])).await.success();

    let printed = first.stop("KILL");
    assert!(!printed.contains("panicked"), "{printed}");
    let said = tokio::task::spawn_blocking(move || {
        until(&said, "disconnected");
        said
    })
    .await
    .unwrap();
    let restarted = Instant::now();
    let second = MockProcess::start(&addr, &[]);
    let said = tokio::task::spawn_blocking(move || {
        until(&said, "reconnected");
        said
    })
    .await
    .unwrap();
    eprintln!(
        "monitor: reconnected {:.1} s after the server came back",
        restarted.elapsed().as_secs_f64()
    );
    run(command(&["rooms", "create", "two"])).await.success();
    run(command(&["rooms", "create", "three"])).await.success();

    let output = wait(monitor).await;
    drop(said);
    second.stop("TERM");
    assert!(output.status.success(), "{output:?}");
    let rooms: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .map(|event| {
            event["data"]["room_name"]
                .as_str()
                .unwrap_or_default()
                .to_owned()
        })
        .collect();
    assert_eq!(rooms, ["proj_one", "proj_two", "proj_three"]);
}
