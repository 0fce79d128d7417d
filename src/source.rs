//! Where a document's bytes come from: a file, standard input, or the seed
//! bundled in the binary. The only module of the model that reads files.

mod find;
mod folder;
mod halves;
pub mod unpack;
mod window;

pub use folder::{expand, name_apart, names_apart};

pub use crate::document::part::{FileWindow, Window, WindowAt};
pub use find::find_in_file;
pub use window::bytes_for_screen;

use crate::document::readers::{self, Reader};
use crate::document::{Document, Format, ReadBy, load};
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

    /// Read the raw bytes: a regular file, a pipe or standard input, up
    /// to [`INPUT_LIMIT`]; a device is refused, and so is a binary file as
    /// soon as its first part shows it (a sparse or random file is not
    /// read on).
    pub fn read(&self) -> Result<Vec<u8>, LoadError> {
        match self {
            Source::Seed => Ok(SEED_TEXT.as_bytes().to_vec()),
            Source::Stdin => self.read_bounded(std::io::stdin().lock(), 0),
            Source::File(path) => {
                let io_error = |e| LoadError::from_io(path.clone(), e);
                let metadata = std::fs::metadata(path).map_err(io_error)?;
                let kind = metadata.file_type();
                if kind.is_dir() {
                    return Err(LoadError::IsDirectory(path.clone()));
                }
                if is_device(&kind) {
                    return Err(LoadError::Unreadable {
                        path: path.clone(),
                        why: "is a device, not a document".to_owned(),
                    });
                }
                let mut file = std::fs::File::open(path).map_err(io_error)?;
                if metadata.len() < halves::TWO_THREADS_FROM {
                    return self.read_bounded(file, metadata.len());
                }
                let head = self.read_head(&mut file)?;
                let size = usize::try_from(metadata.len()).unwrap_or(usize::MAX);
                let bytes =
                    halves::read_rest(&mut file, head, size, INPUT_LIMIT).map_err(io_error)?;
                self.within_limit(bytes)
            }
        }
    }

    /// `expected` bytes (the file's size, 0 when unknown) are made room for
    /// at once, rather than by doubling: a tenth of the time to open 100 MB.
    fn read_bounded(&self, mut input: impl Read, expected: u64) -> Result<Vec<u8>, LoadError> {
        let io_error = |e| LoadError::from_io(self.label_path(), e);
        let mut bytes = self.read_head(&mut input)?;
        // One more byte than the size, so that reading to the end finds the
        // end without growing the buffer.
        let room = expected.min(INPUT_LIMIT) as usize + 1;
        bytes.reserve(room.saturating_sub(bytes.len()));
        input
            .take(INPUT_LIMIT + 1 - HEAD_BYTES)
            .read_to_end(&mut bytes)
            .map_err(io_error)?;
        self.within_limit(bytes)
    }

    /// The first [`HEAD_BYTES`] of `input`; an error when they show a
    /// binary file, so that the rest is not read.
    fn read_head(&self, input: impl Read) -> Result<Vec<u8>, LoadError> {
        let mut bytes = Vec::with_capacity(HEAD_BYTES as usize);
        input
            .take(HEAD_BYTES)
            .read_to_end(&mut bytes)
            .map_err(|e| LoadError::from_io(self.label_path(), e))?;
        let packed = unpack::Packing::of(&bytes).is_some() || crate::document::epub::is_zip(&bytes);
        let bom = encoding_rs::Encoding::for_bom(&bytes).is_some();
        if !packed && !bom && load::looks_binary(&bytes) {
            return Err(LoadError::Binary(self.label_path()));
        }
        Ok(bytes)
    }

    fn within_limit(&self, bytes: Vec<u8>) -> Result<Vec<u8>, LoadError> {
        if bytes.len() as u64 > INPUT_LIMIT {
            return Err(LoadError::Unreadable {
                path: self.label_path(),
                why: format!("larger than {} GB; lectern stops there", INPUT_LIMIT >> 30),
            });
        }
        Ok(bytes)
    }

    /// The document's bytes, expanded when compressed (gzip, zstd).
    pub fn read_unpacked(&self) -> Result<Vec<u8>, LoadError> {
        unpack::unpacked(self.read()?).map_err(|why| LoadError::Unreadable {
            path: self.label_path(),
            why,
        })
    }

    /// Whether the file is compressed (so it cannot be read in part).
    pub fn is_packed(&self) -> bool {
        let Source::File(path) = self else {
            return false;
        };
        let mut head = [0u8; 4];
        std::fs::File::open(path)
            .and_then(|mut f| f.read(&mut head))
            .is_ok_and(|n| {
                unpack::Packing::of(&head[..n]).is_some()
                    || crate::document::epub::is_zip(&head[..n])
            })
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
        how: impl Into<ReadAs>,
        headings: &[Regex],
    ) -> Result<Document, LoadError> {
        let how = how.into();
        let ReadAs {
            format,
            encoding,
            link_urls,
        } = how;
        let Source::File(path) = self else {
            return self.load(how, headings);
        };
        let file = std::fs::File::open(path).map_err(|e| LoadError::from_io(path.clone(), e))?;
        let mut bytes = Vec::with_capacity(limit);
        file.take(limit as u64)
            .read_to_end(&mut bytes)
            .map_err(|e| LoadError::from_io(path.clone(), e))?;
        window::cut_preview(&mut bytes);
        let decoded =
            load::decode_as(bytes, encoding).ok_or_else(|| LoadError::Binary(self.label_path()))?;
        let name = self.name();
        let (reader, read_by) = self.reader(format, decoded.text.as_bytes());
        let mut doc = Document::from_decoded(&name, decoded, reader.format, headings, link_urls);
        doc.read_by = read_by;
        Ok(doc)
    }

    /// The registry's reader for this source (see [`readers::choose`]):
    /// the one asked for, else by its content and its name (the name
    /// inside, for a compressed file).
    pub fn reader(&self, asked: Option<Format>, bytes: &[u8]) -> (&'static Reader, ReadBy) {
        let name = match self {
            Source::File(_) => Some(self.name()),
            _ => None,
        };
        readers::choose(asked, name.as_deref().map(unpack::inner_name), bytes)
    }

    /// Read, decode and structure the document.
    pub fn load(&self, how: impl Into<ReadAs>, headings: &[Regex]) -> Result<Document, LoadError> {
        let ReadAs {
            format,
            encoding,
            link_urls,
        } = how.into();
        let bytes = self.read_unpacked()?;
        let name = self.name();
        let (reader, read_by) = self.reader(format, &bytes);
        if let readers::Read::Book = reader.read {
            let book = crate::document::epub::read(&bytes, link_urls).map_err(|why| {
                LoadError::Unreadable {
                    path: self.label_path(),
                    why,
                }
            })?;
            let mut doc = Document::from_book(&name, book);
            doc.read_by = read_by;
            return Ok(doc);
        }
        let html = reader.format == Format::Html;
        let encoding = encoding.or_else(|| html.then(|| load::html_charset(&bytes)).flatten());
        let decoded =
            load::decode_as(bytes, encoding).ok_or_else(|| LoadError::Binary(self.label_path()))?;
        let mut doc = Document::from_decoded(&name, decoded, reader.format, headings, link_urls);
        doc.read_by = read_by;
        Ok(doc)
    }
}

