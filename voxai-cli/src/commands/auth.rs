//! `voxai auth`: keys stored per profile, checked against `/quota` first.

use clap::Subcommand;
use comfy_table::Table;
use serde::Serialize;
use voxai_sdk::ApiKey;

use crate::context::Ctx;
use crate::credentials::{self, Keyring, Store};
use crate::error::CliError;
use crate::output::{self, Render};
use crate::prompt;

/// `voxai auth ...`
#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Store an API key for the profile, after checking it against the API.
    #[command(
        after_help = "Examples:\n  voxai auth login\n  voxai auth login --profile staging --base-url https://staging.example/api/v1\n  echo \"$KEY\" | voxai auth login --with-key"
    )]
    Login {
        /// Read the key from stdin instead of prompting (for scripts).
        #[arg(long)]
        with_key: bool,
    },
    /// Forget the profile's key.
    #[command(after_help = "Examples:\n  voxai auth logout\n  voxai auth logout --profile staging")]
    Logout,
    /// Show the profile, base URL, plan and the key (masked).
    #[command(after_help = "Examples:\n  voxai auth status\n  voxai -o json auth status")]
    Status,
}

/// What `auth status` and `auth login` report.
#[derive(Debug, Serialize)]
pub struct AuthStatus {
    profile: String,
    base_url: String,
    key: String,
    key_source: String,
    plan: String,
    plan_display: String,
}

impl Render for AuthStatus {
    fn table(&self) -> Table {
        output::fields(&[
            ("profile", self.profile.clone()),
            ("base url", self.base_url.clone()),
            ("plan", self.plan_display.clone()),
            ("key", format!("{} (from {})", self.key, self.key_source)),
        ])
    }

    fn ids(&self) -> Vec<String> {
        vec![self.profile.clone()]
    }
}

/// Runs `voxai auth ...`.
pub async fn run(ctx: &Ctx, command: AuthCommand) -> Result<(), CliError> {
    match command {
        AuthCommand::Login { with_key } => login(ctx, with_key).await,
        AuthCommand::Logout => {
            let mut config = ctx.config.clone();
            let profile = ctx.profile_name().to_owned();
            let keyring = Keyring::new(ctx.keyring_off());
            let (existed, config) = credentials::blocking(move || {
                let existed = keyring.delete(&mut config, &profile);
                (existed, config)
            })
            .await?;
            config.save(&ctx.config_path)?;
            let message = if existed {
                format!("logged out of profile {}", ctx.profile_name())
            } else {
                format!("profile {} had no stored key", ctx.profile_name())
            };
            ctx.notice(&message);
            Ok(())
        }
        AuthCommand::Status => {
            let (key, source) = ctx.api_key().await?;
            let status = check(ctx, &key, source).await?;
            output::print(ctx, &status)
        }
    }
}

async fn check(ctx: &Ctx, key: &str, source: &str) -> Result<AuthStatus, CliError> {
    let base_url = ctx.base_url();
    let quota = ctx.client_with(key, &base_url)?.quota().await?;
    Ok(AuthStatus {
        profile: ctx.profile_name().to_owned(),
        base_url,
        key: ApiKey::new(key).masked(),
        key_source: source.to_owned(),
        plan: output::or_dash(quota.plan.as_ref()),
        plan_display: output::or_dash(quota.plan_display.as_ref()),
    })
}

async fn login(ctx: &Ctx, with_key: bool) -> Result<(), CliError> {
    let key = if with_key {
        ctx.streams()
            .read_line()
            .map_err(|e| CliError::io("cannot read the key from stdin", e))?
            .trim()
            .to_owned()
    } else if ctx.interactive() {
        prompt::secret("VoxAI API key")?.trim().to_owned()
    } else {
        return Err(CliError::Usage(
            "no terminal to ask for the key on: pipe it in with --with-key".into(),
        ));
    };
    if key.is_empty() {
        return Err(CliError::Usage("the key is empty".into()));
    }
    let status = check(ctx, &key, "new login").await?;
    let mut config = ctx.config.clone();
    let profile = ctx.profile_name().to_owned();
    let base_url = ctx.globals.base_url.clone();
    let keyring = Keyring::new(ctx.keyring_off());
    let (config, (store, why)) = credentials::blocking(move || {
        let saved = keyring.save(&mut config, &profile, &key, base_url);
        (config, saved)
    })
    .await?;
    config.save(&ctx.config_path)?;
    let place = match store {
        Store::Keyring => "the OS keyring".to_owned(),
        Store::File => format!(
            "{} (mode 0600; no OS keyring: {})",
            ctx.config_path.display(),
            why.unwrap_or_default()
        ),
    };
    ctx.log(&format!(
        "Logged in to {} ({} plan) as profile {}; key {} stored in {place}",
        status.base_url, status.plan_display, status.profile, status.key
    ));
    Ok(())
}
