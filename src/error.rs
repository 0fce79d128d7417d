//! Error types of the library. Each names the file or value it is about, so the
//! one line `main` prints tells the user what to fix. No terminal or exit-code
//! logic lives here.

use std::path::PathBuf;

/// Why a document could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}: no such file", .0.display())]
    NotFound(PathBuf),
    #[error("{}: permission denied", .0.display())]
    PermissionDenied(PathBuf),
    #[error("{}: is a directory (give a text or Markdown file)", .0.display())]
    IsDirectory(PathBuf),
    #[error("{}: looks like a binary file", .0.display())]
    Binary(PathBuf),
    #[error("{}: {why}", .path.display())]
    Unreadable { path: PathBuf, why: String },
    #[error("{}: no text or Markdown files in this folder", .0.display())]
    NoDocuments(PathBuf),
    #[error("{}: {source}", .path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl LoadError {
    /// Classify an I/O error met while reading `path`.
    pub fn from_io(path: PathBuf, err: std::io::Error) -> Self {
        use std::io::ErrorKind;
        match err.kind() {
            ErrorKind::NotFound => LoadError::NotFound(path),
            ErrorKind::PermissionDenied => LoadError::PermissionDenied(path),
            ErrorKind::IsADirectory => LoadError::IsDirectory(path),
            _ => LoadError::Io { path, source: err },
        }
    }
}

/// A `--heading` pattern that does not compile.
#[derive(Debug, thiserror::Error)]
#[error("--heading {pattern:?}: {message}")]
pub struct PatternError {
    pub pattern: String,
    pub message: String,
}

/// Why `lectern::run` stopped: what `main` prints after `lectern: `.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Pattern(#[from] PatternError),
    /// Options that cannot be used together.
    #[error("{0}")]
    Usage(&'static str),
    #[error("writing to standard output: {0}")]
    Output(std::io::Error),
    #[error("terminal: {0}")]
    Terminal(#[from] std::io::Error),
}
