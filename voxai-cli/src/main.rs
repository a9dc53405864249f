//! `voxai`: the VoxAI command line.

use std::process::ExitCode;

use voxai_cli::error::exit;
use voxai_cli::host::Host;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = voxai_cli::cli::parse_or_exit();
    // Registered before the command starts, so a Ctrl-C at any point ends it this way.
    let interrupted = interrupt();
    let code = tokio::select! {
        code = voxai_cli::execute(cli, Host::system()) => code,
        // Ctrl-C: stop quietly (a running `monitor` or `mock` ends this way), with the
        // shell's code for an interrupted command.
        () = interrupted => exit::INTERRUPTED,
    };
    ExitCode::from(code)
}

/// Completes on Ctrl-C. On Unix the handler is installed when this is called, not when
/// the future is first polled.
fn interrupt() -> impl Future<Output = ()> {
    #[cfg(unix)]
    {
        let signal = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt());
        async move {
            match signal {
                Ok(mut signal) => {
                    signal.recv().await;
                }
                Err(_) => std::future::pending::<()>().await,
            }
        }
    }
    #[cfg(not(unix))]
    {
        async {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}
