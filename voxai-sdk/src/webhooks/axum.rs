//! An axum extractor that verifies webhooks (feature `axum`).
//!
//! ```no_run
//! use axum::{Router, routing::post};
//! use voxai_sdk::webhooks::WebhookVerifier;
//! use voxai_sdk::webhooks::axum::VerifiedWebhook;
//!
//! async fn receive(VerifiedWebhook { event, id }: VerifiedWebhook) -> &'static str {
//!     println!("{} ({id:?})", event.event_type());
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

use super::{ID_HEADER, SIGNATURE_HEADER, WebhookError, WebhookVerifier};

/// Largest webhook body accepted.
const MAX_BODY: usize = 1024 * 1024;

/// A webhook whose signature (and age, if the verifier has a tolerance) checked out.
/// Takes the [`WebhookVerifier`] from the router's state (`FromRef`).
#[derive(Debug, Clone)]
pub struct VerifiedWebhook {
    /// The typed event.
    pub event: WebhookEvent,
    /// `X-Webhook-Id`, the same across retries of one event: use it to de-duplicate.
    pub id: Option<String>,
}

/// The response to a refused webhook: 401 for signature and age problems, 400 for a
/// body that is not an envelope, as JSON `{"error", "code"}`.
#[derive(Debug)]
pub struct WebhookRejection(pub WebhookError);

impl IntoResponse for WebhookRejection {
    fn into_response(self) -> Response {
        let (status, code) = match self.0 {
            WebhookError::MalformedBody(_) => (StatusCode::BAD_REQUEST, "INVALID_REQUEST"),
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
        let body = axum::body::to_bytes(request.into_body(), MAX_BODY)
            .await
            .map_err(|e| WebhookRejection(WebhookError::MalformedBody(e.to_string())))?;
        verifier
            .verify(&body, signature.as_deref())
            .map(|event| Self { event, id })
            .map_err(WebhookRejection)
    }
}
