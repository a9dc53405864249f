//! Rooms (reference section 6): the room lifecycle and who is in each room.

use axum::extract::State;
use axum::routing::{get, post};
use axum::{Json, Router};
use voxai_types::Ack;
use voxai_types::rooms::{
    CreateRoomRequest, CreateRoomResponse, CreatedRoom, ListParticipantsResponse,
    ListRoomsResponse, RoomDetailResponse,
};

use crate::caller::Caller;
use crate::error::ApiResult;
use crate::extract::{ApiJson, ApiPath};
use crate::state::App;
use crate::store::Room;

pub(crate) fn routes() -> Router<App> {
    Router::new()
        .route("/rooms", get(list).post(create))
        .route("/rooms/{room}", get(detail).delete(close_room))
        .route("/rooms/{room}/participants", get(participants))
        .route("/rooms/{room}/kick/{identity}", post(kick))
}

async fn create(
    State(app): State<App>,
    caller: Caller,
    ApiJson(request): ApiJson<CreateRoomRequest>,
) -> ApiResult<Json<CreateRoomResponse>> {
    let room = app.in_project(caller, |project, out| project.open_room(&request, out))?;
    Ok(Json(
        CreateRoomResponse::builder()
            .success(true)
            .room(
                CreatedRoom::builder()
                    .name(room.name)
                    .full_name(room.full_name)
                    .sid(room.sid)
                    .empty_timeout(room.empty_timeout)
                    .max_participants(room.max_participants)
                    .creation_time(room.created_at)
                    .maybe_metadata(room.metadata)
                    .build(),
            )
            .build(),
    ))
}

async fn list(State(app): State<App>, caller: Caller) -> ApiResult<Json<ListRoomsResponse>> {
    let mut store = app.store();
    let project = store.caller(caller)?;
    let rooms = project
        .rooms
        .values()
        .filter(|r| r.is_active())
        .map(Room::summary)
        .collect();
    Ok(Json(ListRoomsResponse::builder().rooms(rooms).build()))
}

async fn detail(
    State(app): State<App>,
    caller: Caller,
    ApiPath(room): ApiPath<String>,
) -> ApiResult<Json<RoomDetailResponse>> {
    let mut store = app.store();
    let room = store.caller(caller)?.known_room(&room)?;
    Ok(Json(
        RoomDetailResponse::builder().room(room.detail()).build(),
    ))
}

async fn participants(
    State(app): State<App>,
    caller: Caller,
    ApiPath(room): ApiPath<String>,
) -> ApiResult<Json<ListParticipantsResponse>> {
    let mut store = app.store();
    let room = store.caller(caller)?.known_room(&room)?;
    Ok(Json(
        ListParticipantsResponse::builder()
            .participants(room.participants.clone())
            .build(),
    ))
}

async fn close_room(
    State(app): State<App>,
    caller: Caller,
    ApiPath(room): ApiPath<String>,
) -> ApiResult<Json<Ack>> {
    app.in_project(caller, |project, out| {
        project.known_room(&room)?;
        project.close_room(&room, out)
    })?;
    Ok(Json(Ack::with_message("Room closed")))
}

async fn kick(
    State(app): State<App>,
    caller: Caller,
    ApiPath((room, identity)): ApiPath<(String, String)>,
) -> ApiResult<Json<Ack>> {
    app.in_project(caller, |project, out| {
        project.leave(&room, &identity, "kicked", out)
    })?;
    Ok(Json(Ack::with_message(format!(
        "{identity} removed from {room}"
    ))))
}

/// Closes rooms that stayed empty for their `empty_timeout`, as LiveKit does, once a
/// second until the server shuts down.
pub(crate) async fn close_empty_rooms(app: App) {
    loop {
        tokio::select! {
            () = app.shutdown.cancelled() => return,
            () = tokio::time::sleep(std::time::Duration::from_secs(1)) => {}
        }
        let _ = app.transaction(|store, out| {
            store.close_expired_rooms(out);
            Ok(())
        });
    }
}
