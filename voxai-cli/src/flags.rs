//! The flags every command takes, and the parsers of flag values the commands share.

use std::time::Duration;

use clap::{Args, ValueEnum};

/// How results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Boxed tables for people (the default on a terminal).
    Table,
    /// Tab-separated columns under a header line, for `cut` and `awk` (the default when
    /// stdout is not a terminal).
    Tsv,
    /// The API's JSON (one document; one object per line for streams).
    Json,
}

/// Flags every command takes. The environment variables are read by
/// [`Globals::with_env`], not by clap, so usage lines never show their values.
#[derive(Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct Globals {
    /// API key (beats the profile's) [env: VOXAI_API_KEY]. Other users see a flag in
    /// `ps`: prefer the variable, or `voxai auth login` once.
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
    /// Output format [default: table on a terminal, tsv in a pipe].
    #[arg(short = 'o', long, global = true, value_enum)]
    pub output: Option<OutputFormat>,
    /// Print only identifiers, one per line.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Skip confirmation of destructive commands.
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,
    /// Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for
    /// every span and event of the SDK). Never logs the key.
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
    /// The format results are printed in: `-o`, else a table on a terminal and
    /// tab-separated columns in a pipe.
    pub fn format(&self, stdout_is_terminal: bool) -> OutputFormat {
        self.output.unwrap_or(if stdout_is_terminal {
            OutputFormat::Table
        } else {
            OutputFormat::Tsv
        })
    }

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
            "{text:?} is not a number of seconds above 0 and at most {MAX_SECONDS:.0} (e.g. 30 or 2.5)"
        )
    };
    let value: f64 = text.trim().parse().map_err(|_| refuse())?;
    if !(value > 0.0 && value <= MAX_SECONDS) {
        return Err(refuse());
    }
    Duration::try_from_secs_f64(value).map_err(|_| refuse())
}
