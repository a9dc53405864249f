//! What counts against each quota, and each plan's limits.

use voxai_types::Plan;
use voxai_types::quota::QuotaResource;

use super::{KnowledgeBaseRecord, Project};
use crate::error::{ApiError, ApiResult};

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
        QuotaResource::Chunks => (2_000, 100_000),
        QuotaResource::TranscriptLines => (10_000, 1_000_000),
        _ => (0, 0),
    };
    match plan {
        Plan::Free | Plan::Unknown(_) => free,
        Plan::Professional => pro,
        // What the server keeps is bounded even here: no project can take its memory.
        _ => match resource {
            QuotaResource::ChunksPerKnowledgeBase => 200_000,
            QuotaResource::Chunks => 400_000,
            QuotaResource::KnowledgeBases => 200,
            QuotaResource::TranscriptLines => 2_000_000,
            _ => -1,
        },
    }
}

impl Project {
    /// The self's limit: its fixture's override, else the plan's.
    pub(crate) fn quota_limit(&self, resource: &QuotaResource) -> i64 {
        self.fixture
            .quota_limits
            .get(resource.as_str())
            .copied()
            .unwrap_or_else(|| plan_limit(&self.fixture.plan, resource))
    }

    /// What counts against a resource type.
    pub(crate) fn quota_used(&self, resource: &QuotaResource) -> i64 {
        let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
        match resource {
            QuotaResource::Projects => 1,
            QuotaResource::Agents => count(self.fixture.agents.len()),
            QuotaResource::KnowledgeBases => count(self.knowledge_bases.len()),
            QuotaResource::SipConfigs => count(self.fixture.sip_configs.len()),
            QuotaResource::WebhookConfigs => count(self.fixture.webhooks.len()),
            QuotaResource::TeamMembers => self.fixture.team_members,
            QuotaResource::Rooms => count(self.active_rooms),
            QuotaResource::Sessions => self.tokens_issued,
            QuotaResource::Recordings => count(self.recordings.len()),
            QuotaResource::Chunks => count(
                self.knowledge_bases
                    .values()
                    .map(KnowledgeBaseRecord::chunk_count)
                    .sum(),
            ),
            QuotaResource::TranscriptLines => count(self.transcript_lines),
            QuotaResource::ChunksPerKnowledgeBase => count(
                self.knowledge_bases
                    .values()
                    .map(KnowledgeBaseRecord::chunk_count)
                    .max()
                    .unwrap_or(0),
            ),
            _ => 0,
        }
    }

    /// `QUOTA_EXCEEDED` once the resource's use has reached its limit.
    pub(crate) fn check_quota(&self, resource: QuotaResource) -> ApiResult<()> {
        let (limit, used) = (self.quota_limit(&resource), self.quota_used(&resource));
        if limit >= 0 && used >= limit {
            return Err(ApiError::quota_exceeded(&resource, limit, used));
        }
        Ok(())
    }
}
