//! `voxai-mock`: the VoxAI reference server.

use std::process::ExitCode;

use clap::Parser;
use voxai_mock::cli::{MockArgs, after_help};
use voxai_mock::description::Describe;

/// A stateful reference server of the whole VoxAI API, for tests.
#[derive(Debug, Parser)]
#[command(name = "voxai-mock", version, after_help = after_help("voxai-mock"))]
struct Cli {
    #[command(flatten)]
    args: MockArgs,
    /// Print a description of the API instead of serving it.
    #[command(subcommand)]
    describe: Option<Describe>,
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(describe) = cli.describe {
        use std::io::Write;
        // A closed stdout (`| head`) is not an error worth a message.
        let _ = std::io::stdout()
            .lock()
            .write_all(describe.text().as_bytes());
        return ExitCode::SUCCESS;
    }
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
