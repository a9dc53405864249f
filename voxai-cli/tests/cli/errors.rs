//! Exit codes and error lines.

use voxai_mock::MockServer;
use voxai_mock::control_plane::FaultSpec;

use crate::common::Env;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exit_codes_follow_the_contract() {
    let env = Env::start().await;
    let unauthorized = env
        .command()
        .env("VOXAI_API_KEY", "pk_nope")
        .args(["rooms", "list"])
        .output()
        .unwrap();
    assert_eq!(unauthorized.status.code(), Some(3));
    let line = String::from_utf8_lossy(&unauthorized.stderr);
    assert!(
        line.contains("401") && line.contains("voxai auth login") && line.contains("VOXAI_API_KEY"),
        "{line}"
    );
    assert_eq!(line.lines().count(), 1, "one line: {line}");
    assert!(!line.contains("pk_nope"));

    env.run(&["rooms", "get", "missing"]).await.code(4);
    env.run(&["rooms", "create", "twice"]).await.success();
    env.run(&["rooms", "create", "twice"]).await.code(5);
    env.run(&["agents", "tools", "10"]).await.code(3);
    env.run(&["not-a-command"]).await.code(2);
    env.run(&["rooms", "get"]).await.code(2);
    let no_key = env
        .command()
        .env_remove("VOXAI_API_KEY")
        .args(["rooms", "list"])
        .output()
        .unwrap();
    assert_eq!(no_key.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&no_key.stderr).contains("voxai auth login"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_errors_carry_the_envelope() {
    let env = Env::start().await;
    let run = env.run(&["-o", "json", "rooms", "get", "missing"]).await;
    run.code(4);
    let envelope: serde_json::Value =
        serde_json::from_str(run.stderr.lines().last().unwrap()).unwrap();
    assert_eq!(envelope["code"], "NOT_FOUND");
    assert!(run.stdout.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quotas_rate_limits_and_the_network() {
    let mut fixtures = voxai_mock::Fixtures::builtin();
    fixtures.projects[0].quota_limits.insert("rooms".into(), 0);
    let env = Env::with(MockServer::builder().fixtures(fixtures)).await;
    let quota = env.run(&["rooms", "create", "r"]).await;
    quota.code(6);
    assert!(
        quota.stderr.contains("QUOTA_EXCEEDED") && quota.stderr.contains("upgrade"),
        "{}",
        quota.stderr
    );
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let offline = env
        .command()
        .args([
            "--max-retries",
            "0",
            "--base-url",
            &format!("http://127.0.0.1:{port}/api/v1"),
            "rooms",
            "list",
        ])
        .output()
        .unwrap();
    assert_eq!(offline.status.code(), Some(7));
    // A 5xx after retries is a plain failure.
    env.control()
        .add_fault(&FaultSpec::new("/api/v1/agents").status(500).count(5))
        .await
        .unwrap();
    let failed = env
        .run(&["--max-retries", "0", "-v", "agents", "list"])
        .await;
    failed.code(1);
    assert!(
        failed.stderr.contains("GET /api/v1/agents -> 500"),
        "-v logs requests: {}",
        failed.stderr
    );
}

/// The fault matrix as a script sees it: each injected fault ends with the documented exit
/// code, and a write whose response was lost is neither repeated nor reported as done.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn injected_faults_end_as_documented() {
    let env = Env::start().await;
    let control = env.control();
    let path = "/api/v1/rooms";
    let get = || FaultSpec::new(path).method("GET");
    let post = || FaultSpec::new(path).method("POST");
    let cases: [(FaultSpec, &[&str], i32, &str); 6] = [
        // Rate limited once, with Retry-After: waited out, then success.
        (get().status(429).retry_after(1), &["rooms", "list"], 0, ""),
        // A 503 burst longer than the retries: a failure, exit 1.
        (
            get().status(503).count(3),
            &["--max-retries", "2", "rooms", "list"],
            1,
            "503",
        ),
        // A connection dropped before the answer, on a GET: retried, success.
        (get().drop_connection(), &["rooms", "list"], 0, ""),
        // A response slower than --timeout: a network failure, exit 7.
        (
            get().latency_ms(5000),
            &["--timeout", "0.3", "--max-retries", "0", "rooms", "list"],
            7,
            "timed out",
        ),
        // A 500 to a POST: not repeated, exit 1.
        (
            post().status(500),
            &["rooms", "create", "after-500"],
            1,
            "500",
        ),
        // The room is created but the response is lost: exit 7, and not created twice.
        (
            post().lose_response(),
            &["rooms", "create", "lost"],
            7,
            "may have been applied",
        ),
    ];
    for (spec, args, code, says) in cases {
        control.add_fault(&spec).await.unwrap();
        let done = env.run(args).await;
        assert_eq!(done.code, code, "{spec:?} {args:?}: {done:?}");
        assert!(done.stderr.contains(says), "{spec:?}: {}", done.stderr);
        assert!(!done.stderr.contains("panicked"), "{done:?}");
    }
    let rooms = env.json(&["rooms", "list"]).await;
    let names: Vec<&str> = rooms["rooms"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["name"].as_str())
        .collect();
    assert_eq!(
        names,
        ["lost"],
        "the lost write happened once; the refused one never"
    );
}
