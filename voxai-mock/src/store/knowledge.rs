//! Knowledge bases and their chunks as the store holds them, and what is done to them.

use std::collections::BTreeMap;

use time::OffsetDateTime;
use voxai_types::knowledge::{
    CHUNK_PREVIEW_CHARS, Chunk, IndexingStatus, KnowledgeBase, ListChunksQuery,
};
use voxai_types::pagination::PageInfo;
use voxai_types::quota::QuotaResource;

use super::{IdKind, Project, Store};
use crate::caller::Caller;
use crate::clock;
use crate::embedding::embed;
use crate::error::{ApiError, ApiResult};
use crate::pagination::paginate;
use crate::vectors::Vectors;

#[derive(Debug, Clone)]
pub(crate) struct ChunkRecord {
    pub(crate) chunk: Chunk,
}

/// A knowledge base with its chunks.
#[derive(Debug, Clone)]
pub(crate) struct KnowledgeBaseRecord {
    pub(crate) id: u64,
    pub(crate) name: String,
    pub(crate) description: Option<String>,
    pub(crate) chunk_size: u32,
    pub(crate) chunk_overlap: u32,
    pub(crate) created_at: OffsetDateTime,
    pub(crate) last_indexed_at: Option<OffsetDateTime>,
    pub(crate) chunks: BTreeMap<u64, ChunkRecord>,
    /// The embeddings of the chunks, by chunk id.
    pub(crate) vectors: Vectors,
}

impl KnowledgeBaseRecord {
    /// How many chunks it holds.
    pub(crate) fn chunk_count(&self) -> usize {
        self.chunks.len()
    }

    pub(crate) fn full(&self) -> KnowledgeBase {
        KnowledgeBase::builder()
            .id(self.id.into())
            .name(self.name.clone())
            .maybe_description(self.description.clone())
            .chunk_size(self.chunk_size)
            .chunk_overlap(self.chunk_overlap)
            .chunk_count(self.chunks.len() as u64)
            .total_chars(
                self.chunks
                    .values()
                    .map(|c| c.chunk.content.chars().count() as u64)
                    .sum(),
            )
            .indexing_status(if self.chunks.is_empty() {
                IndexingStatus::Empty
            } else {
                IndexingStatus::Ready
            })
            .maybe_last_indexed_at(self.last_indexed_at.map(clock::stamp))
            .created_at(clock::stamp(self.created_at))
            .build()
    }

    pub(crate) fn listed(&self) -> KnowledgeBase {
        {
            let mut value = self.full();
            value.chunk_size = None;
            value.chunk_overlap = None;
            value.total_chars = None;
            value.indexing_status = None;
            value.last_indexed_at = None;
            value
        }
    }

    /// A page of chunks, their content cut to the preview length.
    pub(crate) fn chunk_page(&self, query: &ListChunksQuery) -> ApiResult<(Vec<Chunk>, PageInfo)> {
        let matching = self.chunks.values().filter(|c| {
            query
                .is_active
                .is_none_or(|active| c.chunk.is_active == Some(active))
        });
        let preview = |c: &ChunkRecord| {
            let mut value = c.chunk.clone();
            value.content = c.chunk.content.chars().take(CHUNK_PREVIEW_CHARS).collect();
            value
        };
        paginate(matching, preview, query.page, query.per_page, 20)
    }

