//! The SDK against bare reqwest decoding into the same types: one call at a time, and 32
//! concurrent tasks.

use std::sync::Arc;
use std::time::Duration;

use voxai_mock::keys;
use voxai_sdk::Client;
use voxai_types::rooms::ListRoomsResponse;

use super::{BenchError, ok};
use crate::Size;
use crate::load::{interleaved, median, sequential, throughput};
use crate::report::{Bound, Row, Value};
use crate::servers;

/// The client `--calls` profiles.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub(crate) enum Via {
    /// `client.rooms().list()`.
    Sdk,
    /// reqwest, decoding into the same `ListRoomsResponse`.
    Bare,
}

/// `count` `GET /rooms` calls against `base` through one client, shared by `tasks` tasks:
/// nothing but the client's own work, for a profiler.
pub(crate) async fn calls(
    via: Via,
    count: usize,
    tasks: usize,
    base: &str,
) -> Result<(), BenchError> {
    match via {
        Via::Sdk => {
            let client = Client::builder()
                .api_key(keys::ENTERPRISE)
                .base_url(base)
                .build()?;
            spread(count, tasks, move || sdk_list(client.clone())).await
        }
        Via::Bare => {
            let (bare, url) = (servers::http(tasks)?, Arc::from(format!("{base}/rooms")));
            spread(count, tasks, move || {
                bare_list(bare.clone(), Arc::clone(&url))
            })
            .await
        }
    }
}

/// `count` calls made by `tasks` tasks, each one call at a time.
async fn spread<F, Fut>(count: usize, tasks: usize, call: F) -> Result<(), BenchError>
where
    F: Fn() -> Fut + Clone + Send + 'static,
    Fut: Future<Output = Result<(), BenchError>> + Send + 'static,
{
    let tasks = tasks.max(1);
    let handles: Vec<_> = (0..tasks)
        .map(|i| {
            let share = count / tasks + usize::from(i < count % tasks);
            tokio::spawn(sequential(share, call.clone()))
        })
        .collect();
    for handle in handles {
        handle
            .await
            .map_err(|e| BenchError::Setup(format!("a calling task failed: {e}")))??;
    }
    Ok(())
}

/// One `rooms().list()` call.
async fn sdk_list(client: Client) -> Result<(), BenchError> {
    client.rooms().list().await?;
    Ok(())
}

/// One bare `GET /rooms` on `url`, decoded into the SDK's type.
async fn bare_list(bare: reqwest::Client, url: Arc<str>) -> Result<(), BenchError> {
    let response = ok(bare
        .get(&*url)
        .header("X-API-Key", keys::ENTERPRISE)
        .send()
        .await?)?;
    let _: ListRoomsResponse = serde_json::from_slice(&response.bytes().await?)
        .map_err(|e| BenchError::Setup(format!("bare decode: {e}")))?;
    Ok(())
}

pub(crate) async fn run(size: Size) -> Result<Vec<Row>, BenchError> {
    let mock = servers::mock().await?;
    let base = mock.base_url();
    let sdk = |timeout: bool| {
        let builder = Client::builder().api_key(keys::ENTERPRISE).base_url(&base);
        if timeout {
            builder
        } else {
            builder.no_timeout()
        }
        .build()
    };
    let (client, untimed) = (sdk(true)?, sdk(false)?);
    for i in 0..5 {
        client.rooms().create(format!("bench-{i}")).await?;
    }
    let (bare, url): (_, Arc<str>) = (servers::http(64)?, Arc::from(format!("{base}/rooms")));
    let bare_list = move || bare_list(bare.clone(), Arc::clone(&url));
    let sdk_list = |client: Client| move || sdk_list(client.clone());
    let (calls, rounds) = (size.pick(300, 2000), size.pick(5, 11));
    // Warm both connection pools and code paths.
    sequential(100, sdk_list(client.clone())).await?;
    sequential(100, bare_list.clone()).await?;
    let (sdk_p50, bare_p50, latency) = interleaved(
        rounds,
        || {
            let call = sdk_list(client.clone());
            async move { Ok(median(&sequential(calls, call).await?)) }
        },
        || {
            let call = bare_list.clone();
            async move { Ok(median(&sequential(calls, call).await?)) }
        },
    )
    .await?;
    let window = Duration::from_millis(size.pick(400, 1500));
    let (sdk_rate, bare_rate, concurrent) = interleaved(
        rounds,
        || throughput(32, window, sdk_list(client.clone())),
        || throughput(32, window, bare_list.clone()),
    )
    .await?;
    let (timed_rate, untimed_rate, timeout_cost) = interleaved(
        rounds,
        || throughput(32, window, sdk_list(client.clone())),
        || throughput(32, window, sdk_list(untimed.clone())),
    )
    .await?;
    // The SDK's spans with an application's subscriber listening at INFO (every call's
    // span built and recorded, then dropped), against none.
    let traced = tracing::Dispatch::new(
        tracing_subscriber::fmt()
            .with_max_level(tracing::Level::INFO)
            .with_writer(std::io::sink)
            .finish(),
    );
    let (traced_p50, quiet_p50, tracing_cost) = interleaved(
        rounds,
        || {
            use tracing::instrument::WithSubscriber;
            let call = sdk_list(client.clone());
            async move { Ok(median(&sequential(calls, call).await?)) }
                .with_subscriber(traced.clone())
        },
        || {
            let call = sdk_list(client.clone());
            async move { Ok(median(&sequential(calls, call).await?)) }
        },
    )
    .await?;
    mock.shutdown().await;
    Ok(vec![
        Row::ratio(
            "sdk-tracing",
            if cfg!(feature = "sdk-tracing") {
                "rooms().list() p50, a subscriber at INFO"
            } else {
                "rooms().list() p50 (SDK built without `tracing`)"
            },
            Value::new(traced_p50, "µs"),
            ("no subscriber", Value::new(quiet_p50, "µs")),
            tracing_cost,
            Bound::AtMost(1.15),
        ),
        Row::ratio(
            "sdk-latency",
            "rooms().list() p50, one call at a time",
            Value::new(sdk_p50, "µs"),
            ("bare reqwest", Value::new(bare_p50, "µs")),
            latency,
            Bound::AtMost(1.05),
        ),
        Row::ratio(
            "sdk-throughput",
            "rooms().list(), 32 concurrent tasks",
            Value::new(sdk_rate, "req/s"),
            ("bare reqwest", Value::new(bare_rate, "req/s")),
            concurrent,
            Bound::AtLeast(0.95),
        ),
        Row::ratio(
            "sdk-timeout-cost",
            "the default per-request timeout, 32 tasks",
            Value::new(timed_rate, "req/s"),
            ("no_timeout()", Value::new(untimed_rate, "req/s")),
            timeout_cost,
            Bound::AtLeast(0.98),
        ),
    ])
}
