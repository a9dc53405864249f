//! Short (`my-room`) and full (`proj_my-room`) room names. Room, recording and call
//! control endpoints take the short name; session endpoints the full one. Every method
//! accepts either: the client knows the project's prefix (told with
//! [`ClientBuilder::room_prefix`](crate::ClientBuilder::room_prefix), or learned from any
//! response that shows a room's `name` and `fullName`) and sends the form the endpoint
//! takes. While it does not know it, a 400 or 404 makes it ask the API (`GET /rooms`, or
//! the room itself) and try once more with the other form.
//!
//! Room parameters take `impl AsRef<str>`: a `&str`, or a
//! [`RoomName`](crate::types::room_names::RoomName) or
//! [`FullRoomName`](crate::types::room_names::FullRoomName) straight from a response.

use serde_json::Value;

use crate::call::{Call, segments};
use crate::client::Client;
use crate::error::Result;

/// The form of a room name an endpoint takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RoomForm {
    /// Without the project prefix: `my-room`.
    Short,
    /// With it: `proj_my-room`.
    Full,
}

impl RoomForm {
    fn describe(self) -> &'static str {
        match self {
            Self::Short => "the room name without the project prefix",
            Self::Full => "the full room name, with the project prefix",
        }
    }
}

/// Where a call carries its room name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RoomPlace {
    /// The path segment at this index (`rooms/<room>/...`, `sessions/<room>/...`).
    Segment(usize),
    /// This field of the JSON body.
    Body(&'static str),
}

/// The room name of a call: which form its endpoint takes, and where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RoomArg {
    pub(crate) form: RoomForm,
    pub(crate) place: RoomPlace,
    /// The endpoint takes either form without complaint (a token for a room that does
    /// not exist yet): the prefix must be known before sending, since no refusal will
    /// say the form was wrong.
    pub(crate) learn_first: bool,
}

impl RoomArg {
    pub(crate) const fn short_in_path() -> Self {
        Self {
            form: RoomForm::Short,
            place: RoomPlace::Segment(1),
            learn_first: false,
        }
    }

    pub(crate) const fn full_in_path() -> Self {
        Self {
            form: RoomForm::Full,
            place: RoomPlace::Segment(1),
            learn_first: false,
        }
    }

    pub(crate) const fn full_in_body(field: &'static str) -> Self {
        Self {
            form: RoomForm::Full,
            place: RoomPlace::Body(field),
            learn_first: false,
        }
    }

    /// A short name in the body of an endpoint that takes any name (`POST /token`, a
    /// dial's `room_name`): a full name sent as is would name another room.
    pub(crate) const fn short_in_body(field: &'static str) -> Self {
        Self {
            form: RoomForm::Short,
            place: RoomPlace::Body(field),
            learn_first: true,
        }
    }

    /// What to tell a user whose request failed: the form this endpoint takes.
    pub(crate) fn hint(self, sent: &str) -> String {
        format!(
            "this endpoint takes {}; sent {sent:?}",
            self.form.describe()
        )
    }
}

/// `name` in `form`, for a project whose prefix is `prefix`. A name that already starts
/// with the prefix is taken as full.
pub(crate) fn in_form(name: &str, form: RoomForm, prefix: &str) -> String {
    match form {
        RoomForm::Short => name
            .strip_prefix(prefix)
            .filter(|short| !short.is_empty())
            .unwrap_or(name)
            .to_owned(),
        RoomForm::Full if name.starts_with(prefix) => name.to_owned(),
        RoomForm::Full => format!("{prefix}{name}"),
    }
}

/// The prefix a room's short and full names imply.
pub(crate) fn prefix_of(name: &str, full: &str) -> Option<String> {
    if name.is_empty() {
        return None;
    }
    full.strip_suffix(name)
        .filter(|prefix| !prefix.is_empty())
        .map(str::to_owned)
}

/// The prefix shown by the first object in `value` with both `name` and `fullName`.
pub(crate) fn prefix_in(value: &Value) -> Option<String> {
    match value {
        Value::Object(map) => {
            let names = (
                map.get("name"),
                map.get("fullName").or(map.get("full_name")),
            );
            if let (Some(Value::String(name)), Some(Value::String(full))) = names {
                if let Some(prefix) = prefix_of(name, full) {
                    return Some(prefix);
                }
            }
            map.values().find_map(prefix_in)
        }
        Value::Array(items) => items.iter().find_map(prefix_in),
        _ => None,
    }
}

impl Call {
    /// The room name the call carries at `place`.
    pub(crate) fn room(&self, place: RoomPlace) -> Option<String> {
        match place {
            RoomPlace::Segment(at) => self.segments.get(at).cloned(),
            RoomPlace::Body(field) => {
                let body: Value = serde_json::from_slice(self.json.as_deref()?).ok()?;
                body.get(field)?.as_str().map(str::to_owned)
            }
        }
    }

