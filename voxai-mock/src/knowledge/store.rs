//! Knowledge bases and their chunks as the store holds them, and what is done to them.

use std::collections::BTreeMap;

use time::OffsetDateTime;
use voxai_types::knowledge::{
    CHUNK_PREVIEW_CHARS, Chunk, IndexingStatus, KnowledgeBase, ListChunksQuery, SearchResult,
};
use voxai_types::pagination::PageInfo;
use voxai_types::webhooks::{DocumentUploadedData, ReindexedData, WebhookData};

use crate::embedding::embed;
use crate::error::{ApiError, ApiResult};
use crate::events::Event;
use crate::gate::Caller;
use crate::pagination::paginate;
use crate::state::App;
use crate::vectors::Vectors;

use crate::store::{IdKind, Project};

use super::chunker::prepare;
use crate::{clock, quota};

#[derive(Debug, Clone)]
pub(super) struct ChunkRecord {
    pub(super) chunk: Chunk,
}

/// A knowledge base with its chunks.
#[derive(Debug, Clone)]
pub(crate) struct KnowledgeBaseRecord {
    pub(super) id: u64,
    pub(super) name: String,
    pub(super) description: Option<String>,
    pub(super) chunk_size: u32,
    pub(super) chunk_overlap: u32,
    pub(super) created_at: OffsetDateTime,
    pub(super) last_indexed_at: Option<OffsetDateTime>,
    pub(super) chunks: BTreeMap<u64, ChunkRecord>,
    /// The embeddings of the chunks, by chunk id.
    pub(super) vectors: Vectors,
}

impl KnowledgeBaseRecord {
    /// How many chunks it holds.
    pub(crate) fn chunk_count(&self) -> usize {
        self.chunks.len()
    }

    pub(super) fn full(&self) -> KnowledgeBase {
        KnowledgeBase {
            id: self.id.into(),
            name: Some(self.name.clone()),
            description: self.description.clone(),
            chunk_size: Some(self.chunk_size),
            chunk_overlap: Some(self.chunk_overlap),
            chunk_count: Some(self.chunks.len() as u64),
            total_chars: Some(
                self.chunks
                    .values()
                    .map(|c| c.chunk.content.chars().count() as u64)
                    .sum(),
            ),
            indexing_status: Some(if self.chunks.is_empty() {
                IndexingStatus::Empty
            } else {
                IndexingStatus::Ready
            }),
            last_indexed_at: self.last_indexed_at.map(clock::stamp),
            created_at: Some(clock::stamp(self.created_at)),
        }
    }

    pub(super) fn listed(&self) -> KnowledgeBase {
        KnowledgeBase {
            chunk_size: None,
            chunk_overlap: None,
            total_chars: None,
            indexing_status: None,
            last_indexed_at: None,
            ..self.full()
        }
    }

    /// A page of chunks, their content cut to the preview length.
    pub(super) fn chunk_page(&self, query: &ListChunksQuery) -> ApiResult<(Vec<Chunk>, PageInfo)> {
        let matching = self.chunks.values().filter(|c| {
            query
                .is_active
                .is_none_or(|active| c.chunk.is_active == Some(active))
        });
        let preview = |c: &ChunkRecord| Chunk {
            content: c.chunk.content.chars().take(CHUNK_PREVIEW_CHARS).collect(),
            ..c.chunk.clone()
        };
        paginate(matching, preview, query.page, query.per_page, 20)
    }

    /// Replaces a chunk's text and embeds it again.
    pub(super) fn update_chunk(&mut self, chunk_id: u64, content: String) -> ApiResult<Chunk> {
        let id = self.id;
        let record = self.chunks.get_mut(&chunk_id).ok_or_else(|| {
            ApiError::not_found(format!("chunk {chunk_id} not found in knowledge base {id}"))
        })?;
        record.chunk.content = content;
        let chunk = record.chunk.clone();
        self.vectors.set(chunk_id, &embed(&chunk.content));
        Ok(chunk)
    }

    /// Removes a chunk and its embedding.
    pub(super) fn delete_chunk(&mut self, chunk_id: u64) -> ApiResult<()> {
        self.vectors.remove(chunk_id);
        self.chunks.remove(&chunk_id).map(|_| ()).ok_or_else(|| {
            ApiError::not_found(format!(
                "chunk {chunk_id} not found in knowledge base {}",
                self.id
            ))
        })
    }

    /// Stores chunks made by [`prepare`], within the plan's chunk quota.
    pub(super) fn insert(
        &mut self,
        project: &Project,
        pieces: Vec<(String, Vec<f32>)>,
        source: &str,
    ) -> ApiResult<u64> {
        let limit = quota::limit(project, &quota::CHUNKS_PER_KNOWLEDGE_BASE);
        let held = i64::try_from(self.chunks.len()).unwrap_or(i64::MAX);
        let adding = i64::try_from(pieces.len()).unwrap_or(i64::MAX);
        if limit >= 0 && held.saturating_add(adding) > limit {
            return Err(ApiError::quota_exceeded(
                &quota::CHUNKS_PER_KNOWLEDGE_BASE,
                limit,
                held,
            )
            .message(format!(
                "this text makes {adding} chunks; the knowledge base holds {held} of {limit}"
            )));
        }
        let count = pieces.len() as u64;
        for (index, (content, embedding)) in pieces.into_iter().enumerate() {
            let id = project.ids.next(IdKind::Chunk);
            self.vectors.set(id, &embedding);
            self.chunks.insert(
                id,
                ChunkRecord {
                    chunk: Chunk {
                        id: id.into(),
                        content,
                        source: Some(source.to_owned()),
                        chunk_index: Some(index as u64),
                        is_active: Some(true),
                    },
                },
            );
        }
        self.last_indexed_at = Some(clock::now());
        Ok(count)
    }
}

