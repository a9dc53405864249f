use futures::TryStreamExt;
use serde_json::json;
use voxai_mock::keys;
use voxai_sdk::knowledge::UploadSource;
use voxai_sdk::types::ErrorCode;
use voxai_sdk::types::knowledge::{
    CreateKnowledgeBaseRequest, IndexingStatus, IngestRequest, SearchRequest,
};

use crate::target::{Target, assert_api_error, assert_error};

const FAQ: &str = "\
# Opening hours
Our support line is open Monday to Friday from 9am to 5pm Eastern time.

# Refunds
Refunds are paid back to the original card within 14 days of the return arriving.

# Shipping
Orders ship within two business days; international delivery takes up to three weeks.

# Passwords
To reset a password, open Settings, choose Security and press Reset password.
";

#[tokio::test]
async fn a_knowledge_base_is_filled_searched_and_curated() {
    let target = Target::start().await;
    let client = target.client();
    let kbs = client.knowledge_bases();
    let kb = target
        .create_kb(
            CreateKnowledgeBaseRequest::new("Support FAQ")
                .description("What customers ask")
                .chunk_size(120)
                .chunk_overlap(20),
        )
        .await;
    assert_eq!(
        (kb.chunk_size, kb.chunk_overlap, kb.chunk_count),
        (Some(120), Some(20), Some(0))
    );
    assert_eq!(kb.description.as_deref(), Some("What customers ask"));

    let uploaded = kbs
        .upload(kb.id, UploadSource::bytes("faq.md", FAQ))
        .await
        .unwrap();
    assert_eq!(uploaded.source_file.as_deref(), Some("faq.md"));
    let chars = FAQ.chars().count() as u64;
    // Each section fits in 120 characters and two do not: one chunk per section.
    assert_eq!(uploaded.chunks_created, Some(4));
    let ingested = kbs
        .ingest(
            kb.id,
            IngestRequest::new("The company was founded in 2020 in Lisbon.")
                .source_name("about-page"),
        )
        .await
        .unwrap();
    if target.echoes() {
        assert_eq!(
            (ingested.chunks_created, ingested.source_name.as_deref()),
            (Some(1), Some("about-page"))
        );
    }

    let detail = kbs.get(kb.id).await.unwrap().knowledge_base;
    assert_eq!(
        detail.chunk_count,
        Some(uploaded.chunks_created.unwrap() + 1)
    );
    assert_eq!(detail.indexing_status, Some(IndexingStatus::Ready));
    assert!(detail.total_chars.unwrap() >= chars);
    assert!(detail.last_indexed_at.is_some());
    let listed = kbs.list().await.unwrap().knowledge_bases;
    let entry = listed.iter().find(|k| k.id == kb.id).expect("listed");
    assert_eq!(entry.chunk_count, detail.chunk_count);

    for (question, expected) in [
        ("What are your opening hours?", "open Monday to Friday"),
        ("How long do refunds take?", "within 14 days"),
        ("How do I reset my password?", "Reset password"),
        ("When was the company founded?", "founded in 2020"),
    ] {
        let hits = kbs
            .search(SearchRequest::new(kb.id, question).top_k(3))
            .await
            .unwrap();
        assert!(hits.results.len() <= 3);
        assert!(
            hits.results[0].content.contains(expected),
            "{question}: {:?}",
            hits.results[0].content
        );
        // The reference shows no search body: the echoed query and the scores are
        // our reference server's.
        if target.echoes() {
            assert_eq!(hits.query.as_deref(), Some(question));
            assert!(hits.results.windows(2).all(|w| w[0].score >= w[1].score));
            assert!(
                hits.results
                    .iter()
                    .all(|h| (-1.0..=1.0).contains(&h.score.unwrap()))
            );
        }
    }

    let chunks: Vec<_> = kbs
        .chunks(kb.id)
        .per_page(2)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(Some(chunks.len() as u64), detail.chunk_count);
    assert!(
        chunks
            .iter()
            .all(|c| c.is_active == Some(true) && c.content.chars().count() <= 200)
    );
    assert_eq!(
        chunks
            .iter()
            .filter(|c| c.source.as_deref() == Some("faq.md"))
            .filter_map(|c| c.chunk_index)
            .collect::<Vec<_>>(),
        (0..uploaded.chunks_created.unwrap()).collect::<Vec<_>>()
    );

    let about = chunks
        .iter()
        .find(|c| c.source.as_deref() == Some("about-page"))
        .unwrap()
        .id;
    let updated = kbs
        .update_chunk(kb.id, about, "Our mascot is a purple owl named Hoot.")
        .await
        .unwrap()
        .chunk;
    if target.echoes() {
        assert_eq!(
            updated.as_ref().unwrap().content,
            "Our mascot is a purple owl named Hoot."
        );
    }
    let hits = kbs
        .search(SearchRequest::new(kb.id, "What is the mascot owl called?"))
        .await
        .unwrap();
    if target.echoes() {
        assert_eq!(
            hits.results[0].id,
            Some(about),
            "the new embedding is searched"
        );
    }

    kbs.delete_chunk(kb.id, about).await.unwrap();
    assert_api_error(
        &kbs.delete_chunk(kb.id, about).await.unwrap_err(),
        404,
        ErrorCode::NotFound,
    );
    assert_eq!(
        kbs.reindex(kb.id).await.unwrap().chunks_reindexed,
        uploaded.chunks_created
    );
    kbs.delete(kb.id).await.unwrap();
    assert_api_error(&kbs.get(kb.id).await.unwrap_err(), 404, ErrorCode::NotFound);
}

