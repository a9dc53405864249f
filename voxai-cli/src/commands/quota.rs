//! `voxai quota` and `voxai usage` (reference section 4).

use clap::Args;
use comfy_table::Table;
use voxai_types::quota::{QuotaResponse, UsageBreakdown, UsageGroupBy, UsagePeriod, UsageResponse};

use crate::context::Ctx;
use crate::error::CliError;
use crate::flags::wire;
use crate::output::{self, Cell, Render};

/// `voxai usage` flags.
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  voxai usage --period 7d --group-by service\n  voxai -o json usage | jq .totals.cost_usd"
)]
pub struct UsageArgs {
    /// The period to sum.
    #[arg(long, value_parser = wire::<UsagePeriod>(), default_value = "30d")]
    pub period: UsagePeriod,
    /// How to break it down.
    #[arg(long, value_parser = wire::<UsageGroupBy>(), default_value = "day")]
    pub group_by: UsageGroupBy,
}

impl Render for QuotaResponse {
    fn table(&self) -> Table {
        let mut table = output::table(&["RESOURCE", "USED", "LIMIT", "REMAINING", "USE"]);
        for (resource, entry) in &self.quotas {
            let (limit, remaining, share) = if entry.is_unlimited() {
                (
                    "unlimited".to_owned(),
                    "unlimited".to_owned(),
                    "-".to_owned(),
                )
            } else {
                (
                    entry.limit.cell(),
                    entry.remaining.cell(),
                    format!("{:.0}%", entry.percent_used()),
                )
            };
            table.add_row(vec![
                resource.to_string(),
                entry.used.cell(),
                limit,
                remaining,
                share,
            ]);
        }
        table
    }

    fn ids(&self) -> Vec<String> {
        self.quotas.keys().map(ToString::to_string).collect()
    }
}

impl Render for UsageResponse {
    fn table(&self) -> Table {
        let mut table = output::table(&[
            self.group_by.as_ref().map_or("GROUP", UsageGroupBy::as_str),
            "COST $",
            "LLM $",
            "STT $",
            "TTS $",
            "CALLS",
        ]);
        for row in &self.breakdown {
            table.add_row(vec![
                row.key().unwrap_or("-").to_owned(),
                dollars(row.cost),
                dollars(row.llm_cost),
                dollars(row.stt_cost),
                dollars(row.tts_cost),
                row.calls.cell(),
            ]);
        }
        if let Some(t) = &self.totals {
            // Each figure under its own header; the column sums where the totals have none.
            let sum = |part: fn(&UsageBreakdown) -> Option<f64>| {
                self.breakdown.iter().map(part).sum::<Option<f64>>()
            };
            table.add_row(vec![
                format!("total ({})", self.period.cell()),
                dollars(t.cost_usd),
                dollars(sum(|r| r.llm_cost)),
                dollars(sum(|r| r.stt_cost)),
                dollars(sum(|r| r.tts_cost)),
                t.api_calls.cell(),
            ]);
        }
        table
    }

    /// What the totals have that no column shows.
    fn after(&self) -> Vec<String> {
        let Some(t) = &self.totals else {
            return Vec::new();
        };
        vec![format!(
            "tokens: {} in, {} out; audio: {} min; TTS: {} characters",
            t.input_tokens.cell(),
            t.output_tokens.cell(),
            t.audio_minutes
                .map_or_else(|| "-".to_owned(), |m| format!("{m:.1}")),
            t.tts_characters.cell()
        )]
    }

    fn ids(&self) -> Vec<String> {
        self.breakdown
            .iter()
            .filter_map(|r| r.key().map(str::to_owned))
            .collect()
    }
}

/// Dollars to four decimals, `-` when absent.
fn dollars(amount: Option<f64>) -> String {
    amount.map_or_else(|| "-".to_owned(), |a| format!("{a:.4}"))
}

/// `voxai quota`.
pub async fn quota(ctx: &Ctx) -> Result<(), CliError> {
    output::show(ctx, ctx.client().await?.quota()).await
}

/// `voxai usage`.
pub async fn usage(ctx: &Ctx, args: UsageArgs) -> Result<(), CliError> {
    output::show(ctx, ctx.client().await?.usage(args.period, args.group_by)).await
}
