//! Sliding-window rate limits per API key.

use std::collections::{HashMap, VecDeque};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::http::{HeaderMap, HeaderName, HeaderValue};
use tokio::time::Instant;

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

/// The admission times of each key, oldest first: a request is admitted when fewer than
/// the plan's limit were admitted in the 60 seconds before it, so no 60-second interval
/// ever holds more than the limit, whatever the arrival pattern. At most `limit` times are
/// kept a key (refused requests are not kept), so memory follows the plan, not the
/// request rate, and each check is O(1) amortised. Times are tokio's, so tests can run
/// many windows on a paused clock.
#[derive(Debug, Default)]
pub(crate) struct RateLimiter {
    windows: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl RateLimiter {
    /// Counts a request of `key` against `limit` per minute; refused requests are not
    /// counted. With `enforce` off, requests are counted but never refused (the window
    /// then keeps the newest `limit` of them).
    pub(crate) fn check(&self, key: &str, limit: u64, enforce: bool) -> Window {
        let now = Instant::now();
        let mut windows = self.windows.lock().unwrap_or_else(PoisonError::into_inner);
        // Allocate the key only the first time it is seen.
        let admitted = match windows.get_mut(key) {
            Some(admitted) => admitted,
            None => windows.entry(key.to_owned()).or_default(),
        };
        // Strictly more than a window ago: then even a closed 60-second interval holds
        // at most `limit` admissions.
        while admitted
            .front()
            .is_some_and(|at| now.duration_since(*at) > WINDOW)
        {
            admitted.pop_front();
        }
        let capacity = usize::try_from(limit).unwrap_or(usize::MAX);
        let full = admitted.len() >= capacity;
        if capacity > 0 && (!full || !enforce) {
            if full {
                admitted.pop_front();
            }
            admitted.push_back(now);
        }
        // When the oldest admission leaves the window, freeing a place.
        let frees_in = admitted.front().map_or(WINDOW, |oldest| {
            (*oldest + WINDOW + LEEWAY).saturating_duration_since(now)
        });
        let refused = full && enforce;
        Window {
            limit,
            remaining: limit.saturating_sub(admitted.len() as u64),
            reset: unix_now() + frees_in.as_secs_f64().ceil() as u64,
            retry_after: refused.then(|| frees_in.as_secs_f64().ceil().max(1.0) as u64),
        }
    }

    pub(crate) fn clear(&self) {
        self.windows
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
    }
}

/// Past the window's end by this much, an admission has surely left it.
const LEEWAY: Duration = Duration::from_millis(1);

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
        assert!(refused.retry_after.is_some_and(|s| (1..=61).contains(&s)));
        assert_eq!(limiter.check("other", 3, true).remaining, 2);
        assert!(limiter.check("k", 3, false).retry_after.is_none());
    }

    /// What one request got, at what time since the start.
    #[derive(Debug)]
    struct Seen {
        at: Duration,
        admitted: bool,
        window: Window,
    }

    /// Sends a request at each offset (ascending) on tokio's paused clock.
    async fn arrive(limit: u64, offsets: &[Duration]) -> Vec<Seen> {
        let limiter = RateLimiter::default();
        let start = Instant::now();
        let mut seen = Vec::new();
        for at in offsets {
            let now = start.elapsed();
            tokio::time::advance(at.saturating_sub(now)).await;
            let window = limiter.check("key", limit, true);
            seen.push(Seen {
                at: start.elapsed(),
                admitted: window.retry_after.is_none(),
                window,
            });
        }
        seen
    }

    /// No closed 60-second interval holds more than `limit` admissions, and every answer's
    /// `remaining` is the limit less the admissions of the 60 seconds before it.
    fn assert_sliding(limit: u64, seen: &[Seen]) {
        let admitted: Vec<Duration> = seen.iter().filter(|s| s.admitted).map(|s| s.at).collect();
        for (i, first) in admitted.iter().enumerate() {
            let within = admitted[i..]
                .iter()
                .take_while(|t| **t - *first <= WINDOW)
                .count();
            assert!(
                within as u64 <= limit,
                "{within} admitted from {first:?} on"
            );
        }
        // Admissions so far, in arrival order (a burst shares one instant).
        let mut so_far = Vec::new();
        for s in seen {
            if s.admitted {
                so_far.push(s.at);
            }
            let recent = so_far.iter().filter(|t| s.at - **t <= WINDOW).count() as u64;
            assert_eq!(s.window.remaining, limit - recent, "at {:?}", s.at);
        }
    }

    fn every(step: Duration, until: Duration) -> Vec<Duration> {
        let mut at = Duration::ZERO;
        let mut all = Vec::new();
        while at < until {
            all.push(at);
            at += step;
        }
        all
    }

    #[tokio::test(start_paused = true)]
    async fn one_client_every_50_ms_gets_60_a_minute_across_windows() {
        let seen = arrive(
            60,
            &every(Duration::from_millis(50), Duration::from_secs(250)),
        )
        .await;
        assert_sliding(60, &seen);
        let first_minute = seen.iter().filter(|s| s.admitted && s.at <= WINDOW).count();
        assert_eq!(
            first_minute, 60,
            "the 61st waits until the first is a minute old"
        );
        let next = seen.iter().filter(|s| s.admitted).nth(60).unwrap();
        assert!(next.at > WINDOW, "{:?}", next.at);
    }

    #[tokio::test(start_paused = true)]
    async fn bursts_at_a_second_s_start_and_end_never_double_the_limit() {
        let mut offsets = Vec::new();
        for minute in 0..5u64 {
            for (second, millis) in [(0, 0), (0, 999), (29, 500), (59, 0), (59, 999)] {
                let at = Duration::from_secs(minute * 60 + second) + Duration::from_millis(millis);
                offsets.extend(std::iter::repeat_n(at, 40));
            }
        }
        let seen = arrive(60, &offsets).await;
        assert_sliding(60, &seen);
        assert!(seen.iter().filter(|s| s.admitted).count() >= 60 * 4);
    }

    #[tokio::test(start_paused = true)]
    async fn retry_after_and_reset_say_when_a_request_is_admitted_again() {
        let limiter = RateLimiter::default();
        for _ in 0..10 {
            limiter.check("k", 10, true);
        }
        tokio::time::advance(Duration::from_secs(20)).await;
        let refused = limiter.check("k", 10, true);
        let wait = refused.retry_after.unwrap();
        assert_eq!(
            wait, 41,
            "the first admission leaves 60 s after it, 40 s from now"
        );
        tokio::time::advance(Duration::from_secs(wait - 1)).await;
        assert!(
            limiter.check("k", 10, true).retry_after.is_some(),
            "not yet"
        );
        tokio::time::advance(Duration::from_secs(1)).await;
        let again = limiter.check("k", 10, true);
        assert!(again.retry_after.is_none());
        // All ten left at once (they came together); this one is counted.
        assert_eq!(again.remaining, 9);
    }

    #[tokio::test(start_paused = true)]
    async fn an_irregular_pattern_over_ten_windows() {
        // A fixed pseudo-random walk of gaps from 0 to 2 s, bursts included.
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut at = Duration::ZERO;
        let mut offsets = Vec::new();
        while at < Duration::from_secs(600) {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            let gap = (state >> 33) % 2_000;
            if gap > 1_800 {
                offsets.extend(std::iter::repeat_n(at, 25));
            }
            at += Duration::from_millis(gap);
            offsets.push(at);
        }
        let seen = arrive(60, &offsets).await;
        assert_sliding(60, &seen);
    }
}
