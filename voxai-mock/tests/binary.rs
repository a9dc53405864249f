//! The `voxai-mock` binary as a script would use it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::Stdio;

use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

const BIN: &str = env!("CARGO_BIN_EXE_voxai-mock");

/// Starts the binary on a free port and reads the URL from its first line.
async fn start(args: &[&str]) -> (Child, String) {
    let mut child = Command::new(BIN)
        .args(["--addr", "127.0.0.1:0"])
        .args(args)
        .stdout(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut first = String::new();
    BufReader::new(stdout).read_line(&mut first).await.unwrap();
    let url = first
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("first line: {first:?}"))
        .to_owned();
    (child, url)
}

#[tokio::test]
async fn prints_its_address_first_and_serves() {
    let (_child, url) = start(&[]).await;
    assert!(url.starts_with("http://127.0.0.1:"));
    let response = reqwest::Client::new()
        .get(format!("{url}/api/v1/quota"))
        .header("X-API-Key", "pk_test_pro")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["plan"], "professional");
}

#[tokio::test]
async fn serves_fixtures_from_a_file() {
    let dir = std::env::temp_dir().join(format!("voxai-mock-fixtures-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("fixtures.json");
    std::fs::write(
        &file,
        r#"{"projects":[{"id":7,"name":"Mine","prefix":"mine_","plan":"enterprise",
            "keys":[{"key":"pk_mine"}],
            "agents":[{"id":70,"name":"Helper","llm_provider":"openai","llm_model":"gpt-4o"}]}]}"#,
    )
    .unwrap();
    let (_child, url) = start(&["--fixtures", file.to_str().unwrap(), "--no-rate-limit"]).await;
    let http = reqwest::Client::new();
    let agents: serde_json::Value = http
        .get(format!("{url}/api/v1/agents"))
        .header("X-API-Key", "pk_mine")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(agents["agents"][0]["name"], "Helper");
    let builtin = http
        .get(format!("{url}/api/v1/agents"))
        .header("X-API-Key", "pk_test_pro")
        .send()
        .await
        .unwrap();
    assert_eq!(
        builtin.status().as_u16(),
        401,
        "fixtures replace the built-in keys"
    );
}

#[tokio::test]
async fn bad_fixtures_fail_with_a_message() {
    let dir = std::env::temp_dir().join(format!("voxai-mock-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("bad.json");
    std::fs::write(&file, r#"{"projects":[{"id":"seven"}]}"#).unwrap();
    let output = Command::new(BIN)
        .args(["--fixtures", file.to_str().unwrap()])
        .output()
        .await
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("projects[0].id"), "{stderr}");
    let missing = Command::new(BIN)
        .args(["--fixtures", "/nonexistent/f.json"])
        .output()
        .await
        .unwrap();
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read fixtures"));
}

#[tokio::test]
async fn help_documents_keys_fixtures_and_the_control_plane() {
    let output = Command::new(BIN).arg("--help").output().await.unwrap();
    assert!(output.status.success());
    let help = String::from_utf8_lossy(&output.stdout);
    for needle in [
        "pk_test_pro",
        "pk_test_free",
        "pk_test_enterprise",
        "pk_test_revoked",
        "--fixtures",
        "/_mock/reset",
        "/_mock/faults",
        "/_mock/webhooks/deliveries",
        "--no-rate-limit",
    ] {
        assert!(help.contains(needle), "--help lacks {needle}");
    }
}

#[cfg(unix)]
#[tokio::test]
async fn sigterm_closes_monitor_sockets_with_1001() {
    use futures::{SinkExt, StreamExt};
    use tokio_tungstenite::tungstenite::Message;

    let (child, url) = start(&["--responses", "full"]).await;
    let ws = format!(
        "{}/ws/monitor?api_key=pk_test_pro",
        url.replacen("http", "ws", 1)
    );
    let (mut socket, _) = tokio_tungstenite::connect_async(ws).await.unwrap();
    socket
        .send(Message::Text(
            r#"{"action":"subscribe","channel":"rooms"}"#.into(),
        ))
        .await
        .unwrap();
    // Subscribed: the server has the connection.
    let confirmed = socket.next().await.unwrap().unwrap();
    assert!(confirmed.to_text().unwrap().contains("subscribed"));

    let pid = child.id().unwrap().to_string();
    let killed = Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .await
        .unwrap();
    assert!(killed.success());
    let close = tokio::time::timeout(std::time::Duration::from_secs(30), async {
        while let Some(frame) = socket.next().await {
            if let Ok(Message::Close(frame)) = frame {
                return frame;
            }
        }
        None
    })
    .await
    .expect("the server closes the socket");
    let frame = close.expect("a close frame, not a dropped connection");
    assert_eq!(u16::from(frame.code), 1001);
}
