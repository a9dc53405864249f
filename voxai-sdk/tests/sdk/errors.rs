use serde_json::json;
use voxai_sdk::Error;
use voxai_sdk::types::ErrorCode;
use wiremock::ResponseTemplate;

use crate::common::{api, json as respond, setup};

/// Every documented (status, code) pair arrives as `Error::Api` with all it said.
#[tokio::test]
async fn every_documented_error_code() {
    let cases = [
        (400, "INVALID_REQUEST", ErrorCode::InvalidRequest),
        (401, "UNAUTHORIZED", ErrorCode::Unauthorized),
        (403, "FORBIDDEN", ErrorCode::Forbidden),
        (404, "NOT_FOUND", ErrorCode::NotFound),
        (409, "CONFLICT", ErrorCode::Conflict),
        (429, "QUOTA_EXCEEDED", ErrorCode::QuotaExceeded),
        (429, "RATE_LIMITED", ErrorCode::RateLimited),
        (500, "INTERNAL_ERROR", ErrorCode::InternalError),
    ];
    for (status, wire, code) in cases {
        let (server, client) = setup().await;
        api("GET", "/agents")
            .respond_with(respond(status, json!({"error": format!("{wire} happened"), "code": wire, "details": {"field": "x"}})))
            .mount(&server)
            .await;
        let err = client.agents().list().await.unwrap_err();
        let api_err = err.api().unwrap_or_else(|| panic!("{wire}: {err:?}"));
        assert_eq!(api_err.status, status);
        assert_eq!(api_err.code, code);
        assert_eq!(err.code(), Some(&code));
        assert_eq!(api_err.message, format!("{wire} happened"));
        assert_eq!(api_err.details, Some(json!({"field": "x"})));
        assert_eq!(err.rate_limit().map(|r| r.limit), Some(300));
        assert_eq!(code.http_status(), Some(status));
        assert!(err.to_string().contains(wire), "{err}");
        let retryable = matches!(wire, "RATE_LIMITED" | "INTERNAL_ERROR");
        assert_eq!(err.is_retryable(), retryable, "{wire}");
    }
}

#[tokio::test]
async fn rate_limited_body_and_header() {
    let (server, client) = setup().await;
    api("GET", "/rooms")
        .respond_with(
            respond(429, json!({"error": "Rate limit exceeded", "code": "RATE_LIMITED", "limit": 60, "remaining": 0, "retry_after": 12}))
                .insert_header("Retry-After", "12"),
        )
        .mount(&server)
        .await;
    let err = client.rooms().list().await.unwrap_err();
    assert_eq!(err.retry_after(), Some(std::time::Duration::from_secs(12)));
    let body = err.api().unwrap().body.as_ref().unwrap();
    assert_eq!(
        (body.limit, body.remaining, body.retry_after),
        (Some(60), Some(0), Some(12))
    );
}

#[tokio::test]
async fn quota_exceeded_details() {
    let (server, client) = setup().await;
    api("POST", "/rooms")
        .respond_with(respond(429, json!({"error": "Room quota reached", "code": "QUOTA_EXCEEDED",
            "details": {"resource": "rooms", "limit": 5, "used": 5, "upgrade_url": "https://voxai.ai0.dev/billing"}})))
        .mount(&server)
        .await;
    let err = client.rooms().create("r").await.unwrap_err();
    let details = err
        .api()
        .unwrap()
        .body
        .as_ref()
        .unwrap()
        .quota_details()
        .unwrap();
    assert_eq!(
        (details.resource.as_str(), details.limit, details.used),
        ("rooms", 5, 5)
    );
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn unknown_codes_are_kept() {
    let (server, client) = setup().await;
    api("GET", "/agents")
        .respond_with(respond(
            402,
            json!({"error": "Pay up", "code": "PAYMENT_REQUIRED"}),
        ))
        .mount(&server)
        .await;
    let err = client.agents().list().await.unwrap_err();
    assert_eq!(
        err.code(),
        Some(&ErrorCode::Unknown("PAYMENT_REQUIRED".into()))
    );
}

#[tokio::test]
async fn an_error_body_that_is_not_an_envelope() {
    let (server, client) = setup().await;
    api("GET", "/agents")
        .respond_with(
            ResponseTemplate::new(502).set_body_raw("<html>Bad gateway</html>", "text/html"),
        )
        .mount(&server)
        .await;
    let err = client.agents().list().await.unwrap_err();
    let api_err = err.api().unwrap();
    assert_eq!(api_err.status, 502);
    assert_eq!(api_err.code, ErrorCode::Unknown("HTTP_502".into()));
    assert!(api_err.message.contains("Bad gateway"));
    assert!(api_err.body.is_none());
    assert!(err.is_retryable());
}

#[tokio::test]
async fn a_malformed_success_body_is_a_decode_error_with_a_snippet() {
    let (server, client) = setup().await;
    api("GET", "/agents")
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_raw("{\"agents\": [{\"id\": \"one\"", "application/json"),
        )
        .mount(&server)
        .await;
    let err = client.agents().list().await.unwrap_err();
    match &err {
        Error::Decode {
            status, snippet, ..
        } => {
            assert_eq!(*status, 200);
            assert!(snippet.starts_with("{\"agents\""));
        }
        other => panic!("{other:?}"),
    }
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn a_wrong_shape_is_a_decode_error() {
    let (server, client) = setup().await;
    api("GET", "/quota")
        .respond_with(respond(200, json!({"plan": 3})))
        .mount(&server)
        .await;
    assert!(matches!(
        client.quota().await.unwrap_err(),
        Error::Decode { .. }
    ));
}

#[tokio::test]
async fn a_decode_error_names_the_field_that_did_not_fit() {
    let (server, client) = setup().await;
    api("GET", "/rooms")
        .respond_with(respond(
            200,
            json!({"rooms": [{"name": "a", "fullName": "proj_a", "numParticipants": 1.5}]}),
        ))
        .mount(&server)
        .await;
    let err = client.rooms().list().await.unwrap_err();
    match &err {
        Error::Decode { status, path, .. } => {
            assert_eq!(*status, 200);
            assert_eq!(path.as_deref(), Some("rooms[0].numParticipants"));
        }
        other => panic!("{other:?}"),
    }
    assert!(
        err.to_string().contains("at `rooms[0].numParticipants`"),
        "{err}"
    );
}

#[tokio::test]
async fn an_empty_2xx_body_acknowledges() {
    let (server, client) = setup().await;
    api("POST", "/sessions/proj_a/end")
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let ended = client
        .sessions()
        .end("proj_a", Default::default())
        .await
        .unwrap();
    assert!(ended.success);
    assert!(ended.session.is_none());
}
