//! Webhooks (reference section 12): the test endpoint, and checking what arrives.
//!
//! Every delivery carries `X-Webhook-Signature`, the hex HMAC-SHA256 of the raw body
//! under the endpoint's secret. [`WebhookVerifier`] checks it in constant time, parses
//! the body into a typed [`WebhookEvent`], and can refuse old deliveries (replays).
//!
//! ```
//! use voxai_sdk::webhooks::{WebhookVerifier, sign};
//! use voxai_sdk::types::webhooks::WebhookData;
//!
//! let body = br#"{"event_type":"test","project_id":1,"timestamp":"2026-03-31T10:00:00.000Z","data":{"hello":"world"}}"#;
//! let signature = sign(b"whsec_test", body);
//!
//! // Deliveries older than 5 minutes are refused (replays); this body is from the
//! // reference's example, so it is checked as of its own time.
//! let verifier = WebhookVerifier::new("whsec_test");
//! let sent = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_774_951_200);
//! let event = verifier.verify_at(body, Some(&signature), sent)?;
//! assert!(matches!(event.data, WebhookData::Test(_)));
//! assert!(verifier.verify(body, Some("00ff")).is_err());
//! # Ok::<(), voxai_sdk::webhooks::WebhookError>(())
//! ```

use std::fmt;
use std::time::{Duration, SystemTime};

use hmac::{Hmac, Mac};
use reqwest::Method;
use sha2::Sha256;
use voxai_types::webhooks::{TestWebhookRequest, TestWebhookResponse, WebhookEvent};

use crate::call::segments;
use crate::client::Client;
use crate::request::Request;

#[cfg(feature = "axum")]
pub mod axum;

pub use voxai_types::webhooks::{EVENT_HEADER, ID_HEADER, SIGNATURE_HEADER};

/// The webhook endpoints, from [`Client::webhooks`].
#[derive(Debug, Clone)]
pub struct Webhooks {
    client: Client,
}

impl Client {
    /// Webhooks: fire a test event at the project's endpoints.
    pub fn webhooks(&self) -> Webhooks {
        Webhooks {
            client: self.clone(),
        }
    }
}

impl Webhooks {
    /// `POST /webhooks/test`: sends a test event to every active endpoint.
    pub fn test(&self, request: TestWebhookRequest) -> Request<TestWebhookResponse> {
        self.client
            .call_with(Method::POST, segments!["webhooks", "test"], &request)
    }
}

/// Why a webhook was refused: the error of everything in this module that checks a
/// delivery (separate from [`Error`](crate::Error), which is about calling the API).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// No `X-Webhook-Signature` header.
    #[error("the X-Webhook-Signature header is missing")]
    MissingSignature,
    /// The header is not in a form this checks.
    #[error(
        "the X-Webhook-Signature header is not a hex HMAC-SHA256: expected 64 hex digits, \
         or sha256=<64 hex digits>, several separated by commas"
    )]
    MalformedSignature,
    /// The signature does not match the body and secret.
    #[error("the signature does not match the body (wrong secret, or the body was changed)")]
    SignatureMismatch,
    /// The body is not a webhook envelope.
    #[error("the body is not a webhook envelope: {0}")]
    MalformedBody(String),
    /// The body is larger than the receiver accepts (or could not be read whole).
    #[error("the body is larger than {limit} bytes, or could not be read")]
    BodyTooLarge {
        /// The limit, bytes.
        limit: usize,
    },
    /// The envelope's timestamp is outside the tolerance.
    #[error("the event is {age_seconds} s old, more than the {tolerance_seconds} s allowed")]
    Stale {
        /// How old it is (negative ages, from the future, count by their size).
        age_seconds: u64,
        /// The tolerance.
        tolerance_seconds: u64,
    },
}

/// The hex HMAC-SHA256 of `body` under `secret`: what `X-Webhook-Signature` carries.
pub fn sign(secret: impl AsRef<[u8]>, body: &[u8]) -> String {
    voxai_types::webhooks::sign(secret.as_ref(), body)
}

/// The MAC of `body`. HMAC takes keys of any length, so this is always `Some`.
fn mac(secret: &[u8], body: &[u8]) -> Option<Hmac<Sha256>> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret).ok()?;
    mac.update(body);
    Some(mac)
}

/// Parses a webhook body into a typed event, without checking its signature.
///
/// # Errors
///
/// [`WebhookError::MalformedBody`] when the body is not a webhook envelope.
pub fn parse(body: &[u8]) -> Result<WebhookEvent, WebhookError> {
    serde_json::from_slice(body).map_err(|e| WebhookError::MalformedBody(e.to_string()))
}

/// The most signatures one `X-Webhook-Signature` may list (comma-separated).
pub const MAX_SIGNATURES: usize = 8;

