//! Knowledge bases for RAG (reference section 11).

mod upload;

use reqwest::Method;
use voxai_types::Ack;
use voxai_types::ids::{ChunkId, KnowledgeBaseId};
use voxai_types::knowledge::{
    ChunkPage, CreateKnowledgeBaseRequest, CreateKnowledgeBaseResponse, IngestRequest,
    IngestResponse, KnowledgeBaseDetailResponse, ListChunksQuery, ListKnowledgeBasesResponse,
    ReindexResponse, SearchRequest, SearchResponse, UpdateChunkRequest, UpdateChunkResponse,
};

pub use upload::{Upload, UploadSource};

use crate::call::segments;
use crate::client::Client;
use crate::error::Result;
use crate::pagination::{PageRequest, impl_list_query};
use crate::request::Request;
use crate::rooms::require;

impl_list_query!(ListChunksQuery => ChunkPage);

/// The knowledge-base endpoints, from [`Client::knowledge_bases`].
#[derive(Debug, Clone)]
pub struct KnowledgeBases {
    client: Client,
}

impl Client {
    /// Knowledge bases: create, fill, search, curate.
    pub fn knowledge_bases(&self) -> KnowledgeBases {
        KnowledgeBases {
            client: self.clone(),
        }
    }
}

impl KnowledgeBases {
    /// `POST /knowledge-bases`: creates a knowledge base. Accepts a name or a
    /// [`CreateKnowledgeBaseRequest`].
    ///
    /// The reference shows no body for this answer: when the server does not echo the
    /// knowledge base, the SDK lists them and returns the newest of that name, so
    /// `knowledge_base` is `Some` unless that list fails too (the create did happen then:
    /// do not repeat it blindly).
    pub fn create(
        &self,
        request: impl Into<CreateKnowledgeBaseRequest>,
    ) -> Request<CreateKnowledgeBaseResponse> {
        let request = request.into();
        if let Err(e) = require("name", &request.name) {
            return self.client.invalid(e);
        }
        let name = request.name.clone();
        self.client
            .call_with(Method::POST, segments!["knowledge-bases"], &request)
            .complete_with(move |client, created| Box::pin(find_created(client, created, name)))
    }

    /// `GET /knowledge-bases`: every knowledge base with its chunk count.
    pub fn list(&self) -> Request<ListKnowledgeBasesResponse> {
        self.client.call(Method::GET, segments!["knowledge-bases"])
    }

    /// `GET /knowledge-bases/:kbId`: one knowledge base with its indexing state.
    pub fn get(&self, kb_id: impl Into<KnowledgeBaseId>) -> Request<KnowledgeBaseDetailResponse> {
        let kb_id = kb_id.into();
        self.client
            .call(Method::GET, segments!["knowledge-bases", kb_id])
    }

    /// `DELETE /knowledge-bases/:kbId`: deletes it with every chunk and embedding.
    pub fn delete(&self, kb_id: impl Into<KnowledgeBaseId>) -> Request<Ack> {
        let kb_id = kb_id.into();
        self.client
            .call(Method::DELETE, segments!["knowledge-bases", kb_id])
    }

    /// `POST /knowledge-bases/:kbId/documents`: uploads a `.txt`, `.md`, `.csv` or
    /// `.json` file of at most 10 MB, streamed as `multipart/form-data`.
    ///
    /// ```no_run
    /// # async fn run(client: voxai_sdk::Client) -> voxai_sdk::Result<()> {
    /// use voxai_sdk::knowledge::UploadSource;
    /// let done = client
    ///     .knowledge_bases()
    ///     .upload(1, UploadSource::path("docs/faq.md"))
    ///     .on_progress(|p| eprintln!("{}/{:?}", p.bytes, p.total))
    ///     .await?;
    /// println!("{:?} chunks from {:?}", done.chunks_created, done.source_file);
    /// # Ok(()) }
    /// ```
    pub fn upload(&self, kb_id: impl Into<KnowledgeBaseId>, source: UploadSource) -> Upload {
        let kb_id = kb_id.into();
        Upload::new(&self.client, kb_id, source)
    }

