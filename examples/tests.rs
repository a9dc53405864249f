//! Every example runs, against an embedded reference server, so none can rot.
//!
//! `cargo test` builds the examples; these tests run the binaries it built.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;
use std::process::{Command, Output};

fn example(name: &str) -> PathBuf {
    // target/<profile>/deps/examples-<hash> -> target/<profile>/examples/<name>
    let deps = std::env::current_exe()
        .unwrap()
        .parent()
        .unwrap()
        .to_path_buf();
    let path = deps
        .parent()
        .unwrap()
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "{} is not built: run `cargo test -p voxai-examples` (it builds the examples)",
        path.display()
    );
    path
}

fn run(name: &str, env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(example(name));
    command
        .env_remove("VOXAI_API_KEY")
        .env_remove("VOXAI_BASE_URL");
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().unwrap()
}

fn succeeds(name: &str) -> String {
    let output = run(name, &[]);
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{name} failed: {stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

#[test]
fn quickstart() {
    let out = succeeds("quickstart");
    assert!(
        out.contains("room proj_quickstart")
            && out.contains("agents dispatched: [1]")
            && out.contains("room closed"),
        "{out}"
    );
}

#[test]
fn outbound_call() {
    let out = succeeds("outbound_call");
    for status in [
        "call status: ringing",
        "call status: answered",
        "call status: completed",
        "is completed",
    ] {
        assert!(out.contains(status), "{status}: {out}");
    }
}

#[test]
fn rag() {
    let out = succeeds("rag");
    assert!(
        out.contains("uploaded hours.md") && out.contains("uploaded refunds.md"),
        "{out}"
    );
    let minimal = std::env::var("VOXAI_MOCK_RESPONSES").as_deref() == Ok("minimal");
    for (question, source, heading) in [
        (
            "What are your opening hours?",
            "hours.md",
            "# Opening hours",
        ),
        ("How do I get a refund?", "refunds.md", "# Refunds"),
        ("How long does shipping take?", "shipping.md", "# Shipping"),
    ] {
        let answer = out
            .split_once(&format!("{question}\n  -> "))
            .and_then(|(_, rest)| rest.lines().next())
            .unwrap_or_else(|| panic!("no answer to {question}: {out}"));
        assert!(answer.ends_with(heading), "{question}: {answer}");
        // The reference shows no search body: only the full mode names the source.
        if !minimal {
            assert!(answer.starts_with(&format!("[{source}]")), "{answer}");
        }
    }
}

#[test]
fn monitor_dashboard() {
    let out = succeeds("monitor_dashboard");
    assert!(
        out.contains("room.created") && out.contains("transcript.new") && out.contains("7 events"),
        "{out}"
    );
}

#[test]
fn webhook_receiver() {
    let out = succeeds("webhook_receiver");
    assert!(out.contains("verified: room.started, test"), "{out}");
}

#[test]
fn ci_report_passes_and_fails_on_the_threshold() {
    let out = succeeds("ci_report");
    assert!(
        out.contains("plan Professional") && out.contains("ok: every quota"),
        "{out}"
    );
    let failing = run("ci_report", &[("QUOTA_THRESHOLD", "5")]);
    assert_eq!(failing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&failing.stdout).contains("FAIL: over 5%"));
}

#[test]
fn replay() {
    let out = succeeds("replay");
    assert!(
        out.contains("recorded 7 exchanges")
            && out.contains("[00:00] User: My order has not arrived.")
            && out.contains("every request had its recorded answer"),
        "{out}"
    );
}

#[test]
fn extend() {
    let out = succeeds("extend");
    assert!(
        out.contains("audit: GET /api/v1/quota -> 200")
            && out.contains("usage (answered by the interceptor): 0 calls")
            && out.contains("2 exchanges seen"),
        "{out}"
    );
}
