//! `voxai mock`: the reference server, embedded.

use clap::Args;
use voxai_mock::cli::MockArgs;
use voxai_mock::description::Describe;

use crate::error::CliError;
use crate::host::Streams;

/// `voxai mock` flags: those of the `voxai-mock` binary.
#[derive(Debug, Args)]
#[command(after_help = voxai_mock::cli::after_help("voxai mock"))]
pub struct MockCommand {
    /// Server options.
    #[command(flatten)]
    pub args: MockArgs,
    /// Print a description of the API instead of serving it.
    #[command(subcommand)]
    pub describe: Option<Describe>,
}

/// Runs the server until Ctrl-C.
pub async fn run(command: &MockCommand, streams: &Streams) -> Result<(), CliError> {
    if let Some(describe) = command.describe {
        return streams.write_all(describe.text().as_bytes());
    }
    command
        .args
        // Its failure ignored: a reader that takes the first line and closes the pipe
        // must not stop the server.
        .run_announcing(|said| {
            let _ = streams.write_all(said.as_bytes());
        })
        .await
        .map_err(|e| CliError::Failed(e.to_string()))
}
