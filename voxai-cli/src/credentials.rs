//! API keys in the OS keyring, or in the 0600 config file where there is none.
//!
//! keyring v3 falls back to an in-memory mock store when no platform store is enabled,
//! so the platform stores are enabled explicitly (see Cargo.toml). On a headless Linux
//! box the Secret Service is missing and keyring answers `PlatformFailure` or
//! `NoStorageAccess`: that is the signal to use the config file instead.

use keyring::Entry;

use crate::config::Config;
use crate::error::CliError;

const SERVICE: &str = "voxai";

/// Where a key was stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Store {
    /// The OS keyring.
    Keyring,
    /// The config file, mode 0600.
    File,
}

impl Store {
    /// `keyring` or `file`, as the config records it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Keyring => "keyring",
            Self::File => "file",
        }
    }
}

/// The OS keyring, or its absence when `VOXAI_NO_KEYRING` switches it off (for CI).
#[derive(Debug, Clone, Copy)]
pub struct Keyring {
    off: bool,
}

impl Keyring {
    /// The keyring, unless `off`.
    pub fn new(off: bool) -> Self {
        Self { off }
    }

    /// Why the keyring could not be used, or `None` when it was.
    fn set(self, profile: &str, key: &str) -> Option<String> {
        if self.off {
            return Some("VOXAI_NO_KEYRING is set".into());
        }
        match Entry::new(SERVICE, profile).and_then(|entry| entry.set_password(key)) {
            Ok(()) => None,
            Err(e) => Some(e.to_string()),
        }
    }

    fn get(self, profile: &str) -> Option<String> {
        if self.off {
            return None;
        }
        Entry::new(SERVICE, profile)
            .and_then(|entry| entry.get_password())
            .ok()
    }

    /// Stores the key of `profile`: in the keyring if there is one, else in the config
    /// file. Returns where, and why the keyring was not used.
    pub fn save(
        self,
        config: &mut Config,
        profile: &str,
        key: &str,
        base_url: Option<String>,
    ) -> (Store, Option<String>) {
        let entry = config.profiles.entry(profile.to_owned()).or_default();
        if base_url.is_some() {
            entry.base_url = base_url;
        }
        match self.set(profile, key) {
            None => {
                entry.api_key = None;
                entry.key_store = Some(Store::Keyring.as_str().into());
                (Store::Keyring, None)
            }
            Some(why) => {
                entry.api_key = Some(key.to_owned());
                entry.key_store = Some(Store::File.as_str().into());
                (Store::File, Some(why))
            }
        }
    }

    /// The key of `profile`: from the keyring, else the config file.
    pub fn load(self, config: &Config, profile: &str) -> Option<(String, Store)> {
        let entry = config.profile(profile)?;
        if entry.key_store.as_deref() == Some("keyring") {
            if let Some(key) = self.get(profile) {
                return Some((key, Store::Keyring));
            }
        }
        entry.api_key.clone().map(|key| (key, Store::File))
    }

    /// Forgets the key of `profile` everywhere. Whether there was a profile.
    pub fn delete(self, config: &mut Config, profile: &str) -> bool {
        if !self.off {
            let _ = Entry::new(SERVICE, profile).and_then(|entry| entry.delete_credential());
        }
        config.profiles.remove(profile).is_some()
    }
}

/// Runs keyring work off the async runtime (the Secret Service client blocks).
pub async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, CliError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| CliError::Failed(format!("credential store task failed: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    // One test: the credential builder is process-wide state.
    #[test]
    fn keyring_first_then_the_file() {
        keyring::set_default_credential_builder(keyring::mock::default_credential_builder());
        let keyring = Keyring::new(false);
        let mut config = Config::default();
        let (store, why) = keyring.save(&mut config, "mock-profile", "pk_in_keyring", None);
        // The mock store keeps each entry object's own secret; what matters here is that
        // the key is not written to the file when a keyring accepts it.
        assert_eq!((store, why), (Store::Keyring, None));
        let profile = config.profile("mock-profile").unwrap();
        assert_eq!(profile.api_key, None);
        assert_eq!(profile.key_store.as_deref(), Some("keyring"));
        assert!(keyring.delete(&mut config, "mock-profile"));
        assert!(config.profile("mock-profile").is_none());

        keyring::set_default_credential_builder(Box::new(Unavailable));
        let mut config = Config::default();
        let (store, why) = keyring.save(
            &mut config,
            "headless",
            "pk_in_file",
            Some("http://x/api/v1".into()),
        );
        assert_eq!(store, Store::File);
        assert!(why.unwrap().contains("no secret service"));
        assert_eq!(
            keyring.load(&config, "headless"),
            Some(("pk_in_file".into(), Store::File))
        );
        assert_eq!(
            config.profile("headless").unwrap().base_url.as_deref(),
            Some("http://x/api/v1")
        );
    }

    /// A credential store that fails as a headless Linux box does.
    struct Unavailable;

    impl keyring::credential::CredentialBuilderApi for Unavailable {
        fn build(
            &self,
            _: Option<&str>,
            _: &str,
            _: &str,
        ) -> keyring::Result<Box<keyring::credential::Credential>> {
            Err(keyring::Error::PlatformFailure("no secret service".into()))
        }

        fn as_any(&self) -> &dyn std::any::Any {
            self
        }
    }
}
