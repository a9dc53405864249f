//! What a newer server may send never breaks decoding.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use voxai_types::ErrorCode;
use voxai_types::monitor::MonitorEventType;
use voxai_types::recordings::{RecordingPage, RecordingStatus};
use voxai_types::rooms::RoomDetailResponse;
use voxai_types::webhooks::WebhookEventType;

#[test]
fn unknown_fields_are_ignored() {
    let body = r#"{"room":{"name":"a","fullName":"proj_a","sid":"RM_1","status":"active",
        "numParticipants":0,"maxParticipants":0,"createdAt":1,"region":"eu-west",
        "participants":[],"future":{"nested":[1,2]}}}"#;
    let detail: RoomDetailResponse = serde_json::from_str(body).unwrap();
    assert_eq!(detail.room.full_name, "proj_a");
}

#[test]
fn unknown_enum_values_are_kept() {
    let body = r#"{"recordings":[{"id":1,"egress_id":"EG_1","room_name":"proj_a",
        "format":"flac","status":"uploading"}],"total":1,"page":1,"per_page":25,"total_pages":1}"#;
    let page: RecordingPage = serde_json::from_str(body).unwrap();
    let rec = &page.recordings[0];
    assert_eq!(
        rec.status,
        Some(RecordingStatus::Unknown("uploading".into()))
    );
    assert_eq!(rec.format.as_ref().unwrap().as_str(), "flac");
    let again = serde_json::to_value(&page).unwrap();
    assert_eq!(again["recordings"][0]["status"], "uploading");
}

#[test]
fn unknown_codes_and_events_are_kept() {
    let code: ErrorCode = serde_json::from_str(r#""PAYMENT_REQUIRED""#).unwrap();
    assert_eq!(code, ErrorCode::Unknown("PAYMENT_REQUIRED".into()));
    assert_eq!(code.http_status(), None);
    let event: WebhookEventType = serde_json::from_str(r#""room.paused""#).unwrap();
    assert_eq!(event.to_string(), "room.paused");
}

#[test]
fn known_values_parse_and_print_the_same() {
    assert_eq!(WebhookEventType::KNOWN.len(), 17);
    for event in WebhookEventType::KNOWN {
        assert_eq!(&WebhookEventType::from(event.as_str()), event);
    }
    assert_eq!(ErrorCode::KNOWN.len(), 8);
    for code in ErrorCode::KNOWN {
        assert!(code.http_status().is_some());
    }
}

#[test]
fn e164_validation() {
    use voxai_types::sip::is_e164;
    assert!(is_e164("+17751234567"));
    assert!(is_e164("+442071838750"));
    for bad in [
        "17751234567",
        "+",
        "+0123",
        "+1",
        "+1775123456789012",
        "+1-775-123",
        "",
    ] {
        assert!(!is_e164(bad), "{bad} accepted");
    }
}

#[test]
fn upload_extensions() {
    use voxai_types::knowledge::is_allowed_upload;
    for ok in ["faq.md", "a.TXT", "data.csv", "x.json"] {
        assert!(is_allowed_upload(ok), "{ok}");
    }
    for bad in ["faq.pdf", "md", ".md", "archive.md.zip", "noext"] {
        assert!(!is_allowed_upload(bad), "{bad}");
    }
}

#[test]
fn quota_percentages() {
    use voxai_types::quota::QuotaEntry;
    let e = QuotaEntry::builder().limit(10).used(9).remaining(1).build();
    assert!((e.percent_used() - 90.0).abs() < 1e-9);
    let unlimited = QuotaEntry::builder()
        .limit(-1)
        .used(500)
        .remaining(-1)
        .build();
    assert!(unlimited.is_unlimited());
    assert_eq!(unlimited.percent_used(), 0.0);
}

#[test]
fn acknowledgements_decode_from_any_2xx_body() {
    use voxai_types::sessions::AddTranscriptResponse;
    for body in ["null", "{}", r#"{"success": true}"#, r#"{"success": null}"#] {
        let ack: AddTranscriptResponse = serde_json::from_str(body).unwrap();
        assert!(ack.success, "{body}");
        assert!(ack.transcript.is_none(), "{body}");
    }
    // A part that does not fit is kept raw, not an error.
    let odd: AddTranscriptResponse =
        serde_json::from_str(r#"{"success": true, "transcript": "stored", "id": 7}"#).unwrap();
    assert!(odd.transcript.is_none());
    assert_eq!(odd.extra["transcript"], "stored");
    assert_eq!(odd.extra["id"], 7);
}

#[test]
fn integers_accept_integral_floats_and_refuse_lossy_ones() {
    use voxai_types::rooms::ListRoomsResponse;
    let body = r#"{"rooms":[{"name":"a","fullName":"proj_a","numParticipants":2.0,"createdAt":1.7119e9}]}"#;
    let rooms: ListRoomsResponse = serde_json::from_str(body).unwrap();
    assert_eq!(rooms.rooms[0].num_participants, Some(2));
    assert_eq!(rooms.rooms[0].created_at, Some(1_711_900_000));
    let lossy = r#"{"rooms":[{"name":"a","fullName":"proj_a","numParticipants":2.5}]}"#;
    let error = serde_json::from_str::<ListRoomsResponse>(lossy).unwrap_err();
    assert!(error.to_string().contains("2.5"), "{error}");
}

#[test]
fn null_is_absent_and_identifiers_stay_required() {
    use voxai_types::agents::ListAgentsResponse;
    let body = r#"{"agents":[{"id":1,"name":null,"agent_type":null,"llm_provider":null,
        "llm_model":null,"is_active":null}]}"#;
    let agents: ListAgentsResponse = serde_json::from_str(body).unwrap();
    assert_eq!(agents.agents[0].llm_model, None);
    let no_id = r#"{"agents":[{"name":"Support"}]}"#;
    let error = serde_json::from_str::<ListAgentsResponse>(no_id).unwrap_err();
    assert!(error.to_string().contains("missing field `id`"), "{error}");
}

