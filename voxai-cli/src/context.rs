//! What every command gets: global flags, the config, a client built from
//! flags > environment > profile, and how to print.

use std::path::PathBuf;

use voxai_sdk::{Client, RetryPolicy};

use crate::config::{self, Config, DEFAULT_PROFILE};
use crate::credentials;
use crate::error::CliError;
use crate::flags::{Globals, OutputFormat};
use crate::host::{Host, Streams};

/// The hosted API, when nothing else is configured.
pub const DEFAULT_BASE_URL: &str = voxai_sdk::DEFAULT_BASE_URL;

/// The state of one invocation.
#[derive(Debug)]
pub struct Ctx {
    /// The global flags.
    pub globals: Globals,
    /// The config file as read.
    pub config: Config,
    /// Where it lives.
    pub config_path: PathBuf,
    /// Where output goes, and the environment the run was given.
    pub host: Host,
}

impl Ctx {
    /// Reads the config for these flags, with the host's environment filling what no
    /// flag gave.
    pub fn new(globals: Globals, host: Host) -> Result<Self, CliError> {
        if globals.api_key.is_some() && host.streams.err_is_terminal() {
            host.streams.log(
                "warning: --api-key is visible to other users of this machine (ps); prefer VOXAI_API_KEY or `voxai auth login`",
            );
        }
        let globals = globals.with_env(&host.vars);
        let config_path = config::path(&host.vars)?;
        let config = Config::load(&config_path)?;
        if let Some(warning) = Config::insecure_dir(&config_path) {
            host.streams.log(&warning);
        }
        Ok(Self {
            globals,
            config,
            config_path,
            host,
        })
    }

    /// stdout, stderr and what is known about them.
    pub fn streams(&self) -> &Streams {
        &self.host.streams
    }

    /// Whether `VOXAI_NO_KEYRING` switches the OS keyring off (for CI).
    pub fn keyring_off(&self) -> bool {
        self.host.vars.is_on("VOXAI_NO_KEYRING")
    }

    /// The active profile's name.
    pub fn profile_name(&self) -> &str {
        self.globals.profile.as_deref().unwrap_or(DEFAULT_PROFILE)
    }

    /// The base URL: flag or `VOXAI_BASE_URL`, else the profile's, else the hosted API.
    pub fn base_url(&self) -> String {
        self.globals
            .base_url
            .clone()
            .or_else(|| {
                self.config
                    .profile(self.profile_name())
                    .and_then(|p| p.base_url.clone())
            })
            .unwrap_or_else(|| DEFAULT_BASE_URL.to_owned())
    }

    /// The API key and where it came from: flag or `VOXAI_API_KEY`, else the profile's.
    pub async fn api_key(&self) -> Result<(String, &'static str), CliError> {
        if let Some(key) = self
            .globals
            .api_key
            .clone()
            .filter(|k| !k.trim().is_empty())
        {
            return Ok((key, "flag or VOXAI_API_KEY"));
        }
        let config = self.config.clone();
        let profile = self.profile_name().to_owned();
        let keyring = credentials::Keyring::new(self.keyring_off());
        let found = credentials::blocking(move || keyring.load(&config, &profile)).await?;
        match found {
            Some((key, store)) => Ok((
                key,
                if store == credentials::Store::Keyring {
                    "keyring"
                } else {
                    "config file"
                },
            )),
            None => Err(CliError::NoCredentials),
        }
    }

    /// A client for the resolved key and base URL, with `--timeout` and `--max-retries`
    /// (`-v` logs its requests through the SDK's `tracing` events).
    pub async fn client(&self) -> Result<Client, CliError> {
        let (key, _) = self.api_key().await?;
        self.client_with(&key, &self.base_url())
    }

    /// A client for a given key and base URL, with the global flags applied.
    pub fn client_with(&self, key: &str, base_url: &str) -> Result<Client, CliError> {
        let mut builder = Client::builder()
            .api_key(key)
            .base_url(base_url)
            .user_agent(concat!("voxai-cli/", env!("CARGO_PKG_VERSION")));
        if let Some(timeout) = self.globals.timeout {
            builder = builder.timeout(timeout);
        }
        if let Some(retries) = self.globals.max_retries {
            builder = builder.retry_policy(RetryPolicy::default().with_max_retries(retries));
        }
        let client = builder.build()?;
        if let Some(host) = client.clear_text_host() {
            self.streams().log(&format!(
                "warning: the API key goes to {host} unencrypted (http://); use https:// beyond this machine"
            ));
        }
        Ok(client)
    }

    /// How results are printed.
    pub fn format(&self) -> OutputFormat {
        self.globals.format(self.streams().out_is_terminal())
    }

    /// `-q`: identifiers only.
    pub fn quiet(&self) -> bool {
        self.globals.quiet
    }

    /// A notice on stderr ("connected; waiting for events"): for people, so only when
    /// stderr is a terminal, or with `-v`.
    pub fn notice(&self, line: &str) {
        if self.globals.verbose > 0 || self.streams().err_is_terminal() {
            self.log(line);
        }
    }

    /// A line on stderr: warnings and what a person must see even in a script.
    pub fn log(&self, line: &str) {
        self.streams().log(line);
    }

    /// Whether a person can be asked (prompts).
    pub fn interactive(&self) -> bool {
        self.streams().interactive()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_key_given_as_a_flag_is_warned_about_at_a_terminal() {
        use crate::host::{Host, Streams, Vars};
        let dir = tempfile::tempdir().unwrap();
        let cli = crate::parse(["voxai", "--api-key", "pk_flag_value", "quota"]).unwrap();
        let (streams, captured) = Streams::capture_terminal(80);
        let vars = Vars::none().with("VOXAI_CONFIG_DIR", dir.path());
        super::Ctx::new(cli.globals, Host { streams, vars }).unwrap();
        let said = captured.stderr();
        assert!(
            said.contains("--api-key is visible") && !said.contains("pk_flag_value"),
            "{said}"
        );
    }
}
