//! `-v`, `-vv` and `VOXAI_LOG` (the SDK's `tracing` events on stderr), and the proxy
//! settings of the environment, which REST calls and the monitor share.

use voxai_mock::keys;

use crate::common::Env;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verbose_lines_and_voxai_log_directives() {
    let env = Env::start().await;
    // -v: one line per request, the path without its query, nothing on stdout from it.
    let one = env
        .run(&["-v", "-q", "sessions", "list", "--page", "2"])
        .await;
    one.success();
    assert!(
        one.stderr.contains("GET /api/v1/sessions -> 200 ("),
        "{}",
        one.stderr
    );
    assert!(!one.stderr.contains("page=2"), "{}", one.stderr);
    assert!(!one.stdout.contains("GET /api/v1"), "{}", one.stdout);
    // -vv: with the query.
    let two = env.run(&["-vv", "sessions", "list", "--page", "2"]).await;
    assert!(two.stderr.contains("/api/v1/sessions?"), "{}", two.stderr);
    assert!(two.stderr.contains("page=2"), "{}", two.stderr);

    // VOXAI_LOG: a directive, with levels, targets and the call's span named by template.
    let mut traced = env.command();
    traced
        .env("VOXAI_LOG", "voxai_sdk=trace")
        .args(["rooms", "get", "lobby-42"]);
    let traced = crate::common::run(traced).await;
    assert!(traced.stderr.contains("DEBUG"), "{}", traced.stderr);
    assert!(
        traced.stderr.contains("voxai_sdk::http"),
        "{}",
        traced.stderr
    );
    assert!(
        traced.stderr.contains("url.template=\"/rooms/{roomName}\""),
        "{}",
        traced.stderr
    );
    assert!(!traced.stderr.contains(keys::PRO), "{}", traced.stderr);
    assert!(!traced.stdout.contains("voxai_sdk"), "{}", traced.stdout);

    // A directive that does not parse is a usage error, before anything is sent.
    let mut bad = env.command();
    bad.env("VOXAI_LOG", "voxai_sdk=loud").args(["quota"]);
    let bad = crate::common::run(bad).await;
    bad.code(2);
    assert!(bad.stderr.contains("VOXAI_LOG"), "{}", bad.stderr);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rest_and_the_monitor_follow_the_proxy_environment() {
    let env = Env::start().await;
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let proxy = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    for args in [&["quota"][..], &["monitor", "--count", "1"][..]] {
        // Through a proxy that is down: the proxy is named, not the base URL.
        let mut through = env.command();
        through
            .env("HTTP_PROXY", &proxy)
            .env_remove("NO_PROXY")
            .env_remove("no_proxy")
            .args(["--max-retries", "0"])
            .args(args);
        let failed = crate::common::run(through).await;
        failed.code(7);
        assert!(
            failed.stderr.contains(&proxy),
            "{args:?}: {}",
            failed.stderr
        );
        assert!(failed.stderr.contains("proxy"), "{}", failed.stderr);
        assert!(!failed.stderr.contains(keys::PRO), "{}", failed.stderr);
    }
    // NO_PROXY sends REST around it.
    let mut direct = env.command();
    direct
        .env("HTTP_PROXY", &proxy)
        .env("NO_PROXY", "127.0.0.1")
        .args(["-q", "quota"]);
    crate::common::run(direct).await.success();
}
