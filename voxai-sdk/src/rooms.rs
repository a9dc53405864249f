//! Rooms (reference section 6). Room names may be given with or without the project
//! prefix; the endpoints get them without.

use reqwest::Method;
use voxai_types::Ack;
use voxai_types::rooms::{
    CreateRoomRequest, CreateRoomResponse, ListParticipantsResponse, ListRoomsResponse,
    RoomDetailResponse,
};

use crate::call::segments;
use crate::client::Client;
use crate::error::Error;
use crate::request::Request;
use crate::room_names::RoomArg;

/// The rooms endpoints, from [`Client::rooms`].
#[derive(Debug, Clone)]
pub struct Rooms {
    client: Client,
}

impl Client {
    /// Rooms: create, list, inspect, close, kick.
    pub fn rooms(&self) -> Rooms {
        Rooms {
            client: self.clone(),
        }
    }
}

/// Refuses a name that is empty, so no request goes to the collection's own path.
pub(crate) fn require(field: &'static str, value: &str) -> Result<(), Error> {
    if value.trim().is_empty() {
        Err(Error::validation(field, "must not be empty"))
    } else {
        Ok(())
    }
}

impl Rooms {
    /// `POST /rooms`: creates a room. Accepts a name or a [`CreateRoomRequest`].
    ///
    /// ```no_run
    /// # async fn run(client: voxai_sdk::Client) -> voxai_sdk::Result<()> {
    /// use voxai_sdk::types::rooms::CreateRoomRequest;
    /// let created = client.rooms().create("standup").await?;
    /// let tuned = client.rooms().create(CreateRoomRequest::new("demo").empty_timeout(600)).await?;
    /// println!("{} and {}", created.room.full_name, tuned.room.full_name);
    /// # Ok(()) }
    /// ```
    pub fn create(&self, request: impl Into<CreateRoomRequest>) -> Request<CreateRoomResponse> {
        let request = request.into();
        match require("name", request.name.as_str()) {
            Ok(()) => self
                .client
                .call_with(Method::POST, segments!["rooms"], &request)
                .shows_room_prefix(),
            Err(e) => self.client.invalid(e),
        }
    }

    /// `GET /rooms`: the project's active rooms.
    pub fn list(&self) -> Request<ListRoomsResponse> {
        self.client
            .call(Method::GET, segments!["rooms"])
            .shows_room_prefix()
    }

    /// `GET /rooms/:roomName`: one room with its participants (closed rooms too).
    pub fn get(&self, room: impl AsRef<str>) -> Request<RoomDetailResponse> {
        let room = room.as_ref();
        self.room_call(Method::GET, room, &[])
    }

    /// `GET /rooms/:roomName/participants`: participants with state and tracks.
    pub fn participants(&self, room: impl AsRef<str>) -> Request<ListParticipantsResponse> {
        let room = room.as_ref();
        self.room_call(Method::GET, room, &["participants"])
    }

    /// `DELETE /rooms/:roomName`: closes the room and disconnects everyone.
    pub fn delete(&self, room: impl AsRef<str>) -> Request<Ack> {
        let room = room.as_ref();
        self.room_call(Method::DELETE, room, &[])
    }

    /// `POST /rooms/:roomName/kick/:identity`: removes one participant.
    pub fn kick(&self, room: impl AsRef<str>, identity: &str) -> Request<Ack> {
        let room = room.as_ref();
        if let Err(e) = require("identity", identity) {
            return self.client.invalid(e);
        }
        self.room_call(Method::POST, room, &["kick", identity])
    }

    fn room_call<T: serde::de::DeserializeOwned>(
        &self,
        method: Method,
        room: &str,
        rest: &[&str],
    ) -> Request<T> {
        if let Err(e) = require("room", room) {
            return self.client.invalid(e);
        }
        let mut path = segments!["rooms", room];
        path.extend(rest.iter().map(|s| (*s).to_owned()));
        self.client
            .call(method, path)
            .room(RoomArg::short_in_path())
            .shows_room_prefix()
    }
}
