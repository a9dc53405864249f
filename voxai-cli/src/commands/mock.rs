//! `voxai mock`: the reference server, embedded.

use clap::Args;
use voxai_mock::cli::MockArgs;

use crate::error::CliError;

/// `voxai mock` flags: those of the `voxai-mock` binary.
#[derive(Debug, Args)]
#[command(after_help = voxai_mock::cli::after_help("voxai mock"))]
pub struct MockCommand {
    /// Server options.
    #[command(flatten)]
    pub args: MockArgs,
}

/// Runs the server until Ctrl-C.
pub async fn run(command: &MockCommand) -> Result<(), CliError> {
    command
        .args
        .run()
        .await
        .map_err(|e| CliError::Failed(e.to_string()))
}
