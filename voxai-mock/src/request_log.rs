//! The request log of `GET /_mock/requests`: bounded in entries and in bytes.

use std::collections::VecDeque;
use std::sync::{Mutex, PoisonError};

use axum::http::Method;
use serde::{Serialize, Serializer};
use time::OffsetDateTime;

use crate::clock;

/// Entries kept; the oldest go first.
const MAX_ENTRIES: usize = 10_000;
/// Bytes of paths and queries kept across all entries; the oldest go first.
const MAX_BYTES: usize = 4 * 1024 * 1024;
/// A longer path or query is cut to this many bytes in the log.
pub(crate) const MAX_TEXT: usize = 512;

/// One request the server answered, or whose client left first (status 499). Kept as
/// taken from the request; written out as text only when the log is read.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct LoggedRequest {
    #[serde(serialize_with = "method_text")]
    pub(crate) method: Method,
    pub(crate) path: String,
    pub(crate) query: Option<String>,
    pub(crate) status: u16,
    pub(crate) time: LoggedAt,
    pub(crate) duration_ms: u64,
    pub(crate) project_id: Option<u64>,
    pub(crate) fault: Option<u64>,
}

/// When a request arrived; ISO 8601 in the log.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LoggedAt(pub(crate) OffsetDateTime);

impl Default for LoggedAt {
    fn default() -> Self {
        Self(OffsetDateTime::UNIX_EPOCH)
    }
}

impl Serialize for LoggedAt {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&clock::iso(self.0))
    }
}

fn method_text<S: Serializer>(method: &Method, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(method.as_str())
}

impl LoggedRequest {
    /// What its text holds in memory: allocated capacity, not length.
    fn bytes(&self) -> usize {
        self.path.capacity() + self.query.as_ref().map_or(0, String::capacity)
    }
}

/// Cuts `text` to [`MAX_TEXT`] bytes on a character boundary, saying how long it was,
/// into a new allocation of that size (`String::truncate` would keep the client's whole
/// allocation); a short text is kept as it is, shrunk to its length.
pub(crate) fn truncate(text: &mut String) {
    if text.len() <= MAX_TEXT {
        text.shrink_to_fit();
        return;
    }
    let mut end = MAX_TEXT;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let said = format!("…({} bytes)", text.len());
    let mut cut = String::with_capacity(end + said.len());
    cut.push_str(&text[..end]);
    cut.push_str(&said);
    *text = cut;
}

#[derive(Debug, Default)]
struct Entries {
    list: VecDeque<LoggedRequest>,
    bytes: usize,
}

#[derive(Debug, Default)]
pub(crate) struct RequestLog(Mutex<Entries>);

/// One page of the log, oldest first.
#[derive(Debug, Serialize)]
pub(crate) struct LogPage {
    pub(crate) requests: Vec<LoggedRequest>,
    pub(crate) total: usize,
    pub(crate) page: usize,
    pub(crate) per_page: usize,
    pub(crate) total_pages: usize,
}

impl RequestLog {
    pub(crate) fn push(&self, mut entry: LoggedRequest) {
        truncate(&mut entry.path);
        if let Some(query) = &mut entry.query {
            truncate(query);
        }
        let mut log = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        log.bytes += entry.bytes();
        log.list.push_back(entry);
        while log.list.len() > MAX_ENTRIES || log.bytes > MAX_BYTES {
            match log.list.pop_front() {
                Some(old) => log.bytes -= old.bytes(),
                None => break,
            }
        }
    }

    /// Page `page` (from 1) of `per_page` entries, oldest first.
    pub(crate) fn page(&self, page: usize, per_page: usize) -> LogPage {
        let log = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let per_page = per_page.max(1);
        let page = page.max(1);
        let total = log.list.len();
        let requests = log
            .list
            .iter()
            .skip((page - 1).saturating_mul(per_page))
            .take(per_page)
            .cloned()
            .collect();
        LogPage {
            requests,
            total,
            page,
            per_page,
            total_pages: total.div_ceil(per_page),
        }
    }

    pub(crate) fn clear(&self) {
        let mut log = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        log.list.clear();
        log.bytes = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(path: String) -> LoggedRequest {
        LoggedRequest {
            method: Method::GET,
            path,
            query: None,
            status: 200,
            time: LoggedAt::default(),
            duration_ms: 0,
            project_id: None,
            fault: None,
        }
    }

    #[test]
    fn long_paths_are_cut_and_the_log_stays_within_its_bounds() {
        let log = RequestLog::default();
        for i in 0..3_000 {
            log.push(entry(format!("/{i}/{}", "x".repeat(60_000))));
        }
        let held = log.0.lock().unwrap();
        assert!(held.bytes <= MAX_BYTES, "{} bytes", held.bytes);
        // What is allocated, not what is counted: a cut path keeps no more than its cut.
        let allocated: usize = held.list.iter().map(|e| e.path.capacity()).sum();
        assert!(allocated <= MAX_BYTES, "{allocated} bytes allocated");
        assert!(held.list.iter().all(|e| e.path.capacity() < MAX_TEXT + 32));
        assert!(held.list.back().unwrap().path.starts_with("/2999/"));
        assert!(held.list.back().unwrap().path.ends_with("(60006 bytes)"));
        drop(held);
        for _ in 0..MAX_ENTRIES {
            log.push(entry("/a".into()));
        }
        assert_eq!(log.page(1, 1).total, MAX_ENTRIES);
    }

    #[test]
    fn pages_are_oldest_first() {
        let log = RequestLog::default();
        for i in 0..5 {
            log.push(entry(format!("/{i}")));
        }
        let second = log.page(2, 2);
        assert_eq!((second.total, second.total_pages), (5, 3));
        let paths: Vec<_> = second.requests.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(paths, ["/2", "/3"]);
        assert!(log.page(9, 2).requests.is_empty());
    }
}
