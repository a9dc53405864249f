//! Sessions, transcripts and recordings.

use serde_json::json;

use super::super::Components;
use super::super::operation::{Op, Paths, example, full_room, id, room};
use super::super::response_headers;
use crate::Ack;
use crate::recordings::{
    ListRecordingsQuery, RecordingDetailResponse, RecordingPage, StartRecordingResponse,
    StopRecordingRequest, StopRecordingResponse,
};
use crate::sessions::{
    AddTranscriptRequest, AddTranscriptResponse, CreateSessionRequest, CreateSessionResponse,
    EndSessionRequest, EndSessionResponse, ListSessionsQuery, SessionDetailResponse, SessionPage,
    TranscriptResponse,
};

/// Session logs: create, list, detail.
pub(super) fn sessions(p: &mut Paths, c: &mut Components) {
    p.add(
        "POST",
        "/sessions",
        Op::new("sessions", "createSession", "Create a session log")
            .describe("`room_name` is the full room name, with the project prefix.")
            .body(c.schema::<CreateSessionRequest>())
            .answer(
                200,
                "The session created.",
                c.schema::<CreateSessionResponse>(),
                example!("sessions_create.json"),
            )
            .errors(&[400, 404, 409]),
    );
    p.add(
        "GET",
        "/sessions",
        Op::new("sessions", "listSessions", "List sessions (paginated)")
            .query::<ListSessionsQuery>(c)
            .dates(&["from", "to"])
            .answer(
                200,
                "One page of sessions, newest first.",
                c.schema::<SessionPage>(),
                example!("sessions_list.json"),
            )
            .errors(&[400]),
    );
    p.add(
        "GET",
        "/sessions/{sessionId}/detail",
        Op::new("sessions", "getSessionDetail", "Session detail with costs")
            .param(id("sessionId", "session"))
            .answer(
                200,
                "The session, its costs and transcript count.",
                c.schema::<SessionDetailResponse>(),
                example!("sessions_detail.json"),
            )
            .errors(&[404]),
    );
}

/// A session's transcript lines, and its end.
pub(super) fn transcripts(p: &mut Paths, c: &mut Components) {
    // One path template for both: OpenAPI forbids `/sessions/{a}/transcript` beside
    // `/sessions/{b}/transcript`. POST takes the full room name, GET the session id.
    p.add(
        "POST",
        "/sessions/{session}/transcript",
        Op::new("sessions", "addTranscript", "Add a transcript entry")
            .describe("Adds a line to the room's active session. The path segment is the full room name. Left open by the reference: the answer echoes the line as `transcript`.")
            .param(full_room("session"))
            .body(c.schema::<AddTranscriptRequest>())
            .answer(200, "The line was added.", c.schema::<AddTranscriptResponse>(), None)
            .errors(&[400, 404]),
    );
    p.add(
        "GET",
        "/sessions/{session}/transcript",
        Op::new("sessions", "getTranscript", "Get a transcript as JSON")
            .describe("The path segment is the session id.")
            .param(id("session", "session"))
            .answer(
                200,
                "Every line, in order.",
                c.schema::<TranscriptResponse>(),
                example!("sessions_transcript.json"),
            )
            .errors(&[404]),
    );
    p.add(
        "POST",
        "/sessions/{roomName}/end",
        Op::new("sessions", "endSession", "End a session")
            .describe("Ends the room's active session. The path segment is the full room name. Left open by the reference: the answer echoes the ended session.")
            .param(full_room("roomName"))
            .optional_body(c.schema::<EndSessionRequest>())
            .answer(200, "The session ended.", c.schema::<EndSessionResponse>(), None)
            .errors(&[400, 404]),
    );
    p.add(
        "GET",
        "/sessions/{sessionId}/transcript/text",
        Op::new("sessions", "getTranscriptText", "Get a transcript as plain text")
            .describe("One line per entry: `[mm:ss] Speaker: content`, the speaker capitalised (User, Agent, System).")
            .param(id("sessionId", "session"))
            .response(200, json!({
                "description": "The transcript as text.",
                "headers": response_headers(),
                "content": { "text/plain": {
                    "schema": { "type": "string" },
                    "example": include_str!(concat!(
                        env!("CARGO_MANIFEST_DIR"),
                        "/tests/fixtures/sessions_transcript_text.txt"
                    ))
                } }
            }))
            .errors(&[404]),
    );
}

