//! Tokens (reference section 5): real LiveKit access tokens, and agent dispatch.

use axum::extract::State;
use axum::routing::post;
use axum::{Json, Router};
use jsonwebtoken::{EncodingKey, Header};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use voxai_types::quota::QuotaResource;
use voxai_types::tokens::{TokenRequest, TokenResponse};

use crate::caller::Caller;
use crate::clock;
use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiJson, decode_json};
use crate::fixtures::LivekitConfig;
use crate::state::App;
use crate::store::validate_room_name;

/// How long a token is valid: six hours, as LiveKit's default.
const TTL_SECONDS: i64 = 6 * 60 * 60;

pub(crate) fn routes() -> Router<App> {
    Router::new().route("/token", post(create))
}

/// LiveKit's video grant, camelCase as in its tokens. Unknown grants are refused.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct VideoGrants {
    #[serde(skip_serializing_if = "Option::is_none")]
    room_create: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    room_list: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    room_record: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    room_admin: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    room_join: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    room: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    can_publish: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    can_subscribe: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    can_publish_data: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    can_publish_sources: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    can_update_own_metadata: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ingress_admin: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hidden: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    recorder: Option<bool>,
}

#[derive(Debug, Serialize)]
struct Claims<'a> {
    iss: &'a str,
    sub: &'a str,
    name: &'a str,
    nbf: i64,
    exp: i64,
    jti: String,
    video: VideoGrants,
    metadata: String,
}

/// Mints an HS256 LiveKit access token to join `full_room` as `identity`, with extra
/// grants (already checked) merged over the join grant.
pub(crate) fn mint(
    livekit: &LivekitConfig,
    identity: &str,
    full_room: &str,
    extra: Option<&Map<String, Value>>,
    metadata: &Value,
) -> ApiResult<String> {
    let mut video = match extra {
        Some(grants) => parse_grants(grants)?,
        None => VideoGrants::default(),
    };
    video.room_join = Some(true);
    video.room = Some(full_room.to_owned());
    video.can_publish = video.can_publish.or(Some(true));
    video.can_subscribe = video.can_subscribe.or(Some(true));
    video.can_publish_data = video.can_publish_data.or(Some(true));
    let now = clock::unix(clock::now());
    let claims = Claims {
        iss: &livekit.api_key,
        sub: identity,
        name: identity,
        nbf: now,
        exp: now + TTL_SECONDS,
        jti: format!("{identity}-{now}"),
        video,
        metadata: metadata.to_string(),
    };
    jsonwebtoken::encode(
        &Header::default(),
        &claims,
        &EncodingKey::from_secret(livekit.api_secret.as_bytes()),
    )
    .map_err(|e| ApiError::internal(format!("could not sign the token: {e}")))
}

/// The grants a caller may ask for: what a participant does in its own room. The others
/// act beyond the room (list, create, administer, record, ingress) or hide a participant
/// from the rest, which on a LiveKit server shared by projects reaches other tenants.
const PARTICIPANT_GRANTS: &[&str] = &[
    "canPublish",
    "canSubscribe",
    "canPublishData",
    "canPublishSources",
    "canUpdateOwnMetadata",
];

fn parse_grants(grants: &Map<String, Value>) -> ApiResult<VideoGrants> {
    let bytes = serde_json::to_vec(grants).map_err(|e| ApiError::invalid("grants", e))?;
    let video = decode_json::<VideoGrants>(&bytes).map_err(|_| {
        // Name the grant at fault: decode each one alone.
        let bad = grants
            .iter()
            .find(|(name, value)| {
                let mut one = Map::new();
                one.insert((*name).clone(), (*value).clone());
                serde_json::from_value::<VideoGrants>(Value::Object(one)).is_err()
            })
            .map_or_else(|| "grants".to_owned(), |(name, _)| format!("grants.{name}"));
        ApiError::invalid(&bad, "is not a LiveKit video grant of the right type")
    })?;
    // `roomJoin: true` says what every token has anyway.
    let allowed = |name: &str, value: &Value| {
        PARTICIPANT_GRANTS.contains(&name) || (name == "roomJoin" && *value == Value::Bool(true))
    };
    let beyond = grants.iter().find(|(name, value)| !allowed(name, value));
    if let Some((name, _)) = beyond {
        let field = format!("grants.{name}");
        return Err(ApiError::forbidden(format!(
            "{field}: a token may only grant what a participant does in its own room ({})",
            PARTICIPANT_GRANTS.join(", ")
        ))
        .details(serde_json::json!({ "field": field })));
    }
    Ok(video)
}

async fn create(
    State(app): State<App>,
    caller: Caller,
    ApiJson(request): ApiJson<TokenRequest>,
) -> ApiResult<Json<TokenResponse>> {
    if request.identity.trim().is_empty() {
        return Err(ApiError::invalid("identity", "is required"));
    }
    validate_room_name("room", request.room.as_str())?;
    let response = app.in_project(caller, |project, out| {
        let agents = project.agents_to_dispatch(&request)?;
        project.check_quota(QuotaResource::Sessions)?;
        let full_room = project.full_name(request.room.as_str());
        let dispatched: Vec<u64> = agents.iter().map(|a| a.id).collect();
        let token = mint(
            &app.settings.livekit,
            &request.identity,
            full_room.as_str(),
            request.grants.as_ref(),
            &serde_json::json!({ "agents_dispatched": dispatched }),
        )?;
        if !agents.is_empty() {
            project.ensure_room_open(request.room.as_str(), out)?;
            project.dispatch_agents(request.room.as_str(), &agents, out)?;
        }
        project.tokens_issued += 1;
        Ok(TokenResponse::builder()
            .token(token)
            .room(full_room)
            .ws_url(app.settings.livekit.url.clone())
            .agents_dispatched(dispatched.into_iter().map(Into::into).collect())
            .build())
    })?;
    Ok(Json(response))
}
