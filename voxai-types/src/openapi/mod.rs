//! The OpenAPI 3.1 document of the API, generated from these types (feature `openapi`).
//!
//! Schemas come from the types themselves (`utoipa::ToSchema`), so a renamed or retyped
//! field changes the document; the operations are a table of the reference's 42
//! endpoints, each naming the types of its body, query and answer. Required fields follow
//! the decoding rule of the types: only identifiers and the payload a call exists for.
//!
//! ```
//! let document = voxai_types::openapi::document();
//! assert_eq!(document["openapi"], "3.1.0");
//! assert!(document["paths"]["/rooms/{roomName}"]["get"].is_object());
//! ```

mod events;
mod operation;
mod paths;

use std::collections::BTreeMap;

use serde_json::{Value, json};
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::{PartialSchema, ToSchema};

use crate::Timestamp;

/// The schema of a wire enum: its known values, with the decoding rule said.
pub(crate) fn wire_enum_schema(values: &[&str]) -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(values.iter().copied()))
        .description(Some(
            "The values this version of the API documents; a newer server may send others, \
             which clients should keep rather than reject.",
        ))
        .into()
}

impl PartialSchema for Timestamp {
    fn schema() -> RefOr<Schema> {
        // Both forms, because `Timestamp` decodes both: the audit reads what the types
        // accept from this schema.
        let iso = ObjectBuilder::new().schema_type(Type::String).format(Some(
            utoipa::openapi::schema::SchemaFormat::KnownFormat(
                utoipa::openapi::schema::KnownFormat::DateTime,
            ),
        ));
        let unix = ObjectBuilder::new().schema_type(Type::Number);
        utoipa::openapi::schema::OneOfBuilder::new()
            .item(iso)
            .item(unix)
            .description(Some(
                "ISO 8601, e.g. 2026-03-31T10:00:00.000Z. Left open by the reference: clients \
                 also accept unix seconds or milliseconds as a number.",
            ))
            .into()
    }
}

impl ToSchema for Timestamp {}

/// The component schemas a document refers to, collected as operations name them.
#[derive(Debug, Default)]
pub(crate) struct Components {
    schemas: BTreeMap<String, Value>,
}

impl Components {
    /// A `$ref` to `T`'s schema, registering it and every schema it refers to.
    pub(crate) fn schema<T: ToSchema>(&mut self) -> Value {
        let name = T::name().into_owned();
        let mut found = vec![(name.clone(), T::schema())];
        T::schemas(&mut found);
        for (name, schema) in found {
            self.schemas.entry(name).or_insert_with(|| to_json(schema));
        }
        json!({ "$ref": format!("#/components/schemas/{name}") })
    }

    /// Changes a registered schema: for what a derive cannot say (a rule across fields).
    pub(crate) fn refine(&mut self, name: &str, change: impl FnOnce(&mut Value)) {
        if let Some(schema) = self.schemas.get_mut(name) {
            change(schema);
        }
    }

    /// A schema of its own, registered under `name`.
    pub(crate) fn named(&mut self, name: &str, schema: Value) -> Value {
        self.schemas.insert(name.to_owned(), schema);
        json!({ "$ref": format!("#/components/schemas/{name}") })
    }

    /// `T`'s schema inlined: the object a query type describes.
    pub(crate) fn inline<T: ToSchema>(&mut self) -> Value {
        let mut found = Vec::new();
        T::schemas(&mut found);
        for (name, schema) in found {
            self.schemas.entry(name).or_insert_with(|| to_json(schema));
        }
        to_json(T::schema())
    }
}

/// A schema as JSON, its unsigned integers said as such.
fn to_json(schema: RefOr<Schema>) -> Value {
    let mut value = serde_json::to_value(schema).unwrap_or(Value::Null);
    unsigned(&mut value);
    value
}

/// utoipa writes `u32` as `int32` and `u64` as `int64` with a non-negative `minimum`, which tools
/// read as a signed range: 2^31 would be out of it, though the API takes it. Says the
/// unsigned range instead (formats `uint32`/`uint64` with their maximum).
fn unsigned(value: &mut Value) {
    match value {
        Value::Object(members) => {
            let non_negative = members
                .get("minimum")
                .and_then(Value::as_f64)
                .is_some_and(|m| m >= 0.0);
            let format = members
                .get("format")
                .and_then(Value::as_str)
                .map(str::to_owned);
            match format.as_deref() {
                Some("int32") if non_negative => {
                    members.insert("format".into(), json!("uint32"));
                    members.entry("maximum").or_insert(json!(u32::MAX));
                }
                Some("int64") if non_negative => {
                    members.insert("format".into(), json!("uint64"));
                    members.entry("maximum").or_insert(json!(u64::MAX));
                }
                _ => {}
            }
            members.values_mut().for_each(unsigned);
        }
        Value::Array(items) => items.iter_mut().for_each(unsigned),
        _ => {}
    }
}

