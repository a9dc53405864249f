//! The OpenAPI document against the server it describes, and what schemathesis found in
//! the reference server (`scripts/schemathesis`), each kept here as a regression test.

use reqwest::Method;
use serde_json::{Value, json};

use crate::target::{Target, assert_error};

/// The reference server serves the document the types generate, which is the one
/// committed under `openapi/` (voxai-types' own test holds that).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn the_reference_server_serves_the_document() {
    let target = Target::mock().await;
    for (path, generated) in [
        ("/openapi.json", voxai_types::openapi::document()),
        (
            "/monitor.schema.json",
            voxai_types::openapi::monitor_schema(),
        ),
    ] {
        let served: Value = target.control().get(path).await.unwrap();
        assert_eq!(served, generated, "{path}");
    }
}

/// Every status an operation answered here is one its document lists.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn documented_statuses_cover_what_the_server_answers() {
    let target = Target::mock().await;
    let document = voxai_types::openapi::document();
    let documented = |method: &str, path: &str, status: u16| {
        document["paths"][path][method]["responses"]
            .get(status.to_string())
            .is_some()
    };
    let cases: [(Method, &str, &str, Option<Value>); 7] = [
        // A malformed id in the path: 400 (found: undocumented).
        (
            Method::GET,
            "/recordings/null,null",
            "/recordings/{recordingId}",
            None,
        ),
        // A duplicate knowledge base name: 409 (found: undocumented).
        (
            Method::POST,
            "/knowledge-bases",
            "/knowledge-bases",
            Some(json!({"name": "twice"})),
        ),
        // Closing a closed room: 409 (found: undocumented).
        (Method::DELETE, "/rooms/closing", "/rooms/{roomName}", None),
        // Dialling into a room that exists: 409 (found: undocumented).
        (
            Method::POST,
            "/sip/dial",
            "/sip/dial",
            Some(json!({"phone_number": "+18001234567", "room_name": "taken"})),
        ),
        // Muting in a closed room: 409 (found: undocumented).
        (
            Method::POST,
            "/rooms/closing/participants/someone/mute",
            "/rooms/{roomName}/participants/{identity}/mute",
            Some(json!({"muted": true})),
        ),
        // Kicking from a closed room: 409 (found: undocumented).
        (
            Method::POST,
            "/rooms/closing/kick/someone",
            "/rooms/{roomName}/kick/{identity}",
            None,
        ),
        // A room name LiveKit would not take: 400.
        (
            Method::GET,
            "/rooms/not%20a%20name",
            "/rooms/{roomName}",
            None,
        ),
    ];
    for (method, path, body) in [
        (Method::POST, "/knowledge-bases", json!({"name": "twice"})),
        (Method::POST, "/rooms", json!({"name": "closing"})),
        (Method::POST, "/rooms", json!({"name": "taken"})),
    ] {
        let status = target
            .raw(method, path)
            .json(&body)
            .send()
            .await
            .unwrap()
            .status();
        assert!(status.is_success(), "{path}: {status}");
    }
    let closed = target
        .raw(Method::DELETE, "/rooms/closing")
        .send()
        .await
        .unwrap();
    assert!(closed.status().is_success());
    for (method, path, template, body) in cases {
        let mut request = target.raw(method.clone(), path);
        if let Some(body) = body {
            request = request.json(&body);
        }
        let status = request.send().await.unwrap().status().as_u16();
        assert!(status >= 400, "{method} {path}: {status}");
        assert!(
            documented(&method.as_str().to_lowercase(), template, status),
            "{method} {path} answered {status}, which {template} does not document"
        );
    }
}

/// A body that is not a JSON object is refused (found: `[null, null]` was read as an
/// empty `POST /webhooks/test`, since serde reads a struct from an array).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn a_body_must_be_a_json_object() {
    let target = Target::mock().await;
    for body in ["[null, null]", "[]", "\"text\"", "42", "null"] {
        let response = target
            .raw(Method::POST, "/webhooks/test")
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        let error = assert_error(response, 400, "INVALID_REQUEST").await;
        assert!(
            error["error"].as_str().unwrap().contains("JSON object"),
            "{body}: {error}"
        );
    }
}

