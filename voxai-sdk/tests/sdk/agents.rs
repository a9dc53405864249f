use crate::common::{api, fixture, ok, setup};

#[tokio::test]
async fn list_agents() {
    let (server, client) = setup().await;
    api("GET", "/agents")
        .respond_with(ok(fixture("agents_list.json")))
        .expect(1)
        .mount(&server)
        .await;
    let agents = client.agents().list().await.unwrap().agents;
    let a = &agents[0];
    assert_eq!(
        (
            a.id,
            a.name.as_ref().unwrap().as_str(),
            a.agent_type.as_ref().unwrap().as_str()
        ),
        (voxai_sdk::types::ids::AgentId(1), "Support Agent", "voice")
    );
    assert_eq!(
        (
            a.llm_provider.as_ref().unwrap().as_str(),
            a.llm_model.as_ref().unwrap().as_str()
        ),
        ("openai", "gpt-4o")
    );
    assert_eq!(a.is_active, Some(true));
}

#[tokio::test]
async fn agent_tools() {
    let (server, client) = setup().await;
    api("GET", "/agents/1/tools")
        .respond_with(ok(fixture("agents_tools.json")))
        .expect(1)
        .mount(&server)
        .await;
    let tools = client.agents().tools(1).await.unwrap().tools;
    assert_eq!(tools[0].name, "search_kb");
    assert_eq!(
        tools[0].description.as_deref(),
        Some("Search the knowledge base")
    );
    assert_eq!(tools[0].parameters["required"][0], "query");
}
