//! Identifiers: one type per resource, so a session id cannot be passed where a
//! recording id is meant. On the wire each is the bare integer the reference shows
//! (read as leniently as every integer: `42.0` is 42).
//!
//! ```
//! use voxai_types::ids::SessionId;
//!
//! let id: SessionId = serde_json::from_str("42")?;
//! assert_eq!(id, SessionId::from(42));
//! assert_eq!(id.to_string(), "42");
//! assert_eq!(serde_json::to_string(&id)?, "42");
//! assert_eq!("42".parse::<SessionId>(), Ok(id));
//! assert_eq!(serde_json::from_str::<SessionId>("42.0")?, id);
//! assert!(serde_json::from_str::<SessionId>(r#""42""#).is_err());
//! # Ok::<(), serde_json::Error>(())
//! ```

use std::fmt;
use std::num::ParseIntError;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Declares an identifier: a `u64` on the wire, its own type in Rust.
macro_rules! id_type {
    ($($(#[$meta:meta])* $name:ident;)+) => {$(
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        pub struct $name(pub u64);

        impl $name {
            /// The number.
            pub fn get(self) -> u64 {
                self.0
            }
        }

        impl From<u64> for $name {
            fn from(id: u64) -> Self {
                Self(id)
            }
        }

        impl From<$name> for u64 {
            fn from(id: $name) -> Self {
                id.0
            }
        }

        impl TryFrom<i64> for $name {
            type Error = std::num::TryFromIntError;

            fn try_from(id: i64) -> Result<Self, Self::Error> {
                u64::try_from(id).map(Self)
            }
        }

        impl crate::lenient::WireInt for $name {}

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }

        impl FromStr for $name {
            type Err = ParseIntError;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                text.parse().map(Self)
            }
        }

        impl PartialEq<u64> for $name {
            fn eq(&self, other: &u64) -> bool {
                self.0 == *other
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_u64(self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::lenient::unsigned(deserializer)
            }
        }
    )+};
}

id_type! {
    /// A session (`GET /sessions/:sessionId/detail`).
    SessionId;
    /// A recording.
    RecordingId;
    /// A knowledge base.
    KnowledgeBaseId;
    /// A chunk of a knowledge base.
    ChunkId;
    /// An agent configuration (`agent_config_id`).
    AgentId;
    /// A project.
    ProjectId;
    /// A line of a session's transcript.
    TranscriptId;
    /// A SIP configuration.
    SipConfigId;
    /// A SIP trunk.
    SipTrunkId;
}
