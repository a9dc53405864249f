//! `voxai kb` (reference section 11).

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use clap::{Args, Subcommand};
use comfy_table::Table;
use serde::Serialize;
use voxai_sdk::knowledge::UploadSource;
use voxai_types::knowledge::{
    Chunk, ChunkPage, CreateKnowledgeBaseRequest, CreateKnowledgeBaseResponse, IngestRequest,
    IngestResponse, KnowledgeBase, KnowledgeBaseDetailResponse, ListKnowledgeBasesResponse,
    MAX_UPLOAD_BYTES, ReindexResponse, SearchRequest, SearchResponse, UpdateChunkResponse,
    UploadDocumentResponse, is_allowed_upload,
};

use voxai_sdk::knowledge::KnowledgeBases;

use super::{Paging, Row, acked, list_pages, read_input, render_rows};
use crate::context::Ctx;
use crate::error::CliError;
use crate::output::{self, Cell, Render};
use crate::{progress, prompt};

/// `voxai kb ...`
#[derive(Debug, Subcommand)]
pub enum KbCommand {
    /// Create a knowledge base.
    #[command(
        after_help = "Examples:\n  voxai kb create FAQ --description 'Customer questions'\n  voxai kb create Manuals --chunk-size 800 --chunk-overlap 100"
    )]
    Create(CreateArgs),
    /// Knowledge bases.
    #[command(after_help = "Examples:\n  voxai kb list\n  voxai -q kb list")]
    List,
    /// One knowledge base.
    #[command(after_help = "Examples:\n  voxai kb get 1")]
    Get {
        /// Knowledge base id.
        id: u64,
    },
    /// Delete a knowledge base with every chunk (asks first).
    #[command(after_help = "Examples:\n  voxai kb delete 1\n  voxai -y kb delete 1")]
    Delete(DeleteArgs),
    /// Upload documents (.txt .md .csv .json, 10 MB each).
    #[command(after_help = "Examples:\n  voxai kb upload 1 docs/*.md")]
    Upload {
        /// Knowledge base id.
        id: u64,
        /// Files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Ingest raw text from --content, --file, or stdin.
    #[command(
        after_help = "Examples:\n  voxai kb ingest 1 --content 'We open at 9am.' --source hours\n  curl -s https://example.com/faq.txt | voxai kb ingest 1 --source faq"
    )]
    #[command(
        after_help = "Examples:\n  voxai kb ingest 1 --content 'We open at 9 am.' --source hours\n  voxai kb ingest 1 --file notes.txt\n  cat notes.txt | voxai kb ingest 1"
    )]
    Ingest(IngestArgs),
    /// Re-embed every chunk.
    #[command(after_help = "Examples:\n  voxai kb reindex 1")]
    Reindex {
        /// Knowledge base id.
        id: u64,
    },
    /// Chunks (content cut to 200 characters).
    #[command(
        after_help = "Examples:\n  voxai kb chunks 1\n  voxai -o json kb chunks 1 --active true --all"
    )]
    Chunks(ChunksArgs),
    /// Replace a chunk's text.
    #[command(after_help = "Examples:\n  voxai kb chunk-update 1 12 --content 'We open at 8 am.'")]
    ChunkUpdate {
        /// Knowledge base id.
        id: u64,
        /// Chunk id.
        chunk_id: u64,
        /// New text.
        #[arg(long)]
        content: String,
    },
    /// Delete a chunk (asks first).
    #[command(
        after_help = "Examples:\n  voxai kb chunk-delete 1 12\n  voxai -y kb chunk-delete 1 12"
    )]
    ChunkDelete(ChunkDeleteArgs),
    /// Semantic search, best first.
    #[command(
        after_help = "Examples:\n  voxai kb search 1 'What are your opening hours?' --top-k 3"
    )]
    Search(SearchArgs),
}

/// `kb search` arguments.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Knowledge base id.
    id: u64,
    /// The question.
    query: String,
    /// How many results.
    #[arg(long, value_name = "N")]
    top_k: Option<u32>,
}

