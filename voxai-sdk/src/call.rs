//! One API call as data: method, path segments, query and body, sent as often as the
//! retry policy needs.

use bytes::Bytes;
use reqwest::Method;
use serde::Serialize;

use crate::error::{Error, Result};

/// Path segments of an endpoint below the base URL; each is percent-encoded when sent.
macro_rules! segments {
    ($($segment:expr),+ $(,)?) => {
        vec![$($segment.to_string()),+]
    };
}
pub(crate) use segments;

/// Method, path, query and body of a call, ready to send as often as retries need.
#[derive(Debug, Clone)]
pub(crate) struct Call {
    pub(crate) method: Method,
    pub(crate) segments: Vec<String>,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) json: Option<Bytes>,
}

impl Call {
    pub(crate) fn new(method: Method, segments: Vec<String>) -> Self {
        Self {
            method,
            segments,
            query: Vec::new(),
            json: None,
        }
    }

    pub(crate) fn with_json(mut self, body: &impl Serialize) -> Result<Self> {
        let bytes =
            serde_json::to_vec(body).map_err(|e| Error::validation("body", e.to_string()))?;
        self.json = Some(Bytes::from(bytes));
        Ok(self)
    }

    pub(crate) fn with_query(mut self, query: &impl Serialize) -> Result<Self> {
        self.query = query_pairs(query)?;
        Ok(self)
    }
}

/// Flattens a query struct into `name=value` pairs; `None` fields are left out.
pub(crate) fn query_pairs(query: &impl Serialize) -> Result<Vec<(String, String)>> {
    let value =
        serde_json::to_value(query).map_err(|e| Error::validation("query", e.to_string()))?;
    let serde_json::Value::Object(fields) = value else {
        return Err(Error::validation(
            "query",
            "must be a struct of named fields",
        ));
    };
    Ok(fields
        .into_iter()
        .filter_map(|(name, value)| match value {
            serde_json::Value::Null => None,
            serde_json::Value::String(s) => Some((name, s)),
            other => Some((name, other.to_string())),
        })
        .collect())
}
