//! Knowledge search over many chunks: latency against an in-process brute-force scan of
//! as many 512-dimension vectors, and how long a plain request waits meanwhile.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use serde_json::{Value as Json, json};
use voxai_mock::keys;

use super::{BenchError, ok, post};
use crate::Size;
use crate::load::{median, micros, percentile, sequential};
use crate::report::{Bound, Row, Value};
use crate::servers;

const DIMS: usize = 512;
const TOP_K: u32 = 5;
/// Chunks a knowledge base of the enterprise plan may hold.
const MAX_CHUNKS: usize = 200_000;

/// A deterministic stream of pseudo-random numbers (a 64-bit LCG).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A vocabulary of pronounceable made-up words.
fn vocabulary(rng: &mut Lcg, n: usize) -> Vec<String> {
    const SYLLABLES: [&str; 16] = [
        "ka", "lo", "mi", "ren", "to", "sa", "vel", "qu", "dor", "ni", "pa", "zu", "ter", "ix",
        "mo", "la",
    ];
    (0..n)
        .map(|_| {
            (0..2 + rng.below(3))
                .map(|_| SYLLABLES[rng.below(16)])
                .collect()
        })
        .collect()
}

/// `paragraphs` paragraphs of 150 to 200 characters: one chunk each at chunk_size 200.
fn document(rng: &mut Lcg, words: &[String], paragraphs: usize) -> String {
    let mut text = String::new();
    for _ in 0..paragraphs {
        let mut paragraph = String::new();
        while paragraph.len() < 150 {
            if !paragraph.is_empty() {
                paragraph.push(' ');
            }
            paragraph.push_str(&words[rng.below(words.len())]);
        }
        paragraph.truncate(195);
        text.push_str(paragraph.trim_end());
        text.push_str(".\n\n");
    }
    text
}

/// Milliseconds to find the best of `n` vectors by a plain dot-product scan.
fn brute_force_ms(n: usize) -> f64 {
    let mut rng = Lcg(7);
    let vectors: Vec<f32> = (0..n * DIMS)
        .map(|_| rng.next() as f32 / u32::MAX as f32 - 0.5)
        .collect();
    let query: Vec<f32> = (0..DIMS)
        .map(|_| rng.next() as f32 / u32::MAX as f32 - 0.5)
        .collect();
    let runs: Vec<f64> = (0..5)
        .map(|_| {
            let start = Instant::now();
            let mut best = (f32::NEG_INFINITY, 0);
            for (i, row) in vectors.chunks_exact(DIMS).enumerate() {
                let score: f32 = row.iter().zip(&query).map(|(a, b)| a * b).sum();
                if score > best.0 {
                    best = (score, i);
                }
            }
            std::hint::black_box(best);
            micros(start.elapsed()) / 1000.0
        })
        .collect();
    median(&runs)
}

struct Kb {
    http: reqwest::Client,
    base: String,
    id: u64,
}

impl Kb {
    /// A new knowledge base of one chunk per paragraph.
    async fn create(base: String) -> Result<Self, BenchError> {
        let http = servers::http(8)?;
        let settings = json!({"name": "bench", "chunk_size": 200, "chunk_overlap": 0});
        let created: Json = post(&http, &base, "/knowledge-bases", &settings)
            .await?
            .json()
            .await?;
        let id = created["knowledge_base"]["id"]
            .as_u64()
            .ok_or_else(|| BenchError::Setup(format!("no knowledge base id in {created}")))?;
        Ok(Self { http, base, id })
    }

    /// Ingests made-up paragraphs until at least `chunks` are held; answers how many are.
    async fn fill(
        &self,
        rng: &mut Lcg,
        words: &[String],
        chunks: usize,
    ) -> Result<usize, BenchError> {
        let mut held = 0;
        while held < chunks {
            let batch = (chunks - held).min(2000);
            held += self.ingest(document(rng, words, batch)).await? as usize;
        }
        Ok(held)
    }

    async fn ingest(&self, text: String) -> Result<u64, BenchError> {
        let path = format!("/knowledge-bases/{}/ingest", self.id);
        let body = json!({"content": text, "source_name": "bench"});
        let answer: Json = post(&self.http, &self.base, &path, &body)
            .await?
            .json()
            .await?;
        Ok(answer["chunks_created"].as_u64().unwrap_or(0))
    }

    async fn search(&self, query: &str) -> Result<(), BenchError> {
        let body = json!({"knowledge_base_id": self.id, "query": query, "top_k": TOP_K});
        post(&self.http, &self.base, "/knowledge/search", &body)
            .await?
            .bytes()
            .await?;
        Ok(())
    }
}