/// `kb chunk-delete` arguments.
#[derive(Debug, Args)]
pub struct ChunkDeleteArgs {
    /// Knowledge base id.
    id: u64,
    /// Chunk id.
    chunk_id: u64,
}

/// `kb delete` arguments.
#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Knowledge base id.
    id: u64,
}

/// `kb create` arguments.
#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Name.
    name: String,
    /// Description.
    #[arg(long)]
    description: Option<String>,
    /// Characters per chunk.
    #[arg(long, value_name = "N")]
    chunk_size: Option<u32>,
    /// Characters shared by neighbouring chunks.
    #[arg(long, value_name = "N")]
    chunk_overlap: Option<u32>,
}

/// `kb ingest` flags.
#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Knowledge base id.
    id: u64,
    /// The text.
    #[arg(long, conflicts_with = "file")]
    content: Option<String>,
    /// A file to read the text from (- for stdin).
    #[arg(long)]
    file: Option<String>,
    /// Source label.
    #[arg(long, value_name = "NAME")]
    source: Option<String>,
}

/// `kb chunks` flags.
#[derive(Debug, Args)]
pub struct ChunksArgs {
    /// Knowledge base id.
    id: u64,
    /// Only active (true) or inactive (false) chunks.
    #[arg(long, value_name = "BOOL")]
    active: Option<bool>,
    /// Which page, or all of them.
    #[command(flatten)]
    paging: Paging,
}

fn kb_fields(kb: &KnowledgeBase) -> Table {
    output::fields(&[
        ("id", kb.id.to_string()),
        ("name", kb.name.cell()),
        ("description", output::or_dash(kb.description.as_ref())),
        ("chunks", kb.chunk_count.cell()),
        ("characters", output::or_dash(kb.total_chars)),
        (
            "chunking",
            match (kb.chunk_size, kb.chunk_overlap) {
                (Some(size), Some(overlap)) => format!("{size} characters, {overlap} overlap"),
                _ => "-".into(),
            },
        ),
        ("status", output::or_dash(kb.indexing_status.as_ref())),
        ("created (UTC)", output::time_cell(kb.created_at.as_ref())),
    ])
}

impl Render for CreateKnowledgeBaseResponse {
    fn table(&self) -> Table {
        match &self.knowledge_base {
            Some(kb) => kb_fields(kb),
            None => output::fields(&[(
                "result",
                "created (the server sent no details; see `voxai kb list`)".to_owned(),
            )]),
        }
    }

    fn ids(&self) -> Vec<String> {
        self.knowledge_base
            .iter()
            .map(|kb| kb.id.to_string())
            .collect()
    }
}

impl Render for KnowledgeBaseDetailResponse {
    fn table(&self) -> Table {
        kb_fields(&self.knowledge_base)
    }

    fn ids(&self) -> Vec<String> {
        vec![self.knowledge_base.id.to_string()]
    }
}

impl Render for ListKnowledgeBasesResponse {
    fn table(&self) -> Table {
        let mut table = output::table(&["ID", "NAME", "CHUNKS", "DESCRIPTION", "CREATED (UTC)"]);
        for kb in &self.knowledge_bases {
            table.add_row(vec![
                kb.id.to_string(),
                kb.name.cell(),
                kb.chunk_count.cell(),
                output::or_dash(kb.description.as_ref()),
                output::time_cell(kb.created_at.as_ref()),
            ]);
        }
        table
    }

    fn ids(&self) -> Vec<String> {
        self.knowledge_bases
            .iter()
            .map(|kb| kb.id.to_string())
            .collect()
    }
}

impl Row for Chunk {
    const HEADER: &'static [&'static str] = &["ID", "SOURCE", "INDEX", "ACTIVE", "CONTENT"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.source.cell(),
            self.chunk_index.cell(),
            output::yes_no(self.is_active),
            self.content.replace('\n', " "),
        ]
    }

    fn id(&self) -> String {
        self.id.to_string()
    }
}

