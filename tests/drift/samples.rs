//! The bodies to mutate: the reference's examples, and what our reference server sends
//! for every JSON endpoint in its full mode.

use std::path::Path;

use reqwest::Method;
use serde_json::{Value, json};
use voxai_mock::control_plane::{Join, Track};
use voxai_mock::{MockServer, ResponseMode, keys};
use voxai_types::rooms::TrackType;

/// One body and where it came from.
pub struct Sample {
    pub endpoint: &'static str,
    pub source: &'static str,
    pub body: Value,
}

/// The example responses of the API reference, kept as `voxai-types` fixtures.
pub fn golden_fixtures() -> Vec<Sample> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../voxai-types/tests/fixtures");
    [
        ("quota.json", "GET /quota"),
        ("usage.json", "GET /usage"),
        ("token.json", "POST /token"),
        ("rooms_create.json", "POST /rooms"),
        ("rooms_list.json", "GET /rooms"),
        ("rooms_detail.json", "GET /rooms/:room"),
        ("rooms_participants.json", "GET /rooms/:room/participants"),
        ("rooms_delete.json", "DELETE /rooms/:room"),
        ("agents_list.json", "GET /agents"),
        ("agents_tools.json", "GET /agents/:id/tools"),
        ("sessions_create.json", "POST /sessions"),
        ("sessions_list.json", "GET /sessions"),
        ("sessions_detail.json", "GET /sessions/:id/detail"),
        ("sessions_transcript.json", "GET /sessions/:id/transcript"),
        (
            "recordings_start.json",
            "POST /rooms/:room/recordings/start",
        ),
        ("sip_dial.json", "POST /sip/dial"),
        ("sip_trunks.json", "GET /sip/trunks"),
        ("sip_configs.json", "GET /sip/configs"),
        ("knowledge_list.json", "GET /knowledge-bases"),
        ("knowledge_detail.json", "GET /knowledge-bases/:id"),
        (
            "knowledge_upload.json",
            "POST /knowledge-bases/:id/documents",
        ),
        (
            "knowledge_reindex.json",
            "POST /knowledge-bases/:id/reindex",
        ),
        ("knowledge_chunks.json", "GET /knowledge-bases/:id/chunks"),
    ]
    .into_iter()
    .map(|(file, endpoint)| {
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        Sample {
            endpoint,
            source: "reference example",
            body: serde_json::from_str(&text).unwrap(),
        }
    })
    .collect()
}

/// A reference server in its full mode, driven through every JSON endpoint.
struct Driver {
    server: MockServer,
    http: reqwest::Client,
    samples: Vec<Sample>,
}

impl Driver {
    /// `endpoint` with a JSON body, or none, at `path`; the answer is kept as a sample.
    async fn call(&mut self, endpoint: &'static str, path: &str, body: Option<Value>) -> Value {
        let method = Method::from_bytes(endpoint.split(' ').next().unwrap().as_bytes()).unwrap();
        let mut request = self
            .http
            .request(method, format!("{}{path}", self.server.base_url()));
        if let Some(body) = body {
            request = request.json(&body);
        }
        self.record(endpoint, request).await
    }

    /// A document uploaded as multipart/form-data.
    async fn upload(&mut self, kb: u64, name: &str, content: &[u8]) {
        let form = reqwest::multipart::Form::new().part(
            "file",
            reqwest::multipart::Part::bytes(content.to_vec()).file_name(name.to_owned()),
        );
        let url = format!("{}/knowledge-bases/{kb}/documents", self.server.base_url());
        let request = self.http.post(url).multipart(form);
        self.record("POST /knowledge-bases/:id/documents", request)
            .await;
    }

    /// Sends `request` with the key, requires a 2xx and keeps the answer as a sample.
    async fn record(&mut self, endpoint: &'static str, request: reqwest::RequestBuilder) -> Value {
        let response = request.header("X-API-Key", keys::PRO).send().await.unwrap();
        let (status, url) = (response.status(), response.url().clone());
        let value: Value = response.json().await.unwrap();
        assert!(status.is_success(), "{endpoint} {url}: {status} {value}");
        self.samples.push(Sample {
            endpoint,
            source: "reference server",
            body: value.clone(),
        });
        value
    }

    /// A room with a participant, its token, and the agents.
    async fn rooms(&mut self) {
        self.call(
            "POST /rooms",
            "/rooms",
            Some(json!({"name": "drift", "metadata": "m"})),
        )
        .await;
        self.call(
            "POST /token",
            "/token",
            Some(json!({"identity": "alice", "room": "drift"})),
        )
        .await;
        self.server
            .control_plane()
            .join(
                "proj_drift",
                &Join::new("user1")
                    .name("User")
                    .track(Track::new(TrackType::Audio)),
            )
            .await
            .unwrap();
        self.call("GET /rooms", "/rooms", None).await;
        self.call("GET /rooms/:room", "/rooms/drift", None).await;
        self.call(
            "GET /rooms/:room/participants",
            "/rooms/drift/participants",
            None,
        )
        .await;
        self.call("GET /agents", "/agents", None).await;
        self.call("GET /agents/:id/tools", "/agents/1/tools", None)
            .await;
    }

    /// A session with a transcript line.
    async fn sessions(&mut self) {
        let session = self
            .call(
                "POST /sessions",
                "/sessions",
                Some(
                    json!({"room_name": "proj_drift", "agent_config_id": 1, "metadata": {"k": 1}}),
                ),
            )
            .await;
        let session_id = session["session"]["id"].as_u64().unwrap();
        self.call(
            "POST /sessions/:room/transcript",
            "/sessions/proj_drift/transcript",
            Some(json!({"speaker": "user", "content": "Hello", "timestamp_ms": 1200})),
        )
        .await;
        self.call("GET /sessions", "/sessions", None).await;
        self.call(
            "GET /sessions/:id/detail",
            &format!("/sessions/{session_id}/detail"),
            None,
        )
        .await;
        self.call(
            "GET /sessions/:id/transcript",
            &format!("/sessions/{session_id}/transcript"),
            None,
        )
        .await;
    }

