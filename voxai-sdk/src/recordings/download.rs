//! Streaming a recording to a writer or a file, resumable with `Range`.

use std::fmt;
use std::path::Path;
use std::sync::Arc;

use reqwest::header::{CONTENT_RANGE, CONTENT_TYPE, ETAG, HeaderValue, IF_RANGE, RANGE};
use reqwest::{Method, StatusCode};
use tokio::io::{AsyncSeekExt, AsyncWrite, AsyncWriteExt};
use voxai_types::ids::RecordingId;

use crate::call::segments;
use crate::client::Client;
use crate::error::{Error, Result};
use crate::progress::{Progress, ProgressFn};
use crate::request::RequestOptions;
use crate::telemetry::Span;

/// A recording download, from [`Recordings::download`](super::Recordings::download).
///
/// The body is written as it arrives; memory use does not grow with the file.
///
/// ```no_run
/// # async fn run(client: voxai_sdk::Client) -> voxai_sdk::Result<()> {
/// let info = client
///     .recordings()
///     .download(7)
///     .on_progress(|p| eprintln!("{} of {:?} bytes", p.bytes, p.total))
///     .to_file("recording.ogg") // resumes recording.ogg.part if one is there
///     .await?;
/// println!("{} bytes of {:?}", info.bytes_written, info.content_type);
/// # Ok(()) }
/// ```
#[must_use = "a download does nothing until written somewhere"]
pub struct Download {
    client: Client,
    recording_id: RecordingId,
    offset: u64,
    /// The validator a resumed range must still match (`If-Range`).
    if_range: Option<String>,
    progress: Option<ProgressFn>,
    options: RequestOptions,
}

impl fmt::Debug for Download {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Download")
            .field("recording_id", &self.recording_id)
            .field("offset", &self.offset)
            .finish_non_exhaustive()
    }
}

/// What a download wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DownloadInfo {
    /// The declared `Content-Type` (`audio/ogg`, `audio/mp4` or `audio/wav`).
    pub content_type: Option<String>,
    /// The byte offset writing started at (non-zero when resumed).
    pub offset: u64,
    /// Bytes written by this download.
    pub bytes_written: u64,
    /// The file's full size, when the server said.
    pub total_size: Option<u64>,
}

/// A response on its way, with what its headers said.
struct Opened {
    response: Option<reqwest::Response>,
    content_type: Option<String>,
    /// Whether the server honoured `Range` (206).
    partial: bool,
    total_size: Option<u64>,
    /// The recording's `ETag`, to resume against later.
    etag: Option<String>,
}

impl Download {
    pub(crate) fn new(client: &Client, recording_id: RecordingId) -> Self {
        Self {
            client: client.clone(),
            recording_id,
            offset: 0,
            if_range: None,
            progress: None,
            options: RequestOptions::default(),
        }
    }

    /// Starts at this byte (sends `Range: bytes=OFFSET-`).
    pub fn resume_from(mut self, offset: u64) -> Self {
        self.offset = offset;
        self
    }

