//! What the suite runs against: an in-process reference server, or the deployment named
//! by `VOXAI_CONFORMANCE_BASE_URL` and `VOXAI_CONFORMANCE_API_KEY`.

use std::sync::{Mutex, OnceLock, PoisonError};
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::Value;
use voxai_mock::control_plane::{ControlPlane, Join};
use voxai_mock::{Fixtures, MockServer, MockServerBuilder, ResponseMode, keys};
use voxai_sdk::types::ids::{KnowledgeBaseId, RecordingId};
use voxai_sdk::types::room_names::RoomName;
use voxai_sdk::types::rooms::CreateRoomRequest;
use voxai_sdk::{Client, RetryPolicy};

/// The reference server's mode for this run: `VOXAI_MOCK_RESPONSES=minimal` sends only
/// what the API reference shows (`.ci/run` runs the suite both ways).
pub fn response_mode() -> ResponseMode {
    ResponseMode::from_env()
}

/// This run's id, in every name the portable tests create: two runs against one
/// deployment never collide, and what a run left behind is recognisable.
pub fn run_id() -> &'static str {
    static ID: OnceLock<String> = OnceLock::new();
    ID.get_or_init(|| {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        format!(
            "{:08x}",
            (nanos ^ u128::from(std::process::id()) << 20) as u32
        )
    })
}

/// Something a test created on a deployment, removed when its [`Target`] is dropped.
#[derive(Debug, Clone)]
enum Created {
    Room(String),
    Session(String),
    KnowledgeBase(KnowledgeBaseId),
    Recording(RecordingId),
}

pub struct Target {
    server: Option<MockServer>,
    base_url: String,
    key: String,
    http: reqwest::Client,
    created: Mutex<Vec<Created>>,
}

impl Target {
    /// The deployment from the environment, or a fresh reference server. Only tests
    /// that need nothing but the public API start here.
    pub async fn start() -> Self {
        let Some(base_url) = std::env::var("VOXAI_CONFORMANCE_BASE_URL")
            .ok()
            .filter(|v| !v.is_empty())
        else {
            return Self::mock().await;
        };
        let key = std::env::var("VOXAI_CONFORMANCE_API_KEY")
            .expect("VOXAI_CONFORMANCE_API_KEY must be set with the base URL");
        Self {
            server: None,
            base_url,
            key,
            http: reqwest::Client::new(),
            created: Mutex::new(Vec::new()),
        }
    }

    /// A fresh reference server, whatever the environment names: for tests that need
    /// its fixtures or control plane (ignored when the suite runs against a deployment).
    pub async fn mock() -> Self {
        Self::mock_with(MockServer::builder()).await
    }

    /// Like [`mock`](Self::mock), with the reference server configured.
    pub async fn mock_with(builder: MockServerBuilder) -> Self {
        let server = builder.start().await.expect("reference server starts");
        Self {
            base_url: server.base_url(),
            key: keys::PRO.to_owned(),
            server: Some(server),
            http: reqwest::Client::new(),
            created: Mutex::new(Vec::new()),
        }
    }

    /// A reference server whose fixtures are the built-in ones edited by `edit`.
    pub async fn with_fixtures(edit: impl FnOnce(&mut Fixtures)) -> Self {
        let mut fixtures = Fixtures::builtin();
        edit(&mut fixtures);
        Self::mock_with(MockServer::builder().fixtures(fixtures)).await
    }

    pub fn is_mock(&self) -> bool {
        self.server.is_some()
    }

    /// `base` made unique to this run (`base-<run id>`).
    pub fn name(&self, base: &str) -> String {
        format!("{base}-{}", run_id())
    }

    /// Creates a room (its name made unique with [`name`](Self::name)), removed again
    /// when the target is dropped. Returns the room as created.
    pub async fn create_room(
        &self,
        request: impl Into<CreateRoomRequest>,
    ) -> voxai_sdk::types::rooms::CreateRoomResponse {
        let mut request = request.into();
        request.name = RoomName::new(self.name(request.name.as_str()));
        let created = self.client().rooms().create(request).await.unwrap();
        self.room_created(created.room.name.as_str());
        created
    }

    /// Closes the room (by its name without the prefix) when the target is dropped.
    pub fn room_created(&self, name: &str) {
        self.remember(Created::Room(name.to_owned()));
    }

    /// Ends the active session of `full_room` when the target is dropped, if it is
    /// still active then.
    pub fn session_started(&self, full_room: &str) {
        self.remember(Created::Session(full_room.to_owned()));
    }

    /// Deletes the recording when the target is dropped.
    pub fn recording_started(&self, id: RecordingId) {
        self.remember(Created::Recording(id));
    }

    fn remember(&self, created: Created) {
        self.created
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(created);
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
        let mut request = request.into();
        request.name = self.name(&request.name);
        let kbs = self.client().knowledge_bases();
        let name = request.name.clone();
        // Found in the list by the SDK when the server does not echo it.
        let kb = kbs
            .create(request)
            .await
            .unwrap()
            .knowledge_base
            .unwrap_or_else(|| panic!("{name} is neither echoed nor listed"));
        self.remember(Created::KnowledgeBase(kb.id));
        if self.echoes() {
            return kb;
        }
        let id = kb.id;
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

    /// The SDK with the suite's key. Against the reference server it never retries, so
    /// errors arrive as the server sent them; against a deployment it rides out rate
    /// limits and passing faults as any client would.
    pub fn client(&self) -> Client {
        self.client_with(&self.key)
    }

    pub fn client_with(&self, key: &str) -> Client {
        client(&self.base_url, key, self.is_mock())
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

fn client(base_url: &str, key: &str, mock: bool) -> Client {
    let policy = if mock {
        RetryPolicy::none()
    } else {
        RetryPolicy::default()
    };
    Client::builder()
        .api_key(key)
        .base_url(base_url)
        .retry_policy(policy)
        .build()
        .unwrap()
}

impl Drop for Target {
    /// Removes what the test created on a deployment, also when it failed (a reference
    /// server goes with the target). Runs on a thread of its own: the test's runtime is
    /// busy dropping this.
    fn drop(&mut self) {
        let created = std::mem::take(
            self.created
                .get_mut()
                .unwrap_or_else(PoisonError::into_inner),
        );
        if self.is_mock() || created.is_empty() {
            return;
        }
        let (base_url, key) = (self.base_url.clone(), self.key.clone());
        let cleanup = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(remove(client(&base_url, &key, false), created));
        });
        if cleanup.join().is_err() {
            eprintln!("cleanup after the test failed: see the message above");
        }
    }
}

/// Removes each resource, newest first; what is already gone is fine.
async fn remove(client: Client, created: Vec<Created>) {
    for item in created.into_iter().rev() {
        let result = match &item {
            Created::Room(name) => client.rooms().delete(name).await.map(drop),
            Created::Session(room) => client
                .sessions()
                .end(room, Default::default())
                .await
                .map(drop),
            Created::KnowledgeBase(id) => client.knowledge_bases().delete(*id).await.map(drop),
            Created::Recording(id) => client.recordings().delete(*id).await.map(drop),
        };
        let gone =
            |e: &voxai_sdk::Error| e.api().is_some_and(|api| matches!(api.status, 404 | 409));
        if let Err(error) = result {
            if !gone(&error) {
                eprintln!("could not remove {item:?}: {error}");
            }
        }
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
