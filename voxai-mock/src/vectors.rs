//! The embeddings of one knowledge base, kept contiguously for a fast scan.
//!
//! Rows live in fixed-size segments behind `Arc`s: a search takes a snapshot (one `Arc`
//! clone per segment) under the store lock and scans it without the lock, and a write
//! while a search holds the snapshot copies only the one segment it touches.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering as AtomicOrdering};

use crate::embedding::DIMS;

/// Rows per segment: a copy-on-write costs at most 2 MiB.
const SEGMENT_ROWS: usize = 1024;

#[derive(Debug, Clone, Default)]
struct Segment {
    ids: Vec<u64>,
    /// `ids.len()` rows of `DIMS` floats.
    rows: Vec<f32>,
}

/// Chunk embeddings by chunk id.
#[derive(Debug, Clone, Default)]
pub(crate) struct Vectors {
    segments: Vec<Arc<Segment>>,
    /// Where each id's row is: segment and row within it.
    at: HashMap<u64, (usize, usize)>,
}

/// A read-only view of the rows at one moment, scanned without any lock.
#[derive(Debug, Clone)]
pub(crate) struct Snapshot(Vec<Arc<Segment>>);

impl Vectors {
    /// Stores the embedding of `id`, replacing the one it had. An embedding of the wrong
    /// length is padded or cut to `DIMS`.
    pub(crate) fn set(&mut self, id: u64, embedding: &[f32]) {
        let mut row = [0.0f32; DIMS];
        let n = embedding.len().min(DIMS);
        row[..n].copy_from_slice(&embedding[..n]);
        if let Some(&(segment, index)) = self.at.get(&id) {
            let segment = Arc::make_mut(&mut self.segments[segment]);
            segment.rows[index * DIMS..(index + 1) * DIMS].copy_from_slice(&row);
            return;
        }
        if self
            .segments
            .last()
            .is_none_or(|s| s.ids.len() >= SEGMENT_ROWS)
        {
            self.segments.push(Arc::new(Segment::default()));
        }
        let last = self.segments.len() - 1;
        let segment = Arc::make_mut(&mut self.segments[last]);
        self.at.insert(id, (last, segment.ids.len()));
        segment.ids.push(id);
        segment.rows.extend_from_slice(&row);
    }

    /// Forgets the embedding of `id`; the last row of its segment takes its place.
    pub(crate) fn remove(&mut self, id: u64) {
        let Some((segment_index, index)) = self.at.remove(&id) else {
            return;
        };
        let segment = Arc::make_mut(&mut self.segments[segment_index]);
        let last = segment.ids.len() - 1;
        segment.ids.swap_remove(index);
        if index != last {
            segment
                .rows
                .copy_within(last * DIMS..(last + 1) * DIMS, index * DIMS);
            self.at.insert(segment.ids[index], (segment_index, index));
        }
        segment.rows.truncate(last * DIMS);
    }

    /// The rows as they are now, for a scan that does not hold the store lock.
    pub(crate) fn snapshot(&self) -> Snapshot {
        Snapshot(self.segments.clone())
    }
}

impl Snapshot {
    /// The `k` ids closest to `query` by dot product (cosine, for unit vectors), best
    /// first; ties go to the lower id. Large snapshots are scanned on every core.
    pub(crate) fn top(&self, query: &[f32], k: usize) -> Vec<(u64, f32)> {
        if k == 0 || query.len() != DIMS {
            return Vec::new();
        }
        let rows: usize = self.0.iter().map(|s| s.ids.len()).sum();
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        // Only a scan that runs alone takes every core: scans side by side would leave
        // none for the rest of the server.
        let scanning = Scanning::start();
        if rows < PARALLEL_ROWS || cores < 2 || self.0.len() < 2 || !scanning.alone {
            return top_of(&self.0, query, k);
        }
        let per_core = self.0.len().div_ceil(cores);
        let parts: Vec<Vec<(u64, f32)>> = std::thread::scope(|scope| {
            let scans: Vec<_> = self
                .0
                .chunks(per_core)
                .map(|segments| scope.spawn(move || top_of(segments, query, k)))
                .collect();
            scans
                .into_iter()
                .map(|scan| scan.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        });
        let mut best: Vec<(u64, f32)> = parts.into_iter().flatten().collect();
        best.sort_by(better);
        best.truncate(k);
        best
    }
}

/// Scans running in this process, counted while each runs.
static SCANS: AtomicUsize = AtomicUsize::new(0);

/// One running scan; `alone` when no other was running as it started.
struct Scanning {
    alone: bool,
}

impl Scanning {
    fn start() -> Self {
        Self {
            alone: SCANS.fetch_add(1, AtomicOrdering::Relaxed) == 0,
        }
    }
}

impl Drop for Scanning {
    fn drop(&mut self) {
        SCANS.fetch_sub(1, AtomicOrdering::Relaxed);
    }
}

/// Rows from which a scan is split across cores: below it, starting threads costs more
/// than it saves.
const PARALLEL_ROWS: usize = 32 * 1024;

/// Best first: the higher score, then the lower id.
fn better(a: &(u64, f32), b: &(u64, f32)) -> Ordering {
    b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))
}