/// The de-duplication key of a delivery: the hex SHA-256 of its signed body. Key
/// "seen before" checks on this, never on `X-Webhook-Id` alone, which the signature does
/// not cover (a replay under a new id, or a forged id, would pass or suppress events).
pub use voxai_types::webhooks::fingerprint;

/// The largest webhook body the axum extractor and `voxai webhooks listen` accept (1 MiB).
pub use voxai_types::webhooks::MAX_BODY_BYTES;

/// How far from now a delivery's `timestamp` may be, unless told otherwise: 5 minutes,
/// as Stripe's and `voxai webhooks listen`'s default.
pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(300);

/// Checks webhook deliveries: signature (constant time), body, and age (within
/// [`DEFAULT_TOLERANCE`] unless set otherwise).
#[derive(Clone)]
pub struct WebhookVerifier {
    /// Shared, so a clone (one per handler, say) does not copy the secret.
    secret: std::sync::Arc<[u8]>,
    tolerance: Option<Duration>,
}

impl fmt::Debug for WebhookVerifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebhookVerifier")
            .field("secret", &"<redacted>")
            .field("tolerance", &self.tolerance)
            .finish()
    }
}

impl WebhookVerifier {
    /// A verifier for the endpoint's secret, refusing deliveries further than
    /// [`DEFAULT_TOLERANCE`] from now.
    pub fn new(secret: impl AsRef<[u8]>) -> Self {
        Self {
            secret: std::sync::Arc::from(secret.as_ref()),
            tolerance: Some(DEFAULT_TOLERANCE),
        }
    }

    /// Refuses events whose envelope `timestamp` is further than `tolerance` from now,
    /// so a captured delivery cannot be replayed later.
    pub fn tolerance(mut self, tolerance: Duration) -> Self {
        self.tolerance = Some(tolerance);
        self
    }

    /// Checks no age: for bodies saved earlier and checked offline, never for
    /// deliveries as they arrive (a captured one could be replayed at any time).
    pub fn any_age(mut self) -> Self {
        self.tolerance = None;
        self
    }

    /// Checks `signature` (the `X-Webhook-Signature` value) against the raw body.
    ///
    /// The value is the hex HMAC (any case), optionally written `sha256=<hex>`; several,
    /// separated by commas (a sender rotating its secret signs with both), pass when
    /// any one matches. At most [`MAX_SIGNATURES`] are checked.
    ///
    /// # Errors
    ///
    /// [`WebhookError::MissingSignature`] without one, [`WebhookError::MalformedSignature`]
    /// when a part is not in that form, [`WebhookError::SignatureMismatch`] when none
    /// matches.
    pub fn verify_signature(
        &self,
        body: &[u8],
        signature: Option<&str>,
    ) -> Result<(), WebhookError> {
        let signature = signature
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .ok_or(WebhookError::MissingSignature)?;
        let parts: Vec<&str> = signature.split(',').map(str::trim).collect();
        if parts.len() > MAX_SIGNATURES {
            return Err(WebhookError::MalformedSignature);
        }
        let expected = parts
            .iter()
            .map(|part| {
                let hex_part = part.strip_prefix("sha256=").unwrap_or(part);
                match hex::decode(hex_part) {
                    Ok(bytes) if bytes.len() == 32 => Ok(bytes),
                    _ => Err(WebhookError::MalformedSignature),
                }
            })
            .collect::<Result<Vec<_>, _>>()?;
        let mac = mac(&self.secret, body).ok_or(WebhookError::SignatureMismatch)?;
        // Every candidate is compared (in constant time each), so the time taken does
        // not say which one matched.
        let matched = expected.iter().fold(false, |found, candidate| {
            mac.clone().verify_slice(candidate).is_ok() | found
        });
        if matched {
            Ok(())
        } else {
            Err(WebhookError::SignatureMismatch)
        }
    }

    /// Checks the signature, parses the body and checks its age against now.
    ///
    /// # Errors
    ///
    /// Those of [`verify_signature`](Self::verify_signature) and [`parse`]; with a
    /// tolerance (unless [`any_age`](Self::any_age)), [`WebhookError::Stale`] for an event
    /// older than it, and [`WebhookError::MalformedBody`] for one whose timestamp cannot
    /// be read.
    pub fn verify(
        &self,
        body: &[u8],
        signature: Option<&str>,
    ) -> Result<WebhookEvent, WebhookError> {
        self.verify_at(body, signature, SystemTime::now())
    }

