use voxai_mock::keys;
use voxai_sdk::types::Plan;
use voxai_sdk::types::quota::{UsageGroupBy, UsagePeriod};
use voxai_sdk::types::sessions::{
    AddTranscriptRequest, CreateSessionRequest, EndSessionRequest, Speaker,
};
use voxai_sdk::types::tokens::TokenRequest;

use crate::target::Target;

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn quota_reports_every_type_and_counts_use() {
    let target = Target::mock().await;
    let client = target.client();
    let before = client.quota().await.unwrap();
    assert_eq!(before.plan, Some(Plan::Professional));
    assert_eq!(before.plan_display.as_deref(), Some("Professional"));
    for resource in [
        "projects",
        "agents",
        "knowledge_bases",
        "sip_configs",
        "webhook_configs",
        "team_members",
        "rooms",
        "sessions",
        "recordings",
    ] {
        let entry = before
            .get(resource)
            .unwrap_or_else(|| panic!("{resource} missing"));
        assert_eq!(
            entry.remaining.unwrap(),
            entry.limit.unwrap() - entry.used.unwrap(),
            "{resource}"
        );
    }
    assert_eq!(before.get("agents").unwrap().used, Some(3));
    assert_eq!(before.get("rooms").unwrap().used, Some(0));
    client.rooms().create("counted").await.unwrap();
    client
        .token(TokenRequest::new("u", "counted").no_agent())
        .await
        .unwrap();
    let after = client.quota().await.unwrap();
    assert_eq!(after.get("rooms").unwrap().used, Some(1));
    assert_eq!(after.get("sessions").unwrap().used, Some(1));
    assert_eq!(after.get("rooms").unwrap().remaining, Some(99));
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn plans_differ() {
    let target = Target::mock().await;
    let free = target.client_with(keys::FREE).quota().await.unwrap();
    assert_eq!(free.plan, Some(Plan::Free));
    assert_eq!(free.get("rooms").unwrap().limit, Some(5));
    let enterprise = target.client_with(keys::ENTERPRISE).quota().await.unwrap();
    assert_eq!(enterprise.plan, Some(Plan::Enterprise));
    assert!(enterprise.get("rooms").unwrap().is_unlimited());
    assert_eq!(enterprise.get("rooms").unwrap().remaining, Some(-1));
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn usage_adds_up_sessions_by_every_grouping() {
    let target = Target::mock().await;
    let client = target.client();
    client.rooms().create("billing").await.unwrap();
    client
        .sessions()
        .create(CreateSessionRequest::new("proj_billing").agent(1))
        .await
        .unwrap();
    for (speaker, text) in [
        (Speaker::User, "How much do I owe?"),
        (Speaker::Agent, "You owe twelve dollars."),
    ] {
        client
            .sessions()
            .add_transcript("proj_billing", AddTranscriptRequest::new(speaker, text))
            .await
            .unwrap();
    }
    let end = EndSessionRequest {
        summary: None,
        duration: Some(120),
    };
    client.sessions().end("proj_billing", end).await.unwrap();

    let by_day = client
        .usage(UsagePeriod::Today, UsageGroupBy::Day)
        .await
        .unwrap();
    assert_eq!(by_day.period, Some(UsagePeriod::Today));
    assert_eq!(by_day.breakdown.len(), 1);
    assert!(by_day.breakdown[0].period.is_some());
    assert_eq!(by_day.breakdown[0].calls, Some(1));
    let totals = by_day.totals.unwrap();
    assert!((totals.audio_minutes.unwrap() - 2.0).abs() < 1e-9);
    assert!(totals.cost_usd > Some(0.0));
    assert!(totals.api_calls >= Some(6));
    let row = &by_day.breakdown[0];
    let parts = row.llm_cost.unwrap() + row.stt_cost.unwrap() + row.tts_cost.unwrap();
    assert!((row.cost.unwrap() - parts).abs() < 1e-5);

    // The reference shows only the `period` key of a breakdown row; the other
    // groupings' keys are our decision, sent in the full mode.
    if target.echoes() {
        let by_model = client
            .usage(UsagePeriod::Last7Days, UsageGroupBy::Model)
            .await
            .unwrap();
        assert_eq!(by_model.breakdown[0].model.as_deref(), Some("gpt-4o"));
        let by_agent = client
            .usage(UsagePeriod::All, UsageGroupBy::Agent)
            .await
            .unwrap();
        assert_eq!(
            by_agent.breakdown[0].agent.as_deref(),
            Some("Support Agent")
        );
        let by_service = client
            .usage(UsagePeriod::Last30Days, UsageGroupBy::Service)
            .await
            .unwrap();
        let services: Vec<_> = by_service
            .breakdown
            .iter()
            .filter_map(|r| r.service.as_deref())
            .collect();
        assert_eq!(services, ["llm", "stt", "tts"]);
        let sum: f64 = by_service.breakdown.iter().filter_map(|r| r.cost).sum();
        assert!((sum - by_service.totals.unwrap().cost_usd.unwrap()).abs() < 1e-5);
    }
}

#[tokio::test]
async fn usage_rejects_unknown_periods() {
    let target = Target::start().await;
    let response = target
        .raw(reqwest::Method::GET, "/usage?period=yesterday")
        .send()
        .await
        .unwrap();
    let body = crate::target::assert_error(response, 400, "INVALID_REQUEST").await;
    assert!(body["error"].as_str().unwrap().contains("period"));
}

#[tokio::test]
async fn quota_and_usage_answer_for_every_period_and_grouping() {
    let target = Target::start().await;
    let client = target.client();
    let quota = client.quota().await.unwrap();
    assert!(quota.plan.is_some(), "the plan is named");
    assert!(
        !quota.quotas.is_empty(),
        "at least one resource is reported"
    );
    for (resource, entry) in &quota.quotas {
        let (limit, used) = (entry.limit.unwrap(), entry.used.unwrap());
        assert!(limit >= -1 && used >= 0, "{resource:?}: {entry:?}");
        if let (true, Some(remaining)) = (limit >= 0, entry.remaining) {
            assert_eq!(remaining, (limit - used).max(0), "{resource:?}");
        }
    }
    let periods = [
        UsagePeriod::Today,
        UsagePeriod::Last7Days,
        UsagePeriod::Last30Days,
        UsagePeriod::All,
    ];
    let groupings = [
        UsageGroupBy::Day,
        UsageGroupBy::Model,
        UsageGroupBy::Agent,
        UsageGroupBy::Service,
    ];
    for period in periods {
        for group_by in groupings.clone() {
            let usage = client
                .usage(period.clone(), group_by.clone())
                .await
                .unwrap();
            assert_eq!(usage.period, Some(period.clone()));
            assert_eq!(usage.group_by, Some(group_by.clone()));
            let cost = usage.totals.and_then(|t| t.cost_usd).unwrap_or(0.0);
            assert!(cost >= 0.0, "{period:?}/{group_by:?}: {cost}");
        }
    }
}
