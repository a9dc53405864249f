use futures::TryStreamExt;
use serde_json::json;
use voxai_mock::control_plane::Seed;
use voxai_mock::keys;
use voxai_sdk::types::ErrorCode;
use voxai_sdk::types::sessions::{
    AddTranscriptRequest, CreateSessionRequest, EndSessionRequest, SessionStatus, SessionType,
    Speaker,
};

use crate::target::{Target, assert_api_error, assert_error, assert_fields_refused};

#[tokio::test]
async fn a_session_logs_a_conversation() {
    let target = Target::start().await;
    let client = target.client();
    let room = target.create_room("help-desk").await.room.full_name;
    let room = room.as_str();
    // The project's first agent: agent 1, "Support Agent", on the reference server.
    let agent = client
        .agents()
        .list()
        .await
        .unwrap()
        .agents
        .first()
        .map(|a| a.id);
    let mut request = CreateSessionRequest::new(room).caller_identity("user1");
    if let Some(agent) = agent {
        request = request.agent(agent);
    }
    let session = client.sessions().create(request).await.unwrap().session;
    target.session_started(room);
    assert_eq!(session.room_name.as_str(), room);
    if target.is_mock() {
        assert_eq!(
            session.project_id,
            Some(voxai_sdk::types::ids::ProjectId(1))
        );
    }
    assert_eq!(
        (session.status, session.session_type),
        (Some(SessionStatus::Active), Some(SessionType::Voice))
    );
    if target.echoes() {
        assert_eq!(session.agent_config_id, agent);
    }

    let lines = [
        (Speaker::User, "Hello", 0),
        (Speaker::Agent, "Hi! How can I help you today?", 1200),
        (Speaker::User, "I need to update my billing info", 5000),
        (Speaker::System, "Transferred to billing", 65_000),
    ];
    for (speaker, content, at) in lines.clone() {
        let added = client
            .sessions()
            .add_transcript(
                room,
                AddTranscriptRequest::new(speaker.clone(), content).at_ms(at),
            )
            .await
            .unwrap()
            .transcript;
        if target.echoes() {
            let added = added.unwrap();
            assert_eq!(
                (added.session_id, added.is_final),
                (Some(session.id), Some(true))
            );
            assert_eq!(
                (added.speaker, added.timestamp_ms),
                (Some(speaker), Some(at))
            );
        }
    }
    let json = client.sessions().transcript(session.id).await.unwrap();
    assert_eq!(json.session_id, Some(session.id));
    let got: Vec<_> = json
        .transcripts
        .iter()
        .map(|t| {
            (
                t.speaker.clone().unwrap(),
                t.content.as_str(),
                t.timestamp_ms.unwrap(),
            )
        })
        .collect();
    assert_eq!(got, lines.to_vec());
    let text = client.sessions().transcript_text(session.id).await.unwrap();
    assert_eq!(
        text,
        "[00:00] User: Hello\n[00:01] Agent: Hi! How can I help you today?\n\
         [00:05] User: I need to update my billing info\n[01:05] System: Transferred to billing\n"
    );

    let ended = client
        .sessions()
        .end(
            room,
            EndSessionRequest {
                summary: Some("Billing update".into()),
                duration: Some(185),
            },
        )
        .await
        .unwrap()
        .session;
    if target.echoes() {
        let ended = ended.unwrap();
        assert_eq!(
            (ended.status, ended.duration),
            (Some(SessionStatus::Completed), Some(185.0))
        );
        assert_eq!(ended.summary.as_deref(), Some("Billing update"));
        assert!(ended.ended_at.is_some());
    }

    let detail = client.sessions().get(session.id).await.unwrap();
    assert_eq!(detail.session.duration_seconds, Some(185.0));
    assert_eq!(detail.session.message_count, Some(4));
    if target.is_mock() {
        assert_eq!(detail.session.agent_name.as_deref(), Some("Support Agent"));
        assert_eq!(detail.session.llm_model.as_deref(), Some("gpt-4o"));
    }
    let c = detail.costs.unwrap();
    let (llm, stt, tts) = (c.llm.unwrap(), c.stt.unwrap(), c.tts.unwrap());
    assert!(llm > 0.0 && stt > 0.0 && tts > 0.0);
    assert!((c.total.unwrap() - (llm + stt + tts)).abs() < 1e-5);
}

