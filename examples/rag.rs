//! Retrieval-augmented generation, the retrieval half: upload a folder of Markdown into
//! a knowledge base and search it.
//!
//! `DOCS=path/to/markdown cargo run -p voxai-examples --example rag` (default: the FAQ in
//! `examples/data/faq`).

use std::path::PathBuf;

use voxai_examples::{Error, Target, say};
use voxai_sdk::knowledge::UploadSource;
use voxai_sdk::types::knowledge::{CreateKnowledgeBaseRequest, SearchRequest};

#[tokio::main]
async fn main() -> Result<(), Error> {
    let target = Target::connect().await?;
    let kbs = target.client.knowledge_bases();
    let folder = std::env::var_os("DOCS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/faq"));

    let created = kbs
        .create(
            CreateKnowledgeBaseRequest::new("Example FAQ")
                .chunk_size(300)
                .chunk_overlap(30),
        )
        .await?;
    // The SDK finds it by name when the server does not echo it.
    let kb = created
        .knowledge_base
        .ok_or("the new knowledge base is not listed")?
        .id;
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    files.sort();
    for file in &files {
        let done = kbs.upload(kb, UploadSource::path(file)).await?;
        say(format!(
            "uploaded {} ({} chunks)",
            file.file_name().unwrap_or_default().to_string_lossy(),
            done.chunks_created.map_or("?".into(), |n| n.to_string())
        ));
    }

    for question in [
        "What are your opening hours?",
        "How do I get a refund?",
        "How long does shipping take?",
    ] {
        let hits = kbs
            .search(SearchRequest::new(kb, question).top_k(1))
            .await?;
        match hits.results.first() {
            Some(best) => say(format!(
                "{question}\n  -> [{}] {:.2} {}",
                best.source.as_deref().unwrap_or("?"),
                best.score.unwrap_or(f64::NAN),
                best.content.lines().next().unwrap_or("")
            )),
            None => say(format!("{question}\n  -> nothing found")),
        }
    }
    kbs.delete(kb).await?;
    Ok(())
}
