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
