//! Room creation as rooms grow: the last tenth of the rooms against the first.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use serde_json::json;
use voxai_mock::keys;

use super::{BenchError, ok};
use crate::Size;
use crate::report::{Bound, Row, Value};
use crate::servers;

const TASKS: usize = 4;

pub(crate) async fn run(size: Size) -> Result<Vec<Row>, BenchError> {
    let total: usize = size.pick(20_000, 100_000);
    let mock = servers::mock().await?;
    let url = format!("{}/rooms", mock.base_url());
    let http = servers::http(TASKS)?;
    let next = Arc::new(AtomicUsize::new(0));
    let done = Arc::new(AtomicUsize::new(0));
    // When the tenth, ninth-tenth and last rooms were created, from the start.
    let start = Instant::now();
    let marks = Arc::new(std::sync::Mutex::new([None; 3]));
    let tenth = total / 10;
    let mut tasks = Vec::new();
    for _ in 0..TASKS {
        let (http, url, next, done, marks) = (
            http.clone(),
            url.clone(),
            next.clone(),
            done.clone(),
            marks.clone(),
        );
        tasks.push(tokio::spawn(async move {
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= total {
                    return Ok::<_, BenchError>(());
                }
                ok(http
                    .post(&url)
                    .header("X-API-Key", keys::ENTERPRISE)
                    .json(&json!({"name": format!("grow-{i}")}))
                    .send()
                    .await?)?;
                let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                let mark = match n {
                    n if n == tenth => Some(0),
                    n if n == total - tenth => Some(1),
                    n if n == total => Some(2),
                    _ => None,
                };
                if let Some(mark) = mark {
                    if let Ok(mut marks) = marks.lock() {
                        marks[mark] = Some(start.elapsed());
                    }
                }
            }
        }));
    }
    for task in tasks {
        task.await
            .map_err(|e| BenchError::Setup(format!("a create task failed: {e}")))??;
    }
    mock.shutdown().await;
    let marks = *marks
        .lock()
        .map_err(|_| BenchError::Setup("marks poisoned".to_owned()))?;
    let [Some(first), Some(ninth), Some(last)] = marks else {
        return Err(BenchError::Setup("not every room was created".to_owned()));
    };
    let first_rate = tenth as f64 / first.as_secs_f64();
    let last_rate = tenth as f64 / (last - ninth).as_secs_f64();
    Ok(vec![Row::ratio(
        "rooms-create-growth",
        format!("room creates/s, last {tenth} of {total} rooms"),
        Value::new(last_rate, "rooms/s"),
        ("first tenth", Value::new(first_rate, "rooms/s")),
        last_rate / first_rate,
        Bound::AtLeast(0.7),
    )])
}