/// The most a document's bytes may be.
pub const INPUT_LIMIT: u64 = 4 << 30;
/// What is read first, to refuse a binary file before reading on.
const HEAD_BYTES: u64 = 64 << 10;

/// Whether a file is a device (`/dev/zero`, a socket): endless, or not a
/// document at all.
fn is_device(kind: &std::fs::FileType) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        kind.is_char_device() || kind.is_block_device() || kind.is_socket()
    }
    #[cfg(not(unix))]
    {
        !kind.is_file()
    }
}

/// How a source is to be read: its format and its encoding, each guessed
/// when not given.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReadAs {
    pub format: Option<Format>,
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// Whether Markdown links show their address (the `link-urls` setting).
    pub link_urls: crate::document::LinkUrls,
}

impl From<Option<Format>> for ReadAs {
    fn from(format: Option<Format>) -> ReadAs {
        ReadAs {
            format,
            ..ReadAs::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn file_with(text: &[u8]) -> (tempfile::TempDir, Source) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        std::fs::File::create(&path)
            .unwrap()
            .write_all(text)
            .unwrap();
        (dir, Source::File(path))
    }

    #[test]
    fn a_window_holds_whole_lines_and_knows_where_it_starts() {
        let text: String = (0..1000).map(|n| format!("line number {n}\n")).collect();
        let (_dir, source) = file_with(text.as_bytes());
        let end = source
            .load_window(WindowAt::End, 100, None, &[])
            .unwrap()
            .unwrap();
        assert!(end.doc.text().ends_with("line number 999\n"));
        assert!(end.doc.text().starts_with("line number"), "no partial line");
        assert_eq!(&text[end.place.base as usize..], end.doc.text());
        assert_eq!(end.place.file_len, text.len() as u64);

        let at = text.find("line number 500").unwrap();
        let around = source
            .load_window(WindowAt::Around(at as u64), 200, None, &[])
            .unwrap()
            .unwrap();
        let focus = around.focus.unwrap();
        assert!(around.doc.text()[focus..].starts_with("line number 500"));
    }

    #[test]
    fn a_window_counts_crlf_as_one_byte() {
        let text: String = (0..100).map(|n| format!("line {n}\r\n")).collect();
        let (_dir, source) = file_with(text.as_bytes());
        let at = text.find("line 50\r").unwrap();
        let window = source
            .load_window(WindowAt::Around(at as u64), 120, None, &[])
            .unwrap()
            .unwrap();
        let focus = window.focus.unwrap();
        assert!(window.doc.text()[focus..].starts_with("line 50\n"));
    }

    #[test]
    fn no_window_where_lines_cannot_be_cut_and_legacy_text_reads_right() {
        let (_dir, one_line) = file_with(&[b'x'; 1000]);
        let window = one_line.load_window(WindowAt::End, 100, None, &[]).unwrap();
        assert!(window.is_none(), "a line longer than the window");
        let mut latin1 = b"caf\xe9\n".repeat(100);
        latin1.extend_from_slice(b"end\n");
        let (_dir, latin1) = file_with(&latin1);
        // Not UTF-8: read in the encoding the file's opening shows (this
        // asserted no window before windows learnt every encoding).
        let window = latin1
            .load_window(WindowAt::End, 100, None, &[])
            .unwrap()
            .unwrap();
        assert!(
            window.doc.text().ends_with("café\nend\n"),
            "{:?}",
            window.doc.text()
        );
        assert!(
            Source::Seed
                .load_window(WindowAt::End, 100, None, &[])
                .unwrap()
                .is_none()
        );
    }
}
