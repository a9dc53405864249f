//! The API key, kept out of `Debug` and `Display`, zeroized when dropped.

use std::fmt;

use secrecy::{ExposeSecret, SecretString};

/// A project API key (`pk_...`), held in a [`secrecy::SecretString`]: its memory is
/// zeroized when the last copy is dropped, and its `Debug` shows only a mask such as
/// `pk_…abcd`.
#[derive(Clone)]
pub struct ApiKey(SecretString);

impl ApiKey {
    /// Wraps a key.
    pub fn new(key: impl Into<String>) -> Self {
        Self(SecretString::from(key.into()))
    }

    /// The key itself, for the `X-API-Key` header.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    /// The key masked for display: its prefix up to the first `_` and at most its last
    /// four characters (`pk_…abcd`). A short key shows fewer: never more than a quarter
    /// of what follows the prefix (`pk_short` is `pk_…t`).
    pub fn masked(&self) -> String {
        let key = self.expose();
        // A prefix is a short tag such as `pk_` or `pk_live_`, not a part of the secret.
        let prefix = key.find('_').filter(|i| *i < 8).map_or("", |i| &key[..=i]);
        let rest: Vec<char> = key[prefix.len()..].chars().collect();
        let shown = (rest.len() / 4).min(4);
        let tail: String = rest[rest.len() - shown..].iter().collect();
        format!("{prefix}…{tail}")
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ApiKey({})", self.masked())
    }
}

impl From<&str> for ApiKey {
    fn from(key: &str) -> Self {
        Self::new(key)
    }
}

impl From<String> for ApiKey {
    fn from(key: String) -> Self {
        Self::new(key)
    }
}

/// Keys compare by value (not in constant time: compare keys you received with a
/// constant-time function instead).
impl PartialEq for ApiKey {
    fn eq(&self, other: &Self) -> bool {
        self.expose() == other.expose()
    }
}

impl Eq for ApiKey {}

#[cfg(test)]
mod tests {
    use super::ApiKey;

    #[test]
    fn masks_all_but_prefix_and_tail() {
        let key = ApiKey::new("pk_live_0123456789abcd");
        assert_eq!(key.masked(), "pk_…abcd");
        assert!(!format!("{key:?}").contains("0123456789"));
        assert_eq!(ApiKey::new("pk_short").masked(), "pk_…t");
        assert_eq!(ApiKey::new("pk_test_pro").masked(), "pk_…ro");
        assert_eq!(ApiKey::new("pk_").masked(), "pk_…");
        assert_eq!(ApiKey::new("").masked(), "…");
        assert_eq!(ApiKey::new("nounderscore1234").masked(), "…1234");
        assert_eq!(ApiKey::new("secretsecret_1234").masked(), "…1234");
        // Never more than four characters of the secret part.
        let long = ApiKey::new(format!("pk_{}", "x".repeat(100)));
        assert_eq!(long.masked(), "pk_…xxxx");
    }
}
