//! `voxai agents` (reference section 7).

use clap::Subcommand;
use comfy_table::Table;
use voxai_types::agents::{AgentToolsResponse, ListAgentsResponse};

use crate::context::Ctx;
use crate::error::CliError;
use crate::output::{self, Cell, Render};

/// `voxai agents ...`
#[derive(Debug, Subcommand)]
pub enum AgentsCommand {
    /// Agent configurations.
    #[command(after_help = "Examples:\n  voxai agents list\n  voxai -q agents list")]
    List,
    /// The tools of an agent.
    #[command(after_help = "Examples:\n  voxai agents tools 1")]
    Tools {
        /// Agent id.
        agent_id: u64,
    },
}

impl Render for ListAgentsResponse {
    fn table(&self) -> Table {
        let mut table = output::table(&["ID", "NAME", "TYPE", "MODEL", "ACTIVE"]);
        for a in &self.agents {
            table.add_row(vec![
                a.id.to_string(),
                a.name.cell(),
                a.agent_type.cell(),
                format!("{}/{}", a.llm_provider.cell(), a.llm_model.cell()),
                output::yes_no(a.is_active),
            ]);
        }
        table
    }

    fn ids(&self) -> Vec<String> {
        self.agents.iter().map(|a| a.id.to_string()).collect()
    }
}

impl Render for AgentToolsResponse {
    fn table(&self) -> Table {
        let mut table = output::table(&["NAME", "DESCRIPTION", "REQUIRED ARGUMENTS"]);
        for t in &self.tools {
            let required: Vec<String> = t.parameters["required"]
                .as_array()
                .map(|r| {
                    r.iter()
                        .filter_map(|v| v.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default();
            table.add_row(vec![
                t.name.clone(),
                t.description.cell(),
                output::or_dash((!required.is_empty()).then(|| required.join(", "))),
            ]);
        }
        table
    }

    fn ids(&self) -> Vec<String> {
        self.tools.iter().map(|t| t.name.clone()).collect()
    }
}

/// Runs `voxai agents ...`.
pub async fn run(ctx: &Ctx, command: AgentsCommand) -> Result<(), CliError> {
    let agents = ctx.client().await?.agents();
    match command {
        AgentsCommand::List => output::show(ctx, agents.list()).await,
        AgentsCommand::Tools { agent_id } => output::show(ctx, agents.tools(agent_id)).await,
    }
}
