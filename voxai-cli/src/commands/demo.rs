//! `voxai demo`: a guided tour of every section against an embedded reference server.

use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{FromRef, State};
use axum::routing::post;
use futures::StreamExt;
use tokio::sync::mpsc;
use voxai_mock::{MockServer, keys};
use voxai_sdk::monitor::MonitorMessage;
use voxai_sdk::webhooks::WebhookVerifier;
use voxai_sdk::webhooks::axum::VerifiedWebhook;
use voxai_sdk::{Client, Progress};
use voxai_types::knowledge::{CreateKnowledgeBaseRequest, IngestRequest, SearchRequest};
use voxai_types::sessions::{
    AddTranscriptRequest, CreateSessionRequest, EndSessionRequest, Speaker,
};
use voxai_types::sip::DialRequest;
use voxai_types::tokens::TokenRequest;
use voxai_types::webhooks::WebhookEvent;

use crate::cli::Globals;
use crate::error::CliError;
use crate::output::Cell;
use crate::{output, progress};

const SECRET: &str = "whsec_demo";

#[derive(Clone)]
struct Receiver {
    verifier: WebhookVerifier,
    events: mpsc::UnboundedSender<WebhookEvent>,
}

impl FromRef<Receiver> for WebhookVerifier {
    fn from_ref(receiver: &Receiver) -> Self {
        receiver.verifier.clone()
    }
}

async fn receive(State(receiver): State<Receiver>, hook: VerifiedWebhook) -> &'static str {
    let _ = receiver.events.send(hook.event);
    "ok"
}

fn say(text: &str) -> Result<(), CliError> {
    output::line(text)
}

fn step(number: u32, title: &str) -> Result<(), CliError> {
    say("")?;
    say(&format!("{number}. {title}"))
}

fn fail(what: &str) -> impl FnOnce(voxai_sdk::Error) -> CliError + '_ {
    move |e| CliError::Failed(format!("demo step failed ({what}): {e}"))
}

