//! `voxai call` (reference section 14).

use clap::{Args, Subcommand};
use comfy_table::Table;
use serde_json::Value;
use voxai_types::call_control::{
    DataPayload, MuteRequest, MuteResponse, SendDataRequest, UpdateParticipantRequest,
    UpdateParticipantResponse,
};

use voxai_sdk::call_control::CallControl;

use super::acked;
use crate::context::Ctx;
use crate::error::CliError;
use crate::output::{self, Cell, Render};

/// `voxai call ...`
#[derive(Debug, Subcommand)]
pub enum CallCommand {
    /// Send data to everyone in a room, or whisper to some (--to).
    #[command(
        after_help = "Examples:\n  voxai call send-data support 'Hello everyone' --topic chat\n  voxai call send-data support '{\"hint\": \"offer a refund\"}' --to agent-1"
    )]
    SendData(SendDataArgs),
    /// Change a participant's name, metadata or permissions.
    #[command(
        after_help = "Examples:\n  voxai call update support alice --name 'Alice (VIP)'\n  voxai call update support alice --can-publish false --metadata '{\"role\": \"listener\"}'"
    )]
    Update(UpdateArgs),
    /// Mute (or --unmute) a participant's audio.
    #[command(
        after_help = "Examples:\n  voxai call mute support alice --track TR_AMkR9z\n  voxai call mute support alice --track TR_AMkR9z --unmute"
    )]
    Mute(MuteArgs),
}

/// `call mute` arguments.
#[derive(Debug, Args)]
pub struct MuteArgs {
    /// Room name.
    room: String,
    /// Participant identity.
    identity: String,
    /// Unmute instead.
    #[arg(long)]
    unmute: bool,
    /// A track other than the first audio track.
    #[arg(long, value_name = "SID")]
    track: Option<String>,
}

/// `call update` arguments.
#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// Room name.
    room: String,
    /// Participant identity.
    identity: String,
    /// Display name.
    #[arg(long)]
    name: Option<String>,
    /// Metadata.
    #[arg(long)]
    metadata: Option<String>,
    /// Whether they may publish.
    #[arg(long, value_name = "BOOL")]
    can_publish: Option<bool>,
    /// Whether they may subscribe.
    #[arg(long, value_name = "BOOL")]
    can_subscribe: Option<bool>,
}

/// `call send-data` arguments.
#[derive(Debug, Args)]
pub struct SendDataArgs {
    /// Room name.
    room: String,
    /// Text, or a JSON object.
    data: String,
    /// Only these participants (repeatable).
    #[arg(long = "to", value_name = "IDENTITY")]
    to: Vec<String>,
    /// Message topic.
    #[arg(long)]
    topic: Option<String>,
}

impl Render for UpdateParticipantResponse {
    fn table(&self) -> Table {
        let Some(p) = &self.participant else {
            return output::fields(&[("result", "updated".to_owned())]);
        };
        let permission = p.permission.map(|perm| {
            format!(
                "publish: {}, subscribe: {}",
                output::or_dash(perm.can_publish),
                output::or_dash(perm.can_subscribe)
            )
        });
        output::fields(&[
            ("identity", p.identity.clone()),
            ("name", p.name.cell()),
            ("metadata", output::or_dash(p.metadata.as_ref())),
            ("permission", output::or_dash(permission)),
        ])
    }

    fn ids(&self) -> Vec<String> {
        self.participant
            .iter()
            .map(|p| p.identity.clone())
            .collect()
    }
}

impl Render for MuteResponse {
    fn table(&self) -> Table {
        output::fields(&[
            ("track", self.track_sid.cell()),
            ("muted", output::yes_no(self.muted)),
        ])
    }

    fn ids(&self) -> Vec<String> {
        self.track_sid.iter().cloned().collect()
    }
}

/// Runs `voxai call ...`.
pub async fn run(ctx: &Ctx, command: CallCommand) -> Result<(), CliError> {
    let calls = ctx.client().await?.call_control();
    match command {
        CallCommand::SendData(args) => send_data(ctx, &calls, args).await,
        CallCommand::Update(args) => update(ctx, &calls, args).await,
        CallCommand::Mute(args) => mute(ctx, &calls, args).await,
    }
}

/// `call send-data`: sends text or JSON to a room, or to some participants.
async fn send_data(ctx: &Ctx, calls: &CallControl, args: SendDataArgs) -> Result<(), CliError> {
    let SendDataArgs {
        room,
        data,
        to,
        topic,
    } = args;
    let payload = match serde_json::from_str::<Value>(&data) {
        Ok(Value::Object(object)) => DataPayload::Json(object),
        _ => DataPayload::Text(data),
    };
    let mut request = SendDataRequest::new(payload);
    if !to.is_empty() {
        request = request.to(to);
    }
    request.topic = topic;
    acked(ctx, calls.send_data(&room, request), &room, "sent").await
}

/// `call update`: changes a participant's name, metadata or permissions.
async fn update(ctx: &Ctx, calls: &CallControl, args: UpdateArgs) -> Result<(), CliError> {
    let UpdateArgs {
        room,
        identity,
        name,
        metadata,
        can_publish,
        can_subscribe,
    } = args;
    let mut request = UpdateParticipantRequest::new();
    request.name = name;
    request.metadata = metadata;
    if let Some(allowed) = can_publish {
        request = request.can_publish(allowed);
    }
    if let Some(allowed) = can_subscribe {
        request = request.can_subscribe(allowed);
    }
    if request.is_empty() {
        return Err(CliError::Usage(
            "nothing to change: give --name, --metadata, --can-publish or --can-subscribe".into(),
        ));
    }
    output::show(ctx, calls.update_participant(&room, &identity, request)).await
}

/// `call mute`: mutes or unmutes a participant's track.
async fn mute(ctx: &Ctx, calls: &CallControl, args: MuteArgs) -> Result<(), CliError> {
    let MuteArgs {
        room,
        identity,
        unmute,
        track,
    } = args;
    let mut request = if unmute {
        MuteRequest::unmute()
    } else {
        MuteRequest::mute()
    };
    request.track_sid = track;
    let raw = calls.mute(&room, &identity, request).raw().await?;
    if output::is_json(ctx) && !ctx.quiet() {
        return output::line(ctx, &output::to_json(&raw)?);
    }
    // An acknowledgement decodes from any body; a server that does not echo the
    // state has set the one asked for.
    let mut answer: MuteResponse =
        serde_json::from_value(raw).unwrap_or_else(|_| MuteResponse::ok());
    answer.muted.get_or_insert(!unmute);
    output::print(ctx, &answer)
}
