//! Knowledge bases (reference section 11): chunking, embedding, search.

use std::collections::BTreeMap;

use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{DefaultBodyLimit, Extension, State};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use time::OffsetDateTime;
use voxai_types::Ack;
use voxai_types::knowledge::{
    ALLOWED_UPLOAD_EXTENSIONS, CHUNK_PREVIEW_CHARS, Chunk, ChunkPage, CreateKnowledgeBaseRequest,
    CreateKnowledgeBaseResponse, IndexingStatus, IngestRequest, IngestResponse, KnowledgeBase,
    KnowledgeBaseDetailResponse, ListChunksQuery, ListKnowledgeBasesResponse, MAX_UPLOAD_BYTES,
    ReindexResponse, SearchRequest, SearchResponse, SearchResult, UpdateChunkRequest,
    UpdateChunkResponse, UploadDocumentResponse, is_allowed_upload,
};
use voxai_types::webhooks::{DocumentUploadedData, ReindexedData, WebhookData};

use crate::app::App;
use crate::embedding::embed;
use crate::error::{ApiError, ApiResult};
use crate::events::Event;
use crate::extract::{ApiJson, ApiPath, ApiQuery};
use crate::gate::Caller;
use crate::pagination::paginate;
use crate::vectors::Vectors;

use crate::state::{IdKind, Project};
use crate::{clock, quota};

const DEFAULT_CHUNK_SIZE: u32 = 500;
const DEFAULT_CHUNK_OVERLAP: u32 = 50;
const MAX_CHUNK_SIZE: u32 = 10_000;
/// The longest knowledge base name.
const MAX_KB_NAME_LEN: usize = 200;
/// Smaller chunks cost more memory and time than they could be worth (one byte each
/// kept about 2.4 kB per input byte).
const MIN_CHUNK_SIZE: u32 = 20;
const DEFAULT_TOP_K: u32 = 5;
const MAX_TOP_K: u32 = 50;

pub(crate) fn routes() -> Router<App> {
    Router::new()
        .route("/knowledge-bases", get(list).post(create))
        .route("/knowledge-bases/{kb_id}", get(detail).delete(delete))
        .route(
            "/knowledge-bases/{kb_id}/documents",
            // Room for the 10 MB file plus the multipart framing; more is refused as 400.
            post(upload).layer(DefaultBodyLimit::max(MAX_UPLOAD_BYTES as usize + 64 * 1024)),
        )
        .route("/knowledge-bases/{kb_id}/ingest", post(ingest))
        .route("/knowledge-bases/{kb_id}/reindex", post(reindex))
        .route("/knowledge-bases/{kb_id}/chunks", get(chunks))
        .route(
            "/knowledge-bases/{kb_id}/chunks/{chunk_id}",
            put(update_chunk).delete(delete_chunk),
        )
        .route("/knowledge/search", post(search))
}

#[derive(Debug, Clone)]
struct ChunkRecord {
    chunk: Chunk,
}

/// A knowledge base with its chunks.
#[derive(Debug, Clone)]
pub(crate) struct KnowledgeBaseRecord {
    id: u64,
    name: String,
    description: Option<String>,
    chunk_size: u32,
    chunk_overlap: u32,
    created_at: OffsetDateTime,
    last_indexed_at: Option<OffsetDateTime>,
    chunks: BTreeMap<u64, ChunkRecord>,
    /// The embeddings of the chunks, by chunk id.
    vectors: Vectors,
}

impl KnowledgeBaseRecord {
    /// How many chunks it holds.
    pub(crate) fn chunk_count(&self) -> usize {
        self.chunks.len()
    }