/// Runs the tour.
pub async fn run(_globals: &Globals) -> Result<(), CliError> {
    let started = Instant::now();
    // A webhook receiver that verifies signatures with the SDK's axum extractor.
    let (events_tx, mut webhooks) = mpsc::unbounded_channel();
    let receiver = Receiver {
        verifier: WebhookVerifier::new(SECRET).tolerance(Duration::from_secs(300)),
        events: events_tx,
    };
    let socket = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(|e| CliError::io("cannot start the demo's webhook receiver", e))?;
    let hook_url = format!(
        "http://{}/hooks",
        socket
            .local_addr()
            .map_err(|e| CliError::io("no address", e))?
    );
    let app = Router::new()
        .route("/hooks", post(receive))
        .with_state(receiver);
    tokio::spawn(async move { axum::serve(socket, app).await });

    let server = MockServer::builder()
        .webhook_url(&hook_url)
        .webhook_secret(SECRET)
        .rate_limit(false)
        .start()
        .await
        .map_err(|e| CliError::Failed(format!("cannot start the reference server: {e}")))?;
    say("VoxAI demo: every section of the API against an embedded reference server")?;
    say(&format!(
        "  server  {}  (key {}, webhooks to {hook_url})",
        server.base_url(),
        keys::PRO
    ))?;

    let client = Client::builder()
        .api_key(keys::PRO)
        .base_url(server.base_url())
        .build()
        .map_err(fail("client"))?;
    let mut monitor = client
        .monitor()
        .rooms()
        .connect()
        .await
        .map_err(fail("monitor"))?;

    step(1, "Quota and plan")?;
    let quota = client.quota().await.map_err(fail("quota"))?;
    let rooms = quota
        .get("rooms")
        .map_or_else(|| "?".into(), |q| q.limit.cell());
    say(&format!(
        "  plan {} · {} rooms allowed · {} agents configured",
        quota.plan_display.cell(),
        rooms,
        quota.get("agents").and_then(|q| q.used).cell()
    ))?;

    step(2, "A room and a token (the default agent joins)")?;
    let room = client
        .rooms()
        .create("demo-room")
        .await
        .map_err(fail("create room"))?
        .room;
    say(&format!(
        "  created room {} ({})",
        room.full_name,
        room.sid.cell()
    ))?;
    let token = client
        .token(TokenRequest::new("alice", "demo-room"))
        .await
        .map_err(fail("token"))?;
    say(&format!(
        "  token for alice: {}…  (LiveKit {}, agents {:?})",
        &token.token[..24.min(token.token.len())],
        token.ws_url.cell(),
        token.agents_dispatched
    ))?;
    for p in client
        .rooms()
        .participants("demo-room")
        .await
        .map_err(fail("participants"))?
        .participants
    {
        say(&format!(
            "  in the room: {} ({})",
            p.identity,
            p.name.cell()
        ))?;
    }

    step(3, "A session and its transcript")?;
    let session = client
        .sessions()
        .create(
            CreateSessionRequest::new(room.full_name.as_str())
                .agent(1)
                .caller_identity("alice"),
        )
        .await
        .map_err(fail("session"))?
        .session;
    for (speaker, text, at) in [
        (Speaker::User, "Hi, when are you open?", 0),
        (
            Speaker::Agent,
            "We are open Monday to Friday, 9am to 5pm.",
            1_800,
        ),
        (Speaker::User, "Great, thanks!", 4_200),
    ] {
        client
            .sessions()
            .add_transcript(
                &room.full_name,
                AddTranscriptRequest::new(speaker, text).at_ms(at),
            )
            .await
            .map_err(fail("transcript"))?;
    }
    let ended = client
        .sessions()
        .end(
            &room.full_name,
            EndSessionRequest {
                summary: Some("Opening hours".into()),
                duration: Some(5),
            },
        )
        .await
        .map_err(fail("end session"))?
        .session;
    say(&format!(
        "  session {} ended after {} s; transcript:",
        session.id,
        ended.and_then(|e| e.duration).cell()
    ))?;
    for line in client
        .sessions()
        .transcript_text(session.id)
        .await
        .map_err(fail("transcript text"))?
        .lines()
    {
        say(&format!("    {line}"))?;
    }
    let cost = client
        .sessions()
        .detail(session.id)
        .await
        .map_err(fail("detail"))?
        .costs
        .unwrap_or_default();
    let dollars = |v: Option<f64>| v.map_or_else(|| "-".to_owned(), |v| format!("{v:.4}"));
    say(&format!(
        "  cost ${} (llm {}, stt {}, tts {})",
        dollars(cost.total),
        dollars(cost.llm),
        dollars(cost.stt),
        dollars(cost.tts)
    ))?;

    step(4, "A knowledge base: ingest and search")?;
    let kbs = client.knowledge_bases();
    let created = kbs
        .create(
            CreateKnowledgeBaseRequest::new("Demo FAQ")
                .chunk_size(60)
                .chunk_overlap(0),
        )
        .await
        .map_err(fail("knowledge base"))?;
    // A server that does not echo the knowledge base: find it by name.
    let kb_id = match created.knowledge_base {
        Some(kb) => kb.id,
        None => kbs
            .list()
            .await
            .map_err(fail("knowledge bases"))?
            .knowledge_bases
            .iter()
            .rev()
            .find(|kb| kb.name.as_deref() == Some("Demo FAQ"))
            .map(|kb| kb.id)
            .ok_or_else(|| CliError::Failed("the new knowledge base is not listed".into()))?,
    };
    let faq = "Opening hours: Monday to Friday, 9am to 5pm.\n\nRefunds are paid within 14 days.\n\nShipping takes two business days.";
    let ingested = kbs
        .ingest(kb_id, IngestRequest::new(faq).source_name("faq"))
        .await
        .map_err(fail("ingest"))?;
    say(&format!(
        "  knowledge base {} holds {} chunks",
        kb_id,
        ingested.chunks_created.cell()
    ))?;
    let hits = kbs
        .search(SearchRequest::new(kb_id, "How long do refunds take?").top_k(1))
        .await
        .map_err(fail("search"))?;
    if let Some(best) = hits.results.first() {
        say(&format!(
            "  \"{}\" -> {} {:?}",
            "How long do refunds take?",
            best.score
                .map_or_else(|| "-".to_owned(), |s| format!("{s:.2}")),
            best.content.trim()
        ))?;
    }

    step(5, "A recording: start, stop, download")?;
    let recording = client
        .recordings()
        .start("demo-room")
        .await
        .map_err(fail("record"))?
        .recording;
    client
        .recordings()
        .stop("demo-room", Some(&recording.egress_id))
        .await
        .map_err(fail("stop"))?;
    let bar = progress::bytes("  downloading");
    let bar_for_progress = bar.clone();
    let mut audio = Vec::new();
    let info = client
        .recordings()
        .download(recording.id)
        .on_progress(move |p: Progress| {
            if let Some(total) = p.total {
                bar_for_progress.set_length(total);
            }
            bar_for_progress.set_position(p.bytes);
        })
        .to_writer(&mut audio)
        .await
        .map_err(fail("download"))?;
    bar.finish_and_clear();
    say(&format!(
        "  recording {} ({}): {} bytes of {}",
        recording.id,
        recording.egress_id,
        audio.len(),
        info.content_type.unwrap_or_default()
    ))?;

    step(6, "A phone call over SIP")?;
    let call = client
        .sip()
        .dial(DialRequest::new("+17751234567"))
        .await
        .map_err(fail("dial"))?
        .call;
    say(&format!(
        "  calling {} from {} in room {} (session {})",
        call.phone_number.cell(),
        call.caller_id.cell(),
        call.full_room_name,
        call.session_id.cell()
    ))?;
    let http = reqwest::Client::new();
    for status in ["ringing", "answered", "completed"] {
        let url = format!(
            "{}/_mock/calls/{}/status",
            server.url(),
            call.full_room_name
        );
        http.post(url)
            .json(&serde_json::json!({ "status": status }))
            .send()
            .await
            .map_err(|e| CliError::Failed(format!("demo step failed (call status): {e}")))?;
    }
    say("  the call rang, was answered and completed (moved along by the server's control plane)")?;

    step(7, "Live monitor events")?;
    client
        .rooms()
        .delete("demo-room")
        .await
        .map_err(fail("close room"))?;
    let mut seen = Vec::new();
    while let Ok(Some(message)) =
        tokio::time::timeout(Duration::from_millis(300), monitor.next()).await
    {
        if let Ok(MonitorMessage::Event(event)) = message {
            seen.push(crate::commands::monitor::summary(&event));
        }
    }
    say(&format!(
        "  {} events arrived over the WebSocket, among them:",
        seen.len()
    ))?;
    for line in seen.iter().take(6) {
        say(&format!("    {line}"))?;
    }

    step(8, "Webhooks, signed and verified")?;
    let mut received = Vec::new();
    while let Ok(Some(event)) =
        tokio::time::timeout(Duration::from_millis(300), webhooks.recv()).await
    {
        received.push(event);
    }
    let kinds: std::collections::BTreeSet<String> = received
        .iter()
        .map(|e| e.event_type().to_string())
        .collect();
    say(&format!(
        "  {} deliveries, every signature verified; {} kinds: {}",
        received.len(),
        kinds.len(),
        kinds.iter().cloned().collect::<Vec<_>>().join(", ")
    ))?;

    say("")?;
    say(&format!(
        "Done in {:.1} s. Next: `cargo run -p voxai-cli -- mock` for a server of your own, `voxai --help` for every command.",
        started.elapsed().as_secs_f64()
    ))?;
    drop(monitor);
    server.shutdown().await;
    Ok(())
}
