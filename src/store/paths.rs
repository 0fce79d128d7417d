//! Where lectern keeps its files: `LECTERN_CONFIG_DIR` if set, else
//! `$XDG_CONFIG_HOME/lectern` if that is set (on every platform: macOS
//! users who keep dotfiles in `~/.config` expect it), else the platform's
//! config directory from `directories` (`~/.config/lectern` on Linux).

use std::path::{Path, PathBuf};

/// Every file lectern reads or writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    pub config_dir: PathBuf,
    pub bookmarks: PathBuf,
    /// Taken while the bookmarks file is read, merged and replaced.
    pub lock: PathBuf,
    /// The user's settings (read only).
    pub config: PathBuf,
}

impl Paths {
    /// Paths inside `config_dir`.
    pub fn in_dir(config_dir: &Path) -> Paths {
        Paths {
            config_dir: config_dir.to_owned(),
            bookmarks: config_dir.join("bookmarks.json"),
            lock: config_dir.join("bookmarks.json.lock"),
            config: config_dir.join("config.toml"),
        }
    }

    /// Resolve from the environment; `None` when no directory can be named
    /// (no home directory and nothing set).
    pub fn from_env() -> Option<Paths> {
        config_dir(
            std::env::var_os("LECTERN_CONFIG_DIR"),
            std::env::var_os("XDG_CONFIG_HOME"),
        )
        .map(|dir| Paths::in_dir(&dir))
    }
}

fn config_dir(
    lectern_dir: Option<std::ffi::OsString>,
    xdg_config_home: Option<std::ffi::OsString>,
) -> Option<PathBuf> {
    let non_empty = |v: Option<std::ffi::OsString>| v.filter(|v| !v.is_empty()).map(PathBuf::from);
    if let Some(dir) = non_empty(lectern_dir) {
        return Some(dir);
    }
    if let Some(xdg) = non_empty(xdg_config_home).filter(|p| p.is_absolute()) {
        return Some(xdg.join("lectern"));
    }
    directories::ProjectDirs::from("", "", "lectern").map(|d| d.config_dir().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lectern_dir_wins_then_xdg_then_the_platform() {
        assert_eq!(
            config_dir(Some("/tmp/l".into()), Some("/x".into())),
            Some(PathBuf::from("/tmp/l"))
        );
        assert_eq!(
            config_dir(None, Some("/x".into())),
            Some(PathBuf::from("/x/lectern"))
        );
        assert_eq!(
            config_dir(Some("".into()), Some("/x".into())),
            Some(PathBuf::from("/x/lectern"))
        );
        // A relative XDG_CONFIG_HOME is invalid by the spec and ignored.
        assert_ne!(
            config_dir(None, Some("rel".into())),
            Some(PathBuf::from("rel/lectern"))
        );
    }

    #[test]
    fn files_live_in_the_directory() {
        let p = Paths::in_dir(Path::new("/c"));
        assert_eq!(p.bookmarks, PathBuf::from("/c/bookmarks.json"));
        assert_eq!(p.lock, PathBuf::from("/c/bookmarks.json.lock"));
    }
}
