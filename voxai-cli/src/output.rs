//! The one rendering path: a table for people, the API's JSON for scripts, identifiers
//! for `xargs`.

use std::io::Write;

use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;

use crate::cli::OutputFormat;
use crate::context::Ctx;
use crate::error::CliError;

/// How a response is shown.
pub trait Render: Serialize {
    /// The table people see; columns a person needs, not every field.
    fn table(&self) -> Table;
    /// The identifiers `-q` prints, one per line.
    fn ids(&self) -> Vec<String>;
}

/// A table with the project's style and the given header.
pub fn table(header: &[&str]) -> Table {
    let mut table = Table::new();
    table
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header.iter().copied());
    table
}

/// A two-column table of fields and values, for single resources.
pub fn fields(rows: &[(&str, String)]) -> Table {
    let mut table = table(&["FIELD", "VALUE"]);
    for (field, value) in rows {
        table.add_row(vec![(*field).to_owned(), value.clone()]);
    }
    table
}

/// Writes a line to stdout; a closed pipe (`| head`) is not an error.
pub fn line(text: &str) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{text}") {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(CliError::io("cannot write to stdout", e))
        }
        _ => Ok(()),
    }
}

/// Prints a response as the flags ask.
pub fn print<T: Render>(ctx: &Ctx, value: &T) -> Result<(), CliError> {
    if ctx.quiet() {
        for id in value.ids() {
            line(&id)?;
        }
        return Ok(());
    }
    match ctx.format() {
        OutputFormat::Json => line(&to_json(value)?),
        OutputFormat::Table => line(&value.table().to_string()),
    }
}

/// Sends a request and prints its answer: with `-o json` exactly the JSON the server
/// sent (fields this version does not model included), else the table or `-q` ids.
pub async fn show<T>(ctx: &Ctx, request: voxai_sdk::Request<T>) -> Result<(), CliError>
where
    T: Render + serde::de::DeserializeOwned + Send + 'static,
{
    if is_json(ctx) && !ctx.quiet() {
        let value = request.raw().await?;
        return line(&to_json(&value)?);
    }
    let value = request.await?;
    print(ctx, &value)
}

/// Pretty JSON of a response.
pub fn to_json<T: Serialize>(value: &T) -> Result<String, CliError> {
    serde_json::to_string_pretty(value)
        .map_err(|e| CliError::Failed(format!("cannot encode JSON: {e}")))
}

/// One JSON object per line, for streams.
pub fn json_line<T: Serialize>(value: &T) -> Result<(), CliError> {
    let text = serde_json::to_string(value)
        .map_err(|e| CliError::Failed(format!("cannot encode JSON: {e}")))?;
    line(&text)
}

/// Unix seconds as `2026-03-31 10:00:00` (UTC).
pub fn unix_time(seconds: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(seconds)
        .ok()
        .and_then(|t| {
            t.format(time::macros::format_description!(
                "[year]-[month]-[day] [hour]:[minute]:[second]"
            ))
            .ok()
        })
        .unwrap_or_else(|| seconds.to_string())
}

/// An ISO 8601 time as `2026-03-31 10:00:00`.
pub fn iso_time(text: &str) -> String {
    text.replacen('T', " ", 1).trim_end_matches('Z').to_owned()
}

/// `-` for a missing value.
pub fn or_dash<T: ToString>(value: Option<T>) -> String {
    value.map_or_else(|| "-".to_owned(), |v| v.to_string())
}

/// Whether `-o json` was asked for.
pub fn is_json(ctx: &Ctx) -> bool {
    ctx.format() == OutputFormat::Json
}
