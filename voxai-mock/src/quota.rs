//! Quota and usage (reference section 4): plan limits, what counts against them, costs.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use time::Duration;
use voxai_types::Plan;
use voxai_types::quota::{
    QuotaEntry, QuotaResource, QuotaResponse, UsageBreakdown, UsageGroupBy, UsagePeriod,
    UsageQuery, UsageResponse, UsageTotals,
};

use crate::clock;
use crate::error::{ApiError, ApiResult};
use crate::extract::ApiQuery;
use crate::gate::Caller;
use crate::knowledge::KnowledgeBaseRecord;
use crate::sessions::{Costs, SessionRecord};
use crate::state::App;
use crate::store::Project;

pub(crate) const ROOMS: QuotaResource = QuotaResource::Rooms;
pub(crate) const SESSIONS: QuotaResource = QuotaResource::Sessions;
pub(crate) const RECORDINGS: QuotaResource = QuotaResource::Recordings;
pub(crate) const SIP_CONFIGS: QuotaResource = QuotaResource::SipConfigs;
pub(crate) const KNOWLEDGE_BASES: QuotaResource = QuotaResource::KnowledgeBases;
/// Chunks one knowledge base may hold; `used` reports the fullest one.
pub(crate) const CHUNKS_PER_KNOWLEDGE_BASE: QuotaResource = QuotaResource::ChunksPerKnowledgeBase;

pub(crate) fn routes() -> Router<App> {
    Router::new()
        .route("/quota", get(quota))
        .route("/usage", get(usage))
}

/// The plan's limit for a resource type; `-1` is unlimited.
fn plan_limit(plan: &Plan, resource: &QuotaResource) -> i64 {
    let (free, pro) = match resource {
        QuotaResource::Projects => (1, 10),
        QuotaResource::Agents => (2, 50),
        QuotaResource::KnowledgeBases => (2, 20),
        QuotaResource::SipConfigs => (1, 10),
        QuotaResource::WebhookConfigs => (2, 10),
        QuotaResource::TeamMembers => (1, 10),
        QuotaResource::Rooms => (5, 100),
        QuotaResource::Sessions => (100, 10_000),
        QuotaResource::Recordings => (10, 1_000),
        QuotaResource::ChunksPerKnowledgeBase => (1_000, 20_000),
        _ => (0, 0),
    };
    match plan {
        Plan::Free | Plan::Unknown(_) => free,
        Plan::Professional => pro,
        // Bounded even here: it is what keeps one request from taking the server's memory.
        _ if *resource == QuotaResource::ChunksPerKnowledgeBase => 200_000,
        _ => -1,
    }
}

/// The project's limit: its fixture's override, else the plan's.
pub(crate) fn limit(project: &Project, resource: &QuotaResource) -> i64 {
    project
        .fixture
        .quota_limits
        .get(resource.as_str())
        .copied()
        .unwrap_or_else(|| plan_limit(&project.fixture.plan, resource))
}

/// What counts against a resource type.
pub(crate) fn used(project: &Project, resource: &QuotaResource) -> i64 {
    let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    match resource {
        QuotaResource::Projects => 1,
        QuotaResource::Agents => count(project.fixture.agents.len()),
        QuotaResource::KnowledgeBases => count(project.knowledge_bases.len()),
        QuotaResource::SipConfigs => count(project.fixture.sip_configs.len()),
        QuotaResource::WebhookConfigs => count(project.fixture.webhooks.len()),
        QuotaResource::TeamMembers => project.fixture.team_members,
        QuotaResource::Rooms => count(project.active_rooms),
        QuotaResource::Sessions => project.tokens_issued,
        QuotaResource::Recordings => count(project.recordings.len()),
        QuotaResource::ChunksPerKnowledgeBase => count(
            project
                .knowledge_bases
                .values()
                .map(KnowledgeBaseRecord::chunk_count)
                .max()
                .unwrap_or(0),
        ),
        _ => 0,
    }
}

/// `QUOTA_EXCEEDED` once the resource's use has reached its limit.
pub(crate) fn check(project: &Project, resource: QuotaResource) -> ApiResult<()> {
    let (limit, used) = (limit(project, &resource), used(project, &resource));
    if limit >= 0 && used >= limit {
        return Err(ApiError::quota_exceeded(&resource, limit, used));
    }
    Ok(())
}

async fn quota(State(app): State<App>, caller: Caller) -> ApiResult<Json<QuotaResponse>> {
    let mut store = app.store();
    let project = store.caller(caller)?;
    let quotas = QuotaResource::KNOWN
        .iter()
        .map(|resource| {
            let (limit, used) = (limit(project, resource), used(project, resource));
            let remaining = if limit < 0 { -1 } else { (limit - used).max(0) };
            (
                resource.clone(),
                QuotaEntry {
                    limit: Some(limit),
                    used: Some(used),
                    remaining: Some(remaining),
                },
            )
        })
        .collect();
    let plan = project.fixture.plan.clone();
    Ok(Json(QuotaResponse {
        plan_display: Some(plan.display_name().to_owned()),
        plan: Some(plan),
        quotas,
    }))
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
    Ok(Json(UsageResponse {
        period: Some(period),
        group_by: Some(group_by),
        totals: Some(UsageTotals {
            cost_usd: Some(round(totals.cost)),
            input_tokens: Some(totals.input_tokens),
            output_tokens: Some(totals.output_tokens),
            audio_minutes: Some(round(totals.audio_minutes)),
            tts_characters: Some(totals.tts_characters),
            api_calls: Some(project.api_calls),
        }),
        breakdown,
    }))
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

    /// A breakdown row keyed under the grouping's field (wire.md).
    fn row(&self, group_by: &UsageGroupBy, key: String) -> UsageBreakdown {
        let mut row = UsageBreakdown {
            cost: Some(round(self.cost)),
            llm_cost: Some(round(self.llm)),
            stt_cost: Some(round(self.stt)),
            tts_cost: Some(round(self.tts)),
            calls: Some(self.calls),
            ..UsageBreakdown::default()
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

/// Dollars to six decimals, so sums print without float dust.
pub(crate) fn round(value: f64) -> f64 {
    (value * 1e6).round() / 1e6
}