/// Recordings: start, stop, list, detail, delete.
pub(super) fn recordings(p: &mut Paths, c: &mut Components) {
    p.add(
        "POST",
        "/rooms/{roomName}/recordings/start",
        Op::new("recordings", "startRecording", "Start recording a room")
            .param(room())
            .answer(
                200,
                "The recording started.",
                c.schema::<StartRecordingResponse>(),
                example!("recordings_start.json"),
            )
            .errors(&[404, 409]),
    );
    p.add(
        "POST",
        "/rooms/{roomName}/recordings/stop",
        Op::new("recordings", "stopRecording", "Stop recording a room")
            .describe("Stops one recording (`egress_id`) or, without a body, every recording of the room.")
            .param(room())
            .optional_body(c.schema::<StopRecordingRequest>())
            .answer(200, "The recordings stopped.", c.schema::<StopRecordingResponse>(), None)
            .errors(&[400, 404]),
    );
    p.add(
        "GET",
        "/recordings",
        Op::new(
            "recordings",
            "listRecordings",
            "List recordings (paginated)",
        )
        .query::<ListRecordingsQuery>(c)
        .answer(
            200,
            "One page of recordings.",
            c.schema::<RecordingPage>(),
            None,
        )
        .errors(&[400]),
    );
    p.add(
        "GET",
        "/recordings/{recordingId}",
        Op::new("recordings", "getRecording", "Recording detail")
            .param(id("recordingId", "recording"))
            .answer(
                200,
                "The recording.",
                c.schema::<RecordingDetailResponse>(),
                None,
            )
            .errors(&[404]),
    );
    p.add(
        "DELETE",
        "/recordings/{recordingId}",
        Op::new(
            "recordings",
            "deleteRecording",
            "Delete a recording and its file",
        )
        .describe("The reference shows no body: any 2xx is a success.")
        .param(id("recordingId", "recording"))
        .answer(200, "The recording was deleted.", c.schema::<Ack>(), None)
        .errors(&[404, 409]),
    );
}

/// A recording's audio, whole or by range.
pub(super) fn recording_download(p: &mut Paths) {
    let audio = json!({ "type": "string", "format": "binary" });
    let media = json!({
        "audio/ogg": { "schema": audio },
        "audio/mp4": { "schema": audio },
        "audio/wav": { "schema": audio },
    });
    let mut partial_headers = response_headers();
    partial_headers["Content-Range"] = json!({
        "description": "`bytes START-END/SIZE`.",
        "schema": { "type": "string" }
    });
    let mut unsatisfiable_headers = response_headers();
    unsatisfiable_headers["Content-Range"] = json!({
        "description": "`bytes */SIZE`.",
        "schema": { "type": "string" }
    });
    p.add(
        "GET",
        "/recordings/{recordingId}/download",
        Op::new("recordings", "downloadRecording", "Download a recording's audio")
            .describe("Streams the file; honours `Range` for seeking and resuming. A recording still running cannot be downloaded yet (409).")
            .param(id("recordingId", "recording"))
            .param(json!({
                "name": "Range",
                "in": "header",
                "required": false,
                "description": "One byte range, e.g. `bytes=100-` or `bytes=0-1023`.",
                "schema": { "type": "string" }
            }))
            .response(200, json!({
                "description": "The whole file.",
                "headers": response_headers(),
                "content": media
            }))
            .response(206, json!({
                "description": "The range asked for.",
                "headers": partial_headers,
                "content": media
            }))
            .response(416, json!({
                "description": "The range lies outside the file.",
                "headers": unsatisfiable_headers,
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ErrorBody" } } }
            }))
            .errors(&[404, 409]),
    );
}
