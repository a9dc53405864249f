//! The heavy part of knowledge bases, embedding and scanning, done off the runtime and
//! without the store lock, which is taken only to read the input and write the result.

use voxai_types::knowledge::SearchResult;
use voxai_types::webhooks::{DocumentUploadedData, ReindexedData, WebhookData};

use crate::caller::Caller;
use crate::chunker::{fewest_chunks, prepare};
use crate::clock;
use crate::embedding::embed;
use crate::error::{ApiError, ApiResult};
use crate::events::Event;
use crate::state::App;

/// Embeds every chunk again; how many there are. Embedding is the heavy part: done
/// without the store lock, then written back to the chunks whose text did not change
/// meanwhile.
pub(crate) async fn reindex(app: &App, caller: Caller, id: u64) -> ApiResult<u64> {
    let texts: Vec<(u64, String)> = app.store().with_knowledge_base(caller, id, |kb, _| {
        Ok(kb
            .chunks
            .iter()
            .map(|(id, record)| (*id, record.chunk.content.clone()))
            .collect())
    })?;
    let embedded: Vec<(u64, String, Vec<f32>)> = off_the_runtime(move || {
        texts
            .into_iter()
            .map(|(id, text)| {
                let embedding = embed(&text);
                (id, text, embedding)
            })
            .collect()
    })
    .await?;
    let mut project_id = 0;
    let chunks_reindexed = app.store().with_knowledge_base(caller, id, |kb, project| {
        project_id = project.id();
        for (chunk_id, text, embedding) in embedded {
            if kb
                .chunks
                .get(&chunk_id)
                .is_some_and(|record| record.chunk.content == text)
            {
                kb.vectors.set(chunk_id, &embedding);
            }
        }
        kb.last_indexed_at = Some(clock::now());
        Ok(kb.chunks.len() as u64)
    })?;
    app.emit(Event::webhook(
        project_id,
        WebhookData::KnowledgeReindexed(
            ReindexedData::builder()
                .knowledge_base_id(id.into())
                .chunks_reindexed(chunks_reindexed)
                .build(),
        ),
    ));
    Ok(chunks_reindexed)
}

/// The `top_k` active chunks nearest to `query`, best first. The scan runs on a
/// snapshot, off the runtime's workers and without the store lock (which every other
/// request needs); the lock is taken again only for the winners.
pub(crate) async fn search(
    app: &App,
    caller: Caller,
    kb_id: u64,
    query: &str,
    top_k: usize,
) -> ApiResult<Vec<SearchResult>> {
    let snapshot = app
        .store()
        .with_knowledge_base(caller, kb_id, |kb, _| Ok(kb.vectors.snapshot()))?;
    let text = query.to_owned();
    let top = off_the_runtime(move || snapshot.top(&embed(&text), top_k)).await?;
    app.store().with_knowledge_base(caller, kb_id, |kb, _| {
        Ok(top
            .into_iter()
            .filter_map(|(id, score)| {
                let chunk = &kb.chunks.get(&id)?.chunk;
                (chunk.is_active != Some(false)).then(|| {
                    SearchResult::builder()
                        .id(chunk.id)
                        .content(chunk.content.clone())
                        .maybe_source(chunk.source.clone())
                        .maybe_chunk_index(chunk.chunk_index)
                        .score((f64::from(score).clamp(-1.0, 1.0) * 1e6).round() / 1e6)
                        .build()
                })
            })
            .collect())
    })
}

/// Runs CPU-heavy work (embedding, scanning) on the blocking pool, so the runtime's
/// workers stay free for every other request.
pub(crate) async fn off_the_runtime<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> ApiResult<T> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|_| ApiError::internal("the work was cancelled"))
}

/// Chunks and embeds `text` into the caller's knowledge base and announces it.
pub(crate) async fn store_text(
    app: &App,
    caller: Caller,
    id: u64,
    text: String,
    source: &str,
) -> ApiResult<u64> {
    // Refused before splitting when even the fewest chunks the text can make do not
    // fit, and the split stops where they stop fitting: one request cannot take the
    // server's memory, whatever its chunk size and overlap.
    let chars = text.chars().count();
    let (size, overlap, room) = app.store().with_knowledge_base(caller, id, |kb, project| {
        let room = kb.room_for_chunks(project);
        let fewest = fewest_chunks(chars, kb.chunk_size);
        if room.is_some_and(|room| fewest > room) {
            return Err(kb.over_quota(project, fewest, true));
        }
        Ok((kb.chunk_size, kb.chunk_overlap, room))
    })?;
    let budget = room.unwrap_or(usize::MAX);
    let Ok(pieces) = off_the_runtime(move || prepare(&text, size, overlap, budget)).await? else {
        return app.store().with_knowledge_base(caller, id, |kb, project| {
            Err(kb.over_quota(project, budget.saturating_add(1), true))
        });
    };
    let mut project_id = 0;
    let chunks = app.store().with_knowledge_base(caller, id, |kb, project| {
        project_id = project.id();
        kb.insert(project, pieces, source)
    })?;
    app.emit(Event::webhook(
        project_id,
        WebhookData::KnowledgeDocumentUploaded(
            DocumentUploadedData::builder()
                .knowledge_base_id(id.into())
                .source(source.to_owned())
                .chunks_created(chunks)
                .build(),
        ),
    ));
    Ok(chunks)
}
