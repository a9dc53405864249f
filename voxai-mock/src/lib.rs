//! A stateful reference server of the whole VoxAI API, for tests.
//!
//! What stripe-mock is to Stripe's SDKs, with state, realtime events and faults: every
//! REST endpoint of the API reference, with the service's auth, rate limits, quotas,
//! validation and error envelopes; real LiveKit tokens; real audio files for recordings;
//! knowledge bases that chunk, embed and search locally; webhooks signed and delivered
//! with retries; and a control plane under `/_mock/` for what tests need to cause or
//! inspect.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use voxai_mock::{MockServer, keys};
//!
//! let server = MockServer::builder().rate_limit(false).start().await?;
//! // Point any client at it, e.g. the SDK:
//! //   Client::builder().api_key(keys::PRO).base_url(server.base_url()).build()?
//! println!("{} with key {}", server.base_url(), keys::PRO);
//! # Ok(()) }
//! ```
//!
//! # Built-in fixtures
//!
//! | key | project | prefix | plan |
//! |---|---|---|---|
//! | `pk_test_pro` | 1 | `proj_` | professional (300 req/min): three agents, a SIP trunk and config |
//! | `pk_test_free` | 2 | `free_` | free (60 req/min): one agent, no SIP trunk, small quotas |
//! | `pk_test_enterprise` | 3 | `ent_` | enterprise (1,000 req/min) |
//! | `pk_test_revoked` | 1 | | a deactivated key: 401 |
//!
//! [`Fixtures`] documents the JSON format of `--fixtures FILE`; the built-in file,
//! [`DEFAULT_FIXTURES_JSON`], is a complete example.
//!
//! # Decisions where the reference is silent
//!
//! - Another project's resource addressed by id is `403 FORBIDDEN` (as the reference
//!   shows for recordings) for every resource; an id nobody has is `404 NOT_FOUND`.
//! - Quotas: `rooms` counts active rooms, `sessions` counts tokens issued, `recordings`
//!   counts recordings kept, `knowledge_bases` counts knowledge bases, `sip_configs`
//!   counts SIP configurations (dialing is refused once they reach the plan's limit).
//!   Three of ours bound what a project makes the server keep, on every plan:
//!   `chunks_per_knowledge_base`, `chunks` and `transcript_lines` (see [`limits`]).
//! - Monitor and webhook `room_name` fields carry the full room name.

mod audio;
pub mod audit;
mod caller;
pub mod cassette;
mod chunker;
pub mod cli;
mod clock;
mod control;
mod control_guard;
pub mod control_plane;
mod delivery;
mod delivery_log;
pub mod description;
mod embedding;
mod error;
mod events;
mod extract;
mod faults;
pub mod fixtures;
mod gate;
pub mod head_guard;
mod listening;
mod monitor;
mod pagination;
pub mod proxy;
mod rate_limit;
pub mod replay;
mod request_log;
mod responses;
mod routes;
mod seed;
mod server;
mod state;
mod store;
mod vectors;

pub use delivery::sign as sign_webhook;
pub use fixtures::{DEFAULT_FIXTURES_JSON, Fixtures};
pub use responses::ResponseMode;
pub use server::{DEFAULT_ADDR, MockServer, MockServerBuilder, SHUTDOWN_GRACE, StartError};

/// Bounds of what the server keeps (the README lists every bound of the server).
pub mod limits {
    pub use crate::monitor::connections::MAX_CLOSED as MONITOR_CLOSED_KEPT;
    pub use crate::monitor::{
        MAX_CHANNELS as MONITOR_CHANNELS_PER_CONNECTION,
        MAX_COMMAND_BYTES as MONITOR_MESSAGE_BYTES, MAX_PER_PROJECT as MONITOR_SOCKETS_PER_PROJECT,
    };
    pub use crate::store::MAX_CLOSED_ROOMS;
}

/// The API keys of the built-in fixtures.
pub mod keys {
    /// Project 1, professional plan, prefix `proj_`.
    pub const PRO: &str = "pk_test_pro";
    /// Project 2, free plan, prefix `free_`, no SIP trunk.
    pub const FREE: &str = "pk_test_free";
    /// Project 3, enterprise plan, prefix `ent_`.
    pub const ENTERPRISE: &str = "pk_test_enterprise";
    /// A deactivated key of project 1: every request is refused with 401.
    pub const REVOKED: &str = "pk_test_revoked";
    /// Every built-in key.
    pub const ALL: [&str; 4] = [PRO, FREE, ENTERPRISE, REVOKED];
}
