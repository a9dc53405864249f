//! Extending the client without forking it: a header on every request, an interceptor
//! that observes each exchange, one that answers a request itself (as a test double
//! would), and a retry classifier that retries what the SDK would not.
//!
//! `cargo run -p voxai-examples --example extend` (embedded server), or with
//! `VOXAI_API_KEY` (and `VOXAI_BASE_URL`) set, against a deployment.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use voxai_examples::{Error, Target, say};
use voxai_sdk::intercept::{Interceptor, OutgoingRequest, Reply};
use voxai_sdk::{Client, ResponseEvent, RetryPolicy};

/// Counts the exchanges and prints each one's template and status.
#[derive(Debug, Default)]
struct Audit {
    exchanges: AtomicUsize,
}

impl Interceptor for Audit {
    fn on_response(&self, exchange: &ResponseEvent<'_>) {
        self.exchanges.fetch_add(1, Ordering::Relaxed);
        say(format!(
            "audit: {} {} -> {}",
            exchange.method,
            exchange.url.path(),
            exchange
                .status
                .map_or_else(|| "no answer".to_owned(), |s| s.to_string())
        ));
    }
}

/// Answers `GET /usage` without the network: a test double for code under test.
#[derive(Debug)]
struct CannedUsage;

impl Interceptor for CannedUsage {
    fn respond(&self, request: &OutgoingRequest<'_>) -> Option<Reply> {
        (request.template() == Some("/usage")).then(|| {
            Reply::json(
                200,
                &serde_json::json!({
                    "period": "today", "group_by": "day",
                    "totals": {"cost_usd": 0.0, "api_calls": 0}
                }),
            )
        })
    }
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let target = Target::connect().await?;
    let audit = Arc::new(Audit::default());
    let client = Client::builder()
        .api_key(target.client.api_key().expose())
        .base_url(target.client.base_url().as_str())
        // Sent with every request, the monitor's upgrade included.
        .header("x-tenant", "acme")
        .interceptor(audit.clone())
        .interceptor(CannedUsage)
        // A 409 on creating a room may be a name freed a moment ago: try again. The
        // SDK's retry stays the only one; an interceptor must not repeat requests.
        .retry_policy(RetryPolicy::default().retry_if(|check| {
            (check.error.status() == Some(409) && check.template == Some("/rooms")).then_some(true)
        }))
        .build()?;

    let quota = client.quota().await?;
    say(format!(
        "plan: {}",
        quota.plan_display.as_deref().unwrap_or("unknown")
    ));
    let usage = client
        .usage(
            voxai_sdk::types::quota::UsagePeriod::Today,
            voxai_sdk::types::quota::UsageGroupBy::Day,
        )
        .await?;
    say(format!(
        "usage (answered by the interceptor): {} calls",
        usage.totals.and_then(|t| t.api_calls).unwrap_or_default()
    ));
    say(format!(
        "{} exchanges seen",
        audit.exchanges.load(Ordering::Relaxed)
    ));
    Ok(())
}
