//! The HTTP client the SDK builds: its proxy, its DNS and the naming of what failed.

use std::fmt;
use std::net::SocketAddr;
use std::time::Duration;

use hyper_util::client::proxy::matcher::Matcher;
use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use url::Url;

use crate::error::{Error, Result};
use crate::redirect::redirect_policy;

/// Which proxy the SDK's own HTTP client uses.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) enum ProxySetting {
    /// `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY` (and the system's
    /// settings where reqwest reads them), as reqwest does.
    #[default]
    System,
    /// This proxy for every request, but for the hosts in `NO_PROXY`.
    Fixed(String),
    /// No proxy, whatever the environment says.
    Off,
}

impl ProxySetting {
    /// What decides, per URL, which proxy a request goes to; `None` when none does.
    pub(crate) fn matcher(&self) -> Option<Matcher> {
        match self {
            Self::System => Some(Matcher::from_system()),
            Self::Fixed(proxy) => Some(
                Matcher::builder()
                    .all(proxy.clone())
                    .no(no_proxy_from_env())
                    .build(),
            ),
            Self::Off => None,
        }
    }
}

fn no_proxy_from_env() -> String {
    ["NO_PROXY", "no_proxy"]
        .iter()
        .find_map(|name| std::env::var(name).ok())
        .unwrap_or_default()
}

/// The proxy a request to `url` goes through, as `scheme://host:port` (never its
/// credentials), or `None` when it goes direct.
pub(crate) fn proxy_for(matcher: Option<&Matcher>, url: &Url) -> Option<String> {
    let uri: http::Uri = url.as_str().parse().ok()?;
    let intercept = matcher?.intercept(&uri)?;
    let proxy = intercept.uri();
    let host = proxy.host()?;
    Some(match proxy.port_u16() {
        Some(port) => format!("{}://{host}:{port}", proxy.scheme_str().unwrap_or("http")),
        None => format!("{}://{host}", proxy.scheme_str().unwrap_or("http")),
    })
}

/// The client the SDK builds when none is injected; `http1_only` for the monitor.
pub(crate) fn http_client(http1_only: bool, proxy: &ProxySetting) -> Result<reqwest::Client> {
    let mut builder = reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(10))
        .redirect(redirect_policy())
        .dns_resolver(std::sync::Arc::new(SystemResolver));
    builder = match proxy {
        ProxySetting::System => builder,
        ProxySetting::Off => builder.no_proxy(),
        ProxySetting::Fixed(url) => {
            let proxy = reqwest::Proxy::all(url.as_str())
                .map_err(|e| Error::config_from(format!("proxy {url:?} is not a URL"), e))?
                .no_proxy(reqwest::NoProxy::from_env());
            builder.proxy(proxy)
        }
    };
    if http1_only {
        builder = builder.http1_only();
    }
    builder
        .build()
        .map_err(|e| Error::config_from(format!("could not set up the HTTP client: {e}"), e))
}

/// The system's resolver (`getaddrinfo`, off the async threads), whose failures carry a
/// type of their own so that a DNS failure is told from others without reading text.
#[derive(Debug)]
struct SystemResolver;

impl Resolve for SystemResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let found = tokio::net::lookup_host((host.as_str(), 0))
                .await
                .map(Iterator::collect::<Vec<SocketAddr>>);
            let addrs = match found {
                Ok(addrs) => addrs,
                Err(source) => return Err(Box::new(DnsFailure { host, source }) as _),
            };
            Ok(Box::new(addrs.into_iter()) as Addrs)
        })
    }
}

/// A host name that did not resolve.
#[derive(Debug)]
pub(crate) struct DnsFailure {
    host: String,
    source: std::io::Error,
}

impl fmt::Display for DnsFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot resolve {}: {}", self.host, self.source)
    }
}

impl std::error::Error for DnsFailure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::NetworkCause;

    /// A DNS failure is known by its type wherever it sits in the chain (reqwest wraps
    /// the resolver's error in hyper's connect error, which may wrap it in an I/O error).
    #[test]
    fn a_dns_failure_is_known_by_its_type() {
        #[derive(Debug)]
        struct Outer(std::io::Error);
        impl fmt::Display for Outer {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("error sending request")
            }
        }
        impl std::error::Error for Outer {
            fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
                Some(&self.0)
            }
        }
        let failure = DnsFailure {
            host: "api.example".into(),
            source: std::io::Error::other("no such host"),
        };
        let chain = Outer(std::io::Error::other(failure));
        assert_eq!(crate::error::network_cause(&chain), NetworkCause::Dns);
        // The same words without the type are not taken for a DNS failure.
        let words = Outer(std::io::Error::other("dns error: failed to lookup address"));
        assert_eq!(crate::error::network_cause(&words), NetworkCause::Other);
    }

    #[test]
    fn the_proxy_is_named_without_its_credentials() {
        let setting = ProxySetting::Fixed("http://user:secret@127.0.0.1:3128".into());
        let url = Url::parse("https://voxai.example/api/v1/quota").unwrap();
        let named = proxy_for(setting.matcher().as_ref(), &url);
        assert_eq!(named.as_deref(), Some("http://127.0.0.1:3128"));
        assert_eq!(proxy_for(ProxySetting::Off.matcher().as_ref(), &url), None);
    }
}