#[tokio::test]
async fn ending_computes_the_duration() {
    let target = Target::start().await;
    let client = target.client();
    let room = target.create_room("quick").await.room.full_name;
    client
        .sessions()
        .create(CreateSessionRequest::new(room.as_str()))
        .await
        .unwrap();
    target.session_started(room.as_str());
    let ended = client
        .sessions()
        .end(&room, EndSessionRequest::default())
        .await
        .unwrap()
        .session;
    // Started and ended within this test: a computed duration of a few seconds at most.
    let detail = client.sessions().list().await.unwrap().sessions;
    let quick = detail.iter().find(|s| s.room_name == room).unwrap();
    assert!(quick.duration.unwrap() < 60.0, "{:?}", quick.duration);
    assert_eq!(quick.status, Some(SessionStatus::Completed));
    if target.echoes() {
        assert_eq!(ended.unwrap().duration, quick.duration);
    }
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn list_filters_and_pages() {
    let target = Target::mock().await;
    let client = target.client();
    for (i, (agent, kind)) in [
        (1, SessionType::Voice),
        (2, SessionType::Sip),
        (1, SessionType::Voice),
    ]
    .into_iter()
    .enumerate()
    {
        let room = format!("s{i}");
        client.rooms().create(room.as_str()).await.unwrap();
        client
            .sessions()
            .create(
                CreateSessionRequest::new(format!("proj_{room}"))
                    .agent(agent)
                    .session_type(kind),
            )
            .await
            .unwrap();
    }
    client
        .sessions()
        .end("proj_s0", EndSessionRequest::default())
        .await
        .unwrap();

    let all = client.sessions().list().await.unwrap();
    assert_eq!(all.page_info.total, Some(3));
    if target.echoes() {
        assert_eq!(all.page_info.per_page, Some(25));
    }
    assert_eq!(all.sessions[0].room_name, "proj_s2", "newest first");
    let completed = client
        .sessions()
        .list()
        .status(SessionStatus::Completed)
        .await
        .unwrap();
    assert_eq!(
        completed
            .sessions
            .iter()
            .map(|s| s.room_name.as_str())
            .collect::<Vec<_>>(),
        ["proj_s0"]
    );
    assert!(completed.sessions[0].duration.is_some() && completed.sessions[0].ended_at.is_some());
    assert_eq!(
        client
            .sessions()
            .list()
            .agent(2)
            .await
            .unwrap()
            .page_info
            .total,
        Some(1)
    );
    assert_eq!(
        client
            .sessions()
            .list()
            .session_type(SessionType::Sip)
            .await
            .unwrap()
            .sessions[0]
            .agent_name
            .as_deref(),
        Some("Sales Agent")
    );
    assert_eq!(
        client
            .sessions()
            .list()
            .from("2000-01-01")
            .to("2999-01-01")
            .await
            .unwrap()
            .page_info
            .total,
        Some(3)
    );
    assert_eq!(
        client
            .sessions()
            .list()
            .from("2999-01-01")
            .await
            .unwrap()
            .page_info
            .total,
        Some(0)
    );

    let page2 = client.sessions().list().per_page(2).page(2).await.unwrap();
    assert_eq!(
        (
            page2.page_info.page,
            page2.page_info.total_pages,
            page2.sessions.len()
        ),
        (Some(2), Some(2), 1)
    );
    let streamed: Vec<_> = client
        .sessions()
        .list()
        .per_page(1)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(streamed.len(), 3);
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn session_errors() {
    let target = Target::mock().await;
    let client = target.client();
    let err = client
        .sessions()
        .create(CreateSessionRequest::new("proj_nowhere"))
        .await
        .unwrap_err();
    assert_api_error(&err, 404, ErrorCode::NotFound);
    let err = client
        .sessions()
        .create(CreateSessionRequest::new("my-room"))
        .await
        .unwrap_err();
    assert_api_error(&err, 400, ErrorCode::InvalidRequest);
    client.rooms().create("busy").await.unwrap();
    client
        .sessions()
        .create(CreateSessionRequest::new("proj_busy"))
        .await
        .unwrap();
    let err = client
        .sessions()
        .create(CreateSessionRequest::new("proj_busy"))
        .await
        .unwrap_err();
    assert_api_error(&err, 409, ErrorCode::Conflict);
    let line = AddTranscriptRequest::new(Speaker::User, "hello?");
    let err = client
        .sessions()
        .add_transcript("proj_idle", line)
        .await
        .unwrap_err();
    assert_api_error(&err, 404, ErrorCode::NotFound);
    let err = client
        .sessions()
        .end("proj_idle", EndSessionRequest::default())
        .await
        .unwrap_err();
    assert_api_error(&err, 404, ErrorCode::NotFound);
    assert_api_error(
        &client.sessions().get(999).await.unwrap_err(),
        404,
        ErrorCode::NotFound,
    );

    // Another project's session is forbidden, whichever way it is read.
    let free = target.client_with(keys::FREE);
    free.rooms().create("theirs").await.unwrap();
    let theirs = free
        .sessions()
        .create(CreateSessionRequest::new("free_theirs"))
        .await
        .unwrap()
        .session
        .id;
    assert_api_error(
        &client.sessions().get(theirs).await.unwrap_err(),
        403,
        ErrorCode::Forbidden,
    );
    assert_api_error(
        &client.sessions().transcript(theirs).await.unwrap_err(),
        403,
        ErrorCode::Forbidden,
    );
    assert_api_error(
        &client.sessions().transcript_text(theirs).await.unwrap_err(),
        403,
        ErrorCode::Forbidden,
    );
}

#[tokio::test]
async fn transcript_fields_are_validated() {
    let target = Target::start().await;
    let room = target.create_room("v").await.room.full_name;
    target
        .client()
        .sessions()
        .create(CreateSessionRequest::new(room.as_str()))
        .await
        .unwrap();
    target.session_started(room.as_str());
    assert_fields_refused(
        &target,
        &format!("/sessions/{room}/transcript"),
        &[
            (json!({"speaker": "robot", "content": "x"}), "speaker"),
            (json!({"speaker": "user"}), "content"),
            (
                json!({"speaker": "user", "content": "x", "timestamp_ms": -5}),
                "timestamp_ms",
            ),
            (
                json!({"speaker": "user", "content": "x", "is_final": "yes"}),
                "is_final",
            ),
        ],
    )
    .await;
    let response = target
        .raw(reqwest::Method::GET, "/sessions?page=0")
        .send()
        .await
        .unwrap();
    assert_error(response, 400, "INVALID_REQUEST").await;
    let response = target
        .raw(reqwest::Method::GET, "/sessions?from=yesterday")
        .send()
        .await
        .unwrap();
    assert_error(response, 400, "INVALID_REQUEST").await;
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn seeded_sessions_page_newest_first() {
    let target = Target::mock().await;
    let control = target.control();
    let seeded = control
        .seed(&Seed {
            sessions: 250,
            ..Seed::new(keys::PRO)
        })
        .await
        .unwrap();
    let first = seeded.first_session_id.unwrap();
    let client = target.client();
    let page = client
        .sessions()
        .list()
        .page(3)
        .per_page(100)
        .await
        .unwrap();
    let info = &page.page_info;
    assert_eq!(
        (info.total, info.total_pages, page.sessions.len()),
        (Some(250), Some(3), 50)
    );
    let oldest = page.sessions.last().unwrap();
    assert_eq!(oldest.id, first);
    assert_eq!(oldest.room_name, format!("proj_seeded-{first}"));
    assert_eq!(oldest.status, Some(SessionStatus::Completed));
    let all: Vec<u64> = client
        .sessions()
        .list()
        .stream()
        .map_ok(|s| s.id.get())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(all.len(), 250);
    assert!(all.windows(2).all(|w| w[0] > w[1]), "newest first");
    // A key of no project is refused.
    let refused = control
        .seed(&Seed {
            sessions: 1,
            ..Seed::new("pk_nobody")
        })
        .await
        .unwrap_err();
    assert_eq!(refused.field(), Some("key"), "{refused}");
}
