//! The recorded answers and how a request finds its own: by method, path and query (and
//! body and `Range` where the recording has them), in recorded order.

use std::collections::VecDeque;

use serde::Serialize;

use crate::cassette::{
    Body, Cassette, Entry, Exchange, MonitorClose, MonitorFrame, MonitorOpen, redact,
};

/// A request the cassette had no answer for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Miss {
    /// `GET`, `POST`, ... (`WS` for a monitor connection).
    pub method: String,
    /// The path below the base URL.
    pub path: String,
    /// The query string, if any (secrets redacted).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Why nothing matched.
    pub reason: String,
}

impl std::fmt::Display for Miss {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.method, self.path)?;
        if let Some(query) = &self.query {
            write!(f, "?{query}")?;
        }
        write!(f, ": {}", self.reason)
    }
}

/// What happened on one recorded monitor connection, in order.
#[derive(Debug, Clone)]
pub(crate) enum Step {
    Frame(MonitorFrame),
    Close(MonitorClose),
}

impl Step {
    pub(crate) fn ms(&self) -> f64 {
        match self {
            Self::Frame(frame) => frame.ms,
            Self::Close(close) => close.ms,
        }
    }
}

/// One recorded monitor connection.
#[derive(Debug, Clone)]
pub(crate) struct Connection {
    pub(crate) open: MonitorOpen,
    pub(crate) steps: Vec<Step>,
}

/// A request as the replay server compares it with the recording.
#[derive(Debug)]
pub(crate) struct Asked<'a> {
    pub(crate) method: &'a str,
    pub(crate) path: &'a str,
    pub(crate) query: Option<&'a str>,
    pub(crate) range: Option<&'a str>,
    pub(crate) body: Option<Body>,
}

/// The cassette, with what has been answered so far.
#[derive(Debug)]
pub(crate) struct Tape {
    exchanges: Vec<Exchange>,
    used: Vec<bool>,
    connections: VecDeque<Connection>,
    misses: Vec<Miss>,
}

impl Tape {
    pub(crate) fn new(cassette: Cassette) -> Self {
        let mut exchanges = Vec::new();
        let mut connections: Vec<Connection> = Vec::new();
        for entry in cassette.entries {
            match entry {
                Entry::Http(exchange) => exchanges.push(*exchange),
                Entry::MonitorOpen(open) => connections.push(Connection {
                    open,
                    steps: Vec::new(),
                }),
                Entry::MonitorFrame(frame) => {
                    if let Some(c) = connections
                        .iter_mut()
                        .find(|c| c.open.connection == frame.connection)
                    {
                        c.steps.push(Step::Frame(frame));
                    }
                }
                Entry::MonitorClose(close) => {
                    if let Some(c) = connections
                        .iter_mut()
                        .find(|c| c.open.connection == close.connection)
                    {
                        c.steps.push(Step::Close(close));
                    }
                }
            }
        }
        Self {
            used: vec![false; exchanges.len()],
            exchanges,
            connections: connections.into(),
            misses: Vec::new(),
        }
    }

    /// The answer to `asked`: the first unused recorded exchange that matches; once all
    /// of them are used, the last one again. `None` is a miss, remembered.
    pub(crate) fn answer(&mut self, asked: &Asked<'_>) -> Option<Exchange> {
        let query = normalized(asked.query);
        let matching: Vec<usize> = (0..self.exchanges.len())
            .filter(|&i| {
                let recorded = &self.exchanges[i];
                recorded.method == asked.method
                    && recorded.path == asked.path
                    && normalized(recorded.query.as_deref()) == query
                    && recorded.request_headers.get("range").map(String::as_str) == asked.range
                    && body_matches(recorded.request.as_ref(), asked.body.as_ref())
            })
            .collect();
        let chosen = matching
            .iter()
            .copied()
            .find(|&i| !self.used[i])
            .or_else(|| matching.last().copied());
        let Some(index) = chosen else {
            let reason = if self
                .exchanges
                .iter()
                .any(|e| e.method == asked.method && e.path == asked.path)
            {
                "recorded, but with another query, body or range"
            } else {
                "never recorded"
            };
            self.miss(asked.method, asked.path, asked.query, reason);
            return None;
        };
        self.used[index] = true;
        Some(self.exchanges[index].clone())
    }

    /// The next recorded monitor connection, in recorded order.
    pub(crate) fn next_connection(&mut self) -> Option<Connection> {
        self.connections.pop_front()
    }

    pub(crate) fn miss(&mut self, method: &str, path: &str, query: Option<&str>, reason: &str) {
        self.misses.push(Miss {
            method: method.to_owned(),
            path: path.to_owned(),
            query: query.map(redact::query),
            reason: reason.to_owned(),
        });
    }

    pub(crate) fn misses(&self) -> Vec<Miss> {
        self.misses.clone()
    }
}

/// Query pairs, secrets redacted, in a canonical order.
fn normalized(query: Option<&str>) -> Vec<String> {
    let mut pairs: Vec<String> = query
        .map(redact::query)
        .unwrap_or_default()
        .split('&')
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect();
    pairs.sort();
    pairs
}

/// A recorded JSON or text body must be sent again as it was; bytes (an upload, whose
/// multipart boundary changes each time) are not compared.
fn body_matches(recorded: Option<&Body>, sent: Option<&Body>) -> bool {
    match recorded {
        Some(Body::Json(recorded)) => matches!(sent, Some(Body::Json(sent)) if sent == recorded),
        Some(Body::Text(recorded)) => matches!(sent, Some(Body::Text(sent)) if sent == recorded),
        _ => true,
    }
}
