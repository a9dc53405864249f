//! Request heads held to the documented limits before hyper reads them.
//!
//! hyper answers a request line over 64 KiB with a bare `414` and headers over its buffer
//! with a bare `431`: no envelope, no rate-limit headers. So every connection's bytes
//! pass through a guard first, which follows HTTP/1.1's framing (heads, bodies by
//! `Content-Length` or chunks) and refuses a head past [`MAX_REQUEST_LINE`],
//! [`MAX_HEAD`] or [`MAX_HEADERS`] itself, with the answer the server makes for it,
//! then ends the connection. A connection upgraded to a WebSocket is not looked at after
//! its head.

use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll, ready};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// The longest request line (method, target and version), in bytes.
pub const MAX_REQUEST_LINE: usize = 16 * 1024;
/// The longest request head (request line and headers), in bytes.
pub const MAX_HEAD: usize = 64 * 1024;
/// The most header fields in one request.
pub const MAX_HEADERS: usize = 100;

/// A head refused for its size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Refused {
    /// 414 or 431.
    pub(crate) status: u16,
    /// What was over its limit, for the envelope.
    pub(crate) message: String,
    /// The method and the start of the target, as far as they were read.
    pub(crate) method: String,
    pub(crate) target: String,
    /// The `X-API-Key` value, if the headers were read.
    pub(crate) key: Option<String>,
}

/// Makes the whole answer (status line, headers, body) to a refused head.
pub(crate) type Answer = Arc<dyn Fn(&Refused) -> Vec<u8> + Send + Sync>;

/// A request head being read.
#[derive(Debug, Default)]
struct Head {
    /// Its bytes so far (at most [`MAX_HEAD`]).
    bytes: Vec<u8>,
    /// Where the line being read starts in `bytes`.
    line_start: usize,
    /// Whether the request line has ended.
    line_done: bool,
    /// Header fields so far.
    fields: usize,
}

/// Where in the byte stream the guard is.
#[derive(Debug)]
enum Phase {
    /// Reading a head.
    Head(Head),
    /// Body bytes left.
    Body(u64),
    /// Reading a chunk-size line.
    ChunkSize(Vec<u8>),
    /// Chunk bytes left, then its CRLF.
    ChunkData(u64),
    /// After the last chunk: trailer lines until an empty one.
    Trailers(Vec<u8>),
    /// Nothing more to check (upgraded, or framing this guard does not follow).
    Through,
}

/// A connection's stream, its request heads checked on the way in.
pub(crate) struct Guarded<S> {
    inner: S,
    phase: Phase,
    answer: Answer,
    /// A refusal being written: its bytes and how many went out.
    refusing: Option<(Vec<u8>, usize)>,
    /// How long a request body may stall before the connection is closed.
    body_idle: Duration,
    stalled: Option<Pin<Box<tokio::time::Sleep>>>,
    /// The connection's place under the server's cap, held as long as the stream is,
    /// an upgraded WebSocket's included.
    _slot: Option<tokio::sync::OwnedSemaphorePermit>,
}

impl<S> Guarded<S> {
    pub(crate) fn new(inner: S, answer: Answer) -> Self {
        Self {
            inner,
            phase: Phase::Head(Head::default()),
            answer,
            refusing: None,
            body_idle: Duration::from_secs(10),
            stalled: None,
            _slot: None,
        }
    }

    /// Closes the connection when a request body sends nothing for `idle`.
    pub(crate) fn body_idle(mut self, idle: Duration) -> Self {
        self.body_idle = idle;
        self
    }

    /// Holds `slot` for as long as the stream lives.
    pub(crate) fn holding(mut self, slot: tokio::sync::OwnedSemaphorePermit) -> Self {
        self._slot = Some(slot);
        self
    }

    fn in_body(&self) -> bool {
        matches!(
            self.phase,
            Phase::Body(_) | Phase::ChunkSize(_) | Phase::ChunkData(_) | Phase::Trailers(_)
        )
    }

