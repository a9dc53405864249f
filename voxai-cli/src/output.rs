//! The one rendering path: a table for people, the API's JSON for scripts, identifiers
//! for `xargs`.

use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;

use crate::context::Ctx;
use crate::error::CliError;
use crate::flags::OutputFormat;

/// How a response is shown.
pub trait Render: Serialize {
    /// The table people see; columns a person needs, not every field.
    fn table(&self) -> Table;
    /// The identifiers `-q` prints, one per line.
    fn ids(&self) -> Vec<String>;
    /// Lines printed after the table, outside its box: what must be copied whole (a
    /// token), or totals that fit no column.
    fn after(&self) -> Vec<String> {
        Vec::new()
    }
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

/// Writes a line to the run's stdout; a closed pipe (`| head`) is not an error.
pub fn line(ctx: &Ctx, text: &str) -> Result<(), CliError> {
    ctx.streams().line(text)
}

/// Prints a response as the flags ask.
pub fn print<T: Render>(ctx: &Ctx, value: &T) -> Result<(), CliError> {
    if ctx.quiet() {
        for id in value.ids() {
            line(ctx, &id)?;
        }
        return Ok(());
    }
    match ctx.format() {
        OutputFormat::Json => line(ctx, &to_json(value)?),
        format @ (OutputFormat::Table | OutputFormat::Tsv) => {
            line(ctx, &ctx.streams().render(value.table(), format))?;
            value.after().iter().try_for_each(|text| line(ctx, text))
        }
    }
}

/// Sends a request and prints its answer: with `-o json` exactly the JSON the server
/// sent (fields this version does not model included), else the table or `-q` ids.
pub async fn show<T>(ctx: &Ctx, request: voxai_sdk::Request<T>) -> Result<(), CliError>
where
    T: Render + serde::de::DeserializeOwned + Send + 'static,
{
    let raw = request.raw().await?;
    print_raw::<T>(ctx, &raw)
}

/// Prints a 2xx body the server sent: as it is with `-o json`, else typed as `T`. A
/// body that does not fit `T` is still a success: it is printed as JSON with a warning,
/// since the server said the request worked.
pub fn print_raw<T>(ctx: &Ctx, raw: &serde_json::Value) -> Result<(), CliError>
where
    T: Render + serde::de::DeserializeOwned,
{
    if is_json(ctx) && !ctx.quiet() {
        return line(ctx, &to_json(raw)?);
    }
    match serde_path_to_error::deserialize::<_, T>(raw) {
        Ok(value) => print(ctx, &value),
        Err(e) => {
            let path = e.path().to_string();
            let at = if path == "." {
                String::new()
            } else {
                format!(" at `{path}`")
            };
            ctx.log(&format!(
                "warning: the request succeeded, but its answer could not be shown as a table \
                 ({}{at}); here is the server's JSON",
                e.into_inner()
            ));
            line(ctx, &to_json(raw)?)
        }
    }
}

/// Pretty JSON of a response.
pub fn to_json<T: Serialize>(value: &T) -> Result<String, CliError> {
    serde_json::to_string_pretty(value)
        .map_err(|e| CliError::Failed(format!("cannot encode JSON: {e}")))
}

/// One JSON object per line, for streams.
pub fn json_line<T: Serialize>(ctx: &Ctx, value: &T) -> Result<(), CliError> {
    let text = serde_json::to_string(value)
        .map_err(|e| CliError::Failed(format!("cannot encode JSON: {e}")))?;
    line(ctx, &text)
}

/// JSON text received from the server (a webhook body, a monitor frame) as one line of
/// JSON Lines, every byte kept but line breaks: outside strings a raw line break is only
/// whitespace (inside them JSON escapes it), so the meaning is unchanged.
pub fn received_json_line(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(['\n', '\r']) {
        std::borrow::Cow::Owned(text.replace(['\n', '\r'], " "))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
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

/// A field that a server may leave out, as a table cell: `-` when absent.
pub trait Cell {
    /// The cell's text.
    fn cell(&self) -> String;
}

impl<T: std::fmt::Display> Cell for Option<T> {
    fn cell(&self) -> String {
        or_dash(self.as_ref())
    }
}

/// A list as one cell: `a, b, c`, or `none`.
pub fn list_cell<T: std::fmt::Display>(items: &[T]) -> String {
    if items.is_empty() {
        return "none".to_owned();
    }
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// An optional ISO 8601 time as `2026-03-31 10:00:00`, `-` when absent.
pub fn time_cell(at: Option<&voxai_types::Timestamp>) -> String {
    at.map_or_else(|| "-".to_owned(), |t| iso_time(t.as_str()))
}

/// Optional unix seconds as `2026-03-31 10:00:00`, `-` when absent.
pub fn unix_cell(seconds: Option<i64>) -> String {
    seconds.map_or_else(|| "-".to_owned(), unix_time)
}

/// A yes/no cell, `-` when absent.
pub fn yes_no(value: Option<bool>) -> String {
    match value {
        Some(true) => "yes".to_owned(),
        Some(false) => "no".to_owned(),
        None => "-".to_owned(),
    }
}

/// Whether `-o json` was asked for.
pub fn is_json(ctx: &Ctx) -> bool {
    ctx.format() == OutputFormat::Json
}
