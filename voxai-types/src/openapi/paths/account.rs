//! Quota and usage, tokens, agents and SIP.

use super::super::Components;
use super::super::operation::{Op, Paths, example, id};
use crate::agents::{AgentToolsResponse, ListAgentsResponse};
use crate::quota::{QuotaResponse, UsageQuery, UsageResponse};
use crate::sip::{DialRequest, DialResponse, ListSipConfigsResponse, ListTrunksResponse};
use crate::tokens::{TokenRequest, TokenResponse};

pub(super) fn quota_and_tokens(p: &mut Paths, c: &mut Components) {
    p.add(
        "GET",
        "/quota",
        Op::new("quota", "getQuota", "Check remaining quota")
            .describe("Left open by the reference: `quotas` is keyed by resource type, and types are open-ended. A limit of -1 means unlimited.")
            .answer(200, "The plan and each resource's limit and use.", c.schema::<QuotaResponse>(), example!("quota.json")),
    );
    p.add(
        "GET",
        "/usage",
        Op::new("quota", "getUsage", "Get usage and cost data")
            .describe("Left open by the reference: each `breakdown` entry carries its grouping key under the `group_by` name (`period` for day).")
            .query::<UsageQuery>(c)
            .answer(200, "Totals over the period and a breakdown.", c.schema::<UsageResponse>(), example!("usage.json"))
            .errors(&[400]),
    );
    p.add(
        "POST",
        "/token",
        Op::new("tokens", "createToken", "Generate a LiveKit room token")
            .describe("Creates the room if needed and dispatches the default agent unless told otherwise.")
            .body(c.schema::<TokenRequest>())
            .answer(200, "The token and where to connect.", c.schema::<TokenResponse>(), example!("token.json"))
            // 409: the room is full, so a dispatched agent cannot join.
            .errors(&[400, 403, 404, 409]),
    );
}

pub(super) fn agents(p: &mut Paths, c: &mut Components) {
    p.add(
        "GET",
        "/agents",
        Op::new("agents", "listAgents", "List agents").answer(
            200,
            "The project's agent configurations.",
            c.schema::<ListAgentsResponse>(),
            example!("agents_list.json"),
        ),
    );
    p.add(
        "GET",
        "/agents/{agentId}/tools",
        Op::new("agents", "getAgentTools", "Get an agent's tools")
            .param(id("agentId", "agent"))
            .answer(
                200,
                "The agent's tools.",
                c.schema::<AgentToolsResponse>(),
                example!("agents_tools.json"),
            )
            .errors(&[403, 404]),
    );
}

pub(super) fn sip(p: &mut Paths, c: &mut Components) {
    p.add(
        "POST",
        "/sip/dial",
        Op::new("sip", "dial", "Call a phone number with an agent")
            .describe("The response mixes `wsUrl` with snake_case fields.")
            .body(c.schema::<DialRequest>())
            .answer(
                200,
                "The call and a token to join its room.",
                c.schema::<DialResponse>(),
                example!("sip_dial.json"),
            )
            .errors(&[400, 403, 404, 409]),
    );
    p.add(
        "GET",
        "/sip/trunks",
        Op::new("sip", "listTrunks", "List SIP trunks").answer(
            200,
            "The project's trunks.",
            c.schema::<ListTrunksResponse>(),
            example!("sip_trunks.json"),
        ),
    );
    p.add(
        "GET",
        "/sip/configs",
        Op::new("sip", "listSipConfigs", "List SIP configurations").answer(
            200,
            "The project's SIP configurations.",
            c.schema::<ListSipConfigsResponse>(),
            example!("sip_configs.json"),
        ),
    );
}