    /// Follows `bytes`; the offset of the byte that broke a limit, and why.
    fn scan(&mut self, bytes: &[u8]) -> Option<(usize, Refused)> {
        let mut at = 0;
        while at < bytes.len() {
            let rest = &bytes[at..];
            match &mut self.phase {
                Phase::Through => return None,
                Phase::Body(left) | Phase::ChunkData(left) => {
                    let take = (*left).min(rest.len() as u64);
                    *left -= take;
                    at += take as usize;
                    if *left == 0 {
                        let chunked = matches!(self.phase, Phase::ChunkData(_));
                        self.phase = if chunked {
                            Phase::ChunkSize(Vec::new())
                        } else {
                            Phase::Head(Head::default())
                        };
                    }
                }
                Phase::Head(head) => {
                    // A line at a time (or what there is of it): no byte is looked at twice.
                    let line_end = rest.iter().position(|b| *b == b'\n');
                    let piece = &rest[..line_end.map_or(rest.len(), |i| i + 1)];
                    if let Some((over, refused)) = head.over_limit(piece, line_end.is_some()) {
                        return Some((at + over, refused));
                    }
                    head.bytes.extend_from_slice(piece);
                    at += piece.len();
                    if line_end.is_some() {
                        if let Some(next) = head.line_ended() {
                            self.phase = next;
                        }
                    }
                }
                Phase::ChunkSize(line) => {
                    line.push(rest[0]);
                    at += 1;
                    if line.ends_with(b"\n") {
                        // A chunk's data is followed by CRLF: count it with the data.
                        self.phase = match chunk_size(line) {
                            Some(0) => Phase::Trailers(Vec::new()),
                            Some(size) => Phase::ChunkData(size.saturating_add(2)),
                            None => Phase::Through,
                        };
                    } else if line.len() > 1024 {
                        self.phase = Phase::Through;
                    }
                }
                Phase::Trailers(line) => {
                    line.push(rest[0]);
                    at += 1;
                    if line == b"\r\n" || line == b"\n" {
                        self.phase = Phase::Head(Head::default());
                    } else if line.ends_with(b"\n") {
                        line.clear();
                    } else if line.len() > MAX_HEAD {
                        self.phase = Phase::Through;
                    }
                }
            }
        }
        None
    }
}

impl Head {
    /// The refusal if adding `piece` (ending a line when `ends_line`) breaks a limit, with
    /// the offset in `piece` of the first byte past it.
    fn over_limit(&self, piece: &[u8], ends_line: bool) -> Option<(usize, Refused)> {
        let held = self.bytes.len();
        // The request line's bytes, its CR included, its LF not.
        let line_bytes = held + piece.len() - usize::from(ends_line);
        let (status, message, over) = if !self.line_done && line_bytes > MAX_REQUEST_LINE {
            let message = format!(
                "the request line is over {MAX_REQUEST_LINE} bytes: send long values in a request body or in fewer query parameters"
            );
            (414, message, MAX_REQUEST_LINE - held)
        } else if held + piece.len() > MAX_HEAD {
            let message = format!("the request's headers are over {MAX_HEAD} bytes in all");
            (431, message, MAX_HEAD - held)
        } else if ends_line
            && self.line_done
            && self.fields >= MAX_HEADERS
            && !is_blank(&self.bytes[self.line_start..], piece)
        {
            let message = format!("the request has more than {MAX_HEADERS} header fields");
            (431, message, piece.len() - 1)
        } else {
            return None;
        };
        let mut seen = self.bytes.clone();
        seen.extend_from_slice(&piece[..over.min(piece.len())]);
        Some((over, refused(status, message, &seen)))
    }

    /// After a line's LF: the next phase when the head is complete.
    fn line_ended(&mut self) -> Option<Phase> {
        let line = &self.bytes[self.line_start..];
        let blank = line == b"\r\n" || line == b"\n";
        self.line_start = self.bytes.len();
        if !self.line_done {
            if blank {
                // An empty line between requests.
                *self = Self::default();
            } else {
                self.line_done = true;
            }
            return None;
        }
        if !blank {
            self.fields += 1;
            return None;
        }
        Some(after_head(&self.bytes))
    }
}

/// Whether the line made of `start` (read before) and `piece` is empty.
fn is_blank(start: &[u8], piece: &[u8]) -> bool {
    let mut line = start.to_vec();
    line.extend_from_slice(piece);
    line == b"\r\n" || line == b"\n"
}

/// What the refusal of a head (read as far as `head`) says.
fn refused(status: u16, message: String, head: &[u8]) -> Refused {
    let text = String::from_utf8_lossy(&head[..head.len().min(4096)]).into_owned();
    let mut words = text.split_whitespace();
    let method = words.next().unwrap_or_default().chars().take(16).collect();
    let target = words.next().unwrap_or_default().chars().take(512).collect();
    Refused {
        status,
        message,
        method,
        target,
        key: header(head, "x-api-key"),
    }
}

