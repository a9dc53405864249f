//! A monitor dashboard: live events of every room, one line each, reconnecting on its
//! own. Runs until Ctrl-C, or until `MAX_EVENTS` events (default 7 on the embedded
//! server: the activity it is given to show).

use futures::TryStreamExt;
use voxai_examples::{Error, Target, say};
use voxai_mock::control_plane::Join;
use voxai_sdk::monitor::MonitorMessage;
use voxai_sdk::types::sessions::{AddTranscriptRequest, CreateSessionRequest, Speaker};

#[tokio::main]
async fn main() -> Result<(), Error> {
    let target = Target::connect().await?;
    let client = target.client.clone();
    let max: Option<u64> = match std::env::var("MAX_EVENTS") {
        Ok(n) => Some(n.parse()?),
        Err(_) => target.is_embedded().then_some(7),
    };
    let mut monitor = client.monitor().rooms().connect().await?;
    say("watching every room (Ctrl-C to stop)");

    if let Some(control) = target.control() {
        // Something to watch.
        client.rooms().create("lobby").await?;
        control.join("proj_lobby", &Join::new("dana")).await?;
        client
            .sessions()
            .create(CreateSessionRequest::new("proj_lobby"))
            .await?;
        client
            .sessions()
            .add_transcript(
                "proj_lobby",
                AddTranscriptRequest::new(Speaker::User, "Is anyone there?"),
            )
            .await?;
        client.recordings().start("lobby").await?;
        client.recordings().stop("lobby", None).await?;
        client.rooms().delete("lobby").await?;
    }

    // The embedded run must end even if an event went missing.
    let deadline = tokio::time::sleep(if target.is_embedded() {
        std::time::Duration::from_secs(30)
    } else {
        std::time::Duration::MAX
    });
    tokio::pin!(deadline);
    let mut seen = 0u64;
    loop {
        let message = tokio::select! {
            message = monitor.try_next() => message?,
            _ = tokio::signal::ctrl_c() => break,
            () = &mut deadline => return Err(format!("only {seen} events arrived within 30 s").into()),
        };
        let Some(message) = message else { break };
        match message {
            MonitorMessage::Event { event, .. } => {
                seen += 1;
                say(format!(
                    "{:<20} {:<20} {}",
                    event.event_type(),
                    event.room_name().unwrap_or("-"),
                    event.data()
                ));
                if max.is_some_and(|max| seen >= max) {
                    break;
                }
            }
            MonitorMessage::Disconnected { reason } => {
                say(format!("-- disconnected ({reason}); reconnecting"))
            }
            MonitorMessage::Reconnected { attempts } => {
                say(format!("-- reconnected after {attempts} attempt(s)"))
            }
            other => say(format!("-- {other:?}")),
        }
    }
    say(format!("{seen} events"));
    Ok(())
}
