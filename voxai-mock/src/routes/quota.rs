//! Quota and usage (reference section 4): plan limits, what counts against them, costs.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use time::Duration;
use voxai_types::quota::{
    QuotaEntry, QuotaResource, QuotaResponse, UsageBreakdown, UsageGroupBy, UsagePeriod,
    UsageQuery, UsageResponse, UsageTotals,
};

use crate::caller::Caller;
use crate::clock;
use crate::error::{ApiError, ApiResult};
use crate::extract::ApiQuery;
use crate::state::App;
use crate::store::{Costs, SessionRecord, round};

pub(crate) fn routes() -> Router<App> {
    Router::new()
        .route("/quota", get(quota))
        .route("/usage", get(usage))
}

async fn quota(State(app): State<App>, caller: Caller) -> ApiResult<Json<QuotaResponse>> {
    let mut store = app.store();
    let project = store.caller(caller)?;
    let quotas = QuotaResource::KNOWN
        .iter()
        .map(|resource| {
            let (limit, used) = (project.quota_limit(resource), project.quota_used(resource));
            let remaining = if limit < 0 { -1 } else { (limit - used).max(0) };
            (
                resource.clone(),
                QuotaEntry::builder()
                    .limit(limit)
                    .used(used)
                    .remaining(remaining)
                    .build(),
            )
        })
        .collect();
    let plan = project.fixture.plan.clone();
    Ok(Json(
        QuotaResponse::builder()
            .plan_display(plan.display_name().to_owned())
            .plan(plan)
            .quotas(quotas)
            .build(),
    ))
}

async fn usage(
    State(app): State<App>,
    caller: Caller,
    ApiQuery(query): ApiQuery<UsageQuery>,
) -> ApiResult<Json<UsageResponse>> {
    let period = query.period.unwrap_or(UsagePeriod::Last30Days);
    let group_by = query.group_by.unwrap_or(UsageGroupBy::Day);
    let now = clock::now();
    let since = match &period {
        UsagePeriod::Today => Some(now.date().midnight().assume_utc()),
        UsagePeriod::Last7Days => Some(now - Duration::days(7)),
        UsagePeriod::Last30Days => Some(now - Duration::days(30)),
        UsagePeriod::All => None,
        other => {
            return Err(ApiError::invalid(
                "period",
                format!("{other:?} is not one of today, 7d, 30d, all"),
            ));
        }
    };
    if matches!(group_by, UsageGroupBy::Unknown(_)) {
        return Err(ApiError::invalid(
            "group_by",
            "must be one of day, model, agent, service",
        ));
    }
    let mut store = app.store();
    let project = store.caller(caller)?;
    let sessions: Vec<&SessionRecord> = project
        .sessions
        .values()
        .filter(|s| since.is_none_or(|since| s.started_at >= since))
        .collect();

    let mut totals = Sums::default();
    let mut rows: BTreeMap<String, Sums> = BTreeMap::new();
    for session in &sessions {
        let costs = session.costs();
        totals.add(&costs);
        let agent = session
            .agent_config_id
            .and_then(|id| project.fixture.agents.iter().find(|a| a.id == id));
        let keys: Vec<(String, Costs)> = match &group_by {
            UsageGroupBy::Day => vec![(clock::day(session.started_at), costs)],
            UsageGroupBy::Model => {
                vec![(agent.map_or("none".into(), |a| a.llm_model.clone()), costs)]
            }
            UsageGroupBy::Agent => vec![(agent.map_or("none".into(), |a| a.name.clone()), costs)],
            _ => costs.by_service(),
        };
        for (key, part) in keys {
            let row = rows.entry(key).or_default();
            row.add(&part);
            row.calls += 1;
        }
    }
    let breakdown = rows
        .into_iter()
        .map(|(key, sums)| sums.row(&group_by, key))
        .collect();
    Ok(Json(
        UsageResponse::builder()
            .period(period)
            .group_by(group_by)
            .totals(
                UsageTotals::builder()
                    .cost_usd(round(totals.cost))
                    .input_tokens(totals.input_tokens)
                    .output_tokens(totals.output_tokens)
                    .audio_minutes(round(totals.audio_minutes))
                    .tts_characters(totals.tts_characters)
                    .api_calls(project.api_calls)
                    .build(),
            )
            .breakdown(breakdown)
            .build(),
    ))
}

/// Running sums of costs, for the totals or one breakdown row.
#[derive(Default)]
struct Sums {
    cost: f64,
    llm: f64,
    stt: f64,
    tts: f64,
    calls: u64,
    input_tokens: u64,
    output_tokens: u64,
    audio_minutes: f64,
    tts_characters: u64,
}

impl Sums {
    fn add(&mut self, costs: &Costs) {
        self.cost += costs.total();
        self.llm += costs.llm;
        self.stt += costs.stt;
        self.tts += costs.tts;
        self.input_tokens += costs.input_tokens;
        self.output_tokens += costs.output_tokens;
        self.audio_minutes += costs.audio_minutes;
        self.tts_characters += costs.tts_characters;
    }

    /// A breakdown row keyed under the grouping's field.
    fn row(&self, group_by: &UsageGroupBy, key: String) -> UsageBreakdown {
        let mut row = {
            let mut value = UsageBreakdown::default();
            value.cost = Some(round(self.cost));
            value.llm_cost = Some(round(self.llm));
            value.stt_cost = Some(round(self.stt));
            value.tts_cost = Some(round(self.tts));
            value.calls = Some(self.calls);
            value
        };
        match group_by {
            UsageGroupBy::Day => row.period = Some(key),
            UsageGroupBy::Model => row.model = Some(key),
            UsageGroupBy::Agent => row.agent = Some(key),
            _ => row.service = Some(key),
        }
        row
    }
}