    /// A recording started and stopped; its id.
    async fn recordings(&mut self) -> u64 {
        let started = self
            .call(
                "POST /rooms/:room/recordings/start",
                "/rooms/drift/recordings/start",
                None,
            )
            .await;
        let recording = started["recording"]["id"].as_u64().unwrap();
        self.call(
            "POST /rooms/:room/recordings/stop",
            "/rooms/drift/recordings/stop",
            Some(json!({})),
        )
        .await;
        self.call("GET /recordings", "/recordings", None).await;
        self.call(
            "GET /recordings/:id",
            &format!("/recordings/{recording}"),
            None,
        )
        .await;
        recording
    }

    /// Data sent to the room, and its participant updated, muted and kicked.
    async fn call_control(&mut self) {
        self.call(
            "POST /rooms/:room/send-data",
            "/rooms/drift/send-data",
            Some(json!({"data": "hi", "topic": "chat"})),
        )
        .await;
        self.call(
            "POST /rooms/:room/participants/:identity",
            "/rooms/drift/participants/user1",
            Some(json!({"name": "Caller", "permission": {"canPublish": false}})),
        )
        .await;
        self.call(
            "POST /rooms/:room/participants/:identity/mute",
            "/rooms/drift/participants/user1/mute",
            Some(json!({"muted": true})),
        )
        .await;
        self.call(
            "POST /rooms/:room/kick/:identity",
            "/rooms/drift/kick/user1",
            None,
        )
        .await;
    }

    /// A call dialled, and the trunks and configs.
    async fn sip(&mut self) {
        self.call(
            "POST /sip/dial",
            "/sip/dial",
            Some(json!({"phone_number": "+17751234567", "metadata": {"k": 1}})),
        )
        .await;
        self.call("GET /sip/trunks", "/sip/trunks", None).await;
        self.call("GET /sip/configs", "/sip/configs", None).await;
    }

    /// A knowledge base filled, searched, curated and deleted.
    async fn knowledge(&mut self) {
        let kb = self
            .call(
                "POST /knowledge-bases",
                "/knowledge-bases",
                Some(json!({"name": "FAQ", "description": "d", "chunk_size": 100})),
            )
            .await;
        let kb = kb["knowledge_base"]["id"].as_u64().unwrap();
        self.call(
            "POST /knowledge-bases/:id/ingest",
            &format!("/knowledge-bases/{kb}/ingest"),
            Some(json!({"content": "We are open Monday to Friday.", "source_name": "hours"})),
        )
        .await;
        self.upload(kb, "refunds.md", b"Refunds take 14 days.")
            .await;
        self.call("GET /knowledge-bases", "/knowledge-bases", None)
            .await;
        self.call(
            "GET /knowledge-bases/:id",
            &format!("/knowledge-bases/{kb}"),
            None,
        )
        .await;
        self.call(
            "POST /knowledge-bases/:id/reindex",
            &format!("/knowledge-bases/{kb}/reindex"),
            None,
        )
        .await;
        let chunks = self
            .call(
                "GET /knowledge-bases/:id/chunks",
                &format!("/knowledge-bases/{kb}/chunks"),
                None,
            )
            .await;
        let chunk = chunks["chunks"][0]["id"].as_u64().unwrap();
        self.call(
            "PUT /knowledge-bases/:id/chunks/:chunk",
            &format!("/knowledge-bases/{kb}/chunks/{chunk}"),
            Some(json!({"content": "We are open every day."})),
        )
        .await;
        self.call(
            "POST /knowledge/search",
            "/knowledge/search",
            Some(json!({"knowledge_base_id": kb, "query": "open", "top_k": 2})),
        )
        .await;
        self.call(
            "DELETE /knowledge-bases/:id/chunks/:chunk",
            &format!("/knowledge-bases/{kb}/chunks/{chunk}"),
            None,
        )
        .await;
        self.call(
            "DELETE /knowledge-bases/:id",
            &format!("/knowledge-bases/{kb}"),
            None,
        )
        .await;
    }
}

/// What the reference server sends for each JSON endpoint.
pub async fn server_responses() -> Vec<Sample> {
    let server = MockServer::builder()
        .responses(ResponseMode::Full)
        .webhook_url("http://127.0.0.1:9/unreachable")
        .start()
        .await
        .unwrap();
    let mut d = Driver {
        server,
        http: reqwest::Client::new(),
        samples: Vec::new(),
    };
    d.call("GET /quota", "/quota", None).await;
    d.call("GET /usage", "/usage?group_by=service", None).await;
    d.rooms().await;
    d.sessions().await;
    let recording = d.recordings().await;
    d.call_control().await;
    d.call(
        "POST /sessions/:room/end",
        "/sessions/proj_drift/end",
        Some(json!({"summary": "done"})),
    )
    .await;
    d.sip().await;
    d.knowledge().await;
    d.call(
        "POST /webhooks/test",
        "/webhooks/test",
        Some(json!({"event_type": "test", "payload": {"hello": "world"}})),
    )
    .await;
    d.call(
        "DELETE /recordings/:id",
        &format!("/recordings/{recording}"),
        None,
    )
    .await;
    d.call("DELETE /rooms/:room", "/rooms/drift", None).await;
    d.samples
}
