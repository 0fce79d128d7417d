//! Reading and writing the bookmarks file safely. Every save takes a lock,
//! re-reads the file, applies this session's changes and replaces the file
//! atomically (temporary file in the same directory, fsync, rename), so a
//! crash leaves the old or the new file and two lecterns merge. A file that
//! cannot be parsed is moved aside, never overwritten; one that cannot be
//! read at all is left alone and nothing is saved over it.

use super::paths::Paths;
use super::{Changes, DocIdentity, StoreFile};
use std::fs::{self, File};
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

/// Why a save did not happen.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}: {source}", .path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: not saved, the file could not be read earlier ({reason})", .path.display())]
    Unreadable { path: PathBuf, reason: String },
    #[error("{}: {message}", .path.display())]
    Format { path: PathBuf, message: String },
}

/// The bookmarks file, or none (bookmarks then last for the session only).
#[derive(Debug)]
pub struct Store {
    paths: Option<Paths>,
    /// Set when the file exists but could not be read: never write over it.
    unreadable: Option<String>,
}

/// What opening the store found.
#[derive(Debug, Default)]
pub struct Opened {
    pub file: StoreFile,
    /// Things to tell the user (file moved aside, session-only bookmarks).
    pub warnings: Vec<String>,
}

impl Store {
    /// A store that keeps nothing between sessions.
    pub fn in_memory() -> Store {
        Store {
            paths: None,
            unreadable: None,
        }
    }

    /// Open the store at `paths` and read it. Problems become warnings:
    /// reading a document never fails because of its bookmarks.
    pub fn open(paths: Option<Paths>) -> (Store, Opened) {
        let Some(paths) = paths else {
            let opened = Opened {
                warnings: vec!["no config directory: bookmarks last for this session only".into()],
                ..Opened::default()
            };
            return (Store::in_memory(), opened);
        };
        if let Err(err) = fs::create_dir_all(&paths.config_dir) {
            let opened = Opened {
                warnings: vec![format!(
                    "{}: {err}: bookmarks last for this session only",
                    paths.config_dir.display()
                )],
                ..Opened::default()
            };
            return (Store::in_memory(), opened);
        }
        let mut store = Store {
            paths: Some(paths),
            unreadable: None,
        };
        let opened = store.read_or_quarantine();
        (store, opened)
    }

    /// Read the file without touching anything: no folder is made, a file
    /// that cannot be parsed is reported and left where it is (for
    /// `--bookmarks`, which only reads).
    pub fn read_only(paths: Option<&Paths>) -> Opened {
        let Some(paths) = paths else {
            return Opened::default();
        };
        match read(&paths.bookmarks) {
            Ok(file) => Opened {
                file: file.unwrap_or_default(),
                warnings: Vec::new(),
            },
            Err(ReadError::Io(err)) => Opened {
                warnings: vec![format!("{}: {err}", paths.bookmarks.display())],
                ..Opened::default()
            },
            Err(ReadError::Corrupt(message)) => Opened {
                warnings: vec![format!(
                    "{} could not be read ({message}); left as it is",
                    paths.bookmarks.display()
                )],
                ..Opened::default()
            },
        }
    }

    /// Where the file is, if anywhere.
    pub fn paths(&self) -> Option<&Paths> {
        self.paths.as_ref()
    }

    fn read_or_quarantine(&mut self) -> Opened {
        let Some(paths) = &self.paths else {
            return Opened::default();
        };
        match read(&paths.bookmarks) {
            // A newer lectern's file: read it, never write it.
            Ok(Some(file)) if file.version > super::VERSION => {
                self.unreadable = Some(format!(
                    "it is from a newer lectern (version {})",
                    file.version
                ));
                let name = paths.bookmarks.display();
                Opened {
                    file,
                    warnings: vec![format!(
                        "{name} is from a newer lectern; changes this session are not saved"
                    )],
                }
            }
            Ok(Some(file)) => Opened {
                file,
                warnings: Vec::new(),
            },
            Ok(None) => Opened::default(),
            Err(ReadError::Io(err)) => {
                let reason = err.to_string();
                self.unreadable = Some(reason.clone());
                Opened {
                    warnings: vec![format!(
                        "{}: {reason}: bookmarks are not saved this session",
                        paths.bookmarks.display()
                    )],
                    ..Opened::default()
                }
            }
            Err(ReadError::Corrupt(message)) => {
                let _lock = lock(paths).ok();
                Opened {
                    warnings: vec![quarantine(&paths.bookmarks, &message)],
                    ..Opened::default()
                }
            }
        }
    }

    /// Apply `changes` for `identity` to the file on disk, under the lock.
    pub fn save(&self, identity: &DocIdentity, changes: &Changes) -> Result<(), StoreError> {
        let Some(paths) = &self.paths else {
            return Ok(());
        };
        if let Some(reason) = &self.unreadable {
            return Err(StoreError::Unreadable {
                path: paths.bookmarks.clone(),
                reason: reason.clone(),
            });
        }
        let _lock = lock(paths)?;
        let mut file = match read(&paths.bookmarks) {
            Ok(file) => file.unwrap_or_default(),
            Err(ReadError::Corrupt(message)) => {
                // Broken since we started (another program?): keep it aside.
                quarantine(&paths.bookmarks, &message);
                StoreFile::default()
            }
            Err(ReadError::Io(source)) => {
                return Err(StoreError::Io {
                    path: paths.bookmarks.clone(),
                    source,
                });
            }
        };
        file.apply(identity, changes);
        write_atomically(&paths.bookmarks, &file)
    }

