//! The retry policy: waits what `Retry-After` says, else exponential backoff with jitter.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use backon::{ExponentialBuilder, Retryable};
use reqwest::Method;

use crate::error::{Error, Result};

/// How failed requests are repeated.
///
/// - A `429 RATE_LIMITED` waits exactly the `Retry-After` the server sent (seconds or an
///   HTTP-date), for any method.
/// - 5xx responses, network failures and timeouts are retried for GET, PUT and DELETE
///   with exponential backoff (and jitter unless disabled). POST is only retried after a
///   429 or a failure before the request was sent, so nothing is created twice.
/// - `QUOTA_EXCEEDED` and every other 4xx are never retried.
/// - At most [`max_retries`](Self::with_max_retries) repeats and
///   [`max_total_wait`](Self::with_max_total_wait) of waiting in all: a wait that would go past
///   the budget is not slept; the error is returned at once, `retry_after()` set.
///
/// ```
/// use std::time::Duration;
/// use voxai_sdk::RetryPolicy;
///
/// let policy = RetryPolicy::default()
///     .with_max_retries(5)
///     .with_initial_backoff(Duration::from_millis(200))
///     .with_max_total_wait(Duration::from_secs(30));
/// assert_eq!(policy.max_retries(), 5);
/// ```
#[derive(Clone)]
pub struct RetryPolicy {
    max_retries: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    factor: f32,
    jitter: bool,
    max_total_wait: Duration,
    classifier: Option<Classifier>,
}

/// A user's say on whether a failure is retried; `None` leaves it to the SDK.
type Classifier = Arc<dyn Fn(&RetryCheck<'_>) -> Option<bool> + Send + Sync>;

impl std::fmt::Debug for RetryPolicy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RetryPolicy")
            .field("max_retries", &self.max_retries)
            .field("initial_backoff", &self.initial_backoff)
            .field("max_backoff", &self.max_backoff)
            .field("factor", &self.factor)
            .field("jitter", &self.jitter)
            .field("max_total_wait", &self.max_total_wait)
            .field("retry_if", &self.classifier.is_some())
            .finish()
    }
}

/// Equal settings and the same classifier (the same `retry_if` closure, not an equal one).
impl PartialEq for RetryPolicy {
    fn eq(&self, other: &Self) -> bool {
        let same_classifier = match (&self.classifier, &other.classifier) {
            (None, None) => true,
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            _ => false,
        };
        self.max_retries == other.max_retries
            && self.initial_backoff == other.initial_backoff
            && self.max_backoff == other.max_backoff
            && self.factor == other.factor
            && self.jitter == other.jitter
            && self.max_total_wait == other.max_total_wait
            && same_classifier
    }
}

/// A failed attempt, as a [`RetryPolicy::retry_if`] classifier sees it.
#[derive(Debug)]
#[non_exhaustive]
pub struct RetryCheck<'a> {
    /// Method of the request.
    pub method: &'a Method,
    /// The endpoint's route template (`/rooms/{roomName}`), if the reference lists it.
    pub template: Option<&'static str>,
    /// Why the attempt failed.
    pub error: &'a Error,
    /// What the SDK would decide on its own.
    pub default: bool,
}

impl Default for RetryPolicy {
    /// 3 retries, backoff from 500 ms doubling up to 8 s with jitter, 60 s of waiting in all.
    fn default() -> Self {
        Self {
            max_retries: 3,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(8),
            factor: 2.0,
            jitter: true,
            max_total_wait: Duration::from_secs(60),
            classifier: None,
        }
    }
}

impl RetryPolicy {
    /// A policy that never retries.
    pub fn none() -> Self {
        Self::default().with_max_retries(0)
    }

