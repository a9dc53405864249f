//! Failures, their exit codes (cli.md), and the one line that says what to do.

use serde_json::{Value, json};
use voxai_sdk::Error as SdkError;
use voxai_types::ErrorCode;

/// Exit codes, as documented in `voxai --help` and the README.
pub mod exit {
    /// Success.
    pub const OK: u8 = 0;
    /// Any other failure (server 5xx, decode error, I/O).
    pub const FAILURE: u8 = 1;
    /// Usage error or refused confirmation.
    pub const USAGE: u8 = 2;
    /// Authentication or permission (401, 403).
    pub const AUTH: u8 = 3;
    /// Not found (404).
    pub const NOT_FOUND: u8 = 4;
    /// Invalid request or conflict (400, 409).
    pub const INVALID: u8 = 5;
    /// Rate limited or quota exceeded (429), after retries.
    pub const LIMITED: u8 = 6;
    /// Network failure or timeout.
    pub const NETWORK: u8 = 7;
    /// Interrupted by Ctrl-C (128 + SIGINT, the shell convention).
    pub const INTERRUPTED: u8 = 130;
}

/// Everything a command can fail with.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CliError {
    /// The SDK failed (the server answered with an error, or the network did).
    #[error(transparent)]
    Sdk(#[from] SdkError),
    /// A flag, argument or file was not usable.
    #[error("{0}")]
    Usage(String),
    /// Input refused before anything was sent (exit code 5).
    #[error("{0}")]
    Invalid(String),
    /// A destructive command was not confirmed.
    #[error("{0}")]
    Refused(String),
    /// No API key anywhere.
    #[error("no API key: run `voxai auth login` or set VOXAI_API_KEY")]
    NoCredentials,
    /// A local file could not be read or written.
    #[error("{context}: {source}")]
    Io {
        /// What was being done.
        context: String,
        /// Why it failed.
        #[source]
        source: std::io::Error,
    },
    /// The SDK failed, and the command knows better what to do than the generic hint.
    #[error("{error}")]
    Hinted {
        /// What failed.
        error: SdkError,
        /// What to do, for this command.
        hint: String,
    },
    /// A wait (`--timeout` of `monitor` or `webhooks listen`) ended before what it
    /// waited for: exit 7, like a request that timed out.
    #[error("{0}")]
    TimedOut(String),
    /// Something else went wrong; the message says what.
    #[error("{0}")]
    Failed(String),
    /// Stdout was closed by its reader (`voxai monitor | head -1`): the command stops
    /// with exit 0 and says nothing, as Unix tools do.
    #[error("stdout was closed")]
    StdoutClosed,
}

impl CliError {
    pub(crate) fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Self::Io {
            context: context.into(),
            source,
        }
    }

    /// The documented exit code.
    pub fn exit_code(&self) -> u8 {
        match self {
            Self::Sdk(error) | Self::Hinted { error, .. } => sdk_exit_code(error),
            Self::Usage(_) | Self::Refused(_) => exit::USAGE,
            Self::Invalid(_) => exit::INVALID,
            Self::NoCredentials => exit::AUTH,
            Self::TimedOut(_) => exit::NETWORK,
            Self::Io { .. } | Self::Failed(_) => exit::FAILURE,
            Self::StdoutClosed => exit::OK,
        }
    }

    /// One line: what went wrong and what to do.
    pub fn line(&self) -> String {
        if let Self::Hinted { error, hint } = self {
            let what = match error {
                SdkError::Api(api) => format!("{} {}: {}", api.status, api.code, api.message),
                other => other.to_string(),
            };
            return format!("{what} — {hint}");
        }
        let Self::Sdk(error) = self else {
            return self.to_string();
        };
        match error {
            SdkError::Api(api) => {
                let mut what = format!("{} {}: {}", api.status, api.code, api.message);
                if let Some(sdk_hint) = &api.hint {
                    what = format!("{what} ({sdk_hint})");
                }
                match hint(error) {
                    Some(hint) => format!("{what} — {hint}"),
                    None => what,
                }
            }
            other => match hint(other) {
                Some(hint) => format!("{other} — {hint}"),
                None => other.to_string(),
            },
        }
    }

    /// The API's error envelope, or one in its shape, for `-o json` on stderr.
    pub fn envelope(&self) -> Value {
        if let Self::Sdk(SdkError::Api(api))
        | Self::Hinted {
            error: SdkError::Api(api),
            ..
        } = self
        {
            if let Some(body) = &api.body {
                return serde_json::to_value(body).unwrap_or(Value::Null);
            }
            return json!({"error": api.message, "code": api.code});
        }
        let code = match self.exit_code() {
            exit::AUTH => "UNAUTHORIZED",
            exit::INVALID | exit::USAGE => "INVALID_REQUEST",
            exit::NETWORK => "NETWORK_ERROR",
            _ => "CLIENT_ERROR",
        };
        json!({"error": self.line(), "code": code})
    }
}