#[tokio::test]
async fn chunk_listing_truncates_and_filters() {
    let target = Target::start().await;
    let kbs = target.client().knowledge_bases();
    let kb = target
        .create_kb(
            CreateKnowledgeBaseRequest::new("Long")
                .chunk_size(1000)
                .chunk_overlap(0),
        )
        .await;
    kbs.ingest(kb.id, "x".repeat(600)).await.unwrap();
    let page = kbs.chunks(kb.id).active(true).await.unwrap();
    if target.echoes() {
        assert_eq!(page.page_info.per_page, Some(20));
    }
    assert_eq!(page.chunks[0].content.len(), 200);
    assert_eq!(page.chunks[0].source.as_deref(), Some("api_ingest"));
    assert!(
        kbs.chunks(kb.id)
            .active(false)
            .await
            .unwrap()
            .chunks
            .is_empty()
    );
    // The update returns the chunk in full.
    let full = kbs
        .update_chunk(kb.id, page.chunks[0].id, "y".repeat(300))
        .await
        .unwrap()
        .chunk;
    if target.echoes() {
        assert_eq!(full.unwrap().content.len(), 300);
    }
}

#[tokio::test]
async fn uploads_are_checked() {
    let target = Target::start().await;
    // Large chunks, so the 10 MB upload below stays within the chunk quota.
    let kb = target
        .create_kb(CreateKnowledgeBaseRequest::new("Uploads").chunk_size(10_000))
        .await
        .id;
    let path = format!("/knowledge-bases/{kb}/documents");
    let send = |name: &str, bytes: Vec<u8>| {
        let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned());
        target
            .raw(reqwest::Method::POST, &path)
            .multipart(reqwest::multipart::Form::new().part("file", part))
    };
    let error = assert_error(
        send("slides.pdf", b"%PDF".to_vec()).send().await.unwrap(),
        400,
        "INVALID_REQUEST",
    )
    .await;
    assert_eq!(error["details"]["field"], "file");
    let too_big = vec![b'a'; 10 * 1024 * 1024 + 1];
    let error = assert_error(
        send("big.txt", too_big).send().await.unwrap(),
        400,
        "INVALID_REQUEST",
    )
    .await;
    assert!(
        error["error"].as_str().unwrap().contains("10 MB"),
        "{error}"
    );
    let error = assert_error(
        send("bin.txt", vec![0xff, 0xfe, 0x00])
            .send()
            .await
            .unwrap(),
        400,
        "INVALID_REQUEST",
    )
    .await;
    assert!(error["error"].as_str().unwrap().contains("UTF-8"));
    let other_field = reqwest::multipart::Form::new().text("document", "hello");
    let response = target
        .raw(reqwest::Method::POST, &path)
        .multipart(other_field)
        .send()
        .await
        .unwrap();
    assert_error(response, 400, "INVALID_REQUEST").await;
    let response = target
        .raw(reqwest::Method::POST, &path)
        .json(&json!({"file": "x"}))
        .send()
        .await
        .unwrap();
    assert_error(response, 400, "INVALID_REQUEST").await;
    // Exactly 10 MB is fine.
    let ok = send("max.txt", vec![b'a'; 10 * 1024 * 1024])
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status().as_u16(), 200);
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn knowledge_base_errors() {
    let target = Target::mock().await;
    let kbs = target.client().knowledge_bases();
    let kb = target.create_kb("Mine").await.id;
    assert_api_error(
        &kbs.create(target.name("Mine")).await.unwrap_err(),
        409,
        ErrorCode::Conflict,
    );
    let bad = kbs
        .create(
            CreateKnowledgeBaseRequest::new("Bad")
                .chunk_size(100)
                .chunk_overlap(100),
        )
        .await
        .unwrap_err();
    assert_eq!(
        bad.api().unwrap().details.as_ref().unwrap()["field"],
        "chunk_overlap"
    );
    let free = target.client_with(keys::FREE).knowledge_bases();
    assert_api_error(&free.get(kb).await.unwrap_err(), 403, ErrorCode::Forbidden);
    assert_api_error(
        &free
            .search(SearchRequest::new(kb, "anything"))
            .await
            .unwrap_err(),
        403,
        ErrorCode::Forbidden,
    );
    assert_api_error(
        &free.ingest(kb, "sneaky").await.unwrap_err(),
        403,
        ErrorCode::Forbidden,
    );
    assert_api_error(&kbs.get(9999).await.unwrap_err(), 404, ErrorCode::NotFound);
    assert_api_error(
        &kbs.update_chunk(kb, 9999, "x").await.unwrap_err(),
        404,
        ErrorCode::NotFound,
    );
    let err = kbs
        .search(SearchRequest::new(kb, "q").top_k(0))
        .await
        .unwrap_err();
    assert_eq!(
        err.api().unwrap().details.as_ref().unwrap()["field"],
        "top_k"
    );
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn the_knowledge_base_quota() {
    let target = Target::mock().await;
    let free = target.client_with(keys::FREE).knowledge_bases();
    free.create("one").await.unwrap();
    free.create("two").await.unwrap();
    assert_api_error(
        &free.create("three").await.unwrap_err(),
        429,
        ErrorCode::QuotaExceeded,
    );
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn one_request_cannot_take_the_servers_memory() {
    let target = Target::mock().await;
    let free = target.client_with(keys::FREE);
    let kbs = free.knowledge_bases();
    let tiny = kbs
        .create(
            CreateKnowledgeBaseRequest::new("Tiny")
                .chunk_size(1)
                .chunk_overlap(0),
        )
        .await
        .unwrap_err();
    assert_api_error(&tiny, 400, ErrorCode::InvalidRequest);
    assert!(tiny.to_string().contains("chunk_size"), "{tiny}");

    kbs.create(
        CreateKnowledgeBaseRequest::new("Small")
            .chunk_size(20)
            .chunk_overlap(0),
    )
    .await
    .unwrap();
    let id = kbs.list().await.unwrap().knowledge_bases[0].id;
    // 1,001 chunks of 20 characters: one more than the free plan's knowledge base holds.
    let text = "abcdefghij klmnopqr ".repeat(1_001);
    let err = kbs.ingest(id, text.as_str()).await.unwrap_err();
    assert_api_error(&err, 429, ErrorCode::QuotaExceeded);
    let details = err.api().unwrap().details.clone().unwrap();
    assert_eq!(details["resource"], "chunks_per_knowledge_base");
    assert_eq!(details["limit"], 1_000);
    assert_eq!(
        kbs.get(id).await.unwrap().knowledge_base.chunk_count,
        Some(0)
    );
    // Within the quota it works, and the quota reports the fullest knowledge base.
    kbs.ingest(id, "abcdefghij klmnopqr ".repeat(10).as_str())
        .await
        .unwrap();
    let quota = free.quota().await.unwrap();
    let entry = quota.get("chunks_per_knowledge_base").unwrap();
    assert_eq!((entry.limit, entry.used), (Some(1_000), Some(10)));

    // An overlap of more than half a chunk would make about one chunk per character.
    let greedy = kbs
        .create(
            CreateKnowledgeBaseRequest::new("Greedy")
                .chunk_size(10_000)
                .chunk_overlap(9_999),
        )
        .await
        .unwrap_err();
    assert_api_error(&greedy, 400, ErrorCode::InvalidRequest);
    assert_eq!(
        greedy.api().unwrap().details.as_ref().unwrap()["field"],
        "chunk_overlap"
    );

    // A megabyte at 20 characters a chunk is refused before it is split: at least
    // 50,000 chunks, where 990 are left.
    let big = "abcdefghij klmnopqr ".repeat(50_000);
    let err = kbs.ingest(id, big.as_str()).await.unwrap_err();
    assert_api_error(&err, 429, ErrorCode::QuotaExceeded);
    assert!(err.to_string().contains("at least 50000 chunks"), "{err}");

    // Where the fewest chunks fit, the split stops where they stop fitting: 300,000
    // characters at 20 a chunk with an overlap of 10 make about 30,000 chunks, and the
    // professional plan holds 20,000.
    let pro = target.client().knowledge_bases();
    pro.create(
        CreateKnowledgeBaseRequest::new("Overlapping")
            .chunk_size(20)
            .chunk_overlap(10),
    )
    .await
    .unwrap();
    let kb = pro.list().await.unwrap().knowledge_bases[0].id;
    let text = "abcdefghij".repeat(30_000);
    let err = pro.ingest(kb, text.as_str()).await.unwrap_err();
    assert_api_error(&err, 429, ErrorCode::QuotaExceeded);
    assert!(err.to_string().contains("at least 20001 chunks"), "{err}");
    assert_eq!(
        pro.get(kb).await.unwrap().knowledge_base.chunk_count,
        Some(0)
    );
}

#[tokio::test]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn names_with_control_characters_are_refused() {
    let target = Target::mock().await;
    let kbs = target.client().knowledge_bases();
    for name in ["\u{0}", "FAQ\u{7}", "a\rb", &"x".repeat(201)] {
        let err = kbs.create(name).await.unwrap_err();
        assert_api_error(&err, 400, ErrorCode::InvalidRequest);
        assert!(err.to_string().contains("name"), "{err}");
    }
    let err = kbs
        .create(CreateKnowledgeBaseRequest::new("FAQ").description("bell\u{7}"))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("description"), "{err}");
    kbs.create(CreateKnowledgeBaseRequest::new("FAQ — Ünïcode").description("line\nbreak"))
        .await
        .unwrap();
}
