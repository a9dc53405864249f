use serde_json::json;
use voxai_mock::keys;
use voxai_sdk::types::ErrorCode;
use voxai_sdk::types::ids::SipTrunkId;
use voxai_sdk::types::sessions::{SessionStatus, SessionType};
use voxai_sdk::types::sip::{CallStatus, DialRequest};

use crate::target::{Target, assert_api_error, assert_fields_refused};

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn dialing_creates_the_room_session_and_call() {
    let target = Target::mock().await;
    let client = target.client();
    let dialed = client
        .sip()
        .dial(DialRequest::new("+17751234567").agent(2))
        .await
        .unwrap();
    let call = &dialed.call;
    assert!(dialed.success);
    assert_eq!(
        (call.room_name.as_str(), call.full_room_name.as_str()),
        ("outbound-call-1", "proj_outbound-call-1")
    );
    assert_eq!(
        (
            call.phone_number.as_ref().unwrap().as_str(),
            call.caller_id.as_ref().unwrap().as_str()
        ),
        ("+17751234567", "+18001234567")
    );
    assert_eq!(call.trunk_id.as_deref(), Some("ST_out456"));
    assert!(call.sip_participant_id.as_ref().unwrap().starts_with("PA_"));
    assert_eq!(dialed.ws_url.as_deref(), Some("wss://livekit.ai0.dev"));
    assert_eq!(dialed.token.split('.').count(), 3);

    let participants = client
        .rooms()
        .participants("outbound-call-1")
        .await
        .unwrap()
        .participants;
    let ids: Vec<_> = participants.iter().map(|p| p.identity.as_str()).collect();
    assert_eq!(ids, ["agent-2", "sip_+17751234567"]);
    let session = client
        .sessions()
        .get(call.session_id.unwrap())
        .await
        .unwrap()
        .session;
    assert_eq!(session.status, Some(SessionStatus::Active));
    // `session_type` is not in the reference's detail example: the full mode's.
    if target.echoes() {
        assert_eq!(session.session_type, Some(SessionType::Sip));
    }
    assert_eq!(session.agent_name.as_deref(), Some("Sales Agent"));

    // The call moves on; when it completes the caller leaves and the session ends.
    for status in [
        CallStatus::Ringing,
        CallStatus::Answered,
        CallStatus::Completed,
    ] {
        target
            .control()
            .set_call_status("proj_outbound-call-1", status)
            .await
            .unwrap();
    }
    let session = client
        .sessions()
        .get(call.session_id.unwrap())
        .await
        .unwrap()
        .session;
    assert_eq!(session.status, Some(SessionStatus::Completed));
    let ids: Vec<_> = client
        .rooms()
        .participants("outbound-call-1")
        .await
        .unwrap()
        .participants
        .into_iter()
        .map(|p| p.identity)
        .collect();
    assert_eq!(ids, ["agent-2"]);
    let refused = target
        .control()
        .set_call_status("proj_outbound-call-1", CallStatus::Ringing)
        .await
        .unwrap_err();
    assert_eq!(
        refused.status(),
        Some(409),
        "a completed call cannot ring again: {refused}"
    );
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn custom_rooms_and_caller_ids() {
    let target = Target::mock().await;
    let client = target.client();
    // The caller ID is one of the project's own trunk numbers.
    let request = DialRequest::new("+442071838750")
        .room_name("vip")
        .caller_id("+18001234567");
    let call = client.sip().dial(request.clone()).await.unwrap().call;
    assert_eq!(
        (
            call.full_room_name.as_str(),
            call.caller_id.as_ref().unwrap().as_str()
        ),
        ("proj_vip", "+18001234567")
    );
    // The enterprise project's trunk number, or any other, is not this project's to show.
    for spoofed in ["+442071838750", "+18005550100"] {
        let refused = client
            .sip()
            .dial(DialRequest::new("+17751234567").caller_id(spoofed))
            .await
            .unwrap_err();
        assert_api_error(&refused, 400, ErrorCode::InvalidRequest);
        assert_eq!(
            refused.api().unwrap().details.as_ref().unwrap()["field"],
            "caller_id"
        );
    }
    assert_api_error(
        &client.sip().dial(request).await.unwrap_err(),
        409,
        ErrorCode::Conflict,
    );
    // The room named by its full name, from a client that has not seen the prefix.
    let call = target
        .client()
        .sip()
        .dial(DialRequest::new("+442071838751").room_name("proj_named"))
        .await
        .unwrap()
        .call;
    assert_eq!(call.full_room_name.as_str(), "proj_named");
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn dial_errors() {
    let target = Target::mock().await;
    let err = target
        .client_with(keys::FREE)
        .sip()
        .dial("+17751234567")
        .await
        .unwrap_err();
    assert_api_error(&err, 400, ErrorCode::InvalidRequest);
    assert_eq!(err.api().unwrap().message, "No SIP trunk configured");
    assert_fields_refused(
        &target,
        "/sip/dial",
        &[
            (json!({"phone_number": "7751234567"}), "phone_number"),
            (json!({"phone_number": "+1 775 123"}), "phone_number"),
            (json!({}), "phone_number"),
            (
                json!({"phone_number": "+17751234567", "caller_id": "800"}),
                "caller_id",
            ),
            (
                json!({"phone_number": "+17751234567", "agent_config_id": 3}),
                "agent_config_id",
            ),
            (
                json!({"phone_number": "+17751234567", "metadata": "not an object"}),
                "metadata",
            ),
        ],
    )
    .await;
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn the_sip_quota() {
    let target = Target::with_fixtures(|f| {
        f.projects[0].quota_limits.insert("sip_configs".into(), 1);
    })
    .await;
    let err = target
        .client()
        .sip()
        .dial("+17751234567")
        .await
        .unwrap_err();
    assert_api_error(&err, 429, ErrorCode::QuotaExceeded);
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn trunks_and_configs() {
    let target = Target::mock().await;
    let client = target.client();
    let trunk = &client.sip().trunks().await.unwrap().trunks[0];
    assert_eq!(
        (
            trunk.id,
            trunk.name.as_ref().unwrap().as_str(),
            trunk.phone_number.as_ref().unwrap().as_str()
        ),
        (SipTrunkId::from(1), "Main Trunk", "+18001234567")
    );
    assert_eq!(trunk.dispatch_rule_id.as_deref(), Some("SDR_abc"));
    let config = &client.sip().configs().await.unwrap().configs[0];
    assert_eq!(
        (
            config.name.as_ref().unwrap().as_str(),
            config.agent_name.as_deref()
        ),
        ("Inbound Line", Some("Support Agent"))
    );
    assert_eq!(
        (config.dtmf_enabled, config.max_call_duration),
        (Some(true), Some(1800))
    );
    assert!(
        target
            .client_with(keys::FREE)
            .sip()
            .trunks()
            .await
            .unwrap()
            .trunks
            .is_empty()
    );
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn inbound_calls_reach_the_configured_agent() {
    let target = Target::mock().await;
    let call = target
        .control()
        .inbound_call("+15551234567", "+18001234567")
        .await
        .unwrap();
    let room = call.room_name;
    let participants = target
        .client()
        .rooms()
        .participants(&room)
        .await
        .unwrap()
        .participants;
    assert_eq!(participants[0].identity, "agent-1");
    assert_eq!(participants[1].identity, "sip_+15551234567");
}
