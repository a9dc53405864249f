//! Knowledge bases.

use serde_json::{Value, json};

use super::super::Components;
use super::super::operation::{Op, Paths, example, id};
use crate::Ack;
use crate::knowledge::{
    ChunkPage, CreateKnowledgeBaseRequest, CreateKnowledgeBaseResponse, IngestRequest,
    IngestResponse, KnowledgeBaseDetailResponse, ListChunksQuery, ListKnowledgeBasesResponse,
    ReindexResponse, SearchRequest, SearchResponse, UpdateChunkRequest, UpdateChunkResponse,
    UploadDocumentResponse,
};

/// The id of the knowledge base a create answered with, as a link parameter.
const NEW_KB: &str = "$response.body#/knowledge_base/id";

/// The id path parameter of a knowledge base.
fn kb() -> Value {
    id("kbId", "knowledge base")
}

/// Knowledge bases themselves: create, list, detail, delete.
pub(super) fn knowledge_bases(p: &mut Paths, c: &mut Components) {
    p.add(
        "POST",
        "/knowledge-bases",
        Op::new(
            "knowledge",
            "createKnowledgeBase",
            "Create a knowledge base",
        )
        .describe("Left open by the reference: the answer echoes the knowledge base.")
        .body(c.schema::<CreateKnowledgeBaseRequest>())
        .answer(
            200,
            "The knowledge base created.",
            c.schema::<CreateKnowledgeBaseResponse>(),
            None,
        )
        .link(200, "ingestText", json!({ "kbId": NEW_KB }))
        .link(200, "uploadDocument", json!({ "kbId": NEW_KB }))
        .link(200, "listChunks", json!({ "kbId": NEW_KB }))
        .errors(&[400, 409]),
    );
    p.add(
        "GET",
        "/knowledge-bases",
        Op::new("knowledge", "listKnowledgeBases", "List knowledge bases").answer(
            200,
            "The project's knowledge bases.",
            c.schema::<ListKnowledgeBasesResponse>(),
            example!("knowledge_list.json"),
        ),
    );
    p.add(
        "GET",
        "/knowledge-bases/{kbId}",
        Op::new("knowledge", "getKnowledgeBase", "Knowledge base detail")
            .param(kb())
            .answer(
                200,
                "The knowledge base.",
                c.schema::<KnowledgeBaseDetailResponse>(),
                example!("knowledge_detail.json"),
            )
            .errors(&[404]),
    );
    p.add(
        "DELETE",
        "/knowledge-bases/{kbId}",
        Op::new(
            "knowledge",
            "deleteKnowledgeBase",
            "Delete a knowledge base and its chunks",
        )
        .param(kb())
        .answer(
            200,
            "The knowledge base was deleted.",
            c.schema::<Ack>(),
            None,
        )
        .errors(&[404]),
    );
}

/// What goes into a knowledge base: documents, text, a re-embedding.
pub(super) fn documents(p: &mut Paths, c: &mut Components) {
    p.add(
        "POST",
        "/knowledge-bases/{kbId}/documents",
        Op::new("knowledge", "uploadDocument", "Upload a document")
            .describe("A `.txt`, `.md`, `.csv` or `.json` file of at most 10 MB, as multipart/form-data in the field `file`; it is chunked and embedded.")
            .param(kb())
            .request(json!({
                "required": true,
                "content": { "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": { "file": { "type": "string", "format": "binary", "description": "The document." } },
                        "required": ["file"]
                    },
                    // The file name's extension is what the server reads the type from.
                    "encoding": { "file": {
                        "contentType": "text/plain, text/markdown, text/csv, application/json",
                        "headers": { "Content-Disposition": {
                            "description": "Names the file; its extension (`.txt`, `.md`, `.csv` or `.json`) says the type.",
                            "schema": { "type": "string", "example": "form-data; name=\"file\"; filename=\"faq.md\"" }
                        } }
                    } }
                } }
            }))
            .answer(200, "The chunks created.", c.schema::<UploadDocumentResponse>(), example!("knowledge_upload.json"))
            .errors(&[400, 404]),
    );
    p.add(
        "POST",
        "/knowledge-bases/{kbId}/ingest",
        Op::new("knowledge", "ingestText", "Ingest text")
            .describe("Left open by the reference: the answer carries `chunks_created` and `source_name`.")
            .param(kb())
            .body(c.schema::<IngestRequest>())
            .answer(200, "The chunks created.", c.schema::<IngestResponse>(), None)
            .link(200, "listChunks", json!({ "kbId": "$request.path.kbId" }))
            .errors(&[400, 404]),
    );
    p.add(
        "POST",
        "/knowledge-bases/{kbId}/reindex",
        Op::new("knowledge", "reindex", "Re-embed every chunk")
            .param(kb())
            .answer(
                200,
                "How many chunks were re-embedded.",
                c.schema::<ReindexResponse>(),
                example!("knowledge_reindex.json"),
            )
            .errors(&[404]),
    );
}

/// The chunks of a knowledge base, and the search over them.
pub(super) fn chunks(p: &mut Paths, c: &mut Components) {
    let first_chunk =
        || json!({ "kbId": "$request.path.kbId", "chunkId": "$response.body#/chunks/0/id" });
    p.add(
        "GET",
        "/knowledge-bases/{kbId}/chunks",
        Op::new("knowledge", "listChunks", "List chunks (paginated)")
            .param(kb())
            .query::<ListChunksQuery>(c)
            .answer(
                200,
                "One page of chunks.",
                c.schema::<ChunkPage>(),
                example!("knowledge_chunks.json"),
            )
            .link(200, "updateChunk", first_chunk())
            .link(200, "deleteChunk", first_chunk())
            .errors(&[400, 404]),
    );
    let chunk = || id("chunkId", "chunk");
    p.add(
        "PUT",
        "/knowledge-bases/{kbId}/chunks/{chunkId}",
        Op::new("knowledge", "updateChunk", "Update a chunk's content")
            .describe("The chunk is re-embedded.")
            .param(kb())
            .param(chunk())
            .body(c.schema::<UpdateChunkRequest>())
            .answer(
                200,
                "The chunk was updated.",
                c.schema::<UpdateChunkResponse>(),
                None,
            )
            .errors(&[400, 404]),
    );
    p.add(
        "DELETE",
        "/knowledge-bases/{kbId}/chunks/{chunkId}",
        Op::new("knowledge", "deleteChunk", "Delete a chunk")
            .param(kb())
            .param(chunk())
            .answer(200, "The chunk was deleted.", c.schema::<Ack>(), None)
            .errors(&[404]),
    );
    p.add(
        "POST",
        "/knowledge/search",
        Op::new("knowledge", "search", "Semantic search")
            .describe("Left open by the reference: results are best first, `score` a cosine similarity in [-1, 1].")
            .body(c.schema::<SearchRequest>())
            .answer(200, "The closest chunks.", c.schema::<SearchResponse>(), None)
            .errors(&[400, 404]),
    );
}
