//! Wire types of the VoxAI API: every request body, query and response as a serde model.
//!
//! One module per section of the API reference, named the same in every VoxAI crate:
//! [`quota`] (quota and usage), [`tokens`], [`rooms`], [`agents`], [`sessions`],
//! [`recordings`], [`sip`], [`knowledge`], [`webhooks`], [`monitor`] and
//! [`call_control`], plus the
//! [`error`] envelope, the [`plans`], shared [`pagination`] fields and the [`Ack`] of
//! deletes and control actions.
//!
//! Field names and casing follow the reference exactly, field by field: room responses
//! are camelCase, the token and dial responses carry `wsUrl` beside snake_case, the rest
//! is snake_case. The crate is lenient where a newer server may grow: unknown fields are
//! ignored and unknown enum values are kept as `Unknown(String)`.
//!
//! ```
//! use voxai_types::rooms::{ListRoomsResponse, RoomSummary};
//!
//! let body = r#"{"rooms":[{"name":"my-room","fullName":"proj_my-room",
//!                "numParticipants":2,"createdAt":1711900000,"region":"eu"}]}"#;
//! let rooms: ListRoomsResponse = serde_json::from_str(body)?;
//! assert_eq!(rooms.rooms[0].full_name, "proj_my-room");
//! # Ok::<(), serde_json::Error>(())
//! ```

mod ack;
mod redact;
mod timestamp;
mod wire_enum;

pub mod agents;
pub mod call_control;
pub mod error;
pub mod ids;
pub mod knowledge;
pub mod lenient;
pub mod monitor;
#[cfg(feature = "openapi")]
pub mod openapi;
pub mod pagination;
pub mod plans;
pub mod quota;
pub mod recordings;
pub mod room_names;
pub mod rooms;
pub mod sessions;
pub mod sip;
pub mod tokens;
pub mod webhooks;

pub use ack::Ack;
pub use error::{ErrorBody, ErrorCode};
pub use pagination::{Page, PageInfo};
pub use plans::Plan;
pub use timestamp::Timestamp;
pub use wire_enum::WireEnum;

/// Every endpoint of the API reference as `(method, path)`, the path below the base URL
/// with `{}` for each path parameter, in the reference's order.
pub const ENDPOINTS: &[(&str, &str)] = &[
    ("GET", "/quota"),
    ("GET", "/usage"),
    ("POST", "/token"),
    ("POST", "/rooms"),
    ("GET", "/rooms"),
    ("GET", "/rooms/{}"),
    ("GET", "/rooms/{}/participants"),
    ("DELETE", "/rooms/{}"),
    ("POST", "/rooms/{}/kick/{}"),
    ("GET", "/agents"),
    ("GET", "/agents/{}/tools"),
    ("POST", "/sessions"),
    ("GET", "/sessions"),
    ("GET", "/sessions/{}/detail"),
    ("POST", "/sessions/{}/transcript"),
    ("POST", "/sessions/{}/end"),
    ("GET", "/sessions/{}/transcript"),
    ("GET", "/sessions/{}/transcript/text"),
    ("POST", "/rooms/{}/recordings/start"),
    ("POST", "/rooms/{}/recordings/stop"),
    ("GET", "/recordings"),
    ("GET", "/recordings/{}"),
    ("GET", "/recordings/{}/download"),
    ("DELETE", "/recordings/{}"),
    ("POST", "/sip/dial"),
    ("GET", "/sip/trunks"),
    ("GET", "/sip/configs"),
    ("POST", "/knowledge-bases"),
    ("GET", "/knowledge-bases"),
    ("GET", "/knowledge-bases/{}"),
    ("DELETE", "/knowledge-bases/{}"),
    ("POST", "/knowledge-bases/{}/documents"),
    ("POST", "/knowledge-bases/{}/ingest"),
    ("POST", "/knowledge-bases/{}/reindex"),
    ("GET", "/knowledge-bases/{}/chunks"),
    ("PUT", "/knowledge-bases/{}/chunks/{}"),
    ("DELETE", "/knowledge-bases/{}/chunks/{}"),
    ("POST", "/knowledge/search"),
    ("POST", "/webhooks/test"),
    ("POST", "/rooms/{}/send-data"),
    ("POST", "/rooms/{}/participants/{}"),
    ("POST", "/rooms/{}/participants/{}/mute"),
];

/// The date-time crate of [`Timestamp::datetime`], re-exported so versions match.
pub use time;
