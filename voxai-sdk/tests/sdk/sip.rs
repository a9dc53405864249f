use serde_json::json;
use voxai_sdk::Error;
use voxai_sdk::types::sip::DialRequest;
use wiremock::matchers::body_json;

use crate::common::{api, fixture, ok, setup};

#[tokio::test]
async fn dial_a_number() {
    let (server, client) = setup().await;
    api("POST", "/sip/dial")
        .and(body_json(json!({"phone_number": "+17751234567", "agent_config_id": 3, "room_name": "outbound-call-1", "caller_id": "+18001234567"})))
        .respond_with(ok(fixture("sip_dial.json")))
        .expect(1)
        .mount(&server)
        .await;
    let request = DialRequest::new("+17751234567")
        .agent(3)
        .room_name("outbound-call-1")
        .caller_id("+18001234567");
    let dialed = client.sip().dial(request).await.unwrap();
    let call = &dialed.call;
    assert_eq!(call.full_room_name, "proj_outbound-call-1");
    assert_eq!(call.trunk_id.as_deref(), Some("ST_abc123"));
    assert_eq!(call.session_id, Some(voxai_sdk::types::ids::SessionId(55)));
    assert_eq!(call.sip_participant_id.as_deref(), Some("PA_xyz"));
    assert_eq!(dialed.ws_url.as_deref(), Some("wss://livekit.ai0.dev"));
    assert_eq!(dialed.token, "eyJ...");
}

#[tokio::test]
async fn dial_refuses_non_e164_numbers_before_sending() {
    let (server, client) = setup().await;
    for bad in ["17751234567", "+1 775 123", "call me"] {
        let err = client.sip().dial(bad).await.unwrap_err();
        assert!(
            matches!(
                err,
                Error::Validation {
                    field: "phone_number",
                    ..
                }
            ),
            "{bad}: {err}"
        );
    }
    let err = client
        .sip()
        .dial(DialRequest::new("+17751234567").caller_id("800"))
        .await
        .unwrap_err();
    assert!(matches!(
        err,
        Error::Validation {
            field: "caller_id",
            ..
        }
    ));
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn trunks_and_configs() {
    let (server, client) = setup().await;
    api("GET", "/sip/trunks")
        .respond_with(ok(fixture("sip_trunks.json")))
        .expect(1)
        .mount(&server)
        .await;
    api("GET", "/sip/configs")
        .respond_with(ok(fixture("sip_configs.json")))
        .expect(1)
        .mount(&server)
        .await;
    let trunk = &client.sip().trunks().await.unwrap().trunks[0];
    assert_eq!(trunk.name.as_deref(), Some("Main Trunk"));
    assert_eq!(trunk.inbound_trunk_id.as_deref(), Some("ST_in123"));
    assert_eq!(trunk.dispatch_rule_id.as_deref(), Some("SDR_abc"));
    let config = &client.sip().configs().await.unwrap().configs[0];
    assert_eq!(
        config.agent_config_id,
        Some(voxai_sdk::types::ids::AgentId(3))
    );
    assert_eq!(config.dtmf_enabled, Some(true));
    assert_eq!(
        config
            .created_at
            .as_ref()
            .map(voxai_types::Timestamp::as_str),
        Some("2026-03-28T14:00:00Z")
    );
}
