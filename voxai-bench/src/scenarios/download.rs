//! A large recording downloaded by `voxai recordings download` against `curl -o`, and the
//! CLI's peak memory while it does.

use std::time::Instant;

use voxai_mock::control_plane::Seed;
use voxai_mock::keys;

use super::BenchError;
use crate::Size;
use crate::binaries;
use crate::cli_tools::which;
use crate::load::median;
use crate::report::{Bound, Row, Value};
use crate::servers;

pub(crate) async fn run(size: Size) -> Result<Vec<Row>, BenchError> {
    let Some(curl) = which("curl") else {
        eprintln!("   (curl not found: no download rows)");
        return Ok(Vec::new());
    };
    let bytes: u64 = size.pick(128 << 20, 1 << 30);
    let mock = servers::mock().await?;
    let seeded = mock
        .control_plane()
        .seed(&Seed {
            recording_bytes: Some(bytes),
            ..Seed::new(keys::ENTERPRISE)
        })
        .await?;
    let id = seeded
        .recording_id
        .ok_or_else(|| BenchError::Setup(format!("no recording in {seeded:?}")))?
        .to_string();
    let dir = std::env::temp_dir().join(format!("voxai-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let (by_cli, by_curl) = (dir.join("voxai.bin"), dir.join("curl.bin"));
    let url = format!("{}/recordings/{id}/download", mock.base_url());
    let header = format!("X-API-Key: {}", keys::ENTERPRISE);
    let (mut cli_times, mut curl_times, mut ratios, mut peaks) = (vec![], vec![], vec![], vec![]);
    for round in 0..size.pick(3, 5) {
        let mut pair = [0.0; 2];
        for cli in if round % 2 == 0 {
            [true, false]
        } else {
            [false, true]
        } {
            if cli {
                // A file already there would be resumed: start from nothing.
                let _ = std::fs::remove_file(&by_cli);
                let dest = by_cli.to_string_lossy();
                let run =
                    binaries::voxai(&mock.base_url(), &["recordings", "download", &id, &dest])
                        .await?;
                pair[0] = run.elapsed.as_secs_f64();
                peaks.push(run.peak_rss_mib);
            } else {
                let start = Instant::now();
                let status = tokio::process::Command::new(&curl)
                    .args(["-s", "-f", "-o"])
                    .arg(&by_curl)
                    .args(["-H", header.as_str(), url.as_str()])
                    .status()
                    .await?;
                if !status.success() {
                    return Err(BenchError::Setup(format!("curl: {status}")));
                }
                pair[1] = start.elapsed().as_secs_f64();
            }
        }
        for file in [&by_cli, &by_curl] {
            let got = std::fs::metadata(file)?.len();
            if got != bytes {
                return Err(BenchError::Setup(format!(
                    "{} holds {got} of {bytes} bytes",
                    file.display()
                )));
            }
        }
        cli_times.push(pair[0]);
        curl_times.push(pair[1]);
        ratios.push(pair[1] / pair[0]);
    }
    let _ = std::fs::remove_dir_all(&dir);
    mock.shutdown().await;
    let mib = bytes as f64 / f64::from(1 << 20);
    let rate = |seconds: f64| Value::new(mib / seconds, "MiB/s");
    Ok(vec![
        Row::ratio(
            "download-rate",
            format!("voxai recordings download, {mib:.0} MiB"),
            rate(median(&cli_times)),
            ("curl -o", rate(median(&curl_times))),
            median(&ratios),
            Bound::AtLeast(0.95),
        ),
        Row::figure(
            "download-rss",
            "peak RSS of that download",
            Value::new(median(&peaks), "MiB"),
            None,
            Bound::AtMost(32.0),
        ),
    ])
}
