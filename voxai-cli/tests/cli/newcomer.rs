//! What tripped a new user, kept fixed: hints that lead somewhere, network errors that
//! say what happened, downloads, pipes, tables a person can copy from.

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use crate::common::{BIN, Env, MockProcess};

#[test]
fn voxai_mock_says_how_to_point_the_cli_at_it() {
    let mut mock = MockProcess::start("127.0.0.1:0", &[]);
    let (mut base, mut export) = (String::new(), String::new());
    mock.stdout.read_line(&mut base).unwrap();
    mock.stdout.read_line(&mut export).unwrap();
    let (base, export) = (base.trim_end(), export.trim_end());
    let base_url = mock.base_url();
    assert_eq!(base, format!("base URL {base_url}; in another shell:"));
    assert!(export.starts_with("  export "), "{export:?}");
    assert_eq!(
        export.trim(),
        format!("export VOXAI_BASE_URL={base_url} VOXAI_API_KEY=pk_test_pro")
    );
    mock.stop("TERM");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_base_url_without_api_v1_is_named_as_the_cause() {
    let env = Env::start().await;
    let run = env
        .run(&["--base-url", &env.server.url(), "rooms", "list"])
        .await;
    run.code(4);
    assert!(
        run.stderr.contains("the API is under /api/v1"),
        "{}",
        run.stderr
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn network_errors_say_what_happened() {
    let env = Env::start().await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let refused = env
        .run(&[
            "--max-retries",
            "0",
            "--base-url",
            &format!("http://127.0.0.1:{port}/api/v1"),
            "quota",
        ])
        .await;
    refused.code(7);
    assert!(
        refused.stderr.contains("connection refused") && refused.stderr.contains("nothing listens"),
        "{}",
        refused.stderr
    );
    // HTTPS to a plain-HTTP server: the TLS handshake fails, and the hint says where to look.
    let https = env.server.base_url().replace("http://", "https://");
    let tls = env
        .run(&["--max-retries", "0", "--base-url", &https, "quota"])
        .await;
    tls.code(7);
    assert!(
        tls.stderr.contains("TLS failed") && tls.stderr.contains("scheme"),
        "{}",
        tls.stderr
    );
    // With -v each retry is logged as it happens.
    let retried = env
        .run(&[
            "-v",
            "--max-retries",
            "2",
            "--base-url",
            &format!("http://127.0.0.1:{port}/api/v1"),
            "quota",
        ])
        .await;
    assert_eq!(
        retried.stderr.matches("attempt ").count(),
        2,
        "{}",
        retried.stderr
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mistakes_get_hints() {
    let env = Env::start().await;
    let output = env
        .run(&["recordings", "download", "1", "-o", "file.ogg"])
        .await;
    output.code(2);
    assert!(
        output.stderr.contains("pass the file as an argument"),
        "{}",
        output.stderr
    );
    let stop = env.run(&["-y", "recordings", "stop", "1"]).await;
    stop.code(4);
    assert!(stop.stderr.contains("takes a room name"), "{}", stop.stderr);
    let profile = env.run(&["--profile", "nosuch", "quota"]).await;
    profile.code(2);
    assert!(
        profile.stderr.contains("profile \"nosuch\" does not exist"),
        "{}",
        profile.stderr
    );
    let missing = env
        .run(&[
            "webhooks",
            "verify",
            "--secret",
            "s",
            "--signature",
            "sha256=00",
            "/nonexistent/body.json",
        ])
        .await;
    missing.code(2);
    // An event type this version does not know: a warning with the closest one, and the
    // monitor still runs (here until its timeout).
    let typo = env
        .run(&[
            "monitor",
            "--event",
            "transcript.neww",
            "--count",
            "1",
            "--timeout",
            "0.3",
        ])
        .await;
    typo.code(7);
    assert!(
        typo.stderr.contains("did you mean transcript.new?"),
        "{}",
        typo.stderr
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn downloads_leave_no_empty_file_and_know_when_they_are_done() {
    let env = Env::start().await;
    let dest = env.dir.path().join("missing.ogg");
    let failed = env
        .run(&["recordings", "download", "999", dest.to_str().unwrap()])
        .await;
    failed.code(4);
    assert!(!dest.exists(), "a failed download left {}", dest.display());

    env.run(&["rooms", "create", "rec"]).await.success();
    env.run(&["recordings", "start", "rec"]).await.success();
    env.run(&["-y", "recordings", "stop", "rec"])
        .await
        .success();
    let list = env.json(&["recordings", "list"]).await;
    let id = list["recordings"][0]["id"].as_u64().unwrap().to_string();
    let file = env.dir.path().join("rec.ogg");
    let path = file.to_str().unwrap();
    env.run(&["recordings", "download", &id, path])
        .await
        .success();
    let size = std::fs::metadata(&file).unwrap().len();
    assert!(size > 0);
    // Downloading again replaces the file (through its part file).
    env.run(&["recordings", "download", &id, path])
        .await
        .success();
    assert_eq!(std::fs::metadata(&file).unwrap().len(), size);
    // A part file already complete (interrupted just before its rename) is only renamed.
    let done = env.dir.path().join("done.ogg");
    std::fs::copy(&file, env.dir.path().join("done.ogg.part")).unwrap();
    let again = env
        .run(&["recordings", "download", &id, done.to_str().unwrap()])
        .await;
    again.success();
    assert!(
        again.stderr.contains("already complete") && again.stderr.contains(&size.to_string()),
        "{}",
        again.stderr
    );
    assert_eq!(std::fs::read(&done).unwrap(), std::fs::read(&file).unwrap());
}

#[test]
fn a_closed_stdout_ends_quietly() {
    let mut child = std::process::Command::new(BIN)
        .args(["completions", "bash"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // `| head -1`: read one line, then close the pipe.
    let mut first = String::new();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    stdout.read_line(&mut first).unwrap();
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert!(output.stderr.is_empty(), "{output:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tables_a_person_can_copy_from() {
    let env = Env::start().await;
    // The token on a line of its own, outside the box.
    let token = env
        .run(&[
            "token",
            "create",
            "--identity",
            "a",
            "--room",
            "r",
            "--no-agent",
        ])
        .await;
    let lines = token.success().lines();
    let last = lines.last().unwrap();
    assert_eq!(
        last.split('.').count(),
        3,
        "a JWT alone on the last line: {last}"
    );
    assert!(!last.contains('│'));
    // The usage total row: each figure under its own header, the rest below the table.
    let usage = env.run(&["usage", "--group-by", "service"]).await;
    let text = &usage.success().stdout;
    let total = text.lines().find(|l| l.contains("total (")).unwrap();
    assert!(
        !total.contains("tokens") && !total.contains("API calls"),
        "{text}"
    );
    assert!(
        text.lines().last().unwrap().starts_with("tokens: "),
        "{text}"
    );
    // What was done, to what.
    env.run(&["rooms", "create", "named"]).await.success();
    let deleted = env.run(&["-y", "rooms", "delete", "named"]).await;
    assert!(
        deleted.success().stdout.contains("named"),
        "{}",
        deleted.stdout
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn room_names_work_in_either_form() {
    let env = Env::start().await;
    env.run(&["rooms", "create", "bulk2"]).await.success();
    // Copied from `sessions list` or `monitor`, which print full names.
    env.run(&["rooms", "get", "proj_bulk2"]).await.success();
    env.run(&["sessions", "create", "bulk2", "--agent", "1"])
        .await
        .success();
    env.run(&["sessions", "end", "bulk2"]).await.success();
    env.run(&["call", "send-data", "proj_bulk2", "hi"])
        .await
        .success();
    // A room that does not exist: the error says which form was sent and expected.
    let missing = env.run(&["rooms", "get", "proj_nosuch"]).await;
    missing.code(4);
    assert!(
        missing
            .stderr
            .contains("without the project prefix; sent \"nosuch\""),
        "{}",
        missing.stderr
    );
}
