use serde_json::json;
use voxai_sdk::{ApiKey, Client, Error};
use wiremock::matchers::header;

use crate::common::{KEY, api, ok, setup};

#[test]
fn the_key_never_shows_in_debug() {
    let client = Client::new(KEY).unwrap();
    let debug = format!("{client:?}");
    assert!(!debug.contains(KEY), "{debug}");
    assert!(debug.contains("pk_…cdef"), "{debug}");
    let builder = format!("{:?}", Client::builder().api_key(KEY));
    assert!(!builder.contains(KEY));
    for shown in [
        format!("{:?}", client.monitor()),
        format!("{:?}", client.rooms().list()),
        format!("{:?}", client.sessions().list()),
        format!("{:?}", voxai_sdk::webhooks::WebhookVerifier::new(KEY)),
    ] {
        assert!(!shown.contains(KEY), "{shown}");
    }
}

/// The monitor sends the key in its URL (`?api_key=`, as the reference documents): a
/// failed connection must not repeat that URL with the key in it.
#[tokio::test]
async fn a_failed_monitor_connection_does_not_show_the_key() {
    let client = Client::builder()
        .api_key(KEY)
        .base_url("http://127.0.0.1:9/api/v1")
        .build()
        .unwrap();
    let err = crate::common::monitor_failure(&client).await;
    for shown in [err.to_string(), format!("{err:?}")] {
        assert!(!shown.contains(KEY), "{shown}");
        assert!(!shown.contains(&KEY[3..]), "{shown}");
    }
}

#[test]
fn configuration_errors() {
    assert!(matches!(
        Client::builder().build(),
        Err(Error::Config { .. })
    ));
    assert!(matches!(Client::new(""), Err(Error::Config { .. })));
    for bad in ["not a url", "ftp://host/api", "mailto:x@y"] {
        let err = Client::builder()
            .api_key(KEY)
            .base_url(bad)
            .build()
            .unwrap_err();
        assert!(matches!(err, Error::Config { .. }), "{bad}: {err:?}");
    }
    let err = Client::builder().api_key("pk_bad\nkey").build();
    assert!(err.is_ok(), "a bad key is only refused when used");
}

#[tokio::test]
async fn a_key_that_cannot_be_a_header_is_a_config_error_without_the_key() {
    let client = Client::builder()
        .api_key("pk_bad\nsecretpart")
        .base_url("http://127.0.0.1:9/api/v1")
        .build()
        .unwrap();
    let err = client.agents().list().await.unwrap_err();
    assert!(matches!(err, Error::Config { .. }));
    assert!(!err.to_string().contains("secretpart"));
}

#[tokio::test]
async fn custom_user_agent_and_http_client() {
    let (server, _) = setup().await;
    wiremock::Mock::given(wiremock::matchers::path("/api/v1/agents"))
        .and(header("user-agent", "my-app/2.0"))
        .and(header("x-api-key", KEY))
        .respond_with(ok(json!({"agents": []})))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder()
        .api_key(ApiKey::new(KEY))
        .base_url(format!("{}/api/v1/", server.uri()))
        .user_agent("my-app/2.0")
        .http_client(reqwest::Client::new())
        .build()
        .unwrap();
    client.agents().list().await.unwrap();
}

#[tokio::test]
async fn clones_share_one_client_across_tasks() {
    let (server, client) = setup().await;
    api("GET", "/agents")
        .respond_with(ok(json!({"agents": []})))
        .expect(4)
        .mount(&server)
        .await;
    let tasks: Vec<_> = (0..4)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.agents().list().await })
        })
        .collect();
    for task in tasks {
        task.await.unwrap().unwrap();
    }
    assert!(client.last_rate_limit().is_some());
}

#[tokio::test]
async fn raw_responses_keep_fields_the_models_do_not_know() {
    let (server, client) = setup().await;
    api("GET", "/rooms")
        .respond_with(ok(
            json!({"rooms": [], "region": "eu-west", "next": {"cursor": "abc"}}),
        ))
        .mount(&server)
        .await;
    let raw = client.rooms().list().raw().await.unwrap();
    assert_eq!(raw["region"], "eu-west");
    assert_eq!(raw["next"]["cursor"], "abc");
    let page = client.sessions().list().raw().await;
    assert!(page.is_err(), "no mock for sessions: a 404 from wiremock");
}

/// What an application's `tracing` subscriber sees: each event's level and fields.
struct Capture(std::sync::Arc<std::sync::Mutex<Vec<String>>>);

impl tracing::Subscriber for Capture {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        struct Fields(String);
        impl tracing::field::Visit for Fields {
            fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
                self.0.push_str(&format!("{}={value:?} ", field.name()));
            }
        }
        let mut fields = Fields(format!("{} ", event.metadata().level()));
        event.record(&mut fields);
        self.0.lock().unwrap().push(fields.0);
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

#[test]
fn a_key_sent_in_clear_text_beyond_this_machine_is_warned_about() {
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    tracing::subscriber::with_default(Capture(seen.clone()), || {
        for url in [
            "http://10.0.0.5:4010/api/v1",
            "http://127.0.0.1:4010/api/v1",
            "http://localhost/api/v1",
            "http://[::1]:4010/api/v1",
            "https://voxai.ai0.dev/api/v1",
        ] {
            Client::builder()
                .api_key(KEY)
                .base_url(url)
                .build()
                .unwrap();
        }
    });
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert!(
        seen[0].starts_with("WARN") && seen[0].contains("10.0.0.5") && !seen[0].contains(KEY),
        "{seen:?}"
    );
}
