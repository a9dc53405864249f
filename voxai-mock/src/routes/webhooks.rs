//! Webhooks (reference section 12): the test endpoint.

use axum::extract::State;
use axum::routing::post;
use axum::{Json, Router};
use voxai_types::webhooks::{
    MAX_BODY_BYTES, TestWebhookRequest, TestWebhookResponse, WebhookData, WebhookEventType,
};

use crate::caller::Caller;
use crate::error::{ApiError, ApiResult};
use crate::events::{Event, EventKind};
use crate::extract::ApiJson;
use crate::state::App;
use crate::store::IdKind;

/// Bytes of a delivery's body kept for the envelope around a test payload.
const ENVELOPE_ROOM: usize = 256;

pub(crate) fn routes() -> Router<App> {
    Router::new().route("/webhooks/test", post(test))
}

async fn test(
    State(app): State<App>,
    caller: Caller,
    ApiJson(request): ApiJson<TestWebhookRequest>,
) -> ApiResult<Json<TestWebhookResponse>> {
    let event_type = request.event_type.unwrap_or(WebhookEventType::Test);
    if let WebhookEventType::Unknown(other) = &event_type {
        return Err(ApiError::invalid(
            "event_type",
            format!("{other:?} is not a webhook event type"),
        ));
    }
    let payload = serde_json::Value::Object(request.payload.unwrap_or_default());
    // Room for the envelope around it, so the delivery stays within what receivers take.
    let size = serde_json::to_vec(&payload).map_or(usize::MAX, |body| body.len());
    if size + ENVELOPE_ROOM > MAX_BODY_BYTES {
        return Err(ApiError::invalid(
            "payload",
            format!(
                "is {size} bytes; a delivery holds at most {MAX_BODY_BYTES} bytes, the payload \
                 at most {} of them",
                MAX_BODY_BYTES - ENVELOPE_ROOM
            ),
        ));
    }
    let (project_id, endpoints, event_id) = {
        let mut store = app.store();
        let project = store.caller(caller)?;
        let endpoints = project.fixture.webhooks.iter().filter(|w| w.active).count();
        (
            project.id(),
            endpoints,
            format!("evt_{}", project.ids.next(IdKind::Event)),
        )
    };
    app.emit(Event {
        project_id,
        kind: EventKind::Webhook {
            data: WebhookData::from_parts(&event_type, payload.clone()),
            event_id: Some(event_id.clone()),
            raw: Some(payload),
        },
    });
    Ok(Json(
        TestWebhookResponse::builder()
            .event_id(event_id)
            .endpoints(u32::try_from(endpoints).unwrap_or(u32::MAX))
            .build(),
    ))
}