    /// Puts `name` at `place`.
    pub(crate) fn set_room(&mut self, place: RoomPlace, name: &str) {
        match place {
            RoomPlace::Segment(at) => {
                if let Some(segment) = self.segments.get_mut(at) {
                    *segment = name.to_owned();
                }
            }
            RoomPlace::Body(field) => {
                let Some(json) = &self.json else { return };
                let Ok(mut body) = serde_json::from_slice::<Value>(json) else {
                    return;
                };
                if let Some(object) = body.as_object_mut() {
                    object.insert(field.to_owned(), Value::String(name.to_owned()));
                }
                if let Ok(bytes) = serde_json::to_vec(&body) {
                    self.json = Some(bytes.into());
                }
            }
        }
    }
}

impl Client {
    /// Remembers the room-name prefix a response showed.
    pub(crate) fn learn_room_prefix_from(&self, body: &[u8]) {
        if self.known_room_prefix().is_some() {
            return;
        }
        let Ok(value) = serde_json::from_slice::<Value>(body) else {
            return;
        };
        if let Some(prefix) = prefix_in(&value) {
            self.set_room_prefix(prefix);
        }
    }

    /// The project's room-name prefix (`proj_`), when the client knows it: set with
    /// [`ClientBuilder::room_prefix`](crate::ClientBuilder::room_prefix), or learned from
    /// a response that showed a room's `name` and `fullName`.
    pub fn room_prefix(&self) -> Option<String> {
        self.known_room_prefix()
    }

    /// Asks the API for the project's room-name prefix if the client does not know it:
    /// `GET /rooms`, and, with no room open, `GET /rooms/:room` of `hint` (closed rooms
    /// are shown too). `None` when neither shows one.
    ///
    /// ```no_run
    /// # async fn run(client: voxai_sdk::Client) -> voxai_sdk::Result<()> {
    /// if let Some(prefix) = client.learn_room_prefix(None).await? {
    ///     println!("full room names start with {prefix}");
    /// }
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Request::send`](crate::Request::send), for the `GET /rooms` (or room)
    /// request that shows the prefix.
    pub async fn learn_room_prefix(&self, hint: Option<&str>) -> Result<Option<String>> {
        if let Some(known) = self.known_room_prefix() {
            return Ok(Some(known));
        }
        // Both requests learn as a side effect of their responses; neither falls back
        // on a refusal (that would ask again, and again).
        let _ = self.rooms().list().raw().await?;
        if self.known_room_prefix().is_none() {
            if let Some(room) = hint.filter(|r| !r.trim().is_empty()) {
                let detail = self
                    .call::<Value>(reqwest::Method::GET, segments!["rooms", room])
                    .shows_room_prefix();
                let _ = detail.await;
            }
        }
        Ok(self.known_room_prefix())
    }

    /// Puts the call's room name in the form its endpoint takes, if the prefix is known.
    pub(crate) fn normalize_room(&self, call: &mut Call, room: RoomArg) {
        let Some(prefix) = self.known_room_prefix() else {
            return;
        };
        if let Some(given) = call.room(room.place) {
            call.set_room(room.place, &in_form(&given, room.form, &prefix));
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn names_take_the_form_their_endpoint_needs() {
        assert_eq!(in_form("proj_a", RoomForm::Short, "proj_"), "a");
        assert_eq!(in_form("a", RoomForm::Short, "proj_"), "a");
        assert_eq!(in_form("a", RoomForm::Full, "proj_"), "proj_a");
        assert_eq!(in_form("proj_a", RoomForm::Full, "proj_"), "proj_a");
        // The prefix alone is a short name, not an empty one.
        assert_eq!(in_form("proj_", RoomForm::Short, "proj_"), "proj_");
    }

    #[test]
    fn the_prefix_is_read_from_any_name_and_full_name() {
        assert_eq!(prefix_of("a", "proj_a").as_deref(), Some("proj_"));
        assert_eq!(prefix_of("a", "a"), None);
        assert_eq!(prefix_of("", "proj_"), None);
        let listed = json!({"rooms": [{"name": "x", "fullName": "ent_x", "numParticipants": 0}]});
        assert_eq!(prefix_in(&listed).as_deref(), Some("ent_"));
        assert_eq!(prefix_in(&json!({"rooms": []})), None);
        assert_eq!(prefix_in(&json!({"name": "x", "fullName": "y"})), None);
    }

    #[test]
    fn a_call_s_room_is_found_and_replaced() {
        let mut call = Call::new(reqwest::Method::POST, vec!["sessions".into(), "a".into()]);
        call.set_room(RoomPlace::Segment(1), "proj_a");
        assert_eq!(call.room(RoomPlace::Segment(1)).as_deref(), Some("proj_a"));
        let mut call = Call::new(reqwest::Method::POST, vec!["sessions".into()])
            .with_json(&json!({"room_name": "a", "agent_config_id": 1}))
            .unwrap();
        call.set_room(RoomPlace::Body("room_name"), "proj_a");
        assert_eq!(
            call.room(RoomPlace::Body("room_name")).as_deref(),
            Some("proj_a")
        );
    }
}
