//! `voxai demo`: a guided tour of every section against an embedded reference server.

use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::State;
use axum::routing::post;
use futures::StreamExt;
use tokio::sync::mpsc;
use voxai_mock::{MockServer, keys};
use voxai_sdk::monitor::{Monitor, MonitorMessage};
use voxai_sdk::webhooks::WebhookVerifier;
use voxai_sdk::webhooks::axum::{VerifiedWebhook, WebhookVerifierState};
use voxai_sdk::{Client, Progress};
use voxai_types::knowledge::{CreateKnowledgeBaseRequest, IngestRequest, SearchRequest};
use voxai_types::sessions::{
    AddTranscriptRequest, CreateSessionRequest, EndSessionRequest, Speaker,
};
use voxai_types::sip::DialRequest;
use voxai_types::tokens::TokenRequest;
use voxai_types::webhooks::WebhookEvent;

use crate::error::CliError;
use crate::flags::Globals;
use crate::host::Streams;
use crate::output::{Cell, list_cell};
use crate::progress;

const SECRET: &str = "whsec_demo";

#[derive(Clone)]
struct Receiver {
    verifier: WebhookVerifier,
    events: mpsc::UnboundedSender<WebhookEvent>,
}

impl WebhookVerifierState for Receiver {
    fn webhook_verifier(&self) -> &WebhookVerifier {
        &self.verifier
    }
}

async fn receive(State(receiver): State<Receiver>, hook: VerifiedWebhook) -> &'static str {
    let _ = receiver.events.send(hook.event);
    "ok"
}

fn fail(what: &str) -> impl FnOnce(voxai_sdk::Error) -> CliError + '_ {
    move |e| CliError::Failed(format!("demo step failed ({what}): {e}"))
}

/// The tour's steps, in order, each a method of [`Tour`].
const STEPS: [&str; 8] = [
    "Quota and plan",
    "A room and a token (the default agent joins)",
    "A session and its transcript",
    "A knowledge base: ingest and search",
    "A recording: start, stop, download",
    "A phone call over SIP",
    "Live monitor events",
    "Webhooks, signed and verified",
];

/// What the steps share: the output, the server, a client of it, and what earlier
/// steps made.
struct Tour {
    streams: Streams,
    server: MockServer,
    client: Client,
    monitor: Monitor,
    webhooks: mpsc::UnboundedReceiver<WebhookEvent>,
    /// The room step 2 opened (its full name).
    room: String,
}

/// Runs the tour.
pub async fn run(_globals: &Globals, streams: &Streams) -> Result<(), CliError> {
    let started = Instant::now();
    let mut tour = Tour::start(streams.clone()).await?;
    tour.quota().await?;
    tour.room_and_token().await?;
    tour.session().await?;
    tour.knowledge().await?;
    tour.recording().await?;
    tour.phone_call().await?;
    tour.monitor_events().await?;
    tour.webhooks().await?;
    tour.say("")?;
    tour.say(&format!(
        "Done in {:.1} s. Next: `cargo run -p voxai-cli -- mock` for a server of your own, `voxai --help` for every command.",
        started.elapsed().as_secs_f64()
    ))?;
    let Tour {
        server, monitor, ..
    } = tour;
    drop(monitor);
    server.shutdown().await;
    Ok(())
}

/// Collects what arrives until nothing has for a moment: the server's events and
/// deliveries trail the requests that caused them.
async fn drain<T>(mut next: impl AsyncFnMut() -> Option<T>) -> Vec<T> {
    let mut seen = Vec::new();
    while let Ok(Some(item)) = tokio::time::timeout(Duration::from_millis(300), next()).await {
        seen.push(item);
    }
    seen
}

