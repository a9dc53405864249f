//! A typed client of the control plane under `/_mock/`: what tests and examples use to
//! cause what a real deployment does on its own (someone joining, a call answered, an
//! inbound call), to inject faults, and to read the request and delivery logs.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use voxai_mock::MockServer;
//! use voxai_mock::control_plane::{FaultSpec, Join};
//!
//! let server = MockServer::start().await?;
//! let control = server.control_plane();
//! control.join("proj_standup", &Join::new("alice")).await?;
//! control.add_fault(&FaultSpec::new("/api/v1/rooms").status(503)).await?;
//! let log = control.requests().await?;
//! println!("{} requests so far", log.len());
//! # Ok(()) }
//! ```

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use voxai_types::rooms::Participant;
use voxai_types::sip::{CallStatus, SipCall};

pub use crate::faults::{Fault, FaultSpec};
pub use messages::{
    CallStatusChange, DeliveryAttempt, InboundCall, Join, LogEntry, MonitorConnection, Seed,
    Seeded, Track, WebhookEndpoints,
};

mod messages;

/// A failed control-plane call.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ControlError {
    /// The call could not be sent or its answer not read.
    #[error("control plane unreachable: {0}")]
    Http(#[from] reqwest::Error),
    /// The server refused the call.
    #[error("control plane refused the call with HTTP {status}: {body}")]
    Refused {
        /// HTTP status.
        status: u16,
        /// The error envelope (or whatever the body was).
        body: Value,
    },
    /// A body could not be written, or the answer is not the JSON expected.
    #[error("control plane JSON: {0}")]
    Json(#[from] serde_json::Error),
}

impl ControlError {
    /// The status of a refusal.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Refused { status, .. } => Some(*status),
            Self::Http(_) | Self::Json(_) => None,
        }
    }

    /// The field a 400 refusal names (`details.field`).
    pub fn field(&self) -> Option<&str> {
        match self {
            Self::Refused { body, .. } => body["details"]["field"].as_str(),
            Self::Http(_) | Self::Json(_) => None,
        }
    }
}

/// A `Result` whose error is [`ControlError`].
pub type Result<T, E = ControlError> = std::result::Result<T, E>;

/// The control plane of one reference server, from
/// [`MockServer::control_plane`](crate::MockServer::control_plane) or [`ControlPlane::new`].
#[derive(Clone)]
pub struct ControlPlane {
    http: reqwest::Client,
    /// `http://127.0.0.1:PORT/_mock`.
    base: String,
    /// The server's control token, sent as `Authorization: Bearer`.
    token: Option<String>,
}

impl std::fmt::Debug for ControlPlane {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ControlPlane")
            .field("base", &self.base)
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .finish_non_exhaustive()
    }
}

impl ControlPlane {
    /// The control plane of the server at `origin` (`http://127.0.0.1:4010`).
    pub fn new(origin: &str) -> Self {
        Self {
            http: reqwest::Client::new(),
            base: format!("{}/_mock", origin.trim_end_matches('/')),
            token: None,
        }
    }

