//! `propagate_trace_context`: the application's OpenTelemetry trace reaches the service
//! as W3C `traceparent`. Run with `--features opentelemetry` (`.ci/run` does). Its own
//! binary: it installs the process's `tracing` subscriber.

#![cfg(feature = "opentelemetry")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use opentelemetry::Context;
use opentelemetry::trace::{SpanContext, SpanId, TraceContextExt, TraceFlags, TraceId, TraceState};
use tracing::Instrument;
use tracing_opentelemetry::OpenTelemetrySpanExt;
use tracing_subscriber::layer::SubscriberExt;
use wiremock::matchers::{header, header_exists, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn the_current_trace_goes_out_as_traceparent() {
    let subscriber = tracing_subscriber::registry().with(tracing_opentelemetry::layer());
    tracing::subscriber::set_global_default(subscriber).unwrap();

    let server = MockServer::start().await;
    let trace_id = TraceId::from_hex("4bf92f3577b34da6a3ce929d0e0e4736").unwrap();
    let span_id = SpanId::from_hex("00f067aa0ba902b7").unwrap();
    Mock::given(method("GET"))
        .and(path("/api/v1/quota"))
        .and(header(
            "traceparent",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"quotas": {}})))
        .expect(1)
        .mount(&server)
        .await;
    let client = |propagate: bool| {
        let builder = voxai_sdk::Client::builder()
            .api_key("pk_test_0123456789")
            .base_url(format!("{}/api/v1", server.uri()));
        if propagate {
            builder.propagate_trace_context()
        } else {
            builder
        }
        .build()
        .unwrap()
    };

    // The application's span, continuing a trace that came in (as from a request).
    let incoming = SpanContext::new(
        trace_id,
        span_id,
        TraceFlags::SAMPLED,
        true,
        TraceState::default(),
    );
    let handling = tracing::info_span!("handle_request");
    handling
        .set_parent(Context::new().with_remote_span_context(incoming))
        .unwrap();
    client(true)
        .quota()
        .send()
        .instrument(handling.clone())
        .await
        .unwrap();

    // Off by default; and outside any trace, nothing is sent.
    Mock::given(method("GET"))
        .and(path("/api/v1/usage"))
        .and(header_exists("traceparent"))
        .respond_with(ResponseTemplate::new(500))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v1/usage"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({})))
        .mount(&server)
        .await;
    use voxai_sdk::types::quota::{UsageGroupBy, UsagePeriod};
    client(false)
        .usage(UsagePeriod::Today, UsageGroupBy::Day)
        .send()
        .instrument(handling)
        .await
        .unwrap();
    client(true)
        .usage(UsagePeriod::Today, UsageGroupBy::Day)
        .await
        .unwrap();
}
