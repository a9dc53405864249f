//! Agents (reference section 7): the project's agent configurations and their tools.

use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use voxai_types::agents::{Agent, AgentToolsResponse, ListAgentsResponse};

use crate::caller::Caller;
use crate::error::ApiResult;
use crate::extract::ApiPath;
use crate::state::App;

pub(crate) fn routes() -> Router<App> {
    Router::new()
        .route("/agents", get(list))
        .route("/agents/{agent_id}/tools", get(tools))
}

async fn list(State(app): State<App>, caller: Caller) -> ApiResult<Json<ListAgentsResponse>> {
    let mut store = app.store();
    let project = store.caller(caller)?;
    let agents = project
        .fixture
        .agents
        .iter()
        .map(|a| {
            Agent::builder()
                .id(a.id.into())
                .name(a.name.clone())
                .agent_type(a.agent_type.clone())
                .llm_provider(a.llm_provider.clone())
                .llm_model(a.llm_model.clone())
                .is_active(a.is_active)
                .build()
        })
        .collect();
    Ok(Json(ListAgentsResponse::builder().agents(agents).build()))
}

async fn tools(
    State(app): State<App>,
    caller: Caller,
    ApiPath(agent_id): ApiPath<u64>,
) -> ApiResult<Json<AgentToolsResponse>> {
    let mut store = app.store();
    let found = store
        .caller(caller)?
        .fixture
        .agents
        .iter()
        .find(|a| a.id == agent_id)
        .map(|a| a.tools.clone());
    match found {
        Some(tools) => Ok(Json(AgentToolsResponse::builder().tools(tools).build())),
        None => Err(store.not_here("agent", agent_id, |p| {
            p.fixture.agents.iter().any(|a| a.id == agent_id)
        })),
    }
}