#[test]
fn monitor_events_decode_field_by_field() {
    use voxai_types::monitor::{MonitorEvent, ServerMessage};
    let text = r#"{"type":"room.created","data":{"room_name":"proj_a","created_at":"2026-03-31T10:00:00Z"}}"#;
    let ServerMessage::Event(MonitorEvent::RoomCreated(created)) =
        serde_json::from_str(text).unwrap()
    else {
        panic!("room.created");
    };
    assert_eq!(
        created.created_at.unwrap().unix_seconds(),
        Some(1_774_951_200)
    );
    let text = r#"{"type":"participant.joined","data":{"room_name":"proj_a","identity":"u","joined_at":1711900010,"name":null}}"#;
    let ServerMessage::Event(MonitorEvent::ParticipantJoined(joined)) =
        serde_json::from_str(text).unwrap()
    else {
        panic!("participant.joined");
    };
    assert_eq!(
        joined.joined_at.unwrap().unix_seconds(),
        Some(1_711_900_010)
    );
    assert_eq!(joined.name, None);
    // Data that does not fit keeps the type name and the raw data.
    let text = r#"{"type":"transcript.new","data":{"room_name":"proj_a"}}"#;
    let ServerMessage::Event(event) = serde_json::from_str(text).unwrap() else {
        panic!("an event");
    };
    assert_eq!(event.event_type(), MonitorEventType::TranscriptNew);
    assert_eq!(event.room_name(), Some("proj_a"));
    assert!(matches!(event, MonitorEvent::Unknown { .. }));
}

#[test]
fn monitor_channels_are_typed_and_keep_what_they_do_not_know() {
    use voxai_types::monitor::{Channel, Command, ServerMessage};
    let command: Command =
        serde_json::from_str(r#"{"action":"subscribe","channel":"room:lobby"}"#).unwrap();
    assert_eq!(command.channel, Channel::Room("lobby".into()));
    assert_eq!(
        serde_json::to_string(&Command::subscribe(&Channel::Rooms)).unwrap(),
        r#"{"action":"subscribe","channel":"rooms"}"#
    );
    // A channel this version does not know, or a malformed one, is kept verbatim.
    let text = r#"{"type":"subscribed","data":{"channel":"agents"}}"#;
    let ServerMessage::Subscribed { channel } = serde_json::from_str(text).unwrap() else {
        panic!("a confirmation");
    };
    assert_eq!(channel, Channel::Unknown("agents".into()));
    assert_eq!(serde_json::to_value(&channel).unwrap(), "agents");
    assert_eq!(
        Channel::Room("".into()).canonical(),
        Channel::Unknown("room:".into())
    );
}
