//! The SDK inside an application: what its logs show at TRACE, and the one network
//! stack that REST and the monitor share. Its own test binary, as it installs the
//! process's global `tracing` subscriber.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::TryStreamExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use voxai_mock::{MockServer, keys};
use voxai_sdk::monitor::MonitorMessage;
use voxai_sdk::types::tokens::TokenRequest;
use voxai_sdk::{Client, RetryPolicy};

/// Everything any subscriber line said, from every target.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The `log` records of the dependencies that log through `log` rather than `tracing`,
/// into the same buffer.
struct LogRecords(Captured);

impl log::Log for LogRecords {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }

    fn log(&self, record: &log::Record<'_>) {
        let line = format!(
            "{} {}: {}\n",
            record.level(),
            record.target(),
            record.args()
        );
        let _ = self.0.clone().write_all(line.as_bytes());
    }

    fn flush(&self) {}
}

/// A forward proxy on 127.0.0.1 that logs the target of every request it relays:
/// absolute-form requests (plain http, the WebSocket upgrade included) and CONNECT.
async fn proxy() -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let log = Arc::new(Mutex::new(Vec::new()));
    let seen = log.clone();
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            tokio::spawn(relay(client, seen.clone()));
        }
    });
    (url, log)
}

async fn relay(mut client: TcpStream, log: Arc<Mutex<Vec<String>>>) {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        if client.read(&mut byte).await.unwrap_or(0) == 0 {
            return;
        }
        head.push(byte[0]);
    }
    let text = String::from_utf8_lossy(&head).into_owned();
    let first = text.lines().next().unwrap_or_default().to_owned();
    let mut words = first.split_whitespace();
    let (method, target) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    if method == "CONNECT" {
        log.lock().unwrap().push(format!("CONNECT {target}"));
        let Ok(mut upstream) = TcpStream::connect(target).await else {
            return;
        };
        let _ = client.write_all(b"HTTP/1.1 200 OK\r\n\r\n").await;
        let _ = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
        return;
    }
    let Some(rest) = target.strip_prefix("http://") else {
        return;
    };
    let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    log.lock().unwrap().push(format!(
        "{method} {}",
        path.split('?').next().unwrap_or(path)
    ));
    let Ok(mut upstream) = TcpStream::connect(authority).await else {
        return;
    };
    // Origin-form to the server; the rest of the connection is relayed as it is.
    let head = text.replacen(target, if path.is_empty() { "/" } else { path }, 1);
    if upstream.write_all(head.as_bytes()).await.is_err() {
        return;
    }
    let _ = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
}

