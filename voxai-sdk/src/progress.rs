//! Progress of uploads and downloads.

use std::sync::Arc;

/// How far a transfer has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Progress {
    /// Bytes done, counting a resumed download's bytes already on disk.
    pub bytes: u64,
    /// Bytes in all, when known.
    pub total: Option<u64>,
}

impl Progress {
    pub(crate) fn new(bytes: u64, total: Option<u64>) -> Self {
        Self { bytes, total }
    }
}

/// A progress callback.
pub(crate) type ProgressFn = Arc<dyn Fn(Progress) + Send + Sync>;
