//! `voxai webhooks listen` and `voxai monitor` under an adversary and an unlucky
//! operator: replays keyed on what is signed, forwards that fail, a closed stdout.

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, ChildStdout, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use tokio::sync::mpsc;

use crate::common::Env;

/// A running `voxai ... webhooks listen`: its URL, stdout, and the rest of stderr.
struct Listening {
    child: Child,
    url: String,
    stdout: Option<BufReader<ChildStdout>>,
    logs: std::thread::JoinHandle<String>,
}

impl Listening {
    async fn start(env: &Env, args: &[&str]) -> Self {
        let mut command = env.command();
        command
            .args([
                "-o", "json", "webhooks", "listen", "--port", "0", "--secret", "s3cret",
            ])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = command.spawn().unwrap();
        let stderr = child.stderr.take().unwrap();
        let stdout = child.stdout.take().map(BufReader::new);
        let (url, logs) = tokio::task::spawn_blocking(move || {
            let mut reader = BufReader::new(stderr);
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            let url = line
                .split_whitespace()
                .find(|w| w.starts_with("http://"))
                .unwrap_or_else(|| panic!("no address in {line:?}"))
                .to_owned();
            let logs = std::thread::spawn(move || {
                let mut rest = String::new();
                let _ = reader.read_to_string(&mut rest);
                rest
            });
            (url, logs)
        })
        .await
        .unwrap();
        Self {
            child,
            url,
            stdout,
            logs,
        }
    }

    /// Sends `body`, signed, with `id` as `X-Webhook-Id` when given; the status.
    async fn deliver(&self, body: &str, id: Option<&str>) -> u16 {
        let mut request = reqwest::Client::new()
            .post(&self.url)
            .header(
                "X-Webhook-Signature",
                voxai_mock::sign_webhook(b"s3cret", body.as_bytes()),
            )
            .header("content-type", "application/json")
            .body(body.to_owned());
        if let Some(id) = id {
            request = request.header("X-Webhook-Id", id);
        }
        match request.send().await {
            Ok(response) => response.status().as_u16(),
            // The listener's last event may close the connection as it exits.
            Err(_) => 0,
        }
    }

    /// The next line on stdout.
    async fn line(&mut self) -> String {
        let mut stdout = self.stdout.take().unwrap();
        let (stdout, line) = tokio::task::spawn_blocking(move || {
            let mut line = String::new();
            stdout.read_line(&mut line).unwrap();
            (stdout, line)
        })
        .await
        .unwrap();
        self.stdout = Some(stdout);
        line.trim_end().to_owned()
    }

    /// Waits for the exit; the exit status, the rest of stdout, and stderr.
    async fn finish(mut self) -> (std::process::ExitStatus, String, String) {
        let mut stdout = self.stdout.take();
        let mut child = self.child;
        let (status, rest) = tokio::task::spawn_blocking(move || {
            let mut rest = String::new();
            if let Some(stdout) = &mut stdout {
                stdout.read_to_string(&mut rest).unwrap();
            }
            (child.wait().unwrap(), rest)
        })
        .await
        .unwrap();
        (status, rest, self.logs.join().unwrap())
    }
}

fn now() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap()
}

