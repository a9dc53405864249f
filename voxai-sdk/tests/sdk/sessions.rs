use serde_json::json;
use voxai_sdk::types::sessions::{
    AddTranscriptRequest, CreateSessionRequest, EndSessionRequest, SessionStatus, SessionType,
    Speaker,
};
use wiremock::ResponseTemplate;
use wiremock::matchers::{body_json, header, query_param};

use crate::common::{api, fixture, ok, setup};

#[tokio::test]
async fn create_session_with_the_full_room_name() {
    let (server, client) = setup().await;
    api("POST", "/sessions")
        .and(body_json(json!({"room_name": "proj_my-room", "agent_config_id": 3, "caller_identity": "c", "session_type": "sip", "metadata": {"k": "v"}})))
        .respond_with(ok(fixture("sessions_create.json")))
        .expect(1)
        .mount(&server)
        .await;
    let mut metadata = serde_json::Map::new();
    metadata.insert("k".into(), json!("v"));
    let request = CreateSessionRequest::new("proj_my-room")
        .agent(3)
        .caller_identity("c")
        .session_type(SessionType::Sip)
        .metadata(metadata);
    let session = client.sessions().create(request).await.unwrap().session;
    assert_eq!(
        (session.id, session.project_id),
        (
            voxai_sdk::types::ids::SessionId(42),
            Some(voxai_sdk::types::ids::ProjectId(1))
        )
    );
    assert_eq!(session.room_name, "proj_my-room");
    assert_eq!(session.status, Some(SessionStatus::Active));
    assert_eq!(session.session_type, Some(SessionType::Voice));
    assert_eq!(
        session
            .created_at
            .as_ref()
            .map(voxai_types::Timestamp::as_str),
        Some("2026-03-31T10:00:00Z")
    );
}

#[tokio::test]
async fn list_sessions_with_every_filter() {
    let (server, client) = setup().await;
    api("GET", "/sessions")
        .and(query_param("status", "completed"))
        .and(query_param("per_page", "10"))
        .and(query_param("page", "2"))
        .and(query_param("agent_config_id", "3"))
        .and(query_param("session_type", "voice"))
        .and(query_param("from", "2026-03-01"))
        .and(query_param("to", "2026-03-31"))
        .respond_with(ok(fixture("sessions_list.json")))
        .expect(1)
        .mount(&server)
        .await;
    let page = client
        .sessions()
        .list()
        .status(SessionStatus::Completed)
        .per_page(10)
        .page(2)
        .agent(3)
        .session_type(SessionType::Voice)
        .from("2026-03-01")
        .to("2026-03-31")
        .await
        .unwrap();
    assert_eq!(
        (
            page.page_info.total,
            page.page_info.page,
            page.page_info.total_pages
        ),
        (Some(156), Some(1), Some(7))
    );
    let s = &page.sessions[0];
    assert_eq!(s.agent_name.as_deref(), Some("Support Agent"));
    assert_eq!(s.duration, Some(185.0));
    assert_eq!(s.message_count, Some(12));
    assert_eq!(
        s.ended_at.as_ref().map(voxai_types::Timestamp::as_str),
        Some("2026-03-31T10:03:05Z")
    );
}

#[tokio::test]
async fn session_detail_with_costs() {
    let (server, client) = setup().await;
    api("GET", "/sessions/42/detail")
        .respond_with(ok(fixture("sessions_detail.json")))
        .expect(1)
        .mount(&server)
        .await;
    let detail = client.sessions().get(42).await.unwrap();
    assert_eq!(detail.session.duration_seconds, Some(185.0));
    assert_eq!(detail.session.llm_model.as_deref(), Some("gpt-4o"));
    assert_eq!(detail.session.status, Some(SessionStatus::Completed));
    assert!((detail.costs.as_ref().unwrap().total.unwrap() - 0.045).abs() < 1e-12);
    assert!((detail.costs.as_ref().unwrap().llm.unwrap() - 0.038).abs() < 1e-12);
    assert!((detail.costs.as_ref().unwrap().stt.unwrap() - 0.005).abs() < 1e-12);
    assert!((detail.costs.as_ref().unwrap().tts.unwrap() - 0.002).abs() < 1e-12);
}

#[tokio::test]
async fn add_transcript_line() {
    let (server, client) = setup().await;
    api("POST", "/sessions/proj_my-room/transcript")
        .and(body_json(json!({"speaker": "user", "content": "Hello, I need help", "timestamp_ms": 5200, "is_final": false})))
        .respond_with(ok(json!({"success": true, "transcript": {
            "id": 9, "session_id": 42, "speaker": "user", "content": "Hello, I need help",
            "timestamp_ms": 5200, "is_final": false, "created_at": "2026-03-31T10:00:05Z"}})))
        .expect(1)
        .mount(&server)
        .await;
    let line = AddTranscriptRequest::new(Speaker::User, "Hello, I need help")
        .at_ms(5200)
        .partial();
    let added = client
        .sessions()
        .add_transcript("proj_my-room", line)
        .await
        .unwrap();
    assert_eq!(
        added.transcript.as_ref().unwrap().id,
        Some(voxai_sdk::types::ids::TranscriptId(9))
    );
    assert_eq!(
        added.transcript.as_ref().unwrap().session_id,
        Some(voxai_sdk::types::ids::SessionId(42))
    );
    assert_eq!(added.transcript.as_ref().unwrap().is_final, Some(false));
}

#[tokio::test]
async fn end_session() {
    let (server, client) = setup().await;
    api("POST", "/sessions/proj_my-room/end")
        .and(body_json(
            json!({"summary": "Customer asked about billing"}),
        ))
        .respond_with(ok(json!({"success": true, "session": {
            "id": 42, "room_name": "proj_my-room", "status": "completed", "duration": 185,
            "ended_at": "2026-03-31T10:03:05Z", "summary": "Customer asked about billing"}})))
        .expect(1)
        .mount(&server)
        .await;
    let request = EndSessionRequest {
        summary: Some("Customer asked about billing".into()),
        duration: None,
    };
    let ended = client
        .sessions()
        .end("proj_my-room", request)
        .await
        .unwrap()
        .session;
    assert_eq!(
        ended.as_ref().unwrap().status,
        Some(SessionStatus::Completed)
    );
    assert_eq!(ended.as_ref().unwrap().duration, Some(185.0));
    assert_eq!(
        ended.as_ref().unwrap().summary.as_deref(),
        Some("Customer asked about billing")
    );
}

#[tokio::test]
async fn transcript_as_json() {
    let (server, client) = setup().await;
    api("GET", "/sessions/42/transcript")
        .respond_with(ok(fixture("sessions_transcript.json")))
        .expect(1)
        .mount(&server)
        .await;
    let t = client.sessions().transcript(42).await.unwrap();
    assert_eq!(t.session_id, Some(voxai_sdk::types::ids::SessionId(42)));
    assert_eq!(t.transcripts[0].speaker, Some(Speaker::User));
    assert_eq!(t.transcripts[1].content, "Hi! How can I help?");
    assert_eq!(t.transcripts[1].timestamp_ms, Some(1200));
}

#[tokio::test]
async fn transcript_as_text() {
    let (server, client) = setup().await;
    let text = "[00:00] User: Hello\n[00:01] Agent: Hi! How can I help you today?\n";
    api("GET", "/sessions/42/transcript/text")
        .and(header("accept", "text/plain"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(text, "text/plain"))
        .expect(1)
        .mount(&server)
        .await;
    assert_eq!(client.sessions().transcript_text(42).await.unwrap(), text);
}