render_rows!(ChunkPage, chunks);

render_rows!(UpdateChunkResponse, chunk, optional);

impl Render for IngestResponse {
    fn table(&self) -> Table {
        output::fields(&[
            ("source", self.source_name.cell()),
            ("chunks created", self.chunks_created.cell()),
        ])
    }

    fn ids(&self) -> Vec<String> {
        self.source_name.iter().cloned().collect()
    }
}

impl Render for ReindexResponse {
    fn table(&self) -> Table {
        output::fields(&[("chunks re-embedded", self.chunks_reindexed.cell())])
    }

    fn ids(&self) -> Vec<String> {
        self.chunks_reindexed.iter().map(u64::to_string).collect()
    }
}

impl Render for SearchResponse {
    fn table(&self) -> Table {
        let mut table = output::table(&["SCORE", "CHUNK", "SOURCE", "CONTENT"]);
        for hit in &self.results {
            table.add_row(vec![
                hit.score
                    .map_or_else(|| "-".to_owned(), |s| format!("{s:.3}")),
                hit.id.cell(),
                hit.source.cell(),
                hit.content.replace('\n', " "),
            ]);
        }
        table
    }

    fn ids(&self) -> Vec<String> {
        self.results
            .iter()
            .filter_map(|h| h.id.map(|id| id.to_string()))
            .collect()
    }
}

/// The results of `kb upload`, one per file (the API's JSON is one object per file).
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct Uploads(Vec<UploadDocumentResponse>);

impl Render for Uploads {
    fn table(&self) -> Table {
        let mut table = output::table(&["FILE", "CHUNKS CREATED"]);
        for u in &self.0 {
            table.add_row(vec![u.source_file.cell(), u.chunks_created.cell()]);
        }
        table
    }

    fn ids(&self) -> Vec<String> {
        self.0
            .iter()
            .filter_map(|u| u.source_file.clone())
            .collect()
    }
}

/// Checks every file before sending any, then uploads them with one overall bar.
async fn upload(
    ctx: &Ctx,
    client: &voxai_sdk::Client,
    id: u64,
    files: Vec<PathBuf>,
) -> Result<(), CliError> {
    let mut total = 0;
    for file in &files {
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if !is_allowed_upload(&name) {
            return Err(CliError::Invalid(format!(
                "{}: only .txt, .md, .csv and .json files can be uploaded",
                file.display()
            )));
        }
        let size = std::fs::metadata(file)
            .map_err(|e| CliError::io(format!("cannot read {}", file.display()), e))?
            .len();
        if size > MAX_UPLOAD_BYTES {
            return Err(CliError::Invalid(format!(
                "{}: {size} bytes is over the 10 MB limit",
                file.display()
            )));
        }
        total += size;
    }
    let bar = progress::bytes(ctx.streams(), &format!("uploading {} file(s)", files.len()));
    bar.set_length(total);
    let done_before = Arc::new(AtomicU64::new(0));
    let mut results = Vec::new();
    for file in files {
        let (bar_for_file, base) = (bar.clone(), done_before.clone());
        let uploaded = client
            .knowledge_bases()
            .upload(id, UploadSource::path(&file))
            .on_progress(move |p| bar_for_file.set_position(base.load(Ordering::Relaxed) + p.bytes))
            .await?;
        done_before.fetch_add(
            std::fs::metadata(&file).map_or(0, |m| m.len()),
            Ordering::Relaxed,
        );
        results.push(uploaded);
    }
    bar.finish_and_clear();
    output::print(ctx, &Uploads(results))
}

