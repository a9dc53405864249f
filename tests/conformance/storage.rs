//! What a project can make the server keep is bounded on every plan: knowledge bases,
//! chunks in all, transcript lines, closed rooms.

use voxai_mock::{MockServer, keys};
use voxai_sdk::types::ErrorCode;
use voxai_sdk::types::knowledge::CreateKnowledgeBaseRequest;
use voxai_sdk::types::sessions::{AddTranscriptRequest, CreateSessionRequest, Speaker};

use crate::target::{Target, assert_api_error};

fn quota_resource(err: &voxai_sdk::Error) -> String {
    let details = err.api().unwrap().details.as_ref().unwrap();
    details["resource"].as_str().unwrap().to_owned()
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn the_enterprise_plan_keeps_a_bounded_number_of_knowledge_bases() {
    let target = Target::mock_with(MockServer::builder().rate_limit(false)).await;
    let kbs = target.client_with(keys::ENTERPRISE).knowledge_bases();
    let quota = target.client_with(keys::ENTERPRISE).quota().await.unwrap();
    let limit = quota.get("knowledge_bases").unwrap().limit.unwrap();
    assert_eq!(limit, 200, "bounded even on the enterprise plan");
    for i in 0..limit {
        kbs.create(format!("kb-{i}")).await.unwrap();
    }
    let err = kbs.create("one-more").await.unwrap_err();
    assert_api_error(&err, 429, ErrorCode::QuotaExceeded);
    assert_eq!(quota_resource(&err), "knowledge_bases");
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn chunks_are_bounded_across_a_project_s_knowledge_bases() {
    let target = Target::with_fixtures(|f| {
        let limits = &mut f.projects[0].quota_limits;
        limits.insert("chunks".into(), 50);
        limits.insert("chunks_per_knowledge_base".into(), 1_000);
    })
    .await;
    let kbs = target.client().knowledge_bases();
    let request = |name: &str| {
        CreateKnowledgeBaseRequest::new(name)
            .chunk_size(20)
            .chunk_overlap(0)
    };
    kbs.create(request("first")).await.unwrap();
    kbs.create(request("second")).await.unwrap();
    let ids: Vec<_> = kbs
        .list()
        .await
        .unwrap()
        .knowledge_bases
        .iter()
        .map(|k| k.id)
        .collect();
    // 40 chunks of 20 characters in the first: 10 left for the project.
    kbs.ingest(ids[0], "abcdefghij klmnopqr ".repeat(40).as_str())
        .await
        .unwrap();
    let err = kbs
        .ingest(ids[1], "abcdefghij klmnopqr ".repeat(20).as_str())
        .await
        .unwrap_err();
    assert_api_error(&err, 429, ErrorCode::QuotaExceeded);
    assert_eq!(quota_resource(&err), "chunks", "{err}");
    kbs.ingest(ids[1], "abcdefghij klmnopqr ".repeat(10).as_str())
        .await
        .unwrap();
    let quota = target.client().quota().await.unwrap();
    let entry = quota.get("chunks").unwrap();
    assert_eq!(
        (entry.limit, entry.used, entry.remaining),
        (Some(50), Some(50), Some(0))
    );
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn transcript_lines_are_bounded() {
    let target = Target::with_fixtures(|f| {
        f.projects[0]
            .quota_limits
            .insert("transcript_lines".into(), 3);
    })
    .await;
    let client = target.client();
    client.rooms().create("talk").await.unwrap();
    client
        .sessions()
        .create(CreateSessionRequest::new("proj_talk"))
        .await
        .unwrap();
    let line = || AddTranscriptRequest::new(Speaker::User, "hello");
    for _ in 0..3 {
        client
            .sessions()
            .add_transcript("proj_talk", line())
            .await
            .unwrap();
    }
    let err = client
        .sessions()
        .add_transcript("proj_talk", line())
        .await
        .unwrap_err();
    assert_api_error(&err, 429, ErrorCode::QuotaExceeded);
    assert_eq!(quota_resource(&err), "transcript_lines");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn closed_rooms_are_kept_up_to_a_bound() {
    let target = Target::mock_with(MockServer::builder().rate_limit(false)).await;
    let rooms = target.client().rooms();
    let kept = voxai_mock::limits::MAX_CLOSED_ROOMS;
    for i in 0..=kept {
        let name = format!("r{i}");
        rooms.create(name.as_str()).await.unwrap();
        rooms.delete(name.as_str()).await.unwrap();
    }
    // The oldest closed room is forgotten; the newest ones keep their details.
    assert_api_error(
        &rooms.get("r0").await.unwrap_err(),
        404,
        ErrorCode::NotFound,
    );
    let newest = rooms.get(format!("r{kept}")).await.unwrap().room;
    assert_eq!(
        newest.status,
        Some(voxai_sdk::types::rooms::RoomStatus::Closed)
    );
    assert!(rooms.get("r1").await.is_ok());
}