    fn full(&self) -> KnowledgeBase {
        KnowledgeBase {
            id: self.id,
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

    fn listed(&self) -> KnowledgeBase {
        KnowledgeBase {
            chunk_size: None,
            chunk_overlap: None,
            total_chars: None,
            indexing_status: None,
            last_indexed_at: None,
            ..self.full()
        }
    }

    /// Stores chunks made by [`prepare`], within the plan's chunk quota.
    fn insert(
        &mut self,
        project: &Project,
        pieces: Vec<(String, Vec<f32>)>,
        source: &str,
    ) -> ApiResult<u64> {
        let limit = quota::limit(project, quota::CHUNKS_PER_KNOWLEDGE_BASE);
        let held = i64::try_from(self.chunks.len()).unwrap_or(i64::MAX);
        let adding = i64::try_from(pieces.len()).unwrap_or(i64::MAX);
        if limit >= 0 && held.saturating_add(adding) > limit {
            return Err(ApiError::quota_exceeded(
                quota::CHUNKS_PER_KNOWLEDGE_BASE,
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
                        id,
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

/// Runs CPU-heavy work (embedding, scanning) on the blocking pool, so the runtime's
/// workers stay free for every other request.
async fn off_the_runtime<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> ApiResult<T> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|_| ApiError::internal("the work was cancelled"))
}

/// Splits `text` and embeds the pieces: the heavy part of an ingest, done without the
/// store lock that every other request needs.
fn prepare(text: &str, chunk_size: u32, chunk_overlap: u32) -> Vec<(String, Vec<f32>)> {
    split(text, chunk_size as usize, chunk_overlap as usize)
        .into_iter()
        .map(|content| {
            let embedding = embed(&content);
            (content, embedding)
        })
        .collect()
}

/// Splits text into chunks of at most `size` characters, cutting at the largest
/// boundary that fits (paragraph, line, sentence, word, character, in that order) and
/// carrying up to `overlap` characters of the end of each chunk into the next.
pub(crate) fn split(text: &str, size: usize, overlap: usize) -> Vec<String> {
    let size = size.max(1);
    let mut units = Vec::new();
    atomize(text, size, &SEPARATORS, &mut units);
    let mut chunks = Vec::new();
    let mut current: std::collections::VecDeque<&str> = std::collections::VecDeque::new();
    let mut length = 0;
    for unit in units {
        let unit_len = unit.chars().count();
        if length + unit_len > size && !current.is_empty() {
            chunks.push(current.iter().copied().collect::<String>());
            while length > overlap || (length + unit_len > size && !current.is_empty()) {
                let Some(dropped) = current.pop_front() else {
                    break;
                };
                length -= dropped.chars().count();
            }
        }
        current.push_back(unit);
        length += unit_len;
    }
    if !current.is_empty() {
        chunks.push(current.iter().copied().collect());
    }
    chunks.retain(|c| !c.trim().is_empty());
    chunks
}

/// Boundaries to cut at, largest first; each piece keeps its separator.
const SEPARATORS: [&str; 4] = ["\n\n", "\n", ". ", " "];

/// Breaks `text` into pieces of at most `size` characters, by the largest separator
/// that makes them fit; characters as a last resort.
fn atomize<'a>(text: &'a str, size: usize, separators: &[&str], out: &mut Vec<&'a str>) {
    if text.chars().count() <= size {
        if !text.is_empty() {
            out.push(text);
        }
        return;
    }
    let Some((separator, rest)) = separators.split_first() else {
        // Single characters, so the overlap can be honoured to the character.
        out.extend(text.char_indices().map(|(i, c)| &text[i..i + c.len_utf8()]));
        return;
    };
    for piece in text.split_inclusive(separator) {
        atomize(piece, size, rest, out);
    }
}

/// The caller's knowledge base, or 403/404.
fn kb_mut(
    project_store: &mut crate::state::Store,
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
fn with_kb<T>(
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

async fn create(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    ApiJson(request): ApiJson<CreateKnowledgeBaseRequest>,
) -> ApiResult<Json<CreateKnowledgeBaseResponse>> {
    if request.name.trim().is_empty() {
        return Err(ApiError::invalid("name", "is required"));
    }
    if request.name.chars().count() > MAX_KB_NAME_LEN {
        return Err(ApiError::invalid(
            "name",
            format!("must be at most {MAX_KB_NAME_LEN} characters"),
        ));
    }
    for (field, text) in [
        ("name", Some(request.name.as_str())),
        ("description", request.description.as_deref()),
    ] {
        if text.is_some_and(|t| t.chars().any(|c| c.is_control() && c != '\n' && c != '\t')) {
            return Err(ApiError::invalid(
                field,
                "must not contain control characters",
            ));
        }
    }
    let chunk_size = request.chunk_size.unwrap_or(DEFAULT_CHUNK_SIZE);
    let chunk_overlap = request
        .chunk_overlap
        .unwrap_or(DEFAULT_CHUNK_OVERLAP.min(chunk_size / 2));
    if !(MIN_CHUNK_SIZE..=MAX_CHUNK_SIZE).contains(&chunk_size) {
        return Err(ApiError::invalid(
            "chunk_size",
            format!("must be between {MIN_CHUNK_SIZE} and {MAX_CHUNK_SIZE}"),
        ));
    }
    if chunk_overlap >= chunk_size {
        return Err(ApiError::invalid(
            "chunk_overlap",
            "must be smaller than chunk_size",
        ));
    }
    let mut store = app.store();
    let project = store.caller(caller)?;
    if project
        .knowledge_bases
        .values()
        .any(|kb| kb.name == request.name)
    {
        return Err(ApiError::conflict(format!(
            "a knowledge base named {:?} already exists",
            request.name
        )));
    }
    quota::check(project, quota::KNOWLEDGE_BASES)?;
    let kb = KnowledgeBaseRecord {
        id: project.ids.next(IdKind::KnowledgeBase),
        name: request.name,
        description: request.description,
        chunk_size,
        chunk_overlap,
        created_at: clock::now(),
        last_indexed_at: None,
        chunks: BTreeMap::new(),
        vectors: Vectors::default(),
    };
    let knowledge_base = kb.full();
    project.knowledge_bases.insert(kb.id, kb);
    Ok(Json(CreateKnowledgeBaseResponse {
        knowledge_base: Some(knowledge_base),
        ..CreateKnowledgeBaseResponse::ok()
    }))
}

async fn list(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
) -> ApiResult<Json<ListKnowledgeBasesResponse>> {
    let mut store = app.store();
    let knowledge_bases = store
        .caller(caller)?
        .knowledge_bases
        .values()
        .map(KnowledgeBaseRecord::listed)
        .collect();
    Ok(Json(ListKnowledgeBasesResponse { knowledge_bases }))
}

async fn detail(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    ApiPath(id): ApiPath<u64>,
) -> ApiResult<Json<KnowledgeBaseDetailResponse>> {
    let knowledge_base = with_kb(&app, caller, id, |kb, _| Ok(kb.full()))?;
    Ok(Json(KnowledgeBaseDetailResponse { knowledge_base }))
}

async fn delete(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    ApiPath(id): ApiPath<u64>,
) -> ApiResult<Json<Ack>> {
    let mut store = app.store();
    let (project, id) = kb_mut(&mut store, caller, id)?;
    project.knowledge_bases.remove(&id);
    Ok(Json(Ack::with_message("Knowledge base deleted")))
}

/// Chunks and embeds `text` into the caller's knowledge base and announces it.
async fn store_text(
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
            knowledge_base_id: id,
            source: source.to_owned(),
            chunks_created: chunks,
        }),
    ));
    Ok(chunks)
}

async fn upload(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    ApiPath(id): ApiPath<u64>,
    multipart: Result<Multipart, MultipartRejection>,
) -> ApiResult<Json<UploadDocumentResponse>> {
    let mut multipart = multipart.map_err(|_| {
        ApiError::invalid(
            "file",
            "send multipart/form-data with the document in a field named file",
        )
    })?;
    // Refuse a missing or foreign knowledge base before reading the body.
    with_kb(&app, caller, id, |_, _| Ok(()))?;
    let too_large = || {
        ApiError::invalid(
            "file",
            format!("is larger than 10 MB ({MAX_UPLOAD_BYTES} bytes)"),
        )
    };
    let mut document = None;
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(e) if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(too_large());
            }
            Err(e) => {
                return Err(ApiError::invalid(
                    "file",
                    format!("malformed multipart body: {}", e.body_text()),
                ));
            }
        };
        if field.name() != Some("file") {
            continue;
        }
        let file_name = field.file_name().unwrap_or_default().to_owned();
        if !is_allowed_upload(&file_name) {
            return Err(ApiError::invalid(
                "file",
                format!(
                    "{file_name:?} is not a supported type; use one of .{}",
                    ALLOWED_UPLOAD_EXTENSIONS.join(", .")
                ),
            ));
        }
        let mut field = field;
        let mut bytes = Vec::new();
        loop {
            match field.chunk().await {
                Ok(Some(chunk)) => {
                    bytes.extend_from_slice(&chunk);
                    if bytes.len() as u64 > MAX_UPLOAD_BYTES {
                        return Err(too_large());
                    }
                }
                Ok(None) => break,
                Err(e) if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                    return Err(too_large());
                }
                Err(e) => {
                    return Err(ApiError::invalid(
                        "file",
                        format!("could not read the upload: {}", e.body_text()),
                    ));
                }
            }
        }
        document = Some((file_name, bytes));
        break;
    }
    let Some((file_name, bytes)) = document else {
        return Err(ApiError::invalid(
            "file",
            "multipart field file is required",
        ));
    };
    let text =
        String::from_utf8(bytes).map_err(|_| ApiError::invalid("file", "must be UTF-8 text"))?;
    let chunks_created = store_text(&app, caller, id, text, &file_name).await?;
    Ok(Json(UploadDocumentResponse {
        success: true,
        chunks_created: Some(chunks_created),
        source_file: Some(file_name),
    }))
}