/// Runs `voxai kb ...`.
pub async fn run(ctx: &Ctx, command: KbCommand) -> Result<(), CliError> {
    let client = ctx.client().await?;
    let kbs = client.knowledge_bases();
    match command {
        KbCommand::Create(args) => create(ctx, &kbs, args).await,
        KbCommand::List => output::show(ctx, kbs.list()).await,
        KbCommand::Get { id } => output::show(ctx, kbs.get(id)).await,
        KbCommand::Delete(args) => delete(ctx, &kbs, args).await,
        KbCommand::Upload { id, files } => upload(ctx, &client, id, files).await,
        KbCommand::Ingest(args) => ingest(ctx, &kbs, args).await,
        KbCommand::Reindex { id } => output::show(ctx, kbs.reindex(id)).await,
        KbCommand::Chunks(args) => chunks(ctx, &kbs, args).await,
        KbCommand::ChunkUpdate {
            id,
            chunk_id,
            content,
        } => output::show(ctx, kbs.update_chunk(id, chunk_id, content)).await,
        KbCommand::ChunkDelete(args) => chunk_delete(ctx, &kbs, args).await,
        KbCommand::Search(args) => search(ctx, &kbs, args).await,
    }
}

/// `kb create`: makes a knowledge base.
async fn create(ctx: &Ctx, kbs: &KnowledgeBases, args: CreateArgs) -> Result<(), CliError> {
    let CreateArgs {
        name,
        description,
        chunk_size,
        chunk_overlap,
    } = args;
    let mut request = CreateKnowledgeBaseRequest::new(name);
    request.description = description;
    request.chunk_size = chunk_size;
    request.chunk_overlap = chunk_overlap;
    output::show(ctx, kbs.create(request)).await
}

/// `kb delete`: deletes a knowledge base, once confirmed.
async fn delete(ctx: &Ctx, kbs: &KnowledgeBases, args: DeleteArgs) -> Result<(), CliError> {
    let DeleteArgs { id } = args;
    prompt::confirm(
        ctx,
        &format!("delete knowledge base {id} with all its chunks"),
    )?;
    acked(ctx, kbs.delete(id), id, "deleted").await
}

/// `kb ingest`: chunks and embeds text.
async fn ingest(ctx: &Ctx, kbs: &KnowledgeBases, args: IngestArgs) -> Result<(), CliError> {
    let content = match (args.content, args.file) {
        (Some(content), _) => content,
        (None, file) => {
            let bytes = read_input(ctx, file.as_deref().unwrap_or("-"))?;
            String::from_utf8(bytes)
                .map_err(|_| CliError::Invalid("the text to ingest must be UTF-8".into()))?
        }
    };
    if content.trim().is_empty() {
        return Err(CliError::Invalid(
            "nothing to ingest: give --content, --file or text on stdin".into(),
        ));
    }
    let mut request = IngestRequest::new(content);
    request.source_name = args.source;
    output::show(ctx, kbs.ingest(args.id, request)).await
}

/// `kb chunks`: one page of chunks, or every page.
async fn chunks(ctx: &Ctx, kbs: &KnowledgeBases, args: ChunksArgs) -> Result<(), CliError> {
    let mut request = kbs.chunks(args.id);
    if let Some(active) = args.active {
        request = request.active(active);
    }
    list_pages(ctx, request, args.paging).await
}

/// `kb chunk-delete`: deletes a chunk, once confirmed.
async fn chunk_delete(
    ctx: &Ctx,
    kbs: &KnowledgeBases,
    args: ChunkDeleteArgs,
) -> Result<(), CliError> {
    let ChunkDeleteArgs { id, chunk_id } = args;
    prompt::confirm(
        ctx,
        &format!("delete chunk {chunk_id} of knowledge base {id}"),
    )?;
    acked(ctx, kbs.delete_chunk(id, chunk_id), chunk_id, "deleted").await
}

/// `kb search`: the chunks closest to a query.
async fn search(ctx: &Ctx, kbs: &KnowledgeBases, args: SearchArgs) -> Result<(), CliError> {
    let SearchArgs { id, query, top_k } = args;
    let mut request = SearchRequest::new(id, query);
    request.top_k = top_k;
    output::show(ctx, kbs.search(request)).await
}
