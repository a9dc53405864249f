//! Recorded traffic in your own tests: record once where a network exists, replay
//! offline in CI.
//!
//! Where you have network access, record a run of your application (or of the
//! conformance suite) against the real service:
//!
//! ```sh
//! voxai mock --proxy https://voxai.ai0.dev/api/v1 --record tests/data/support.jsonl
//! VOXAI_BASE_URL=http://127.0.0.1:4010/api/v1 cargo run --bin your-app   # in another shell
//! ```
//!
//! Commit the cassette (it holds no key, token or secret), and let your tests serve it
//! with `MockServer::builder().replay(..)`. This example plays both parts: it records
//! `support_desk` through the proxy in front of an embedded reference server, then runs
//! `support_desk` again against the replay, offline, and checks that every request had
//! its recorded answer. `cargo run -p voxai-examples --example replay`.

use voxai_examples::{Error, say};
use voxai_mock::MockServer;
use voxai_sdk::Client;
use voxai_sdk::types::sessions::{AddTranscriptRequest, CreateSessionRequest, Speaker};

/// The code under test: opens a help-desk room, logs a short conversation and returns
/// its transcript.
async fn support_desk(client: &Client) -> Result<String, Error> {
    let room = client.rooms().create("help-desk").await?.room;
    let sessions = client.sessions();
    sessions
        .create(CreateSessionRequest::new(room.full_name.as_str()))
        .await?;
    for (speaker, line) in [
        (Speaker::User, "My order has not arrived."),
        (Speaker::Agent, "Let me look that up for you."),
    ] {
        sessions
            .add_transcript(&room.full_name, AddTranscriptRequest::new(speaker, line))
            .await?;
    }
    let session = sessions.list().await?.sessions.remove(0);
    let transcript = sessions.transcript_text(session.id).await?;
    sessions.end(&room.full_name, Default::default()).await?;
    Ok(transcript)
}

fn client(base_url: &str) -> Result<Client, Error> {
    Ok(Client::builder()
        .api_key(voxai_mock::keys::PRO)
        .base_url(base_url)
        .build()?)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let dir = std::env::temp_dir().join(format!("voxai-replay-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let cassette = dir.join("support.jsonl");

    // 1. Record (where you would point the proxy at the real service).
    let service = MockServer::builder().start().await?;
    let proxy = MockServer::builder()
        .record(service.base_url(), &cassette)
        .force(true)
        .start()
        .await?;
    let recorded = support_desk(&client(&proxy.base_url())?).await?;
    proxy.shutdown().await;
    drop(service);
    let lines = std::fs::read_to_string(&cassette)?.lines().count();
    say(format!("recorded {} exchanges", lines - 1));

    // 2. Replay, offline: the same code gets the same answers.
    let replay = MockServer::builder().replay(&cassette).start().await?;
    let replayed = support_desk(&client(&replay.base_url())?).await?;
    say(format!("replayed transcript:\n{replayed}"));
    let misses = replay.misses();
    if !misses.is_empty() || replayed != recorded {
        return Err(format!("the replay differs: {misses:?}").into());
    }
    say("every request had its recorded answer");
    std::fs::remove_dir_all(&dir)?;
    Ok(())
}
