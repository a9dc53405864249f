//! The audit: every recorded answer read against what `voxai-types` models (through the
//! OpenAPI document and the monitor's JSON Schema that the types generate), and every
//! difference reported per endpoint.
//!
//! ```
//! use voxai_mock::audit::{Options, audit};
//! use voxai_mock::cassette::Cassette;
//!
//! let text = concat!(
//!     r#"{"format":"voxai-cassette","version":1,"upstream":"u","recorded_at":"t","recorder":"r"}"#, "\n",
//!     r#"{"kind":"http","seq":1,"method":"GET","path":"/rooms","status":200,"headers":{},"#,
//!     r#""response":{"json":{"rooms":[{"name":"a","fullName":"p_a","region":"eu"}]}}}"#, "\n",
//! );
//! let cassette = Cassette::from_reader("run".as_ref(), text.as_bytes())?;
//! let report = audit(&[cassette], Options::default());
//! let kinds: Vec<_> = report.findings.iter().map(|f| (f.kind.as_str(), f.path.as_str())).collect();
//! assert!(kinds.contains(&("undocumented_field", "rooms[].region")));
//! assert!(kinds.contains(&("no_rate_limit_headers", "")));
//! # Ok::<(), voxai_mock::cassette::CassetteError>(())
//! ```

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::Value;

use crate::cassette::{Body, Cassette, Direction, Entry, Exchange, MonitorFrame, redact};

mod schema;

use schema::{Schemas, Walk};

/// What kind of difference a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Kind {
    /// A method and path no documented endpoint has.
    UnknownEndpoint,
    /// A status the endpoint does not document.
    UndocumentedStatus,
    /// An error `code` the reference does not list.
    UndocumentedErrorCode,
    /// An answer without all three rate-limit headers.
    NoRateLimitHeaders,
    /// A JSON endpoint answered with something that is not JSON.
    NotJson,
    /// A field sent that the types do not model.
    UndocumentedField,
    /// A field the types require, absent or `null`.
    MissingField,
    /// A value of another JSON type than modelled (an integer sent as `12.0` too).
    TypeMismatch,
    /// An enum value the types do not know.
    UnknownEnumValue,
    /// A monitor frame whose `type` is not modelled.
    UnknownEventType,
    /// A monitor frame that is not a JSON object with a `type`.
    MonitorFrameNotModelled,
    /// With `--strict`: a field the types model (as optional) that never appeared.
    NeverSent,
}

impl Kind {
    /// The snake_case name used in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::UnknownEndpoint => "unknown_endpoint",
            Self::UndocumentedStatus => "undocumented_status",
            Self::UndocumentedErrorCode => "undocumented_error_code",
            Self::NoRateLimitHeaders => "no_rate_limit_headers",
            Self::NotJson => "not_json",
            Self::UndocumentedField => "undocumented_field",
            Self::MissingField => "missing_field",
            Self::TypeMismatch => "type_mismatch",
            Self::UnknownEnumValue => "unknown_enum_value",
            Self::UnknownEventType => "unknown_event_type",
            Self::MonitorFrameNotModelled => "monitor_frame_not_modelled",
            Self::NeverSent => "never_sent",
        }
    }
}

/// One difference between what was recorded and what the types model, with how often
/// it was seen.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Finding {
    /// `GET /rooms/{roomName}` (the documented template), or `monitor <type>`.
    pub endpoint: String,
    /// What kind of difference.
    pub kind: Kind,
    /// Where in the body (`rooms[].region`; `*` for a map key), empty for the whole answer.
    pub path: String,
    /// What was found.
    pub detail: String,
    /// One value seen there, secrets redacted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub example: Option<Value>,
    /// In how many answers or frames.
    pub count: u64,
}

/// What to report.
#[derive(Debug, Clone, Copy, Default)]
#[non_exhaustive]
pub struct Options {
    /// Also report fields the types model that never appeared ([`Kind::NeverSent`]).
    pub strict: bool,
}

impl Options {
    /// With [`strict`](Self::strict) set as given.
    pub fn strict(mut self, strict: bool) -> Self {
        self.strict = strict;
        self
    }
}

/// The findings of an audit, sorted by endpoint, kind and path.
#[derive(Debug, Clone, Default, Serialize)]
#[non_exhaustive]
pub struct Report {
    /// Every difference found.
    pub findings: Vec<Finding>,
    /// HTTP answers read.
    pub exchanges: u64,
    /// Monitor frames read.
    pub frames: u64,
}

