//! `voxai -o json sessions list --all` as sessions grow: the cost per item and the peak
//! memory at ten times the sessions, against the smaller run.

use voxai_mock::control_plane::Seed;
use voxai_mock::{MockServer, keys};

use super::BenchError;
use crate::Size;
use crate::binaries;
use crate::load::median;
use crate::report::{Bound, Row, Value};
use crate::servers;

/// A reference server holding `sessions` ended sessions.
async fn seeded(sessions: u64) -> Result<MockServer, BenchError> {
    let mock = servers::mock().await?;
    mock.control_plane()
        .seed(&Seed {
            sessions,
            ..Seed::new(keys::ENTERPRISE)
        })
        .await?;
    Ok(mock)
}

/// One `--all` walk: microseconds per session and peak RSS in MiB.
async fn walk(mock: &MockServer, sessions: u64) -> Result<(f64, f64), BenchError> {
    let run = binaries::voxai(
        &mock.base_url(),
        &["-o", "json", "sessions", "list", "--all"],
    )
    .await?;
    Ok((
        run.elapsed.as_secs_f64() * 1e6 / sessions as f64,
        run.peak_rss_mib,
    ))
}

pub(crate) async fn run(size: Size) -> Result<Vec<Row>, BenchError> {
    let (small, large): (u64, u64) = size.pick((5_000, 50_000), (10_000, 100_000));
    let (few, many) = (seeded(small).await?, seeded(large).await?);
    let rounds = size.pick(3, 5);
    let mut rss = (Vec::new(), Vec::new());
    // Warm the binary and the servers once.
    walk(&few, small).await?;
    let (large_item, small_item, ratio) = {
        let (mut at_large, mut at_small, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
        for round in 0..rounds {
            let order = if round % 2 == 0 {
                [true, false]
            } else {
                [false, true]
            };
            let mut per_item = [0.0; 2];
            for big in order {
                let (mock, n) = if big { (&many, large) } else { (&few, small) };
                let (item, peak) = walk(mock, n).await?;
                per_item[usize::from(big)] = item;
                if big {
                    rss.1.push(peak)
                } else {
                    rss.0.push(peak)
                }
            }
            at_small.push(per_item[0]);
            at_large.push(per_item[1]);
            ratios.push(per_item[1] / per_item[0]);
        }
        (median(&at_large), median(&at_small), median(&ratios))
    };
    let (rss_small, rss_large) = (median(&rss.0), median(&rss.1));
    few.shutdown().await;
    many.shutdown().await;
    Ok(vec![
        Row::ratio(
            "paging-per-item",
            format!("voxai -o json sessions list --all, per session at {large}"),
            Value::new(large_item, "µs"),
            (format!("at {small}").as_str(), Value::new(small_item, "µs")),
            ratio,
            Bound::AtMost(1.3),
        ),
        Row::figure(
            "paging-cost",
            format!("the same, per session at {large}"),
            Value::new(large_item, "µs"),
            None,
            Bound::AtMost(50.0),
        ),
        Row::ratio(
            "paging-rss",
            format!("peak RSS of that walk at {large}"),
            Value::new(rss_large, "MiB"),
            (format!("at {small}").as_str(), Value::new(rss_small, "MiB")),
            rss_large / rss_small,
            Bound::AtMost(1.25),
        ),
    ])
}
