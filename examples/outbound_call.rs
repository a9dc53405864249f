//! An outbound call, followed live: dial, then watch `call.status` events until the
//! call ends.
//!
//! `CALL_TO=+17751234567 cargo run -p voxai-examples --example outbound_call`

use std::time::Duration;

use futures::TryStreamExt;
use voxai_examples::{Error, Target, say};
use voxai_sdk::monitor::MonitorMessage;
use voxai_sdk::types::monitor::MonitorEvent;
use voxai_sdk::types::sip::{CallStatus, DialRequest};

#[tokio::main]
async fn main() -> Result<(), Error> {
    let target = Target::connect().await?;
    let client = &target.client;
    let number = std::env::var("CALL_TO").unwrap_or_else(|_| "+17751234567".into());

    let mut monitor = client.monitor().rooms().connect().await?;
    let call = client.sip().dial(DialRequest::new(number)).await?.call;
    let or_unknown = |v: Option<String>| v.unwrap_or_else(|| "?".into());
    say(format!(
        "calling {} from {} in {} (session {})",
        or_unknown(call.phone_number.clone()),
        or_unknown(call.caller_id.clone()),
        call.full_room_name,
        or_unknown(call.session_id.map(|id| id.to_string()))
    ));

    if let Some(control) = target.control() {
        // A real call rings and is answered on its own; the reference server is told to.
        for status in [
            CallStatus::Ringing,
            CallStatus::Answered,
            CallStatus::Completed,
        ] {
            control
                .set_call_status(&call.full_room_name, status)
                .await?;
        }
    }

    let watch = async {
        while let Some(message) = monitor.try_next().await? {
            if let MonitorMessage::Event {
                event: MonitorEvent::CallStatus(status),
                ..
            } = message
            {
                if status.room_name != call.full_room_name {
                    continue;
                }
                let Some(now) = status.status else { continue };
                say(format!("call status: {now}"));
                if now.is_over() {
                    break;
                }
            }
        }
        Ok::<(), Error>(())
    };
    tokio::time::timeout(Duration::from_secs(600), watch)
        .await
        .map_err(|_| "the call did not end within 10 minutes")??;

    if let Some(id) = call.session_id {
        let session = client.sessions().get(id).await?.session;
        say(format!(
            "session {} is {}",
            session.id,
            or_unknown(session.status.map(|s| s.to_string()))
        ));
    }
    Ok(())
}
