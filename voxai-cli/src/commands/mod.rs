//! One module per API section, each a clap subcommand and its handlers.

pub mod agents;
#[cfg(feature = "mock")]
pub mod audit;
pub mod auth;
pub mod call_control;
pub mod completions;
#[cfg(feature = "mock")]
pub mod demo;
pub mod knowledge;
#[cfg(feature = "mock")]
pub mod mock;
pub mod monitor;
pub mod quota;
pub mod recordings;
pub mod rooms;
pub mod sessions;
pub mod sip;
pub mod tokens;
pub mod webhooks;

use clap::Args;
use futures::{StreamExt, TryStreamExt};
use serde::Serialize;
use serde_json::{Map, Value};
use voxai_sdk::{ListQuery, PageRequest};
use voxai_types::{Ack, Page};

use crate::context::Ctx;
use crate::error::CliError;
use crate::flags::OutputFormat;
use crate::output::{self, Render};
use crate::progress;

/// An item of a list, as one table row.
pub trait Row: Serialize {
    /// Column titles.
    const HEADER: &'static [&'static str];
    /// The cells.
    fn cells(&self) -> Vec<String>;
    /// What `-q` prints.
    fn id(&self) -> String;
}

/// `Render` for a response holding rows: `render_rows!(Type, field)` for a `Vec` field,
/// `render_rows!(Type, field, one)` for a single item, `optional` for an `Option` item and
/// `optional_list` for an `Option<Vec>` (parts an acknowledgement may leave out).
macro_rules! render_rows {
    ($type:ty, $field:ident) => {
        impl $crate::output::Render for $type {
            fn table(&self) -> comfy_table::Table {
                $crate::commands::rows_table(&self.$field)
            }

            fn ids(&self) -> Vec<String> {
                self.$field.iter().map($crate::commands::Row::id).collect()
            }
        }
    };
    ($type:ty, $field:ident, optional) => {
        impl $crate::output::Render for $type {
            fn table(&self) -> comfy_table::Table {
                match &self.$field {
                    Some(item) => $crate::commands::rows_table(std::slice::from_ref(item)),
                    None => $crate::output::fields(&[("result", "done".to_owned())]),
                }
            }

            fn ids(&self) -> Vec<String> {
                self.$field.iter().map($crate::commands::Row::id).collect()
            }
        }
    };
    ($type:ty, $field:ident, optional_list) => {
        impl $crate::output::Render for $type {
            fn table(&self) -> comfy_table::Table {
                match &self.$field {
                    Some(items) => $crate::commands::rows_table(items),
                    None => $crate::output::fields(&[("result", "done".to_owned())]),
                }
            }

            fn ids(&self) -> Vec<String> {
                self.$field
                    .iter()
                    .flatten()
                    .map($crate::commands::Row::id)
                    .collect()
            }
        }
    };
    ($type:ty, $field:ident, one) => {
        impl $crate::output::Render for $type {
            fn table(&self) -> comfy_table::Table {
                $crate::commands::rows_table(std::slice::from_ref(&self.$field))
            }

            fn ids(&self) -> Vec<String> {
                vec![$crate::commands::Row::id(&self.$field)]
            }
        }
    };
}
pub(crate) use render_rows;

/// A list of rows as a table.
pub fn rows_table<R: Row>(rows: &[R]) -> comfy_table::Table {
    let mut table = output::table(R::HEADER);
    for row in rows {
        table.add_row(row.cells());
    }
    table
}

/// Page size for `--all` when `--per-page` is not given: the API's largest.
const ALL_PER_PAGE: u32 = 100;

/// `--page`, `--per-page` and `--all`, the same on every paginated list.
#[derive(Debug, Clone, Copy, Args)]
pub struct Paging {
    /// Page number.
    #[arg(long, conflicts_with = "all")]
    pub page: Option<u32>,
    /// Results per page [default: the server's; with --all, 100 unless the server refuses it]
    #[arg(long)]
    pub per_page: Option<u32>,
    /// Every page, streamed (the next page is fetched while one is printed).
    #[arg(long)]
    pub all: bool,
}

