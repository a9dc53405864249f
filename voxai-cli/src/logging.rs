//! `-v`, `-vv` and `VOXAI_LOG`: the SDK's `tracing` events on stderr.
//!
//! `-v` prints one line per HTTP attempt and per retry (`GET /api/v1/rooms -> 200
//! (12 ms)`), `-vv` the same with each request's query. `VOXAI_LOG` takes a `tracing`
//! filter directive instead (`VOXAI_LOG=voxai_sdk=trace`) and prints the events with
//! their level, target and spans. Both write to the run's stderr, never stdout, and see
//! only what the SDK records: never a key, token, secret or body.

use std::fmt;
use std::io::Write;

use tracing::field::{Field, Visit};
use tracing::{Dispatch, Event, Subscriber};
use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::{FmtContext, FormatEvent, FormatFields, MakeWriter};
use tracing_subscriber::registry::LookupSpan;

use crate::error::CliError;
use crate::host::{Host, Streams};

/// The environment variable that takes a filter directive.
pub const VOXAI_LOG: &str = "VOXAI_LOG";

/// The subscriber of one run, or `None` when nothing is to be logged.
///
/// # Errors
///
/// [`CliError::Usage`] when `VOXAI_LOG` is not a valid directive.
pub fn dispatch(verbose: u8, host: &Host) -> Result<Option<Dispatch>, CliError> {
    let writer = LineWriter(host.streams.clone());
    if let Some(directive) = host.vars.text(VOXAI_LOG).filter(|d| !d.trim().is_empty()) {
        let filter = EnvFilter::builder().parse(&directive).map_err(|e| {
            CliError::Usage(format!("{VOXAI_LOG}={directive:?} is not a filter: {e}"))
        })?;
        let subscriber = tracing_subscriber::fmt()
            .with_env_filter(filter)
            .with_ansi(false)
            .without_time()
            .with_writer(writer)
            .finish();
        return Ok(Some(Dispatch::new(subscriber)));
    }
    if verbose == 0 {
        return Ok(None);
    }
    let directive = "voxai_sdk=info,voxai_sdk::http=debug";
    let filter = EnvFilter::builder()
        .parse(directive)
        .map_err(|e| CliError::Usage(e.to_string()))?;
    let subscriber = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer)
        .event_format(OneLine {
            queries: verbose > 1,
        })
        .finish();
    Ok(Some(Dispatch::new(subscriber)))
}

/// The `-v` format: the event's message alone, an HTTP attempt composed from its fields.
struct OneLine {
    /// `-vv`: the request's query after its path.
    queries: bool,
}

impl<S, N> FormatEvent<S, N> for OneLine
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    N: for<'a> FormatFields<'a> + 'static,
{
    fn format_event(
        &self,
        _: &FmtContext<'_, S, N>,
        mut writer: Writer<'_>,
        event: &Event<'_>,
    ) -> fmt::Result {
        let mut fields = Fields::default();
        event.record(&mut fields);
        if event.metadata().target() == "voxai_sdk::http" {
            let query = if self.queries && !fields.query.is_empty() {
                format!("?{}", fields.query)
            } else {
                String::new()
            };
            let status = fields.status.unwrap_or_else(|| "no response".to_owned());
            writeln!(
                writer,
                "{} {}{query} -> {status} ({} ms)",
                fields.method, fields.path, fields.elapsed_ms
            )
        } else {
            writeln!(writer, "{}", fields.message)
        }
    }
}

/// The fields `OneLine` reads.
#[derive(Default)]
struct Fields {
    message: String,
    method: String,
    path: String,
    query: String,
    status: Option<String>,
    elapsed_ms: String,
}

impl Visit for Fields {
    fn record_str(&mut self, field: &Field, value: &str) {
        match field.name() {
            "path" => self.path = value.to_owned(),
            "query" => self.query = value.to_owned(),
            _ => self.record_debug(field, &value),
        }
    }

    fn record_u64(&mut self, field: &Field, value: u64) {
        match field.name() {
            "status" => self.status = Some(value.to_string()),
            "elapsed_ms" => self.elapsed_ms = value.to_string(),
            _ => self.record_debug(field, &value),
        }
    }

    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        match field.name() {
            "message" => self.message = format!("{value:?}"),
            "method" => self.method = format!("{value:?}"),
            _ => {}
        }
    }
}

/// Each event as one line through [`Streams::log`] (which escapes control characters on
/// a terminal), so that captured runs see it too.
#[derive(Clone)]
struct LineWriter(Streams);

/// One event's bytes, logged when the formatter is done with them.
struct Line {
    streams: Streams,
    bytes: Vec<u8>,
}

impl Write for Line {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.bytes.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Drop for Line {
    fn drop(&mut self) {
        let text = String::from_utf8_lossy(&self.bytes);
        for line in text.lines() {
            self.streams.log(line);
        }
    }
}

impl<'a> MakeWriter<'a> for LineWriter {
    type Writer = Line;

    fn make_writer(&'a self) -> Line {
        Line {
            streams: self.0.clone(),
            bytes: Vec::new(),
        }
    }
}