async fn ingest(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    ApiPath(id): ApiPath<u64>,
    ApiJson(request): ApiJson<IngestRequest>,
) -> ApiResult<Json<IngestResponse>> {
    if request.content.trim().is_empty() {
        return Err(ApiError::invalid("content", "is required"));
    }
    let source = request.source_name.unwrap_or_else(|| "api_ingest".into());
    let chunks_created = store_text(&app, caller, id, request.content, &source).await?;
    Ok(Json(IngestResponse {
        chunks_created: Some(chunks_created),
        source_name: Some(source),
        ..IngestResponse::ok()
    }))
}

async fn reindex(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    ApiPath(id): ApiPath<u64>,
) -> ApiResult<Json<ReindexResponse>> {
    // Embedding is the heavy part: done without the store lock, then written back to the
    // chunks whose text did not change meanwhile.
    let texts: Vec<(u64, String)> = with_kb(&app, caller, id, |kb, _| {
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
    let chunks_reindexed = with_kb(&app, caller, id, |kb, project| {
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
            knowledge_base_id: id,
            chunks_reindexed,
        }),
    ));
    Ok(Json(ReindexResponse {
        success: true,
        chunks_reindexed: Some(chunks_reindexed),
    }))
}

async fn chunks(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    ApiPath(id): ApiPath<u64>,
    ApiQuery(query): ApiQuery<ListChunksQuery>,
) -> ApiResult<Json<ChunkPage>> {
    let (chunks, page_info) = with_kb(&app, caller, id, |kb, _| {
        let matching = kb.chunks.values().filter(|c| {
            query
                .is_active
                .is_none_or(|active| c.chunk.is_active == Some(active))
        });
        let preview = |c: &ChunkRecord| Chunk {
            content: c.chunk.content.chars().take(CHUNK_PREVIEW_CHARS).collect(),
            ..c.chunk.clone()
        };
        paginate(matching, preview, query.page, query.per_page, 20)
    })?;
    Ok(Json(ChunkPage { chunks, page_info }))
}

