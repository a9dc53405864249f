//! What the API sends on its own: webhook deliveries and monitor frames.

use serde_json::{Value, json};

use super::Components;
use crate::monitor::{
    CallStatusChanged, Command, ParticipantJoined, ParticipantLeft, RecordingStatusChanged,
    RoomClosed, RoomCreated, TranscriptNew,
};
use crate::webhooks::{
    CallInitiatedData, DocumentUploadedData, EgressData, InboundCallData, ParticipantData,
    RecordingData, ReindexedData, RoomData, SessionData, TrackData, WebhookEnvelope,
};

/// An envelope whose type is `kind` and whose `data` is `data`.
fn typed(tag: &str, kind: &str, data: Value) -> Value {
    json!({
        "type": "object",
        "properties": { tag: { "const": kind }, "data": data },
        "required": [tag, "data"]
    })
}

/// Each webhook event type and the schema of its `data`.
fn webhook_events(c: &mut Components) -> Vec<(&'static str, Value)> {
    vec![
        ("room.started", c.schema::<RoomData>()),
        ("room.finished", c.schema::<RoomData>()),
        ("participant.joined", c.schema::<ParticipantData>()),
        ("participant.left", c.schema::<ParticipantData>()),
        ("track.published", c.schema::<TrackData>()),
        ("track.unpublished", c.schema::<TrackData>()),
        ("session.started", c.schema::<SessionData>()),
        ("session.ended", c.schema::<SessionData>()),
        ("recording.started", c.schema::<RecordingData>()),
        ("recording.stopped", c.schema::<RecordingData>()),
        ("sip.call_initiated", c.schema::<CallInitiatedData>()),
        ("sip.inbound_call", c.schema::<InboundCallData>()),
        (
            "knowledge.document_uploaded",
            c.schema::<DocumentUploadedData>(),
        ),
        ("knowledge.reindexed", c.schema::<ReindexedData>()),
        ("egress.started", c.schema::<EgressData>()),
        ("egress.ended", c.schema::<EgressData>()),
        (
            "test",
            json!({ "type": "object", "description": "The payload given to `POST /webhooks/test`." }),
        ),
    ]
}

/// The OpenAPI 3.1 `webhooks`: one delivery per event type, each a signed POST of the
/// envelope with that type's `data`.
pub(super) fn webhooks(c: &mut Components) -> Value {
    let envelope = c.schema::<WebhookEnvelope>();
    let headers = json!([
        {
            "name": "X-Webhook-Signature", "in": "header", "required": true,
            "description": "Hex HMAC-SHA256 of the raw body under the endpoint's webhook secret; compare in constant time.",
            "schema": { "type": "string", "pattern": "^[0-9a-f]{64}$" }
        },
        {
            "name": "X-Webhook-Event", "in": "header", "required": false,
            "description": "Left open by the reference: the event type, as in the body.",
            "schema": { "type": "string" }
        },
        {
            "name": "X-Webhook-Id", "in": "header", "required": false,
            "description": "Left open by the reference: unique per event and the same on every retry of it, to drop repeated deliveries.",
            "schema": { "type": "string" }
        }
    ]);
    let mut all = serde_json::Map::new();
    for (kind, data) in webhook_events(c) {
        let body = json!({ "allOf": [envelope, typed("event_type", kind, data)] });
        all.insert(
            kind.to_owned(),
            json!({ "post": {
                "summary": format!("`{kind}` delivery"),
                "operationId": format!("webhook_{}", kind.replace('.', "_")),
                "tags": ["webhooks"],
                "security": [],
                "parameters": headers,
                "requestBody": { "required": true, "content": { "application/json": { "schema": body } } },
                "responses": { "200": { "description": "Any 2xx acknowledges the delivery; anything else is retried." } }
            } }),
        );
    }
    Value::Object(all)
}

/// The JSON Schema of the monitor WebSocket: client commands and server frames.
pub(super) fn monitor_schema() -> Value {
    let mut c = Components::default();
    c.schema::<Command>();
    let events = [
        ("room.created", c.schema::<RoomCreated>()),
        ("room.closed", c.schema::<RoomClosed>()),
        ("participant.joined", c.schema::<ParticipantJoined>()),
        ("participant.left", c.schema::<ParticipantLeft>()),
        ("transcript.new", c.schema::<TranscriptNew>()),
        ("recording.status", c.schema::<RecordingStatusChanged>()),
        ("call.status", c.schema::<CallStatusChanged>()),
    ];
    let mut frames: Vec<Value> = events
        .into_iter()
        .map(|(kind, data)| typed("type", kind, data))
        .collect();
    // Extensions of the reference server's, which clients use when present and never
    // wait for (the decoding rule in the README's "What the SDK tolerates").
    let channel = json!({ "type": "object", "properties": { "channel": { "type": "string" } }, "required": ["channel"] });
    frames.push(typed("type", "subscribed", channel.clone()));
    frames.push(typed("type", "unsubscribed", channel));
    frames.push(typed(
        "type",
        "error",
        json!({
            "type": "object",
            "properties": { "message": { "type": "string" }, "channel": { "type": "string" } },
            "required": ["message"]
        }),
    ));
    c.named("ServerFrame", json!({
        "description": "Every frame the server sends: `{\"type\", \"data\"}`. The event types are the reference's; `subscribed`, `unsubscribed` and `error` are the reference server's replies to commands, which clients must not wait for. A newer server may send other types.",
        "oneOf": frames
    }));
    let mut defs = c.schemas;
    // `$ref`s point at `#/components/schemas/`; in a standalone schema they are `$defs`.
    let text = serde_json::to_string(&defs).unwrap_or_default();
    defs = serde_json::from_str(&text.replace("#/components/schemas/", "#/$defs/"))
        .unwrap_or_default();
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://voxai.ai0.dev/schemas/monitor.json",
        "title": "VoxAI monitor WebSocket",
        "description": "wss://HOST/ws/monitor?api_key=KEY (a refused key is closed with code 4001; a client too slow to read is closed with 4008). The client sends `Command`s; the server sends `ServerFrame`s.",
        "$defs": defs,
        "oneOf": [
            { "$ref": "#/$defs/Command" },
            { "$ref": "#/$defs/ServerFrame" }
        ]
    })
}