    /// Replaces a chunk's text and embeds it again.
    pub(crate) fn update_chunk(&mut self, chunk_id: u64, content: String) -> ApiResult<Chunk> {
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
    pub(crate) fn delete_chunk(&mut self, chunk_id: u64) -> ApiResult<()> {
        self.vectors.remove(chunk_id);
        self.chunks.remove(&chunk_id).map(|_| ()).ok_or_else(|| {
            ApiError::not_found(format!(
                "chunk {chunk_id} not found in knowledge base {}",
                self.id
            ))
        })
    }

    /// How many more chunks the plan's quotas let it hold (its own, and the project's
    /// in all); `None` when unlimited. Called while it is out of the project's map
    /// ([`Store::with_knowledge_base`]).
    pub(crate) fn room_for_chunks(&self, project: &Project) -> Option<usize> {
        let left = |resource: QuotaResource, held: usize| {
            let limit = usize::try_from(project.quota_limit(&resource)).ok()?;
            Some(limit.saturating_sub(held))
        };
        let own = left(QuotaResource::ChunksPerKnowledgeBase, self.chunks.len());
        // `with_knowledge_base` takes this one out of the project while it works on it.
        let others =
            usize::try_from(project.quota_used(&QuotaResource::Chunks)).unwrap_or(usize::MAX);
        let all = left(
            QuotaResource::Chunks,
            others.saturating_add(self.chunks.len()),
        );
        match (own, all) {
            (Some(own), Some(all)) => Some(own.min(all)),
            (one, other) => one.or(other),
        }
    }

    /// The `QUOTA_EXCEEDED` answer to a text that makes `adding` chunks (`at least` of
    /// them when the split was stopped or not started).
    pub(crate) fn over_quota(&self, project: &Project, adding: usize, at_least: bool) -> ApiError {
        let more = if at_least { "at least " } else { "" };
        let own_limit = project.quota_limit(&QuotaResource::ChunksPerKnowledgeBase);
        let held = i64::try_from(self.chunks.len()).unwrap_or(i64::MAX);
        let own_left = (own_limit >= 0).then(|| own_limit - held);
        let all_limit = project.quota_limit(&QuotaResource::Chunks);
        let all_held = project.quota_used(&QuotaResource::Chunks) + held;
        let all_left = (all_limit >= 0).then(|| all_limit - all_held);
        // The quota that binds: the one with less room.
        if all_left.is_some_and(|all| own_left.is_none_or(|own| all < own)) {
            return ApiError::quota_exceeded(&QuotaResource::Chunks, all_limit, all_held).message(
                format!(
                    "this text makes {more}{adding} chunks; the project's knowledge bases hold {all_held} of {all_limit}"
                ),
            );
        }
        ApiError::quota_exceeded(&QuotaResource::ChunksPerKnowledgeBase, own_limit, held).message(
            format!(
                "this text makes {more}{adding} chunks; the knowledge base holds {held} of {own_limit}"
            ),
        )
    }

    /// Stores chunks made by [`prepare`](crate::chunker::prepare), within the plan's chunk quota.
    pub(crate) fn insert(
        &mut self,
        project: &Project,
        pieces: Vec<(String, Vec<f32>)>,
        source: &str,
    ) -> ApiResult<u64> {
        if self
            .room_for_chunks(project)
            .is_some_and(|room| pieces.len() > room)
        {
            return Err(self.over_quota(project, pieces.len(), false));
        }
        let count = pieces.len() as u64;
        for (index, (content, embedding)) in pieces.into_iter().enumerate() {
            let id = project.ids.next(IdKind::Chunk);
            self.vectors.set(id, &embedding);
            self.chunks.insert(
                id,
                ChunkRecord {
                    chunk: Chunk::builder()
                        .id(id.into())
                        .content(content)
                        .source(source.to_owned())
                        .chunk_index(index as u64)
                        .is_active(true)
                        .build(),
                },
            );
        }
        self.last_indexed_at = Some(clock::now());
        Ok(count)
    }
}

impl Project {
    /// A new knowledge base, unless one has its name or the plan's quota is used up.
    pub(crate) fn create_knowledge_base(
        &mut self,
        name: String,
        description: Option<String>,
        (chunk_size, chunk_overlap): (u32, u32),
    ) -> ApiResult<KnowledgeBase> {
        if self.knowledge_bases.values().any(|kb| kb.name == name) {
            return Err(ApiError::conflict(format!(
                "a knowledge base named {name:?} already exists"
            )));
        }
        self.check_quota(QuotaResource::KnowledgeBases)?;
        let kb = KnowledgeBaseRecord {
            id: self.ids.next(IdKind::KnowledgeBase),
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
        self.knowledge_bases.insert(kb.id, kb);
        Ok(knowledge_base)
    }
}

impl Store {
    /// The caller's project, once it is known to hold knowledge base `id`; else 403/404.
    pub(crate) fn knowledge_base_owner(
        &mut self,
        caller: Caller,
        id: u64,
    ) -> ApiResult<&mut Project> {
        if !self.caller(caller)?.knowledge_bases.contains_key(&id) {
            return Err(self.not_here("knowledge base", id, |p| {
                p.knowledge_bases.contains_key(&id)
            }));
        }
        self.caller(caller)
    }

    /// Runs `f` on the caller's knowledge base `id` with its project's id allocator.
    pub(crate) fn with_knowledge_base<T>(
        &mut self,
        caller: Caller,
        id: u64,
        f: impl FnOnce(&mut KnowledgeBaseRecord, &Project) -> ApiResult<T>,
    ) -> ApiResult<T> {
        let project = self.knowledge_base_owner(caller, id)?;
        let mut kb = project
            .knowledge_bases
            .remove(&id)
            .ok_or_else(|| ApiError::not_found(format!("knowledge base {id} not found")))?;
        let result = f(&mut kb, project);
        project.knowledge_bases.insert(id, kb);
        result
    }
}
