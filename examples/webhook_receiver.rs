//! An axum webhook receiver that verifies signatures with the SDK's extractor.
//!
//! `WEBHOOK_SECRET=whsec_... PORT=8787 cargo run -p voxai-examples --example webhook_receiver`
//! serves until Ctrl-C. Against the embedded server (no `VOXAI_API_KEY`), it points the
//! server's webhooks at itself, causes a few events, and stops after receiving them.

use std::time::Duration;

use axum::Router;
use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use tokio::sync::mpsc;
use voxai_examples::{Error, Target, say};
use voxai_mock::MockServer;
use voxai_sdk::types::webhooks::{TestWebhookRequest, WebhookData};
use voxai_sdk::webhooks::WebhookVerifier;
use voxai_sdk::webhooks::axum::{VerifiedWebhook, WebhookVerifierState};

/// The application's state, shared behind an `Arc` as axum applications do.
struct App {
    verifier: WebhookVerifier,
    received: mpsc::UnboundedSender<String>,
}

/// Where the extractor finds the verifier.
impl WebhookVerifierState for App {
    fn webhook_verifier(&self) -> &WebhookVerifier {
        &self.verifier
    }
}

/// Refused deliveries never reach this handler: the extractor answers 401 for them.
async fn hook(State(app): State<Arc<App>>, webhook: VerifiedWebhook) -> StatusCode {
    let event = webhook.event;
    let what = match &event.data {
        WebhookData::RoomStarted(room) => format!("room {} started", room.room_name),
        WebhookData::Test(payload) => format!("test event {payload}"),
        other => format!("{:?}", other.event_type()),
    };
    // A retry or a replay of one event carries the same fingerprint (a digest of the
    // signed body): a receiver that acts once keys on it.
    say(format!(
        "{} [{}] {what}",
        event.event_type(),
        &webhook.fingerprint[..12]
    ));
    let _ = app.received.send(event.event_type().to_string());
    StatusCode::OK
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let secret = std::env::var("WEBHOOK_SECRET").unwrap_or_else(|_| "whsec_example".into());
    let port: u16 = std::env::var("PORT")
        .ok()
        .map(|p| p.parse())
        .transpose()?
        .unwrap_or(0);
    let (received, mut events) = mpsc::unbounded_channel();
    let app = Arc::new(App {
        verifier: WebhookVerifier::new(&secret).tolerance(Duration::from_secs(300)),
        received,
    });
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    let url = format!("http://{}/webhooks", listener.local_addr()?);
    say(format!("receiving webhooks at {url}"));
    let router = Router::new().route("/webhooks", post(hook)).with_state(app);
    let server = tokio::spawn(async move { axum::serve(listener, router).await });

    let target = Target::connect_with(
        MockServer::builder()
            .webhook_url(&url)
            .webhook_secret(&secret),
    )
    .await?;
    if !target.is_embedded() {
        say("configure this URL and secret for your project's webhooks; Ctrl-C to stop");
        tokio::signal::ctrl_c().await?;
        return Ok(());
    }
    target.client.rooms().create("hooked").await?;
    target
        .client
        .webhooks()
        .test(TestWebhookRequest {
            event_type: None,
            payload: serde_json::json!({"hello": "world"}).as_object().cloned(),
        })
        .await?;
    let mut kinds = Vec::new();
    while kinds.len() < 2 {
        let kind = tokio::time::timeout(Duration::from_secs(30), events.recv())
            .await
            .map_err(|_| "no webhook arrived within 30 s")?
            .ok_or("the receiver stopped")?;
        kinds.push(kind);
    }
    kinds.sort();
    say(format!("verified: {}", kinds.join(", ")));
    server.abort();
    Ok(())
}
