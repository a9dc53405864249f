//! Drift tests: every documented example and every response shape of the reference
//! server, mutated the ways a real server may differ, must still decode; only a missing
//! identifier may fail, and then with an error that names it.
//!
//! Mutations, one field at a time so a failure names the field: unknown members added at
//! every level; every string replaced by a value nobody knows; every field set to `null`;
//! every field removed; every integer written as a float; every body the reference does
//! not show replaced by `{"success": true}`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod mutate;
mod samples;
mod shapes;

use mutate::{Mutation, mutations};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_response_shape_survives_every_mutation() {
    let mut samples = samples::golden_fixtures();
    samples.extend(samples::server_responses().await);
    let endpoints: std::collections::BTreeSet<_> = samples.iter().map(|s| s.endpoint).collect();
    assert_eq!(
        endpoints.len(),
        shapes::ENDPOINTS.len(),
        "every JSON endpoint sampled"
    );

    let mut failures = Vec::new();
    let mut tried = 0usize;
    for sample in &samples {
        let shape = shapes::shape(sample.endpoint);
        (shape.decode)(&sample.body)
            .unwrap_or_else(|e| panic!("{} ({}) as sent: {e}", sample.endpoint, sample.source));
        for (mutation, body) in mutations(&sample.body, shape.undocumented) {
            tried += 1;
            let outcome = (shape.decode)(&body);
            let verdict = match (&mutation, outcome) {
                (Mutation::Removed(path), Ok(())) if shape.is_identifier(path) => {
                    "decoded without an identifier: it must be required".to_owned()
                }
                (_, Ok(())) => continue,
                (Mutation::Removed(path) | Mutation::Nulled(path), Err(error))
                    if shape.is_identifier(path) =>
                {
                    let field = path.rsplit(['.', ']']).next().unwrap_or(path);
                    if error.contains(field) {
                        continue;
                    }
                    format!("the error does not name `{field}`: {error}")
                }
                (_, Err(error)) => error,
            };
            failures.push(format!(
                "{} ({}): {mutation}: {verdict}",
                sample.endpoint, sample.source
            ));
        }
    }
    assert!(tried > 1_000, "only {tried} mutations tried");
    assert!(
        failures.is_empty(),
        "{} of {tried} mutations broke decoding:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn a_removed_identifier_is_refused_by_name() {
    let shape = shapes::shape("GET /rooms");
    let body = serde_json::json!({"rooms": [{"fullName": "proj_a", "numParticipants": 1}]});
    let error = (shape.decode)(&body).unwrap_err();
    assert!(
        error.contains("rooms[0]") && error.contains("name"),
        "{error}"
    );
}

#[test]
fn a_lossy_number_is_refused_by_name() {
    let shape = shapes::shape("GET /sessions");
    let body = serde_json::json!({"sessions": [{"id": 4.5, "room_name": "proj_a"}]});
    let error = (shape.decode)(&body).unwrap_err();
    assert!(error.contains("sessions[0].id"), "{error}");
}
