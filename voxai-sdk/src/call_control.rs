//! Call control (reference section 14): data to a room, participant updates, muting.

use reqwest::Method;
use voxai_types::Ack;
use voxai_types::call_control::{
    MuteRequest, MuteResponse, SendDataRequest, UpdateParticipantRequest, UpdateParticipantResponse,
};

use crate::call::segments;
use crate::client::Client;
use crate::error::Error;
use crate::request::Request;
use crate::room_names::RoomArg;
use crate::rooms::require;

/// The call-control endpoints, from [`Client::call_control`].
#[derive(Debug, Clone)]
pub struct CallControl {
    client: Client,
}

impl Client {
    /// Call control: whisper or broadcast data, update and mute participants.
    pub fn call_control(&self) -> CallControl {
        CallControl {
            client: self.clone(),
        }
    }
}

impl CallControl {
    /// `POST /rooms/:roomName/send-data`: broadcasts data, or whispers it to the
    /// identities set with [`SendDataRequest::to`].
    ///
    /// ```no_run
    /// # async fn run(client: voxai_sdk::Client) -> voxai_sdk::Result<()> {
    /// use voxai_sdk::types::call_control::SendDataRequest;
    /// client.call_control().send_data("my-room", SendDataRequest::new("wrap up").to(["agent-1"])).await?;
    /// # Ok(()) }
    /// ```
    pub fn send_data(&self, room: impl AsRef<str>, request: SendDataRequest) -> Request<Ack> {
        let room = room.as_ref();
        if let Err(e) = require("room", room) {
            return self.client.invalid(e);
        }
        self.client
            .call_with(
                Method::POST,
                segments!["rooms", room, "send-data"],
                &request,
            )
            .room(RoomArg::short_in_path())
    }

    /// `POST /rooms/:roomName/participants/:identity`: changes metadata, permissions or
    /// name; at least one must be set.
    pub fn update_participant(
        &self,
        room: impl AsRef<str>,
        identity: &str,
        request: UpdateParticipantRequest,
    ) -> Request<UpdateParticipantResponse> {
        let room = room.as_ref();
        let check = require("room", room)
            .and_then(|()| require("identity", identity))
            .and_then(|()| {
                if request.is_empty() {
                    Err(Error::validation(
                        "request",
                        "set at least one of metadata, permission or name",
                    ))
                } else {
                    Ok(())
                }
            });
        match check {
            Ok(()) => self
                .client
                .call_with(
                    Method::POST,
                    segments!["rooms", room, "participants", identity],
                    &request,
                )
                .room(RoomArg::short_in_path()),
            Err(e) => self.client.invalid(e),
        }
    }

    /// `POST /rooms/:roomName/participants/:identity/mute`: mutes or unmutes a track
    /// (the first audio track unless `track_sid` is set).
    pub fn mute(
        &self,
        room: impl AsRef<str>,
        identity: &str,
        request: MuteRequest,
    ) -> Request<MuteResponse> {
        let room = room.as_ref();
        match require("room", room).and_then(|()| require("identity", identity)) {
            Ok(()) => self
                .client
                .call_with(
                    Method::POST,
                    segments!["rooms", room, "participants", identity, "mute"],
                    &request,
                )
                .room(RoomArg::short_in_path()),
            Err(e) => self.client.invalid(e),
        }
    }
}