impl Tour {
    /// Starts a webhook receiver, the reference server sending to it, a client and a
    /// monitor connection.
    async fn start(streams: Streams) -> Result<Self, CliError> {
        // A webhook receiver that verifies signatures with the SDK's axum extractor.
        let (events_tx, webhooks) = mpsc::unbounded_channel();
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
        streams
            .line("VoxAI demo: every section of the API against an embedded reference server")?;
        streams.line(&format!(
            "  server  {}  (key {}, webhooks to {hook_url})",
            server.base_url(),
            keys::PRO
        ))?;
        let client = Client::builder()
            .api_key(keys::PRO)
            .base_url(server.base_url())
            .build()
            .map_err(fail("client"))?;
        let monitor = client
            .monitor()
            .rooms()
            .connect()
            .await
            .map_err(fail("monitor"))?;
        Ok(Self {
            streams,
            server,
            client,
            monitor,
            webhooks,
            room: String::new(),
        })
    }

    fn say(&self, text: &str) -> Result<(), CliError> {
        self.streams.line(text)
    }

    /// The numbered heading of step `number` (from 1).
    fn heading(&self, number: usize) -> Result<(), CliError> {
        let title = STEPS.get(number - 1).copied().unwrap_or_default();
        self.say("")?;
        self.say(&format!("{number}. {title}"))
    }

    async fn quota(&self) -> Result<(), CliError> {
        self.heading(1)?;
        let quota = self.client.quota().await.map_err(fail("quota"))?;
        let rooms = quota
            .get("rooms")
            .map_or_else(|| "?".into(), |q| q.limit.cell());
        self.say(&format!(
            "  plan {} · {} rooms allowed · {} agents configured",
            quota.plan_display.cell(),
            rooms,
            quota.get("agents").and_then(|q| q.used).cell()
        ))
    }

    async fn room_and_token(&mut self) -> Result<(), CliError> {
        self.heading(2)?;
        let room = self
            .client
            .rooms()
            .create("demo-room")
            .await
            .map_err(fail("create room"))?
            .room;
        self.say(&format!(
            "  created room {} ({})",
            room.full_name,
            room.sid.cell()
        ))?;
        self.room = room.full_name.into();
        let token = self
            .client
            .token(TokenRequest::new("alice", "demo-room"))
            .await
            .map_err(fail("token"))?;
        self.say(&format!(
            "  token for alice: {}…  (LiveKit {}, agents {})",
            token.token.chars().take(24).collect::<String>(),
            token.ws_url.cell(),
            list_cell(&token.agents_dispatched)
        ))?;
        let participants = self
            .client
            .rooms()
            .participants("demo-room")
            .await
            .map_err(fail("participants"))?
            .participants;
        for p in participants {
            self.say(&format!(
                "  in the room: {} ({})",
                p.identity,
                p.name.cell()
            ))?;
        }
        Ok(())
    }

    async fn session(&self) -> Result<(), CliError> {
        self.heading(3)?;
        let sessions = self.client.sessions();
        let session = sessions
            .create(
                CreateSessionRequest::new(self.room.as_str())
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
            sessions
                .add_transcript(
                    &self.room,
                    AddTranscriptRequest::new(speaker, text).at_ms(at),
                )
                .await
                .map_err(fail("transcript"))?;
        }
        let ended = sessions
            .end(
                &self.room,
                EndSessionRequest {
                    summary: Some("Opening hours".into()),
                    duration: Some(5),
                },
            )
            .await
            .map_err(fail("end session"))?
            .session;
        self.say(&format!(
            "  session {} ended after {} s; transcript:",
            session.id,
            ended.and_then(|e| e.duration).cell()
        ))?;
        let transcript = sessions
            .transcript_text(session.id)
            .await
            .map_err(fail("transcript text"))?;
        for line in transcript.lines() {
            self.say(&format!("    {line}"))?;
        }
        let cost = sessions
            .get(session.id)
            .await
            .map_err(fail("detail"))?
            .costs
            .unwrap_or_default();
        let dollars = |v: Option<f64>| v.map_or_else(|| "-".to_owned(), |v| format!("{v:.4}"));
        self.say(&format!(
            "  cost ${} (llm {}, stt {}, tts {})",
            dollars(cost.total),
            dollars(cost.llm),
            dollars(cost.stt),
            dollars(cost.tts)
        ))
    }

