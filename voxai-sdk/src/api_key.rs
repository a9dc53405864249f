//! The API key, kept out of `Debug` and `Display`.

use std::fmt;

/// A project API key (`pk_...`). Its `Debug` shows only a mask such as `pk_…abcd`.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(String);

impl ApiKey {
    /// Wraps a key.
    pub fn new(key: impl Into<String>) -> Self {
        Self(key.into())
    }

    /// The key itself, for the `X-API-Key` header.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The key masked for display: its prefix up to the first `_` and its last four
    /// characters (`pk_…abcd`); keys of 12 characters or fewer show no characters at all.
    pub fn masked(&self) -> String {
        let key = &self.0;
        let chars: Vec<char> = key.chars().collect();
        if chars.len() <= 12 {
            return "…".to_owned();
        }
        let prefix = key.find('_').map_or("", |i| &key[..=i]);
        let tail: String = chars[chars.len() - 4..].iter().collect();
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
        Self(key)
    }
}

#[cfg(test)]
mod tests {
    use super::ApiKey;

    #[test]
    fn masks_all_but_prefix_and_tail() {
        let key = ApiKey::new("pk_live_0123456789abcd");
        assert_eq!(key.masked(), "pk_…abcd");
        assert!(!format!("{key:?}").contains("0123456789"));
        assert_eq!(ApiKey::new("pk_short").masked(), "…");
    }
}