/// An integer written as an integral float (`10.0`, as some JSON encoders write every
/// number) is taken in request bodies, as the schema's `integer` allows (found:
/// `max_participants: 44768941.0` refused).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn integral_floats_are_integers_in_requests() {
    let target = Target::mock().await;
    let room = target
        .raw(Method::POST, "/rooms")
        .json(&json!({"name": "floats", "max_participants": 10.0, "empty_timeout": 600.0}))
        .send()
        .await
        .unwrap();
    assert_eq!(room.status(), 200);
    let room: Value = room.json().await.unwrap();
    if target.echoes() {
        assert_eq!(room["room"]["maxParticipants"], 10, "{room}");
    }
    let kb = target
        .raw(Method::POST, "/knowledge-bases")
        .json(&json!({"name": "floats", "chunk_size": 279.0, "chunk_overlap": 0.0}))
        .send()
        .await
        .unwrap();
    assert_eq!(kb.status(), 200);
    let token = target
        .raw(Method::POST, "/token")
        .json(&json!({"identity": "a", "room": "floats", "agent_config_ids": [1.0]}))
        .send()
        .await
        .unwrap();
    assert_eq!(token.status(), 200);
    // A fraction is still refused, naming the field.
    let fraction = target
        .raw(Method::POST, "/rooms")
        .json(&json!({"name": "fraction", "max_participants": 1.5}))
        .send()
        .await
        .unwrap();
    let error = assert_error(fraction, 400, "INVALID_REQUEST").await;
    assert_eq!(error["details"]["field"], "max_participants", "{error}");
}

/// A list filter with a value the API does not document is refused, instead of matching
/// nothing (found: `GET /recordings?status=null` answered an empty page).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(
    deployment,
    ignore = "needs the reference server (fixtures or control plane)"
)]
async fn unknown_filter_values_are_refused() {
    let target = Target::mock().await;
    for (path, field) in [
        ("/recordings?status=null", "status"),
        ("/sessions?status=done", "status"),
        ("/sessions?session_type=fax", "session_type"),
    ] {
        let response = target.raw(Method::GET, path).send().await.unwrap();
        let error = assert_error(response, 400, "INVALID_REQUEST").await;
        assert_eq!(error["details"]["field"], field, "{path}: {error}");
    }
    // The documented values still filter.
    let ok = target
        .raw(Method::GET, "/recordings?status=completed")
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 200);
}

/// What the document says of the server's own checks (found by schemathesis as requests
/// the schema allowed and the server refused).
#[test]
fn the_document_states_the_servers_checks() {
    let document = voxai_types::openapi::document();
    let schemas = &document["components"]["schemas"];
    let query = |path: &str, name: &str| -> Value {
        document["paths"][path]["get"]["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .unwrap()["schema"]
            .clone()
    };
    // Pages from 1; at most 100 per page; the whole u32 range (not int32's).
    let page = query("/sessions", "page");
    assert_eq!(
        (page["minimum"].clone(), page["maximum"].clone()),
        (json!(1), json!(u32::MAX))
    );
    assert_eq!(query("/recordings", "per_page")["maximum"], 100);
    assert_eq!(query("/sessions", "from")["anyOf"][0]["format"], "date");
    // Names, numbers, texts.
    assert!(schemas["CreateRoomRequest"]["properties"]["name"]["pattern"].is_string());
    assert!(schemas["DialRequest"]["properties"]["phone_number"]["pattern"].is_string());
    assert_eq!(
        schemas["SearchRequest"]["properties"]["top_k"]["maximum"],
        50
    );
    assert_eq!(
        schemas["CreateKnowledgeBaseRequest"]["properties"]["chunk_size"]["minimum"],
        20
    );
    // Across fields: at least one change; only LiveKit's grants.
    assert!(schemas["UpdateParticipantRequest"]["anyOf"].is_array());
    assert_eq!(
        schemas["TokenRequest"]["properties"]["grants"]["additionalProperties"],
        false
    );
}
