//! One operation of the document, built up part by part, and the parameters they share.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};
use utoipa::ToSchema;

use super::{Components, response_headers};

/// A documented example response of the reference (a golden fixture of this crate).
pub(super) fn fixture(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or(Value::Null)
}

/// A documented example response of the reference: a golden fixture of this crate.
macro_rules! example {
    ($file:literal) => {
        Some($crate::openapi::operation::fixture(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/",
            $file
        ))))
    };
}

/// One operation, built up part by part.
pub(super) struct Op(Map<String, Value>);

impl Op {
    pub(super) fn new(tag: &str, id: &str, summary: &str) -> Self {
        let mut op = Map::new();
        op.insert("tags".into(), json!([tag]));
        op.insert("operationId".into(), json!(id));
        op.insert("summary".into(), json!(summary));
        op.insert("parameters".into(), json!([]));
        op.insert(
            "responses".into(),
            json!({
                "401": { "$ref": "#/components/responses/Unauthorized" },
                "429": { "$ref": "#/components/responses/Limited" }
            }),
        );
        Self(op)
    }

    /// What the reference says beyond the summary, and what it leaves open.
    pub(super) fn describe(mut self, text: &str) -> Self {
        self.0.insert("description".into(), json!(text));
        self
    }

    pub(super) fn param(mut self, parameter: Value) -> Self {
        // A malformed path segment (an id that is not a number) is a bad request.
        let in_path = parameter["in"] == "path";
        if let Some(Value::Array(list)) = self.0.get_mut("parameters") {
            list.push(parameter);
        }
        if in_path {
            self = self.errors(&[400]);
        }
        self
    }

    /// Every field of a query type, as a query parameter.
    pub(super) fn query<T: ToSchema>(mut self, c: &mut Components) -> Self {
        let schema = c.inline::<T>();
        let required: Vec<&str> = schema["required"]
            .as_array()
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if let Some(properties) = schema["properties"].as_object() {
            for (name, property) in properties {
                let mut property = not_null(property.clone());
                let description = property
                    .as_object_mut()
                    .and_then(|p| p.remove("description"));
                let mut parameter = json!({
                    "name": name,
                    "in": "query",
                    "required": required.contains(&name.as_str()),
                    "schema": property,
                });
                if let Some(description) = description {
                    parameter["description"] = description;
                }
                self = self.param(parameter);
            }
        }
        self
    }

    /// Query parameters that take an ISO 8601 date or date-time.
    pub(super) fn dates(mut self, names: &[&str]) -> Self {
        if let Some(Value::Array(parameters)) = self.0.get_mut("parameters") {
            for parameter in parameters {
                if names.iter().any(|n| parameter["name"] == *n) {
                    parameter["schema"] = json!({
                        "type": "string",
                        "anyOf": [ { "format": "date" }, { "format": "date-time" } ]
                    });
                }
            }
        }
        self
    }

    /// A required JSON body.
    pub(super) fn body(mut self, schema: Value) -> Self {
        self.0.insert(
            "requestBody".into(),
            json!({ "required": true, "content": { "application/json": { "schema": schema } } }),
        );
        self
    }

    /// A JSON body that may be left out.
    pub(super) fn optional_body(mut self, schema: Value) -> Self {
        self.0.insert(
            "requestBody".into(),
            json!({ "required": false, "content": { "application/json": { "schema": schema } } }),
        );
        self
    }

    pub(super) fn request(mut self, body: Value) -> Self {
        self.0.insert("requestBody".into(), body);
        self
    }

    /// The success answer: JSON of `schema`, with the reference's example if it shows one.
    pub(super) fn answer(
        self,
        status: u16,
        description: &str,
        schema: Value,
        example: Option<Value>,
    ) -> Self {
        let mut media = json!({ "schema": schema });
        if let Some(example) = example {
            media["example"] = example;
        }
        self.response(
            status,
            json!({
                "description": description,
                "headers": response_headers(),
                "content": { "application/json": media }
            }),
        )
    }

