//! What users see, as snapshots (`voxai-cli/tests/cli/snapshots/`): every command's
//! `--help`, the tables of the reference server's fixtures, and error lines. A change
//! shows up as a diff to review; accept it with `INSTA_UPDATE=always cargo test -p
//! voxai-cli --test cli snapshots` (or `cargo insta review`).

use crate::common::Env;

/// Every command's long help at a fixed width, as clap prints it.
#[test]
fn help_of_every_command() {
    fn walk(command: &clap::Command, path: Vec<String>, out: &mut Vec<(String, String)>) {
        let help = command
            .clone()
            .term_width(100)
            .render_long_help()
            .to_string();
        out.push((path.join("-"), help));
        for child in command.get_subcommands().filter(|c| c.get_name() != "help") {
            let mut deeper = path.clone();
            deeper.push(child.get_name().to_owned());
            walk(child, deeper, out);
        }
    }
    let mut command = voxai_cli::cli::command();
    command.build();
    let mut all = Vec::new();
    walk(&command, vec!["voxai".to_owned()], &mut all);
    assert!(all.len() > 60, "{} commands", all.len());
    for (name, help) in all {
        insta::assert_snapshot!(format!("help-{name}"), help);
    }
}

/// Tables whose content the built-in fixtures fix.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tables_of_the_fixtures() {
    let env = Env::start().await;
    for args in [
        vec!["agents", "list"],
        vec!["agents", "tools", "1"],
        vec!["sip", "trunks"],
        vec!["sip", "configs"],
        vec!["quota"],
        vec!["-q", "agents", "list"],
    ] {
        // Boxed as on a terminal (`-o table`); a pipe gets tab-separated columns.
        let boxed: Vec<&str> = ["-o", "table"].into_iter().chain(args.clone()).collect();
        let run = env.run(&boxed).await;
        run.success();
        insta::assert_snapshot!(format!("table-{}", args.join("-")), run.stdout);
    }
    for args in [
        vec!["agents", "list"],
        vec!["sip", "configs"],
        vec!["quota"],
    ] {
        let run = env.run(&args).await;
        run.success();
        assert!(!run.stdout.contains('│'), "{}", run.stdout);
        insta::assert_snapshot!(format!("tsv-{}", args.join("-")), run.stdout);
    }
}

/// Error lines: what failed, and what to do.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn error_lines() {
    let env = Env::start().await;
    for (name, args) in [
        ("not-found", vec!["rooms", "get", "nosuch"]),
        ("invalid", vec!["kb", "create", ""]),
        ("unknown-profile", vec!["--profile", "nosuch", "quota"]),
        (
            "output-is-a-format",
            vec!["recordings", "download", "1", "-o", "x.ogg"],
        ),
        ("stop-takes-a-room", vec!["-y", "recordings", "stop", "7"]),
        ("agent-not-found", vec!["agents", "tools", "99"]),
    ] {
        let run = env.run(&args).await;
        assert_ne!(run.code, 0, "{args:?}");
        let shown = format!("exit {}\n{}", run.code, run.stderr);
        insta::assert_snapshot!(format!("error-{name}"), shown);
    }
}

/// `voxai audit` of a cassette that drifts from the types: the table, the JSON lines a
/// CI job diffs, and a cassette that is not one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn audit_findings() {
    const CASSETTE: &str = concat!(
        r#"{"format":"voxai-cassette","version":1,"upstream":"https://voxai.ai0.dev/api/v1","recorded_at":"2026-12-07T10:00:00Z","recorder":"voxai-mock 0.1.0"}"#,
        "\n",
        r#"{"kind":"http","seq":1,"method":"GET","path":"/rooms","status":200,"headers":{"content-type":"application/json"},"response":{"json":{"rooms":[{"name":"a","full_name":"p_a","numParticipants":2.0}]}},"duration_ms":12.5}"#,
        "\n",
        r#"{"kind":"http","seq":2,"method":"GET","path":"/rooms/a","status":200,"headers":{"content-type":"application/json","x-ratelimit-limit":"300","x-ratelimit-remaining":"299","x-ratelimit-reset":"1800000000"},"response":{"json":{"room":{"name":"a","fullName":"p_a","status":"archived","participants":[]}}},"duration_ms":8.0}"#,
        "\n",
        r#"{"kind":"monitor_open","connection":1,"query":"api_key=[redacted]","status":101}"#,
        "\n",
        r#"{"kind":"monitor_frame","connection":1,"direction":"server","ms":5.0,"text":"{\"type\":\"room.archived\",\"data\":{}}"}"#,
        "\n",
    );
    let env = Env::start().await;
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("run.jsonl");
    std::fs::write(&good, CASSETTE).unwrap();
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(&bad, &CASSETTE[..CASSETTE.len() / 2]).unwrap();
    let (good, bad) = (good.to_str().unwrap(), bad.to_str().unwrap());
    for (name, args) in [
        ("table", vec!["-o", "table", "audit", good]),
        ("tsv", vec!["audit", good]),
        ("json", vec!["-o", "json", "audit", good]),
        ("not-a-cassette", vec!["audit", bad]),
    ] {
        let run = env.run(&args).await;
        let shown = format!("exit {}\n{}\n{}", run.code, run.stdout, run.stderr)
            .replace(dir.path().to_str().unwrap(), "DIR");
        insta::assert_snapshot!(format!("audit-{name}"), shown);
    }
}
