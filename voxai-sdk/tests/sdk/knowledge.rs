use serde_json::json;
use voxai_sdk::types::knowledge::{
    CreateKnowledgeBaseRequest, IndexingStatus, IngestRequest, SearchRequest,
};
use wiremock::matchers::{body_json, query_param};

use crate::common::{api, fixture, ok, setup};

#[tokio::test]
async fn create_knowledge_base() {
    let (server, client) = setup().await;
    let created = json!({"success": true, "knowledge_base": fixture("knowledge_detail.json")["knowledge_base"]});
    api("POST", "/knowledge-bases")
        .and(body_json(json!({"name": "FAQ", "description": "Customer support FAQs", "chunk_size": 400, "chunk_overlap": 40})))
        .respond_with(ok(created))
        .expect(1)
        .mount(&server)
        .await;
    let request = CreateKnowledgeBaseRequest::new("FAQ")
        .description("Customer support FAQs")
        .chunk_size(400)
        .chunk_overlap(40);
    let kb = client
        .knowledge_bases()
        .create(request)
        .await
        .unwrap()
        .knowledge_base;
    assert_eq!(kb.as_ref().unwrap().id, 1);
    assert_eq!(kb.as_ref().unwrap().chunk_size, Some(500));
}

/// The reference shows no body for a create: the SDK finds the new knowledge base in the
/// list (the newest of its name), and a failed list leaves the answer as it came.
#[tokio::test]
async fn create_finds_what_the_server_did_not_echo() {
    let (server, client) = setup().await;
    api("POST", "/knowledge-bases")
        .respond_with(ok(json!({"success": true})))
        .mount(&server)
        .await;
    api("GET", "/knowledge-bases")
        .respond_with(ok(json!({"knowledge_bases": [
            {"id": 3, "name": "FAQ"}, {"id": 9, "name": "FAQ"}, {"id": 12, "name": "Other"}
        ]})))
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    api("GET", "/knowledge-bases")
        .respond_with(wiremock::ResponseTemplate::new(500))
        .mount(&server)
        .await;
    let kbs = client.knowledge_bases();
    let created = kbs.create("FAQ").await.unwrap();
    assert_eq!(created.knowledge_base.map(|kb| kb.id), Some(9.into()));
    let unlisted = kbs.create("FAQ").await.unwrap();
    assert_eq!(unlisted.knowledge_base, None);
    // The raw body is what the server sent.
    let raw = kbs.create("FAQ").raw().await.unwrap();
    assert_eq!(raw, json!({"success": true}));
}

#[tokio::test]
async fn list_and_detail() {
    let (server, client) = setup().await;
    api("GET", "/knowledge-bases")
        .respond_with(ok(fixture("knowledge_list.json")))
        .expect(1)
        .mount(&server)
        .await;
    api("GET", "/knowledge-bases/1")
        .respond_with(ok(fixture("knowledge_detail.json")))
        .expect(1)
        .mount(&server)
        .await;
    let list = client
        .knowledge_bases()
        .list()
        .await
        .unwrap()
        .knowledge_bases;
    assert_eq!(
        (list[0].name.as_deref(), list[0].chunk_count),
        (Some("FAQ"), Some(42))
    );
    assert_eq!(list[0].description.as_deref(), Some("Support FAQs"));
    let kb = client
        .knowledge_bases()
        .get(1)
        .await
        .unwrap()
        .knowledge_base;
    assert_eq!(kb.indexing_status, Some(IndexingStatus::Ready));
    assert_eq!(kb.total_chars, Some(18_500));
    assert_eq!(kb.chunk_overlap, Some(50));
    assert_eq!(
        kb.last_indexed_at
            .as_ref()
            .map(voxai_types::Timestamp::as_str),
        Some("2026-03-31T10:00:00Z")
    );
}

#[tokio::test]
async fn delete_knowledge_base() {
    let (server, client) = setup().await;
    api("DELETE", "/knowledge-bases/1")
        .respond_with(ok(json!({"success": true})))
        .expect(1)
        .mount(&server)
        .await;
    assert!(client.knowledge_bases().delete(1).await.unwrap().success);
}

