//! `voxai token` (reference section 5).

use clap::Subcommand;
use comfy_table::Table;
use serde_json::Value;
use voxai_types::tokens::{TokenRequest, TokenResponse};

use crate::context::Ctx;
use crate::error::CliError;
use crate::output::{self, Cell, Render};

/// `voxai token ...`
#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// A LiveKit access token to join a room, dispatching agents.
    #[command(
        after_help = "Examples:\n  voxai token create --identity alice --room standup\n  voxai token create --identity bob --room support --agent 1 --agent 2 --grant canPublish=false\n  TOKEN=$(voxai -q token create --identity ci --room smoke --no-agent)"
    )]
    Create {
        /// Participant identity.
        #[arg(long)]
        identity: String,
        /// Room name, without the project prefix.
        #[arg(long)]
        room: String,
        /// Agent to dispatch (repeatable); the project's default agent when none.
        #[arg(long = "agent", value_name = "ID", conflicts_with = "no_agent")]
        agents: Vec<u64>,
        /// Dispatch no agent.
        #[arg(long)]
        no_agent: bool,
        /// Extra LiveKit grant, e.g. canPublish=false (repeatable).
        #[arg(long = "grant", value_name = "NAME=VALUE", value_parser = grant)]
        grants: Vec<(String, Value)>,
    },
}

/// `NAME=VALUE`; the value is JSON when it parses as JSON (`true`, `3`), else a string.
fn grant(text: &str) -> Result<(String, Value), String> {
    let (name, value) = text
        .split_once('=')
        .filter(|(name, _)| !name.is_empty())
        .ok_or_else(|| format!("{text:?} is not NAME=VALUE, e.g. canPublish=false"))?;
    let value = serde_json::from_str(value).unwrap_or_else(|_| Value::String(value.to_owned()));
    Ok((name.to_owned(), value))
}

impl Render for TokenResponse {
    fn table(&self) -> Table {
        output::fields(&[
            ("room", self.room.cell()),
            ("livekit url", self.ws_url.cell()),
            (
                "agents dispatched",
                output::list_cell(&self.agents_dispatched),
            ),
        ])
    }

    fn ids(&self) -> Vec<String> {
        vec![self.token.clone()]
    }

    /// The token on a line of its own, never wrapped inside the table's box.
    fn after(&self) -> Vec<String> {
        vec!["token:".to_owned(), self.token.clone()]
    }
}

/// Runs `voxai token ...`.
pub async fn run(ctx: &Ctx, command: TokenCommand) -> Result<(), CliError> {
    let TokenCommand::Create {
        identity,
        room,
        agents,
        no_agent,
        grants,
    } = command;
    let mut request = TokenRequest::new(identity, room);
    match agents.as_slice() {
        [] if no_agent => request = request.no_agent(),
        [] => {}
        [one] => request = request.agent(*one),
        many => request = request.agents(many.iter().copied()),
    }
    for (name, value) in grants {
        request = request.grant(name, value);
    }
    output::show(ctx, ctx.client().await?.token(request)).await
}
