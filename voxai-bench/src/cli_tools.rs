//! Programs of the machine the suite compares against (`true`, `curl`).

use std::path::{Path, PathBuf};

/// The path of `program` on `PATH`, if it is there.
pub(crate) fn which(program: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|dir| Path::new(dir).join(program))
        .find(|p| p.is_file())
}
