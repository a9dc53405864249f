//! Redirects: followed within the request's origin, refused anywhere else (every request
//! carries the API key).

use std::fmt;

/// Why a redirect was not followed.
#[derive(Debug)]
pub(crate) struct CrossOrigin(pub(crate) String);

impl fmt::Display for CrossOrigin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a redirect to another origin ({})", self.0)
    }
}

impl std::error::Error for CrossOrigin {}

/// The redirect policy of the SDK's HTTP client: redirects within the origin of the
/// request (same scheme, host and port) are followed, up to 10; a redirect anywhere else
/// is refused with [`Error::Redirect`](crate::Error::Redirect), since every request carries the `X-API-Key`
/// header and reqwest would send it along.
///
/// ```
/// let http = reqwest::Client::builder()
///     .redirect(voxai_sdk::redirect_policy())
///     .build()?;
/// let client = voxai_sdk::Client::builder().api_key("pk_test").http_client(http).build();
/// # let _ = client;
/// # Ok::<(), reqwest::Error>(())
/// ```
pub fn redirect_policy() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let target = attempt.url().origin();
        let same_origin = attempt
            .previous()
            .first()
            .is_some_and(|first| first.origin() == target);
        if !same_origin {
            let to = target.ascii_serialization();
            attempt.error(CrossOrigin(to))
        } else if attempt.previous().len() > 10 {
            attempt.error("more than 10 redirects")
        } else {
            attempt.follow()
        }
    })
}