/// Prints the page `paging` asks for, or with `--all` every item of every page as it
/// arrives (a spinner counting on stderr; JSON lines with `-o json`).
pub async fn list_pages<Q>(
    ctx: &Ctx,
    mut request: PageRequest<Q>,
    paging: Paging,
) -> Result<(), CliError>
where
    Q: ListQuery,
    Q::Page: Render,
    <Q::Page as Page>::Item: Row + Send + 'static,
{
    if let Some(page) = paging.page {
        request = request.page(page);
    }
    if let Some(per_page) = paging.per_page {
        request = request.per_page(per_page);
    }
    if !paging.all {
        let raw = request.raw().await?;
        return output::print_raw::<Q::Page>(ctx, &raw);
    }
    let spinner = progress::counter(ctx.streams(), "fetching");
    // Walking every page, large pages mean few round trips. The reference states no
    // largest page: a server that refuses ours is walked at its own default instead.
    let mut pages = match paging.per_page {
        Some(_) => request.pages().boxed(),
        None => {
            let mut large = request.clone().per_page(ALL_PER_PAGE).pages();
            match large.try_next().await {
                Err(e) if e.status() == Some(400) => request.pages().boxed(),
                first => futures::stream::iter(first.transpose())
                    .chain(large)
                    .boxed(),
            }
        }
    };
    let mut rows = Vec::new();
    // Tab-separated rows need no sizing: each is printed as it arrives.
    let tsv = !ctx.quiet() && ctx.format() == OutputFormat::Tsv;
    if tsv {
        output::line(
            ctx,
            &ctx.streams()
                .render(rows_table::<<Q::Page as Page>::Item>(&[]), ctx.format()),
        )?;
    }
    while let Some(page) = pages.try_next().await? {
        if let Some(total) = page.page_info().total {
            progress::counter_total(&spinner, total);
        }
        for item in page.into_items() {
            spinner.inc(1);
            if ctx.quiet() {
                output::line(ctx, &item.id())?;
            } else if output::is_json(ctx) {
                output::json_line(ctx, &item)?;
            } else if tsv {
                let row = rows_table(std::slice::from_ref(&item));
                let text = ctx.streams().render(row, OutputFormat::Tsv);
                // The header line was printed once, before the first page.
                output::line(ctx, text.split_once('\n').map_or("", |(_, row)| row))?;
            } else {
                // A table needs every row to size its columns.
                rows.push(item);
            }
        }
    }
    spinner.finish_and_clear();
    if !ctx.quiet() && !output::is_json(ctx) && !tsv {
        output::line(ctx, &ctx.streams().render(rows_table(&rows), ctx.format()))?;
    }
    Ok(())
}

/// An acknowledgement with the identifier it is about, for `-q` and the table.
#[derive(Debug)]
pub struct Acked {
    /// The API's answer.
    pub ack: Ack,
    /// What was acted on.
    pub id: String,
    /// What was done, for people.
    pub done: String,
}

impl Serialize for Acked {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.ack.serialize(serializer)
    }
}

impl Render for Acked {
    fn table(&self) -> comfy_table::Table {
        let message = self
            .ack
            .message
            .clone()
            .unwrap_or_else(|| self.done.clone());
        // Say what it was done to, unless the server's message already does.
        let message = if message.contains(&self.id) {
            message
        } else {
            format!("{message}: {}", self.id)
        };
        output::fields(&[("result", message)])
    }

    fn ids(&self) -> Vec<String> {
        vec![self.id.clone()]
    }
}

/// Sends a request answered with an acknowledgement and prints it (the server's JSON
/// with `-o json`).
pub async fn acked(
    ctx: &Ctx,
    request: voxai_sdk::Request<Ack>,
    id: impl ToString,
    done: impl Into<String>,
) -> Result<(), CliError> {
    let raw = request.raw().await?;
    if output::is_json(ctx) && !ctx.quiet() {
        return output::line(ctx, &output::to_json(&raw)?);
    }
    // An acknowledgement decodes from any body.
    let ack: Ack = serde_json::from_value(raw).unwrap_or_else(|_| Ack::ok());
    output::print(
        ctx,
        &Acked {
            ack,
            id: id.to_string(),
            done: done.into(),
        },
    )
}

/// Parses a `--metadata`/`--payload` argument that must be a JSON object, if given.
pub fn json_object(flag: &str, text: Option<&str>) -> Result<Option<Map<String, Value>>, CliError> {
    text.map(|text| one_json_object(flag, text)).transpose()
}

fn one_json_object(flag: &str, text: &str) -> Result<Map<String, Value>, CliError> {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(CliError::Invalid(format!(
            "{flag} must be a JSON object, e.g. '{{\"key\": \"value\"}}'"
        ))),
        Err(e) => Err(CliError::Invalid(format!("{flag} is not valid JSON: {e}"))),
    }
}

/// Reads a file argument, or stdin for `-`.
pub fn read_input(ctx: &Ctx, path: &str) -> Result<Vec<u8>, CliError> {
    if path == "-" {
        return ctx
            .streams()
            .read_input()
            .map_err(|e| CliError::io("cannot read stdin", e));
    }
    // A file named on the command line that cannot be read is a usage error (exit 2):
    // for `webhooks verify`, exit 1 means "invalid signature".
    std::fs::read(path).map_err(|e| CliError::Usage(format!("cannot read {path}: {e}")))
}
