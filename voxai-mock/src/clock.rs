//! Time as the API writes it.

use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, OffsetDateTime};

/// Now, in UTC.
pub(crate) fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

/// Unix seconds.
pub(crate) fn unix(at: OffsetDateTime) -> i64 {
    at.unix_timestamp()
}

/// ISO 8601 to the second, as in `2026-03-31T10:00:00Z`.
pub(crate) fn iso(at: OffsetDateTime) -> String {
    let format = format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
    at.format(&format).unwrap_or_default()
}

/// [`iso`] as the wire type.
pub(crate) fn stamp(at: OffsetDateTime) -> voxai_types::Timestamp {
    voxai_types::Timestamp::parse(iso(at))
}

/// ISO 8601 with milliseconds, as webhook envelopes carry: `2026-03-31T10:00:00.000Z`.
pub(crate) fn iso_millis(at: OffsetDateTime) -> String {
    let format =
        format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z");
    at.format(&format).unwrap_or_default()
}

/// The day, as `2026-03-31`.
pub(crate) fn day(at: OffsetDateTime) -> String {
    let format = format_description!("[year]-[month]-[day]");
    at.format(&format).unwrap_or_default()
}

/// Parses an ISO 8601 date (`2026-03-31`, midnight UTC) or date-time.
pub(crate) fn parse(text: &str) -> Option<OffsetDateTime> {
    if let Ok(at) = OffsetDateTime::parse(text, &Rfc3339) {
        return Some(at);
    }
    Date::parse(text, format_description!("[year]-[month]-[day]"))
        .ok()
        .map(|d| d.midnight().assume_utc())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_parses() {
        let at = parse("2026-03-31T10:00:00.123Z").unwrap();
        assert_eq!(iso(at), "2026-03-31T10:00:00Z");
        assert_eq!(iso_millis(at), "2026-03-31T10:00:00.123Z");
        assert_eq!(day(at), "2026-03-31");
        assert_eq!(iso(parse("2026-03-31").unwrap()), "2026-03-31T00:00:00Z");
        assert!(parse("yesterday").is_none());
    }
}
