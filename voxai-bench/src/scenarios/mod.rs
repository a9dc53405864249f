//! One module per group of rows.

pub(crate) mod cli;
pub(crate) mod download;
pub(crate) mod monitor;
pub(crate) mod paging;
pub(crate) mod proxy;
pub(crate) mod rooms;
pub(crate) mod sdk;
pub(crate) mod search;
pub(crate) mod server;

/// Why a scenario could not run.
#[derive(Debug, thiserror::Error)]
pub(crate) enum BenchError {
    #[error("{0}")]
    Setup(String),
    #[error("HTTP: {0}")]
    Http(#[from] reqwest::Error),
    #[error("SDK: {0}")]
    Sdk(#[from] voxai_sdk::Error),
    #[error("I/O: {0}")]
    Io(#[from] std::io::Error),
    #[error("WebSocket: {0}")]
    WebSocket(#[from] tokio_tungstenite::tungstenite::Error),
    #[error("control plane: {0}")]
    Control(#[from] voxai_mock::control_plane::ControlError),
}

/// `POST {base}{path}` with a JSON body and the enterprise key; the answer if it is a
/// success.
pub(crate) async fn post(
    http: &reqwest::Client,
    base: &str,
    path: &str,
    body: &serde_json::Value,
) -> Result<reqwest::Response, BenchError> {
    ok(http
        .post(format!("{base}{path}"))
        .header("X-API-Key", voxai_mock::keys::ENTERPRISE)
        .json(body)
        .send()
        .await?)
}

/// `Err` unless the status is a success.
pub(crate) fn ok(response: reqwest::Response) -> Result<reqwest::Response, BenchError> {
    if response.status().is_success() {
        Ok(response)
    } else {
        Err(BenchError::Setup(format!(
            "{} answered {}",
            response.url().path(),
            response.status()
        )))
    }
}

/// The id of a new recording of `bytes` bytes in the enterprise project, seeded through
/// `control`.
pub(crate) async fn seed_recording(
    control: &voxai_mock::control_plane::ControlPlane,
    bytes: u64,
) -> Result<String, BenchError> {
    let seeded = control
        .seed(&voxai_mock::control_plane::Seed {
            recording_bytes: Some(bytes),
            ..voxai_mock::control_plane::Seed::new(voxai_mock::keys::ENTERPRISE)
        })
        .await?;
    let id = seeded
        .recording_id
        .ok_or_else(|| BenchError::Setup(format!("no recording in {seeded:?}")))?;
    Ok(id.to_string())
}