    /// [`verify`](Self::verify) with the current time given.
    ///
    /// # Errors
    ///
    /// As [`verify`](Self::verify).
    pub fn verify_at(
        &self,
        body: &[u8],
        signature: Option<&str>,
        now: SystemTime,
    ) -> Result<WebhookEvent, WebhookError> {
        self.verify_signature(body, signature)?;
        let event = parse(body)?;
        if let Some(tolerance) = self.tolerance {
            // A tolerance needs a time to check: a missing or unreadable one is refused.
            let at = event
                .timestamp
                .as_ref()
                .and_then(voxai_types::Timestamp::datetime)
                .ok_or_else(|| {
                    WebhookError::MalformedBody(format!(
                        "timestamp {:?} is not an ISO 8601 time",
                        event.timestamp.as_ref().map(voxai_types::Timestamp::as_str)
                    ))
                })?;
            let sent = SystemTime::from(at);
            let age = now.duration_since(sent).unwrap_or_else(|e| e.duration());
            if age > tolerance {
                return Err(WebhookError::Stale {
                    age_seconds: age.as_secs(),
                    tolerance_seconds: tolerance.as_secs(),
                });
            }
        }
        Ok(event)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::OffsetDateTime;
    use time::format_description::well_known::Rfc3339;

    const BODY: &[u8] = br#"{"event_type":"session.started","project_id":1,"timestamp":"2026-03-31T10:00:00.000Z","data":{"session_id":42,"room_name":"proj_my-room","agent_config_id":3}}"#;

    fn at(seconds_after: u64) -> SystemTime {
        let sent = OffsetDateTime::parse("2026-03-31T10:00:00Z", &Rfc3339).unwrap();
        SystemTime::from(sent) + Duration::from_secs(seconds_after)
    }

    #[test]
    fn a_good_signature_verifies_and_types_the_event() {
        let verifier = WebhookVerifier::new("s3cret");
        let event = verifier
            .verify_at(BODY, Some(&sign("s3cret", BODY)), at(1))
            .unwrap();
        match event.data {
            voxai_types::webhooks::WebhookData::SessionStarted(data) => {
                assert_eq!(
                    (data.session_id, data.agent_config_id),
                    (
                        voxai_types::ids::SessionId(42),
                        Some(voxai_types::ids::AgentId(3))
                    )
                );
            }
            other => panic!("{other:?}"),
        }
        // Upper-case hex is the same signature.
        let upper = sign("s3cret", BODY).to_uppercase();
        assert!(verifier.verify_signature(BODY, Some(&upper)).is_ok());
    }

    #[test]
    fn prefixed_and_rotated_signatures() {
        let verifier = WebhookVerifier::new("s3cret");
        let good = sign("s3cret", BODY);
        let old = sign("old-secret", BODY);
        for header in [
            format!("sha256={good}"),
            format!("{old},{good}"),
            format!("sha256={old}, sha256={good}"),
            format!("{good},{old}"),
        ] {
            assert_eq!(
                verifier.verify_signature(BODY, Some(&header)),
                Ok(()),
                "{header}"
            );
        }
        assert_eq!(
            verifier.verify_signature(BODY, Some(&format!("{old},{old}"))),
            Err(WebhookError::SignatureMismatch)
        );
        for malformed in [
            format!("sha1={good}"),
            format!("v1={good}"),
            format!("{good},"),
            good[..62].to_owned(),
            [good.as_str(); MAX_SIGNATURES + 1].join(","),
        ] {
            assert_eq!(
                verifier.verify_signature(BODY, Some(&malformed)),
                Err(WebhookError::MalformedSignature),
                "{malformed}"
            );
        }
        assert!(
            WebhookError::MalformedSignature
                .to_string()
                .contains("sha256=<64 hex digits>")
        );
    }

    #[test]
    fn refusals() {
        let verifier = WebhookVerifier::new("s3cret");
        let good = sign("s3cret", BODY);
        let refused = |r: Result<WebhookEvent, WebhookError>| match r {
            Err(rejection) => rejection,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            refused(verifier.verify(BODY, None)),
            WebhookError::MissingSignature
        );
        assert_eq!(
            refused(verifier.verify(BODY, Some("not hex"))),
            WebhookError::MalformedSignature
        );
        assert_eq!(
            refused(verifier.verify(BODY, Some(&sign("wrong", BODY)))),
            WebhookError::SignatureMismatch
        );
        let mut tampered = BODY.to_vec();
        tampered[40] ^= 1;
        assert_eq!(
            refused(verifier.verify(&tampered, Some(&good))),
            WebhookError::SignatureMismatch
        );
        let strict = verifier.clone().tolerance(Duration::from_secs(300));
        assert!(strict.verify_at(BODY, Some(&good), at(299)).is_ok());
        assert!(matches!(
            refused(strict.verify_at(BODY, Some(&good), at(301))),
            WebhookError::Stale {
                age_seconds: 301,
                ..
            }
        ));
        let not_json = b"hello";
        assert!(matches!(
            refused(verifier.verify(not_json, Some(&sign("s3cret", not_json)))),
            WebhookError::MalformedBody(_)
        ));
        assert!(!format!("{verifier:?}").contains("s3cret"));
    }
}
