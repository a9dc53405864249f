//! Build information for `voxai --version`: the git commit and its date, when built from
//! a checkout. vergen falls back to placeholders without git; `cli::version` drops them.

use vergen::EmitBuilder;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    EmitBuilder::builder()
        .git_sha(false)
        .git_commit_date()
        .quiet()
        .emit()?;
    Ok(())
}
