//! The API key and the webhook secret appear in nothing anyone sees: no command's output
//! or error, no `-vv` log, no reference-server log. Every leaf command runs at least once
//! (the test fails when a new one is not), each with `-vv`, against a `voxai mock` process
//! whose project key is a distinctive secret.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read};
use std::process::Stdio;

use clap::CommandFactory;
use voxai_mock::Fixtures;

use crate::common::{BIN, MockProcess, run};

const KEY: &str = "pk_Zq7Xv93kLmN0pR4tW8yBc2";
const WEBHOOK_SECRET: &str = "whsec_Hn4Jk8Lp2Qr6St0UvX";

/// Every 8-character piece of a secret: a mask (`pk_…yBc2`) shows less than that.
fn pieces(secret: &str) -> Vec<&str> {
    (0..=secret.len() - 8).map(|i| &secret[i..i + 8]).collect()
}

fn assert_clean(what: &str, text: &str) {
    for secret in [KEY, WEBHOOK_SECRET] {
        for piece in pieces(secret) {
            assert!(
                !text.contains(piece),
                "{what} shows {piece:?} of a secret:\n{text}"
            );
        }
    }
}

/// `webhooks verify` of `body` with `signature`.
fn verify<'a>(signature: &'a str, body: &'a str) -> Vec<&'a str> {
    let secret = WEBHOOK_SECRET;
    vec![
        "webhooks",
        "verify",
        "--secret",
        secret,
        "--signature",
        signature,
        body,
    ]
}

/// The leaf commands, as words (`["rooms", "create"]`).
fn leaf_commands() -> BTreeSet<Vec<String>> {
    fn walk(command: &clap::Command, path: Vec<String>, out: &mut BTreeSet<Vec<String>>) {
        let children: Vec<_> = command
            .get_subcommands()
            .filter(|c| c.get_name() != "help")
            .collect();
        if children.is_empty() {
            out.insert(path);
            return;
        }
        for child in children {
            let mut deeper = path.clone();
            deeper.push(child.get_name().to_owned());
            walk(child, deeper, out);
        }
    }
    let mut out = BTreeSet::new();
    walk(&voxai_cli::cli::Cli::command(), Vec::new(), &mut out);
    out
}

/// The command words of an argument vector, found by walking clap's tree.
fn command_of(args: &[String]) -> Vec<String> {
    let mut command = voxai_cli::cli::Cli::command();
    let mut path = Vec::new();
    for arg in args {
        let Some(next) = command.find_subcommand(arg).cloned() else {
            continue;
        };
        path.push(arg.clone());
        command = next;
    }
    path
}

