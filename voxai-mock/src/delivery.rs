//! Webhook delivery: every webhook event, signed, to every active endpoint of its
//! project, in the background, retried with exponential backoff, every attempt logged.
//! Each endpoint gets its events one at a time in the order they happened, so that a
//! receiver's tests are deterministic (the reference promises no order).

use std::collections::HashMap;
use std::time::Duration;

use axum::Json;
use axum::extract::State;
use serde::Deserialize;
use serde_json::{Value, json};
use tokio::sync::mpsc;
use tokio::sync::mpsc::error::TrySendError;
use voxai_types::webhooks::{
    EVENT_HEADER, ID_HEADER, SIGNATURE_HEADER, WebhookEnvelope, WebhookEvent,
};

use crate::clock;
use crate::control_plane::DeliveryAttempt as Attempt;
use crate::error::cause_chain;
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

/// The longest `Retry-After` from a receiver that is waited for; longer ones wait this.
const MAX_RECEIVER_RETRY_AFTER: Duration = Duration::from_secs(60);

/// Delivers webhook events until the server shuts down: each endpoint's events one at a
/// time, in the order they happened, from a queue of its own.
pub(crate) async fn run(app: App) {
    let Some(mut events) = app.take_webhook_events() else {
        return;
    };
    let http = match reqwest::Client::builder().timeout(ATTEMPT_TIMEOUT).build() {
        Ok(http) => http,
        Err(_) => return,
    };
    let mut queues: HashMap<(u64, String), mpsc::Sender<Job>> = HashMap::new();
    loop {
        let event = tokio::select! {
            () = app.shutdown.cancelled() => return,
            received = events.recv() => match received {
                Some(event) => event,
                None => return,
            },
        };
        let EventKind::Webhook {
            data,
            event_id,
            raw,
        } = event.kind
        else {
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
        let webhook = WebhookEvent::builder()
            .project_id(event.project_id.into())
            .timestamp(clock::iso_millis(clock::now()).into())
            .data(data)
            .build();
        let event_type = webhook.event_type().to_string();
        let Some(body) = envelope(&webhook, raw.as_ref()) else {
            continue;
        };
        for endpoint in endpoints {
            let job = Job {
                signature: sign(endpoint.secret.as_bytes(), &body),
                endpoint,
                body: body.clone(),
                event_id: event_id.clone(),
                event_type: event_type.clone(),
                project_id: event.project_id,
            };
            let key = (event.project_id, job.endpoint.url.clone());
            let queue = queues.entry(key).or_insert_with(|| {
                let (queue, jobs) = mpsc::channel(app.settings.webhook_queue);
                tokio::spawn(serve_endpoint(app.clone(), http.clone(), jobs));
                queue
            });
            if let Err(refused) = queue.try_send(job) {
                let job = match refused {
                    TrySendError::Full(job) | TrySendError::Closed(job) => job,
                };
                job.log(
                    &app,
                    0,
                    Err(format!(
                        "not delivered: the endpoint's queue already holds {} undelivered events",
                        app.settings.webhook_queue
                    )),
                );
            }
        }
    }
}

/// The body of a delivery: the envelope, with `raw` as its `data` when given.
fn envelope(webhook: &WebhookEvent, raw: Option<&Value>) -> Option<Vec<u8>> {
    let Some(data) = raw else {
        return serde_json::to_vec(&WebhookEnvelope::from(webhook)).ok();
    };
    /// The envelope's fields in the order the typed one writes them.
    #[derive(serde::Serialize)]
    struct Raw<'a> {
        event_type: String,
        project_id: Option<voxai_types::ids::ProjectId>,
        timestamp: Option<&'a voxai_types::Timestamp>,
        data: &'a Value,
    }
    serde_json::to_vec(&Raw {
        event_type: webhook.event_type().to_string(),
        project_id: webhook.project_id,
        timestamp: webhook.timestamp.as_ref(),
        data,
    })
    .ok()
}

/// Delivers one endpoint's events in order until the server shuts down. An event is
/// retried until it is delivered or its attempts are used up; those behind it wait.
async fn serve_endpoint(app: App, http: reqwest::Client, mut jobs: mpsc::Receiver<Job>) {
    loop {
        let job = tokio::select! {
            () = app.shutdown.cancelled() => return,
            job = jobs.recv() => match job {
                Some(job) => job,
                None => return,
            },
        };
        job.deliver(&app, &http).await;
    }
}

struct Job {
    endpoint: WebhookFixture,
    body: Vec<u8>,
    signature: String,
    event_id: String,
    event_type: String,
    project_id: u64,
}

/// What one attempt came to.
enum Outcome {
    Delivered,
    /// Worth another attempt, after at least this long when the receiver said so.
    Retry(Option<Duration>),
    /// A 4xx other than 408, 425 and 429: the receiver will not take it.
    Refused,
}

fn outcome(response: &reqwest::Response) -> Outcome {
    let status = response.status();
    if status.is_success() {
        return Outcome::Delivered;
    }
    let retryable = status.is_server_error() || matches!(status.as_u16(), 408 | 425 | 429);
    if !retryable {
        return Outcome::Refused;
    }
    let after = response
        .headers()
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(|seconds| Duration::from_secs(seconds).min(MAX_RECEIVER_RETRY_AFTER));
    Outcome::Retry(after)
}

impl Job {
    async fn deliver(self, app: &App, http: &reqwest::Client) {
        let settings = &app.settings;
        let mut wait = settings.webhook_backoff;
        for attempt in 1..=settings.webhook_attempts {
            let sent = http
                .post(&self.endpoint.url)
                .header("content-type", "application/json")
                .header("user-agent", "voxai-webhooks/1")
                .header(SIGNATURE_HEADER, &self.signature)
                .header(EVENT_HEADER, &self.event_type)
                .header(ID_HEADER, &self.event_id)
                .body(self.body.clone())
                .send()
                .await;
            let next = match &sent {
                Ok(response) => outcome(response),
                Err(_) => Outcome::Retry(None),
            };
            self.log(
                app,
                attempt,
                sent.as_ref()
                    .map(|r| r.status().as_u16())
                    .map_err(|e| cause_chain(e)),
            );
            let asked = match next {
                Outcome::Retry(asked) if attempt < settings.webhook_attempts => asked,
                _ => return,
            };
            tokio::select! {
                () = app.shutdown.cancelled() => return,
                () = tokio::time::sleep(asked.map_or(wait, |asked| asked.max(wait))) => {}
            }
            wait = wait.saturating_mul(2);
        }
    }

    /// Logs an attempt (0: not attempted) and its receiver's status or why there was none.
    fn log(&self, app: &App, attempt: u32, result: Result<u16, String>) {
        let (status, error) = match result {
            Ok(status) => (Some(status), None),
            Err(error) => (None, Some(error)),
        };
        app.deliveries.push(Attempt {
            event_id: self.event_id.clone(),
            event_type: self.event_type.clone(),
            project_id: self.project_id,
            url: self.endpoint.url.clone(),
            attempt,
            status,
            error,
            delivered: status.is_some_and(|s| (200..300).contains(&s)),
            signature: self.signature.clone(),
            time: clock::iso_millis(clock::now()),
        });
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