    /// Called as bytes arrive.
    pub fn on_progress(mut self, callback: impl Fn(Progress) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(callback));
        self
    }

    crate::request::request_option_setters!();

    /// Writes the recording (from the offset) to `writer`.
    ///
    /// # Errors
    ///
    /// As [`Request::send`](crate::Request::send) for the request; also
    /// [`Error::Validation`] for an offset past the end, [`Error::Io`] when `writer`
    /// fails, and [`Error::Transport`] when the body breaks off.
    pub async fn to_writer<W: AsyncWrite + Unpin + ?Sized>(
        self,
        writer: &mut W,
    ) -> Result<DownloadInfo> {
        let span = Span::download(self.offset);
        let result = span
            .instrument(async {
                let opened = self.open().await?;
                // A plain writer cannot rewind: if the server ignored `Range`, drop what
                // is before the offset.
                let skip = if opened.partial { 0 } else { self.offset };
                self.copy(opened, writer, self.offset, skip).await
            })
            .await;
        finish(&span, result)
    }

    /// Writes the recording to `path`, through `PATH.part`: the bytes go to the part file
    /// (created with mode 0600, never through a link), which is renamed to `path` once
    /// complete, so `path` is never a partial recording and a link planted there is
    /// replaced, not written through. A part file left by an interrupted download is
    /// resumed from its length, with `If-Range` so that a recording changed since is
    /// fetched whole. A failed download keeps a part file that holds bytes, to resume.
    ///
    /// # Errors
    ///
    /// As [`to_writer`](Self::to_writer), and [`Error::Io`] when the part file cannot
    /// be opened (a link there is refused) or written, or renamed to `path`.
    pub async fn to_file(self, path: impl AsRef<Path>) -> Result<DownloadInfo> {
        let path = path.as_ref();
        let part = suffixed(path, ".part");
        let result = self.write_part(&part).await;
        match result {
            Ok(info) => {
                tokio::fs::rename(&part, path).await?;
                let _ = tokio::fs::remove_file(suffixed(path, ".part.etag")).await;
                Ok(info)
            }
            Err(error) => {
                // An empty part file would only be in the way.
                if tokio::fs::metadata(&part).await.is_ok_and(|m| m.len() == 0) {
                    let _ = tokio::fs::remove_file(&part).await;
                }
                Err(error)
            }
        }
    }

    async fn write_part(mut self, part: &Path) -> Result<DownloadInfo> {
        let file = open_private(part).await?;
        let tag = suffixed(part, ".etag");
        if self.offset == 0 {
            self.offset = file.metadata().await?.len();
        }
        if self.offset > 0 {
            self.if_range = read_tag(&tag).await;
        }
        let span = Span::download(self.offset);
        let result = span.instrument(self.resume_into(file, &tag)).await;
        finish(&span, result)
    }

    /// Fetches from the offset into the part file `file`, whose ETag is kept at `tag`.
    async fn resume_into(&self, mut file: tokio::fs::File, tag: &Path) -> Result<DownloadInfo> {
        let opened = self.open().await?;
        // If the server ignored `Range` (or the recording changed) the whole file comes:
        // write it from 0.
        let start = if opened.partial || opened.response.is_none() {
            self.offset
        } else {
            0
        };
        file.set_len(start).await?;
        file.seek(std::io::SeekFrom::Start(start)).await?;
        match &opened.etag {
            Some(etag) => write_tag(tag, etag).await?,
            None => {
                let _ = tokio::fs::remove_file(tag).await;
            }
        }
        let info = self.copy(opened, &mut file, start, 0).await?;
        file.sync_all().await?;
        Ok(info)
    }

    /// Sends the request (with retries until the response starts).
    async fn open(&self) -> Result<Opened> {
        let client = &self.client;
        let path = segments!["recordings", self.recording_id, "download"];
        let url = client.endpoint(&path)?;
        let offset = self.offset;
        let if_range = self.if_range.as_deref();
        let (url_ref, options) = (&url, &self.options);
        let (response, _) = client
            .with_retry(
                &Method::GET,
                &path,
                options.retry.as_ref(),
                move || async move {
                    let mut request = client.http_request(
                        Method::GET,
                        url_ref.clone(),
                        "audio/*",
                        options.timeout,
                    )?;
                    if offset > 0 {
                        let range = HeaderValue::from_str(&format!("bytes={offset}-"))
                            .map_err(|e| Error::validation("offset", e.to_string()))?;
                        request = request.header(RANGE, range);
                        // The bytes kept are of the recording as it was then: if it
                        // changed since, the server sends it whole.
                        if let Some(tag) = if_range.and_then(|t| HeaderValue::from_str(t).ok()) {
                            request = request.header(IF_RANGE, tag);
                        }
                    }
                    client
                        .execute_allowing(request, Some(StatusCode::RANGE_NOT_SATISFIABLE))
                        .await
                },
            )
            .await?;
        let headers = response.headers();
        let content_type = headers
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let range_total = headers
            .get(CONTENT_RANGE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit_once('/'))
            .and_then(|(_, total)| total.trim().parse::<u64>().ok());
        let status = response.status();
        if status == StatusCode::RANGE_NOT_SATISFIABLE {
            // Nothing past the offset: fine when the offset is exactly the full size.
            return match range_total {
                // The 416's own type is the error envelope's, not the recording's.
                Some(total) if total == offset => Ok(Opened {
                    response: None,
                    content_type: None,
                    partial: true,
                    total_size: Some(total),
                    etag: None,
                }),
                _ => Err(Error::validation(
                    "offset",
                    format!(
                        "byte {offset} is past the end of the recording ({} bytes)",
                        range_total.map_or_else(|| "size unknown".to_owned(), |t| t.to_string())
                    ),
                )),
            };
        }
        let partial = status == StatusCode::PARTIAL_CONTENT;
        let etag = headers
            .get(ETAG)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let total_size = range_total.or_else(|| {
            response
                .content_length()
                .map(|len| if partial { len + offset } else { len })
        });
        Ok(Opened {
            response: Some(response),
            content_type,
            partial,
            total_size,
            etag,
        })
    }

    /// Copies the body to `writer`, dropping the first `skip` bytes; `start` is the
    /// file offset of the first byte written, for progress.
    async fn copy<W: AsyncWrite + Unpin + ?Sized>(
        &self,
        opened: Opened,
        writer: &mut W,
        start: u64,
        mut skip: u64,
    ) -> Result<DownloadInfo> {
        let mut written = 0u64;
        if let Some(mut response) = opened.response {
            while let Some(chunk) = response.chunk().await.map_err(Error::from_reqwest)? {
                let drop = usize::try_from(skip).map_or(chunk.len(), |s| s.min(chunk.len()));
                skip -= drop as u64;
                let bytes = &chunk[drop..];
                writer.write_all(bytes).await?;
                written += bytes.len() as u64;
                if let Some(progress) = &self.progress {
                    progress(Progress::new(start + written, opened.total_size));
                }
            }
        }
        writer.flush().await?;
        Ok(DownloadInfo {
            content_type: opened.content_type,
            offset: start,
            bytes_written: written,
            total_size: opened.total_size,
        })
    }
}

/// `path` with `suffix` added to its file name.
fn suffixed(path: &Path, suffix: &str) -> std::path::PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    name.into()
}

/// Opens (or creates, mode 0600) a file of ours to write into, never through a link.
async fn open_private(path: &Path) -> std::io::Result<tokio::fs::File> {
    let mut options = tokio::fs::OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    options.mode(0o600).custom_flags(libc::O_NOFOLLOW);
    options.open(path).await
}

/// The validator kept beside a part file, if any (never read through a link).
async fn read_tag(path: &Path) -> Option<String> {
    let metadata = tokio::fs::symlink_metadata(path).await.ok()?;
    if !metadata.file_type().is_file() || metadata.len() > 1024 {
        return None;
    }
    let text = tokio::fs::read_to_string(path).await.ok()?;
    Some(text.trim().to_owned()).filter(|t| !t.is_empty())
}

async fn write_tag(path: &Path, etag: &str) -> std::io::Result<()> {
    let mut file = open_private(path).await?;
    file.set_len(0).await?;
    file.write_all(etag.as_bytes()).await?;
    file.flush().await
}

/// Records how a download ended on its span.
fn finish(span: &Span, result: Result<DownloadInfo>) -> Result<DownloadInfo> {
    if let Ok(info) = &result {
        span.record("bytes", info.bytes_written);
    }
    span.record_outcome(&result);
    result
}