/// `voxai mock` on a free port, with project 1's key replaced by [`KEY`].
fn start_mock(dir: &std::path::Path) -> MockProcess {
    let mut fixtures: Fixtures = serde_json::from_str(voxai_mock::DEFAULT_FIXTURES_JSON).unwrap();
    fixtures.projects[0].keys[0].key = KEY.to_owned();
    let file = dir.join("fixtures.json");
    std::fs::write(&file, serde_json::to_vec(&fixtures).unwrap()).unwrap();
    MockProcess::start(
        "127.0.0.1:0",
        &[
            "--webhook-secret".as_ref(),
            WEBHOOK_SECRET.as_ref(),
            "--fixtures".as_ref(),
            file.as_os_str(),
        ],
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_secret_in_any_output_or_log() {
    let dir = tempfile::tempdir().unwrap();
    let mock = start_mock(dir.path());
    let body = dir.path().join("event.json");
    std::fs::write(&body, br#"{"event_type":"test","data":{}}"#).unwrap();
    let good_signature =
        voxai_mock::sign_webhook(WEBHOOK_SECRET.as_bytes(), &std::fs::read(&body).unwrap());
    let doc = dir.path().join("notes.txt");
    std::fs::write(
        &doc,
        "Refunds take five days. Opening hours are nine to five.",
    )
    .unwrap();
    let recording = dir.path().join("recording.ogg");
    // A cassette recorded with the key and a token in its exchanges, for `audit`.
    let cassette = dir.path().join("run.jsonl");
    let proxy = voxai_mock::MockServer::builder()
        .record(mock.base_url(), &cassette)
        .start()
        .await
        .unwrap();
    let http = reqwest::Client::new();
    for (path, body) in [
        ("/quota", None),
        ("/token", Some(r#"{"identity":"a","room":"r"}"#)),
    ] {
        let request = match body {
            Some(body) => http
                .post(format!("{}{path}", proxy.base_url()))
                .header("content-type", "application/json")
                .body(body),
            None => http.get(format!("{}{path}", proxy.base_url())),
        };
        request.header("X-API-Key", KEY).send().await.unwrap();
    }
    proxy.shutdown().await;

    let cassette = cassette.to_str().unwrap().to_owned();
    let body = body.to_str().unwrap().to_owned();
    let doc = doc.to_str().unwrap().to_owned();
    let recording = recording.to_str().unwrap().to_owned();
    let runs: Vec<Vec<String>> = [
        vec!["auth", "login", "--api-key", KEY],
        vec!["auth", "status"],
        vec!["quota"],
        vec!["usage"],
        vec!["rooms", "create", "sec"],
        vec!["rooms", "list"],
        vec!["rooms", "get", "sec"],
        vec!["rooms", "participants", "sec"],
        vec!["rooms", "kick", "sec", "nobody"],
        vec!["token", "create", "--identity", "ann", "--room", "sec"],
        vec!["agents", "list"],
        vec!["agents", "tools", "1"],
        vec!["sessions", "create", "proj_sec", "--agent", "1"],
        vec![
            "sessions",
            "add-transcript",
            "proj_sec",
            "--speaker",
            "user",
            "--content",
            "hi",
        ],
        vec!["sessions", "list"],
        vec!["sessions", "get", "1"],
        vec!["sessions", "transcript", "1"],
        vec!["sessions", "end", "proj_sec"],
        vec!["recordings", "start", "sec"],
        vec!["recordings", "stop", "sec", "--yes"],
        vec!["recordings", "list"],
        vec!["recordings", "get", "1"],
        vec!["recordings", "download", "1", &recording],
        vec!["recordings", "delete", "1", "--yes"],
        vec!["sip", "trunks"],
        vec!["sip", "configs"],
        vec!["sip", "dial", "+17751234567", "--agent", "1"],
        vec!["kb", "create", "sec-kb"],
        vec!["kb", "list"],
        vec!["kb", "get", "1"],
        vec!["kb", "ingest", "1", "--content", "Refunds take five days."],
        vec!["kb", "upload", "1", &doc],
        vec!["kb", "chunks", "1"],
        vec![
            "kb",
            "chunk-update",
            "1",
            "1",
            "--content",
            "Refunds take a week.",
        ],
        vec!["kb", "chunk-delete", "1", "1", "--yes"],
        vec!["kb", "reindex", "1"],
        vec!["kb", "search", "1", "refunds"],
        vec!["kb", "delete", "1", "--yes"],
        vec!["webhooks", "test"],
        verify(&good_signature, &body),
        verify("sha256=00", &body),
        vec!["monitor", "--room", "sec", "--count", "1", "--timeout", "1"],
        vec!["call", "send-data", "sec", "hello"],
        vec!["call", "update", "sec", "nobody", "--metadata", "{}"],
        vec!["call", "mute", "sec", "nobody", "--track", "TR_1"],
        vec!["rooms", "delete", "sec", "--yes"],
        vec!["completions", "bash"],
        vec!["mock", "openapi"],
        vec!["mock", "monitor-schema"],
        vec!["audit", &cassette],
        // Failures: a missing resource, a server that is not there, a too short timeout.
        vec!["rooms", "get", "nosuch"],
        vec![
            "--base-url",
            "http://127.0.0.1:9/api/v1",
            "--max-retries",
            "0",
            "quota",
        ],
        vec!["auth", "logout"],
    ]
    .into_iter()
    .map(|args| args.into_iter().map(str::to_owned).collect())
    .collect();

    let mut covered = BTreeSet::new();
    for args in &runs {
        covered.insert(command_of(args));
        for format in ["table", "json"] {
            let mut command = std::process::Command::new(BIN);
            command
                .args(["-vv", "-o", format])
                .args(args)
                .env_remove("VOXAI_PROFILE")
                .env_remove("VOXAI_WS_URL")
                .env_remove("VOXAI_WEBHOOK_SECRET")
                .env("VOXAI_API_KEY", KEY)
                .env("VOXAI_BASE_URL", mock.base_url())
                .env("VOXAI_CONFIG_DIR", dir.path())
                .env("VOXAI_NO_KEYRING", "1")
                .env("NO_COLOR", "1")
                .current_dir(dir.path())
                .stdin(Stdio::null());
            let done = run(command).await;
            assert!(!done.stderr.contains("panicked"), "{args:?}: {done:?}");
            if args[0] == "monitor" {
                assert!(done.stderr.contains("connected"), "{done:?}");
            }
            assert_clean(
                &format!("`voxai {}` ({format})", args.join(" ")),
                &format!("{}\n{}", done.stdout, done.stderr),
            );
        }
    }
    // `webhooks listen` with a forged and a good delivery, then Ctrl-C.
    covered.insert(vec!["webhooks".into(), "listen".into()]);
    let listened = listen_once(&mock, dir.path(), WEBHOOK_SECRET).await;
    assert_clean("`voxai webhooks listen`", &listened);
    // The reference server runs in `mock`; `demo` runs its own with the built-in test keys.
    covered.insert(vec!["mock".into()]);
    covered.insert(vec!["demo".into()]);
    let missing: Vec<_> = leaf_commands().difference(&covered).cloned().collect();
    assert!(
        missing.is_empty(),
        "commands this test does not run: {missing:?}"
    );

    // The reference server's own records: its request log and everything it printed.
    let log = reqwest::get(format!("{}/_mock/requests?per_page=10000", mock.origin))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(log.contains("/api/v1/knowledge/search"), "{log}");
    assert_clean("the reference server's request log", &log);
    let output = mock.stop("TERM");
    assert_clean("the reference server's output", &output);

    // What is left on disk: only the config, which holds no key in the file fallback
    // after logout, and mode 0600 while it does.
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") {
            assert_clean(
                &path.display().to_string(),
                &std::fs::read_to_string(&path).unwrap(),
            );
        }
    }
}

/// Runs `voxai webhooks listen`, delivers a forged and a signed event, and returns all it printed.
async fn listen_once(mock: &MockProcess, dir: &std::path::Path, secret: &str) -> String {
    let mut child = std::process::Command::new(BIN)
        .args([
            "-vv", "webhooks", "listen", "--port", "0", "--count", "1", "--secret", secret,
        ])
        .env("VOXAI_API_KEY", KEY)
        .env("VOXAI_BASE_URL", mock.base_url())
        .env("VOXAI_CONFIG_DIR", dir)
        .env("VOXAI_NO_KEYRING", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let (stderr, first) = tokio::task::spawn_blocking(move || {
        let mut line = String::new();
        stderr.read_line(&mut line).unwrap();
        (stderr, line)
    })
    .await
    .unwrap();
    let url = first
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no URL in {first:?}"))
        .to_owned();
    let now = time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    let event =
        format!(r#"{{"event_type":"test","project_id":1,"timestamp":"{now}","data":{{}}}}"#);
    let http = reqwest::Client::new();
    let forged = http
        .post(&url)
        .header(
            "X-Webhook-Signature",
            voxai_mock::sign_webhook(b"guess", event.as_bytes()),
        )
        .header("content-type", "application/json")
        .body(event.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 401);
    let _signed = http
        .post(&url)
        .header(
            "X-Webhook-Signature",
            voxai_mock::sign_webhook(secret.as_bytes(), event.as_bytes()),
        )
        .header("content-type", "application/json")
        .body(event)
        .send()
        .await;
    let output = tokio::task::spawn_blocking(move || {
        let mut rest = String::new();
        let mut stderr = stderr;
        stderr.read_to_string(&mut rest).unwrap();
        let output = child.wait_with_output().unwrap();
        format!("{first}{rest}{}", String::from_utf8_lossy(&output.stdout))
    })
    .await
    .unwrap();
    assert!(output.contains("refused a delivery"), "{output}");
    output
}
