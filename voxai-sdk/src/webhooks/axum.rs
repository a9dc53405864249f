//! An axum extractor that verifies webhooks (feature `axum`).
//!
//! The extractor finds the verifier in the router's state through
//! [`WebhookVerifierState`]: implement it for your state type, and `Arc<YourState>` works
//! too (the usual shape of an axum application's state).
//!
//! ```no_run
//! use std::sync::Arc;
//! use axum::{Router, routing::post};
//! use voxai_sdk::webhooks::WebhookVerifier;
//! use voxai_sdk::webhooks::axum::{VerifiedWebhook, WebhookVerifierState};
//!
//! struct AppState {
//!     verifier: WebhookVerifier,
//!     // … your database pool, clients, …
//! }
//!
//! impl WebhookVerifierState for AppState {
//!     fn webhook_verifier(&self) -> &WebhookVerifier {
//!         &self.verifier
//!     }
//! }
//!
//! async fn receive(webhook: VerifiedWebhook) -> &'static str {
//!     // Act once per `webhook.fingerprint` (the signed body's digest): a retry or a
//!     // replay carries the same one.
//!     println!("{} {}", webhook.event.event_type(), webhook.fingerprint);
//!     "ok"
//! }
//!
//! let state = Arc::new(AppState { verifier: WebhookVerifier::new("whsec_test") });
//! let app: Router = Router::new()
//!     .route("/hooks", post(receive))
//!     .with_state(state);
//! ```
//!
//! A router whose whole state is the verifier works as well:
//! `Router::new().route("/hooks", post(receive)).with_state(WebhookVerifier::new("…"))`.

use std::sync::Arc;

use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use voxai_types::webhooks::WebhookEvent;

use super::{
    ID_HEADER, MAX_BODY_BYTES, SIGNATURE_HEADER, WebhookError, WebhookVerifier, fingerprint,
};

/// Where [`VerifiedWebhook`] finds the verifier in a router's state, borrowed (no copy
/// of the secret per request). Implemented for [`WebhookVerifier`] itself and for any
/// `Arc<T>` whose `T` implements it.
pub trait WebhookVerifierState {
    /// The verifier of this application's webhook endpoint.
    fn webhook_verifier(&self) -> &WebhookVerifier;
}

impl WebhookVerifierState for WebhookVerifier {
    fn webhook_verifier(&self) -> &WebhookVerifier {
        self
    }
}

impl<T: WebhookVerifierState + ?Sized> WebhookVerifierState for Arc<T> {
    fn webhook_verifier(&self) -> &WebhookVerifier {
        (**self).webhook_verifier()
    }
}

/// A webhook whose signature (and age, if the verifier has a tolerance) checked out.
/// Takes the [`WebhookVerifier`] from the router's state ([`WebhookVerifierState`]). Bodies over
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
    S: WebhookVerifierState + Send + Sync,
{
    type Rejection = WebhookRejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let verifier = state.webhook_verifier();
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
