//! What a cassette never holds: API keys, tokens and secrets are replaced by
//! [`REDACTED`] before anything is written.

use serde_json::Value;

/// What a secret is replaced by.
pub const REDACTED: &str = "[redacted]";

/// Whether a JSON member or query parameter of this name holds a secret.
pub fn is_secret_name(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    matches!(
        name.as_str(),
        "token" | "api_key" | "apikey" | "x-api-key" | "secret" | "password" | "authorization"
    ) || name.ends_with("_secret")
        || name.ends_with("_token")
        || name.ends_with("secret")
}

/// Replaces every string (or number) under a secret-named member, at any depth.
/// Returns whether anything was replaced.
pub fn json(value: &mut Value) -> bool {
    match value {
        Value::Object(map) => {
            let mut changed = false;
            for (name, member) in map.iter_mut() {
                if is_secret_name(name) && !member.is_null() && !member.is_object() {
                    *member = Value::String(REDACTED.to_owned());
                    changed = true;
                } else {
                    changed |= json(member);
                }
            }
            changed
        }
        Value::Array(items) => items
            .iter_mut()
            .fold(false, |changed, item| json(item) | changed),
        _ => false,
    }
}

/// A query string with the values of secret-named parameters replaced.
pub fn query(query: &str) -> String {
    query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((name, _)) if is_secret_name(name) => format!("{name}={REDACTED}"),
            _ => pair.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// A text frame or body with secrets redacted, when it is JSON; other text as it is.
pub fn text(text: &str) -> String {
    let Ok(mut value) = serde_json::from_str::<Value>(text) else {
        return text.to_owned();
    };
    if json(&mut value) {
        value.to_string()
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn secrets_are_replaced_at_any_depth() {
        let mut body = json!({"token": "eyJ", "call": {"room": "r", "webhook_secret": "whsec"},
                              "list": [{"api_key": "pk_1"}], "grants": {"roomJoin": true}});
        assert!(super::json(&mut body));
        assert_eq!(
            body,
            json!({"token": "[redacted]", "call": {"room": "r", "webhook_secret": "[redacted]"},
                   "list": [{"api_key": "[redacted]"}], "grants": {"roomJoin": true}})
        );
        assert_eq!(
            super::query("a=1&api_key=pk_x&b=2"),
            "a=1&api_key=[redacted]&b=2"
        );
        assert_eq!(super::text("not json pk_x"), "not json pk_x");
    }
}