    pub(super) fn response(mut self, status: u16, response: Value) -> Self {
        if let Some(Value::Object(responses)) = self.0.get_mut("responses") {
            responses.insert(status.to_string(), response);
        }
        self
    }

    /// An OpenAPI link from the success answer `status` to the operation that can use it,
    /// so tools that follow links (schemathesis's stateful phase) reach data-dependent calls.
    pub(super) fn link(mut self, status: u16, operation_id: &str, parameters: Value) -> Self {
        if let Some(Value::Object(response)) = self
            .0
            .get_mut("responses")
            .and_then(|r| r.get_mut(status.to_string()))
        {
            let links = response.entry("links").or_insert_with(|| json!({}));
            links[operation_id] = json!({ "operationId": operation_id, "parameters": parameters });
        }
        self
    }

    /// The documented errors this operation may answer, beyond 401 and 429.
    pub(super) fn errors(mut self, statuses: &[u16]) -> Self {
        for status in statuses {
            let name = match status {
                400 => "InvalidRequest",
                403 => "Forbidden",
                404 => "NotFound",
                409 => "Conflict",
                _ => "InternalError",
            };
            self = self.response(
                *status,
                json!({ "$ref": format!("#/components/responses/{name}") }),
            );
        }
        self
    }
}

/// A property schema without its `null` alternative: query parameters are absent, never
/// `null`.
pub(super) fn not_null(schema: Value) -> Value {
    let mut schema = schema;
    if let Some(alternatives) = schema.get("oneOf").and_then(Value::as_array) {
        let rest: Vec<Value> = alternatives
            .iter()
            .filter(|a| a.get("type") != Some(&json!("null")))
            .cloned()
            .collect();
        if rest.len() == 1 {
            let mut only = rest.into_iter().next().unwrap_or(Value::Null);
            if let (Some(only), Some(description)) =
                (only.as_object_mut(), schema.get("description"))
            {
                only.insert("description".into(), description.clone());
            }
            return only;
        }
    }
    if let Some(types) = schema.get("type").and_then(Value::as_array) {
        let rest: Vec<Value> = types
            .iter()
            .filter(|t| *t != &json!("null"))
            .cloned()
            .collect();
        if rest.len() == 1 {
            schema["type"] = rest[0].clone();
        }
    }
    schema
}

pub(super) fn path_param(name: &str, schema: Value, description: &str) -> Value {
    json!({
        "name": name,
        "in": "path",
        "required": true,
        "schema": schema,
        "description": description,
    })
}

pub(super) fn room() -> Value {
    path_param(
        "roomName",
        json!({ "type": "string", "pattern": "^[A-Za-z0-9._-]{1,128}$" }),
        "Room name without the project prefix (`my-room`, not `proj_my-room`).",
    )
}

pub(super) fn full_room(name: &str) -> Value {
    path_param(
        name,
        json!({ "type": "string", "minLength": 1 }),
        "The full room name, with the project prefix (`proj_my-room`).",
    )
}

pub(super) fn id(name: &str, what: &str) -> Value {
    path_param(
        name,
        json!({ "type": "integer", "format": "int64", "minimum": 1 }),
        &format!("The {what}'s id."),
    )
}

pub(super) fn identity() -> Value {
    path_param(
        "identity",
        json!({ "type": "string", "minLength": 1 }),
        "The participant's identity.",
    )
}

/// The paths of every operation.
#[derive(Default)]
pub(super) struct Paths(pub(super) BTreeMap<String, Map<String, Value>>);

impl Paths {
    pub(super) fn add(&mut self, method: &str, path: &str, op: Op) {
        self.0
            .entry(path.to_owned())
            .or_default()
            .insert(method.to_lowercase(), Value::Object(op.0));
    }
}

pub(super) use example;
