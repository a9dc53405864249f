//! An axum extractor that verifies webhooks (feature `axum`).
//!
//! ```no_run
//! use axum::{Router, routing::post};
//! use voxai_sdk::webhooks::WebhookVerifier;
//! use voxai_sdk::webhooks::axum::VerifiedWebhook;
//!
//! async fn receive(webhook: VerifiedWebhook) -> &'static str {
//!     // Act once per `webhook.fingerprint` (the signed body's digest): a retry or a
//!     // replay carries the same one.
//!     println!("{} {}", webhook.event.event_type(), webhook.fingerprint);
//!     "ok"
//! }
//!
//! let app: Router = Router::new()
//!     .route("/hooks", post(receive))
//!     .with_state(WebhookVerifier::new("whsec_test"));
//! ```

use axum::extract::{FromRef, FromRequest, Request};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use voxai_types::webhooks::WebhookEvent;

use super::{
    ID_HEADER, MAX_BODY_BYTES, SIGNATURE_HEADER, WebhookError, WebhookVerifier, fingerprint,
};

/// A webhook whose signature (and age, if the verifier has a tolerance) checked out.
/// Takes the [`WebhookVerifier`] from the router's state (`FromRef`). Bodies over
/// [`MAX_BODY_BYTES`] are refused with `413`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct VerifiedWebhook {
    /// The typed event.
    pub event: WebhookEvent,
    /// `X-Webhook-Id` when sent. Not covered by the signature: informative only.
    pub id: Option<String>,
    /// The [`fingerprint`] of the signed body: de-duplicate on this.
    pub fingerprint: String,
}

/// The response to a refused webhook: 401 for signature and age problems, 400 for a
/// body that is not an envelope, as JSON `{"error", "code"}`.
#[derive(Debug)]
pub struct WebhookRejection(pub WebhookError);

impl IntoResponse for WebhookRejection {
    fn into_response(self) -> Response {
        let (status, code) = match self.0 {
            WebhookError::MalformedBody(_) => (StatusCode::BAD_REQUEST, "INVALID_REQUEST"),
            WebhookError::BodyTooLarge { .. } => (StatusCode::PAYLOAD_TOO_LARGE, "INVALID_REQUEST"),
            _ => (StatusCode::UNAUTHORIZED, "UNAUTHORIZED"),
        };
        let body = serde_json::json!({ "error": self.0.to_string(), "code": code });
        (status, axum::Json(body)).into_response()
    }
}

impl<S> FromRequest<S> for VerifiedWebhook
where
    S: Send + Sync,
    WebhookVerifier: FromRef<S>,
{
    type Rejection = WebhookRejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let verifier = WebhookVerifier::from_ref(state);
        let (signature, id) = {
            let header = |name: &str| {
                request
                    .headers()
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned)
            };
            (header(SIGNATURE_HEADER), header(ID_HEADER))
        };
        let body = axum::body::to_bytes(request.into_body(), MAX_BODY_BYTES)
            .await
            .map_err(|_| {
                WebhookRejection(WebhookError::BodyTooLarge {
                    limit: MAX_BODY_BYTES,
                })
            })?;
        verifier
            .verify(&body, signature.as_deref())
            .map(|event| Self {
                event,
                id,
                fingerprint: fingerprint(&body),
            })
            .map_err(WebhookRejection)
    }
}