/// Audits every entry of the cassettes.
pub fn audit(cassettes: &[Cassette], options: Options) -> Report {
    let openapi = voxai_types::openapi::document();
    let monitor = voxai_types::openapi::monitor_schema();
    let mut auditor = Auditor {
        openapi: Schemas { root: &openapi },
        monitor: Schemas { root: &monitor },
        findings: BTreeMap::new(),
        fields: BTreeMap::new(),
        report: Report::default(),
    };
    for entry in cassettes.iter().flat_map(|c| &c.entries) {
        match entry {
            Entry::Http(exchange) => auditor.exchange(exchange),
            Entry::MonitorFrame(frame) if frame.direction == Direction::Server => {
                auditor.frame(frame);
            }
            _ => {}
        }
    }
    auditor.finish(options)
}

struct Auditor<'a> {
    openapi: Schemas<'a>,
    monitor: Schemas<'a>,
    findings: BTreeMap<(String, Kind, String), Finding>,
    /// Per endpoint: the modelled fields met and those present.
    fields: BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>,
    report: Report,
}

impl Auditor<'_> {
    fn found(
        &mut self,
        endpoint: &str,
        kind: Kind,
        path: &str,
        detail: String,
        example: Option<&Value>,
    ) {
        let key = (endpoint.to_owned(), kind, path.to_owned());
        let finding = self.findings.entry(key).or_insert_with(|| Finding {
            endpoint: endpoint.to_owned(),
            kind,
            path: path.to_owned(),
            detail,
            example: example.map(|v| {
                let mut v = v.clone();
                redact::json(&mut v);
                v
            }),
            count: 0,
        });
        finding.count += 1;
    }

    fn walked(&mut self, endpoint: &str, walk: Walk, rename_code: bool) {
        for seen in walk.found {
            let kind = if rename_code && seen.kind == Kind::UnknownEnumValue && seen.path == "code"
            {
                Kind::UndocumentedErrorCode
            } else {
                seen.kind
            };
            self.found(
                endpoint,
                kind,
                &seen.path,
                seen.detail,
                seen.example.as_ref(),
            );
        }
        let fields = self.fields.entry(endpoint.to_owned()).or_default();
        fields.0.extend(walk.modelled);
        fields.1.extend(walk.present);
    }

    fn exchange(&mut self, exchange: &Exchange) {
        self.report.exchanges += 1;
        let Some((template, operation)) =
            operation(self.openapi.root, &exchange.method, &exchange.path)
        else {
            let endpoint = format!("{} {}", exchange.method, exchange.path);
            if (200..300).contains(&exchange.status) {
                let detail = format!(
                    "answered {} where no endpoint is documented",
                    exchange.status
                );
                self.found(&endpoint, Kind::UnknownEndpoint, "", detail, None);
            } else if let Some(Body::Json(body)) = &exchange.response {
                // A refusal of a path nobody documents is right; its envelope still counts.
                let schema = self
                    .openapi
                    .root
                    .pointer("/components/schemas/ErrorBody")
                    .cloned();
                if let Some(schema) = schema {
                    let walk = self.openapi.walk(body, &schema, "");
                    self.walked("(undocumented paths)", walk, true);
                }
            }
            return;
        };
        let endpoint = format!("{} {template}", exchange.method);
        let status = exchange.status.to_string();
        let responses = operation.get("responses");
        if exchange.error.is_none() && responses.and_then(|r| r.get(&status)).is_none() {
            self.found(
                &endpoint,
                Kind::UndocumentedStatus,
                "",
                format!("{status} is not documented for this endpoint"),
                None,
            );
        }
        let rate_limited = [
            "x-ratelimit-limit",
            "x-ratelimit-remaining",
            "x-ratelimit-reset",
        ]
        .iter()
        .all(|h| exchange.headers.contains_key(*h));
        if !rate_limited && exchange.error.is_none() {
            self.found(
                &endpoint,
                Kind::NoRateLimitHeaders,
                "",
                "an answer without X-RateLimit-Limit, -Remaining and -Reset".to_owned(),
                None,
            );
        }
        let success = (200..300).contains(&exchange.status);
        let schema = if success {
            responses
                .and_then(|r| r.get(&status))
                .map(|r| self.openapi_resolve(r))
                .and_then(|r| r.pointer("/content/application~1json/schema"))
                .cloned()
        } else {
            self.openapi
                .root
                .pointer("/components/schemas/ErrorBody")
                .cloned()
        };
        let Some(schema) = schema else { return };
        match &exchange.response {
            Some(Body::Json(body)) => {
                let walk = self.openapi.walk(body, &schema, "");
                self.walked(&endpoint, walk, !success);
            }
            Some(Body::Text(_) | Body::Bytes { .. }) => {
                self.found(
                    &endpoint,
                    Kind::NotJson,
                    "",
                    "a JSON answer was expected".to_owned(),
                    None,
                );
            }
            None if success => {
                // An empty 2xx answer is an acknowledgement (the decoding rule).
            }
            None => {
                self.found(
                    &endpoint,
                    Kind::NotJson,
                    "",
                    "an error without the JSON envelope".to_owned(),
                    None,
                );
            }
        }
    }

    fn openapi_resolve<'v>(&'v self, mut value: &'v Value) -> &'v Value {
        while let Some(target) = value.get("$ref").and_then(Value::as_str) {
            match self.openapi.root.pointer(target.trim_start_matches('#')) {
                Some(resolved) => value = resolved,
                None => break,
            }
        }
        value
    }

    fn frame(&mut self, frame: &MonitorFrame) {
        self.report.frames += 1;
        let Some(text) = &frame.text else {
            self.found(
                "monitor",
                Kind::MonitorFrameNotModelled,
                "",
                "a binary frame".to_owned(),
                None,
            );
            return;
        };
        let parsed: Option<Value> = serde_json::from_str(text).ok();
        let Some(event_type) = parsed
            .as_ref()
            .and_then(|v| v.get("type"))
            .and_then(Value::as_str)
        else {
            let example = Value::String(text.chars().take(200).collect());
            self.found(
                "monitor",
                Kind::MonitorFrameNotModelled,
                "",
                "not a JSON object with a \"type\"".to_owned(),
                Some(&example),
            );
            return;
        };
        let alternatives = self
            .monitor
            .root
            .pointer("/$defs/ServerFrame/oneOf")
            .and_then(Value::as_array);
        let schema = alternatives.into_iter().flatten().find(|alternative| {
            alternative
                .pointer("/properties/type/const")
                .and_then(Value::as_str)
                == Some(event_type)
        });
        let endpoint = format!("monitor {event_type}");
        let (Some(schema), Some(value)) = (schema.cloned(), parsed.as_ref()) else {
            self.found(
                &endpoint,
                Kind::UnknownEventType,
                "type",
                format!("the types do not model {event_type:?}"),
                None,
            );
            return;
        };
        let walk = self.monitor.walk(value, &schema, "");
        self.walked(&endpoint, walk, false);
    }

    fn finish(mut self, options: Options) -> Report {
        if options.strict {
            let fields = std::mem::take(&mut self.fields);
            for (endpoint, (modelled, present)) in fields {
                for path in modelled.difference(&present) {
                    self.found(
                        &endpoint,
                        Kind::NeverSent,
                        path,
                        "modelled by the types, never sent".to_owned(),
                        None,
                    );
                }
            }
        }
        self.report.findings = self.findings.into_values().collect();
        self.report
    }
}

