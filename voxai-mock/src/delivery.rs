//! Webhook delivery: every webhook event, signed, to every active endpoint of its
//! project, in the background, retried with exponential backoff, every attempt logged.

use std::time::Duration;

use axum::Json;
use axum::extract::State;
use serde::Deserialize;
use serde_json::{Value, json};
use tokio::sync::broadcast::error::RecvError;
use voxai_types::webhooks::{
    EVENT_HEADER, ID_HEADER, SIGNATURE_HEADER, WebhookEnvelope, WebhookEvent,
};

use crate::clock;
use crate::control_plane::DeliveryAttempt as Attempt;
use crate::events::EventKind;
use crate::extract::ApiQuery;
use crate::fixtures::WebhookFixture;
use crate::state::App;
use crate::store::IdKind;

const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);

pub use voxai_types::webhooks::sign;

/// Query of `GET /_mock/webhooks/deliveries`: with `min`, wait (up to `wait_ms`, at
/// most 30 s) until that many attempts are logged, so tests need not poll.
#[derive(Debug, Deserialize)]
pub(crate) struct DeliveriesQuery {
    #[serde(default)]
    min: Option<usize>,
    #[serde(default)]
    wait_ms: Option<u64>,
}

pub(crate) async fn deliveries(
    State(app): State<App>,
    ApiQuery(query): ApiQuery<DeliveriesQuery>,
) -> Json<Value> {
    if let Some(min) = query.min {
        let wait = Duration::from_millis(query.wait_ms.unwrap_or(5_000).min(30_000));
        let _ = tokio::time::timeout(wait, async {
            loop {
                let added = app.deliveries.added.notified();
                if app.deliveries.all().len() >= min {
                    return;
                }
                added.await;
            }
        })
        .await;
    }
    Json(json!({"deliveries": app.deliveries.all()}))
}

/// Delivers webhook events until the server shuts down.
pub(crate) async fn run(app: App) {
    let mut events = app.webhook_events.subscribe();
    let http = match reqwest::Client::builder().timeout(ATTEMPT_TIMEOUT).build() {
        Ok(http) => http,
        Err(_) => return,
    };
    loop {
        let event = tokio::select! {
            () = app.shutdown.cancelled() => return,
            received = events.recv() => match received {
                Ok(event) => event,
                Err(RecvError::Lagged(_)) => continue,
                Err(RecvError::Closed) => return,
            },
        };
        let EventKind::Webhook { data, event_id } = event.kind else {
            continue;
        };
        let endpoints: Vec<WebhookFixture> = {
            let store = app.store();
            match store.project(event.project_id) {
                Some(p) => p
                    .fixture
                    .webhooks
                    .iter()
                    .filter(|w| w.active)
                    .cloned()
                    .collect(),
                None => continue,
            }
        };
        if endpoints.is_empty() {
            continue;
        }
        let event_id = event_id.unwrap_or_else(|| {
            let store = app.store();
            let n = store
                .project(event.project_id)
                .map_or(0, |p| p.ids.next(IdKind::Event));
            format!("evt_{n}")
        });
        let webhook = WebhookEvent {
            project_id: Some(event.project_id.into()),
            timestamp: Some(clock::iso_millis(clock::now()).into()),
            data,
        };
        let event_type = webhook.event_type();
        let envelope = WebhookEnvelope::from(&webhook);
        let Ok(body) = serde_json::to_vec(&envelope) else {
            continue;
        };
        for endpoint in endpoints {
            let job = Job {
                app: app.clone(),
                http: http.clone(),
                endpoint,
                body: body.clone(),
                event_id: event_id.clone(),
                event_type: event_type.to_string(),
                project_id: event.project_id,
            };
            tokio::spawn(job.deliver());
        }
    }
}

struct Job {
    app: App,
    http: reqwest::Client,
    endpoint: WebhookFixture,
    body: Vec<u8>,
    event_id: String,
    event_type: String,
    project_id: u64,
}

impl Job {
    async fn deliver(self) {
        let signature = sign(self.endpoint.secret.as_bytes(), &self.body);
        let settings = &self.app.settings;
        let mut wait = settings.webhook_backoff;
        for attempt in 1..=settings.webhook_attempts {
            let sent = self
                .http
                .post(&self.endpoint.url)
                .header("content-type", "application/json")
                .header("user-agent", "voxai-webhooks/1")
                .header(SIGNATURE_HEADER, &signature)
                .header(EVENT_HEADER, &self.event_type)
                .header(ID_HEADER, &self.event_id)
                .body(self.body.clone())
                .send()
                .await;
            let (status, error) = match &sent {
                Ok(response) => (Some(response.status().as_u16()), None),
                Err(e) => (None, Some(e.to_string())),
            };
            let delivered = status.is_some_and(|s| (200..300).contains(&s));
            self.app.deliveries.push(Attempt {
                event_id: self.event_id.clone(),
                event_type: self.event_type.clone(),
                project_id: self.project_id,
                url: self.endpoint.url.clone(),
                attempt,
                status,
                error,
                delivered,
                signature: signature.clone(),
                time: clock::iso_millis(clock::now()),
            });
            if delivered || attempt == settings.webhook_attempts {
                return;
            }
            tokio::select! {
                () = self.app.shutdown.cancelled() => return,
                () = tokio::time::sleep(wait) => {}
            }
            wait = wait.saturating_mul(2);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sign;

    #[test]
    fn signature_is_hex_hmac_sha256() {
        // RFC 4231 test case 2.
        assert_eq!(
            sign(b"Jefe", b"what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }
}