/// `n` queries of four words each.
fn queries(rng: &mut Lcg, words: &[String], n: usize) -> Vec<String> {
    (0..n)
        .map(|_| {
            (0..4)
                .map(|_| words[rng.below(words.len())].as_str())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// Milliseconds of each search, one after another, after five to warm up.
async fn latencies(kb: &Kb, queries: &[String]) -> Result<Vec<f64>, BenchError> {
    let mut next = queries.iter().cycle();
    sequential(5, || kb.search(next.next().map_or("", String::as_str))).await?;
    let times = sequential(queries.len(), || {
        kb.search(next.next().map_or("", String::as_str))
    })
    .await?;
    Ok(times.iter().map(|micros| micros / 1000.0).collect())
}

/// Two clients that search and one that ingests (then searches too), until `stop`.
fn load(
    kb: &Arc<Kb>,
    words: &Arc<Vec<String>>,
    queries: &[String],
    held: usize,
    stop: &Arc<AtomicBool>,
) -> Vec<tokio::task::JoinHandle<Result<(), BenchError>>> {
    (0..3u64)
        .map(|worker| {
            let (kb, words, stop) = (kb.clone(), words.clone(), stop.clone());
            let queries = queries.to_vec();
            tokio::spawn(async move {
                let mut rng = Lcg(worker);
                let mut i = 0;
                // The ingesting worker stays under the enterprise plan's 200,000 chunks a
                // knowledge base, then searches too.
                let mut room = MAX_CHUNKS.saturating_sub(held);
                while !stop.load(Ordering::Relaxed) {
                    if worker == 2 && room >= 500 {
                        room = room.saturating_sub(
                            kb.ingest(document(&mut rng, &words, 500)).await? as usize,
                        );
                    } else {
                        kb.search(&queries[i % queries.len()]).await?;
                    }
                    i += 1;
                }
                Ok(())
            })
        })
        .collect()
}

/// Milliseconds of each plain `GET /rooms`, again and again for `length`.
async fn rooms_waits(base: &str, length: Duration) -> Result<Vec<f64>, BenchError> {
    let plain = servers::http(1)?;
    let rooms = format!("{base}/rooms");
    let until = Instant::now() + length;
    let mut waits = Vec::new();
    while Instant::now() < until {
        let start = Instant::now();
        ok(plain
            .get(&rooms)
            .header("X-API-Key", keys::ENTERPRISE)
            .send()
            .await?)?
        .bytes()
        .await?;
        waits.push(micros(start.elapsed()) / 1000.0);
    }
    Ok(waits)
}

/// [`rooms_waits`] while [`load`] runs; the load stops whether or not they succeed.
async fn others_wait(
    kb: &Arc<Kb>,
    words: &Arc<Vec<String>>,
    queries: &[String],
    held: usize,
    length: Duration,
) -> Result<Vec<f64>, BenchError> {
    let stop = Arc::new(AtomicBool::new(false));
    let busy = load(kb, words, queries, held, &stop);
    let waits = rooms_waits(&kb.base, length).await;
    stop.store(true, Ordering::Relaxed);
    for task in busy {
        task.await
            .map_err(|e| BenchError::Setup(format!("a load task failed: {e}")))??;
    }
    waits
}

pub(crate) async fn run(size: Size) -> Result<Vec<Row>, BenchError> {
    let mock = servers::mock().await?;
    let kb = Arc::new(Kb::create(mock.base_url()).await?);
    let mut rng = Lcg(42);
    let words = Arc::new(vocabulary(&mut rng, 3000));
    let held = kb
        .fill(&mut rng, &words, size.pick(20_000, 100_000))
        .await?;
    let queries = queries(&mut rng, &words, size.pick(60, 200));
    let times = latencies(&kb, &queries).await?;
    let (p50, p99) = (percentile(&times, 50.0), percentile(&times, 99.0));
    let scan = brute_force_ms(held);
    let length = Duration::from_secs(size.pick(3, 8));
    let waits = others_wait(&kb, &words, &queries, held, length).await?;
    let worst = waits.iter().copied().fold(0.0, f64::max);
    mock.shutdown().await;
    let scale = Some(("brute-force scan", Value::new(scan, "ms")));
    Ok(vec![
        Row::figure(
            "search-p50",
            format!("knowledge search p50, {held} chunks, top_k {TOP_K}"),
            Value::new(p50, "ms"),
            scale.clone(),
            Bound::AtMost(25.0),
        ),
        Row::figure(
            "search-p99",
            format!("knowledge search p99, {held} chunks"),
            Value::new(p99, "ms"),
            scale,
            Bound::AtMost(40.0),
        ),
        Row::figure(
            "search-others-wait",
            format!(
                "longest GET /rooms of {} during searches and ingests (p99 {:.2} ms)",
                waits.len(),
                percentile(&waits, 99.0)
            ),
            Value::new(worst, "ms"),
            None,
            Bound::AtMost(20.0),
        ),
    ])
}
