//! Cassettes: what a recording proxy saw between a client and a deployment, one JSON
//! document a line, for [`replay`](crate::replay) and [`audit`](crate::audit).
//!
//! The first line is a [`Header`] with the format's [`VERSION`]; every later line is one
//! [`Entry`]: a whole HTTP exchange, or one event of a monitor WebSocket (opened, a frame,
//! closed). Each line is written whole as soon as its exchange or frame is over, so a
//! crash loses at most what was in flight. Secrets are never written: see [`redact`].
//!
//! ```
//! use voxai_mock::cassette::{Body, Entry};
//!
//! let line = r#"{"kind":"http","seq":1,"method":"GET","path":"/rooms","status":200,
//!   "headers":{"content-type":"application/json"},"response":{"json":{"rooms":[]}},
//!   "duration_ms":1.5}"#;
//! let Entry::Http(exchange) = serde_json::from_str(&line.replace('\n', ""))? else {
//!     unreachable!()
//! };
//! assert_eq!(exchange.response, Some(Body::Json(serde_json::json!({"rooms": []}))));
//! # Ok::<(), serde_json::Error>(())
//! ```

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub mod redact;

/// The cassette format this version writes, and the newest it reads.
pub const VERSION: u32 = 1;

/// The `format` of every cassette's header line.
pub const FORMAT: &str = "voxai-cassette";

/// The first line of a cassette.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Header {
    /// Always [`FORMAT`].
    pub format: String,
    /// The format's version ([`VERSION`] when written by this one).
    pub version: u32,
    /// The base URL that was recorded (`https://voxai.ai0.dev/api/v1`).
    pub upstream: String,
    /// When the recording started (RFC 3339).
    pub recorded_at: String,
    /// What wrote it (`voxai-mock 0.1.0`).
    pub recorder: String,
}

impl Header {
    /// A header for a recording of `upstream` starting now.
    pub fn new(upstream: impl Into<String>) -> Self {
        let now = time::OffsetDateTime::now_utc()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default();
        Self {
            format: FORMAT.to_owned(),
            version: VERSION,
            upstream: upstream.into(),
            recorded_at: now,
            recorder: concat!("voxai-mock ", env!("CARGO_PKG_VERSION")).to_owned(),
        }
    }
}

/// One line after the header.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Entry {
    /// An HTTP request and its answer.
    Http(Box<Exchange>),
    /// A monitor WebSocket was opened (or refused).
    MonitorOpen(MonitorOpen),
    /// One frame on a monitor WebSocket.
    MonitorFrame(MonitorFrame),
    /// A monitor WebSocket was closed.
    MonitorClose(MonitorClose),
}

/// An HTTP request and the answer it got.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Exchange {
    /// Its place in the recording (1, 2, ...; monitor connections count apart).
    pub seq: u64,
    /// `GET`, `POST`, ...
    pub method: String,
    /// The path below the base URL (`/rooms/my-room`).
    pub path: String,
    /// The query string, without `?` (secrets redacted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Request headers that change the answer (`content-type`, `range`, `if-range`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub request_headers: BTreeMap<String, String>,
    /// The request body, if it had one (secrets redacted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<Body>,
    /// The answer's status.
    pub status: u16,
    /// Answer headers that matter: content type and range, the rate-limit headers,
    /// `Retry-After`.
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
    /// The answer's body, if it had one (secrets redacted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<Body>,
    /// From the request's arrival to the answer's last byte, in milliseconds.
    #[serde(default)]
    pub duration_ms: f64,
    /// What went wrong, when the upstream was unreachable or the answer was cut short.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// A body, as recorded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Body {
    /// A JSON body, parsed.
    Json(Value),
    /// A text body (the plain-text transcript).
    Text(String),
    /// Anything else (a recording, an upload): its length, type and SHA-256, and its
    /// bytes in base64 only when the recording asked for them (`--record-bodies`).
    Bytes {
        /// The `Content-Type`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        content_type: Option<String>,
        /// Its length in bytes.
        length: u64,
        /// The SHA-256 of the bytes, in hex.
        sha256: String,
        /// The bytes, base64 (standard alphabet, padded).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        base64: Option<String>,
    },
}

/// Who sent a frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// The client (subscribe and unsubscribe commands).
    Client,
    /// The server (events and answers).
    Server,
}

/// A monitor WebSocket opened through the proxy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MonitorOpen {
    /// The connection's number in the recording (1, 2, ...).
    pub connection: u64,
    /// The query string, `api_key` redacted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// The upstream's handshake status (101 when it upgraded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// Why the upstream could not be reached.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// One frame.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MonitorFrame {
    /// The connection it belongs to.
    pub connection: u64,
    /// Who sent it.
    pub direction: Direction,
    /// Milliseconds since the connection opened.
    pub ms: f64,
    /// A text frame's text (a JSON document on the monitor).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// A binary frame's length (the monitor sends none; kept to say so).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub binary_length: Option<u64>,
}

/// The end of a monitor WebSocket.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MonitorClose {
    /// The connection.
    pub connection: u64,
    /// Who closed it.
    pub direction: Direction,
    /// Milliseconds since the connection opened.
    pub ms: f64,
    /// The close code, if the close frame had one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<u16>,
    /// The close reason.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