/// A `session.ended` body with a field no type knows and a float, at `at`.
fn body(session: u64, at: &str) -> String {
    format!(
        r#"{{"event_type":"session.ended","project_id":1,"timestamp":"{at}","data":{{"session_id":{session},"room_name":"proj_a","duration_seconds":12.0,"sid":"SE_1"}}}}"#
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replays_are_recognised_by_the_signed_body_not_the_id_header() {
    let env = Env::start().await;
    let listening = Listening::start(&env, &["--count", "2"]).await;
    let at = now();
    let (a, b) = (body(1, &at), body(2, &at));
    // One event, delivered five times under three ids and none: acted on once.
    assert_eq!(listening.deliver(&a, Some("evt_A")).await, 200);
    for id in [Some("evt_A"), Some("evt_B"), None, None] {
        assert_eq!(listening.deliver(&a, id).await, 200, "{id:?}");
    }
    // A genuine event whose id a replay already used is not suppressed.
    listening.deliver(&b, Some("evt_A")).await;
    let (status, stdout, logs) = listening.finish().await;
    assert!(status.success(), "{logs}");
    // Printed as received: the unknown field and the float kept, byte for byte.
    assert_eq!(stdout, format!("{a}\n{b}\n"), "{logs}");
    assert!(logs.contains("(4 repeated so far)"), "{logs}");
    assert!(!logs.contains("(5 repeated so far)"), "{logs}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pretty_printed_body_is_printed_on_one_line_unchanged() {
    let env = Env::start().await;
    let listening = Listening::start(&env, &["--count", "1"]).await;
    let pretty = format!(
        "{{\n  \"event_type\": \"test\",\r\n  \"project_id\": 1,\n  \"timestamp\": \"{}\",\n  \"data\": {{\"text\": \"a\\nb\"}}\n}}",
        now()
    );
    listening.deliver(&pretty, None).await;
    let (status, stdout, _) = listening.finish().await;
    assert!(status.success());
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    let printed: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        printed,
        serde_json::from_str::<serde_json::Value>(&pretty).unwrap()
    );
}

/// How the forward target answers: 0 fails with 500, 1 never answers, 2 takes it.
#[derive(Clone)]
struct Target {
    mode: Arc<AtomicU8>,
    received: mpsc::UnboundedSender<String>,
}

async fn target(State(target): State<Target>, body: String) -> StatusCode {
    let _ = target.received.send(body);
    match target.mode.load(Ordering::SeqCst) {
        0 => StatusCode::INTERNAL_SERVER_ERROR,
        1 => std::future::pending().await,
        _ => StatusCode::NO_CONTENT,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_forward_is_answered_502_so_that_the_sender_retries() {
    let env = Env::start().await;
    let mode = Arc::new(AtomicU8::new(0));
    let (received, mut forwarded) = mpsc::unbounded_channel();
    let app = Router::new().fallback(target).with_state(Target {
        mode: mode.clone(),
        received,
    });
    let socket = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let forward_to = format!("http://{}/hooks", socket.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(socket, app).await });

    let listening = Listening::start(
        &env,
        &[
            "--count",
            "1",
            "--forward-to",
            &forward_to,
            "--forward-timeout",
            "0.5",
        ],
    )
    .await;
    let event = body(7, &now());
    // The target fails, then hangs: the sender is told to retry each time.
    assert_eq!(listening.deliver(&event, Some("evt_7")).await, 502);
    mode.store(1, Ordering::SeqCst);
    assert_eq!(listening.deliver(&event, Some("evt_7")).await, 502);
    // The retry that gets through is handled, not dropped as a repeat.
    mode.store(2, Ordering::SeqCst);
    assert_eq!(listening.deliver(&event, Some("evt_7")).await, 200);
    let (status, stdout, logs) = listening.finish().await;
    assert!(status.success(), "{logs}");
    assert_eq!(stdout, format!("{event}\n"), "{logs}");
    for _ in 0..3 {
        assert_eq!(forwarded.recv().await.unwrap(), event);
    }
    assert!(
        logs.contains("answered 500 Internal Server Error"),
        "{logs}"
    );
    assert!(logs.contains("did not answer within 0.5 s"), "{logs}");
    assert!(logs.contains("forwarded to"), "{logs}");
    assert!(!logs.contains("repeated"), "{logs}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forward_to_nothing_names_the_cause() {
    let env = Env::start().await;
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let forward_to = format!("http://{}/hooks", closed.local_addr().unwrap());
    drop(closed);
    let listening = Listening::start(&env, &["--count", "1", "--forward-to", &forward_to]).await;
    assert_eq!(listening.deliver(&body(1, &now()), None).await, 502);
    // Ends the listener: it has nothing to forward to.
    let mut listening = listening;
    let _ = listening.child.kill();
    let (_, stdout, logs) = listening.finish().await;
    assert_eq!(stdout, "");
    assert!(
        logs.contains(&format!("cannot reach {forward_to}")),
        "{logs}"
    );
    assert!(logs.to_lowercase().contains("connection refused"), "{logs}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_closed_stdout_ends_listen_before_it_acknowledges_more() {
    let env = Env::start().await;
    let mut listening = Listening::start(&env, &[]).await;
    let at = now();
    assert_eq!(listening.deliver(&body(1, &at), None).await, 200);
    assert_eq!(listening.line().await, body(1, &at));
    // `| head -1` closes its end.
    drop(listening.stdout.take());
    assert_eq!(listening.deliver(&body(2, &at), None).await, 503);
    let (status, _, logs) = listening.finish().await;
    assert_eq!(status.code(), Some(0), "{logs}");
    assert!(!logs.contains("error"), "{logs}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_closed_stdout_ends_monitor() {
    let env = Env::start().await;
    let mut command = env.command();
    command
        .args(["-v", "-o", "json", "monitor", "--event", "room.created"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().unwrap();
    let stderr = child.stderr.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let stderr = tokio::task::spawn_blocking(move || {
        let mut reader = BufReader::new(stderr);
        let mut line = String::new();
        while reader.read_line(&mut line).unwrap() > 0 && !line.contains("connected") {}
        reader
    })
    .await
    .unwrap();
    env.run(&["rooms", "create", "first"]).await.success();
    let first = tokio::task::spawn_blocking(move || {
        let mut line = String::new();
        stdout.read_line(&mut line).unwrap();
        line
    })
    .await
    .unwrap();
    assert!(first.contains("room.created"), "{first}");
    // The pipe is closed by now; the next event ends the command.
    env.run(&["rooms", "create", "second"]).await.success();
    let (status, logs) = tokio::task::spawn_blocking(move || {
        let mut logs = String::new();
        let mut stderr = stderr;
        let _ = stderr.read_to_string(&mut logs);
        (child.wait().unwrap(), logs)
    })
    .await
    .unwrap();
    assert_eq!(status.code(), Some(0), "{logs}");
    assert!(!logs.contains("error"), "{logs}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn count_zero_exits_at_once_in_listen_as_in_monitor() {
    let env = Env::start().await;
    let listening = Listening::start(&env, &["--count", "0"]).await;
    let (status, stdout, _) = listening.finish().await;
    assert_eq!((status.code(), stdout.as_str()), (Some(0), ""));
    env.run(&["monitor", "--count", "0"]).await.success();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn monitor_json_is_each_frame_as_the_server_sent_it() {
    use axum::extract::ws::{Message, WebSocketUpgrade};
    use futures::StreamExt;
    // A field no type knows, a number written with its decimals, `name` left out.
    const FRAME: &str = r#"{"type":"participant.joined","data":{"room_name":"proj_a","identity":"u1","joined_at":"2026-01-01T00:00:00Z","sid":"PA_1","score":1.50}}"#;
    let app = Router::new().fallback(|upgrade: WebSocketUpgrade| async move {
        upgrade.on_upgrade(|mut socket| async move {
            // The subscription first, then one event.
            let _ = socket.next().await;
            let _ = socket.send(Message::Text(FRAME.into())).await;
            while let Some(Ok(_)) = socket.next().await {}
        })
    });
    let socket = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let ws_url = format!("ws://{}/ws/monitor", socket.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(socket, app).await });
    let env = Env::start().await;
    let done = env
        .run(&[
            "-o",
            "json",
            "--ws-url",
            &ws_url,
            "monitor",
            "--count",
            "1",
            "--timeout",
            "30",
        ])
        .await;
    done.success();
    assert_eq!(done.stdout, format!("{FRAME}\n"));
}
