//! Room names, in the two forms the reference uses. The API puts the project's prefix in
//! front of every room name (`my-room` is `proj_my-room` in LiveKit): room, recording and
//! call-control endpoints take the name without it ([`RoomName`]); session endpoints, and
//! sessions, recordings, tokens and webhooks, show the full name ([`FullRoomName`]). The
//! monitor's `room:NAME` channel takes the short one
//! ([`Channel::Room`](crate::monitor::Channel::Room)). On the wire both are the bare
//! string.
//!
//! Fields whose form the reference does not show (monitor events, the recordings list's
//! `room_name` filter) stay `String`.
//!
//! ```
//! use voxai_types::room_names::{FullRoomName, RoomName};
//!
//! let short = RoomName::from("support");
//! let full = short.with_prefix("proj_");
//! assert_eq!(full, "proj_support");
//! assert_eq!(full.without_prefix("proj_"), Some(short.clone()));
//! assert_eq!(serde_json::to_string(&full)?, r#""proj_support""#);
//! assert_eq!(serde_json::from_str::<RoomName>(r#""support""#)?, short);
//! # Ok::<(), serde_json::Error>(())
//! ```

use std::borrow::Borrow;
use std::fmt;

use serde::{Deserialize, Serialize};

/// Declares a room-name type: a string on the wire, its own type in Rust.
macro_rules! name_type {
    ($($(#[$meta:meta])* $name:ident;)+) => {$(
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        pub struct $name(String);

        impl $name {
            /// The name as given.
            pub fn new(name: impl Into<String>) -> Self {
                Self(name.into())
            }

            /// The text.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The text, owned.
            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl From<String> for $name {
            fn from(name: String) -> Self {
                Self(name)
            }
        }

        impl From<&str> for $name {
            fn from(name: &str) -> Self {
                Self(name.to_owned())
            }
        }

        impl From<&String> for $name {
            fn from(name: &String) -> Self {
                Self(name.clone())
            }
        }

        impl From<$name> for String {
            fn from(name: $name) -> Self {
                name.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }

        impl PartialEq<$name> for str {
            fn eq(&self, other: &$name) -> bool {
                self == other.0
            }
        }

        impl PartialEq<$name> for &str {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }

        impl PartialEq<$name> for String {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }
    )+};
}

name_type! {
    /// A room's name without the project prefix (`my-room`): what `POST /rooms`, the
    /// `/rooms/:roomName/...` endpoints, a token request and a dial request take.
    RoomName;
    /// A room's full LiveKit name, with the project prefix (`proj_my-room`): what
    /// `POST /sessions` and `/sessions/:roomName/...` take, and what sessions,
    /// recordings, tokens, calls and webhooks show.
    FullRoomName;
}

impl RoomName {
    /// The full name in a project whose prefix is `prefix`.
    pub fn with_prefix(&self, prefix: &str) -> FullRoomName {
        FullRoomName(format!("{prefix}{}", self.0))
    }
}

impl FullRoomName {
    /// The name without `prefix`; `None` when it does not start with it (or is only the
    /// prefix).
    pub fn without_prefix(&self, prefix: &str) -> Option<RoomName> {
        self.0
            .strip_prefix(prefix)
            .filter(|short| !short.is_empty())
            .map(RoomName::from)
    }
}
