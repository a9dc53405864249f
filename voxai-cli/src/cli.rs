//! The command line: global flags and the command tree (cli.md is the contract).

use std::time::Duration;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::commands::{
    agents, auth, call_control, completions, knowledge, monitor, quota, recordings, rooms,
    sessions, sip, tokens, webhooks,
};

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
#[command(name = "voxai", version, about, after_help = AFTER_HELP, propagate_version = true)]
pub struct Cli {
    /// Flags every command takes.
    #[command(flatten)]
    pub globals: Globals,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// How results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Tables for people.
    Table,
    /// The API's JSON (one document; one object per line for streams).
    Json,
}

/// Flags every command takes. The environment variables are read by
/// [`Globals::with_env`], not by clap, so usage lines never show their values.
#[derive(Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct Globals {
    /// API key (beats the profile's) [env: VOXAI_API_KEY].
    #[arg(long, global = true, value_name = "KEY")]
    pub api_key: Option<String>,
    /// API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL].
    #[arg(long, global = true, value_name = "URL")]
    pub base_url: Option<String>,
    /// Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL].
    #[arg(long, global = true, value_name = "URL")]
    pub ws_url: Option<String>,
    /// Profile to use [env: VOXAI_PROFILE].
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,
    /// Output format.
    #[arg(short = 'o', long, global = true, value_enum, default_value_t = OutputFormat::Table)]
    pub output: OutputFormat,
    /// Print only identifiers, one per line.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Skip confirmation of destructive commands.
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,
    /// Log requests to stderr (-vv: full URLs). Never logs the key.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Timeout of each request attempt, in seconds.
    #[arg(long, global = true, value_name = "SECS", value_parser = seconds)]
    pub timeout: Option<Duration>,
    /// Retries of failed requests (rate limits, 5xx, network).
    #[arg(long, global = true, value_name = "N")]
    pub max_retries: Option<u32>,
}

impl std::fmt::Debug for Globals {
    // By hand, so that the key never shows.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Globals")
            .field("api_key", &self.api_key.as_ref().map(|_| "<redacted>"))
            .field("base_url", &self.base_url)
            .field("ws_url", &self.ws_url)
            .field("profile", &self.profile)
            .field("output", &self.output)
            .field("quiet", &self.quiet)
            .field("yes", &self.yes)
            .field("verbose", &self.verbose)
            .field("timeout", &self.timeout)
            .field("max_retries", &self.max_retries)
            .finish()
    }
}

impl Globals {
    /// Fills what no flag gave from `VOXAI_API_KEY`, `VOXAI_BASE_URL`, `VOXAI_WS_URL` and
    /// `VOXAI_PROFILE`; an empty variable counts as unset.
    pub fn with_env(mut self, vars: &crate::host::Vars) -> Self {
        let var = |name: &str| vars.text(name);
        self.api_key = self.api_key.or_else(|| var("VOXAI_API_KEY"));
        self.base_url = self.base_url.or_else(|| var("VOXAI_BASE_URL"));
        self.ws_url = self.ws_url.or_else(|| var("VOXAI_WS_URL"));
        self.profile = self.profile.or_else(|| var("VOXAI_PROFILE"));
        self
    }
}

/// The value parser of a flag whose values are a wire enum's (`--status`, `--speaker`,
/// `--period`, ...): the choices clap shows and accepts are the API's own.
pub fn wire<E: voxai_types::WireEnum + Send + Sync>()
-> impl clap::builder::TypedValueParser<Value = E> {
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
    let values = E::known()
        .iter()
        .map(|value| PossibleValue::new(value.as_str()));
    PossibleValuesParser::new(values).try_map(|text: String| {
        E::parse_known(&text).ok_or_else(|| format!("unknown value {text:?}"))
    })
}

/// The longest duration a flag takes: a year, far past any real wait.
pub const MAX_SECONDS: f64 = 365.0 * 24.0 * 3600.0;

/// Every duration flag's parser: seconds, fractions allowed, more than 0 and at most a
/// year; `inf`, `NaN`, `-0` and `1e20` are usage errors, never a panic.
///
/// # Errors
///
/// When `text` is not a number of seconds (for clap to report).
pub fn seconds(text: &str) -> Result<Duration, String> {
    let refuse = || {
        format!(
            "{text:?} is not a number of seconds between 0 and {MAX_SECONDS:.0} (e.g. 30 or 2.5)"
        )
    };
    let value: f64 = text.trim().parse().map_err(|_| refuse())?;
    if !(value > 0.0 && value <= MAX_SECONDS) {
        return Err(refuse());
    }
    Duration::try_from_secs_f64(value).map_err(|_| refuse())
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
    /// A guided tour of every section against an embedded reference server.
    #[cfg(feature = "mock")]
    #[command(
        after_help = "Examples:\n  voxai demo\n  cargo run -p voxai-cli -- demo   # from a clone"
    )]
    Demo,
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