/// A new knowledge base of the caller's, unless one has its name or the plan's quota is
/// used up.
pub(super) fn create(
    app: &App,
    caller: Caller,
    name: String,
    description: Option<String>,
    (chunk_size, chunk_overlap): (u32, u32),
) -> ApiResult<KnowledgeBase> {
    let mut store = app.store();
    let project = store.caller(caller)?;
    if project.knowledge_bases.values().any(|kb| kb.name == name) {
        return Err(ApiError::conflict(format!(
            "a knowledge base named {name:?} already exists"
        )));
    }
    quota::check(project, quota::KNOWLEDGE_BASES)?;
    let kb = KnowledgeBaseRecord {
        id: project.ids.next(IdKind::KnowledgeBase),
        name,
        description,
        chunk_size,
        chunk_overlap,
        created_at: clock::now(),
        last_indexed_at: None,
        chunks: BTreeMap::new(),
        vectors: Vectors::default(),
    };
    let knowledge_base = kb.full();
    project.knowledge_bases.insert(kb.id, kb);
    Ok(knowledge_base)
}

/// Embeds every chunk again; how many there are. Embedding is the heavy part: done
/// without the store lock, then written back to the chunks whose text did not change
/// meanwhile.
pub(super) async fn reindex(app: &App, caller: Caller, id: u64) -> ApiResult<u64> {
    let texts: Vec<(u64, String)> = with_kb(app, caller, id, |kb, _| {
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
    let chunks_reindexed = with_kb(app, caller, id, |kb, project| {
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
        WebhookData::KnowledgeReindexed(ReindexedData {
            knowledge_base_id: id.into(),
            chunks_reindexed,
        }),
    ));
    Ok(chunks_reindexed)
}

/// The `top_k` active chunks nearest to `query`, best first. The scan runs on a
/// snapshot, off the runtime's workers and without the store lock (which every other
/// request needs); the lock is taken again only for the winners.
pub(super) async fn search(
    app: &App,
    caller: Caller,
    kb_id: u64,
    query: &str,
    top_k: usize,
) -> ApiResult<Vec<SearchResult>> {
    let snapshot = with_kb(app, caller, kb_id, |kb, _| Ok(kb.vectors.snapshot()))?;
    let text = query.to_owned();
    let top = off_the_runtime(move || snapshot.top(&embed(&text), top_k)).await?;
    with_kb(app, caller, kb_id, |kb, _| {
        Ok(top
            .into_iter()
            .filter_map(|(id, score)| {
                let chunk = &kb.chunks.get(&id)?.chunk;
                (chunk.is_active != Some(false)).then(|| SearchResult {
                    id: Some(chunk.id),
                    content: chunk.content.clone(),
                    source: chunk.source.clone(),
                    chunk_index: chunk.chunk_index,
                    score: Some((f64::from(score).clamp(-1.0, 1.0) * 1e6).round() / 1e6),
                })
            })
            .collect())
    })
}

/// Runs CPU-heavy work (embedding, scanning) on the blocking pool, so the runtime's
/// workers stay free for every other request.
pub(super) async fn off_the_runtime<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> ApiResult<T> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|_| ApiError::internal("the work was cancelled"))
}

/// The caller's knowledge base, or 403/404.
pub(super) fn kb_mut(
    project_store: &mut crate::store::Store,
    caller: Caller,
    id: u64,
) -> ApiResult<(&mut Project, u64)> {
    let found = project_store
        .caller(caller)?
        .knowledge_bases
        .contains_key(&id);
    if !found {
        return Err(project_store.not_here("knowledge base", id, |p| {
            p.knowledge_bases.contains_key(&id)
        }));
    }
    Ok((project_store.caller(caller)?, id))
}

/// Runs `f` on the caller's knowledge base `id` with its project's id allocator.
pub(super) fn with_kb<T>(
    app: &App,
    caller: Caller,
    id: u64,
    f: impl FnOnce(&mut KnowledgeBaseRecord, &Project) -> ApiResult<T>,
) -> ApiResult<T> {
    let mut store = app.store();
    let (project, id) = kb_mut(&mut store, caller, id)?;
    let mut kb = project
        .knowledge_bases
        .remove(&id)
        .ok_or_else(|| ApiError::not_found(format!("knowledge base {id} not found")))?;
    let result = f(&mut kb, project);
    project.knowledge_bases.insert(id, kb);
    result
}

/// Chunks and embeds `text` into the caller's knowledge base and announces it.
pub(super) async fn store_text(
    app: &App,
    caller: Caller,
    id: u64,
    text: String,
    source: &str,
) -> ApiResult<u64> {
    let (size, overlap) = with_kb(app, caller, id, |kb, _| {
        Ok((kb.chunk_size, kb.chunk_overlap))
    })?;
    let pieces = off_the_runtime(move || prepare(&text, size, overlap)).await?;
    let mut project_id = 0;
    let chunks = with_kb(app, caller, id, |kb, project| {
        project_id = project.id();
        kb.insert(project, pieces, source)
    })?;
    app.emit(Event::webhook(
        project_id,
        WebhookData::KnowledgeDocumentUploaded(DocumentUploadedData {
            knowledge_base_id: id.into(),
            source: source.to_owned(),
            chunks_created: chunks,
        }),
    ));
    Ok(chunks)
}
