use voxai_sdk::types::ErrorCode;

use crate::target::{Target, assert_api_error};

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn agents_and_their_tools() {
    let target = Target::mock().await;
    let client = target.client();
    let agents = client.agents().list().await.unwrap().agents;
    let summary: Vec<_> = agents
        .iter()
        .map(|a| (a.id.get(), a.name.as_ref().unwrap().as_str(), a.is_active))
        .collect();
    assert_eq!(
        summary,
        [
            (1, "Support Agent", Some(true)),
            (2, "Sales Agent", Some(true)),
            (3, "Retired Agent", Some(false))
        ]
    );
    assert_eq!(
        (
            agents[1].llm_provider.as_ref().unwrap().as_str(),
            agents[1].llm_model.as_ref().unwrap().as_str()
        ),
        ("anthropic", "claude-sonnet")
    );
    assert_eq!(agents[0].agent_type.as_deref(), Some("voice"));
    let tools = client.agents().tools(1).await.unwrap().tools;
    assert_eq!(
        tools.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(),
        ["search_kb", "transfer_call"]
    );
    assert_eq!(tools[0].parameters["required"][0], "query");
    assert!(client.agents().tools(2).await.unwrap().tools.is_empty());
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn tools_of_unknown_and_foreign_agents() {
    let target = Target::mock().await;
    let client = target.client();
    assert_api_error(
        &client.agents().tools(999).await.unwrap_err(),
        404,
        ErrorCode::NotFound,
    );
    // Agent 10 belongs to the free project.
    assert_api_error(
        &client.agents().tools(10).await.unwrap_err(),
        403,
        ErrorCode::Forbidden,
    );
}

#[tokio::test]
async fn every_listed_agent_has_readable_tools() {
    let target = Target::start().await;
    let client = target.client();
    let agents = client.agents().list().await.unwrap().agents;
    let mut ids: Vec<_> = agents.iter().map(|a| a.id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), agents.len(), "agent ids are unique");
    for agent in &agents {
        let tools = client.agents().tools(agent.id).await.unwrap().tools;
        assert!(tools.iter().all(|t| !t.name.is_empty()), "{:?}", agent.id);
    }
    assert_api_error(
        &client
            .agents()
            .tools(u64::from(u32::MAX))
            .await
            .unwrap_err(),
        404,
        ErrorCode::NotFound,
    );
}
