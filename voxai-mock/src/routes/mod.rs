//! The `/api/v1` endpoints, one module per section of the reference. A handler extracts
//! its input, calls the store in one transaction and answers; what the request does to
//! the state is in [`crate::store`].

use axum::Router;

use crate::state::App;

mod agents;
mod call_control;
mod knowledge;
mod quota;
mod recordings;
mod rooms;
mod sessions;
mod sip;
mod tokens;
mod webhooks;

pub(crate) use rooms::close_empty_rooms;

/// Every section's routes, relative to `/api/v1`.
pub(crate) fn api() -> Router<App> {
    Router::new()
        .merge(quota::routes())
        .merge(tokens::routes())
        .merge(rooms::routes())
        .merge(agents::routes())
        .merge(sessions::routes())
        .merge(recordings::routes())
        .merge(sip::routes())
        .merge(knowledge::routes())
        .merge(webhooks::routes())
        .merge(call_control::routes())
}