/// The best `k` rows of `segments`, best first, kept in a bounded sorted list.
fn top_of(segments: &[Arc<Segment>], query: &[f32], k: usize) -> Vec<(u64, f32)> {
    let mut best: Vec<(u64, f32)> = Vec::with_capacity(k + 1);
    for segment in segments {
        for (id, row) in segment.ids.iter().zip(segment.rows.chunks_exact(DIMS)) {
            let candidate = (*id, dot(query, row));
            if best.len() == k
                && best
                    .last()
                    .is_some_and(|worst| better(&candidate, worst) != Ordering::Less)
            {
                continue;
            }
            let at = best.partition_point(|held| better(held, &candidate) == Ordering::Less);
            best.insert(at, candidate);
            best.truncate(k);
        }
    }
    best
}

/// The dot product, in eight independent sums so the compiler can use vector registers.
pub(crate) fn dot(a: &[f32], b: &[f32]) -> f32 {
    let mut sums = [0.0f32; 8];
    let (a_lanes, b_lanes) = (a.chunks_exact(8), b.chunks_exact(8));
    let tail: f32 = a_lanes
        .remainder()
        .iter()
        .zip(b_lanes.remainder())
        .map(|(x, y)| x * y)
        .sum();
    for (x, y) in a_lanes.zip(b_lanes) {
        for lane in 0..8 {
            sums[lane] += x[lane] * y[lane];
        }
    }
    sums.iter().sum::<f32>() + tail
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(i: usize) -> Vec<f32> {
        let mut v = vec![0.0; DIMS];
        v[i % DIMS] = 1.0;
        v
    }

    #[test]
    fn top_is_best_first_and_ties_go_to_the_lower_id() {
        let mut vectors = Vectors::default();
        for id in 0..3000u64 {
            vectors.set(id, &unit(id as usize));
        }
        let top = vectors.snapshot().top(&unit(7), 3);
        // 7, 519, 1031, ... all match exactly; the lowest ids win.
        assert_eq!(top, vec![(7, 1.0), (519, 1.0), (1031, 1.0)]);
    }

    #[test]
    fn set_replaces_and_remove_forgets_across_segments() {
        let mut vectors = Vectors::default();
        for id in 0..2500u64 {
            vectors.set(id, &unit(id as usize));
        }
        let before = vectors.snapshot();
        vectors.set(7, &unit(9));
        vectors.remove(1031);
        vectors.remove(2499);
        let after = vectors.snapshot().top(&unit(7), 3);
        assert_eq!(
            after.iter().map(|t| t.0).collect::<Vec<_>>(),
            vec![519, 1543, 2055]
        );
        // The snapshot taken before is unchanged by the writes.
        assert_eq!(before.top(&unit(7), 1), vec![(7, 1.0)]);
        assert_eq!(
            vectors.snapshot().top(&unit(9), 2),
            vec![(7, 1.0), (9, 1.0)]
        );
    }

    #[test]
    fn a_large_scan_split_across_cores_finds_what_one_core_finds() {
        let mut vectors = Vectors::default();
        for id in 0..(PARALLEL_ROWS as u64 + 5000) {
            let mut v = unit(id as usize);
            v[(id as usize * 7 + 3) % DIMS] += (id % 13) as f32 * 0.01;
            vectors.set(id, &v);
        }
        let snapshot = vectors.snapshot();
        let query = unit(11);
        assert_eq!(snapshot.top(&query, 7), top_of(&snapshot.0, &query, 7));
    }

    #[test]
    fn dot_matches_the_plain_sum() {
        let a: Vec<f32> = (0..DIMS).map(|i| (i as f32).sin()).collect();
        let b: Vec<f32> = (0..DIMS).map(|i| (i as f32 * 0.7).cos()).collect();
        let plain: f32 = a.iter().zip(&b).map(|(x, y)| x * y).sum();
        assert!((dot(&a, &b) - plain).abs() < 1e-3);
        let short: f32 = a[..13].iter().zip(&b[..13]).map(|(x, y)| x * y).sum();
        assert!((dot(&a[..13], &b[..13]) - short).abs() < 1e-5);
    }
}
