//! Quota and usage (reference section 4): `GET /quota`, `GET /usage`.

use crate::lenient::response;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::plans::Plan;
use crate::wire_enum::wire_enum;

response! {
    /// `GET /quota`: the plan and a breakdown per resource type.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct QuotaResponse {
        /// The project owner's plan.
        #[serde(default)]
        pub plan: Option<Plan>,
        /// The plan's display name, e.g. `"Professional"`.
        #[serde(default)]
        pub plan_display: Option<String>,
        /// Per resource type (`rooms`, `agents`, `knowledge_bases`, ...). Open-ended, so a
        /// map whose keys keep types this version does not know.
        #[serde(default, deserialize_with = "quota_map")]
        #[cfg_attr(feature = "openapi", schema(value_type = BTreeMap<String, QuotaEntry>))]
        #[builder(default)]
        pub quotas: BTreeMap<QuotaResource, QuotaEntry>,
    }
}

wire_enum! {
    /// A resource type of `GET /quota` (and of a `QUOTA_EXCEEDED` error's `resource`), in
    /// alphabetical order, as the map lists them.
    pub enum QuotaResource {
        /// AI agents.
        Agents = "agents",
        /// Chunks all of the project's knowledge bases hold together.
        Chunks = "chunks",
        /// Chunks one knowledge base may hold.
        ChunksPerKnowledgeBase = "chunks_per_knowledge_base",
        /// Knowledge bases.
        KnowledgeBases = "knowledge_bases",
        /// Projects.
        Projects = "projects",
        /// Recordings kept.
        Recordings = "recordings",
        /// Active rooms.
        Rooms = "rooms",
        /// Sessions (tokens issued).
        Sessions = "sessions",
        /// SIP configurations.
        SipConfigs = "sip_configs",
        /// Team members.
        TeamMembers = "team_members",
        /// Transcript lines all of the project's sessions hold together.
        TranscriptLines = "transcript_lines",
        /// Webhook configurations.
        WebhookConfigs = "webhook_configs",
    }
}

/// The quota map; `null` for the map or an entry reads as empty.
fn quota_map<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeMap<QuotaResource, QuotaEntry>, D::Error> {
    let map = Option::<BTreeMap<QuotaResource, Option<QuotaEntry>>>::deserialize(deserializer)?;
    Ok(map
        .unwrap_or_default()
        .into_iter()
        .map(|(resource, entry)| (resource, entry.unwrap_or_default()))
        .collect())
}

impl QuotaResponse {
    /// The entry for one resource type (`QuotaResource::Rooms`, or `"rooms"`).
    pub fn get(&self, resource: impl Into<QuotaResource>) -> Option<&QuotaEntry> {
        self.quotas.get(&resource.into())
    }
}

response! {
    /// Limit, use and remainder of one resource type. A `limit` of `-1` means unlimited;
    /// so does a `null` limit, which a server may send instead.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct QuotaEntry {
        /// The plan's limit; `-1` (or `None`) for unlimited.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub limit: Option<i64>,
        /// How many are in use.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub used: Option<i64>,
        /// How many are left; `-1` for unlimited.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub remaining: Option<i64>,
    }
}

impl QuotaEntry {
    /// Whether this resource has no limit: a negative or missing `limit`.
    pub fn is_unlimited(&self) -> bool {
        self.limit.is_none_or(|l| l < 0)
    }

    /// Use as a percentage of the limit (0 for unlimited or unknown use, 100 for a zero
    /// limit).
    pub fn percent_used(&self) -> f64 {
        match self.limit {
            None => 0.0,
            Some(l) if l < 0 => 0.0,
            Some(0) => 100.0,
            Some(l) => self.used.unwrap_or(0) as f64 * 100.0 / l as f64,
        }
    }
}

wire_enum! {
    /// The `period` of `GET /usage`.
    pub enum UsagePeriod {
        /// Since midnight UTC.
        Today = "today",
        /// The last 7 days.
        Last7Days = "7d",
        /// The last 30 days (the default).
        Last30Days = "30d",
        /// Everything.
        All = "all",
    }
}

wire_enum! {
    /// The `group_by` of `GET /usage`.
    pub enum UsageGroupBy {
        /// One row per day (the default).
        Day = "day",
        /// One row per LLM model.
        Model = "model",
        /// One row per agent.
        Agent = "agent",
        /// One row per service (llm, stt, tts, ...).
        Service = "service",
    }
}

/// Query of `GET /usage`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UsageQuery {
    /// Default `30d`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<UsagePeriod>,
    /// Default `day`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_by: Option<UsageGroupBy>,
}

response! {
    /// `GET /usage`: totals and a breakdown by the requested grouping.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct UsageResponse {
        /// The period the figures cover.
        #[serde(default)]
        pub period: Option<UsagePeriod>,
        /// How `breakdown` is grouped.
        #[serde(default)]
        pub group_by: Option<UsageGroupBy>,
        /// Sums over the period.
        #[serde(default)]
        pub totals: Option<UsageTotals>,
        /// One row per group.
        #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
        #[builder(default)]
        pub breakdown: Vec<UsageBreakdown>,
    }
}

response! {
    /// Sums of `GET /usage`.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct UsageTotals {
        /// Total cost in US dollars.
        #[serde(default)]
        pub cost_usd: Option<f64>,
        /// LLM input tokens.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub input_tokens: Option<u64>,
        /// LLM output tokens.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub output_tokens: Option<u64>,
        /// Minutes of audio processed.
        #[serde(default)]
        pub audio_minutes: Option<f64>,
        /// Characters synthesised.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub tts_characters: Option<u64>,
        /// API calls made.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub api_calls: Option<u64>,
    }
}

response! {
    /// One row of the usage breakdown. The grouping key sits under the `group_by` name
    /// (`period` for day, else `model`, `agent` or `service`).
    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct UsageBreakdown {
        /// The day (`YYYY-MM-DD`) when grouped by day.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub period: Option<String>,
        /// The model when grouped by model.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub model: Option<String>,
        /// The agent's name when grouped by agent.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub agent: Option<String>,
        /// The service (`llm`, `stt`, `tts`, ...) when grouped by service.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub service: Option<String>,
        /// Total cost of the row in US dollars.
        #[serde(default)]
        pub cost: Option<f64>,
        /// LLM part of the cost.
        #[serde(default)]
        pub llm_cost: Option<f64>,
        /// Speech-to-text part of the cost.
        #[serde(default)]
        pub stt_cost: Option<f64>,
        /// Text-to-speech part of the cost.
        #[serde(default)]
        pub tts_cost: Option<f64>,
        /// Calls counted in the row.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub calls: Option<u64>,
    }
}

impl UsageBreakdown {
    /// The grouping key of the row, whichever field holds it.
    pub fn key(&self) -> Option<&str> {
        self.period
            .as_deref()
            .or(self.model.as_deref())
            .or(self.agent.as_deref())
            .or(self.service.as_deref())
    }
}
