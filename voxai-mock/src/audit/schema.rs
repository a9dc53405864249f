//! A value walked against the JSON Schema our types generate: what was sent that the
//! types do not model, what they need that was not sent, and what does not fit.

use std::collections::BTreeSet;

use serde_json::Value;

use super::Kind;

/// One difference at one place of a body.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Seen {
    pub(super) kind: Kind,
    /// The JSON path, indexes as `[]` and map keys as `*` (`rooms[].region`).
    pub(super) path: String,
    pub(super) detail: String,
    pub(super) example: Option<Value>,
}

/// What one walk found, and which modelled fields it met and saw.
#[derive(Debug, Default)]
pub(super) struct Walk {
    pub(super) found: Vec<Seen>,
    /// Every modelled field of every object walked.
    pub(super) modelled: BTreeSet<String>,
    /// The modelled fields that were present (null included).
    pub(super) present: BTreeSet<String>,
}

impl Walk {
    fn add(&mut self, kind: Kind, path: &str, detail: String, example: Option<&Value>) {
        self.found.push(Seen {
            kind,
            path: path.to_owned(),
            detail,
            example: example.cloned(),
        });
    }

    fn merge(&mut self, other: Walk) {
        self.found.extend(other.found);
        self.modelled.extend(other.modelled);
        self.present.extend(other.present);
    }
}

fn join(path: &str, member: &str) -> String {
    if path.is_empty() {
        member.to_owned()
    } else {
        format!("{path}.{member}")
    }
}

fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_f64() => "number",
        Value::Number(_) => "integer",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Walks values against the schemas of one document (`$ref`s are JSON pointers in it).
#[derive(Debug)]
pub(super) struct Schemas<'a> {
    pub(super) root: &'a Value,
}

