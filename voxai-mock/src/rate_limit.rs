//! Sliding-window rate limits per API key.

use std::collections::{HashMap, VecDeque};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::http::{HeaderMap, HeaderName, HeaderValue};

const WINDOW: Duration = Duration::from_secs(60);

/// The window of one key after a request was counted (or refused).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Window {
    pub(crate) limit: u64,
    pub(crate) remaining: u64,
    /// Unix seconds when the oldest request leaves the window.
    pub(crate) reset: u64,
    /// Seconds to wait, when refused.
    pub(crate) retry_after: Option<u64>,
}

impl Window {
    /// The three `X-RateLimit-*` headers.
    pub(crate) fn write_headers(&self, headers: &mut HeaderMap) {
        // Names made once, not parsed from text on every answer.
        const LIMIT: HeaderName = HeaderName::from_static("x-ratelimit-limit");
        const REMAINING: HeaderName = HeaderName::from_static("x-ratelimit-remaining");
        const RESET: HeaderName = HeaderName::from_static("x-ratelimit-reset");
        headers.insert(LIMIT, HeaderValue::from(self.limit));
        headers.insert(REMAINING, HeaderValue::from(self.remaining));
        headers.insert(RESET, HeaderValue::from(self.reset));
    }
}

/// Requests counted per key in one-second buckets: at most 60 buckets a key whatever the
/// request rate (a timestamp per request was 40 MB at 40k requests/s).
#[derive(Debug)]
pub(crate) struct RateLimiter {
    start: Instant,
    windows: Mutex<HashMap<String, VecDeque<(u64, u64)>>>,
}

impl Default for RateLimiter {
    fn default() -> Self {
        Self {
            start: Instant::now(),
            windows: Mutex::default(),
        }
    }
}

impl RateLimiter {
    /// Counts a request of `key` against `limit` per minute; refused requests are not
    /// counted. With `enforce` off, requests are counted but never refused.
    pub(crate) fn check(&self, key: &str, limit: u64, enforce: bool) -> Window {
        let elapsed = self.start.elapsed();
        let second = elapsed.as_secs();
        let mut windows = self.windows.lock().unwrap_or_else(PoisonError::into_inner);
        // Allocate the key only the first time it is seen.
        let buckets = match windows.get_mut(key) {
            Some(buckets) => buckets,
            None => windows.entry(key.to_owned()).or_default(),
        };
        while buckets
            .front()
            .is_some_and(|(at, _)| second - at >= WINDOW.as_secs())
        {
            buckets.pop_front();
        }
        let used: u64 = buckets.iter().map(|(_, n)| n).sum();
        let full = used >= limit;
        let counted = if !full || !enforce {
            match buckets.back_mut() {
                Some((at, n)) if *at == second => *n += 1,
                _ => buckets.push_back((second, 1)),
            }
            used + 1
        } else {
            used
        };
        let oldest = buckets.front().map_or(second, |(at, _)| *at);
        let leaves_at = Duration::from_secs(oldest) + WINDOW;
        let until_reset = leaves_at.saturating_sub(elapsed);
        let reset = unix_now() + until_reset.as_secs_f64().ceil() as u64;
        Window {
            limit,
            remaining: limit.saturating_sub(counted),
            reset,
            retry_after: (full && enforce)
                .then(|| until_reset.as_secs_f64().ceil().max(1.0) as u64),
        }
    }

    pub(crate) fn clear(&self) {
        self.windows
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
    }
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_past_the_limit_and_counts_down() {
        let limiter = RateLimiter::default();
        for expected in (0..3).rev() {
            let w = limiter.check("k", 3, true);
            assert_eq!(w.remaining, expected);
            assert!(w.retry_after.is_none());
        }
        let refused = limiter.check("k", 3, true);
        assert_eq!(refused.remaining, 0);
        assert!(refused.retry_after.is_some_and(|s| (1..=60).contains(&s)));
        assert_eq!(limiter.check("other", 3, true).remaining, 2);
        assert!(limiter.check("k", 3, false).retry_after.is_none());
    }
}
