//! The 42 operations of the reference, by section, each naming the types of its parts.

mod account;
mod knowledge;
mod rooms;
mod sessions;

use serde_json::{Map, Value, json};

use super::Components;
use super::operation::Paths;

/// The reference's sections, as tags.
pub(super) fn tags() -> Value {
    let tags = [
        ("quota", "Quota and usage (section 4)"),
        ("tokens", "LiveKit room tokens (section 5)"),
        ("rooms", "Rooms (section 6)"),
        ("agents", "Agents (section 7)"),
        ("sessions", "Sessions and transcripts (section 8)"),
        ("recordings", "Recordings (section 9)"),
        ("sip", "SIP telephony (section 10)"),
        ("knowledge", "Knowledge bases for RAG (section 11)"),
        ("webhooks", "Webhooks (section 12)"),
        ("call_control", "Call control (section 14)"),
    ];
    tags.iter()
        .map(|(name, description)| json!({ "name": name, "description": description }))
        .collect()
}

/// Every operation of the reference, by path.
pub(super) fn paths(c: &mut Components) -> Value {
    let mut p = Paths::default();
    account::quota_and_tokens(&mut p, c);
    rooms::rooms(&mut p, c);
    account::agents(&mut p, c);
    sessions::sessions(&mut p, c);
    sessions::transcripts(&mut p, c);
    sessions::recordings(&mut p, c);
    sessions::recording_download(&mut p);
    account::sip(&mut p, c);
    knowledge::knowledge_bases(&mut p, c);
    knowledge::documents(&mut p, c);
    knowledge::chunks(&mut p, c);
    rooms::webhooks_and_calls(&mut p, c);
    refine(c);
    json!(p.0)
}

/// What the server checks across fields, said in the schemas.
fn refine(c: &mut Components) {
    // At least one change, and a `null` is no change.
    c.refine("UpdateParticipantRequest", |schema| {
        schema["anyOf"] = json!([
            { "required": ["name"], "properties": { "name": { "type": "string" } } },
            { "required": ["metadata"], "properties": { "metadata": { "type": "string" } } },
            { "required": ["permission"], "properties": { "permission": { "type": "object" } } }
        ]);
        schema["description"] = json!("At least one of `name`, `metadata` or `permission`.");
    });
    // LiveKit's video grants, camelCase as in its tokens; others are refused.
    c.refine("TokenRequest", |schema| {
        let flag = json!({ "type": ["boolean", "null"] });
        let mut grants = Map::new();
        for name in [
            "roomCreate",
            "roomList",
            "roomRecord",
            "roomAdmin",
            "roomJoin",
            "canPublish",
            "canSubscribe",
            "canPublishData",
            "canUpdateOwnMetadata",
            "ingressAdmin",
            "hidden",
            "recorder",
        ] {
            grants.insert(name.into(), flag.clone());
        }
        grants.insert("room".into(), json!({ "type": ["string", "null"] }));
        grants.insert(
            "canPublishSources".into(),
            json!({ "type": ["array", "null"], "items": { "type": "string" } }),
        );
        let description = schema["properties"]["grants"]["description"].clone();
        schema["properties"]["grants"] = json!({
            "type": ["object", "null"],
            "description": description,
            "properties": grants,
            "additionalProperties": false
        });
    });
}