    /// Repeats after the first attempt (0 disables retries).
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries;
        self
    }

    /// The first backoff wait.
    pub fn with_initial_backoff(mut self, wait: Duration) -> Self {
        self.initial_backoff = wait;
        self
    }

    /// The longest single backoff wait.
    pub fn with_max_backoff(mut self, wait: Duration) -> Self {
        self.max_backoff = wait;
        self
    }

    /// How much each backoff wait grows (at least 1).
    pub fn with_factor(mut self, factor: f32) -> Self {
        self.factor = factor.max(1.0);
        self
    }

    /// Whether backoff waits get random jitter (up to +100%) so clients spread out.
    pub fn with_jitter(mut self, jitter: bool) -> Self {
        self.jitter = jitter;
        self
    }

    /// The most time spent waiting between attempts, in all.
    pub fn with_max_total_wait(mut self, budget: Duration) -> Self {
        self.max_total_wait = budget;
        self
    }

    /// Decides, ahead of the SDK, whether a failure is retried: `Some(true)` retries it
    /// (within the policy's attempts and waiting budget), `Some(false)` returns it at
    /// once, `None` leaves it to the SDK ([`RetryCheck::default`] says what it would do).
    /// Retrying a POST is yours to judge: the SDK repeats one only when it cannot have
    /// acted twice.
    ///
    /// ```
    /// use voxai_sdk::RetryPolicy;
    ///
    /// // A room name freed a moment ago may still be taken: try the create again.
    /// let policy = RetryPolicy::default().retry_if(|check| {
    ///     let conflict = check.error.status() == Some(409);
    ///     (conflict && check.template == Some("/rooms")).then_some(true)
    /// });
    /// ```
    pub fn retry_if(
        mut self,
        classifier: impl Fn(&RetryCheck<'_>) -> Option<bool> + Send + Sync + 'static,
    ) -> Self {
        self.classifier = Some(Arc::new(classifier));
        self
    }

    /// Repeats after the first attempt.
    pub fn max_retries(&self) -> u32 {
        self.max_retries
    }

    /// The first backoff wait.
    pub fn initial_backoff(&self) -> Duration {
        self.initial_backoff
    }

    /// The longest single backoff wait.
    pub fn max_backoff(&self) -> Duration {
        self.max_backoff
    }

    /// How much each backoff wait grows.
    pub fn factor(&self) -> f32 {
        self.factor
    }

    /// Whether backoff waits get random jitter.
    pub fn jitter(&self) -> bool {
        self.jitter
    }

    /// The budget for waiting.
    pub fn max_total_wait(&self) -> Duration {
        self.max_total_wait
    }

    fn backoff(&self) -> ExponentialBuilder {
        let builder = ExponentialBuilder::default()
            .with_min_delay(self.initial_backoff)
            .with_max_delay(self.max_backoff)
            .with_factor(self.factor)
            .with_max_times(self.max_retries as usize);
        if self.jitter {
            builder.with_jitter()
        } else {
            builder
        }
    }
}

/// One retry about to happen, as passed to [`ClientBuilder::on_retry`](crate::ClientBuilder::on_retry).
#[derive(Debug)]
#[non_exhaustive]
pub struct RetryEvent<'a> {
    /// Method of the request.
    pub method: &'a Method,
    /// Path of the request below the base URL.
    pub path: &'a str,
    /// The attempt that failed, from 1.
    pub attempt: u32,
    /// How long the client waits before the next attempt.
    pub wait: Duration,
    /// Whether the wait is the server's `Retry-After` rather than backoff.
    pub from_retry_after: bool,
    /// Why the attempt failed.
    pub error: &'a Error,
}

/// A callback told about every retry.
pub(crate) type RetryHook = Arc<dyn Fn(&RetryEvent<'_>) + Send + Sync>;

/// Whether repeating a request of this method cannot do a thing twice.
pub(crate) fn is_idempotent(method: &Method) -> bool {
    matches!(
        *method,
        Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS
    )
}

/// Runs `attempt` until it succeeds, a failure is not retryable, or the policy's attempts
/// or waiting budget run out.
pub(crate) async fn run<T, F, Fut>(
    policy: &RetryPolicy,
    method: &Method,
    segments: &[String],
    hook: Option<&RetryHook>,
    attempt: F,
) -> Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T>>,
{
    let idempotent = is_idempotent(method);
    let budget = policy.max_total_wait;
    let mut waited = Duration::ZERO;
    let mut failures = 0u32;
    // Shared by `adjust` and `notify`; atomic only so the future stays `Send`.
    let last_from_retry_after = AtomicBool::new(false);
    attempt
        .retry(policy.backoff())
        .when(|error: &Error| {
            let default = error.is_retryable_for(idempotent);
            let Some(classifier) = &policy.classifier else {
                return default;
            };
            let check = RetryCheck {
                method,
                template: voxai_types::endpoint_template(method.as_str(), segments),
                error,
                default,
            };
            classifier(&check).unwrap_or(default)
        })
        .adjust(|error: &Error, backoff: Option<Duration>| {
            // `None` means the attempts are used up: it must stay `None`.
            let backoff = backoff?;
            let (wait, from_retry_after) = match error.retry_after() {
                Some(server_wait) => (server_wait, true),
                None => (backoff, false),
            };
            if waited + wait > budget {
                return None;
            }
            waited += wait;
            last_from_retry_after.store(from_retry_after, Ordering::Relaxed);
            Some(wait)
        })
        .notify(|error: &Error, wait: Duration| {
            failures += 1;
            let path = format!("/{}", segments.join("/"));
            let from_retry_after = last_from_retry_after.load(Ordering::Relaxed);
            crate::telemetry::retry(method, &path, failures, wait, from_retry_after, error);
            if let Some(hook) = hook {
                hook(&RetryEvent {
                    method,
                    path: &path,
                    attempt: failures,
                    wait,
                    from_retry_after,
                    error,
                });
            }
        })
        .await
}
