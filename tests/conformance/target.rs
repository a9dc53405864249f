//! What the suite runs against: an in-process reference server, or the deployment named
//! by `VOXAI_CONFORMANCE_BASE_URL` and `VOXAI_CONFORMANCE_API_KEY`.

use serde_json::Value;
use voxai_mock::control_plane::{ControlPlane, Join};
use voxai_mock::{Fixtures, MockServer, MockServerBuilder, ResponseMode, keys};
use voxai_sdk::{Client, RetryPolicy};

/// The reference server's mode for this run: `VOXAI_MOCK_RESPONSES=minimal` sends only
/// what the API reference shows (`.ci/run` runs the suite both ways).
pub fn response_mode() -> ResponseMode {
    ResponseMode::from_env()
}

pub struct Target {
    server: Option<MockServer>,
    base_url: String,
    key: String,
    http: reqwest::Client,
}

/// Returns from the test when it needs what only the reference server's full mode
/// sends (monitor confirmations and error frames, echoes).
#[macro_export]
macro_rules! full_only {
    ($target:expr) => {
        if !$target.echoes() {
            eprintln!("skipped: needs the reference server's full responses");
            return;
        }
    };
}

/// Returns from the test when it needs the reference server's fixtures or control
/// plane and the suite runs against a deployment.
#[macro_export]
macro_rules! mock_only {
    ($target:expr) => {
        if !$target.is_mock() {
            eprintln!("skipped against a deployment: needs the reference server");
            return;
        }
    };
}

impl Target {
    /// The deployment from the environment, or a fresh reference server.
    pub async fn start() -> Self {
        Self::start_with(MockServer::builder()).await
    }

    /// Like [`start`](Self::start), with the reference server configured.
    pub async fn start_with(builder: MockServerBuilder) -> Self {
        let remote = std::env::var("VOXAI_CONFORMANCE_BASE_URL")
            .ok()
            .filter(|v| !v.is_empty());
        if let Some(base_url) = remote {
            let key = std::env::var("VOXAI_CONFORMANCE_API_KEY")
                .expect("VOXAI_CONFORMANCE_API_KEY must be set with the base URL");
            return Self {
                server: None,
                base_url,
                key,
                http: reqwest::Client::new(),
            };
        }
        let server = builder.start().await.expect("reference server starts");
        Self {
            base_url: server.base_url(),
            key: keys::PRO.to_owned(),
            server: Some(server),
            http: reqwest::Client::new(),
        }
    }

    /// A reference server whose fixtures are the built-in ones edited by `edit`.
    pub async fn with_fixtures(edit: impl FnOnce(&mut Fixtures)) -> Self {
        let mut fixtures = Fixtures::builtin();
        edit(&mut fixtures);
        Self::start_with(MockServer::builder().fixtures(fixtures)).await
    }

    pub fn is_mock(&self) -> bool {
        self.server.is_some()
    }

    /// Whether responses carry what only our reference server's full mode sends (echoes
    /// of created and updated resources, `per_page`, monitor confirmations). Tests check
    /// those only then; everything else must hold in both modes and on a deployment.
    pub fn echoes(&self) -> bool {
        self.is_mock() && response_mode() == ResponseMode::Full
    }

    /// Creates a knowledge base and returns it: from the echo when the server sends one,
    /// else found by name in the list and read back, as a user of a server without the
    /// echo would.
    pub async fn create_kb(
        &self,
        request: impl Into<voxai_sdk::types::knowledge::CreateKnowledgeBaseRequest>,
    ) -> voxai_sdk::types::knowledge::KnowledgeBase {
        let request = request.into();
        let kbs = self.client().knowledge_bases();
        let name = request.name.clone();
        if let Some(kb) = kbs.create(request).await.unwrap().knowledge_base {
            return kb;
        }
        assert!(!self.echoes(), "the full mode echoes the knowledge base");
        let listed = kbs.list().await.unwrap().knowledge_bases;
        let id = listed
            .iter()
            .rev()
            .find(|kb| kb.name.as_deref() == Some(name.as_str()))
            .map(|kb| kb.id)
            .unwrap_or_else(|| panic!("{name} is not listed"));
        kbs.get(id).await.unwrap().knowledge_base
    }

    pub fn server(&self) -> &MockServer {
        self.server
            .as_ref()
            .expect("this test needs the reference server")
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The SDK with the suite's key, not retrying, so errors arrive as the server sent them.
    pub fn client(&self) -> Client {
        self.client_with(&self.key)
    }

    pub fn client_with(&self, key: &str) -> Client {
        Client::builder()
            .api_key(key)
            .base_url(&self.base_url)
            .retry_policy(RetryPolicy::none())
            .build()
            .unwrap()
    }

    /// A raw request to an API path, with the suite's key: for what the SDK refuses to send.
    pub fn raw(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        self.http
            .request(method, format!("{}{path}", self.base_url))
            .header("X-API-Key", &self.key)
    }

    /// The reference server's control plane (`/_mock/`).
    pub fn control(&self) -> ControlPlane {
        self.server().control_plane()
    }

    /// A participant joins a room (full name) through the control plane.
    pub async fn join(&self, full_room: &str, identity: &str) {
        self.control()
            .join(full_room, &Join::new(identity).name(identity))
            .await
            .unwrap();
    }
}

/// Asserts an error response: status, code, and an envelope with a message.
pub async fn assert_error(response: reqwest::Response, status: u16, code: &str) -> Value {
    assert_eq!(response.status().as_u16(), status);
    for header in [
        "x-ratelimit-limit",
        "x-ratelimit-remaining",
        "x-ratelimit-reset",
    ] {
        assert!(response.headers().contains_key(header), "{header} missing");
    }
    let body: Value = response
        .json()
        .await
        .expect("error bodies are JSON envelopes");
    assert_eq!(body["code"], code, "{body}");
    assert!(
        body["error"].as_str().is_some_and(|m| !m.is_empty()),
        "{body}"
    );
    body
}

/// POSTs each body to `path` and asserts a 400 `INVALID_REQUEST` naming the field.
pub async fn assert_fields_refused(target: &Target, path: &str, cases: &[(Value, &str)]) {
    for (body, field) in cases {
        let response = target
            .raw(reqwest::Method::POST, path)
            .json(body)
            .send()
            .await
            .unwrap();
        let error = assert_error(response, 400, "INVALID_REQUEST").await;
        assert_eq!(error["details"]["field"], *field, "{path} {body}: {error}");
    }
}

/// Asserts an SDK error's status and code.
pub fn assert_api_error(error: &voxai_sdk::Error, status: u16, code: voxai_types::ErrorCode) {
    let api = error
        .api()
        .unwrap_or_else(|| panic!("not an API error: {error:?}"));
    assert_eq!((api.status, &api.code), (status, &code), "{error}");
    assert!(!api.message.is_empty());
    assert!(
        api.rate_limit.is_some(),
        "rate-limit headers missing on an error"
    );
}
