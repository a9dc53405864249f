//! The OpenAPI document and the monitor schema: committed under `openapi/`, they must be
//! what the types generate, and cover every endpoint of the reference.

#![cfg(feature = "openapi")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;
use std::path::PathBuf;

use serde_json::Value;
use voxai_types::openapi;

fn committed(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../openapi")
        .join(file)
}

/// Pretty JSON with a final newline, as committed.
fn text(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap();
    text.push('\n');
    text
}

#[test]
fn the_committed_documents_are_what_the_types_generate() {
    for (file, generated) in [
        ("voxai.openapi.json", openapi::document()),
        ("monitor.schema.json", openapi::monitor_schema()),
    ] {
        let path = committed(file);
        let generated = text(&generated);
        if std::env::var_os("UPDATE_OPENAPI").is_some() {
            std::fs::write(&path, &generated).unwrap();
        }
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            current == generated,
            "openapi/{file} is stale: run `UPDATE_OPENAPI=1 cargo test -p voxai-types --features openapi --test openapi`"
        );
    }
}

#[test]
fn every_endpoint_of_the_reference_is_an_operation() {
    let document = openapi::document();
    let mut found = BTreeSet::new();
    for (path, item) in document["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            found.insert((method.to_uppercase(), path.clone()));
        }
    }
    let expected: BTreeSet<(String, String)> = voxai_types::ENDPOINTS
        .iter()
        .map(|(method, path)| ((*method).to_owned(), (*path).to_owned()))
        .collect();
    assert_eq!(found, expected);
    assert_eq!(found.len(), 42);
}

/// Every `$ref` of a document points at something it defines.
fn refs_resolve(document: &Value, root: &Value) {
    match document {
        Value::Object(members) => {
            if let Some(Value::String(target)) = members.get("$ref") {
                let pointer = target.strip_prefix('#').unwrap();
                assert!(root.pointer(pointer).is_some(), "dangling {target}");
            }
            members.values().for_each(|v| refs_resolve(v, root));
        }
        Value::Array(items) => items.iter().for_each(|v| refs_resolve(v, root)),
        _ => {}
    }
}

#[test]
fn every_reference_resolves_and_every_example_is_there() {
    let document = openapi::document();
    refs_resolve(&document, &document);
    let monitor = openapi::monitor_schema();
    refs_resolve(&monitor, &monitor);
    // The golden fixtures are the reference's examples; each is attached, none failed to
    // parse (a failure would be `null`).
    let text = serde_json::to_string(&document).unwrap();
    assert!(!text.contains("\"example\":null"));
    assert!(text.matches("\"example\":").count() >= 24);
}

#[test]
fn required_fields_are_identifiers_and_payloads_only() {
    let document = openapi::document();
    let schemas = &document["components"]["schemas"];
    let required = |name: &str| -> BTreeSet<String> {
        schemas[name]["required"]
            .as_array()
            .map(|r| r.iter().map(|v| v.as_str().unwrap().to_owned()).collect())
            .unwrap_or_default()
    };
    // The decoding rule: identifiers and the payload the call exists for.
    assert_eq!(
        required("RoomSummary"),
        ["fullName", "name"].map(String::from).into()
    );
    assert_eq!(
        required("SearchResponse"),
        ["results"].map(String::from).into()
    );
    assert_eq!(
        required("Ack"),
        BTreeSet::new(),
        "`success` is never required"
    );
    assert_eq!(
        required("ErrorBody"),
        ["code", "error"].map(String::from).into()
    );
}
