//! Agents (reference section 7).

use reqwest::Method;
use voxai_types::agents::{AgentToolsResponse, ListAgentsResponse};
use voxai_types::ids::AgentId;

use crate::call::segments;
use crate::client::Client;
use crate::request::Request;

/// The agents endpoints, from [`Client::agents`].
#[derive(Debug, Clone)]
pub struct Agents {
    client: Client,
}

impl Client {
    /// Agents: list configurations and their tools.
    pub fn agents(&self) -> Agents {
        Agents {
            client: self.clone(),
        }
    }
}

impl Agents {
    /// `GET /agents`: the project's agent configurations.
    pub fn list(&self) -> Request<ListAgentsResponse> {
        self.client.call(Method::GET, segments!["agents"])
    }

    /// `GET /agents/:agentId/tools`: the tools of one agent.
    pub fn tools(&self, agent_id: impl Into<AgentId>) -> Request<AgentToolsResponse> {
        let agent_id = agent_id.into();
        self.client
            .call(Method::GET, segments!["agents", agent_id, "tools"])
    }
}
