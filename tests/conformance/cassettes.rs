//! The recording proxy, the replay server and the audit, over real sockets: in front of
//! the reference server in the suite's response mode, and in front of an upstream that
//! drifts on purpose.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use axum::Router;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use futures::TryStreamExt;
use serde_json::{Value, json};
use voxai_mock::audit::{Kind, Options, audit};
use voxai_mock::cassette::{Body, Cassette, CassetteError, Direction, Entry};
use voxai_mock::{MockServer, ResponseMode, keys};
use voxai_sdk::knowledge::UploadSource;
use voxai_sdk::monitor::MonitorMessage;
use voxai_sdk::types::knowledge::SearchRequest;
use voxai_sdk::types::monitor::MonitorEvent;
use voxai_sdk::types::quota::{UsageGroupBy, UsagePeriod};
use voxai_sdk::types::sessions::{AddTranscriptRequest, CreateSessionRequest, Speaker};
use voxai_sdk::types::tokens::TokenRequest;
use voxai_sdk::types::webhooks::TestWebhookRequest;
use voxai_sdk::{Client, RetryPolicy};

use crate::target::response_mode;

fn client(base_url: &str) -> Client {
    Client::builder()
        .api_key(keys::PRO)
        .base_url(base_url)
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap()
}

/// What the workload saw, to compare a replay with the recording.
#[derive(Debug, PartialEq)]
struct Seen {
    room_sid: Option<String>,
    transcript: String,
    hits: Vec<String>,
    audio: Vec<u8>,
    event_room: String,
    secrets: Vec<String>,
}

/// Every section once, through `base_url`: rooms, a token, a session with transcripts,
/// a knowledge base (upload, ingest, search, chunks), a recording downloaded, a call
/// dialled, the webhook test, and the monitor seeing a room created.
async fn workload(base_url: &str) -> Seen {
    let client = client(base_url);
    let mut monitor = client.monitor().rooms().connect().await.unwrap();
    client.quota().await.unwrap();
    client
        .usage(UsagePeriod::Last7Days, UsageGroupBy::Service)
        .await
        .unwrap();
    let room = client.rooms().create("taped").await.unwrap().room;
    let event_room = loop {
        match monitor.try_next().await.unwrap() {
            Some(MonitorMessage::Event {
                event: MonitorEvent::RoomCreated(created),
                ..
            }) => {
                break created.room_name;
            }
            Some(_) => {}
            None => panic!("the monitor ended"),
        }
    };
    drop(monitor);
    client.rooms().list().await.unwrap();
    client.rooms().get("taped").await.unwrap();
    let token = client
        .token(TokenRequest::new("ann", "taped").no_agent())
        .await
        .unwrap()
        .token;
    client
        .sessions()
        .create(CreateSessionRequest::new("proj_taped"))
        .await
        .unwrap();
    client
        .sessions()
        .add_transcript(
            "proj_taped",
            AddTranscriptRequest::new(Speaker::User, "Hello"),
        )
        .await
        .unwrap();
    let sessions = client.sessions().list().await.unwrap().sessions;
    let transcript = client
        .sessions()
        .transcript_text(sessions[0].id)
        .await
        .unwrap();
    client
        .sessions()
        .end("proj_taped", Default::default())
        .await
        .unwrap();
    let kbs = client.knowledge_bases();
    kbs.create("Taped").await.unwrap();
    let kb = kbs.list().await.unwrap().knowledge_bases[0].id;
    kbs.upload(kb, UploadSource::bytes("faq.md", "Refunds take 14 days."))
        .await
        .unwrap();
    kbs.ingest(kb, "Support is open 9 to 5.").await.unwrap();
    let hits = kbs
        .search(SearchRequest::new(kb, "refunds").top_k(2))
        .await
        .unwrap()
        .results
        .into_iter()
        .map(|h| h.content)
        .collect();
    kbs.chunks(kb).await.unwrap();
    let recording = client.recordings().start("taped").await.unwrap().recording;
    client.recordings().stop("taped", None).await.unwrap();
    let mut audio = Vec::new();
    client
        .recordings()
        .download(recording.id)
        .to_writer(&mut audio)
        .await
        .unwrap();
    let call = client.sip().dial("+17751234567").await.unwrap();
    client
        .webhooks()
        .test(TestWebhookRequest::default())
        .await
        .unwrap();
    Seen {
        room_sid: room.sid,
        transcript,
        hits,
        audio,
        event_room: event_room.to_string(),
        secrets: vec![token, call.token],
    }
}

fn cassette_path(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("run.jsonl")
}

