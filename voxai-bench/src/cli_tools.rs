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

/// Seconds `curl -o FILE` takes to download recording `id` from `base` with the
/// enterprise key; an error unless curl succeeds.
pub(crate) async fn curl_download(
    curl: &Path,
    base: &str,
    id: &str,
    file: &Path,
) -> Result<f64, crate::scenarios::BenchError> {
    let url = format!("{base}/recordings/{id}/download");
    let header = format!("X-API-Key: {}", voxai_mock::keys::ENTERPRISE);
    let start = std::time::Instant::now();
    let status = tokio::process::Command::new(curl)
        .args(["-s", "-f", "-o"])
        .arg(file)
        .args(["-H", header.as_str(), url.as_str()])
        .status()
        .await?;
    if !status.success() {
        return Err(crate::scenarios::BenchError::Setup(format!(
            "curl: {status}"
        )));
    }
    Ok(start.elapsed().as_secs_f64())
}
