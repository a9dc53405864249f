//! A CI report: quota use and the last 7 days of cost by service; fails (exit 1) when a
//! quota is above `QUOTA_THRESHOLD` percent (default 90).
//!
//! `cargo run -p voxai-examples --example ci_report` in a pipeline with `VOXAI_API_KEY`.

use std::process::ExitCode;

use voxai_examples::{Error, Target, say};
use voxai_sdk::types::quota::{UsageGroupBy, UsagePeriod};

async fn report() -> Result<bool, Error> {
    let threshold: f64 = std::env::var("QUOTA_THRESHOLD")
        .ok()
        .map(|t| t.parse())
        .transpose()?
        .unwrap_or(90.0);
    let target = Target::connect().await?;
    let client = &target.client;

    let quota = client.quota().await?;
    say(format!(
        "plan {}",
        quota.plan_display.as_deref().unwrap_or("unknown")
    ));
    let mut over = Vec::new();
    for (resource, entry) in &quota.quotas {
        let share = entry.percent_used();
        let limit = if entry.is_unlimited() {
            "unlimited".to_owned()
        } else {
            entry.limit.map_or("?".into(), |l| l.to_string())
        };
        say(format!(
            "  {resource:<16} {:>6} / {limit:<9} {share:>5.1}%",
            entry.used.map_or("?".into(), |u| u.to_string())
        ));
        if !entry.is_unlimited() && share > threshold {
            over.push(format!("{resource} at {share:.0}%"));
        }
    }

    let usage = client
        .usage(UsagePeriod::Last7Days, UsageGroupBy::Service)
        .await?;
    let totals = usage.totals.unwrap_or_default();
    say(format!(
        "cost over 7 days: ${:.2} ({} API calls)",
        totals.cost_usd.unwrap_or(0.0),
        totals.api_calls.map_or("?".into(), |n| n.to_string())
    ));
    for row in &usage.breakdown {
        say(format!(
            "  {:<6} ${:.4}",
            row.key().unwrap_or("-"),
            row.cost.unwrap_or(0.0)
        ));
    }

    if over.is_empty() {
        say(format!("ok: every quota is at or below {threshold}%"));
        Ok(true)
    } else {
        say(format!("FAIL: over {threshold}%: {}", over.join(", ")));
        Ok(false)
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    match report().await {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(error) => {
            say(format!("error: {error}"));
            ExitCode::from(2)
        }
    }
}