/// A reference server in `mode`, a recording proxy in front, the workload through it.
async fn record(mode: ResponseMode, cassette: &Path) -> (Seen, MockServer) {
    let server = MockServer::builder()
        .responses(mode)
        .rate_limit(false)
        .start()
        .await
        .unwrap();
    let proxy = MockServer::builder()
        .record(server.base_url(), cassette)
        .start()
        .await
        .unwrap();
    let seen = workload(&proxy.base_url()).await;
    proxy.shutdown().await;
    (seen, server)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn the_proxy_records_every_exchange_and_no_secret() {
    let dir = tempfile::tempdir().unwrap();
    let path = cassette_path(&dir);
    let (seen, server) = record(response_mode(), &path).await;
    let cassette = Cassette::read(&path).unwrap();
    assert_eq!(cassette.header.upstream, server.base_url());

    // Every request the server logged is in the cassette, in the same order.
    let logged: Vec<_> = server
        .control_plane()
        .requests()
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.path.starts_with("/api/v1/"))
        .map(|r| {
            (
                r.method,
                r.path.trim_start_matches("/api/v1").to_owned(),
                r.status,
            )
        })
        .collect();
    let recorded: Vec<_> = cassette
        .entries
        .iter()
        .filter_map(|e| match e {
            Entry::Http(x) => Some((x.method.clone(), x.path.clone(), x.status)),
            _ => None,
        })
        .collect();
    assert_eq!(recorded, logged);

    // Binary bodies as a summary that matches what the client got.
    let download = cassette.entries.iter().find_map(|e| match e {
        Entry::Http(x) if x.path.ends_with("/download") => x.response.clone(),
        _ => None,
    });
    let Some(Body::Bytes {
        length,
        sha256,
        base64,
        ..
    }) = download
    else {
        panic!("the download is not a summary: {download:?}")
    };
    assert_eq!((length, base64), (seen.audio.len() as u64, None));
    use sha2::Digest;
    assert_eq!(sha256, hex::encode(sha2::Sha256::digest(&seen.audio)));
    let upload = cassette.entries.iter().find_map(|e| match e {
        Entry::Http(x) if x.path.ends_with("/documents") => x.request.clone(),
        _ => None,
    });
    assert!(matches!(upload, Some(Body::Bytes { .. })), "{upload:?}");

    // The monitor: opened with its key redacted, frames both ways.
    let directions: BTreeSet<_> = cassette
        .entries
        .iter()
        .filter_map(|e| match e {
            Entry::MonitorOpen(open) => {
                assert_eq!(open.query.as_deref(), Some("api_key=[redacted]"));
                None
            }
            Entry::MonitorFrame(frame) => Some(frame.direction),
            _ => None,
        })
        .collect();
    assert_eq!(
        directions,
        BTreeSet::from([Direction::Client, Direction::Server])
    );

    let text = std::fs::read_to_string(&path).unwrap();
    for secret in [keys::PRO, "whsec_test"]
        .into_iter()
        .chain(seen.secrets.iter().map(String::as_str))
    {
        assert!(!text.contains(secret), "the cassette holds {secret}");
    }
    // The reference server conforms to the types: nothing to report.
    let report = audit(&[cassette], Options::default());
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
    assert!(report.exchanges > 20 && report.frames >= 1, "{report:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn a_replayed_run_answers_as_recorded_and_names_what_it_misses() {
    let dir = tempfile::tempdir().unwrap();
    let path = cassette_path(&dir);
    let (recorded, server) = record(response_mode(), &path).await;
    drop(server);
    let replay = MockServer::builder()
        .replay(&path)
        .fast(true)
        .start()
        .await
        .unwrap();
    let mut replayed = workload(&replay.base_url()).await;
    assert!(replay.misses().is_empty(), "{:#?}", replay.misses());
    // Tokens are never recorded: the replay answers with the marker.
    assert!(replayed.secrets.iter().all(|t| t == "[redacted]"));
    replayed.secrets.clone_from(&recorded.secrets);
    // The recording's bytes were recorded as a summary: the replay sends zeros of its length.
    assert_eq!(replayed.audio.len(), recorded.audio.len());
    replayed.audio.clone_from(&recorded.audio);
    assert_eq!(replayed, recorded);

    let missed = reqwest::Client::new()
        .get(format!("{}/rooms/never-recorded?x=1", replay.base_url()))
        .header("X-API-Key", keys::PRO)
        .send()
        .await
        .unwrap();
    assert_eq!(missed.status(), StatusCode::NOT_FOUND);
    assert_eq!(missed.headers()["x-voxai-replay"], "miss");
    let body: Value = missed.json().await.unwrap();
    assert_eq!(body["code"], "NOT_FOUND");
    assert!(
        body["error"]
            .as_str()
            .unwrap()
            .contains("GET /rooms/never-recorded?x=1"),
        "{body}"
    );
    let misses = replay.misses();
    assert_eq!(misses.len(), 1);
    assert_eq!(
        misses[0].to_string(),
        "GET /rooms/never-recorded?x=1: never recorded"
    );
}

/// An upstream that differs from the types on purpose, each route one way.
async fn drifting_upstream() -> (String, tokio::task::JoinHandle<()>) {
    fn limited(status: StatusCode, body: Value) -> axum::response::Response {
        let mut headers = HeaderMap::new();
        for (name, value) in [
            ("x-ratelimit-limit", "300"),
            ("x-ratelimit-remaining", "299"),
            ("x-ratelimit-reset", "1800000000"),
        ] {
            headers.insert(name, value.parse().unwrap());
        }
        (status, headers, axum::Json(body)).into_response()
    }
    let app = Router::new()
        .route(
            "/api/v1/rooms",
            get(|| async {
                // `fullName` renamed, a new field, an integer as a float.
                limited(
                    StatusCode::OK,
                    json!({"rooms": [{"name": "a", "full_name": "p_a", "region": "eu",
                                       "numParticipants": 2.0, "createdAt": 1711900000}]}),
                )
            }),
        )
        .route(
            "/api/v1/rooms/a",
            get(|| async {
                // A status value nobody knows yet.
                limited(
                    StatusCode::OK,
                    json!({"room": {"name": "a", "fullName": "p_a", "status": "archived",
                                    "participants": []}}),
                )
            }),
        )
        .route(
            "/api/v1/quota",
            get(|| async {
                // A status the endpoint does not document.
                limited(
                    StatusCode::IM_A_TEAPOT,
                    json!({"error": "short and stout", "code": "INVALID_REQUEST"}),
                )
            }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/api/v1", listener.local_addr().unwrap());
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (url, task)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn the_audit_reports_exactly_what_drifted() {
    let (upstream, task) = drifting_upstream().await;
    let dir = tempfile::tempdir().unwrap();
    let path = cassette_path(&dir);
    let proxy = MockServer::builder()
        .record(&upstream, &path)
        .start()
        .await
        .unwrap();
    let http = reqwest::Client::new();
    for route in ["/rooms", "/rooms/a", "/quota"] {
        http.get(format!("{}{route}", proxy.base_url()))
            .header("X-API-Key", keys::PRO)
            .send()
            .await
            .unwrap();
    }
    proxy.shutdown().await;
    task.abort();
    let report = audit(&[Cassette::read(&path).unwrap()], Options::default());
    let found: BTreeSet<_> = report
        .findings
        .iter()
        .map(|f| (f.endpoint.as_str(), f.kind, f.path.as_str()))
        .collect();
    let expected = BTreeSet::from([
        ("GET /rooms", Kind::UndocumentedField, "rooms[].full_name"),
        ("GET /rooms", Kind::UndocumentedField, "rooms[].region"),
        ("GET /rooms", Kind::MissingField, "rooms[].fullName"),
        ("GET /rooms", Kind::TypeMismatch, "rooms[].numParticipants"),
        (
            "GET /rooms/{roomName}",
            Kind::UnknownEnumValue,
            "room.status",
        ),
        ("GET /quota", Kind::UndocumentedStatus, ""),
    ]);
    assert_eq!(found, expected, "{:#?}", report.findings);
    let region = report
        .findings
        .iter()
        .find(|f| f.path == "rooms[].region")
        .unwrap();
    assert_eq!(region.example, Some(json!("eu")));
}

/// Every member path of a JSON body, indexes as `[]`, present ones (null included).
fn paths(value: &Value, prefix: &str, into: &mut BTreeSet<String>) {
    match value {
        Value::Object(members) => {
            for (name, member) in members {
                let path = if prefix.is_empty() {
                    name.clone()
                } else {
                    format!("{prefix}.{name}")
                };
                into.insert(path.clone());
                paths(member, &path, into);
            }
        }
        Value::Array(items) => {
            for item in items {
                paths(item, &format!("{prefix}[]"), into);
            }
        }
        _ => {}
    }
}

/// Per endpoint, the member paths of its 2xx JSON answers.
fn answered(cassette: &Cassette) -> BTreeMap<String, BTreeSet<String>> {
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for entry in &cassette.entries {
        if let Entry::Http(x) = entry {
            if let (200..=299, Some(Body::Json(body))) = (x.status, &x.response) {
                let into = found
                    .entry(voxai_mock::audit::endpoint(&x.method, &x.path))
                    .or_default();
                paths(body, "", into);
            }
        }
    }
    found
}

fn never_sent(cassette: Cassette) -> BTreeSet<(String, String)> {
    audit(&[cassette], Options::default().strict(true))
        .findings
        .into_iter()
        .filter(|f| f.kind == Kind::NeverSent && !f.endpoint.starts_with("monitor"))
        .map(|f| (f.endpoint, f.path))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn the_strict_audit_of_minimal_mode_lists_what_it_leaves_out() {
    let dir = tempfile::tempdir().unwrap();
    let (full_path, minimal_path) = (dir.path().join("full.jsonl"), dir.path().join("min.jsonl"));
    record(ResponseMode::Full, &full_path).await;
    record(ResponseMode::Minimal, &minimal_path).await;
    let full = Cassette::read(&full_path).unwrap();
    let minimal = Cassette::read(&minimal_path).unwrap();

    // What minimal mode left out, read off the bodies themselves: paths the full mode
    // sent and the minimal one did not, each named by its outermost missing member.
    let (sent_full, sent_minimal) = (answered(&full), answered(&minimal));
    let mut left_out = BTreeSet::new();
    for (endpoint, paths) in &sent_full {
        let kept = sent_minimal.get(endpoint).cloned().unwrap_or_default();
        let gone: BTreeSet<_> = paths.difference(&kept).cloned().collect();
        for path in &gone {
            let parent_gone = gone.iter().any(|other| {
                path.strip_prefix(other.as_str())
                    .is_some_and(|rest| rest.starts_with('.') || rest.starts_with("[]"))
            });
            if !parent_gone {
                left_out.insert((endpoint.clone(), path.clone()));
            }
        }
    }
    assert!(
        left_out.len() >= 5,
        "minimal mode leaves out little: {left_out:?}"
    );
    eprintln!(
        "minimal mode leaves out {} fields: {left_out:?}",
        left_out.len()
    );
    let audited: BTreeSet<_> = never_sent(minimal)
        .difference(&never_sent(full))
        .cloned()
        .collect();
    assert_eq!(audited, left_out);
}

#[tokio::test]
async fn bad_cassettes_and_unreachable_upstreams_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let header = r#"{"format":"voxai-cassette","version":1,"upstream":"u","recorded_at":"t","recorder":"r"}"#;
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let truncated = write(
        "truncated.jsonl",
        &format!(
            "{header}\n{{\"kind\":\"http\",\"seq\":1,\"method\":\"GET\",\"path\":\"/quota\",\"status\":200}}\n{{\"kind\":\"http\",\"se\n"
        ),
    );
    let error = Cassette::read(&truncated).unwrap_err();
    assert!(
        matches!(error, CassetteError::Line { line: 3, .. }),
        "{error}"
    );
    assert!(error.to_string().contains("line 3"), "{error}");
    let newer = write(
        "newer.jsonl",
        &header.replace("\"version\":1", "\"version\":99"),
    );
    let error = Cassette::read(&newer).unwrap_err();
    assert!(error.to_string().contains("version 99 is newer"), "{error}");
    let not = write("not.jsonl", "{\"hello\":1}\n");
    assert!(
        Cassette::read(&not)
            .unwrap_err()
            .to_string()
            .contains("line 1")
    );

    // An existing cassette is not overwritten unless asked.
    let existing = write("existing.jsonl", "keep me\n");
    let refused = MockServer::builder()
        .record("http://127.0.0.1:9/api/v1", &existing)
        .start()
        .await
        .unwrap_err();
    assert!(refused.to_string().contains("--force"), "{refused}");
    assert_eq!(std::fs::read_to_string(&existing).unwrap(), "keep me\n");

    // Port 9 (discard) has no server here: 502 with the envelope, recorded as such.
    let proxy = MockServer::builder()
        .record("http://127.0.0.1:9/api/v1", &existing)
        .force(true)
        .start()
        .await
        .unwrap();
    let answer = reqwest::Client::new()
        .get(format!("{}/quota", proxy.base_url()))
        .header("X-API-Key", keys::PRO)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::BAD_GATEWAY);
    let body: Value = answer.json().await.unwrap();
    assert_eq!(body["code"], "INTERNAL_ERROR");
    assert!(
        body["error"].as_str().unwrap().contains("127.0.0.1:9"),
        "{body}"
    );
    proxy.shutdown().await;
    let cassette = Cassette::read(&existing).unwrap();
    let Some(Entry::Http(exchange)) = cassette.entries.first() else {
        panic!("{cassette:?}")
    };
    assert_eq!(exchange.status, 502);
    assert!(exchange.error.is_some());
}
