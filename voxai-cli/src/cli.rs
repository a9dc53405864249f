//! The command line: global flags and the command tree (cli.md is the contract).

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::commands::{
    agents, auth, call_control, completions, knowledge, monitor, quota, recordings, rooms,
    sessions, sip, tokens, webhooks,
};
pub use crate::flags::{Globals, OutputFormat};

const AFTER_HELP: &str = "\
Configuration: --api-key > VOXAI_API_KEY > the profile's key (OS keyring, or the 0600
config file where there is no keyring); --base-url > VOXAI_BASE_URL > profile > the
hosted API. Profiles live in the platform config directory (~/.config/voxai/config.toml
on Linux; VOXAI_CONFIG_DIR overrides); --profile or VOXAI_PROFILE picks one.

Exit codes:
  0  success
  1  any other failure (server 5xx, decode error, I/O)
  2  usage error or refused confirmation
  3  authentication or permission (401, 403)
  4  not found (404)
  5  invalid request or conflict (400, 409)
  6  rate limited or quota exceeded (429), after retries
  7  network failure or timeout
  130  interrupted by Ctrl-C

Examples:
  voxai auth login
  voxai rooms list
  voxai -o json sessions list --all | jq '.id'
  voxai sip dial +17751234567 --agent 1
  voxai monitor --room support --count 1 --timeout 60
  voxai demo";

/// The VoxAI command line: voice-AI agents, rooms, calls and knowledge from the terminal.
#[derive(Debug, Parser)]
#[command(name = "voxai", version = version(), about, after_help = AFTER_HELP, propagate_version = true)]
pub struct Cli {
    /// Flags every command takes.
    #[command(flatten)]
    pub globals: Globals,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands, one group per API section.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Log in, log out, show the active credentials.
    #[command(subcommand)]
    Auth(auth::AuthCommand),
    /// The plan and what is left of each quota.
    #[command(after_help = "Examples:\n  voxai quota\n  voxai -o json quota | jq '.quotas.rooms'")]
    Quota,
    /// Costs and usage over a period.
    Usage(quota::UsageArgs),
    /// LiveKit access tokens.
    #[command(subcommand)]
    Token(tokens::TokenCommand),
    /// Rooms: create, list, inspect, close, kick.
    #[command(subcommand)]
    Rooms(rooms::RoomsCommand),
    /// Agent configurations and their tools.
    #[command(subcommand)]
    Agents(agents::AgentsCommand),
    /// Sessions and transcripts.
    #[command(subcommand)]
    Sessions(sessions::SessionsCommand),
    /// Recordings: start, stop, list, download, delete.
    #[command(subcommand)]
    Recordings(recordings::RecordingsCommand),
    /// Phone calls over SIP.
    #[command(subcommand)]
    Sip(sip::SipCommand),
    /// Knowledge bases for RAG.
    #[command(subcommand)]
    Kb(knowledge::KbCommand),
    /// Webhooks: fire a test, verify a signature, run a local receiver.
    #[command(subcommand)]
    Webhooks(webhooks::WebhooksCommand),
    /// Live room events, one line each, reconnecting on its own.
    Monitor(monitor::MonitorArgs),
    /// Call control: data messages, participant updates, muting.
    #[command(subcommand)]
    Call(call_control::CallCommand),
    /// Shell completions for bash, zsh, fish, powershell or elvish.
    Completions(completions::CompletionsArgs),
    /// Run the reference server (the whole API, in memory).
    #[cfg(feature = "mock")]
    Mock(Box<crate::commands::mock::MockCommand>),
    /// Read recorded answers (a cassette of `voxai mock --proxy`) against the SDK's types.
    #[cfg(feature = "mock")]
    Audit(crate::commands::audit::AuditArgs),
    /// A guided tour of every section against an embedded reference server.
    #[cfg(feature = "mock")]
    #[command(
        after_help = "Examples:\n  voxai demo\n  cargo run -p voxai-cli -- demo   # from a clone"
    )]
    Demo,
}

/// `0.1.0 (3f2c1ab 2026-12-07)`: the version, and the commit and its date when built from
/// a git checkout (only the version from a package or a tarball).
pub fn version() -> &'static str {
    static VERSION: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    VERSION.get_or_init(|| {
        let version = env!("CARGO_PKG_VERSION");
        // vergen's stand-in when there was no git to ask.
        let known = |value: Option<&'static str>| {
            value.filter(|v| !v.is_empty() && !v.starts_with("VERGEN"))
        };
        let sha = known(option_env!("VERGEN_GIT_SHA"));
        let date = known(option_env!("VERGEN_GIT_COMMIT_DATE"));
        match (sha, date) {
            (Some(sha), Some(date)) => {
                let short: String = sha.chars().take(7).collect();
                let day = date.get(..10).unwrap_or(date);
                format!("{version} ({short} {day})")
            }
            (Some(sha), None) => format!("{version} ({})", sha.chars().take(7).collect::<String>()),
            _ => version.to_owned(),
        }
    })
}

/// The command line's definition as `voxai` shows it: `voxai mock` (which runs the
/// reference server and takes none of the API flags) hides the global flags in its help.
pub fn command() -> clap::Command {
    let command = Cli::command();
    // Hidden copies of the global flags, made before clap propagates the real ones
    // (it leaves a subcommand's own argument of the same id alone).
    let globals: Vec<clap::Arg> = command
        .get_arguments()
        .filter(|arg| arg.is_global_set())
        .map(|arg| arg.clone().global(false).hide(true))
        .collect();
    command.mut_subcommand("mock", |mock| mock.args(globals))
}

/// Parses `args` (the program's name first) as `voxai` does, tips included.
///
/// # Errors
///
/// As [`clap::Parser::try_parse_from`]: unknown flags, missing values, `--help`.
pub fn try_parse_from<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let matches = command().try_get_matches_from(args).map_err(with_tips)?;
    Cli::from_arg_matches(&matches).map_err(with_tips)
}

/// Parses the process's arguments, or prints clap's error, with a tip for the commonest
/// slips, and exits (2 for a usage error, 0 for `--help`).
pub fn parse_or_exit() -> Cli {
    match try_parse_from(std::env::args_os()) {
        Ok(cli) => cli,
        Err(error) => error.exit(),
    }
}

/// Adds tips to a parse error: `-o FILE` (the global `-o` is the output format).
pub fn with_tips(mut error: clap::Error) -> clap::Error {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let is_output = matches!(
        error.get(ContextKind::InvalidArg),
        Some(ContextValue::String(arg)) if arg.starts_with("--output")
    );
    if error.kind() == ErrorKind::InvalidValue && is_output {
        error.insert(
            ContextKind::Suggested,
            ContextValue::StyledStrs(vec![
                "-o/--output is the output format (table or json); to save a download to a \
                 file, pass the file as an argument: voxai recordings download ID FILE"
                    .to_owned()
                    .into(),
            ]),
        );
    }
    error
}
