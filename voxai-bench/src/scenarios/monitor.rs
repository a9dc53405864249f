//! Monitor fan-out: transcript lines posted at a steady rate, every subscriber of the
//! room's channel timing each event from the moment its request was sent; and the
//! server's CPU time per delivered frame (the server runs as its own process).

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use futures::{SinkExt, StreamExt};
use serde_json::json;
use tokio_tungstenite::tungstenite::Message;
use voxai_mock::keys;

use super::{BenchError, ok, post};
use crate::Size;
use crate::binaries::MockProcess;
use crate::load::percentile;
use crate::report::{Bound, Row, Value};
use crate::servers;

/// The sequence number of a `transcript.new` frame posted by this bench (`"seq N"`),
/// found without decoding the whole frame: the subscribers share the machine with the
/// server, so their cost is kept to the least.
fn sequence(frame: &str) -> Option<usize> {
    let at = frame.find("\"content\":\"seq ")? + "\"content\":\"seq ".len();
    let digits = &frame[at..];
    let end = digits.find(|c: char| !c.is_ascii_digit())?;
    digits[..end].parse().ok()
}

/// What one run measured.
struct Fanout {
    /// Every delivery's latency, milliseconds.
    latencies: Vec<f64>,
    sent: usize,
    lost: usize,
    cpu_per_delivery_us: f64,
}

async fn subscriber(
    ws_url: String,
    sent_at: Arc<Vec<AtomicU64>>,
    start: Instant,
    expected: Arc<AtomicUsize>,
    ready: tokio::sync::mpsc::Sender<()>,
) -> Result<Vec<f64>, BenchError> {
    let (mut socket, _) = tokio_tungstenite::connect_async(ws_url.as_str()).await?;
    socket
        .send(Message::text(
            json!({"action": "subscribe", "channel": "room:fan"}).to_string(),
        ))
        .await?;
    let mut latencies = Vec::new();
    let mut subscribed = false;
    while let Some(message) = tokio::time::timeout(Duration::from_secs(5), socket.next())
        .await
        .ok()
        .flatten()
    {
        let Message::Text(text) = message? else {
            continue;
        };
        if !subscribed && text.starts_with("{\"type\":\"subscribed\"") {
            subscribed = true;
            let _ = ready.send(()).await;
            continue;
        }
        if let Some(sent) = sequence(&text).and_then(|n| sent_at.get(n)) {
            let sent = Duration::from_nanos(sent.load(Ordering::Relaxed));
            latencies.push((start.elapsed().saturating_sub(sent)).as_secs_f64() * 1e3);
        }
        if latencies.len() >= expected.load(Ordering::Relaxed) {
            break;
        }
    }
    Ok(latencies)
}

/// A subscriber of the room's channel that never reads: the server must cut it off
/// (4008) without the others noticing.
async fn stalled(ws_url: &str) -> Result<impl Sized, BenchError> {
    let (mut socket, _) = tokio_tungstenite::connect_async(ws_url).await?;
    socket
        .send(Message::text(
            json!({"action": "subscribe", "channel": "room:fan"}).to_string(),
        ))
        .await?;
    Ok(socket)
}

/// One transcript line a tick at `rate` a second, one for each slot of `sent_at`, which
/// records when each was sent; returns once every post is answered.
async fn send_lines(
    http: &reqwest::Client,
    url: &str,
    rate: u64,
    sent_at: &[AtomicU64],
    start: Instant,
) -> Result<(), BenchError> {
    let mut tick = tokio::time::interval(Duration::from_nanos(1_000_000_000 / rate));
    let mut posts = Vec::with_capacity(sent_at.len());
    for (seq, slot) in sent_at.iter().enumerate() {
        tick.tick().await;
        slot.store(start.elapsed().as_nanos() as u64, Ordering::Relaxed);
        let post = http
            .post(url)
            .header("X-API-Key", keys::ENTERPRISE)
            .json(&json!({"speaker": "user", "content": format!("seq {seq}")}))
            .send();
        posts.push(tokio::spawn(async move { ok(post.await?).map(drop) }));
    }
    for post in posts {
        post.await
            .map_err(|e| BenchError::Setup(format!("a post failed: {e}")))??;
    }
    Ok(())
}

/// Every subscriber's latencies together, and how many of `events` they missed in all.
async fn gather(
    readers: Vec<tokio::task::JoinHandle<Result<Vec<f64>, BenchError>>>,
    events: usize,
) -> Result<(Vec<f64>, usize), BenchError> {
    let mut latencies = Vec::new();
    let mut lost = 0;
    for reader in readers {
        let got = reader
            .await
            .map_err(|e| BenchError::Setup(format!("a subscriber failed: {e}")))??;
        lost += events.saturating_sub(got.len());
        latencies.extend(got);
    }
    Ok((latencies, lost))
}

