//! The `voxai` command line: every VoxAI API endpoint as a command, for people at a
//! terminal and for CI scripts.
//!
//! One module per API section under `commands`, built on `voxai-sdk`; one rendering
//! path (`output`); credentials in the OS keyring with a 0600 file fallback
//! (`credentials`, `config`); documented exit codes ([`error::exit`]). The library is
//! what the binary and its tests run; only the parser ([`cli`]), the output handle
//! ([`host`]) and the exit codes are public.

pub mod cli;
pub(crate) mod commands;
pub(crate) mod config;
pub(crate) mod context;
pub(crate) mod credentials;
pub mod error;
pub(crate) mod flags;
pub mod host;
pub(crate) mod logging;
pub(crate) mod output;
pub(crate) mod progress;
pub(crate) mod prompt;
pub(crate) mod table_fit;

use crate::cli::{Cli, Command, OutputFormat};
use crate::context::Ctx;
use crate::error::{CliError, exit};
use crate::host::Host;

/// Runs a parsed command line as the `voxai` binary does, writing to `host`'s streams:
/// a failure is one `error: ...` line on stderr (followed by the error envelope with
/// `-o json`). Returns the exit code (see [`error::exit`]).
///
/// ```no_run
/// # async fn demo() {
/// use voxai_cli::host::{Host, Streams, Vars};
/// let (streams, captured) = Streams::capture(80);
/// let vars = Vars::none().with("VOXAI_API_KEY", "pk_test_pro");
/// let cli = voxai_cli::parse(["voxai", "--base-url", "http://127.0.0.1:4010/api/v1", "rooms", "list"])
///     .expect("valid arguments");
/// let code = voxai_cli::execute(cli, Host { streams, vars }).await;
/// println!("exit {code}:\n{}", captured.stdout());
/// # }
/// ```
pub async fn execute(cli: Cli, host: Host) -> u8 {
    use tracing::instrument::WithSubscriber;
    let json = cli.globals.output == Some(OutputFormat::Json);
    let streams = host.streams.clone();
    let result = match logging::dispatch(cli.globals.verbose, &host) {
        Ok(Some(dispatch)) => run(cli, host).with_subscriber(dispatch).await,
        Ok(None) => run(cli, host).await,
        Err(error) => Err(error),
    };
    match result {
        Ok(()) | Err(CliError::StdoutClosed) => exit::OK,
        Err(error) => {
            streams.log(&format!("error: {}", error.line()));
            if json {
                streams.log(&error.envelope().to_string());
            }
            error.exit_code()
        }
    }
}

/// Runs a parsed command line with `host`'s streams and environment.
///
/// # Errors
///
/// The command's failure, which [`execute`] prints and turns into an exit code.
pub async fn run(cli: Cli, host: Host) -> Result<(), CliError> {
    use commands::*;
    // Commands that need no config or credentials.
    match &cli.command {
        Command::Completions(args) => return completions::run(args, &host.streams),
        #[cfg(feature = "mock")]
        Command::Mock(args) => return mock::run(args, &host.streams).await,
        #[cfg(feature = "mock")]
        Command::Demo => return demo::run(&cli.globals, &host.streams).await,
        #[cfg(feature = "mock")]
        Command::Audit(args) => return audit::run(args, &cli.globals, &host.streams),
        _ => {}
    }
    let ctx = Ctx::new(cli.globals, host)?;
    // A named profile must exist, except for the command that creates it.
    let creates_profile = matches!(cli.command, Command::Auth(auth::AuthCommand::Login { .. }));
    let missing = ctx
        .globals
        .profile
        .as_deref()
        .filter(|name| !creates_profile && ctx.config.profile(name).is_none());
    if let Some(name) = missing {
        let known: Vec<&str> = ctx.config.profiles.keys().map(String::as_str).collect();
        let known = if known.is_empty() {
            "there are none yet".to_owned()
        } else {
            format!("there are: {}", known.join(", "))
        };
        return Err(CliError::Usage(format!(
            "profile {name:?} does not exist ({known}); create it with \
             `voxai auth login --profile {name}`"
        )));
    }
    match cli.command {
        Command::Auth(cmd) => auth::run(&ctx, cmd).await,
        Command::Quota => quota::quota(&ctx).await,
        Command::Usage(args) => quota::usage(&ctx, args).await,
        Command::Token(cmd) => tokens::run(&ctx, cmd).await,
        Command::Rooms(cmd) => rooms::run(&ctx, cmd).await,
        Command::Agents(cmd) => agents::run(&ctx, cmd).await,
        Command::Sessions(cmd) => sessions::run(&ctx, cmd).await,
        Command::Recordings(cmd) => recordings::run(&ctx, cmd).await,
        Command::Sip(cmd) => sip::run(&ctx, cmd).await,
        Command::Kb(cmd) => knowledge::run(&ctx, cmd).await,
        Command::Webhooks(cmd) => webhooks::run(&ctx, cmd).await,
        Command::Monitor(args) => monitor::run(&ctx, args).await,
        Command::Call(cmd) => call_control::run(&ctx, cmd).await,
        Command::Completions(_) => Ok(()),
        #[cfg(feature = "mock")]
        Command::Mock(_) | Command::Demo | Command::Audit(_) => Ok(()),
    }
}

/// Parses `args` like the binary does (for tests and embedding).
///
/// # Errors
///
/// When the arguments do not parse (the error prints clap's message).
pub fn parse<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    cli::try_parse_from(args)
}
