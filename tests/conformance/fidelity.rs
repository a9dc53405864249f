//! The reference server sends every field the reference shows, `null` when empty, and
//! refuses wrong types everywhere alike.

use reqwest::Method;
use serde_json::{Value, json};

use crate::target::{Target, assert_error};

async fn get(target: &Target, path: &str) -> Value {
    let response = target.raw(Method::GET, path).send().await.unwrap();
    assert!(response.status().is_success(), "{path}");
    response.json().await.unwrap()
}

fn assert_present(object: &Value, fields: &[&str], what: &str) {
    for field in fields {
        assert!(
            object.get(*field).is_some(),
            "{what}: `{field}` is missing in {object}"
        );
    }
}

#[tokio::test]
#[cfg_attr(
    any(deployment, minimal),
    ignore = "needs what only the reference server's full mode sends"
)]
async fn fields_the_reference_shows_are_sent_as_null_when_empty() {
    let target = Target::mock().await;
    // A knowledge base with no description, never indexed.
    let created = target
        .raw(Method::POST, "/knowledge-bases")
        .json(&json!({"name": "Bare"}))
        .send()
        .await
        .unwrap();
    let created: Value = created.json().await.unwrap();
    let id = created["knowledge_base"]["id"].as_u64().unwrap();
    let detail = get(&target, &format!("/knowledge-bases/{id}")).await;
    let kb = &detail["knowledge_base"];
    assert_present(
        kb,
        &[
            "id",
            "name",
            "description",
            "chunk_size",
            "chunk_overlap",
            "chunk_count",
            "total_chars",
            "indexing_status",
            "last_indexed_at",
            "created_at",
        ],
        "knowledge base detail",
    );
    assert_eq!(
        (&kb["description"], &kb["last_indexed_at"]),
        (&Value::Null, &Value::Null)
    );
    let list = get(&target, "/knowledge-bases").await;
    assert_present(
        &list["knowledge_bases"][0],
        &["id", "name", "description", "chunk_count", "created_at"],
        "knowledge base list",
    );

    // A session without an agent.
    target
        .raw(Method::POST, "/rooms")
        .json(&json!({"name": "plain"}))
        .send()
        .await
        .unwrap();
    let session: Value = target
        .raw(Method::POST, "/sessions")
        .json(&json!({"room_name": "proj_plain"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let session_id = session["session"]["id"].as_u64().unwrap();
    let detail = get(&target, &format!("/sessions/{session_id}/detail")).await;
    assert_present(
        &detail["session"],
        &[
            "id",
            "room_name",
            "agent_name",
            "llm_provider",
            "llm_model",
            "status",
            "duration_seconds",
            "message_count",
            "started_at",
        ],
        "session detail",
    );
    assert_eq!(detail["session"]["agent_name"], Value::Null);
    assert_eq!(detail["session"]["llm_model"], Value::Null);
    let list = get(&target, "/sessions").await;
    assert_present(
        &list["sessions"][0],
        &[
            "id",
            "room_name",
            "agent_name",
            "status",
            "session_type",
            "duration",
            "message_count",
            "started_at",
            "ended_at",
        ],
        "session list",
    );
    assert_eq!(list["sessions"][0]["ended_at"], Value::Null);
}

#[tokio::test]
async fn a_webhook_test_payload_must_be_an_object() {
    let target = Target::start().await;
    for payload in [json!("text"), json!([1, 2]), json!(3)] {
        let response = target
            .raw(Method::POST, "/webhooks/test")
            .json(&json!({"payload": payload}))
            .send()
            .await
            .unwrap();
        let body = assert_error(response, 400, "INVALID_REQUEST").await;
        assert!(
            body["error"].as_str().unwrap().contains("payload"),
            "{body}"
        );
    }
}
