//! `voxai-mock`: the VoxAI reference server.

use std::process::ExitCode;

use clap::Parser;
use voxai_mock::cli::{MockArgs, after_help};

/// A stateful reference server of the whole VoxAI API, for tests.
#[derive(Debug, Parser)]
#[command(name = "voxai-mock", version, after_help = after_help("voxai-mock"))]
struct Cli {
    #[command(flatten)]
    args: MockArgs,
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.args.run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            #[allow(clippy::print_stderr)]
            {
                eprintln!("voxai-mock: {error}");
            }
            ExitCode::from(1)
        }
    }
}
