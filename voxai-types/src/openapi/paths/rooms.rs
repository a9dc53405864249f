//! Rooms, the webhook test and call control.

use super::super::Components;
use super::super::operation::{Op, Paths, example, identity, room};
use crate::Ack;
use crate::call_control::{
    MuteRequest, MuteResponse, SendDataRequest, UpdateParticipantRequest, UpdateParticipantResponse,
};
use crate::rooms::{
    CreateRoomRequest, CreateRoomResponse, ListParticipantsResponse, ListRoomsResponse,
    RoomDetailResponse,
};
use crate::webhooks::{TestWebhookRequest, TestWebhookResponse};

pub(super) fn rooms(p: &mut Paths, c: &mut Components) {
    p.add(
        "POST",
        "/rooms",
        Op::new("rooms", "createRoom", "Create a room")
            .describe("The request is snake_case, the response camelCase. The name is prefixed with the project prefix.")
            .body(c.schema::<CreateRoomRequest>())
            .answer(200, "The room created.", c.schema::<CreateRoomResponse>(), example!("rooms_create.json"))
            .errors(&[400, 409]),
    );
    p.add(
        "GET",
        "/rooms",
        Op::new("rooms", "listRooms", "List active rooms").answer(
            200,
            "The project's active rooms.",
            c.schema::<ListRoomsResponse>(),
            example!("rooms_list.json"),
        ),
    );
    p.add(
        "GET",
        "/rooms/{roomName}",
        Op::new("rooms", "getRoom", "Room detail")
            .describe("Closed rooms too: their detail comes from the database.")
            .param(room())
            .answer(
                200,
                "The room with its participants.",
                c.schema::<RoomDetailResponse>(),
                example!("rooms_detail.json"),
            )
            .errors(&[404]),
    );
    p.add(
        "DELETE",
        "/rooms/{roomName}",
        Op::new("rooms", "deleteRoom", "Close a room")
            .describe("Disconnects everyone in it.")
            .param(room())
            .answer(
                200,
                "The room was closed.",
                c.schema::<Ack>(),
                example!("rooms_delete.json"),
            )
            .errors(&[404, 409]),
    );
    p.add(
        "GET",
        "/rooms/{roomName}/participants",
        Op::new("rooms", "listParticipants", "List participants in a room")
            .param(room())
            .answer(
                200,
                "The participants and their tracks.",
                c.schema::<ListParticipantsResponse>(),
                example!("rooms_participants.json"),
            )
            .errors(&[404]),
    );
    p.add(
        "POST",
        "/rooms/{roomName}/kick/{identity}",
        Op::new("rooms", "kickParticipant", "Kick a participant")
            .describe("The reference shows no body: any 2xx is a success.")
            .param(room())
            .param(identity())
            .answer(200, "The participant was removed.", c.schema::<Ack>(), None)
            // 409: the room is closed.
            .errors(&[404, 409]),
    );
}

pub(super) fn webhooks_and_calls(p: &mut Paths, c: &mut Components) {
    p.add(
        "POST",
        "/webhooks/test",
        Op::new("webhooks", "testWebhook", "Fire a test webhook event")
            .describe("Sends a test event to every active webhook endpoint of the project.")
            .optional_body(c.schema::<TestWebhookRequest>())
            .answer(
                200,
                "The event was sent.",
                c.schema::<TestWebhookResponse>(),
                None,
            )
            .errors(&[400]),
    );
    p.add(
        "POST",
        "/rooms/{roomName}/send-data",
        Op::new(
            "call_control",
            "sendData",
            "Send data to a room (broadcast or whisper)",
        )
        .describe("To everyone, or only to `destination_identities`.")
        .param(room())
        .body(c.schema::<SendDataRequest>())
        .answer(200, "The data was sent.", c.schema::<Ack>(), None)
        .errors(&[400, 404, 409]),
    );
    p.add(
        "POST",
        "/rooms/{roomName}/participants/{identity}",
        Op::new("call_control", "updateParticipant", "Update a participant")
            .describe("Name, metadata or permissions; `permission` nests camelCase inside the snake_case body.")
            .param(room())
            .param(identity())
            .body(c.schema::<UpdateParticipantRequest>())
            .answer(200, "The participant was updated.", c.schema::<UpdateParticipantResponse>(), None)
            .errors(&[400, 404, 409]),
    );
    p.add(
        "POST",
        "/rooms/{roomName}/participants/{identity}/mute",
        Op::new(
            "call_control",
            "muteParticipant",
            "Mute or unmute a participant's track",
        )
        .param(room())
        .param(identity())
        .body(c.schema::<MuteRequest>())
        .answer(
            200,
            "The track's new state.",
            c.schema::<MuteResponse>(),
            None,
        )
        .errors(&[400, 404, 409]),
    );
}
