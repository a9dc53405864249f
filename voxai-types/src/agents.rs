//! Agents (reference section 7): `GET /agents`, `GET /agents/:agentId/tools`.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Response of `GET /agents`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListAgentsResponse {
    /// The project's agent configurations.
    pub agents: Vec<Agent>,
}

/// An agent configuration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agent {
    /// Agent config id, as used in `agent_config_id`.
    pub id: u64,
    /// Name.
    pub name: String,
    /// Kind of agent, e.g. `"voice"`.
    pub agent_type: String,
    /// LLM provider, e.g. `"openai"`.
    pub llm_provider: String,
    /// LLM model, e.g. `"gpt-4o"`.
    pub llm_model: String,
    /// Whether it can be dispatched.
    pub is_active: bool,
}

/// Response of `GET /agents/:agentId/tools`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgentToolsResponse {
    /// The agent's tool definitions.
    pub tools: Vec<AgentTool>,
}

/// A tool an agent can call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgentTool {
    /// Function name.
    pub name: String,
    /// What it does, for the LLM.
    pub description: String,
    /// JSON Schema of its arguments.
    #[serde(default)]
    pub parameters: Value,
}
