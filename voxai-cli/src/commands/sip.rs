//! `voxai sip` (reference section 10).

use clap::{Args, Subcommand};
use comfy_table::Table;
use voxai_types::sip::{
    DialRequest, DialResponse, ListSipConfigsResponse, ListTrunksResponse, is_e164,
};

use super::json_object;
use crate::context::Ctx;
use crate::error::CliError;
use crate::output::{self, Cell, Render};

/// `voxai sip ...`
#[derive(Debug, Subcommand)]
pub enum SipCommand {
    /// Call a phone number with an agent.
    #[command(
        after_help = "Examples:\n  voxai sip dial +17751234567\n  voxai sip dial +17751234567 --agent 2 --room vip-call --metadata '{\"ticket\": 42}'"
    )]
    Dial(DialArgs),
    /// SIP trunks.
    #[command(after_help = "Examples:\n  voxai sip trunks")]
    Trunks,
    /// SIP configurations.
    #[command(after_help = "Examples:\n  voxai sip configs\n  voxai -o json sip configs")]
    Configs,
}

/// `sip dial` arguments.
#[derive(Debug, Args)]
pub struct DialArgs {
    /// E.164 number, e.g. +17751234567.
    number: String,
    /// Agent to dispatch.
    #[arg(long, value_name = "ID")]
    agent: Option<u64>,
    /// Room name suffix.
    #[arg(long)]
    room: Option<String>,
    /// Caller id to show, E.164.
    #[arg(long, value_name = "E164")]
    caller_id: Option<String>,
    /// Call metadata, a JSON object.
    #[arg(long, value_name = "JSON")]
    metadata: Option<String>,
}

impl Render for DialResponse {
    fn table(&self) -> Table {
        let c = &self.call;
        output::fields(&[
            ("room", c.full_room_name.clone().into()),
            ("calling", c.phone_number.cell()),
            ("caller id", c.caller_id.cell()),
            ("trunk", c.trunk_id.cell()),
            ("session", c.session_id.cell()),
            ("sip participant", c.sip_participant_id.cell()),
            ("livekit url", self.ws_url.cell()),
        ])
    }

    fn ids(&self) -> Vec<String> {
        vec![self.call.room_name.clone().into()]
    }
}

impl Render for ListTrunksResponse {
    fn table(&self) -> Table {
        let mut table = output::table(&["ID", "NAME", "NUMBER", "INBOUND", "OUTBOUND"]);
        for t in &self.trunks {
            table.add_row(vec![
                t.id.to_string(),
                t.name.cell(),
                t.phone_number.cell(),
                output::or_dash(t.inbound_trunk_id.as_ref()),
                output::or_dash(t.outbound_trunk_id.as_ref()),
            ]);
        }
        table
    }

    fn ids(&self) -> Vec<String> {
        self.trunks.iter().map(|t| t.id.to_string()).collect()
    }
}

impl Render for ListSipConfigsResponse {
    fn table(&self) -> Table {
        let mut table = output::table(&["ID", "NAME", "NUMBER", "AGENT", "DTMF", "MAX CALL"]);
        for c in &self.configs {
            table.add_row(vec![
                c.id.to_string(),
                c.name.cell(),
                c.phone_number.cell(),
                output::or_dash(c.agent_name.as_ref()),
                output::yes_no(c.dtmf_enabled),
                format!("{} s", c.max_call_duration.cell()),
            ]);
        }
        table
    }

    fn ids(&self) -> Vec<String> {
        self.configs.iter().map(|c| c.id.to_string()).collect()
    }
}

fn e164(flag: &str, number: &str) -> Result<(), CliError> {
    if is_e164(number) {
        Ok(())
    } else {
        Err(CliError::Invalid(format!(
            "{flag} {number:?} is not an E.164 number: write + then the country code and number, digits only, e.g. +17751234567"
        )))
    }
}

/// Runs `voxai sip ...`.
pub async fn run(ctx: &Ctx, command: SipCommand) -> Result<(), CliError> {
    match command {
        SipCommand::Dial(args) => dial(ctx, args).await,
        SipCommand::Trunks => output::show(ctx, ctx.client().await?.sip().trunks()).await,
        SipCommand::Configs => output::show(ctx, ctx.client().await?.sip().configs()).await,
    }
}

/// `sip dial`: calls a number and dispatches an agent into the call.
async fn dial(ctx: &Ctx, args: DialArgs) -> Result<(), CliError> {
    let DialArgs {
        number,
        agent,
        room,
        caller_id,
        metadata,
    } = args;
    e164("the number", &number)?;
    if let Some(caller_id) = &caller_id {
        e164("--caller-id", caller_id)?;
    }
    let mut request = DialRequest::new(number);
    request.agent_config_id = agent.map(Into::into);
    request.room_name = room.map(Into::into);
    request.caller_id = caller_id;
    request.metadata = json_object("--metadata", metadata.as_deref())?;
    output::show(ctx, ctx.client().await?.sip().dial(request)).await
}
