//! Who may use the control plane. `/_mock/` needs no API key (right for tests on this
//! machine), so it answers only requests that are for this machine: a `Host` naming a
//! loopback address (a DNS-rebinding page names its own host), no `Origin` of another
//! site (a page's cross-origin `POST` carries one), and the token when one is set.

use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use voxai_types::ErrorCode;

use crate::error::ApiError;
use crate::state::App;

/// How the control plane is reached.
#[derive(Debug, Clone, Default)]
pub(crate) struct ControlAccess {
    /// The server listens beyond loopback (opted in): any `Host` is taken.
    pub(crate) remote: bool,
    /// Required as `Authorization: Bearer TOKEN` when set.
    pub(crate) token: Option<String>,
}

/// Whether `host` (a `Host` header, port included or not) names a loopback address.
fn is_loopback_host(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(bracketed) => bracketed.split(']').next().unwrap_or_default(),
        None => host.rsplit_once(':').map_or(host, |(name, _)| name),
    };
    name.eq_ignore_ascii_case("localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

fn refused(status: StatusCode, code: ErrorCode, message: String) -> Response {
    ApiError::new(status, code, message).into_response()
}

/// Why `headers` may not use the control plane, if they may not.
fn refusal(access: &ControlAccess, headers: &HeaderMap) -> Option<Response> {
    let text = |name| headers.get(name).and_then(|v| v.to_str().ok());
    let host = text(header::HOST).unwrap_or_default();
    if !access.remote && !is_loopback_host(host) {
        return Some(refused(
            StatusCode::FORBIDDEN,
            ErrorCode::Forbidden,
            format!(
                "the control plane answers requests for this machine only, not for Host {host:?}"
            ),
        ));
    }
    if let Some(origin) = text(header::ORIGIN) {
        let own = [format!("http://{host}"), format!("https://{host}")];
        if !own.iter().any(|o| o == origin) {
            return Some(refused(
                StatusCode::FORBIDDEN,
                ErrorCode::Forbidden,
                format!(
                    "the control plane refuses requests from the page of another origin ({origin})"
                ),
            ));
        }
    }
    let token = access.token.as_deref()?;
    let given = text(header::AUTHORIZATION).and_then(|v| v.strip_prefix("Bearer "));
    let matches = given.is_some_and(|given| {
        use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
        // Compared by hash, so the time taken says nothing of how much matched.
        let hash = |s: &str| BuildHasherDefault::<DefaultHasher>::default().hash_one(s);
        hash(given) == hash(token) && given == token
    });
    (!matches).then(|| {
        refused(
            StatusCode::UNAUTHORIZED,
            ErrorCode::Unauthorized,
            "the control plane needs Authorization: Bearer <the server's --control-token>"
                .to_owned(),
        )
    })
}

pub(crate) async fn guard(State(app): State<App>, request: Request, next: Next) -> Response {
    match refusal(&app.settings.control, request.headers()) {
        Some(refused) => refused,
        None => next.run(request).await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_hosts() {
        for host in [
            "127.0.0.1:4010",
            "localhost",
            "LOCALHOST:1",
            "[::1]:80",
            "127.8.9.1",
        ] {
            assert!(is_loopback_host(host), "{host}");
        }
        for host in [
            "evil.example:4010",
            "10.0.0.1",
            "[2001:db8::1]:80",
            "",
            "localhost.evil",
        ] {
            assert!(!is_loopback_host(host), "{host}");
        }
    }
}
