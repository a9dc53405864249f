//! The projects, keys and configuration the server starts with.
//!
//! The API has no endpoints to create projects, keys, agents, SIP trunks or webhook
//! endpoints, so they come from fixtures: the built-in ones (`fixtures/default.json` in
//! this crate) or a file of the same format given with `--fixtures`.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use voxai_types::Plan;
use voxai_types::agents::AgentTool;
use voxai_types::recordings::RecordingFormat;
use voxai_types::sip::{SipConfig, SipTrunk};

/// The built-in fixtures, as JSON.
pub const DEFAULT_FIXTURES_JSON: &str = include_str!("../fixtures/default.json");

/// Everything the server starts with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fixtures {
    /// The LiveKit deployment tokens are minted for.
    #[serde(default)]
    pub livekit: LivekitConfig,
    /// Projects with their keys and configuration.
    pub projects: Vec<ProjectFixture>,
}

/// The LiveKit server tokens are for, and the key pair that signs them.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LivekitConfig {
    /// `wsUrl` of token and dial responses.
    pub url: String,
    /// The LiveKit API key (the token's `iss`).
    pub api_key: String,
    /// The LiveKit API secret (the HS256 signing key).
    pub api_secret: String,
}

impl std::fmt::Debug for LivekitConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LivekitConfig")
            .field("url", &self.url)
            .field("api_key", &self.api_key)
            .field("api_secret", &"<redacted>")
            .finish()
    }
}

impl Default for LivekitConfig {
    fn default() -> Self {
        Self {
            url: "wss://livekit.ai0.dev".into(),
            api_key: "devkey".into(),
            api_secret: "secret".into(),
        }
    }
}

/// One project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectFixture {
    /// Project id (`project_id` in responses and webhooks).
    pub id: u64,
    /// Display name.
    pub name: String,
    /// Prefix of its LiveKit room names, e.g. `proj_`.
    pub prefix: String,
    /// Its plan: rate limit and quotas.
    pub plan: Plan,
    /// Its API keys.
    pub keys: Vec<KeyFixture>,
    /// Agent configurations with their tools.
    #[serde(default)]
    pub agents: Vec<AgentFixture>,
    /// SIP trunks; with none, dialing is refused.
    #[serde(default)]
    pub sip_trunks: Vec<SipTrunk>,
    /// SIP configurations.
    #[serde(default)]
    pub sip_configs: Vec<SipConfig>,
    /// Webhook endpoints that receive the project's events.
    #[serde(default)]
    pub webhooks: Vec<WebhookFixture>,
    /// Quota limits that replace the plan's, by resource type (`-1` is unlimited).
    #[serde(default)]
    pub quota_limits: BTreeMap<String, i64>,
    /// Team members (reported by `/quota`).
    #[serde(default = "one")]
    pub team_members: i64,
    /// The format recordings are made in: `ogg` (Opus) or `wav`.
    #[serde(default = "ogg")]
    pub recording_format: RecordingFormat,
}

fn one() -> i64 {
    1
}

fn ogg() -> RecordingFormat {
    RecordingFormat::Ogg
}

/// An API key of a project.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyFixture {
    /// The key, e.g. `pk_test_pro`.
    pub key: String,
    /// A deactivated key is refused with 401.
    #[serde(default = "yes")]
    pub active: bool,
}

impl std::fmt::Debug for KeyFixture {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown: String = self.key.chars().take(8).collect();
        f.debug_struct("KeyFixture")
            .field("key", &format!("{shown}…"))
            .field("active", &self.active)
            .finish()
    }
}

fn yes() -> bool {
    true
}

/// An agent configuration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgentFixture {
    /// Agent config id.
    pub id: u64,
    /// Name.
    pub name: String,
    /// e.g. `voice`.
    #[serde(default = "voice")]
    pub agent_type: String,
    /// e.g. `openai`.
    pub llm_provider: String,
    /// e.g. `gpt-4o`.
    pub llm_model: String,
    /// Inactive agents are listed but cannot be dispatched.
    #[serde(default = "yes")]
    pub is_active: bool,
    /// Its tools.
    #[serde(default)]
    pub tools: Vec<AgentTool>,
}

fn voice() -> String {
    "voice".into()
}

/// A webhook endpoint.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebhookFixture {
    /// Where events are POSTed.
    pub url: String,
    /// The HMAC-SHA256 signing secret.
    pub secret: String,
    /// Inactive endpoints receive nothing.
    #[serde(default = "yes")]
    pub active: bool,
}

impl std::fmt::Debug for WebhookFixture {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebhookFixture")
            .field("url", &self.url)
            .field("secret", &"<redacted>")
            .field("active", &self.active)
            .finish()
    }
}

/// Why fixtures could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum FixtureError {
    /// The file could not be read.
    #[error("cannot read fixtures {path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The JSON does not match the format.
    #[error("fixtures {origin} are not valid: {message}")]
    Invalid {
        /// The file, or `built-in`.
        origin: String,
        /// What is wrong, with the path of the field.
        message: String,
    },
}