    async fn knowledge(&self) -> Result<(), CliError> {
        self.heading(4)?;
        let kbs = self.client.knowledge_bases();
        let created = kbs
            .create(
                CreateKnowledgeBaseRequest::new("Demo FAQ")
                    .chunk_size(60)
                    .chunk_overlap(0),
            )
            .await
            .map_err(fail("knowledge base"))?;
        // Found by name by the SDK when the server does not echo it.
        let kb_id = created
            .knowledge_base
            .map(|kb| kb.id)
            .ok_or_else(|| CliError::Failed("the new knowledge base is not listed".into()))?;
        let faq = "Opening hours: Monday to Friday, 9am to 5pm.\n\nRefunds are paid within 14 days.\n\nShipping takes two business days.";
        let ingested = kbs
            .ingest(kb_id, IngestRequest::new(faq).source_name("faq"))
            .await
            .map_err(fail("ingest"))?;
        self.say(&format!(
            "  knowledge base {} holds {} chunks",
            kb_id,
            ingested.chunks_created.cell()
        ))?;
        let question = "How long do refunds take?";
        let hits = kbs
            .search(SearchRequest::new(kb_id, question).top_k(1))
            .await
            .map_err(fail("search"))?;
        match hits.results.first() {
            Some(best) => self.say(&format!(
                "  \"{question}\" -> {} {:?}",
                best.score
                    .map_or_else(|| "-".to_owned(), |s| format!("{s:.2}")),
                best.content.trim()
            )),
            None => Ok(()),
        }
    }

    async fn recording(&self) -> Result<(), CliError> {
        self.heading(5)?;
        let recordings = self.client.recordings();
        let recording = recordings
            .start("demo-room")
            .await
            .map_err(fail("record"))?
            .recording;
        recordings
            .stop("demo-room", Some(&recording.egress_id))
            .await
            .map_err(fail("stop"))?;
        let bar = progress::bytes(&self.streams, "  downloading");
        let bar_for_progress = bar.clone();
        let mut audio = Vec::new();
        let info = recordings
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
        self.say(&format!(
            "  recording {} ({}): {} bytes of {}",
            recording.id,
            recording.egress_id,
            audio.len(),
            info.content_type.unwrap_or_default()
        ))
    }

    async fn phone_call(&self) -> Result<(), CliError> {
        self.heading(6)?;
        let call = self
            .client
            .sip()
            .dial(DialRequest::new("+17751234567"))
            .await
            .map_err(fail("dial"))?
            .call;
        self.say(&format!(
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
                self.server.url(),
                call.full_room_name
            );
            http.post(url)
                .json(&serde_json::json!({ "status": status }))
                .send()
                .await
                .map_err(|e| CliError::Failed(format!("demo step failed (call status): {e}")))?;
        }
        self.say("  the call rang, was answered and completed (moved along by the server's control plane)")
    }

    async fn monitor_events(&mut self) -> Result<(), CliError> {
        self.heading(7)?;
        self.client
            .rooms()
            .delete("demo-room")
            .await
            .map_err(fail("close room"))?;
        let monitor = &mut self.monitor;
        let seen: Vec<String> = drain(async || monitor.next().await)
            .await
            .into_iter()
            .filter_map(|message| match message {
                Ok(MonitorMessage::Event { event, .. }) => {
                    Some(crate::commands::monitor::summary(&event))
                }
                _ => None,
            })
            .collect();
        self.say(&format!(
            "  {} events arrived over the WebSocket, among them:",
            seen.len()
        ))?;
        for line in seen.iter().take(6) {
            self.say(&format!("    {line}"))?;
        }
        Ok(())
    }

    async fn webhooks(&mut self) -> Result<(), CliError> {
        self.heading(8)?;
        let webhooks = &mut self.webhooks;
        let received = drain(async || webhooks.recv().await).await;
        let kinds: std::collections::BTreeSet<String> = received
            .iter()
            .map(|e| e.event_type().to_string())
            .collect();
        self.say(&format!(
            "  {} deliveries, every signature verified; {} kinds: {}",
            received.len(),
            kinds.len(),
            kinds.iter().cloned().collect::<Vec<_>>().join(", ")
        ))
    }
}
