//! `voxai`: the VoxAI command line.

use std::process::ExitCode;

use clap::Parser;
use voxai_cli::cli::{Cli, OutputFormat};
use voxai_cli::error::exit;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let json = cli.globals.output == OutputFormat::Json;
    let result = tokio::select! {
        result = voxai_cli::run(cli) => result,
        // Ctrl-C: stop quietly (a running `monitor` or `mock` ends this way), with the
        // shell's code for an interrupted command.
        _ = tokio::signal::ctrl_c() => return ExitCode::from(exit::INTERRUPTED),
    };
    match result {
        Ok(()) => ExitCode::from(exit::OK),
        Err(error) => {
            voxai_cli::context::log(&format!("error: {}", error.line()));
            if json {
                voxai_cli::context::log(&error.envelope().to_string());
            }
            ExitCode::from(error.exit_code())
        }
    }
}