/// The whole document: every endpoint of the reference, the error envelope and its codes,
/// the rate-limit headers, the `X-API-Key` scheme, and the webhook events (as OpenAPI
/// 3.1 `webhooks`). The monitor WebSocket's frames are in [`monitor_schema`].
pub fn document() -> Value {
    let mut components = Components::default();
    let paths = paths::paths(&mut components);
    let webhooks = events::webhooks(&mut components);
    let error = components.schema::<crate::ErrorBody>();
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "VoxAI API",
            "version": env!("CARGO_PKG_VERSION"),
            "summary": "Voice-AI agents on LiveKit: rooms, agents, sessions, recordings, SIP, knowledge bases, webhooks and call control.",
            "description": "Generated from the `voxai-types` crate of the VoxAI Rust SDK, which follows the VoxAI API reference. Where the reference leaves something open, the decision is said in the description of that field or operation. Required fields are only identifiers and the payload a call exists for; every other field may be absent or `null`, and a newer server may add fields and enum values.",
            "license": { "name": "MIT OR Apache-2.0", "identifier": "MIT OR Apache-2.0" }
        },
        "servers": [
            { "url": "https://voxai.ai0.dev/api/v1", "description": "The hosted API" },
            { "url": "http://127.0.0.1:4010/api/v1", "description": "The reference server (`voxai mock`)" }
        ],
        "security": [ { "ApiKey": [] } ],
        "tags": paths::tags(),
        "paths": paths,
        "webhooks": webhooks,
        "components": {
            "securitySchemes": {
                "ApiKey": {
                    "type": "apiKey",
                    "in": "header",
                    "name": "X-API-Key",
                    "description": "The project's API key (Projects → Settings)."
                }
            },
            "headers": rate_limit_headers(),
            "responses": error_responses(&error),
            "schemas": components.schemas,
        }
    })
}

/// The headers every response carries (reference section 2).
fn rate_limit_headers() -> Value {
    json!({
        "X-RateLimit-Limit": {
            "description": "Requests per minute the plan allows.",
            "schema": { "type": "integer", "minimum": 0 }
        },
        "X-RateLimit-Remaining": {
            "description": "Requests left in the current window.",
            "schema": { "type": "integer", "minimum": 0 }
        },
        "X-RateLimit-Reset": {
            "description": "Unix seconds when the window resets.",
            "schema": { "type": "integer", "minimum": 0 }
        },
        "Retry-After": {
            "description": "Seconds to wait before retrying (an HTTP date is also valid HTTP).",
            "schema": { "type": "string" }
        }
    })
}

/// The rate-limit headers, as a response's `headers`.
pub(crate) fn response_headers() -> Value {
    json!({
        "X-RateLimit-Limit": { "$ref": "#/components/headers/X-RateLimit-Limit" },
        "X-RateLimit-Remaining": { "$ref": "#/components/headers/X-RateLimit-Remaining" },
        "X-RateLimit-Reset": { "$ref": "#/components/headers/X-RateLimit-Reset" }
    })
}

/// One error response per status the reference documents, each the error envelope with
/// the codes that status carries.
fn error_responses(error: &Value) -> Value {
    let response = |description: &str, codes: &[&str], example: Value| {
        json!({
            "description": description,
            "headers": response_headers(),
            "content": { "application/json": {
                "schema": {
                    "allOf": [ error, { "properties": { "code": { "enum": codes } } } ]
                },
                "example": example
            } }
        })
    };
    let mut limited = response(
        "Too many requests (`RATE_LIMITED`, retry after `Retry-After` seconds) or the plan's quota for this resource reached (`QUOTA_EXCEEDED`, not transient; `details` says which resource).",
        &["RATE_LIMITED", "QUOTA_EXCEEDED"],
        json!({ "error": "Rate limit exceeded", "code": "RATE_LIMITED", "limit": 60, "remaining": 0, "retry_after": 12 }),
    );
    limited["headers"]["Retry-After"] = json!({ "$ref": "#/components/headers/Retry-After" });
    json!({
        "InvalidRequest": response("Bad input, missing required fields, validation failure.", &["INVALID_REQUEST"],
            json!({ "error": "name is required", "code": "INVALID_REQUEST" })),
        "Unauthorized": response("Missing, invalid or deactivated API key.", &["UNAUTHORIZED"],
            json!({ "error": "Invalid or deactivated API key", "code": "UNAUTHORIZED" })),
        "Forbidden": response("Valid key but insufficient permissions (e.g. project mismatch).", &["FORBIDDEN"],
            json!({ "error": "agent belongs to another project", "code": "FORBIDDEN" })),
        "NotFound": response("The resource does not exist or has been deleted.", &["NOT_FOUND"],
            json!({ "error": "room \"my-room\" not found", "code": "NOT_FOUND" })),
        "Conflict": response("Duplicate resource or conflicting state.", &["CONFLICT"],
            json!({ "error": "room \"my-room\" already exists", "code": "CONFLICT" })),
        "Limited": limited,
        "InternalError": response("Unexpected server error.", &["INTERNAL_ERROR"],
            json!({ "error": "Internal server error", "code": "INTERNAL_ERROR" })),
    })
}

/// A JSON Schema (2020-12) of the monitor WebSocket (`/ws/monitor?api_key=KEY`): the
/// commands a client sends and the frames the server sends.
pub fn monitor_schema() -> Value {
    events::monitor_schema()
}
