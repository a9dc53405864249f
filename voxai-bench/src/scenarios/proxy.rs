//! The recording proxy as its own process in front of the reference server: what it adds
//! to a request, a large download through it against the same download direct, and its
//! peak memory meanwhile (the body is streamed and only hashed).

use std::path::PathBuf;

use voxai_mock::control_plane::ControlPlane;
use voxai_mock::keys;

use super::{BenchError, ok};
use crate::Size;
use crate::binaries::MockProcess;
use crate::cli_tools::{curl_download, which};
use crate::load::{interleaved, percentile, sequential};
use crate::report::{Bound, Row, Value};
use crate::servers;

/// p50 of `n` sequential `GET /quota` through `base`, in microseconds.
async fn quota_p50(http: &reqwest::Client, base: &str, n: usize) -> Result<f64, BenchError> {
    let url = format!("{base}/quota");
    let times = sequential(n, || async {
        ok(http
            .get(&url)
            .header("X-API-Key", keys::ENTERPRISE)
            .send()
            .await?)?
        .bytes()
        .await?;
        Ok(())
    })
    .await?;
    Ok(percentile(&times, 50.0))
}

struct Setup {
    upstream: MockProcess,
    proxy: MockProcess,
    dir: PathBuf,
}

impl Setup {
    async fn start() -> Result<Self, BenchError> {
        let upstream = MockProcess::start().await?;
        let dir = std::env::temp_dir().join(format!("voxai-bench-proxy-{}", std::process::id()));
        std::fs::create_dir_all(&dir)?;
        let cassette = dir.join("bench.jsonl").to_string_lossy().into_owned();
        let base = format!("{}/api/v1", upstream.origin);
        let proxy =
            MockProcess::start_with(&["--proxy", &base, "--record", &cassette, "--force"]).await?;
        Ok(Self {
            upstream,
            proxy,
            dir,
        })
    }

    fn direct(&self) -> String {
        format!("{}/api/v1", self.upstream.origin)
    }

    fn proxied(&self) -> String {
        format!("{}/api/v1", self.proxy.origin)
    }
}

async fn measure(size: Size, setup: &Setup) -> Result<Vec<Row>, BenchError> {
    let http = servers::http(4)?;
    let (proxied_base, direct_base) = (setup.proxied(), setup.direct());
    let n = size.pick(200, 1000);
    let (proxied, direct, _) = interleaved(
        size.pick(3, 5),
        || quota_p50(&http, &proxied_base, n),
        || quota_p50(&http, &direct_base, n),
    )
    .await?;
    let added_ms = (proxied - direct) / 1000.0;
    let mut rows = vec![Row::figure(
        "proxy-latency",
        "p50 added by the recording proxy to GET /quota",
        Value::new(added_ms, "ms"),
        Some(("the same call direct", Value::new(direct / 1000.0, "ms"))),
        Bound::AtMost(0.5),
    )];
    let Some(curl_path) = which("curl") else {
        eprintln!("   (curl not found: no download rows through the proxy)");
        return Ok(rows);
    };
    let bytes: u64 = size.pick(128 << 20, 1 << 30);
    let id = super::seed_recording(&ControlPlane::new(&setup.upstream.origin), bytes).await?;
    let file = setup.dir.join("download.bin");
    let (via, plain, ratios) = interleaved(
        size.pick(2, 3),
        || curl_download(&curl_path, &proxied_base, &id, &file),
        || curl_download(&curl_path, &direct_base, &id, &file),
    )
    .await?;
    let mib = bytes as f64 / f64::from(1 << 20);
    rows.push(Row::ratio(
        "proxy-download",
        format!("curl -o through the recording proxy, {mib:.0} MiB"),
        Value::new(mib / via, "MiB/s"),
        ("curl -o direct", Value::new(mib / plain, "MiB/s")),
        // Times through over times direct; the rate ratio is its inverse.
        1.0 / ratios,
        Bound::AtLeast(0.8),
    ));
    rows.push(Row::figure(
        "proxy-rss",
        "peak RSS of the recording proxy",
        Value::new(setup.proxy.peak_rss_mib()?, "MiB"),
        None,
        Bound::AtMost(64.0),
    ));
    Ok(rows)
}

pub(crate) async fn run(size: Size) -> Result<Vec<Row>, BenchError> {
    let setup = Setup::start().await?;
    let rows = measure(size, &setup).await;
    // Removed on failure too: in the full suite the download is 1 GiB.
    let _ = std::fs::remove_dir_all(&setup.dir);
    rows
}