impl Fixtures {
    /// The built-in projects and keys (see the crate docs for the table).
    pub fn builtin() -> Self {
        // The built-in file is checked by a test; fall back to nothing rather than panic.
        Self::parse(DEFAULT_FIXTURES_JSON, "built-in").unwrap_or(Self {
            livekit: LivekitConfig::default(),
            projects: Vec::new(),
        })
    }

    /// Reads fixtures from a JSON file.
    ///
    /// # Errors
    ///
    /// When the file cannot be read or does not hold valid fixtures.
    pub fn from_file(path: impl AsRef<Path>) -> Result<Self, FixtureError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|source| FixtureError::Read {
            path: path.display().to_string(),
            source,
        })?;
        Self::parse(&text, &path.display().to_string())
    }

    /// Parses fixtures from JSON and checks they are consistent.
    ///
    /// # Errors
    ///
    /// When `json` is not valid fixtures; the error names `origin` and the field.
    pub fn parse(json: &str, origin: &str) -> Result<Self, FixtureError> {
        let invalid = |message: String| FixtureError::Invalid {
            origin: origin.to_owned(),
            message,
        };
        let mut deserializer = serde_json::Deserializer::from_str(json);
        let fixtures: Self = serde_path_to_error::deserialize(&mut deserializer)
            .map_err(|e| invalid(format!("{} (at {})", e.inner(), e.path())))?;
        fixtures.validate().map_err(invalid)?;
        Ok(fixtures)
    }

    fn validate(&self) -> Result<(), String> {
        let mut ids = std::collections::HashSet::new();
        let mut keys = std::collections::HashSet::new();
        let mut prefixes: Vec<&str> = Vec::new();
        let mut agent_ids = std::collections::HashSet::new();
        for project in &self.projects {
            if !ids.insert(project.id) {
                return Err(format!("project id {} appears twice", project.id));
            }
            // One prefix starting another would let a project name the other's rooms:
            // with `a_` and `a_b_`, room `b_x` of the first is `a_b_x`, the second's `x`.
            let prefix = project.prefix.as_str();
            if let Some(other) = prefixes
                .iter()
                .find(|other| other.starts_with(prefix) || prefix.starts_with(**other))
            {
                return Err(if *other == prefix {
                    format!("room prefix {prefix:?} is used by two projects")
                } else {
                    format!(
                        "room prefixes {other:?} and {prefix:?} overlap: one project's full room names would name the other's rooms"
                    )
                });
            }
            prefixes.push(prefix);
            for key in &project.keys {
                if key.key.trim().is_empty() || !keys.insert(key.key.as_str()) {
                    return Err(format!(
                        "project {}: API keys must be non-empty and unique",
                        project.id
                    ));
                }
            }
            for agent in &project.agents {
                if !agent_ids.insert(agent.id) {
                    return Err(format!("agent id {} appears twice", agent.id));
                }
            }
        }
        Ok(())
    }

    /// Adds webhook endpoints to the first project (what `--webhook-url` does).
    pub fn add_webhooks(&mut self, urls: &[String], secret: &str) {
        if let Some(project) = self.projects.first_mut() {
            project
                .webhooks
                .extend(urls.iter().map(|url| WebhookFixture {
                    url: url.clone(),
                    secret: secret.to_owned(),
                    active: true,
                }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_fixtures_parse() {
        let fixtures = Fixtures::parse(DEFAULT_FIXTURES_JSON, "built-in").unwrap();
        let keys: Vec<&str> = fixtures
            .projects
            .iter()
            .flat_map(|p| p.keys.iter().map(|k| k.key.as_str()))
            .collect();
        assert_eq!(
            keys,
            [
                "pk_test_pro",
                "pk_test_revoked",
                "pk_test_free",
                "pk_test_enterprise"
            ]
        );
    }

    #[test]
    fn invalid_fixtures_name_the_field() {
        let err = Fixtures::parse(r#"{"projects":[{"id":"one"}]}"#, "t.json").unwrap_err();
        assert!(err.to_string().contains("projects[0].id"), "{err}");
        let dup = r#"{"projects":[
            {"id":1,"name":"a","prefix":"a_","plan":"free","keys":[{"key":"k"}]},
            {"id":1,"name":"b","prefix":"b_","plan":"free","keys":[{"key":"j"}]}]}"#;
        assert!(
            Fixtures::parse(dup, "t")
                .unwrap_err()
                .to_string()
                .contains("twice")
        );
    }

    #[test]
    fn room_prefixes_may_not_overlap() {
        let fixtures = |a: &str, b: &str| {
            format!(
                r#"{{"projects":[
                {{"id":1,"name":"a","prefix":"{a}","plan":"free","keys":[{{"key":"k"}}]}},
                {{"id":2,"name":"b","prefix":"{b}","plan":"free","keys":[{{"key":"j"}}]}}]}}"#
            )
        };
        for (a, b) in [("a_", "a_b_"), ("a_b_", "a_"), ("", "b_"), ("x_", "x_")] {
            let err = Fixtures::parse(&fixtures(a, b), "t")
                .unwrap_err()
                .to_string();
            assert!(
                err.contains("overlap") || err.contains("two projects"),
                "{a} {b}: {err}"
            );
        }
        Fixtures::parse(&fixtures("a_", "b_"), "t").unwrap();
        Fixtures::parse(&fixtures("ab_", "a_"), "t").unwrap();
    }
}
