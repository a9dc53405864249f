//! Holes found under attack, kept closed: duration flags that panicked, empty webhook
//! secrets, replayed and stale deliveries.

use std::io::{BufRead, BufReader, Read};
use std::process::Stdio;

use crate::common::{Env, run};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn extreme_durations_are_usage_errors_not_panics() {
    let env = Env::start().await;
    for value in [
        "1e20", "inf", "-inf", "NaN", "-0", "0", "-1", "", "ten", "31536001",
    ] {
        for args in [
            vec![format!("--timeout={value}"), "quota".into()],
            vec!["monitor".into(), format!("--timeout={value}")],
            vec![
                "webhooks".into(),
                "listen".into(),
                "--secret".into(),
                "s".into(),
                format!("--tolerance={value}"),
            ],
        ] {
            let mut command = env.command();
            command.args(&args);
            let done = run(command).await;
            assert_eq!(done.code, 2, "{args:?}: {done:?}");
            assert!(!done.stderr.contains("panicked"), "{args:?}: {done:?}");
            assert!(done.stderr.contains("seconds"), "{args:?}: {done:?}");
        }
    }
    let mut command = env.command();
    command.args(["--timeout", "2.5", "quota"]);
    run(command).await.success();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_empty_webhook_secret_is_a_usage_error() {
    let env = Env::start().await;
    let body = env.dir.path().join("body.json");
    std::fs::write(&body, b"{}").unwrap();
    let signature = voxai_mock::sign_webhook(b"", b"{}");
    for args in [
        vec![
            "webhooks",
            "verify",
            "--secret",
            "",
            "--signature",
            &signature,
            body.to_str().unwrap(),
        ],
        vec!["webhooks", "listen", "--secret", "", "--port", "0"],
    ] {
        let mut command = env.command();
        command.args(&args).env("VOXAI_WEBHOOK_SECRET", "");
        let done = run(command).await;
        assert_eq!(done.code, 2, "{args:?}: {done:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn listen_drops_repeated_deliveries_and_refuses_stale_ones() {
    let env = Env::start().await;
    let mut command = env.command();
    command
        .args([
            "-o", "json", "webhooks", "listen", "--port", "0", "--secret", "s3cret", "--count", "2",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().unwrap();
    let stderr = child.stderr.take().unwrap();
    let (child, url, logs) = tokio::task::spawn_blocking(move || {
        let mut reader = BufReader::new(stderr);
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        let url = line
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap()
            .to_owned();
        // The rest of stderr, read until the listener exits.
        let logs = std::thread::spawn(move || {
            let mut rest = String::new();
            reader.read_to_string(&mut rest).unwrap();
            rest
        });
        (child, url, logs)
    })
    .await
    .unwrap();

    let http = reqwest::Client::new();
    let deliver = |body: String, id: &'static str| {
        let signature = voxai_mock::sign_webhook(b"s3cret", body.as_bytes());
        http.post(&url)
            .header("X-Webhook-Signature", signature)
            .header("X-Webhook-Id", id)
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    let now = time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    let event = |at: &str| {
        format!(r#"{{"event_type":"test","project_id":1,"timestamp":"{at}","data":{{}}}}"#)
    };
    let first = deliver(event(&now), "evt_1").await.unwrap();
    assert_eq!(first.status(), 200);
    // The same event again (a retry or a replay): acknowledged, not printed twice.
    let again = deliver(event(&now), "evt_1").await.unwrap();
    assert_eq!(again.status(), 200);
    // Correctly signed, but an hour old: refused.
    let stale = deliver(event("2020-01-01T00:00:00Z"), "evt_old")
        .await
        .unwrap();
    assert_eq!(stale.status(), 401);
    // The last event ends the listener (--count 2); its response may be cut short by
    // the shutdown, so only what was printed is checked.
    let _last = deliver(event(&now).replace("{}}", r#"{"n":2}}"#), "evt_2").await;

    let output = tokio::task::spawn_blocking(move || child.wait_with_output())
        .await
        .unwrap()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(stdout.lines().count(), 2, "{stdout}");
    let logs = logs.join().unwrap();
    assert!(
        logs.contains("dropped a repeated delivery of test ")
            && logs.contains("(1 repeated so far)"),
        "{logs}"
    );
    assert!(logs.contains("refused a delivery"), "{logs}");
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ctrl_c_ends_a_command_with_130() {
    let env = Env::start().await;
    let mut command = env.command();
    command
        .args(["webhooks", "listen", "--port", "0", "--secret", "s"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().unwrap();
    let stderr = child.stderr.take().unwrap();
    let child = tokio::task::spawn_blocking(move || {
        let mut line = String::new();
        BufReader::new(stderr).read_line(&mut line).unwrap();
        assert!(line.contains("listening on"), "{line}");
        child
    })
    .await
    .unwrap();
    let pid = child.id().to_string();
    let sent = std::process::Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .unwrap();
    assert!(sent.success());
    let output = tokio::task::spawn_blocking(move || child.wait_with_output())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(output.status.code(), Some(130), "{output:?}");
}