    /// `POST /knowledge-bases/:kbId/ingest`: chunks and embeds raw text. Accepts the text
    /// or an [`IngestRequest`].
    pub fn ingest(
        &self,
        kb_id: impl Into<KnowledgeBaseId>,
        request: impl Into<IngestRequest>,
    ) -> Request<IngestResponse> {
        let kb_id = kb_id.into();
        let request = request.into();
        match require("content", &request.content) {
            Ok(()) => self.client.call_with(
                Method::POST,
                segments!["knowledge-bases", kb_id, "ingest"],
                &request,
            ),
            Err(e) => self.client.invalid(e),
        }
    }

    /// `POST /knowledge-bases/:kbId/reindex`: regenerates every embedding.
    pub fn reindex(&self, kb_id: impl Into<KnowledgeBaseId>) -> Request<ReindexResponse> {
        let kb_id = kb_id.into();
        self.client
            .call(Method::POST, segments!["knowledge-bases", kb_id, "reindex"])
    }

    /// `GET /knowledge-bases/:kbId/chunks`: a page of chunks (content cut to 200
    /// characters).
    pub fn chunks(&self, kb_id: impl Into<KnowledgeBaseId>) -> PageRequest<ListChunksQuery> {
        let kb_id = kb_id.into();
        PageRequest::new(
            &self.client,
            segments!["knowledge-bases", kb_id, "chunks"],
            ListChunksQuery::default(),
        )
    }

    /// `PUT /knowledge-bases/:kbId/chunks/:chunkId`: replaces a chunk's text and
    /// regenerates its embedding.
    pub fn update_chunk(
        &self,
        kb_id: impl Into<KnowledgeBaseId>,
        chunk_id: impl Into<ChunkId>,
        content: impl Into<String>,
    ) -> Request<UpdateChunkResponse> {
        let kb_id = kb_id.into();
        let chunk_id = chunk_id.into();
        let body = UpdateChunkRequest {
            content: content.into(),
        };
        match require("content", &body.content) {
            Ok(()) => self.client.call_with(
                Method::PUT,
                segments!["knowledge-bases", kb_id, "chunks", chunk_id],
                &body,
            ),
            Err(e) => self.client.invalid(e),
        }
    }

    /// `DELETE /knowledge-bases/:kbId/chunks/:chunkId`: deletes a chunk.
    pub fn delete_chunk(
        &self,
        kb_id: impl Into<KnowledgeBaseId>,
        chunk_id: impl Into<ChunkId>,
    ) -> Request<Ack> {
        let kb_id = kb_id.into();
        let chunk_id = chunk_id.into();
        self.client.call(
            Method::DELETE,
            segments!["knowledge-bases", kb_id, "chunks", chunk_id],
        )
    }

    /// `POST /knowledge/search`: the chunks most relevant to a query, best first.
    ///
    /// ```no_run
    /// # async fn run(client: voxai_sdk::Client) -> voxai_sdk::Result<()> {
    /// use voxai_sdk::types::knowledge::SearchRequest;
    /// let hits = client.knowledge_bases().search(SearchRequest::new(1, "opening hours?").top_k(3)).await?;
    /// for hit in hits.results {
    ///     println!("{:.2} {}", hit.score.unwrap_or(0.0), hit.content);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn search(&self, request: SearchRequest) -> Request<SearchResponse> {
        match require("query", &request.query) {
            Ok(()) => {
                self.client
                    .call_with(Method::POST, segments!["knowledge", "search"], &request)
            }
            Err(e) => self.client.invalid(e),
        }
    }
}

impl PageRequest<ListChunksQuery> {
    /// Only active (`true`) or only inactive (`false`) chunks.
    pub fn active(mut self, is_active: bool) -> Self {
        self.query.is_active = Some(is_active);
        self
    }
}

/// `created`, with the knowledge base named `name` found in the list when the server did
/// not echo it (best effort: a failed list leaves it as it was).
async fn find_created(
    client: Client,
    mut created: CreateKnowledgeBaseResponse,
    name: String,
) -> Result<CreateKnowledgeBaseResponse> {
    if created.knowledge_base.is_some() {
        return Ok(created);
    }
    if let Ok(listed) = client.knowledge_bases().list().await {
        created.knowledge_base = listed
            .knowledge_bases
            .into_iter()
            .filter(|kb| kb.name.as_deref() == Some(name.as_str()))
            .max_by_key(|kb| kb.id);
    }
    Ok(created)
}