async fn update_chunk(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    ApiPath((id, chunk_id)): ApiPath<(u64, u64)>,
    ApiJson(request): ApiJson<UpdateChunkRequest>,
) -> ApiResult<Json<UpdateChunkResponse>> {
    if request.content.trim().is_empty() {
        return Err(ApiError::invalid("content", "is required"));
    }
    let chunk = with_kb(&app, caller, id, |kb, _| {
        let record = kb.chunks.get_mut(&chunk_id).ok_or_else(|| {
            ApiError::not_found(format!("chunk {chunk_id} not found in knowledge base {id}"))
        })?;
        record.chunk.content = request.content;
        let chunk = record.chunk.clone();
        kb.vectors.set(chunk_id, &embed(&chunk.content));
        Ok(chunk)
    })?;
    Ok(Json(UpdateChunkResponse {
        chunk: Some(chunk),
        ..UpdateChunkResponse::ok()
    }))
}

async fn delete_chunk(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    ApiPath((id, chunk_id)): ApiPath<(u64, u64)>,
) -> ApiResult<Json<Ack>> {
    with_kb(&app, caller, id, |kb, _| {
        kb.vectors.remove(chunk_id);
        kb.chunks
            .remove(&chunk_id)
            .map(|_| Ack::with_message("Chunk deleted"))
            .ok_or_else(|| {
                ApiError::not_found(format!("chunk {chunk_id} not found in knowledge base {id}"))
            })
    })
    .map(Json)
}

