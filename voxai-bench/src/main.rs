//! The performance suite of the SDK, the CLI and the reference server.
//!
//! ```text
//! cargo run --release -p voxai-bench -- all            # every row, full size (~10 min)
//! cargo run --release -p voxai-bench -- all --quick    # every row, small (under 3 min)
//! cargo run --release -p voxai-bench -- search monitor --json bench.json
//! ```
//!
//! Every figure is printed beside a baseline measured in the same run (interleaved
//! rounds, the median of the per-round ratios) and its target. Servers are started on
//! 127.0.0.1 with port 0 and stopped at the end. `--gate` exits 1 when a row is grossly
//! past its target (more than 2x), which is what CI checks: noise never fails a run.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod binaries;
mod cli_tools;
mod load;
mod report;
mod scenarios;
mod servers;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, ValueEnum};

use crate::report::Report;

/// Groups of rows, run in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, ValueEnum)]
enum Group {
    /// Every group.
    All,
    /// SDK latency and throughput against bare reqwest.
    Sdk,
    /// The reference server against a bare axum app.
    Server,
    /// Room creation as rooms grow.
    Rooms,
    /// `voxai -o json sessions list --all` as sessions grow.
    Paging,
    /// Knowledge search over many chunks, and what it does to other requests.
    Search,
    /// Monitor fan-out: latency and server CPU per delivered frame.
    Monitor,
    /// CLI start-up and round trip against `true` and curl.
    Cli,
    /// A large recording downloaded by the CLI against curl.
    Download,
    /// The recording proxy (`voxai mock --proxy --record`): added latency, a large
    /// download through it, its memory.
    Proxy,
}

#[derive(Debug, Parser)]
#[command(name = "voxai-bench", version, about)]
struct Args {
    /// What to run.
    #[arg(value_enum, default_value = "all")]
    groups: Vec<Group>,
    /// Smaller sizes and fewer rounds: the whole suite in under 3 minutes.
    #[arg(long)]
    quick: bool,
    /// Also write the rows as JSON to this file.
    #[arg(long, value_name = "FILE")]
    json: Option<PathBuf>,
    /// Exit 1 when any row is more than 2x past its target.
    #[arg(long)]
    gate: bool,
    /// Instead of the rows: make `--count` `GET /rooms` calls through this client
    /// against `--base-url`, and nothing else, to profile one side alone (e.g. under
    /// `valgrind --tool=callgrind`, with the server in another process).
    #[arg(long, value_enum, value_name = "CLIENT", requires = "base_url")]
    calls: Option<scenarios::sdk::Via>,
    /// How many calls `--calls` makes.
    #[arg(long, default_value_t = 1000)]
    count: usize,
    /// How many tasks share the `--calls` (each makes its calls one at a time).
    #[arg(long, default_value_t = 1)]
    tasks: usize,
    /// The server `--calls` calls, e.g. a `voxai-mock --no-rate-limit`.
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
}

/// How big each scenario is.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Size {
    pub(crate) quick: bool,
}

impl Size {
    /// `quick` in quick mode, else `full`.
    pub(crate) fn pick<T>(self, quick: T, full: T) -> T {
        if self.quick { quick } else { full }
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("voxai-bench: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let (Some(via), Some(base)) = (args.calls, &args.base_url) {
        return match runtime.block_on(scenarios::sdk::calls(via, args.count, args.tasks, base)) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("voxai-bench: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let size = Size { quick: args.quick };
    let mut groups = args.groups.clone();
    if groups.contains(&Group::All) {
        groups = Group::value_variants()
            .iter()
            .copied()
            .filter(|g| *g != Group::All)
            .collect();
    }
    groups.sort();
    groups.dedup();
    let mut report = Report::default();
    let result = runtime.block_on(async {
        for group in groups {
            eprintln!("== {group:?}");
            let rows = match group {
                Group::All => Ok(Vec::new()),
                Group::Sdk => scenarios::sdk::run(size).await,
                Group::Server => scenarios::server::run(size).await,
                Group::Rooms => scenarios::rooms::run(size).await,
                Group::Paging => scenarios::paging::run(size).await,
                Group::Search => scenarios::search::run(size).await,
                Group::Monitor => scenarios::monitor::run(size).await,
                Group::Cli => scenarios::cli::run(size).await,
                Group::Download => scenarios::download::run(size).await,
                Group::Proxy => scenarios::proxy::run(size).await,
            }?;
            for row in rows {
                eprintln!("   {}", row.line());
                report.push(row);
            }
        }
        Ok::<_, scenarios::BenchError>(())
    });
    println!("{}", report.table());
    if let Err(e) = result {
        eprintln!("voxai-bench: {e}");
        return ExitCode::FAILURE;
    }
    if let Some(path) = &args.json {
        if let Err(e) = std::fs::write(path, report.json()) {
            eprintln!("voxai-bench: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    let gross = report.grossly_missed();
    if args.gate && !gross.is_empty() {
        eprintln!(
            "voxai-bench: more than 2x past target: {}",
            gross.join(", ")
        );
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
