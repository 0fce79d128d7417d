//! Where a document's bytes come from: a file, standard input, or the seed
//! bundled in the binary. The only module of the model that reads files.

use crate::document::{Document, Format, load};
use crate::error::LoadError;
use regex::Regex;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The bundled document, so `lectern` alone works from any directory.
pub const SEED_TEXT: &str = include_str!("../seeds/global-community-of-shared-future.txt");
/// The bundled document's name.
pub const SEED_NAME: &str = "global-community-of-shared-future.txt";

/// What to open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Seed,
    Stdin,
    File(PathBuf),
}

impl Source {
    /// `None` → the seed, `-` → standard input, anything else a file.
    pub fn from_arg(path: Option<&Path>) -> Source {
        match path {
            None => Source::Seed,
            Some(p) if p == Path::new("-") => Source::Stdin,
            Some(p) => Source::File(p.to_owned()),
        }
    }

    /// The name shown for the document.
    pub fn name(&self) -> String {
        match self {
            Source::Seed => SEED_NAME.to_owned(),
            Source::Stdin => "standard input".to_owned(),
            Source::File(path) => path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
        }
    }

    fn label_path(&self) -> PathBuf {
        match self {
            Source::File(path) => path.clone(),
            _ => PathBuf::from(self.name()),
        }
    }

    /// Read the raw bytes.
    pub fn read(&self) -> Result<Vec<u8>, LoadError> {
        match self {
            Source::Seed => Ok(SEED_TEXT.as_bytes().to_vec()),
            Source::Stdin => {
                let mut bytes = Vec::new();
                std::io::stdin()
                    .read_to_end(&mut bytes)
                    .map_err(|e| LoadError::from_io(self.label_path(), e))?;
                Ok(bytes)
            }
            Source::File(path) => {
                if path.is_dir() {
                    return Err(LoadError::IsDirectory(path.clone()));
                }
                std::fs::read(path).map_err(|e| LoadError::from_io(path.clone(), e))
            }
        }
    }

    /// The size in bytes of a file source (`None` for the seed and stdin).
    pub fn file_size(&self) -> Option<u64> {
        match self {
            Source::File(path) => std::fs::metadata(path).ok().map(|m| m.len()),
            _ => None,
        }
    }

    /// The opening of a file, about `limit` bytes cut at a line end,
    /// structured: what the reader shows while the whole file loads.
    pub fn load_preview(
        &self,
        limit: usize,
        format: Option<Format>,
        headings: &[Regex],
    ) -> Result<Document, LoadError> {
        let Source::File(path) = self else {
            return self.load(format, headings);
        };
        let file = std::fs::File::open(path).map_err(|e| LoadError::from_io(path.clone(), e))?;
        let mut bytes = Vec::with_capacity(limit);
        file.take(limit as u64)
            .read_to_end(&mut bytes)
            .map_err(|e| LoadError::from_io(path.clone(), e))?;
        if let Some(end) = memchr::memrchr(b'\n', &bytes) {
            bytes.truncate(end + 1);
        }
        let decoded = load::decode(bytes).ok_or_else(|| LoadError::Binary(self.label_path()))?;
        let name = self.name();
        let format = format.unwrap_or_else(|| Format::from_name(&name));
        Ok(Document::from_decoded(&name, decoded, format, headings))
    }

    /// Read, decode and structure the document.
    pub fn load(&self, format: Option<Format>, headings: &[Regex]) -> Result<Document, LoadError> {
        let bytes = self.read()?;
        let decoded = load::decode(bytes).ok_or_else(|| LoadError::Binary(self.label_path()))?;
        let name = self.name();
        let format = format.unwrap_or_else(|| match self {
            Source::Stdin => sniff_format(&decoded.text),
            _ => Format::from_name(&name),
        });
        Ok(Document::from_decoded(&name, decoded, format, headings))
    }
}

/// Standard input has no name: call it Markdown when it opens like Markdown.
fn sniff_format(text: &str) -> Format {
    let head: Vec<&str> = text.lines().take(50).collect();
    let markdown_lines = head
        .iter()
        .filter(|l| l.starts_with("# ") || l.starts_with("## ") || l.starts_with("```"))
        .count();
    if markdown_lines >= 1 || head.first().is_some_and(|l| *l == "---" || *l == "+++") {
        Format::Markdown
    } else {
        Format::Plain
    }
}
