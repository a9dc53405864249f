//! Knowledge bases for RAG (reference section 11).

use crate::ids::{ChunkId, KnowledgeBaseId};
use crate::lenient::response;
use serde::{Deserialize, Serialize};

use crate::Timestamp;
use crate::lenient::acknowledgement;
use crate::pagination::{PageInfo, impl_page};
use crate::wire_enum::wire_enum;

/// Largest document `POST /knowledge-bases/:kbId/documents` accepts: 10 MB.
pub const MAX_UPLOAD_BYTES: u64 = 10 * 1024 * 1024;

/// File extensions a document upload may have (lower case, without the dot).
pub const ALLOWED_UPLOAD_EXTENSIONS: &[&str] = &["txt", "md", "csv", "json"];

/// Whether a file name has one of [`ALLOWED_UPLOAD_EXTENSIONS`] (case-insensitive).
pub fn is_allowed_upload(file_name: &str) -> bool {
    file_name.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty()
            && ALLOWED_UPLOAD_EXTENSIONS
                .iter()
                .any(|allowed| allowed.eq_ignore_ascii_case(ext))
    })
}

/// Longest chunk content the chunk listing returns, in characters.
pub const CHUNK_PREVIEW_CHARS: usize = 200;

/// Body of `POST /knowledge-bases`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreateKnowledgeBaseRequest {
    /// Name.
    #[cfg_attr(
        feature = "openapi",
        schema(
            max_length = 200,
            pattern = r"^[^\u0000-\u0008\u000b-\u001f\u007f-\u009f]*[^\s\u0000-\u001f\u007f-\u009f][^\u0000-\u0008\u000b-\u001f\u007f-\u009f]*$"
        )
    )]
    pub name: String,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = r"^[^\u0000-\u0008\u000b-\u001f\u007f-\u009f]*$")
    )]
    pub description: Option<String>,
    /// Characters per chunk (server default 500).
    #[serde(
        default,
        deserialize_with = "crate::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(minimum = 20, maximum = 10000))]
    pub chunk_size: Option<u32>,
    /// Characters shared by neighbouring chunks (server default 50).
    #[serde(
        default,
        deserialize_with = "crate::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub chunk_overlap: Option<u32>,
}

impl CreateKnowledgeBaseRequest {
    /// A knowledge base called `name` with the server's chunking defaults.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            description: None,
            chunk_size: None,
            chunk_overlap: None,
        }
    }

    /// Description.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Characters per chunk.
    pub fn chunk_size(mut self, chunk_size: u32) -> Self {
        self.chunk_size = Some(chunk_size);
        self
    }

    /// Characters shared by neighbouring chunks.
    pub fn chunk_overlap(mut self, chunk_overlap: u32) -> Self {
        self.chunk_overlap = Some(chunk_overlap);
        self
    }
}

wire_enum! {
    /// Whether a knowledge base's embeddings are current.
    pub enum IndexingStatus {
        /// Nothing ingested yet.
        Empty = "empty",
        /// Embedding in progress.
        Indexing = "indexing",
        /// Searchable.
        Ready = "ready",
        /// Indexing failed.
        Error = "error",
    }
}

response! {
    /// A knowledge base. The list shows id, name, description, chunk count and creation
    /// time; create and detail add the chunking settings and indexing state.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct KnowledgeBase {
        /// Knowledge base id.
        #[serde(deserialize_with = "crate::lenient::int")]
        pub id: KnowledgeBaseId,
        /// Name.
        #[serde(default)]
        pub name: Option<String>,
        /// Description.
        #[serde(default)]
        pub description: Option<String>,
        /// Characters per chunk.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub chunk_size: Option<u32>,
        /// Characters shared by neighbouring chunks.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub chunk_overlap: Option<u32>,
        /// Chunks stored.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub chunk_count: Option<u64>,
        /// Characters stored.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub total_chars: Option<u64>,
        /// Indexing state.
        #[serde(default)]
        pub indexing_status: Option<IndexingStatus>,
        /// ISO 8601, when last indexed.
        #[serde(default)]
        pub last_indexed_at: Option<Timestamp>,
        /// ISO 8601.
        #[serde(default)]
        pub created_at: Option<Timestamp>,
    }
}

acknowledgement! {
    /// Response of `POST /knowledge-bases`. The reference shows no body; our reference
    /// server returns the resource.
    pub struct CreateKnowledgeBaseResponse {
        /// The knowledge base created, when the server echoes it.
        pub knowledge_base: Option<KnowledgeBase>,
    }
}

response! {
    /// Response of `GET /knowledge-bases`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct ListKnowledgeBasesResponse {
        /// The project's knowledge bases.
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        #[builder(default)]
        pub knowledge_bases: Vec<KnowledgeBase>,
    }
}

response! {
    /// Response of `GET /knowledge-bases/:kbId`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct KnowledgeBaseDetailResponse {
        /// The knowledge base.
        pub knowledge_base: KnowledgeBase,
    }
}

response! {
    /// Response of `POST /knowledge-bases/:kbId/documents`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct UploadDocumentResponse {
        /// Always `true`.
        #[serde(
            default = "crate::lenient::yes",
            deserialize_with = "crate::lenient::null_as_true"
        )]
        #[builder(default)]
        pub success: bool,
        /// Chunks made from the document.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub chunks_created: Option<u64>,
        /// The uploaded file's name.
        #[serde(default)]
        pub source_file: Option<String>,
    }
}

/// Body of `POST /knowledge-bases/:kbId/ingest`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IngestRequest {
    /// Raw text.
    #[cfg_attr(feature = "openapi", schema(pattern = r"\S"))]
    pub content: String,
    /// Source label (server default `api_ingest`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
}