/// How the audit names the endpoint of `method path`: the documented template
/// (`GET /rooms/{roomName}` for `GET /rooms/my-room`), or the request itself when no
/// endpoint is documented there.
pub fn endpoint(method: &str, path: &str) -> String {
    let document = voxai_types::openapi::document();
    match operation(&document, method, path) {
        Some((template, _)) => format!("{method} {template}"),
        None => format!("{method} {path}"),
    }
}

/// The documented operation of `method path` and its path template: the template whose
/// literal segments all match, the most literal one first.
fn operation<'d>(document: &'d Value, method: &str, path: &str) -> Option<(&'d str, &'d Value)> {
    let sent: Vec<&str> = path.trim_matches('/').split('/').collect();
    let paths = document.get("paths")?.as_object()?;
    paths
        .iter()
        .filter_map(|(template, item)| {
            let parts: Vec<&str> = template.trim_matches('/').split('/').collect();
            if parts.len() != sent.len() {
                return None;
            }
            let mut literal = 0;
            for (part, segment) in parts.iter().zip(&sent) {
                if part.starts_with('{') {
                    continue;
                }
                if part != segment {
                    return None;
                }
                literal += 1;
            }
            let operation = item.get(method.to_ascii_lowercase())?;
            Some((literal, template.as_str(), operation))
        })
        .max_by_key(|(literal, _, _)| *literal)
        .map(|(_, template, operation)| (template, operation))
}