impl Schemas<'_> {
    fn resolve<'s>(&'s self, mut schema: &'s Value) -> &'s Value {
        for _ in 0..32 {
            let Some(target) = schema.get("$ref").and_then(Value::as_str) else {
                break;
            };
            match self.root.pointer(target.trim_start_matches('#')) {
                Some(resolved) => schema = resolved,
                None => break,
            }
        }
        schema
    }

    pub(super) fn walk(&self, value: &Value, schema: &Value, path: &str) -> Walk {
        let mut walk = Walk::default();
        self.check(value, schema, path, &mut walk);
        walk
    }

    /// `allOf` parts merged into one schema (serde's `flatten`: a page's paging fields
    /// and its items are one object).
    fn merged(&self, schema: &Value) -> Value {
        let schema = self.resolve(schema);
        let Some(parts) = schema.get("allOf").and_then(Value::as_array) else {
            return schema.clone();
        };
        let mut merged = schema.clone();
        if let Some(object) = merged.as_object_mut() {
            object.remove("allOf");
        }
        for part in parts {
            let part = self.merged(part);
            for (name, value) in part.as_object().into_iter().flatten() {
                match (merged.get_mut(name), value) {
                    (Some(Value::Object(into)), Value::Object(more)) => {
                        into.extend(more.iter().map(|(k, v)| (k.clone(), v.clone())));
                    }
                    (Some(Value::Array(into)), Value::Array(more)) => {
                        into.extend(more.iter().cloned())
                    }
                    (Some(_), _) => {}
                    (None, _) => {
                        if let Some(object) = merged.as_object_mut() {
                            object.insert(name.clone(), value.clone());
                        }
                    }
                }
            }
        }
        merged
    }

    fn check(&self, value: &Value, schema: &Value, path: &str, walk: &mut Walk) {
        let merged;
        let schema = if self.resolve(schema).get("allOf").is_some() {
            merged = self.merged(schema);
            &merged
        } else {
            self.resolve(schema)
        };
        let alternatives = schema
            .get("oneOf")
            .or_else(|| schema.get("anyOf"))
            .and_then(Value::as_array);
        if let Some(alternatives) = alternatives {
            self.best_of(value, alternatives, path, walk);
        }
        if let Some(constant) = schema.get("const") {
            if value != constant {
                walk.add(
                    Kind::TypeMismatch,
                    path,
                    format!("expected {constant}, got {value}"),
                    Some(value),
                );
            }
        }
        let Some(types) = types(schema) else { return };
        let sent = json_type(value);
        let fits = types
            .iter()
            .any(|t| *t == sent || (*t == "number" && sent == "integer"));
        if !fits {
            let integral = value.as_f64().is_some_and(|f| f.fract() == 0.0);
            let detail = if types.contains(&"integer") && integral {
                format!("an integer sent as {value} (the SDK accepts it)")
            } else {
                format!("expected {}, got {sent}", types.join(" or "))
            };
            walk.add(Kind::TypeMismatch, path, detail, Some(value));
            return;
        }
        if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
            if !value.is_null() && !allowed.contains(value) {
                walk.add(
                    Kind::UnknownEnumValue,
                    path,
                    format!("{value} is not one of {}", Value::from(allowed.clone())),
                    Some(value),
                );
            }
        }
        match value {
            Value::Array(items) => {
                if let Some(item_schema) = schema.get("items") {
                    let item_path = format!("{path}[]");
                    for item in items {
                        self.check(item, item_schema, &item_path, walk);
                    }
                }
            }
            Value::Object(members) => self.object(members, schema, path, walk),
            _ => {}
        }
    }

    /// The alternative that fits best: the first with no finding, else the one with the
    /// fewest (a value that is not null never takes the `null` alternative).
    fn best_of(&self, value: &Value, alternatives: &[Value], path: &str, walk: &mut Walk) {
        let mut best: Option<Walk> = None;
        for alternative in alternatives {
            let resolved = self.resolve(alternative);
            if !value.is_null() && types(resolved).is_some_and(|t| t == ["null"]) {
                continue;
            }
            let candidate = self.walk(value, alternative, path);
            let better = best
                .as_ref()
                .is_none_or(|b| candidate.found.len() < b.found.len());
            if better {
                let done = candidate.found.is_empty();
                best = Some(candidate);
                if done {
                    break;
                }
            }
        }
        if let Some(best) = best {
            walk.merge(best);
        }
    }

    fn object(
        &self,
        members: &serde_json::Map<String, Value>,
        schema: &Value,
        path: &str,
        walk: &mut Walk,
    ) {
        let properties = schema.get("properties").and_then(Value::as_object);
        let additional = schema.get("additionalProperties").filter(|a| a.is_object());
        if properties.is_none() && additional.is_none() {
            return; // free-form (metadata, tool parameters)
        }
        if let Some(properties) = properties {
            for name in properties.keys() {
                walk.modelled.insert(join(path, name));
            }
        }
        for (name, member) in members {
            let member_path = join(path, name);
            if let Some(member_schema) = properties.and_then(|p| p.get(name)) {
                walk.present.insert(member_path.clone());
                self.check(member, member_schema, &member_path, walk);
            } else if let Some(additional) = additional {
                self.check(member, additional, &join(path, "*"), walk);
            } else {
                walk.add(
                    Kind::UndocumentedField,
                    &member_path,
                    "sent, not modelled by the types".to_owned(),
                    Some(member),
                );
            }
        }
        let required = schema.get("required").and_then(Value::as_array);
        for name in required.into_iter().flatten().filter_map(Value::as_str) {
            if members.get(name).is_none_or(Value::is_null) {
                let detail = if members.contains_key(name) {
                    "null"
                } else {
                    "absent"
                };
                walk.add(
                    Kind::MissingField,
                    &join(path, name),
                    format!("required by the types, {detail}"),
                    None,
                );
            }
        }
    }
}

/// The `type` of a schema as a list, if it names one.
fn types(schema: &Value) -> Option<Vec<&str>> {
    match schema.get("type")? {
        Value::String(one) => Some(vec![one.as_str()]),
        Value::Array(many) => Some(many.iter().filter_map(Value::as_str).collect()),
        _ => None,
    }
}
