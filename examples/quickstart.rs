//! Quickstart: a key, a room, a token to join it.
//!
//! `cargo run -p voxai-examples --example quickstart` (embedded server), or with
//! `VOXAI_API_KEY` (and `VOXAI_BASE_URL`) set, against a deployment.

use voxai_examples::{Error, Target, say};
use voxai_sdk::types::tokens::TokenRequest;

#[tokio::main]
async fn main() -> Result<(), Error> {
    let target = Target::connect().await?;
    let client = &target.client;

    let quota = client.quota().await?;
    say(format!(
        "plan: {}",
        quota.plan_display.as_deref().unwrap_or("unknown")
    ));

    let room = client.rooms().create("quickstart").await?.room;
    say(format!(
        "room {} ({})",
        room.full_name,
        room.sid.as_deref().unwrap_or("no sid")
    ));

    let token = client
        .token(TokenRequest::new("alice", "quickstart"))
        .await?;
    say(format!(
        "alice joins {} at {} with a {}-byte token",
        token.room.as_ref().unwrap_or(&room.full_name),
        token.ws_url.as_deref().unwrap_or("the LiveKit server"),
        token.token.len()
    ));
    let agents: Vec<String> = token
        .agents_dispatched
        .iter()
        .map(ToString::to_string)
        .collect();
    say(format!("agents dispatched: [{}]", agents.join(", ")));

    client.rooms().delete("quickstart").await?;
    say("room closed");
    Ok(())
}
