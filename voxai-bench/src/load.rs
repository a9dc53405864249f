//! Measuring: latencies of sequential calls, throughput of concurrent ones, and the
//! statistics the rows report.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use crate::scenarios::BenchError;

/// The median (the mean of the middle two for an even count); NaN for none.
pub(crate) fn median(values: &[f64]) -> f64 {
    percentile(values, 50.0)
}

/// The `p`th percentile by nearest rank (p in 0..=100); NaN for none.
pub(crate) fn percentile(values: &[f64], p: f64) -> f64 {
    let mut sorted: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted.sort_by(f64::total_cmp);
    if p == 50.0 && sorted.len() % 2 == 0 {
        let mid = sorted.len() / 2;
        return (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// Microseconds of a duration.
pub(crate) fn micros(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

/// Runs `call` `n` times, one after another; each call's duration in microseconds.
pub(crate) async fn sequential<F, Fut>(n: usize, mut call: F) -> Result<Vec<f64>, BenchError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<(), BenchError>>,
{
    let mut times = Vec::with_capacity(n);
    for _ in 0..n {
        let start = Instant::now();
        call().await?;
        times.push(micros(start.elapsed()));
    }
    Ok(times)
}

/// Calls per second that `tasks` concurrent loops of `call` complete within `window`.
pub(crate) async fn throughput<F, Fut>(
    tasks: usize,
    window: Duration,
    call: F,
) -> Result<f64, BenchError>
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<(), BenchError>> + Send,
{
    let call = Arc::new(call);
    let done = Arc::new(AtomicU64::new(0));
    let start = Instant::now();
    let deadline = start + window;
    let mut handles = Vec::with_capacity(tasks);
    for _ in 0..tasks {
        let (call, done) = (call.clone(), done.clone());
        handles.push(tokio::spawn(async move {
            while Instant::now() < deadline {
                call().await?;
                done.fetch_add(1, Ordering::Relaxed);
            }
            Ok::<_, BenchError>(())
        }));
    }
    for handle in handles {
        handle
            .await
            .map_err(|e| BenchError::Setup(format!("a load task failed: {e}")))??;
    }
    Ok(done.load(Ordering::Relaxed) as f64 / start.elapsed().as_secs_f64())
}

/// `rounds` rounds of `subject` and `baseline`, alternating which goes first; each
/// closure returns the round's figure. The figures' medians and the median of the
/// per-round ratios subject/baseline.
pub(crate) async fn interleaved<S, SF, B, BF>(
    rounds: usize,
    mut subject: S,
    mut baseline: B,
) -> Result<(f64, f64, f64), BenchError>
where
    S: FnMut() -> SF,
    SF: Future<Output = Result<f64, BenchError>>,
    B: FnMut() -> BF,
    BF: Future<Output = Result<f64, BenchError>>,
{
    let (mut s, mut b, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..rounds {
        let (x, y) = if round % 2 == 0 {
            let x = subject().await?;
            (x, baseline().await?)
        } else {
            let y = baseline().await?;
            (subject().await?, y)
        };
        s.push(x);
        b.push(y);
        ratios.push(x / y);
    }
    Ok((median(&s), median(&b), median(&ratios)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_by_nearest_rank() {
        let v: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(percentile(&v, 99.0), 99.0);
        assert_eq!(percentile(&v, 100.0), 100.0);
        assert_eq!(median(&v), 50.5);
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert!(median(&[]).is_nan());
    }
}