    /// Sends `token` with every call, for a server started with a control token.
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(token.into());
        self
    }

    /// Back to the fixtures: all state, logs and faults cleared.
    ///
    /// # Errors
    ///
    /// [`ControlError`] when the call fails.
    pub async fn reset(&self) -> Result<()> {
        self.call::<Value>(reqwest::Method::POST, "/reset", None)
            .await
            .map(drop)
    }

    /// Adds bulk data.
    ///
    /// # Errors
    ///
    /// [`ControlError::Refused`] for an unknown key or sizes past the limits.
    pub async fn seed(&self, seed: &Seed) -> Result<Seeded> {
        self.post("/seed", seed).await
    }

    /// Every logged request, oldest first (the log keeps the last 10,000).
    ///
    /// # Errors
    ///
    /// [`ControlError`] when the call fails.
    pub async fn requests(&self) -> Result<Vec<LogEntry>> {
        #[derive(Deserialize)]
        struct Page {
            requests: Vec<LogEntry>,
        }
        let page: Page = self.get("/requests?per_page=10000").await?;
        Ok(page.requests)
    }

    /// Injects a fault; the fault as the server holds it.
    ///
    /// # Errors
    ///
    /// [`ControlError::Refused`] for a spec that cannot be applied.
    pub async fn add_fault(&self, spec: &FaultSpec) -> Result<Fault> {
        #[derive(Deserialize)]
        struct Added {
            fault: Fault,
        }
        let added: Added = self.post("/faults", spec).await?;
        Ok(added.fault)
    }

    /// The faults not used up.
    ///
    /// # Errors
    ///
    /// [`ControlError`] when the call fails.
    pub async fn faults(&self) -> Result<Vec<Fault>> {
        #[derive(Deserialize)]
        struct Faults {
            faults: Vec<Fault>,
        }
        let faults: Faults = self.get("/faults").await?;
        Ok(faults.faults)
    }

    /// Removes every fault.
    ///
    /// # Errors
    ///
    /// [`ControlError`] when the call fails.
    pub async fn clear_faults(&self) -> Result<()> {
        self.call::<Value>(reqwest::Method::DELETE, "/faults", None)
            .await
            .map(drop)
    }

    /// Someone joins the room `full_room` (`proj_standup`), opening it if need be.
    ///
    /// # Errors
    ///
    /// [`ControlError::Refused`]: 404 for a name no project's prefix matches, 409 for a
    /// full room.
    pub async fn join(&self, full_room: impl AsRef<str>, join: &Join) -> Result<Participant> {
        #[derive(Deserialize)]
        struct Joined {
            participant: Participant,
        }
        let path = format!("/rooms/{}/participants", full_room.as_ref());
        let joined: Joined = self.post(&path, join).await?;
        Ok(joined.participant)
    }

    /// Someone leaves the room `full_room`.
    ///
    /// # Errors
    ///
    /// [`ControlError::Refused`] (404) when no such room or participant.
    pub async fn leave(&self, full_room: impl AsRef<str>, identity: &str) -> Result<()> {
        let path = format!("/rooms/{}/participants/{identity}", full_room.as_ref());
        self.call::<Value>(reqwest::Method::DELETE, &path, None)
            .await
            .map(drop)
    }

    /// The call in room `full_room` moves on (answered, completed, ...); the call.
    ///
    /// # Errors
    ///
    /// [`ControlError::Refused`] (404) when the room has no call.
    pub async fn set_call_status(
        &self,
        full_room: impl AsRef<str>,
        status: CallStatus,
    ) -> Result<SipCall> {
        #[derive(Deserialize)]
        struct Moved {
            call: SipCall,
        }
        let path = format!("/calls/{}/status", full_room.as_ref());
        let moved: Moved = self.post(&path, &CallStatusChange { status }).await?;
        Ok(moved.call)
    }

    /// Replaces the webhook endpoints of project `project_id` (1 is `keys::PRO`'s):
    /// the next event goes to these, signed with their secrets; an empty list stops
    /// deliveries. What `--webhook-url` sets at start, changed while the server runs.
    ///
    /// # Errors
    ///
    /// [`ControlError::Refused`]: 404 for an unknown project, 400 for a URL that is not
    /// http(s) or an empty secret.
    pub async fn set_webhooks(
        &self,
        project_id: u64,
        endpoints: &[crate::fixtures::WebhookFixture],
    ) -> Result<()> {
        let body = WebhookEndpoints {
            endpoints: endpoints.to_vec(),
        };
        let _: Value = self
            .post(&format!("/projects/{project_id}/webhooks"), &body)
            .await?;
        Ok(())
    }

    /// A call comes in from `from` to the number `to`; the call.
    ///
    /// # Errors
    ///
    /// [`ControlError::Refused`]: 400 for a number that is not E.164, 404 when no SIP
    /// configuration answers `to`.
    pub async fn inbound_call(&self, from: &str, to: &str) -> Result<SipCall> {
        #[derive(Deserialize)]
        struct Placed {
            call: SipCall,
        }
        let call = InboundCall {
            from: from.to_owned(),
            to: to.to_owned(),
        };
        let placed: Placed = self.post("/sip/inbound", &call).await?;
        Ok(placed.call)
    }

    /// Every webhook delivery attempt so far; with `min`, waits (up to 5 s) until there
    /// are at least that many.
    ///
    /// # Errors
    ///
    /// [`ControlError`] when the call fails.
    pub async fn deliveries(&self, min: Option<usize>) -> Result<Vec<DeliveryAttempt>> {
        #[derive(Deserialize)]
        struct Deliveries {
            deliveries: Vec<DeliveryAttempt>,
        }
        let path = match min {
            Some(min) => format!("/webhooks/deliveries?min={min}"),
            None => "/webhooks/deliveries".to_owned(),
        };
        let list: Deliveries = self.get(&path).await?;
        Ok(list.deliveries)
    }

    /// Every monitor connection since the start (or the last reset).
    ///
    /// # Errors
    ///
    /// [`ControlError`] when the call fails.
    pub async fn monitor_connections(&self) -> Result<Vec<MonitorConnection>> {
        #[derive(Deserialize)]
        struct Connections {
            connections: Vec<MonitorConnection>,
        }
        let list: Connections = self.get("/monitor/connections").await?;
        Ok(list.connections)
    }

    /// `GET` of any control path (`/openapi.json`), as JSON.
    ///
    /// # Errors
    ///
    /// [`ControlError`] when the call fails or the body is not JSON.
    pub async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T> {
        self.call(reqwest::Method::GET, path, None).await
    }

    /// `POST` of any control path with a JSON body, for what the typed methods do not
    /// cover (a body the server must refuse, say).
    ///
    /// # Errors
    ///
    /// [`ControlError`] when the call fails or the body is not JSON.
    pub async fn post<T: DeserializeOwned>(
        &self,
        path: &str,
        body: &(impl Serialize + ?Sized),
    ) -> Result<T> {
        let body = serde_json::to_vec(body)?;
        self.call(reqwest::Method::POST, path, Some(body)).await
    }

    async fn call<T: DeserializeOwned>(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Vec<u8>>,
    ) -> Result<T> {
        let mut request = self.http.request(method, format!("{}{path}", self.base));
        if let Some(token) = &self.token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(body);
        }
        let response = request.send().await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        if !status.is_success() {
            let body = serde_json::from_slice(&bytes)
                .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()));
            return Err(ControlError::Refused {
                status: status.as_u16(),
                body,
            });
        }
        Ok(serde_json::from_slice(&bytes)?)
    }
}