/// Why a cassette could not be read or written.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CassetteError {
    /// The file could not be opened, read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The cassette.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// A line is not what the format says.
    #[error("{}, line {line}: {message}", path.display())]
    Line {
        /// The cassette.
        path: PathBuf,
        /// 1-based.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
    /// Written by a newer version of the format.
    #[error(
        "{}: cassette format version {found} is newer than this program reads ({VERSION}); upgrade voxai to read it",
        path.display()
    )]
    Newer {
        /// The cassette.
        path: PathBuf,
        /// The version its header names.
        found: u32,
    },
    /// The cassette exists and overwriting it was not asked for.
    #[error("{} exists: record to another file, or pass --force to overwrite it", path.display())]
    Exists {
        /// The cassette.
        path: PathBuf,
    },
}

/// A cassette read whole: its header and entries, in the order they were written.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Cassette {
    /// The first line.
    pub header: Header,
    /// Every later line.
    pub entries: Vec<Entry>,
}

impl Cassette {
    /// Reads a cassette file.
    ///
    /// # Errors
    ///
    /// When the file cannot be read, a line is not JSON or not an entry (the error names
    /// the line), the first line is not a header, or the header names a newer version.
    pub fn read(path: impl AsRef<Path>) -> Result<Self, CassetteError> {
        let path = path.as_ref();
        let io = |source| CassetteError::Io {
            path: path.to_owned(),
            source,
        };
        let file = File::open(path).map_err(io)?;
        Self::from_reader(path, BufReader::new(file))
    }

    /// Reads a cassette from `reader`; `path` only names it in errors.
    ///
    /// # Errors
    ///
    /// As [`read`](Self::read).
    pub fn from_reader(path: &Path, reader: impl BufRead) -> Result<Self, CassetteError> {
        let bad = |line: usize, message: String| CassetteError::Line {
            path: path.to_owned(),
            line,
            message,
        };
        let mut header = None;
        let mut entries = Vec::new();
        for (index, line) in reader.lines().enumerate() {
            let number = index + 1;
            let line = line.map_err(|source| CassetteError::Io {
                path: path.to_owned(),
                source,
            })?;
            if line.trim().is_empty() {
                continue;
            }
            let Some(_) = header else {
                header = Some(read_header(path, number, &line)?);
                continue;
            };
            let entry = serde_json::from_str(&line)
                .map_err(|e| bad(number, format!("not a cassette entry: {e}")))?;
            entries.push(entry);
        }
        let header = header.ok_or_else(|| bad(1, "empty: no header line".to_owned()))?;
        Ok(Self { header, entries })
    }
}

fn read_header(path: &Path, line: usize, text: &str) -> Result<Header, CassetteError> {
    let bad = |message: String| CassetteError::Line {
        path: path.to_owned(),
        line,
        message,
    };
    let value: Value =
        serde_json::from_str(text).map_err(|e| bad(format!("not JSON (truncated?): {e}")))?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(bad(format!(
            "not a cassette: the first line has no \"format\": \"{FORMAT}\""
        )));
    }
    let found = value.get("version").and_then(Value::as_u64).unwrap_or(0);
    let found = u32::try_from(found).unwrap_or(u32::MAX);
    if found > VERSION {
        return Err(CassetteError::Newer {
            path: path.to_owned(),
            found,
        });
    }
    serde_json::from_value(value).map_err(|e| bad(format!("a header without its fields: {e}")))
}

/// Appends entries to a cassette, each line written whole and flushed at once.
#[derive(Debug)]
pub struct CassetteWriter {
    path: PathBuf,
    file: Mutex<File>,
}

impl CassetteWriter {
    /// Creates the cassette and writes its header. An existing file is refused unless
    /// `force`, then it is overwritten.
    ///
    /// # Errors
    ///
    /// When the file exists (without `force`) or cannot be created or written.
    pub fn create(path: &Path, header: &Header, force: bool) -> Result<Self, CassetteError> {
        let io = |source| CassetteError::Io {
            path: path.to_owned(),
            source,
        };
        let mut options = File::options();
        options.write(true);
        if force {
            options.create(true).truncate(true);
        } else {
            options.create_new(true);
        }
        let file = options.open(path).map_err(|source| {
            if source.kind() == std::io::ErrorKind::AlreadyExists {
                CassetteError::Exists {
                    path: path.to_owned(),
                }
            } else {
                io(source)
            }
        })?;
        let writer = Self {
            path: path.to_owned(),
            file: Mutex::new(file),
        };
        writer.write_line(header).map_err(io)?;
        Ok(writer)
    }

    /// The cassette's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends one entry.
    ///
    /// # Errors
    ///
    /// When the line cannot be written.
    pub fn append(&self, entry: &Entry) -> Result<(), CassetteError> {
        self.write_line(entry).map_err(|source| CassetteError::Io {
            path: self.path.clone(),
            source,
        })
    }

    fn write_line(&self, value: &impl Serialize) -> std::io::Result<()> {
        let mut line = serde_json::to_vec(value).map_err(std::io::Error::other)?;
        line.push(b'\n');
        let mut file = self.file.lock().unwrap_or_else(PoisonError::into_inner);
        file.write_all(&line)?;
        file.flush()
    }
}
