//! The ways a real server's body may differ from ours, applied one field at a time.

use std::fmt;

use serde_json::{Value, json};

/// One change to a body; paths read like `rooms[0].fullName`.
#[derive(Debug, Clone)]
pub enum Mutation {
    /// An unknown member added to the object at this path (`.` is the root).
    Added(String),
    /// The string at this path replaced by a value nobody knows.
    Restrung(String),
    /// The member at this path set to `null`.
    Nulled(String),
    /// The member at this path left out.
    Removed(String),
    /// The integer at this path written as a float.
    Floated(String),
    /// The whole body replaced by `{"success": true}` (endpoints the reference shows no
    /// body for).
    Acknowledged,
}

impl fmt::Display for Mutation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Added(p) => write!(f, "unknown member added at {p}"),
            Self::Restrung(p) => write!(f, "new string value at {p}"),
            Self::Nulled(p) => write!(f, "{p} set to null"),
            Self::Removed(p) => write!(f, "{p} removed"),
            Self::Floated(p) => write!(f, "{p} written as a float"),
            Self::Acknowledged => f.write_str("body replaced by {\"success\": true}"),
        }
    }
}

/// Where a value sits: the JSON Pointer to reach it and the path to show.
#[derive(Clone)]
struct At {
    pointer: String,
    shown: String,
}

impl At {
    fn root() -> Self {
        Self {
            pointer: String::new(),
            shown: String::new(),
        }
    }

    fn key(&self, key: &str) -> Self {
        let escaped = key.replace('~', "~0").replace('/', "~1");
        Self {
            pointer: format!("{}/{escaped}", self.pointer),
            shown: if self.shown.is_empty() {
                key.to_owned()
            } else {
                format!("{}.{key}", self.shown)
            },
        }
    }

    fn index(&self, index: usize) -> Self {
        Self {
            pointer: format!("{}/{index}", self.pointer),
            shown: format!("{}[{index}]", self.shown),
        }
    }

    fn shown(&self) -> String {
        if self.shown.is_empty() {
            ".".to_owned()
        } else {
            self.shown.clone()
        }
    }
}

/// Every mutation of `body`, each with the body it gives.
pub fn mutations(body: &Value, undocumented: bool) -> Vec<(Mutation, Value)> {
    let mut out = Vec::new();
    walk(body, body, &At::root(), &mut out);
    if undocumented {
        out.push((Mutation::Acknowledged, json!({"success": true})));
        out.push((Mutation::Acknowledged, json!({})));
        out.push((Mutation::Acknowledged, Value::Null));
    }
    out
}

fn edited(root: &Value, at: &At, edit: impl FnOnce(&mut Value)) -> Value {
    let mut copy = root.clone();
    if let Some(target) = copy.pointer_mut(&at.pointer) {
        edit(target);
    }
    copy
}

fn walk(root: &Value, value: &Value, at: &At, out: &mut Vec<(Mutation, Value)>) {
    match value {
        Value::Object(members) => {
            out.push((
                Mutation::Added(at.shown()),
                edited(root, at, |v| {
                    if let Some(object) = v.as_object_mut() {
                        object.insert("zz_drift".into(), json!({"nested": [1, "two", null]}));
                    }
                }),
            ));
            for (key, member) in members {
                let inner = at.key(key);
                out.push((
                    Mutation::Nulled(inner.shown()),
                    edited(root, &inner, |v| *v = Value::Null),
                ));
                out.push((
                    Mutation::Removed(inner.shown()),
                    edited(root, at, |v| {
                        if let Some(object) = v.as_object_mut() {
                            object.remove(key);
                        }
                    }),
                ));
                walk(root, member, &inner, out);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                walk(root, item, &at.index(index), out);
            }
        }
        Value::String(_) => out.push((
            Mutation::Restrung(at.shown()),
            edited(root, at, |v| *v = json!("zz-drift-value")),
        )),
        Value::Number(n) if n.is_i64() || n.is_u64() => {
            let float = n.as_f64().unwrap_or_default();
            out.push((
                Mutation::Floated(at.shown()),
                edited(root, at, |v| *v = json!(float)),
            ));
        }
        _ => {}
    }
}