fn sdk_exit_code(error: &SdkError) -> u8 {
    match error {
        SdkError::Api(api) => match api.status {
            401 | 403 => exit::AUTH,
            404 => exit::NOT_FOUND,
            400 | 409 | 405 | 413 | 416 | 422 => exit::INVALID,
            429 => exit::LIMITED,
            _ => exit::FAILURE,
        },
        SdkError::Transport { .. } | SdkError::Timeout { .. } | SdkError::WebSocket { .. } => {
            exit::NETWORK
        }
        SdkError::Validation { .. } => exit::INVALID,
        SdkError::Config { .. } => exit::USAGE,
        _ => exit::FAILURE,
    }
}

fn hint(error: &SdkError) -> Option<String> {
    Some(match error {
        SdkError::Api(api) => match (&api.code, api.status) {
            (_, 401) => {
                "the API key was rejected: run `voxai auth login` or set VOXAI_API_KEY".into()
            }
            (_, 403) => "the key's project does not own this resource".into(),
            (_, 404) => {
                "check the name or id (the `list` command of the section shows them)".into()
            }
            (ErrorCode::QuotaExceeded, _) => {
                let url = api
                    .body
                    .as_ref()
                    .and_then(|b| b.quota_details())
                    .map(|d| d.upgrade_url);
                match url {
                    Some(url) => {
                        format!("the plan's quota is used up: free some up or upgrade at {url}")
                    }
                    None => "the plan's quota is used up: free some up or upgrade the plan".into(),
                }
            }
            (_, 429) => match api.retry_after {
                Some(wait) => format!(
                    "rate limited: try again in {} s or raise --max-retries",
                    wait.as_secs().max(1)
                ),
                None => "rate limited: slow down or raise --max-retries".into(),
            },
            (_, status) if status >= 500 => "the service failed: try again later".into(),
            _ => return None,
        },
        SdkError::Transport { request_sent, .. } => {
            use voxai_sdk::NetworkCause;
            match error.network_cause() {
                Some(NetworkCause::Refused) => {
                    "nothing listens there: is the server running? check --base-url".into()
                }
                Some(NetworkCause::Dns) => {
                    "the host name does not resolve: check --base-url and the network".into()
                }
                Some(NetworkCause::Proxy) => "check the proxy: HTTPS_PROXY, HTTP_PROXY, \
                     ALL_PROXY, or NO_PROXY to reach this host directly"
                    .into(),
                Some(NetworkCause::Tls) => "check the URL's scheme (https for the hosted API), \
                     the system's certificates and any proxy"
                    .into(),
                _ if *request_sent => "the connection broke after the request was sent: a \
                     write may have been applied, so check (e.g. with `list`) before \
                     repeating it"
                    .into(),
                _ => "check the network and --base-url".into(),
            }
        }
        SdkError::Timeout { .. } => {
            "the service is slow to answer: raise --timeout or try again".into()
        }
        SdkError::WebSocket { .. } => "check the network, --base-url or --ws-url".into(),
        _ => return None,
    })
}
