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
//!
//! # Stability: building responses in your tests
//!
//! Every response type (and every type inside one) is `#[non_exhaustive]`, so a field the
//! API adds in a minor release breaks nobody's build. Build one with its builder
//! (`Type::builder()`: required fields are checked at compile time, `Option` fields may
//! be left out, `String` fields take anything `Into<String>`), or deserialize the JSON the
//! API would send. Request types keep their own constructors and setters.
//!
//! ```
//! use voxai_types::rooms::{ListRoomsResponse, RoomSummary};
//!
//! let room = RoomSummary::builder()
//!     .name("lobby")
//!     .full_name("proj_lobby")
//!     .num_participants(2)
//!     .build();
//! let page = ListRoomsResponse::builder().rooms(vec![room]).build();
//! assert_eq!(page.rooms[0].num_participants, Some(2));
//! ```
//!
//! A struct expression does not compile outside this crate:
//!
//! ```compile_fail
//! let room = voxai_types::rooms::RoomSummary {
//!     name: "lobby".into(),
//!     full_name: "proj_lobby".into(),
//!     num_participants: None,
//!     created_at: None,
//!     region: None,
//! };
//! ```

// bon's builder attribute names `into` once per type it applies to.
#![allow(clippy::duplicated_attributes)]

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

/// Every endpoint of the API reference as `(method, path template)`, the template below
/// the base URL with its parameters named as in the OpenAPI document (`/rooms/{roomName}`),
/// in the reference's order.
pub const ENDPOINTS: &[(&str, &str)] = &[
    ("GET", "/quota"),
    ("GET", "/usage"),
    ("POST", "/token"),
    ("POST", "/rooms"),
    ("GET", "/rooms"),
    ("GET", "/rooms/{roomName}"),
    ("GET", "/rooms/{roomName}/participants"),
    ("DELETE", "/rooms/{roomName}"),
    ("POST", "/rooms/{roomName}/kick/{identity}"),
    ("GET", "/agents"),
    ("GET", "/agents/{agentId}/tools"),
    ("POST", "/sessions"),
    ("GET", "/sessions"),
    ("GET", "/sessions/{sessionId}/detail"),
    ("POST", "/sessions/{session}/transcript"),
    ("POST", "/sessions/{roomName}/end"),
    ("GET", "/sessions/{session}/transcript"),
    ("GET", "/sessions/{sessionId}/transcript/text"),
    ("POST", "/rooms/{roomName}/recordings/start"),
    ("POST", "/rooms/{roomName}/recordings/stop"),
    ("GET", "/recordings"),
    ("GET", "/recordings/{recordingId}"),
    ("GET", "/recordings/{recordingId}/download"),
    ("DELETE", "/recordings/{recordingId}"),
    ("POST", "/sip/dial"),
    ("GET", "/sip/trunks"),
    ("GET", "/sip/configs"),
    ("POST", "/knowledge-bases"),
    ("GET", "/knowledge-bases"),
    ("GET", "/knowledge-bases/{kbId}"),
    ("DELETE", "/knowledge-bases/{kbId}"),
    ("POST", "/knowledge-bases/{kbId}/documents"),
    ("POST", "/knowledge-bases/{kbId}/ingest"),
    ("POST", "/knowledge-bases/{kbId}/reindex"),
    ("GET", "/knowledge-bases/{kbId}/chunks"),
    ("PUT", "/knowledge-bases/{kbId}/chunks/{chunkId}"),
    ("DELETE", "/knowledge-bases/{kbId}/chunks/{chunkId}"),
    ("POST", "/knowledge/search"),
    ("POST", "/webhooks/test"),
    ("POST", "/rooms/{roomName}/send-data"),
    ("POST", "/rooms/{roomName}/participants/{identity}"),
    ("POST", "/rooms/{roomName}/participants/{identity}/mute"),
];

/// The template of the endpoint that `method` and the path `segments` below the base URL
/// call, from [`ENDPOINTS`]: what names a call in logs and traces without the values in
/// its path.
///
/// ```
/// assert_eq!(
///     voxai_types::endpoint_template("GET", &["rooms", "support-42"]),
///     Some("/rooms/{roomName}")
/// );
/// assert_eq!(voxai_types::endpoint_template("GET", &["nowhere"]), None);
/// ```
pub fn endpoint_template(method: &str, segments: &[impl AsRef<str>]) -> Option<&'static str> {
    ENDPOINTS.iter().find_map(|&(m, template)| {
        let parts = template.trim_start_matches('/').split('/');
        let fits = m == method
            && parts.clone().count() == segments.len()
            && parts
                .zip(segments)
                .all(|(part, given)| part.starts_with('{') || part == given.as_ref());
        fits.then_some(template)
    })
}

/// The date-time crate of [`Timestamp::datetime`], re-exported so versions match.
pub use time;
