//! `voxai monitor`: live room events, one line each (reference section 13).

use std::time::Duration;

use clap::Args;
use futures::TryStreamExt;
use voxai_sdk::monitor::MonitorMessage;
use voxai_types::monitor::{MonitorEvent, MonitorEventType};
use voxai_types::sessions::Speaker;

use super::webhooks::clock;
use crate::context::Ctx;
use crate::error::CliError;
use crate::output::{self, Cell};

/// `voxai monitor` flags.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  voxai monitor                          # every room\n  voxai monitor --room support --event transcript.new\n  voxai -o json monitor --count 1 --timeout 60   # wait for one event in a script"
)]
pub struct MonitorArgs {
    /// Only these rooms (repeatable), with or without the project prefix (a name that
    /// starts with the prefix is read as the full name); every room when none.
    #[arg(long = "room", value_name = "NAME")]
    rooms: Vec<String>,
    /// Only these event types (repeatable), e.g. transcript.new.
    #[arg(long = "event", value_name = "TYPE")]
    events: Vec<String>,
    /// Exit 0 after this many events.
    #[arg(long, value_name = "N")]
    count: Option<u64>,
    /// Stop after this many seconds (an error if --count was not reached).
    #[arg(long, value_name = "SECS", value_parser = crate::flags::seconds)]
    timeout: Option<Duration>,
}

/// A one-line summary of a monitor event: room, then what happened.
pub fn summary(event: &MonitorEvent) -> String {
    let what = match event {
        MonitorEvent::RoomCreated(_) => "created".to_owned(),
        MonitorEvent::RoomClosed(_) => "closed".to_owned(),
        MonitorEvent::ParticipantJoined(e) => format!("{} ({}) joined", e.identity, e.name.cell()),
        MonitorEvent::ParticipantLeft(e) => format!("{} left ({})", e.identity, e.reason.cell()),
        MonitorEvent::TranscriptNew(e) => format!(
            "{}: {}",
            e.speaker
                .as_ref()
                .map_or_else(|| "?".to_owned(), Speaker::label),
            e.content
        ),
        MonitorEvent::RecordingStatus(e) => {
            format!("recording {} {}", e.recording_id, e.status.cell())
        }
        MonitorEvent::CallStatus(e) => {
            format!("call with {} {}", e.phone_number.cell(), e.status.cell())
        }
        other => other.data().to_string(),
    };
    format!(
        "{:<20} {:<24} {what}",
        event.event_type(),
        event.room_name().unwrap_or("-")
    )
}

/// Warns about `--event` types this version does not know. They are still watched for:
/// a server may send types newer than this CLI (the decoding rule in the README's "What the SDK tolerates").
fn warn_unknown_types(ctx: &Ctx, events: &[String]) {
    let known: Vec<&str> = MonitorEventType::KNOWN
        .iter()
        .map(MonitorEventType::as_str)
        .collect();
    for event in events {
        if known.contains(&event.as_str()) {
            continue;
        }
        let closest = known
            .iter()
            .map(|known| (strsim::jaro_winkler(event, known), *known))
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .filter(|(score, _)| *score > 0.8)
            .map(|(_, known)| format!("did you mean {known}? "))
            .unwrap_or_default();
        ctx.log(&format!(
            "warning: {event:?} is not an event type this version knows ({}); {closest}\
             watching for it anyway, in case the server sends it",
            known.join(", ")
        ));
    }
}

/// Runs `voxai monitor`.
pub async fn run(ctx: &Ctx, args: MonitorArgs) -> Result<(), CliError> {
    warn_unknown_types(ctx, &args.events);
    let client = ctx.client().await?;
    let mut builder = client.monitor();
    if args.rooms.is_empty() {
        builder = builder.rooms();
    }
    for room in &args.rooms {
        builder = builder.room(room.clone());
    }
    if let Some(url) = &ctx.globals.ws_url {
        builder = builder.ws_url(url.clone());
    }
    let watch = async {
        let mut monitor = builder.connect().await?;
        ctx.notice("connected; waiting for events (Ctrl-C to stop)");
        let mut printed = 0u64;
        if args.count == Some(0) {
            return Ok(0);
        }
        while let Some(message) = monitor.try_next().await? {
            match message {
                MonitorMessage::Event { event, frame } => {
                    if !args.events.is_empty()
                        && !args.events.iter().any(|t| t == event.event_type().as_str())
                    {
                        continue;
                    }
                    if output::is_json(ctx) {
                        // As the server sent it: fields this version does not know stay.
                        output::line(ctx, &output::received_json_line(&frame))?;
                    } else {
                        output::line(ctx, &format!("{}  {}", clock(), summary(&event)))?;
                    }
                    printed += 1;
                    if args.count.is_some_and(|count| printed >= count) {
                        break;
                    }
                }
                MonitorMessage::Disconnected { reason } => {
                    ctx.log(&format!("disconnected: {reason}; reconnecting"));
                }
                MonitorMessage::Reconnected { attempts } => {
                    ctx.log(&format!("reconnected after {attempts} attempt(s)"));
                }
                MonitorMessage::ServerError { message } => {
                    ctx.log(&format!("server: {message}"));
                }
                _ => {}
            }
        }
        Ok::<u64, CliError>(printed)
    };
    match args.timeout {
        None => watch.await.map(|_| ()),
        Some(timeout) => match tokio::time::timeout(timeout, watch).await {
            Ok(result) => result.map(|_| ()),
            Err(_) => match args.count {
                Some(count) => Err(CliError::TimedOut(format!(
                    "timed out after {} s before {count} event(s) arrived",
                    timeout.as_secs_f64()
                ))),
                None => Ok(()),
            },
        },
    }
}
