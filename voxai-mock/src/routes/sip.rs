//! SIP telephony (reference section 10): outbound calls, inbound calls, call status.

use axum::extract::State;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::json;
use voxai_types::sip::{
    DialRequest, DialResponse, ListSipConfigsResponse, ListTrunksResponse, is_e164,
};

use crate::caller::Caller;
use crate::error::{ApiError, ApiResult};
use crate::extract::ApiJson;
use crate::routes::tokens;
use crate::state::App;
use crate::store::validate_room_name;

pub(crate) fn routes() -> Router<App> {
    Router::new()
        .route("/sip/dial", post(dial))
        .route("/sip/trunks", get(trunks))
        .route("/sip/configs", get(configs))
}

async fn dial(
    State(app): State<App>,
    caller: Caller,
    ApiJson(request): ApiJson<DialRequest>,
) -> ApiResult<Json<DialResponse>> {
    validate_dial(&request)?;
    let call = app.in_project(caller, |project, out| project.place_call(&request, out))?;
    let token = tokens::mint(
        &app.settings.livekit,
        "operator",
        call.full_room_name.as_str(),
        None,
        &json!({}),
    )?;
    Ok(Json(
        DialResponse::builder()
            .success(true)
            .call(call)
            .token(token)
            .ws_url(app.settings.livekit.url.clone())
            .build(),
    ))
}

/// The numbers in E.164 and the room name, if given, valid.
fn validate_dial(request: &DialRequest) -> ApiResult<()> {
    if !is_e164(&request.phone_number) {
        return Err(ApiError::invalid(
            "phone_number",
            "must be an E.164 number such as +17751234567",
        ));
    }
    if let Some(caller_id) = &request.caller_id {
        if !is_e164(caller_id) {
            return Err(ApiError::invalid(
                "caller_id",
                "must be an E.164 number such as +18001234567",
            ));
        }
    }
    if let Some(room) = &request.room_name {
        validate_room_name("room_name", room.as_str())?;
    }
    Ok(())
}

async fn trunks(State(app): State<App>, caller: Caller) -> ApiResult<Json<ListTrunksResponse>> {
    let mut store = app.store();
    Ok(Json(
        ListTrunksResponse::builder()
            .trunks(store.caller(caller)?.fixture.sip_trunks.clone())
            .build(),
    ))
}

async fn configs(
    State(app): State<App>,
    caller: Caller,
) -> ApiResult<Json<ListSipConfigsResponse>> {
    let mut store = app.store();
    Ok(Json(
        ListSipConfigsResponse::builder()
            .configs(store.caller(caller)?.fixture.sip_configs.clone())
            .build(),
    ))
}