    /// The file as it is now (for listings), or empty.
    pub fn snapshot(&self) -> StoreFile {
        self.paths
            .as_ref()
            .and_then(|p| read(&p.bookmarks).ok().flatten())
            .unwrap_or_default()
    }
}

enum ReadError {
    Io(std::io::Error),
    Corrupt(String),
}

/// The parsed file; `None` when there is none yet.
fn read(path: &Path) -> Result<Option<StoreFile>, ReadError> {
    refuse_special(path).map_err(ReadError::Io)?;
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) if err.kind() == ErrorKind::NotFound => return Ok(None),
        Err(err) if err.kind() == ErrorKind::InvalidData => {
            return Err(ReadError::Corrupt(err.to_string()));
        }
        Err(err) => return Err(ReadError::Io(err)),
    };
    StoreFile::parse(&text)
        .map(Some)
        .map_err(ReadError::Corrupt)
}

/// A name beside `path` no file has yet: `.corrupt-SECONDS`, then `-2`,
/// `-3`… when two are moved aside within a second, so none is overwritten.
fn quarantine_name(path: &Path) -> PathBuf {
    let stem = format!("{}.corrupt-{}", path.display(), super::now());
    let mut aside = PathBuf::from(&stem);
    let mut n = 2;
    while aside.exists() || aside.is_symlink() {
        aside = PathBuf::from(format!("{stem}-{n}"));
        n += 1;
    }
    aside
}

/// Move an unparseable file aside and say where it went.
fn quarantine(path: &Path, message: &str) -> String {
    let aside = quarantine_name(path);
    match fs::rename(path, &aside) {
        Ok(()) => format!(
            "{} could not be read; moved to {} ({message}); starting with no bookmarks",
            path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned()
            ),
            aside.display()
        ),
        Err(err) => format!(
            "{} could not be read ({message}) nor moved aside ({err})",
            path.display()
        ),
    }
}

/// Temporary files of saves that never finished (a `kill -9` mid-save) are
/// named `.bookmarks.json.XXXXXX`; those over an hour old are removed.
fn remove_stale_temporaries(dir: &Path) {
    const STALE: std::time::Duration = std::time::Duration::from_secs(3600);
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let stale = entry
            .metadata()
            .ok()
            .filter(|m| m.is_file())
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > STALE);
        if stale && name.to_string_lossy().starts_with(".bookmarks.json.") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// A state file that is a FIFO or a device would block whoever opens it:
/// it is unusable, said as an error.
fn refuse_special(path: &Path) -> std::io::Result<()> {
    match fs::metadata(path) {
        Ok(meta) if !meta.is_file() => Err(std::io::Error::other(
            "not a regular file (a FIFO or a device?): left alone",
        )),
        _ => Ok(()),
    }
}

/// How long a save waits for another program's lock before giving up.
const LOCK_PATIENCE: std::time::Duration = std::time::Duration::from_secs(3);

/// Hold the lock file's exclusive lock until the returned file is dropped;
/// a lock held longer than [`LOCK_PATIENCE`] (a stuck program, a `flock`
/// in a shell) is an error, never a wait without end.
fn lock(paths: &Paths) -> Result<File, StoreError> {
    let io = |source| StoreError::Io {
        path: paths.lock.clone(),
        source,
    };
    refuse_special(&paths.lock).map_err(io)?;
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&paths.lock)
        .map_err(io)?;
    let give_up = std::time::Instant::now() + LOCK_PATIENCE;
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(file),
            Err(std::fs::TryLockError::WouldBlock) if std::time::Instant::now() < give_up => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(io(std::io::Error::other(
                    "locked by another program for too long; not saved",
                )));
            }
            Err(std::fs::TryLockError::Error(err)) => return Err(io(err)),
        }
    }
}

/// Write `file` to a temporary file beside `path`, fsync it, rename it over
/// `path`, then fsync the directory so the rename itself is durable. A
/// `path` that is a symlink (dotfiles) is written through: its target is
/// replaced, in the target's folder, and the link stays. Temporary files
/// an interrupted save left there (over an hour old) are removed.
fn write_atomically(path: &Path, file: &StoreFile) -> Result<(), StoreError> {
    let target = match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned())
        }
        _ => path.to_owned(),
    };
    let path = target.as_path();
    let dir = path.parent().unwrap_or(Path::new("."));
    remove_stale_temporaries(dir);
    let io = |source| StoreError::Io {
        path: path.to_owned(),
        source,
    };
    let json = serde_json::to_string_pretty(file).map_err(|e| StoreError::Format {
        path: path.to_owned(),
        message: e.to_string(),
    })?;
    let mut temp = tempfile::Builder::new()
        .prefix(".bookmarks.json.")
        .tempfile_in(dir)
        .map_err(io)?;
    temp.write_all(json.as_bytes()).map_err(io)?;
    temp.write_all(b"\n").map_err(io)?;
    temp.as_file().sync_all().map_err(io)?;
    temp.persist(path).map_err(|e| io(e.error))?;
    if let Ok(dir) = File::open(dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}
