//! Profiles in `~/.config/voxai/config.toml` (the platform's config directory), written
//! with mode 0600 since a profile may hold a key when no keyring is available.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::CliError;
use crate::host::Vars;

/// The profile used when none is named.
pub const DEFAULT_PROFILE: &str = "default";

/// The whole file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Config {
    /// Profiles by name.
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// One profile.
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// Base URL of the API for this profile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// The key, only when no OS keyring could hold it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key: Option<String>,
    /// Where the key is: `keyring` or `file`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_store: Option<String>,
}

impl std::fmt::Debug for Profile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Profile")
            .field("base_url", &self.base_url)
            .field("api_key", &self.api_key.as_ref().map(|_| "<redacted>"))
            .field("key_store", &self.key_store)
            .finish()
    }
}

/// Where the config file is: `VOXAI_CONFIG_DIR`, else the platform's config directory.
pub fn path(vars: &Vars) -> Result<PathBuf, CliError> {
    if let Some(dir) = vars.os("VOXAI_CONFIG_DIR") {
        return Ok(PathBuf::from(dir).join("config.toml"));
    }
    dirs::config_dir()
        .map(|dir| dir.join("voxai").join("config.toml"))
        .ok_or_else(|| {
            CliError::Failed("no config directory on this system: set VOXAI_CONFIG_DIR".into())
        })
}

impl Config {
    /// Reads the file; a missing file is an empty config.
    pub fn load(path: &Path) -> Result<Self, CliError> {
        match std::fs::read_to_string(path) {
            Ok(text) => toml::from_str(&text).map_err(|e| {
                CliError::Usage(format!(
                    "{} is not a valid voxai config: {e}",
                    path.display()
                ))
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => Err(CliError::io(format!("cannot read {}", path.display()), e)),
        }
    }

    /// Writes the file with mode 0600 through a temporary file of a name nobody can
    /// guess, created exclusively (a link planted in the directory is never followed),
    /// then renamed over the config: `config.toml` itself is replaced, never written
    /// through.
    pub fn save(&self, path: &Path) -> Result<(), CliError> {
        let text = toml::to_string_pretty(self)
            .map_err(|e| CliError::Failed(format!("cannot encode the config: {e}")))?;
        let dir = path.parent().unwrap_or_else(|| Path::new("."));
        create_private_dir(dir)
            .map_err(|e| CliError::io(format!("cannot create {}", dir.display()), e))?;
        let cannot_write = |e| CliError::io(format!("cannot write {}", path.display()), e);
        let mut temporary = tempfile::Builder::new()
            .prefix(".config.toml.")
            .tempfile_in(dir)
            .map_err(cannot_write)?;
        write_private(&mut temporary, text.as_bytes()).map_err(cannot_write)?;
        temporary
            .persist(path)
            .map(drop)
            .map_err(|e| CliError::io(format!("cannot replace {}", path.display()), e.error))
    }

    /// A warning when the config's directory can be written by others, who could plant
    /// files or links there.
    pub fn insecure_dir(path: &Path) -> Option<String> {
        let dir = path.parent()?;
        let mode = dir_mode(dir)?;
        (mode & 0o022 != 0).then(|| {
            format!(
                "warning: {} can be written by other users (mode {mode:o}); run `chmod 700 {}`",
                dir.display(),
                dir.display()
            )
        })
    }

    /// A profile, if it exists.
    pub fn profile(&self, name: &str) -> Option<&Profile> {
        self.profiles.get(name)
    }
}

/// Fills the new temporary file: mode 0600 (tempfile creates it so on Unix; said again
/// in case a umask or platform differs), its bytes, synced.
fn write_private(file: &mut tempfile::NamedTempFile, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    file.write_all(bytes)?;
    file.as_file().sync_all()
}

#[cfg(unix)]
fn dir_mode(dir: &Path) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::metadata(dir).ok()?.permissions().mode() & 0o777)
}

#[cfg(not(unix))]
fn dir_mode(_: &Path) -> Option<u32> {
    None
}

/// Creates the config directory (and missing parents) readable by its owner only; an
/// existing directory is left as it is.
#[cfg(unix)]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_with_mode_0600() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested/config.toml");
        let mut config = Config::default();
        config.profiles.insert(
            "ci".into(),
            Profile {
                base_url: Some("http://127.0.0.1:4010/api/v1".into()),
                api_key: Some("pk_secret_value".into()),
                key_store: Some("file".into()),
            },
        );
        config.save(&path).unwrap();
        assert_eq!(Config::load(&path).unwrap(), config);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
            assert_eq!(
                std::fs::metadata(path.parent().unwrap())
                    .unwrap()
                    .permissions()
                    .mode()
                    & 0o777,
                0o700
            );
        }
        assert!(!format!("{config:?}").contains("pk_secret_value"));
        assert_eq!(
            Config::load(&dir.path().join("missing.toml")).unwrap(),
            Config::default()
        );
        std::fs::write(dir.path().join("bad.toml"), "profiles = 5").unwrap();
        assert!(matches!(
            Config::load(&dir.path().join("bad.toml")),
            Err(CliError::Usage(_))
        ));
    }

    #[cfg(unix)]
    #[test]
    fn saving_never_writes_through_a_planted_link() {
        use std::os::unix::fs::{PermissionsExt, symlink};
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        std::fs::write(&victim, "untouched").unwrap();
        let config_dir = dir.path().join("voxai");
        std::fs::create_dir(&config_dir).unwrap();
        let path = config_dir.join("config.toml");
        // The old fixed temporary name, and the config itself, both linked to the victim.
        symlink(&victim, config_dir.join("config.toml.tmp")).unwrap();
        symlink(&victim, &path).unwrap();
        let mut config = Config::default();
        config.profiles.insert("p".into(), Profile::default());
        config.save(&path).unwrap();
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "untouched");
        let written = std::fs::symlink_metadata(&path).unwrap();
        assert!(
            written.file_type().is_file(),
            "config.toml is a file of its own now"
        );
        assert_eq!(written.permissions().mode() & 0o777, 0o600);
        assert_eq!(Config::load(&path).unwrap(), config);

        std::fs::set_permissions(&config_dir, std::fs::Permissions::from_mode(0o777)).unwrap();
        let warning = Config::insecure_dir(&path).unwrap();
        assert!(warning.contains("chmod 700"), "{warning}");
        std::fs::set_permissions(&config_dir, std::fs::Permissions::from_mode(0o700)).unwrap();
        assert_eq!(Config::insecure_dir(&path), None);
    }
}
