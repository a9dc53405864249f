//! A large recording downloaded by `voxai recordings download` against `curl -o`, and the
//! CLI's peak memory while it does.

use std::path::PathBuf;

use super::BenchError;
use crate::Size;
use crate::binaries;
use crate::cli_tools::{curl_download, which};
use crate::load::median;
use crate::report::{Bound, Row, Value};
use crate::servers;

/// One recording, and where each downloader writes it.
struct Download {
    base: String,
    id: String,
    bytes: u64,
    curl: PathBuf,
    dir: PathBuf,
}

impl Download {
    fn by_cli(&self) -> PathBuf {
        self.dir.join("voxai.bin")
    }

    fn by_curl(&self) -> PathBuf {
        self.dir.join("curl.bin")
    }

    /// Seconds and peak RSS (MiB) of `voxai recordings download`.
    async fn with_cli(&self) -> Result<(f64, f64), BenchError> {
        // A file already there would be resumed: start from nothing.
        let _ = std::fs::remove_file(self.by_cli());
        let dest = self.by_cli().to_string_lossy().into_owned();
        let run = binaries::voxai(&self.base, &["recordings", "download", &self.id, &dest]).await?;
        Ok((run.elapsed.as_secs_f64(), run.peak_rss_mib))
    }

    /// Seconds of `curl -o`.
    async fn with_curl(&self) -> Result<f64, BenchError> {
        curl_download(&self.curl, &self.base, &self.id, &self.by_curl()).await
    }

    /// `n` rounds of both, each going first in every other round.
    async fn rounds(&self, n: usize) -> Result<Rounds, BenchError> {
        let mut all = Rounds::default();
        for round in 0..n {
            let (cli, curl) = if round % 2 == 0 {
                let cli = self.with_cli().await?;
                (cli, self.with_curl().await?)
            } else {
                let curl = self.with_curl().await?;
                (self.with_cli().await?, curl)
            };
            self.check()?;
            all.cli_times.push(cli.0);
            all.peaks.push(cli.1);
            all.curl_times.push(curl);
            all.ratios.push(curl / cli.0);
        }
        Ok(all)
    }

    /// Both files hold the whole recording.
    fn check(&self) -> Result<(), BenchError> {
        for file in [self.by_cli(), self.by_curl()] {
            let got = std::fs::metadata(&file)?.len();
            if got != self.bytes {
                return Err(BenchError::Setup(format!(
                    "{} holds {got} of {} bytes",
                    file.display(),
                    self.bytes
                )));
            }
        }
        Ok(())
    }
}

/// What the rounds measured: seconds, curl's time over the CLI's, peak RSS (MiB).
#[derive(Default)]
struct Rounds {
    cli_times: Vec<f64>,
    curl_times: Vec<f64>,
    ratios: Vec<f64>,
    peaks: Vec<f64>,
}

pub(crate) async fn run(size: Size) -> Result<Vec<Row>, BenchError> {
    let Some(curl) = which("curl") else {
        eprintln!("   (curl not found: no download rows)");
        return Ok(Vec::new());
    };
    let bytes: u64 = size.pick(128 << 20, 1 << 30);
    let mock = servers::mock().await?;
    let download = Download {
        base: mock.base_url(),
        id: super::seed_recording(&mock.control_plane(), bytes).await?,
        bytes,
        curl,
        dir: std::env::temp_dir().join(format!("voxai-bench-{}", std::process::id())),
    };
    std::fs::create_dir_all(&download.dir)?;
    let measured = download.rounds(size.pick(3, 5)).await;
    // Removed on failure too: in the full suite the files are 1 GiB each.
    let _ = std::fs::remove_dir_all(&download.dir);
    mock.shutdown().await;
    let Rounds {
        cli_times,
        curl_times,
        ratios,
        peaks,
    } = measured?;
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
