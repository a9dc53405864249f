//! `voxai audit`: what a deployment answered, read against what the SDK's types model.

use std::path::PathBuf;

use clap::Args;
use voxai_mock::audit::{Finding, Kind, Options, audit};
use voxai_mock::cassette::{Cassette, CassetteError};

use crate::error::CliError;
use crate::flags::{Globals, OutputFormat};
use crate::host::Streams;
use crate::output;

/// `voxai audit` flags.
#[derive(Debug, Args)]
#[command(after_help = "\
Exit status: 0 when nothing differs, 1 when something does (or a file cannot be read), 2 when a
file is not a cassette this version reads (a corrupt line, a newer format).

Examples:
  voxai mock --proxy https://voxai.ai0.dev/api/v1 --record run.jsonl   # run your app through it
  voxai audit run.jsonl
  voxai -o json audit run.jsonl > findings.jsonl   # one finding a line, stable keys, to diff in CI
  voxai audit --strict run.jsonl                   # also fields modelled that never appeared")]
pub struct AuditArgs {
    /// Cassettes recorded with `voxai mock --proxy URL --record FILE`.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Also report fields the types model (as optional) that never appeared.
    #[arg(long)]
    pub strict: bool,
}

/// Audits the cassettes and prints every finding, as a table or one JSON object a line.
///
/// # Errors
///
/// A cassette that cannot be read, or any finding (exit 1).
pub fn run(args: &AuditArgs, globals: &Globals, streams: &Streams) -> Result<(), CliError> {
    let cassettes = args
        .files
        .iter()
        .map(|path| Cassette::read(path).map_err(unreadable))
        .collect::<Result<Vec<_>, _>>()?;
    let report = audit(&cassettes, Options::default().strict(args.strict));
    match globals.format(streams.out_is_terminal()) {
        OutputFormat::Json => {
            for finding in &report.findings {
                let line = serde_json::to_string(finding)
                    .map_err(|e| CliError::Failed(format!("cannot write a finding: {e}")))?;
                streams.line(&line)?;
            }
        }
        format if !report.findings.is_empty() => {
            streams.line(&streams.render(table(&report.findings), format))?;
        }
        _ => {}
    }
    let read = format!(
        "read {} HTTP {} and {} monitor {}",
        report.exchanges,
        if report.exchanges == 1 {
            "answer"
        } else {
            "answers"
        },
        report.frames,
        if report.frames == 1 {
            "frame"
        } else {
            "frames"
        },
    );
    match report.findings.len() {
        0 => {
            streams.log(&format!("{read}: no differences from the types"));
            Ok(())
        }
        n => Err(CliError::Failed(format!(
            "{read}: {n} {} from the types",
            if n == 1 { "difference" } else { "differences" }
        ))),
    }
}

fn unreadable(error: CassetteError) -> CliError {
    match error {
        CassetteError::Io { path, source } => {
            CliError::io(format!("cannot read {}", path.display()), source)
        }
        other => CliError::Usage(other.to_string()),
    }
}

fn table(findings: &[Finding]) -> comfy_table::Table {
    let mut table = output::table(&["ENDPOINT", "FINDING", "PATH", "DETAIL", "SEEN"]);
    for finding in findings {
        let mut detail = finding.detail.clone();
        // The other kinds name their value in the detail already.
        let example = finding
            .example
            .as_ref()
            .filter(|_| finding.kind == Kind::UndocumentedField);
        if let Some(example) = example {
            let example = example.to_string();
            let example: String = example.chars().take(60).collect();
            detail.push_str(&format!(" (e.g. {example})"));
        }
        table.add_row(vec![
            finding.endpoint.clone(),
            finding.kind.as_str().to_owned(),
            output::or_dash(Some(&finding.path).filter(|p| !p.is_empty())),
            detail,
            finding.count.to_string(),
        ]);
    }
    table
}