impl IngestRequest {
    /// Ingests `content` under the default source label.
    pub fn new(content: impl Into<String>) -> Self {
        Self {
            content: content.into(),
            source_name: None,
        }
    }

    /// The source label.
    pub fn source_name(mut self, source_name: impl Into<String>) -> Self {
        self.source_name = Some(source_name.into());
        self
    }
}

acknowledgement! {
    /// Response of `POST /knowledge-bases/:kbId/ingest`. The reference shows no body;
    /// our reference server answers like the upload.
    pub struct IngestResponse {
        /// Chunks made from the text.
        pub chunks_created: Option<u64>,
        /// The source label used.
        pub source_name: Option<String>,
    }
}

response! {
    /// Response of `POST /knowledge-bases/:kbId/reindex`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct ReindexResponse {
        /// Always `true`.
        #[serde(
            default = "crate::lenient::yes",
            deserialize_with = "crate::lenient::null_as_true"
        )]
        #[builder(default)]
        pub success: bool,
        /// Chunks whose embeddings were regenerated.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub chunks_reindexed: Option<u64>,
    }
}

/// Query of `GET /knowledge-bases/:kbId/chunks`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ListChunksQuery {
    /// Page number from 1 (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(minimum = 1))]
    pub page: Option<u32>,
    /// Results per page (default 20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 100))]
    pub per_page: Option<u32>,
    /// Only active (or only inactive) chunks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
}

response! {
    /// A page of `GET /knowledge-bases/:kbId/chunks`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct ChunkPage {
        /// The chunks on this page.
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        #[builder(default)]
        pub chunks: Vec<Chunk>,
        /// Paging fields.
        #[serde(flatten)]
        pub page_info: PageInfo,
    }
}
impl_page!(ChunkPage, chunks, Chunk);

response! {
    /// A chunk of a knowledge base. In listings `content` is cut to 200 characters.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct Chunk {
        /// Chunk id.
        #[serde(deserialize_with = "crate::lenient::int")]
        pub id: ChunkId,
        /// Text (truncated to 200 characters in listings).
        pub content: String,
        /// Source file or label.
        #[serde(default)]
        pub source: Option<String>,
        /// Position within its source, from 0.
        #[serde(default, deserialize_with = "crate::lenient::opt_int")]
        pub chunk_index: Option<u64>,
        /// Whether search uses it.
        #[serde(default)]
        pub is_active: Option<bool>,
    }
}

/// Body of `PUT /knowledge-bases/:kbId/chunks/:chunkId`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UpdateChunkRequest {
    /// New text; the embedding is regenerated.
    #[cfg_attr(feature = "openapi", schema(pattern = r"\S"))]
    pub content: String,
}

acknowledgement! {
    /// Response of `PUT /knowledge-bases/:kbId/chunks/:chunkId`. The reference shows no
    /// body; our reference server returns the resource.
    pub struct UpdateChunkResponse {
        /// The chunk as stored, content in full, when the server echoes it.
        pub chunk: Option<Chunk>,
    }
}

/// Body of `POST /knowledge/search`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SearchRequest {
    /// Knowledge base to search.
    #[serde(deserialize_with = "crate::lenient::int")]
    pub knowledge_base_id: KnowledgeBaseId,
    /// The question.
    #[cfg_attr(feature = "openapi", schema(pattern = r"\S"))]
    pub query: String,
    /// How many results (server default 5).
    #[serde(
        default,
        deserialize_with = "crate::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 50))]
    pub top_k: Option<u32>,
}

impl SearchRequest {
    /// Searches knowledge base `knowledge_base_id` for `query`.
    pub fn new(knowledge_base_id: impl Into<KnowledgeBaseId>, query: impl Into<String>) -> Self {
        Self {
            knowledge_base_id: knowledge_base_id.into(),
            query: query.into(),
            top_k: None,
        }
    }

    /// How many results.
    pub fn top_k(mut self, top_k: u32) -> Self {
        self.top_k = Some(top_k);
        self
    }
}

response! {
    /// Response of `POST /knowledge/search`, best result first.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct SearchResponse {
        /// The query searched.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub query: Option<String>,
        /// Results, best first.
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        #[builder(default)]
        pub results: Vec<SearchResult>,
    }
}

response! {
    /// A search hit.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct SearchResult {
        /// Chunk id.
        #[serde(
            default,
            deserialize_with = "crate::lenient::opt_int",
            skip_serializing_if = "Option::is_none"
        )]
        pub id: Option<ChunkId>,
        /// Chunk text.
        pub content: String,
        /// Source file or label. Not in the reference: our reference server sends it in its
        /// full mode, and a deployment may not (then `None`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub source: Option<String>,
        /// Position within its source.
        #[serde(
            default,
            deserialize_with = "crate::lenient::opt_int",
            skip_serializing_if = "Option::is_none"
        )]
        pub chunk_index: Option<u64>,
        /// Cosine similarity in [-1, 1].
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub score: Option<f64>,
    }
}

impl From<&str> for CreateKnowledgeBaseRequest {
    fn from(name: &str) -> Self {
        Self::new(name)
    }
}

impl From<String> for CreateKnowledgeBaseRequest {
    fn from(name: String) -> Self {
        Self::new(name)
    }
}

impl From<&str> for IngestRequest {
    fn from(content: &str) -> Self {
        Self::new(content)
    }
}

impl From<String> for IngestRequest {
    fn from(content: String) -> Self {
        Self::new(content)
    }
}
