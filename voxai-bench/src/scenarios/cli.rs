//! The `voxai` binary: start-up against `true`, and a round trip against curl.

use std::process::Stdio;
use std::time::Instant;

use voxai_mock::keys;

use super::BenchError;
use crate::Size;
use crate::binaries;
use crate::cli_tools::which;
use crate::load::{interleaved, median, micros};
use crate::report::{Bound, Row, Value};
use crate::servers;

/// Median wall time of `runs` runs of a command, in milliseconds.
async fn timed(
    runs: usize,
    program: &std::path::Path,
    args: &[&str],
    env: &[(&str, &str)],
) -> Result<f64, BenchError> {
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let mut command = tokio::process::Command::new(program);
        command
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        for (k, v) in env {
            command.env(k, v);
        }
        let start = Instant::now();
        let status = command.status().await?;
        times.push(micros(start.elapsed()) / 1000.0);
        if !status.success() {
            return Err(BenchError::Setup(format!(
                "{} {args:?}: {status}",
                program.display()
            )));
        }
    }
    Ok(median(&times))
}

pub(crate) async fn run(size: Size) -> Result<Vec<Row>, BenchError> {
    let voxai = binaries::path("voxai")?;
    let (rounds, runs) = (size.pick(5, 11), size.pick(10, 30));
    let mut rows = Vec::new();
    if let Some(truth) = which("true") {
        let (cli, baseline, _) = interleaved(
            rounds,
            || timed(runs, &voxai, &["--version"], &[]),
            || timed(runs, &truth, &[], &[]),
        )
        .await?;
        rows.push(Row::figure(
            "cli-start",
            "voxai --version, over `true`",
            Value::new(cli - baseline, "ms"),
            Some(("true", Value::new(baseline, "ms"))),
            Bound::AtMost(5.0),
        ));
    }
    if let Some(curl) = which("curl") {
        let mock = servers::mock().await?;
        let base = mock.base_url();
        let config = std::env::temp_dir().join("voxai-bench-config");
        let config = config.to_string_lossy().into_owned();
        let env = [
            ("VOXAI_API_KEY", keys::ENTERPRISE),
            ("VOXAI_BASE_URL", base.as_str()),
            ("VOXAI_CONFIG_DIR", config.as_str()),
            ("VOXAI_NO_KEYRING", "1"),
        ];
        let header = format!("X-API-Key: {}", keys::ENTERPRISE);
        let url = format!("{base}/rooms");
        let curl_args = ["-s", "-f", "-H", header.as_str(), url.as_str()];
        let (cli, plain, ratio) = interleaved(
            rounds,
            || timed(runs, &voxai, &["-o", "json", "rooms", "list"], &env),
            || timed(runs, &curl, &curl_args, &[]),
        )
        .await?;
        rows.push(Row::ratio(
            "cli-round-trip",
            "voxai -o json rooms list",
            Value::new(cli, "ms"),
            ("curl -s", Value::new(plain, "ms")),
            ratio,
            Bound::AtMost(1.2),
        ));
        mock.shutdown().await;
    }
    Ok(rows)
}
