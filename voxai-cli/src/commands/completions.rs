//! `voxai completions SHELL`: shell completion scripts (checked into `completions/`).

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use crate::cli::Cli;
use crate::error::CliError;
use crate::host::Streams;

/// `voxai completions` arguments.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  voxai completions bash > ~/.local/share/bash-completion/completions/voxai\n  voxai completions zsh > \"${fpath[1]}/_voxai\""
)]
pub struct CompletionsArgs {
    /// The shell.
    pub shell: Shell,
}

/// The completion script of a shell.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "voxai", &mut out);
    out
}

/// Prints the script; a closed stdout (`| head -1`) ends quietly.
pub fn run(args: &CompletionsArgs, streams: &Streams) -> Result<(), CliError> {
    streams.write_all(&script(args.shell))
}