/// A client of `server` whose HTTP client (REST and the monitor alike) uses `proxy_url`.
fn through(proxy_url: &str, server: &MockServer) -> Client {
    let http = reqwest::Client::builder()
        .proxy(reqwest::Proxy::all(proxy_url).unwrap())
        .build()
        .unwrap();
    Client::builder()
        .api_key(keys::PRO)
        .base_url(server.base_url())
        .http_client(http)
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rest_and_the_monitor_share_the_proxy_and_no_log_line_holds_a_secret() {
    let captured = Captured::default();
    let writer = captured.clone();
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .try_init()
        .unwrap();
    log::set_logger(Box::leak(Box::new(LogRecords(captured.clone())))).unwrap();
    log::set_max_level(log::LevelFilter::Trace);

    let server = MockServer::builder().start().await.unwrap();
    let (proxy_url, relayed) = proxy().await;
    let client = through(&proxy_url, &server);

    let mut monitor = client.monitor().rooms().connect().await.unwrap();
    client.rooms().create("traced").await.unwrap();
    let token = client
        .token(TokenRequest::new("alice", "traced").no_agent())
        .await
        .unwrap();
    let event = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            if let Some(MonitorMessage::Event { event, .. }) = monitor.try_next().await.unwrap() {
                return event;
            }
        }
    })
    .await
    .unwrap();
    assert_eq!(event.room_name(), Some("proj_traced"));
    drop(monitor);

    // Both went through the proxy: the REST calls and the monitor's upgrade.
    let relayed = relayed.lock().unwrap().clone();
    assert!(
        relayed.contains(&"GET /ws/monitor".to_owned()),
        "{relayed:?}"
    );
    assert!(
        relayed.contains(&"POST /api/v1/rooms".to_owned()),
        "{relayed:?}"
    );

    let mut secrets = vec![token.token.clone()];
    secrets.extend(every_method(&client, &server).await);

    // The reference server's recording proxy opens the upstream monitor with the key in
    // its URL: that handshake is not logged either.
    let cassette = tempfile::tempdir().unwrap();
    let recorder = MockServer::builder()
        .record(server.base_url(), cassette.path().join("trace.jsonl"))
        .start()
        .await
        .unwrap();
    let recorded = Client::builder()
        .api_key(keys::PRO)
        .base_url(recorder.base_url())
        .build()
        .unwrap();
    let monitor = recorded.monitor().rooms().connect().await.unwrap();
    drop(monitor);
    recorder.shutdown().await;

    // A webhook checked with a secret, for the secret's sake.
    let secret = "whsec_never_logged_0123";
    let body =
        br#"{"event_type":"test","project_id":1,"timestamp":"2026-03-31T10:00:00.000Z","data":{}}"#;
    voxai_sdk::webhooks::WebhookVerifier::new(secret)
        .any_age()
        .verify(body, Some(&voxai_sdk::webhooks::sign(secret, body)))
        .unwrap();

    let logs = String::from_utf8_lossy(&captured.0.lock().unwrap()).into_owned();
    // The subscriber heard the dependencies at TRACE (hyper's connection work).
    assert!(logs.lines().count() > 20, "{logs}");
    // The SDK's own spans and events were there, named by template, not by path.
    assert!(logs.contains("voxai.request"), "{logs}");
    assert!(
        logs.contains("url.template=\"/rooms/{roomName}\""),
        "{logs}"
    );
    assert!(logs.contains("voxai.page"), "{logs}");
    assert!(logs.contains("voxai.upload"), "{logs}");
    assert!(logs.contains("voxai.download"), "{logs}");
    assert!(logs.contains("voxai.monitor"), "{logs}");
    assert!(logs.contains("GET /api/v1/quota -> 200"), "{logs}");
    secrets.extend([keys::PRO, "api_key=", secret].map(str::to_owned));
    for secret in &secrets {
        let secret = secret.as_str();
        assert!(
            !logs.contains(secret),
            "{secret:?} is in the logs:\n{}",
            logs.lines()
                .filter(|l| l.contains(secret))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dead_proxy_fails_rest_and_the_monitor_alike() {
    let server = MockServer::builder().start().await.unwrap();
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let proxy_url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let client = through(&proxy_url, &server);
    let rest = client.quota().await.unwrap_err();
    let monitor = client.monitor().rooms().connect().await.unwrap_err();
    // The same stack, the same cause; the key in neither (the monitor URL carries it).
    for error in [rest.to_string(), monitor.to_string()] {
        assert!(
            error.to_lowercase().contains("connection refused"),
            "{error}"
        );
        assert!(!error.contains(keys::PRO), "{error}");
    }
}

/// Calls every method of the SDK once against `server` (through the proxy `client`
/// uses); returns the secrets the calls handed out (tokens).
async fn every_method(client: &Client, server: &MockServer) -> Vec<String> {
    use voxai_mock::control_plane::Join;
    use voxai_sdk::knowledge::UploadSource;
    use voxai_sdk::types::call_control::{MuteRequest, SendDataRequest, UpdateParticipantRequest};
    use voxai_sdk::types::knowledge::SearchRequest;
    use voxai_sdk::types::quota::{UsageGroupBy, UsagePeriod};
    use voxai_sdk::types::sessions::{
        AddTranscriptRequest, CreateSessionRequest, EndSessionRequest, Speaker,
    };
    use voxai_sdk::types::webhooks::TestWebhookRequest;

    client.quota().await.unwrap();
    client
        .usage(UsagePeriod::Today, UsageGroupBy::Day)
        .await
        .unwrap();
    let rooms = client.rooms();
    rooms.create("tour").await.unwrap();
    rooms.list().await.unwrap();
    rooms.get("tour").await.unwrap();
    server
        .control_plane()
        .join("proj_tour", &Join::new("user1"))
        .await
        .unwrap();
    rooms.participants("tour").await.unwrap();
    let agents = client.agents().list().await.unwrap();
    client.agents().tools(agents.agents[0].id).await.unwrap();

    let sessions = client.sessions();
    let session = sessions
        .create(CreateSessionRequest::new("proj_tour"))
        .await
        .unwrap();
    sessions
        .add_transcript("proj_tour", AddTranscriptRequest::new(Speaker::User, "hi"))
        .await
        .unwrap();
    let id = session.session.id;
    sessions.get(id).await.unwrap();
    sessions.transcript(id).await.unwrap();
    sessions.transcript_text(id).await.unwrap();
    sessions
        .end("proj_tour", EndSessionRequest::new().summary("done"))
        .await
        .unwrap();
    sessions
        .list()
        .stream()
        .try_collect::<Vec<_>>()
        .await
        .unwrap();

    let cc = client.call_control();
    cc.send_data("tour", SendDataRequest::new("hello"))
        .await
        .unwrap();
    cc.update_participant("tour", "user1", UpdateParticipantRequest::new().name("U"))
        .await
        .unwrap();
    cc.mute("tour", "user1", MuteRequest::mute()).await.unwrap();

    let recordings = client.recordings();
    let started = recordings.start("tour").await.unwrap().recording;
    recordings.stop("tour", None).await.unwrap();
    recordings
        .list()
        .stream()
        .try_collect::<Vec<_>>()
        .await
        .unwrap();
    recordings.get(started.id).await.unwrap();
    let mut audio = Vec::new();
    recordings
        .download(started.id)
        .to_writer(&mut audio)
        .await
        .unwrap();
    recordings.delete(started.id).await.unwrap();

    let sip = client.sip();
    let call = sip.dial("+17751234567").await.unwrap();
    sip.trunks().await.unwrap();
    sip.configs().await.unwrap();

    let kbs = client.knowledge_bases();
    let kb = kbs.create("tour-kb").await.unwrap();
    let kb = kb.knowledge_base.unwrap().id;
    kbs.list().await.unwrap();
    kbs.get(kb).await.unwrap();
    kbs.upload(kb, UploadSource::bytes("a.txt", "Refunds take five days."))
        .await
        .unwrap();
    kbs.ingest(kb, "Owls are purple.").await.unwrap();
    kbs.reindex(kb).await.unwrap();
    let chunks = kbs
        .chunks(kb)
        .stream()
        .try_collect::<Vec<_>>()
        .await
        .unwrap();
    kbs.update_chunk(kb, chunks[0].id, "Owls are green.")
        .await
        .unwrap();
    kbs.search(SearchRequest::new(kb, "owls")).await.unwrap();
    kbs.delete_chunk(kb, chunks[0].id).await.unwrap();
    kbs.delete(kb).await.unwrap();

    client
        .webhooks()
        .test(TestWebhookRequest::new())
        .await
        .unwrap();
    rooms.kick("tour", "user1").await.unwrap();
    rooms.delete("tour").await.unwrap();
    vec![call.token]
}