/// The whole HTTP/1.1 answer to `refused`: the error envelope and `headers`, and the
/// connection closed after it.
pub(crate) fn answer(refused: &Refused, headers: &[(&str, String)]) -> Vec<u8> {
    let body = serde_json::to_string(&voxai_types::ErrorBody::new(
        voxai_types::ErrorCode::InvalidRequest,
        refused.message.clone(),
    ))
    .unwrap_or_default();
    let reason = if refused.status == 414 {
        "URI Too Long"
    } else {
        "Request Header Fields Too Large"
    };
    let mut text = format!(
        "HTTP/1.1 {} {reason}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n",
        refused.status,
        body.len()
    );
    for (name, value) in headers {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    text.push_str("\r\n");
    text.push_str(&body);
    text.into_bytes()
}

/// The value of header `name` in `head`, if it is there.
fn header(head: &[u8], name: &str) -> Option<String> {
    let text = String::from_utf8_lossy(head);
    text.lines().skip(1).find_map(|line| {
        let (field, value) = line.split_once(':')?;
        field
            .trim()
            .eq_ignore_ascii_case(name)
            .then(|| value.trim().to_owned())
    })
}

/// What follows a complete head: its body's framing, or nothing more to check.
fn after_head(head: &[u8]) -> Phase {
    if header(head, "upgrade").is_some() {
        return Phase::Through;
    }
    let chunked = header(head, "transfer-encoding")
        .is_some_and(|te| te.to_ascii_lowercase().contains("chunked"));
    if chunked {
        return Phase::ChunkSize(Vec::new());
    }
    match header(head, "content-length").map(|n| n.parse::<u64>()) {
        Some(Ok(0)) | None => Phase::Head(Head::default()),
        Some(Ok(length)) => Phase::Body(length),
        // hyper refuses a bad length itself, answering 400 before any body.
        Some(Err(_)) => Phase::Through,
    }
}

fn chunk_size(line: &[u8]) -> Option<u64> {
    let text = std::str::from_utf8(line).ok()?;
    let size = text.trim().split(';').next()?.trim();
    u64::from_str_radix(size, 16).ok()
}

impl<S: AsyncRead + AsyncWrite + Unpin> Guarded<S> {
    /// Writes the refusal; then the read ends the stream.
    fn poll_refuse(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while let Some((bytes, sent)) = &mut self.refusing {
            if *sent == bytes.len() {
                ready!(Pin::new(&mut self.inner).poll_flush(cx))?;
                self.phase = Phase::Through;
                return Poll::Ready(Ok(()));
            }
            let n = ready!(Pin::new(&mut self.inner).poll_write(cx, &bytes[*sent..]))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            *sent += n;
        }
        Poll::Ready(Ok(()))
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin> AsyncRead for Guarded<S> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        if this.refusing.is_some() {
            // The refusal went out (or could not): the request ends here.
            let _ = ready!(this.poll_refuse(cx));
            return Poll::Ready(Ok(()));
        }
        let before = buf.filled().len();
        if Pin::new(&mut this.inner).poll_read(cx, buf)?.is_pending() {
            // A body that stalls holds a connection slot: it gets the header timeout too.
            if this.in_body() {
                let idle = this.body_idle;
                let stalled = this
                    .stalled
                    .get_or_insert_with(|| Box::pin(tokio::time::sleep(idle)));
                if stalled.as_mut().poll(cx).is_ready() {
                    return Poll::Ready(Err(io::Error::new(
                        io::ErrorKind::TimedOut,
                        "the request body stalled",
                    )));
                }
            }
            return Poll::Pending;
        }
        this.stalled = None;
        if let Some((offset, refused)) = this.scan(&buf.filled()[before..]) {
            // hyper never sees the head past its limit; the server's answer goes instead.
            buf.set_filled(before + offset);
            this.refusing = Some(((this.answer)(&refused), 0));
            if offset == 0 {
                let _ = ready!(this.poll_refuse(cx));
            }
        }
        Poll::Ready(Ok(()))
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Guarded<S> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().inner).poll_write(cx, buf)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guard() -> Guarded<tokio::io::DuplexStream> {
        let (a, _b) = tokio::io::duplex(64);
        Guarded::new(a, Arc::new(|_: &Refused| Vec::new()))
    }

    #[test]
    fn heads_are_found_past_bodies_and_chunks() {
        let mut g = guard();
        let stream = concat!(
            "POST /a HTTP/1.1\r\ncontent-length: 5\r\n\r\nhello",
            "POST /b HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
            "GET /c HTTP/1.1\r\n\r\n"
        );
        assert_eq!(g.scan(stream.as_bytes()), None);
        assert!(
            matches!(&g.phase, Phase::Head(h) if h.bytes.is_empty()),
            "{:?}",
            g.phase
        );
        let long = format!("GET /{} HTTP/1.1\r\n", "x".repeat(MAX_REQUEST_LINE));
        let (offset, refused) = g.scan(long.as_bytes()).unwrap();
        assert_eq!((offset, refused.status), (MAX_REQUEST_LINE, 414));
        assert_eq!(refused.method, "GET");
    }

    #[test]
    fn too_many_or_too_long_headers_are_431_and_name_the_key() {
        let mut g = guard();
        let mut head = String::from("GET / HTTP/1.1\r\nX-API-Key: pk_1\r\n");
        for i in 0..MAX_HEADERS {
            head.push_str(&format!("h{i}: v\r\n"));
        }
        let (_, refused) = g.scan(head.as_bytes()).unwrap();
        assert_eq!(
            (refused.status, refused.key.as_deref()),
            (431, Some("pk_1"))
        );
        let mut g = guard();
        let big = format!("GET / HTTP/1.1\r\nx: {}\r\n", "y".repeat(MAX_HEAD));
        assert_eq!(g.scan(big.as_bytes()).unwrap().1.status, 431);
        let mut g = guard();
        let upgraded = "GET /ws HTTP/1.1\r\nUpgrade: websocket\r\n\r\n";
        assert_eq!(g.scan(upgraded.as_bytes()), None);
        assert_eq!(g.scan("x".repeat(MAX_HEAD * 2).as_bytes()), None);
    }
}
