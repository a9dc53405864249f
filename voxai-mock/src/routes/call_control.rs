//! Call control (reference section 14): data messages, participant updates, muting.

use axum::extract::State;
use axum::routing::post;
use axum::{Json, Router};
use voxai_types::Ack;
use voxai_types::call_control::{
    MuteRequest, MuteResponse, SendDataRequest, UpdateParticipantRequest, UpdateParticipantResponse,
};
use voxai_types::rooms::TrackType;

use crate::caller::Caller;
use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiJson, ApiPath};
use crate::state::App;

pub(crate) fn routes() -> Router<App> {
    Router::new()
        .route("/rooms/{room}/send-data", post(send_data))
        .route("/rooms/{room}/participants/{identity}", post(update))
        .route("/rooms/{room}/participants/{identity}/mute", post(mute))
}

async fn send_data(
    State(app): State<App>,
    caller: Caller,
    ApiPath(room): ApiPath<String>,
    ApiJson(request): ApiJson<SendDataRequest>,
) -> ApiResult<Json<Ack>> {
    let mut store = app.store();
    let room = store.caller(caller)?.active_room(&room)?;
    let recipients = match &request.destination_identities {
        Some(identities) => {
            if identities.is_empty() {
                return Err(ApiError::invalid(
                    "destination_identities",
                    "must name at least one participant, or be left out to broadcast",
                ));
            }
            if let Some(missing) = identities
                .iter()
                .find(|id| !room.participants.iter().any(|p| &p.identity == *id))
            {
                return Err(ApiError::not_found(format!(
                    "participant {missing:?} is not in room {:?}",
                    room.name
                )));
            }
            identities.len()
        }
        None => room.participants.len(),
    };
    Ok(Json(Ack::with_message(format!(
        "Data sent to {recipients} participant(s)"
    ))))
}

async fn update(
    State(app): State<App>,
    caller: Caller,
    ApiPath((room, identity)): ApiPath<(String, String)>,
    ApiJson(request): ApiJson<UpdateParticipantRequest>,
) -> ApiResult<Json<UpdateParticipantResponse>> {
    if request.is_empty() {
        return Err(ApiError::bad_request(
            "set at least one of metadata, permission or name",
        ));
    }
    let mut store = app.store();
    let participant = store
        .caller(caller)?
        .active_room(&room)?
        .participant_mut(&identity)?;
    if let Some(metadata) = request.metadata {
        participant.metadata = Some(metadata);
    }
    if let Some(name) = request.name {
        participant.name = Some(name);
    }
    if let Some(change) = request.permission {
        let permission = participant.permission.get_or_insert(
            voxai_types::rooms::ParticipantPermission::builder()
                .can_publish(true)
                .can_subscribe(true)
                .build(),
        );
        permission.can_publish = change.can_publish.or(permission.can_publish);
        permission.can_subscribe = change.can_subscribe.or(permission.can_subscribe);
    }
    Ok(Json(
        UpdateParticipantResponse::builder()
            .participant(participant.clone())
            .build(),
    ))
}

async fn mute(
    State(app): State<App>,
    caller: Caller,
    ApiPath((room, identity)): ApiPath<(String, String)>,
    ApiJson(request): ApiJson<MuteRequest>,
) -> ApiResult<Json<MuteResponse>> {
    let mut store = app.store();
    let participant = store
        .caller(caller)?
        .active_room(&room)?
        .participant_mut(&identity)?;
    let tracks = participant.tracks.get_or_insert_with(Vec::new);
    let track = match &request.track_sid {
        Some(sid) => tracks
            .iter_mut()
            .find(|t| &t.sid == sid)
            .ok_or_else(|| ApiError::not_found(format!("{identity:?} has no track {sid:?}")))?,
        None => tracks
            .iter_mut()
            .find(|t| t.kind == Some(TrackType::Audio))
            .ok_or_else(|| ApiError::not_found(format!("{identity:?} has no audio track")))?,
    };
    track.muted = Some(request.muted);
    Ok(Json(
        MuteResponse::builder()
            .track_sid(track.sid.clone())
            .maybe_muted(track.muted)
            .build(),
    ))
}
