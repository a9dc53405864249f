use serde_json::json;
use voxai_sdk::types::Plan;
use voxai_sdk::types::quota::{UsageGroupBy, UsagePeriod};
use wiremock::matchers::query_param;

use crate::common::{api, fixture, ok, setup};

#[tokio::test]
async fn quota_decodes_every_resource() {
    let (server, client) = setup().await;
    api("GET", "/quota")
        .respond_with(ok(fixture("quota.json")))
        .expect(1)
        .mount(&server)
        .await;
    let quota = client.quota().await.unwrap();
    assert_eq!(quota.plan, Some(Plan::Professional));
    assert_eq!(quota.plan_display.as_deref(), Some("Professional"));
    let kb = quota.get("knowledge_bases").unwrap();
    assert_eq!(
        (kb.limit, kb.used, kb.remaining),
        (Some(20), Some(4), Some(16))
    );
    assert_eq!(quota.get("team_members").unwrap().used, Some(1));
}

#[tokio::test]
async fn quota_with_meta_exposes_rate_limit_headers() {
    let (server, client) = setup().await;
    api("GET", "/quota")
        .respond_with(ok(fixture("quota.json")))
        .mount(&server)
        .await;
    let response = client.quota().send_with_meta().await.unwrap();
    let rl = response.rate_limit.unwrap();
    assert_eq!(
        (rl.limit, rl.remaining, rl.reset),
        (300, 299, 1_711_900_060)
    );
    assert_eq!(response.status, 200);
    assert_eq!(client.last_rate_limit(), Some(rl));
}

#[tokio::test]
async fn usage_sends_period_and_grouping() {
    let (server, client) = setup().await;
    let mut body = fixture("usage.json");
    body["period"] = json!("7d");
    body["group_by"] = json!("service");
    body["breakdown"] = json!([{"service": "llm", "cost": 1.5, "llm_cost": 1.5, "stt_cost": 0.0, "tts_cost": 0.0, "calls": 9}]);
    api("GET", "/usage")
        .and(query_param("period", "7d"))
        .and(query_param("group_by", "service"))
        .respond_with(ok(body))
        .expect(1)
        .mount(&server)
        .await;
    let usage = client
        .usage(UsagePeriod::Last7Days, UsageGroupBy::Service)
        .await
        .unwrap();
    assert_eq!(usage.period, Some(UsagePeriod::Last7Days));
    assert_eq!(usage.totals.as_ref().unwrap().input_tokens, Some(1_250_000));
    assert!((usage.totals.as_ref().unwrap().audio_minutes.unwrap() - 85.3).abs() < 1e-9);
    assert_eq!(usage.breakdown[0].service.as_deref(), Some("llm"));
    assert_eq!(usage.breakdown[0].key(), Some("llm"));
}
