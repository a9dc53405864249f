//! The `voxai` and `voxai-mock` executables, built with the profile this bench runs in.

use std::path::PathBuf;
use std::process::Stdio;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

use crate::scenarios::BenchError;

static BUILT: OnceLock<Result<PathBuf, String>> = OnceLock::new();

/// The directory holding both executables, building them first (once per run).
fn directory() -> Result<PathBuf, BenchError> {
    BUILT
        .get_or_init(|| {
            let exe = std::env::current_exe().map_err(|e| e.to_string())?;
            let dir = exe
                .parent()
                .ok_or("the bench's own path has no directory")?
                .to_path_buf();
            let release = dir.ends_with("release");
            let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
            let mut build = std::process::Command::new(cargo);
            build.args([
                "build",
                "--quiet",
                "--locked",
                "-p",
                "voxai-cli",
                "-p",
                "voxai-mock",
            ]);
            if release {
                build.arg("--release");
            }
            let status = build
                .status()
                .map_err(|e| format!("cannot run cargo: {e}"))?;
            if !status.success() {
                return Err("building voxai and voxai-mock failed".to_owned());
            }
            Ok(dir)
        })
        .clone()
        .map_err(BenchError::Setup)
}

/// The path of the executable `name` (`voxai` or `voxai-mock`).
pub(crate) fn path(name: &str) -> Result<PathBuf, BenchError> {
    Ok(directory()?.join(name))
}

/// The reference server as its own process (so its CPU time can be read), without rate
/// limits, on a free port of 127.0.0.1.
pub(crate) struct MockProcess {
    pub(crate) child: Child,
    pub(crate) origin: String,
}

impl MockProcess {
    pub(crate) async fn start() -> Result<Self, BenchError> {
        Self::start_with(&["--no-rate-limit"]).await
    }

    /// `voxai-mock --addr 127.0.0.1:0 ARGS`.
    pub(crate) async fn start_with(args: &[&str]) -> Result<Self, BenchError> {
        let mut child = Command::new(path("voxai-mock")?)
            .args(["--addr", "127.0.0.1:0"])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()?;
        let stdout = child
            .stdout
            .take()
            .ok_or_else(|| BenchError::Setup("voxai-mock has no stdout".to_owned()))?;
        let mut lines = BufReader::new(stdout).lines();
        while let Some(line) = lines.next_line().await? {
            if let Some(origin) = line.strip_prefix("listening on ") {
                let origin = origin.trim().to_owned();
                // Keep reading so the server never blocks on a full pipe.
                tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
                return Ok(Self { child, origin });
            }
        }
        Err(BenchError::Setup(
            "voxai-mock exited before listening".to_owned(),
        ))
    }

    /// CPU seconds the server has used so far in user space and in the kernel, from
    /// `/proc`.
    pub(crate) fn cpu_seconds(&self) -> Result<Cpu, BenchError> {
        let pid = self
            .child
            .id()
            .ok_or_else(|| BenchError::Setup("voxai-mock has exited".to_owned()))?;
        cpu_seconds(pid)
    }

    /// Its peak resident memory so far, in MiB.
    pub(crate) fn peak_rss_mib(&self) -> Result<f64, BenchError> {
        self.child
            .id()
            .and_then(peak_rss_mib)
            .ok_or_else(|| BenchError::Setup("voxai-mock has exited".to_owned()))
    }
}

/// CPU seconds of a process, in user space and in the kernel.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cpu {
    pub(crate) user: f64,
    pub(crate) system: f64,
}

impl Cpu {
    pub(crate) fn total(self) -> f64 {
        self.user + self.system
    }

    /// What was used since `before`.
    pub(crate) fn since(self, before: Cpu) -> Cpu {
        Cpu {
            user: self.user - before.user,
            system: self.system - before.system,
        }
    }
}

/// CPU seconds of process `pid` (Linux `/proc/PID/stat`, 100 ticks a second).
pub(crate) fn cpu_seconds(pid: u32) -> Result<Cpu, BenchError> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))?;
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest)
        .ok_or_else(|| BenchError::Setup("unreadable /proc stat".to_owned()))?;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let tick = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the name.
    Ok(Cpu {
        user: tick(11) / 100.0,
        system: tick(12) / 100.0,
    })
}

/// Peak resident memory (VmHWM) of process `pid` in MiB, if it can be read.
pub(crate) fn peak_rss_mib(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// What one run of `voxai` took.
pub(crate) struct Run {
    pub(crate) elapsed: Duration,
    /// Peak resident memory, polled every 5 ms while it ran.
    pub(crate) peak_rss_mib: f64,
}

/// Runs `voxai ARGS` against `base_url` with the enterprise key and no saved config,
/// output discarded; an error unless it succeeds.
pub(crate) async fn voxai(base_url: &str, args: &[&str]) -> Result<Run, BenchError> {
    let config = std::env::temp_dir().join("voxai-bench-config");
    let start = Instant::now();
    let mut child = Command::new(path("voxai")?)
        .args(args)
        .env("VOXAI_API_KEY", voxai_mock::keys::ENTERPRISE)
        .env("VOXAI_BASE_URL", base_url)
        .env("VOXAI_CONFIG_DIR", &config)
        .env("VOXAI_NO_KEYRING", "1")
        .env_remove("VOXAI_PROFILE")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()?;
    let pid = child.id().unwrap_or(0);
    let mut peak: f64 = 0.0;
    let mut poll = tokio::time::interval(Duration::from_millis(5));
    let status = loop {
        tokio::select! {
            status = child.wait() => break status?,
            _ = poll.tick() => peak = peak.max(peak_rss_mib(pid).unwrap_or(0.0)),
        }
    };
    let elapsed = start.elapsed();
    if !status.success() {
        return Err(BenchError::Setup(format!(
            "voxai {}: {status}",
            args.join(" ")
        )));
    }
    Ok(Run {
        elapsed,
        peak_rss_mib: peak,
    })
}
