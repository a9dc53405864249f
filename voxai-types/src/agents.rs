//! Agents (reference section 7): `GET /agents`, `GET /agents/:agentId/tools`.

use crate::ids::AgentId;
use crate::lenient::response;
use serde::{Deserialize, Serialize};
use serde_json::Value;

response! {
    /// Response of `GET /agents`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct ListAgentsResponse {
        /// The project's agent configurations.
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        #[builder(default)]
        pub agents: Vec<Agent>,
    }
}

response! {
    /// An agent configuration.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct Agent {
        /// Agent config id, as used in `agent_config_id`.
        #[serde(deserialize_with = "crate::lenient::int")]
        pub id: AgentId,
        /// Name.
        #[serde(default)]
        pub name: Option<String>,
        /// Kind of agent, e.g. `"voice"`.
        #[serde(default)]
        pub agent_type: Option<String>,
        /// LLM provider, e.g. `"openai"`.
        #[serde(default)]
        pub llm_provider: Option<String>,
        /// LLM model, e.g. `"gpt-4o"`.
        #[serde(default)]
        pub llm_model: Option<String>,
        /// Whether it can be dispatched.
        #[serde(default)]
        pub is_active: Option<bool>,
    }
}

response! {
    /// Response of `GET /agents/:agentId/tools`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct AgentToolsResponse {
        /// The agent's tool definitions.
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        #[builder(default)]
        pub tools: Vec<AgentTool>,
    }
}

response! {
    /// A tool an agent can call.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct AgentTool {
        /// Function name.
        pub name: String,
        /// What it does, for the LLM.
        #[serde(default)]
        pub description: Option<String>,
        /// JSON Schema of its arguments.
        #[serde(default)]
        pub parameters: Value,
    }
}
