//! Commands run in process through the output handle (`voxai_cli::host`): a fixed
//! width, no terminal, stdin and environment of the test's own. What they print is what
//! the binary prints; here the width and the absence of a terminal are fixed.

use tempfile::TempDir;
use voxai_cli::host::{Host, Streams, Vars};
use voxai_mock::{MockServer, keys};

/// A finished in-process run.
struct Ran {
    code: u8,
    stdout: String,
    bytes: Vec<u8>,
    stderr: String,
}

/// A reference server, a config directory, and the variables a run sees.
struct InProcess {
    server: MockServer,
    dir: TempDir,
}

impl InProcess {
    async fn start() -> Self {
        Self {
            server: MockServer::start().await.unwrap(),
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// What the process environment would hold, given here instead.
    fn vars(&self) -> Vars {
        Vars::none()
            .with("VOXAI_API_KEY", keys::PRO)
            .with("VOXAI_BASE_URL", self.server.base_url())
            .with("VOXAI_CONFIG_DIR", self.dir.path())
            .with("VOXAI_NO_KEYRING", "1")
    }

    async fn run(&self, width: u16, args: &[&str]) -> Ran {
        self.run_with(self.vars(), width, Vec::new(), args).await
    }

    async fn run_with(&self, vars: Vars, width: u16, input: Vec<u8>, args: &[&str]) -> Ran {
        let (streams, captured) = Streams::capture_with_input(width, input);
        let cli = voxai_cli::parse(std::iter::once("voxai").chain(args.iter().copied()))
            .unwrap_or_else(|e| panic!("{args:?} does not parse: {e}"));
        let code = voxai_cli::execute(cli, Host { streams, vars }).await;
        Ran {
            code,
            stdout: captured.stdout(),
            bytes: captured.stdout_bytes(),
            stderr: captured.stderr(),
        }
    }
}

fn widest(text: &str) -> usize {
    text.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_table_takes_the_width_it_is_given() {
    let env = InProcess::start().await;
    let wide = env.run(200, &["-o", "table", "sip", "configs"]).await;
    let narrow = env.run(60, &["-o", "table", "sip", "configs"]).await;
    assert_eq!((wide.code, narrow.code), (0, 0), "{}", narrow.stderr);
    // The fixture's table needs more than 60 columns (so the narrow run had to fit it).
    assert!(widest(&wide.stdout) > 60, "{}", wide.stdout);
    assert!(widest(&narrow.stdout) <= 60, "{}", narrow.stdout);
    // No terminal: nothing but data.
    assert_eq!(narrow.stderr, "");
    // `--all` tables go the same way.
    let all = env
        .run(60, &["-o", "table", "sessions", "list", "--all"])
        .await;
    assert_eq!(all.code, 0, "{}", all.stderr);
    assert!(widest(&all.stdout) <= 60, "{}", all.stdout);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failure_is_one_line_and_its_exit_code() {
    let env = InProcess::start().await;
    let missing = env.run(80, &["rooms", "get", "nosuch"]).await;
    assert_eq!(missing.code, 4);
    assert_eq!(missing.stdout, "");
    assert_eq!(missing.stderr.lines().count(), 1, "{}", missing.stderr);
    assert!(missing.stderr.starts_with("error: "), "{}", missing.stderr);
    // With `-o json` the envelope follows, as JSON.
    let json = env.run(80, &["-o", "json", "rooms", "get", "nosuch"]).await;
    assert_eq!(json.code, 4);
    let envelope: serde_json::Value =
        serde_json::from_str(json.stderr.lines().nth(1).unwrap()).unwrap();
    assert_eq!(envelope["code"], "NOT_FOUND", "{envelope}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn notices_need_a_terminal_or_verbose() {
    let env = InProcess::start().await;
    assert_eq!(env.run(80, &["rooms", "create", "taped"]).await.code, 0);
    assert_eq!(env.run(80, &["recordings", "start", "taped"]).await.code, 0);
    assert_eq!(
        env.run(80, &["-y", "recordings", "stop", "taped"])
            .await
            .code,
        0
    );
    let id = env.run(80, &["-q", "recordings", "list"]).await.stdout;
    let id = id.lines().next().unwrap();
    let dest = env.dir.path().join("audio.ogg");
    let dest = dest.to_str().unwrap();
    let quiet = env.run(80, &["recordings", "download", id, dest]).await;
    assert_eq!((quiet.code, quiet.stderr.as_str()), (0, ""));
    std::fs::remove_file(dest).unwrap();
    let told = env
        .run(80, &["-v", "recordings", "download", id, dest])
        .await;
    assert_eq!(told.code, 0);
    assert!(told.stderr.contains("saved "), "{}", told.stderr);
    // Streamed to the handle's stdout with `-`: the same bytes as the file.
    let piped = env.run(80, &["recordings", "download", id, "-"]).await;
    assert_eq!(piped.code, 0);
    let file = std::fs::read(dest).unwrap();
    assert_eq!(piped.bytes, file);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stdin_and_the_environment_come_from_the_handle() {
    let env = InProcess::start().await;
    let body = br#"{"event_type":"session.started","project_id":1,"timestamp":"2026-03-31T10:00:00.000Z","data":{"session_id":42,"room_name":"proj_my-room"}}"#;
    let signature = voxai_sdk::webhooks::sign("s3cret", body);
    let args = [
        "webhooks",
        "verify",
        "--secret",
        "s3cret",
        "--signature",
        &signature,
        "-",
    ];
    let valid = env.run_with(env.vars(), 80, body.to_vec(), &args).await;
    assert_eq!(valid.code, 0, "{}", valid.stderr);
    assert!(
        valid.stdout.starts_with("valid: session.started"),
        "{}",
        valid.stdout
    );
    let tampered = env
        .run_with(env.vars(), 80, body[1..].to_vec(), &args)
        .await;
    assert_eq!(tampered.code, 1);
    // The profile named by the run's environment, not the process's.
    let vars = env.vars().with("VOXAI_PROFILE", "nosuch");
    let profile = env.run_with(vars, 80, Vec::new(), &["quota"]).await;
    assert_eq!(profile.code, 2);
    assert!(
        profile.stderr.contains("\"nosuch\" does not exist"),
        "{}",
        profile.stderr
    );
    // No key anywhere the run can see.
    let keyless = env
        .run_with(
            Vars::none().with("VOXAI_CONFIG_DIR", env.dir.path()),
            80,
            Vec::new(),
            &["quota"],
        )
        .await;
    assert_eq!(keyless.code, 3, "{}", keyless.stderr);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_takes_its_steps_in_order() {
    let env = InProcess::start().await;
    let demo = env.run(100, &["demo"]).await;
    assert_eq!(demo.code, 0, "{}", demo.stderr);
    let headings: Vec<&str> = demo
        .stdout
        .lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .collect();
    assert_eq!(
        headings,
        [
            "1. Quota and plan",
            "2. A room and a token (the default agent joins)",
            "3. A session and its transcript",
            "4. A knowledge base: ingest and search",
            "5. A recording: start, stop, download",
            "6. A phone call over SIP",
            "7. Live monitor events",
            "8. Webhooks, signed and verified",
        ]
    );
    assert!(
        demo.stdout.contains("every signature verified"),
        "{}",
        demo.stdout
    );
    assert_eq!(demo.stderr, "");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pipe_gets_tab_separated_columns() {
    let env = InProcess::start().await;
    for room in ["tsv-a", "tsv-b", "tsv-c"] {
        assert_eq!(env.run(80, &["rooms", "create", room]).await.code, 0);
        assert_eq!(env.run(80, &["recordings", "start", room]).await.code, 0);
    }
    for args in [
        &["recordings", "list", "--all"][..],
        &["recordings", "list"][..],
    ] {
        let piped = env.run(80, args).await;
        assert_eq!(piped.code, 0, "{}", piped.stderr);
        let lines: Vec<&str> = piped.stdout.lines().collect();
        assert!(lines.len() > 1, "{args:?}: {}", piped.stdout);
        assert!(lines[0].starts_with("ID\t"), "{}", lines[0]);
        let columns = lines[0].split('\t').count();
        for line in &lines {
            assert_eq!(line.split('\t').count(), columns, "{line:?}");
            assert!(!line.contains('│') && !line.contains('─'), "{line:?}");
        }
        // The first column is what `cut -f1` gives: the ids `-q` prints.
        let ids: Vec<&str> = lines[1..]
            .iter()
            .filter_map(|l| l.split('\t').next())
            .collect();
        let quiet = env.run(80, &[&["-q"][..], args].concat()).await;
        assert_eq!(ids, quiet.stdout.lines().collect::<Vec<_>>(), "{args:?}");
    }
    // `-o table` boxes it anyway.
    let boxed = env.run(80, &["-o", "table", "recordings", "list"]).await;
    assert!(boxed.stdout.contains('│'), "{}", boxed.stdout);
}
