//! A server that answers 2xx with less (or other) than our reference server sends: the
//! CLI reports success, never a decode failure.

use axum::http::header::CONTENT_TYPE;

use crate::common::{Env, run};

/// A server answering every request with `status` and `body`; its base URL.
async fn answering(status: u16, body: &'static str) -> String {
    let app = axum::Router::new().fallback(move || async move {
        (
            axum::http::StatusCode::from_u16(status).unwrap(),
            [(CONTENT_TYPE, "application/json")],
            body,
        )
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}/api/v1")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_2xx_that_cannot_be_a_table_is_printed_as_json_with_a_warning() {
    let env = Env::start().await;
    // A room without its name: the response is useless as a table, but it succeeded.
    let base = answering(200, r#"{"rooms":[{"fullName":"proj_x","region":"eu"}]}"#).await;
    let mut command = env.command();
    command.env("VOXAI_BASE_URL", &base).args(["rooms", "list"]);
    let listed = run(command).await;
    listed.success();
    assert!(
        listed.stdout.contains("\"fullName\": \"proj_x\""),
        "{listed:?}"
    );
    assert!(
        listed.stderr.contains("warning: the request succeeded")
            && listed.stderr.contains("rooms[0]"),
        "{listed:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledgements_succeed_whatever_the_body() {
    let env = Env::start().await;
    for body in ["", "{}", r#"{"success": true}"#] {
        let base = answering(200, body).await;
        for args in [
            &["sessions", "end", "proj_x"][..],
            &[
                "sessions",
                "add-transcript",
                "proj_x",
                "--speaker",
                "user",
                "--content",
                "hi",
            ],
            &["kb", "create", "FAQ"],
            &["kb", "ingest", "1", "--content", "some text"],
            &["kb", "chunk-update", "1", "2", "--content", "new"],
            &["webhooks", "test"],
            &["call", "mute", "room", "user1"],
        ] {
            let mut command = env.command();
            command.env("VOXAI_BASE_URL", &base).args(args);
            let done = run(command).await;
            assert_eq!(done.code, 0, "{args:?} with {body:?}: {done:?}");
            assert!(!done.stderr.contains("decode"), "{args:?}: {done:?}");
        }
    }
}