async fn search(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    ApiJson(request): ApiJson<SearchRequest>,
) -> ApiResult<Json<SearchResponse>> {
    if request.query.trim().is_empty() {
        return Err(ApiError::invalid("query", "is required"));
    }
    let top_k = request.top_k.unwrap_or(DEFAULT_TOP_K);
    if !(1..=MAX_TOP_K).contains(&top_k) {
        return Err(ApiError::invalid(
            "top_k",
            format!("must be between 1 and {MAX_TOP_K}"),
        ));
    }
    // The scan runs on a snapshot, off the runtime's workers and without the store lock
    // (which every other request needs); the lock is taken again only for the winners.
    let snapshot = with_kb(&app, caller, request.knowledge_base_id, |kb, _| {
        Ok(kb.vectors.snapshot())
    })?;
    let text = request.query.clone();
    let top = off_the_runtime(move || snapshot.top(&embed(&text), top_k as usize)).await?;
    let results = with_kb(&app, caller, request.knowledge_base_id, |kb, _| {
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
    })?;
    Ok(Json(SearchResponse {
        query: Some(request.query),
        results,
    }))
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn chunks_overlap_by_characters() {
        assert_eq!(split("abcdefghij", 4, 1), ["abcd", "defg", "ghij"]);
        assert_eq!(split("héllowörld", 5, 0), ["héllo", "wörld"]);
        assert!(split("", 5, 1).is_empty());
    }

    #[test]
    fn chunks_cut_at_the_largest_boundary_that_fits() {
        let text = "First paragraph here.\n\nSecond one, a bit longer.\n\nThird.";
        assert_eq!(
            split(text, 30, 0),
            [
                "First paragraph here.\n\n",
                "Second one, a bit longer.\n\n",
                "Third."
            ]
        );
        let words = split("one two three four five six", 10, 4);
        assert!(words.iter().all(|c| c.chars().count() <= 10), "{words:?}");
        assert_eq!(
            words
                .concat()
                .split_whitespace()
                .collect::<Vec<_>>()
                .first(),
            Some(&"one")
        );
        // The overlap repeats the end of a chunk at the start of the next.
        assert_eq!(words[0], "one two ");
        assert!(words[1].starts_with("two "), "{words:?}");
    }

    #[test]
    fn no_text_is_lost_without_overlap() {
        let text =
            "Lorem ipsum dolor sit amet. Consectetur adipiscing elit.\nSed do eiusmod.\n\nTempor.";
        for size in [1, 3, 7, 20, 200] {
            let chunks = split(text, size, 0);
            assert!(
                chunks.iter().all(|c| c.chars().count() <= size),
                "size {size}: {chunks:?}"
            );
            // Chunks of nothing but white space are not kept; every other character is.
            let visible = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            assert_eq!(visible(&chunks.concat()), visible(text), "size {size}");
        }
    }
}
