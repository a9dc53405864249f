//! Points in time as the API writes them: ISO 8601 text, sometimes a number.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use time::OffsetDateTime;
use time::format_description::well_known::{Iso8601, Rfc3339};

/// A timestamp as the server wrote it, with its parsed value when it parses.
///
/// The reference writes timestamps as ISO 8601 strings (`"2026-03-31T10:00:00Z"`); a
/// server may also send unix seconds (or milliseconds) as a number. Whatever arrives is
/// kept verbatim ([`as_str`](Self::as_str), `Display`, and serialization give it back
/// unchanged), so a format this crate does not expect never fails a response; the parsed
/// value is there when it could be read.
///
/// ```
/// use voxai_types::Timestamp;
///
/// let at: Timestamp = serde_json::from_str(r#""2026-03-31T10:00:00Z""#)?;
/// assert_eq!(at.unix_seconds(), Some(1_774_951_200));
/// let odd: Timestamp = serde_json::from_str(r#""last tuesday""#)?;
/// assert_eq!((odd.as_str(), odd.unix_seconds()), ("last tuesday", None));
/// let number: Timestamp = serde_json::from_str("1774951200")?;
/// assert_eq!(number.as_str(), "1774951200");
/// assert_eq!(number.unix_seconds(), Some(1_774_951_200));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Timestamp {
    text: String,
    numeric: bool,
    parsed: Option<OffsetDateTime>,
}

/// Numbers above this are taken as milliseconds (year 5138 in seconds).
const MILLIS_THRESHOLD: f64 = 1e11;

impl Timestamp {
    /// Reads `text` as ISO 8601 (RFC 3339 first); unparseable text is kept as it is.
    pub fn parse(text: impl Into<String>) -> Self {
        let text = text.into();
        let parsed = parse_iso(&text);
        Self {
            text,
            numeric: false,
            parsed,
        }
    }

    /// The time written as RFC 3339 (`2026-03-31T10:00:00Z`).
    pub fn from_datetime(at: OffsetDateTime) -> Self {
        let text = at.format(&Rfc3339).unwrap_or_else(|_| at.to_string());
        Self {
            text,
            numeric: false,
            parsed: Some(at),
        }
    }

    /// Unix seconds, written as a number (as monitor events may carry them).
    pub fn from_unix(seconds: i64) -> Self {
        Self::from_number(seconds.to_string(), seconds as f64)
    }

    fn from_number(text: String, value: f64) -> Self {
        let seconds = if value.abs() >= MILLIS_THRESHOLD {
            value / 1000.0
        } else {
            value
        };
        let parsed = OffsetDateTime::from_unix_timestamp_nanos((seconds * 1e9) as i128).ok();
        Self {
            text,
            numeric: true,
            parsed,
        }
    }

    /// The value exactly as the server wrote it (a number as its digits).
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether the server wrote a number rather than text.
    pub fn is_numeric(&self) -> bool {
        self.numeric
    }

    /// The point in time, when the value could be read.
    pub fn datetime(&self) -> Option<OffsetDateTime> {
        self.parsed
    }

    /// Whole unix seconds, when the value could be read.
    pub fn unix_seconds(&self) -> Option<i64> {
        self.parsed.map(OffsetDateTime::unix_timestamp)
    }
}

fn parse_iso(text: &str) -> Option<OffsetDateTime> {
    if let Ok(at) = OffsetDateTime::parse(text, &Rfc3339) {
        return Some(at);
    }
    if let Ok(at) = OffsetDateTime::parse(text, &Iso8601::DEFAULT) {
        return Some(at);
    }
    // ISO 8601 without an offset: the API's times are UTC.
    time::PrimitiveDateTime::parse(text, &Iso8601::DEFAULT)
        .ok()
        .map(time::PrimitiveDateTime::assume_utc)
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.text, f)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl From<String> for Timestamp {
    fn from(text: String) -> Self {
        Self::parse(text)
    }
}

impl From<&str> for Timestamp {
    fn from(text: &str) -> Self {
        Self::parse(text)
    }
}

impl From<OffsetDateTime> for Timestamp {
    fn from(at: OffsetDateTime) -> Self {
        Self::from_datetime(at)
    }
}

impl PartialEq<str> for Timestamp {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl PartialEq<&str> for Timestamp {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.numeric {
            if let Ok(number) = self.text.parse::<serde_json::Number>() {
                return number.serialize(serializer);
            }
        }
        serializer.serialize_str(&self.text)
    }
}

struct TimestampVisitor;

impl Visitor<'_> for TimestampVisitor {
    type Value = Timestamp;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a timestamp (ISO 8601 text or unix seconds)")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Timestamp, E> {
        Ok(Timestamp::parse(v))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Timestamp, E> {
        Ok(Timestamp::parse(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Timestamp, E> {
        Ok(Timestamp::from_number(v.to_string(), v as f64))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Timestamp, E> {
        Ok(Timestamp::from_number(v.to_string(), v as f64))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Timestamp, E> {
        if !v.is_finite() {
            return Err(E::invalid_value(de::Unexpected::Float(v), &self));
        }
        let text = serde_json::Number::from_f64(v).map_or_else(|| v.to_string(), |n| n.to_string());
        Ok(Timestamp::from_number(text, v))
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TimestampVisitor)
    }
}
