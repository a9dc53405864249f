//! Streaming a document into a knowledge base as `multipart/form-data`.

use std::fmt;
use std::future::IntoFuture;
use std::io;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use bytes::Bytes;
use futures::future::BoxFuture;
use futures::stream::{self, BoxStream, StreamExt};
use reqwest::Method;
use reqwest::multipart::{Form, Part};
use tokio::io::AsyncRead;
use tokio_util::io::ReaderStream;
use voxai_types::ids::KnowledgeBaseId;
use voxai_types::knowledge::{MAX_UPLOAD_BYTES, UploadDocumentResponse, is_allowed_upload};

use crate::call::segments;
use crate::client::Client;
use crate::error::{Error, Result};
use crate::progress::{Progress, ProgressFn};
use crate::request::{ACCEPT_JSON, RequestOptions, decode_json};
use crate::retry::RetryPolicy;
use crate::telemetry::Span;

/// Bytes per chunk when streaming in-memory content, so progress moves smoothly.
const CHUNK: usize = 64 * 1024;

type Reader = Pin<Box<dyn AsyncRead + Send>>;

/// What to upload: a file, bytes in memory, or any `AsyncRead`.
pub struct UploadSource {
    file_name: String,
    kind: SourceKind,
}

enum SourceKind {
    Path(PathBuf),
    Bytes(Bytes),
    /// A reader can be read once, so an upload from one is never retried.
    Reader {
        reader: Mutex<Option<Reader>>,
        length: Option<u64>,
    },
}

impl fmt::Debug for UploadSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match &self.kind {
            SourceKind::Path(path) => format!("path {}", path.display()),
            SourceKind::Bytes(bytes) => format!("{} bytes in memory", bytes.len()),
            SourceKind::Reader { length, .. } => format!("reader of {length:?} bytes"),
        };
        f.debug_struct("UploadSource")
            .field("file_name", &self.file_name)
            .field("kind", &kind)
            .finish()
    }
}

impl UploadSource {
    /// A file on disk; its name is the uploaded file name. It is read as it is sent.
    pub fn path(path: impl AsRef<Path>) -> Self {
        let path = path.as_ref();
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Self {
            file_name,
            kind: SourceKind::Path(path.to_owned()),
        }
    }

    /// Bytes in memory, uploaded as `file_name`: a `Vec<u8>`, a `String`, a
    /// `bytes::Bytes`, or a `&'static` literal without a copy; a borrowed slice as
    /// `data.to_vec()`.
    pub fn bytes(file_name: impl Into<String>, bytes: impl Into<Bytes>) -> Self {
        Self {
            file_name: file_name.into(),
            kind: SourceKind::Bytes(bytes.into()),
        }
    }

    /// Any reader, uploaded as `file_name`. Give its `length` if known: the 10 MB limit
    /// is then checked before sending (otherwise while streaming). Read once, so never
    /// retried.
    pub fn reader(
        file_name: impl Into<String>,
        reader: impl AsyncRead + Send + 'static,
        length: Option<u64>,
    ) -> Self {
        Self {
            file_name: file_name.into(),
            kind: SourceKind::Reader {
                reader: Mutex::new(Some(Box::pin(reader))),
                length,
            },
        }
    }

    /// Uploads under another file name (the extension still has to be allowed).
    pub fn file_name(mut self, file_name: impl Into<String>) -> Self {
        self.file_name = file_name.into();
        self
    }

    /// The size, where it can be known before reading.
    async fn length(&self) -> Result<Option<u64>> {
        Ok(match &self.kind {
            SourceKind::Path(path) => Some(tokio::fs::metadata(path).await?.len()),
            SourceKind::Bytes(bytes) => Some(bytes.len() as u64),
            SourceKind::Reader { length, .. } => *length,
        })
    }

    /// The body of one attempt.
    async fn stream(&self) -> Result<BoxStream<'static, io::Result<Bytes>>> {
        Ok(match &self.kind {
            SourceKind::Path(path) => ReaderStream::new(tokio::fs::File::open(path).await?).boxed(),
            SourceKind::Bytes(bytes) => {
                let bytes = bytes.clone();
                let chunks: Vec<Bytes> = (0..bytes.len())
                    .step_by(CHUNK)
                    .map(|at| bytes.slice(at..(at + CHUNK).min(bytes.len())))
                    .collect();
                stream::iter(chunks.into_iter().map(Ok)).boxed()
            }
            SourceKind::Reader { reader, .. } => {
                let reader = reader
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .take()
                    .ok_or_else(|| {
                        Error::validation("source", "a reader can only be uploaded once")
                    })?;
                ReaderStream::new(reader).boxed()
            }
        })
    }

    fn content_type(&self) -> &'static str {
        let ext = self
            .file_name
            .rsplit_once('.')
            .map(|(_, e)| e.to_ascii_lowercase());
        match ext.as_deref() {
            Some("md") => "text/markdown",
            Some("csv") => "text/csv",
            Some("json") => "application/json",
            _ => "text/plain",
        }
    }
}

