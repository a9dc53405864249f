//! Completions, help, `voxai mock` and `voxai demo`.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::Stdio;

use crate::common::{BIN, Env};

const SHELLS: [(&str, &str); 5] = [
    ("bash", "voxai.bash"),
    ("zsh", "_voxai"),
    ("fish", "voxai.fish"),
    ("powershell", "_voxai.ps1"),
    ("elvish", "voxai.elv"),
];

/// The checked-in scripts match the binary. Regenerate with
/// `UPDATE_COMPLETIONS=1 cargo test -p voxai-cli completions`.
#[test]
fn checked_in_completions_are_current() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../completions");
    let update = std::env::var_os("UPDATE_COMPLETIONS").is_some();
    for (shell, file) in SHELLS {
        let output = std::process::Command::new(BIN)
            .args(["completions", shell])
            .output()
            .unwrap();
        assert!(output.status.success());
        assert!(output.stdout.len() > 1000, "{shell}: too short");
        let path = dir.join(file);
        if update {
            std::fs::write(&path, &output.stdout).unwrap();
            continue;
        }
        let current = std::fs::read(&path).unwrap_or_default();
        assert!(
            current == output.stdout,
            "completions/{file} is stale: run `UPDATE_COMPLETIONS=1 cargo test -p voxai-cli completions`"
        );
    }
}

#[test]
fn help_documents_exit_codes_and_examples() {
    let help = std::process::Command::new(BIN)
        .arg("--help")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&help.stdout);
    for needle in [
        "Exit codes",
        "6  rate limited",
        "Examples:",
        "VOXAI_API_KEY",
        "completions",
        "monitor",
        "demo",
    ] {
        assert!(text.contains(needle), "--help lacks {needle}");
    }
    for command in [
        vec!["rooms", "create"],
        vec!["sessions", "list"],
        vec!["sip", "dial"],
        vec!["kb", "search"],
        vec!["webhooks", "listen"],
        vec!["monitor"],
        vec!["recordings", "download"],
        vec!["token", "create"],
    ] {
        let mut args = command.clone();
        args.push("--help");
        let out = std::process::Command::new(BIN)
            .args(&args)
            .output()
            .unwrap();
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("Example"),
            "{command:?} --help has no example"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_tours_every_section() {
    let env = Env::start().await;
    let run = env.run(&["demo"]).await;
    run.success();
    for needle in [
        "Quota and plan",
        "A room and a token",
        "transcript",
        "knowledge base",
        "recording",
        "SIP",
        "monitor",
        "Webhooks",
        "Done in",
    ] {
        assert!(
            run.stdout.contains(needle),
            "demo output lacks {needle}:\n{}",
            run.stdout
        );
    }
    assert!(run.stdout.contains("every signature verified"));
}

#[test]
fn voxai_mock_serves() {
    let mut child = std::process::Command::new(BIN)
        .args(["mock", "--addr", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(line.starts_with("listening on http://127.0.0.1:"), "{line}");
}
