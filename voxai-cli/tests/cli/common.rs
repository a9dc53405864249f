use std::process::{Output, Stdio};

use serde_json::Value;
use tempfile::TempDir;
use voxai_mock::control_plane::ControlPlane;
use voxai_mock::{MockServer, MockServerBuilder, ResponseMode, keys};

pub const BIN: &str = env!("CARGO_BIN_EXE_voxai");

/// A reference server and an empty config directory.
pub struct Env {
    pub server: MockServer,
    pub dir: TempDir,
}

impl Env {
    pub async fn start() -> Self {
        Self::with(MockServer::builder()).await
    }

    pub async fn with(builder: MockServerBuilder) -> Self {
        Self {
            server: builder.start().await.unwrap(),
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// The reference server's control plane (`/_mock/`).
    pub fn control(&self) -> ControlPlane {
        self.server.control_plane()
    }

    /// The command with the server's URL, the pro key, and nothing from the user's setup.
    pub fn command(&self) -> std::process::Command {
        let mut command = std::process::Command::new(BIN);
        command
            .env_remove("VOXAI_PROFILE")
            .env_remove("VOXAI_WS_URL")
            .env_remove("VOXAI_WEBHOOK_SECRET")
            .env("VOXAI_API_KEY", keys::PRO)
            .env("VOXAI_BASE_URL", self.server.base_url())
            .env("VOXAI_CONFIG_DIR", self.dir.path())
            .env("VOXAI_NO_KEYRING", "1")
            .env("NO_COLOR", "1")
            .stdin(Stdio::null());
        command
    }

    /// Runs `voxai ARGS` off the async runtime (the server runs on it).
    pub async fn run(&self, args: &[&str]) -> Run {
        let mut command = self.command();
        command.args(args);
        run(command).await
    }

    /// `voxai -o json ARGS`, which must succeed; its stdout as JSON.
    /// Whether the server sends what only our reference server's full mode sends
    /// (echoes of created and updated resources); `VOXAI_MOCK_RESPONSES=minimal` runs the
    /// suite against the reference-minimal mode.
    pub fn echoes(&self) -> bool {
        ResponseMode::from_env() == ResponseMode::Full
    }

    /// The id of a knowledge base just created: from the echo when the server sent one,
    /// else found by name in the list, as a user would.
    pub async fn kb_id(&self, created: &Value, name: &str) -> String {
        if let Some(id) = created["knowledge_base"]["id"].as_u64() {
            return id.to_string();
        }
        assert!(!self.echoes(), "the full mode echoes the knowledge base");
        let list = self.json(&["kb", "list"]).await;
        list["knowledge_bases"]
            .as_array()
            .and_then(|kbs| kbs.iter().rev().find(|kb| kb["name"] == name))
            .and_then(|kb| kb["id"].as_u64())
            .unwrap_or_else(|| panic!("{name} is not listed: {list}"))
            .to_string()
    }

    pub async fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["-o", "json"];
        all.extend_from_slice(args);
        let run = self.run(&all).await;
        run.success();
        serde_json::from_str(&run.stdout)
            .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {}", run.stdout))
    }
}

pub async fn run(mut command: std::process::Command) -> Run {
    let output: Output = tokio::task::spawn_blocking(move || command.output())
        .await
        .unwrap()
        .unwrap();
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn success(&self) -> &Self {
        assert_eq!(self.code, 0, "failed: {self:?}");
        self
    }

    pub fn code(&self, code: i32) -> &Self {
        assert_eq!(self.code, code, "{self:?}");
        self
    }

    pub fn lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }
}

/// `voxai mock` as a process of its own, for tests that kill or restart the server.
/// Dropped, it kills the server, so a failing test leaves none behind.
pub struct MockProcess {
    pub child: std::process::Child,
    /// Its stdout after the first line.
    pub stdout: std::io::BufReader<std::process::ChildStdout>,
    /// `http://127.0.0.1:PORT`.
    pub origin: String,
}

impl MockProcess {
    /// Starts `voxai mock --addr ADDR EXTRA...` and waits for its first line.
    pub fn start(addr: &str, extra: &[&std::ffi::OsStr]) -> Self {
        use std::io::BufRead;
        let mut child = std::process::Command::new(BIN)
            .args(["mock", "--addr", addr])
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        stdout.read_line(&mut first).unwrap();
        let origin = first
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap_or_else(|| panic!("no URL in {first:?}"))
            .trim_end_matches('/')
            .to_owned();
        Self {
            child,
            stdout,
            origin,
        }
    }

    pub fn base_url(&self) -> String {
        format!("{}/api/v1", self.origin)
    }

    /// `127.0.0.1:PORT`.
    pub fn addr(&self) -> &str {
        self.origin.trim_start_matches("http://")
    }

    /// Sends `signal` (`TERM`, `KILL`) and returns everything the server printed after
    /// its first line.
    pub fn stop(mut self, signal: &str) -> String {
        use std::io::Read;
        let pid = self.child.id().to_string();
        let _ = std::process::Command::new("kill")
            .args([&format!("-{signal}"), &pid])
            .status();
        let mut printed = String::new();
        let _ = self.stdout.read_to_string(&mut printed);
        if let Some(mut err) = self.child.stderr.take() {
            let _ = err.read_to_string(&mut printed);
        }
        let _ = self.child.wait();
        printed
    }
}

impl Drop for MockProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