/// A document upload, from [`KnowledgeBases::upload`](super::KnowledgeBases::upload).
///
/// Uploads from a path or bytes are retried like any POST (only when nothing was sent,
/// or after a 429); uploads from a reader are never retried, as it can be read once.
#[must_use = "an upload does nothing until it is awaited or sent"]
pub struct Upload {
    client: Client,
    kb_id: KnowledgeBaseId,
    source: UploadSource,
    progress: Option<ProgressFn>,
    options: RequestOptions,
}

impl fmt::Debug for Upload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Upload")
            .field("kb_id", &self.kb_id)
            .field("source", &self.source)
            .finish_non_exhaustive()
    }
}

impl Upload {
    pub(crate) fn new(client: &Client, kb_id: KnowledgeBaseId, source: UploadSource) -> Self {
        Self {
            client: client.clone(),
            kb_id,
            source,
            progress: None,
            options: RequestOptions::default(),
        }
    }

    /// Called as bytes are sent.
    pub fn on_progress(mut self, callback: impl Fn(Progress) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(callback));
        self
    }

    crate::request::request_option_setters!();

    /// Checks the file name and size, then streams the upload.
    ///
    /// # Errors
    ///
    /// As [`Request::send`](crate::Request::send); also [`Error::Validation`] for a file
    /// type the API does not take, more than 10 MB, or a reader sent a second time, and
    /// [`Error::Io`] when the source cannot be read.
    pub async fn send(self) -> Result<UploadDocumentResponse> {
        let name = &self.source.file_name;
        if !is_allowed_upload(name) {
            return Err(Error::validation(
                "file",
                format!("{name:?} is not an allowed type: use a .txt, .md, .csv or .json file"),
            ));
        }
        let length = self.source.length().await?;
        if let Some(length) = length.filter(|l| *l > MAX_UPLOAD_BYTES) {
            return Err(too_large(name, Some(length)));
        }
        let policy = match self.source.kind {
            SourceKind::Reader { .. } => Some(RetryPolicy::none()),
            _ => self.options.retry.clone(),
        };
        let path = segments!["knowledge-bases", self.kb_id, "documents"];
        let url = self.client.endpoint(&path)?;
        let this = &self;
        let url = &url;
        let span = Span::upload(length);
        let result = span
            .instrument(self.client.with_retry(
                &Method::POST,
                &path,
                policy.as_ref(),
                move || async move { this.attempt(url, length).await },
            ))
            .await;
        span.record_outcome(&result);
        result
    }

    async fn attempt(&self, url: &url::Url, length: Option<u64>) -> Result<UploadDocumentResponse> {
        let exceeded = Arc::new(AtomicBool::new(false));
        let body = counted(
            self.source.stream().await?,
            self.progress.clone(),
            length,
            exceeded.clone(),
        );
        let body = reqwest::Body::wrap_stream(body);
        let part = match length {
            Some(length) => Part::stream_with_length(body, length),
            None => Part::stream(body),
        }
        .file_name(self.source.file_name.clone())
        .mime_str(self.source.content_type())
        .map_err(|e| Error::validation("file", e.to_string()))?;
        let request = self
            .client
            .http_request(Method::POST, url.clone(), ACCEPT_JSON, self.options.timeout)?
            .multipart(Form::new().part("file", part));
        let result = async {
            let (response, _) = self.client.execute(request).await?;
            let status = response.status();
            let bytes = response.bytes().await.map_err(Error::from_reqwest)?;
            decode_json(status, bytes)
        }
        .await;
        match result {
            Err(_) if exceeded.load(Ordering::Relaxed) => {
                Err(too_large(&self.source.file_name, None))
            }
            other => other,
        }
    }
}

impl IntoFuture for Upload {
    type Output = Result<UploadDocumentResponse>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

fn too_large(name: &str, length: Option<u64>) -> Error {
    let size = length.map_or_else(|| "more than 10 MB".to_owned(), |l| format!("{l} bytes"));
    Error::validation(
        "file",
        format!("{name:?} is {size}; the limit is 10 MB (10485760 bytes)"),
    )
}

/// Reports progress and stops the body once it passes the upload limit.
fn counted(
    body: BoxStream<'static, io::Result<Bytes>>,
    progress: Option<ProgressFn>,
    total: Option<u64>,
    exceeded: Arc<AtomicBool>,
) -> BoxStream<'static, io::Result<Bytes>> {
    let mut sent = 0u64;
    body.map(move |chunk| {
        let chunk = chunk?;
        sent += chunk.len() as u64;
        if sent > MAX_UPLOAD_BYTES {
            exceeded.store(true, Ordering::Relaxed);
            return Err(io::Error::other("upload exceeds 10 MB"));
        }
        if let Some(progress) = &progress {
            progress(Progress::new(sent, total));
        }
        Ok(chunk)
    })
    .boxed()
}
