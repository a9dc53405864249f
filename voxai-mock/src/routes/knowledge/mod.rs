//! The knowledge-base endpoints: extract, call the store, answer.

use axum::extract::multipart::{Field, Multipart, MultipartError, MultipartRejection};
use axum::extract::{DefaultBodyLimit, State};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use voxai_types::Ack;
use voxai_types::knowledge::{
    ALLOWED_UPLOAD_EXTENSIONS, ChunkPage, CreateKnowledgeBaseRequest, CreateKnowledgeBaseResponse,
    IngestRequest, IngestResponse, KnowledgeBaseDetailResponse, ListChunksQuery,
    ListKnowledgeBasesResponse, MAX_UPLOAD_BYTES, ReindexResponse, SearchRequest, SearchResponse,
    UpdateChunkRequest, UpdateChunkResponse, UploadDocumentResponse, is_allowed_upload,
};

use crate::caller::Caller;
use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiJson, ApiPath, ApiQuery};
use crate::state::App;

mod indexing;

use self::indexing::store_text;
use crate::store::KnowledgeBaseRecord;

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

async fn create(
    State(app): State<App>,
    caller: Caller,
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
    // At most half a chunk: each chunk then adds at least half its size of new text, so
    // the chunks of a text hold at most twice its characters.
    if chunk_overlap > chunk_size / 2 {
        return Err(ApiError::invalid(
            "chunk_overlap",
            format!("must be at most half of chunk_size ({})", chunk_size / 2),
        ));
    }
    let knowledge_base = app.in_project(caller, |project, _| {
        project.create_knowledge_base(
            request.name,
            request.description,
            (chunk_size, chunk_overlap),
        )
    })?;
    Ok(Json(
        CreateKnowledgeBaseResponse::builder()
            .knowledge_base(knowledge_base)
            .build(),
    ))
}

async fn list(
    State(app): State<App>,
    caller: Caller,
) -> ApiResult<Json<ListKnowledgeBasesResponse>> {
    let mut store = app.store();
    let knowledge_bases = store
        .caller(caller)?
        .knowledge_bases
        .values()
        .map(KnowledgeBaseRecord::listed)
        .collect();
    Ok(Json(
        ListKnowledgeBasesResponse::builder()
            .knowledge_bases(knowledge_bases)
            .build(),
    ))
}

async fn detail(
    State(app): State<App>,
    caller: Caller,
    ApiPath(id): ApiPath<u64>,
) -> ApiResult<Json<KnowledgeBaseDetailResponse>> {
    let knowledge_base = app
        .store()
        .with_knowledge_base(caller, id, |kb, _| Ok(kb.full()))?;
    Ok(Json(
        KnowledgeBaseDetailResponse::builder()
            .knowledge_base(knowledge_base)
            .build(),
    ))
}

async fn delete(
    State(app): State<App>,
    caller: Caller,
    ApiPath(id): ApiPath<u64>,
) -> ApiResult<Json<Ack>> {
    let mut store = app.store();
    let project = store.knowledge_base_owner(caller, id)?;
    project.knowledge_bases.remove(&id);
    Ok(Json(Ack::with_message("Knowledge base deleted")))
}

async fn upload(
    State(app): State<App>,
    caller: Caller,
    ApiPath(id): ApiPath<u64>,
    multipart: Result<Multipart, MultipartRejection>,
) -> ApiResult<Json<UploadDocumentResponse>> {
    let multipart = multipart.map_err(|_| {
        ApiError::invalid(
            "file",
            "send multipart/form-data with the document in a field named file",
        )
    })?;
    // Refuse a missing or foreign knowledge base before reading the body.
    app.store().with_knowledge_base(caller, id, |_, _| Ok(()))?;
    let (file_name, bytes) = read_document(multipart).await?;
    let text =
        String::from_utf8(bytes).map_err(|_| ApiError::invalid("file", "must be UTF-8 text"))?;
    let chunks_created = store_text(&app, caller, id, text, &file_name).await?;
    Ok(Json(
        UploadDocumentResponse::builder()
            .success(true)
            .chunks_created(chunks_created)
            .source_file(file_name)
            .build(),
    ))
}

/// The name and bytes of the multipart field `file`, of an allowed type and at most
/// 10 MB; other fields are skipped.
async fn read_document(mut multipart: Multipart) -> ApiResult<(String, Vec<u8>)> {
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => {
                return Err(ApiError::invalid(
                    "file",
                    "multipart field file is required",
                ));
            }
            Err(e) => return Err(multipart_error(&e, "malformed multipart body")),
        };
        if field.name() != Some("file") {
            continue;
        }
        let file_name = base_name(field.file_name().unwrap_or_default());
        if !is_allowed_upload(&file_name) {
            return Err(ApiError::invalid(
                "file",
                format!(
                    "{file_name:?} is not a supported type; use one of .{}",
                    ALLOWED_UPLOAD_EXTENSIONS.join(", .")
                ),
            ));
        }
        return Ok((file_name, read_file(field).await?));
    }
}

