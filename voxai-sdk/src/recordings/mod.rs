//! Recordings (reference section 9): start and stop in a room, list, inspect, download,
//! delete.

mod download;

use reqwest::Method;
use voxai_types::Ack;
use voxai_types::ids::RecordingId;
use voxai_types::recordings::{
    ListRecordingsQuery, RecordingDetailResponse, RecordingPage, RecordingStatus,
    StartRecordingResponse, StopRecordingRequest, StopRecordingResponse,
};

pub use download::{Download, DownloadInfo};

use crate::call::segments;
use crate::client::Client;
use crate::pagination::{PageRequest, impl_list_query};
use crate::request::Request;
use crate::room_names::RoomArg;
use crate::rooms::require;

impl_list_query!(ListRecordingsQuery => RecordingPage);

/// The recordings endpoints, from [`Client::recordings`].
#[derive(Debug, Clone)]
pub struct Recordings {
    client: Client,
}

impl Client {
    /// Recordings: start, stop, list, download, delete.
    pub fn recordings(&self) -> Recordings {
        Recordings {
            client: self.clone(),
        }
    }
}

impl Recordings {
    /// `POST /rooms/:roomName/recordings/start`: starts recording a room's audio.
    pub fn start(&self, room: impl AsRef<str>) -> Request<StartRecordingResponse> {
        let room = room.as_ref();
        if let Err(e) = require("room", room) {
            return self.client.invalid(e);
        }
        self.client
            .call(
                Method::POST,
                segments!["rooms", room, "recordings", "start"],
            )
            .room(RoomArg::short_in_path())
    }

    /// `POST /rooms/:roomName/recordings/stop`: stops one egress, or every active
    /// recording of the room when `egress_id` is `None`.
    pub fn stop(
        &self,
        room: impl AsRef<str>,
        egress_id: Option<&str>,
    ) -> Request<StopRecordingResponse> {
        let room = room.as_ref();
        if let Err(e) = require("room", room) {
            return self.client.invalid(e);
        }
        let body = StopRecordingRequest {
            egress_id: egress_id.map(str::to_owned),
        };
        self.client
            .call_with(
                Method::POST,
                segments!["rooms", room, "recordings", "stop"],
                &body,
            )
            .room(RoomArg::short_in_path())
    }

    /// `GET /recordings`: a page of recordings; filter with the builder's methods.
    pub fn list(&self) -> PageRequest<ListRecordingsQuery> {
        PageRequest::new(
            &self.client,
            segments!["recordings"],
            ListRecordingsQuery::default(),
        )
    }

    /// `GET /recordings/:recordingId`: one recording.
    pub fn get(&self, recording_id: impl Into<RecordingId>) -> Request<RecordingDetailResponse> {
        let recording_id = recording_id.into();
        self.client
            .call(Method::GET, segments!["recordings", recording_id])
    }

    /// `GET /recordings/:recordingId/download`: streams the audio file to a writer or a
    /// file, resumable with `Range`.
    pub fn download(&self, recording_id: impl Into<RecordingId>) -> Download {
        let recording_id = recording_id.into();
        Download::new(&self.client, recording_id)
    }

    /// `DELETE /recordings/:recordingId`: deletes the recording and its file.
    pub fn delete(&self, recording_id: impl Into<RecordingId>) -> Request<Ack> {
        let recording_id = recording_id.into();
        self.client
            .call(Method::DELETE, segments!["recordings", recording_id])
    }
}

impl PageRequest<ListRecordingsQuery> {
    /// Only recordings of this room.
    pub fn room(mut self, room_name: impl Into<String>) -> Self {
        self.query.room_name = Some(room_name.into());
        self
    }

    /// Only recordings in this state.
    pub fn status(mut self, status: RecordingStatus) -> Self {
        self.query.status = Some(status);
        self
    }
}
