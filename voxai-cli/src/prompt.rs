//! Questions to a person at a terminal; never asked of a script.

use dialoguer::{Confirm, Password};

use crate::context::Ctx;
use crate::error::CliError;

/// Goes ahead with a destructive action if `--yes` was given or the person agrees.
/// Without a terminal and without `--yes` it refuses instead of waiting for input.
pub fn confirm(ctx: &Ctx, action: &str) -> Result<(), CliError> {
    if ctx.globals.yes {
        return Ok(());
    }
    if !ctx.interactive() {
        return Err(CliError::Refused(format!(
            "refusing to {action} without confirmation: no terminal to ask on; pass --yes"
        )));
    }
    let agreed = Confirm::new()
        .with_prompt(format!("{action}?"))
        .default(false)
        .interact()
        .map_err(|e| CliError::Failed(format!("cannot ask for confirmation: {e}")))?;
    if agreed {
        Ok(())
    } else {
        Err(CliError::Refused(format!(
            "did not {action}: not confirmed"
        )))
    }
}

/// Asks for a secret with hidden input.
pub fn secret(prompt: &str) -> Result<String, CliError> {
    Password::new()
        .with_prompt(prompt)
        .interact()
        .map_err(|e| CliError::Failed(format!("cannot read the key: {e}")))
}