/// A file field's bytes, refused past 10 MB.
async fn read_file(mut field: Field<'_>) -> ApiResult<Vec<u8>> {
    let mut bytes = Vec::new();
    while let Some(chunk) = field
        .chunk()
        .await
        .map_err(|e| multipart_error(&e, "could not read the upload"))?
    {
        bytes.extend_from_slice(&chunk);
        if bytes.len() as u64 > MAX_UPLOAD_BYTES {
            return Err(too_large());
        }
    }
    Ok(bytes)
}

/// A multipart failure as the API answers it: a body over the limit is "too large".
fn multipart_error(error: &MultipartError, what: &str) -> ApiError {
    if error.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
        too_large()
    } else {
        ApiError::invalid("file", format!("{what}: {}", error.body_text()))
    }
}

fn too_large() -> ApiError {
    ApiError::invalid(
        "file",
        format!("is larger than 10 MB ({MAX_UPLOAD_BYTES} bytes)"),
    )
}

async fn ingest(
    State(app): State<App>,
    caller: Caller,
    ApiPath(id): ApiPath<u64>,
    ApiJson(request): ApiJson<IngestRequest>,
) -> ApiResult<Json<IngestResponse>> {
    if request.content.trim().is_empty() {
        return Err(ApiError::invalid("content", "is required"));
    }
    let source = request.source_name.unwrap_or_else(|| "api_ingest".into());
    let chunks_created = store_text(&app, caller, id, request.content, &source).await?;
    Ok(Json(
        IngestResponse::builder()
            .chunks_created(chunks_created)
            .source_name(source)
            .build(),
    ))
}

async fn reindex(
    State(app): State<App>,
    caller: Caller,
    ApiPath(id): ApiPath<u64>,
) -> ApiResult<Json<ReindexResponse>> {
    let chunks_reindexed = indexing::reindex(&app, caller, id).await?;
    Ok(Json(
        ReindexResponse::builder()
            .success(true)
            .chunks_reindexed(chunks_reindexed)
            .build(),
    ))
}

async fn chunks(
    State(app): State<App>,
    caller: Caller,
    ApiPath(id): ApiPath<u64>,
    ApiQuery(query): ApiQuery<ListChunksQuery>,
) -> ApiResult<Json<ChunkPage>> {
    let (chunks, page_info) = app
        .store()
        .with_knowledge_base(caller, id, |kb, _| kb.chunk_page(&query))?;
    Ok(Json(
        ChunkPage::builder()
            .chunks(chunks)
            .page_info(page_info)
            .build(),
    ))
}

async fn update_chunk(
    State(app): State<App>,
    caller: Caller,
    ApiPath((id, chunk_id)): ApiPath<(u64, u64)>,
    ApiJson(request): ApiJson<UpdateChunkRequest>,
) -> ApiResult<Json<UpdateChunkResponse>> {
    if request.content.trim().is_empty() {
        return Err(ApiError::invalid("content", "is required"));
    }
    let chunk = app.store().with_knowledge_base(caller, id, |kb, _| {
        kb.update_chunk(chunk_id, request.content)
    })?;
    Ok(Json(UpdateChunkResponse::builder().chunk(chunk).build()))
}

async fn delete_chunk(
    State(app): State<App>,
    caller: Caller,
    ApiPath((id, chunk_id)): ApiPath<(u64, u64)>,
) -> ApiResult<Json<Ack>> {
    app.store()
        .with_knowledge_base(caller, id, |kb, _| kb.delete_chunk(chunk_id))?;
    Ok(Json(Ack::with_message("Chunk deleted")))
}

async fn search(
    State(app): State<App>,
    caller: Caller,
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
    let results = indexing::search(
        &app,
        caller,
        request.knowledge_base_id.into(),
        &request.query,
        top_k as usize,
    )
    .await?;
    Ok(Json(
        SearchResponse::builder()
            .query(request.query)
            .results(results)
            .build(),
    ))
}

/// The last component of an uploaded file's name, its control characters dropped: a
/// name is a label, never a path (`../../etc/cron.d/evil.md` is stored as `evil.md`).
fn base_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or_default();
    last.chars().filter(|c| !c.is_control()).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_upload_keeps_only_its_base_name() {
        assert_eq!(super::base_name("../../../etc/cron.d/evil.md"), "evil.md");
        assert_eq!(super::base_name("C:\\docs\\faq.txt"), "faq.txt");
        assert_eq!(super::base_name("a\u{1b}]0;x\u{7}.md"), "a]0;x.md");
        assert_eq!(super::base_name("plain.csv"), "plain.csv");
    }
}