async fn fanout(
    subscribers: usize,
    rate: u64,
    seconds: u64,
    with_stalled: bool,
) -> Result<Fanout, BenchError> {
    // Every subscriber uses one key: the per-project socket bound is raised for the load.
    let mock =
        MockProcess::start_with(&["--no-rate-limit", "--monitor-sockets-per-project", "10000"])
            .await?;
    let base = format!("{}/api/v1", mock.origin);
    let http = servers::http(16)?;
    let key = keys::ENTERPRISE;
    post(&http, &base, "/rooms", &json!({"name": "fan"})).await?;
    post(&http, &base, "/sessions", &json!({"room_name": "ent_fan"})).await?;
    let events = (rate * seconds) as usize;
    let sent_at: Arc<Vec<AtomicU64>> = Arc::new((0..events).map(|_| AtomicU64::new(0)).collect());
    let expected = Arc::new(AtomicUsize::new(usize::MAX));
    let start = Instant::now();
    let ws_url = format!(
        "{}/ws/monitor?api_key={key}",
        mock.origin.replacen("http", "ws", 1)
    );
    let (ready, mut readied) = tokio::sync::mpsc::channel(subscribers);
    let mut readers = Vec::new();
    for _ in 0..subscribers {
        readers.push(tokio::spawn(subscriber(
            ws_url.clone(),
            sent_at.clone(),
            start,
            expected.clone(),
            ready.clone(),
        )));
    }
    drop(ready);
    // Held, unread, until the run ends.
    let _stalled = match with_stalled {
        true => Some(stalled(&ws_url).await?),
        false => None,
    };
    for _ in 0..subscribers {
        if readied.recv().await.is_none() {
            break;
        }
    }
    let cpu_before = mock.cpu_seconds()?;
    let own_before = crate::binaries::cpu_seconds(std::process::id())?;
    let wall = Instant::now();
    let url = format!("{base}/sessions/ent_fan/transcript");
    send_lines(&http, &url, rate, &sent_at, start).await?;
    expected.store(events, Ordering::Relaxed);
    let (latencies, lost) = gather(readers, events).await?;
    let cpu = mock.cpu_seconds()?.since(cpu_before);
    let own = crate::binaries::cpu_seconds(std::process::id())?.since(own_before);
    eprintln!(
        "   ({subscribers} x {rate}/s over {:.2} s: server {:.2} CPU-s user + {:.2} kernel; subscribers and sender {:.2} CPU-s)",
        wall.elapsed().as_secs_f64(),
        cpu.user,
        cpu.system,
        own.total(),
    );
    let delivered = latencies.len().max(1);
    Ok(Fanout {
        latencies,
        sent: events,
        lost,
        cpu_per_delivery_us: cpu.total() * 1e6 / delivered as f64,
    })
}

/// The run whose p99 is the median of `runs`' p99s: one run's p99 of a few
/// milliseconds moves by as much as 3x with the machine's other work, the median of
/// alternated runs much less.
fn median_run(mut runs: Vec<Fanout>) -> Fanout {
    runs.sort_by(|a, b| p99(a).total_cmp(&p99(b)));
    let middle = runs.len() / 2;
    runs.swap_remove(middle)
}

fn p99(run: &Fanout) -> f64 {
    percentile(&run.latencies, 99.0)
}

pub(crate) async fn run(size: Size) -> Result<Vec<Row>, BenchError> {
    let seconds = size.pick(2, 6);
    // Alternated, so that a slow spell of the machine falls on both sides alike.
    let (mut narrows, mut disturbeds) = (Vec::new(), Vec::new());
    for _ in 0..3 {
        narrows.push(fanout(100, 1000, seconds, false).await?);
        disturbeds.push(fanout(100, 1000, seconds, true).await?);
    }
    let narrow = median_run(narrows);
    let disturbed = median_run(disturbeds);
    let wide = fanout(1000, 100, seconds, false).await?;
    let row = |id, subscribers: usize, rate: u64, run: &Fanout, target: f64| {
        Row::figure(
            id,
            format!(
                "monitor p99, {subscribers} subscribers at {rate} events/s ({} sent, {} lost)",
                run.sent, run.lost
            ),
            Value::new(p99(run), "ms"),
            Some(("p50", Value::new(percentile(&run.latencies, 50.0), "ms"))),
            Bound::AtMost(target),
        )
    };
    Ok(vec![
        row("monitor-100x1000", 100, 1000, &narrow, 10.0),
        // Not met on a 2-core machine (about 80 ms, the subscribers themselves use 1.4
        // cores; see the README): the gate guards against doubling that.
        row("monitor-1000x100", 1000, 100, &wide, 20.0).gate(Bound::AtMost(160.0)),
        Row::ratio(
            "monitor-stalled",
            "median p99 of 3 runs, 100 subscribers and one more that never reads",
            Value::new(p99(&disturbed), "ms"),
            ("without it", Value::new(p99(&narrow), "ms")),
            p99(&disturbed) / p99(&narrow),
            Bound::AtMost(1.1),
        )
        // A p99 of 2-3 ms on a shared 2-core machine: a stall that holds the others
        // up shows as seconds and losses, far past 3x.
        .gate(Bound::AtMost(3.0)),
        Row::figure(
            "monitor-cpu",
            "server CPU per delivered frame (100 x 1000/s)",
            Value::new(narrow.cpu_per_delivery_us, "µs"),
            None,
            Bound::AtMost(2.5),
        )
        // Not met yet (about 7 µs: a write system call a frame); guards against doubling.
        .gate(Bound::AtMost(15.0)),
    ])
}

#[cfg(test)]
mod tests {
    use super::sequence;

    #[test]
    fn finds_the_sequence_number() {
        let frame = r#"{"type":"transcript.new","data":{"room_name":"ent_fan","content":"seq 1234","speaker":"user"}}"#;
        assert_eq!(sequence(frame), Some(1234));
        assert_eq!(
            sequence(r#"{"type":"subscribed","data":{"channel":"room:fan"}}"#),
            None
        );
    }
}