#[tokio::test]
async fn ingest_text() {
    let (server, client) = setup().await;
    api("POST", "/knowledge-bases/1/ingest")
        .and(body_json(
            json!({"content": "Your company was founded in 2020...", "source_name": "about-page"}),
        ))
        .respond_with(ok(
            json!({"success": true, "chunks_created": 1, "source_name": "about-page"}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let request =
        IngestRequest::new("Your company was founded in 2020...").source_name("about-page");
    let done = client.knowledge_bases().ingest(1, request).await.unwrap();
    assert_eq!(
        (done.chunks_created, done.source_name.as_deref()),
        (Some(1), Some("about-page"))
    );
}

#[tokio::test]
async fn reindex() {
    let (server, client) = setup().await;
    api("POST", "/knowledge-bases/1/reindex")
        .respond_with(ok(fixture("knowledge_reindex.json")))
        .expect(1)
        .mount(&server)
        .await;
    assert_eq!(
        client
            .knowledge_bases()
            .reindex(1)
            .await
            .unwrap()
            .chunks_reindexed,
        Some(42)
    );
}

#[tokio::test]
async fn list_chunks() {
    let (server, client) = setup().await;
    api("GET", "/knowledge-bases/1/chunks")
        .and(query_param("per_page", "10"))
        .and(query_param("is_active", "true"))
        .respond_with(ok(fixture("knowledge_chunks.json")))
        .expect(1)
        .mount(&server)
        .await;
    let page = client
        .knowledge_bases()
        .chunks(1)
        .per_page(10)
        .active(true)
        .await
        .unwrap();
    assert_eq!(page.page_info.total, Some(42));
    let c = &page.chunks[0];
    assert_eq!(
        (c.id, c.chunk_index, c.is_active),
        (voxai_sdk::types::ids::ChunkId(1), Some(0), Some(true))
    );
    assert_eq!(c.content, "Your company was founded...");
}

#[tokio::test]
async fn update_and_delete_chunk() {
    let (server, client) = setup().await;
    api("PUT", "/knowledge-bases/1/chunks/5")
        .and(body_json(json!({"content": "Updated text content here"})))
        .respond_with(ok(json!({"success": true, "chunk": {"id": 5, "content": "Updated text content here", "source": "faq.md", "chunk_index": 4, "is_active": true}})))
        .expect(1)
        .mount(&server)
        .await;
    api("DELETE", "/knowledge-bases/1/chunks/5")
        .respond_with(ok(json!({"success": true})))
        .expect(1)
        .mount(&server)
        .await;
    let chunk = client
        .knowledge_bases()
        .update_chunk(1, 5, "Updated text content here")
        .await
        .unwrap()
        .chunk;
    assert_eq!(
        (
            chunk.as_ref().unwrap().id,
            chunk.as_ref().unwrap().chunk_index
        ),
        (voxai_sdk::types::ids::ChunkId(5), Some(4))
    );
    assert_eq!(chunk.as_ref().unwrap().content, "Updated text content here");
    assert!(
        client
            .knowledge_bases()
            .delete_chunk(1, 5)
            .await
            .unwrap()
            .success
    );
}

#[tokio::test]
async fn search() {
    let (server, client) = setup().await;
    api("POST", "/knowledge/search")
        .and(body_json(json!({"knowledge_base_id": 1, "query": "What are your business hours?", "top_k": 3})))
        .respond_with(ok(json!({"query": "What are your business hours?", "results": [
            {"id": 3, "content": "We are open 9 to 5.", "source": "faq.md", "chunk_index": 2, "score": 0.91}]})))
        .expect(1)
        .mount(&server)
        .await;
    let hits = client
        .knowledge_bases()
        .search(SearchRequest::new(1, "What are your business hours?").top_k(3))
        .await
        .unwrap();
    assert_eq!(hits.query.as_deref(), Some("What are your business hours?"));
    assert_eq!(hits.results[0].id, Some(voxai_sdk::types::ids::ChunkId(3)));
    assert!((hits.results[0].score.unwrap() - 0.91).abs() < 1e-12);
}
