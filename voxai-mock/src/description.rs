//! The API's machine-readable description, generated from `voxai-types`: the OpenAPI 3.1
//! document and the monitor WebSocket's JSON Schema, served under `/_mock/` and printed
//! by `voxai-mock openapi` / `voxai-mock monitor-schema`.

use std::sync::LazyLock;

use clap::Subcommand;

static OPENAPI: LazyLock<String> = LazyLock::new(|| pretty(&voxai_types::openapi::document()));
static MONITOR: LazyLock<String> =
    LazyLock::new(|| pretty(&voxai_types::openapi::monitor_schema()));

/// Pretty JSON with a final newline, as committed under `openapi/`.
fn pretty(value: &serde_json::Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// The OpenAPI 3.1 document of the whole API (`openapi/voxai.openapi.json`).
pub fn openapi() -> &'static str {
    &OPENAPI
}

/// The JSON Schema of the monitor WebSocket (`openapi/monitor.schema.json`).
pub fn monitor_schema() -> &'static str {
    &MONITOR
}

/// What the command line prints instead of serving.
#[derive(Debug, Clone, Copy, Subcommand)]
pub enum Describe {
    /// Print the OpenAPI 3.1 document of the API (what GET /_mock/openapi.json serves).
    #[command(
        after_help = "Examples:\n  voxai mock openapi > voxai.openapi.json\n  schemathesis run voxai.openapi.json --url http://127.0.0.1:4010/api/v1 -H 'X-API-Key: pk_test_pro'"
    )]
    Openapi,
    /// Print the JSON Schema of the monitor WebSocket's frames.
    #[command(after_help = "Examples:\n  voxai mock monitor-schema > monitor.schema.json")]
    MonitorSchema,
}

impl Describe {
    /// The document this prints.
    pub fn text(self) -> &'static str {
        match self {
            Self::Openapi => openapi(),
            Self::MonitorSchema => monitor_schema(),
        }
    }
}
