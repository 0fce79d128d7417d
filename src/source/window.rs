//! Windows into a large file while it loads: whole lines around a byte,
//! in whatever the file is encoded — UTF-8 and the ASCII-compatible legacy
//! encodings (Windows-1252, Shift_JIS, GBK…) cut at `\n` bytes, which
//! none of them uses inside a character; UTF-16 cut at whole newline units.

use super::{FileWindow, LoadError, ReadAs, Source, Window, WindowAt};
use crate::document::{Document, load};
use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};
use regex::Regex;
use std::io::{Read, Seek, SeekFrom};

/// How much of a file to read for a screen of it on a terminal of `size`
/// (columns, rows; 80x24 when unknown): `per_cell` bytes for each cell,
/// within `bounds`. Every byte read is structured before the screen is
/// drawn, so no more than fills it (a few times over) is read.
pub fn bytes_for_screen(
    size: Option<(u16, u16)>,
    per_cell: usize,
    bounds: std::ops::RangeInclusive<usize>,
) -> usize {
    let (width, height) = size.unwrap_or((80, 24));
    let cells = usize::from(width) * usize::from(height);
    (per_cell * cells).clamp(*bounds.start(), *bounds.end())
}

/// How a file's lines can be cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Layout {
    /// An encoding in which a `\n` byte is always a line end.
    Ascii(&'static Encoding),
    /// UTF-16: two-byte units after a byte-order mark of `bom` bytes.
    Utf16 {
        encoding: &'static Encoding,
        bom: usize,
    },
}

impl Layout {
    /// The layout of the file at `path`, from its opening.
    pub(super) fn of_file(path: &std::path::Path) -> std::io::Result<Layout> {
        let mut head = Vec::new();
        std::fs::File::open(path)?
            .take(64 << 10)
            .read_to_end(&mut head)?;
        Ok(Layout::of(&head, None))
    }

    /// The layout the file's opening (`head`) shows, or the one asked for.
    fn of(head: &[u8], forced: Option<&'static Encoding>) -> Layout {
        let utf16 = |encoding: &'static Encoding, bom| Layout::Utf16 { encoding, bom };
        if let Some((encoding, bom)) = Encoding::for_bom(head) {
            return if encoding == UTF_8 {
                Layout::Ascii(UTF_8)
            } else {
                utf16(encoding, bom)
            };
        }
        match forced {
            Some(e) if e == UTF_16LE || e == UTF_16BE => utf16(e, 0),
            Some(e) => Layout::Ascii(e),
            // A character cut at the head's end is still UTF-8: only an
            // invalid sequence (not an unfinished one) says otherwise.
            None if std::str::from_utf8(head)
                .map_or_else(|e| e.error_len().is_none(), |_| true) =>
            {
                Layout::Ascii(UTF_8)
            }
            None => Layout::Ascii(load::guess_legacy(head)),
        }
    }

    pub(super) fn encoding(self) -> &'static Encoding {
        match self {
            Layout::Ascii(encoding) | Layout::Utf16 { encoding, .. } => encoding,
        }
    }

    /// The byte offsets just past each line end in `bytes` (which start on
    /// a character boundary).
    fn line_ends(self, bytes: &[u8]) -> Vec<usize> {
        match self {
            Layout::Ascii(_) => memchr::memchr_iter(b'\n', bytes).map(|at| at + 1).collect(),
            Layout::Utf16 { encoding, .. } => {
                let newline: [u8; 2] = if encoding == UTF_16LE {
                    [b'\n', 0]
                } else {
                    [0, b'\n']
                };
                bytes
                    .chunks_exact(2)
                    .enumerate()
                    .filter(|(_, unit)| *unit == newline)
                    .map(|(i, _)| i * 2 + 2)
                    .collect()
            }
        }
    }

    /// Where a read may start at or after `at`: past the BOM, on a unit.
    pub(super) fn align(self, at: u64) -> u64 {
        match self {
            Layout::Ascii(_) => at,
            Layout::Utf16 { bom, .. } => {
                let at = at.max(bom as u64);
                at + (at - bom as u64) % 2
            }
        }
    }

    /// How many bytes of the file `text` (decoded from it) takes.
    pub(super) fn encoded_len(self, text: &str) -> usize {
        match self {
            Layout::Utf16 { .. } => text.encode_utf16().count() * 2,
            Layout::Ascii(encoding) => encoding.encode(text).0.len(),
        }
    }

    /// `bytes` as text, `None` when it looks binary.
    fn decode(self, bytes: &[u8]) -> Option<String> {
        let (text, _) = self.encoding().decode_without_bom_handling(bytes);
        (!load::looks_binary(text.as_bytes())).then(|| text.into_owned())
    }
}

/// The first part of a file, cut at its last whole line.
pub(super) fn cut_preview(bytes: &mut Vec<u8>) {
    let layout = Layout::of(bytes, None);
    let from = layout.align(0) as usize;
    if let Some(&end) = layout.line_ends(&bytes[from.min(bytes.len())..]).last() {
        bytes.truncate(from + end);
    }
}

impl Source {
    /// A part of a large file, structured on its own: what the reader shows
    /// when asked for a place beyond the opening before the whole file has
    /// loaded. `None` when no whole line fits the window.
    pub fn load_window(
        &self,
        at: WindowAt,
        len: usize,
        how: impl Into<ReadAs>,
        headings: &[Regex],
    ) -> Result<Option<Window>, LoadError> {
        let ReadAs {
            format,
            encoding,
            link_urls,
        } = how.into();
        let Source::File(path) = self else {
            return Ok(None);
        };
        let io_error = |e| LoadError::from_io(path.clone(), e);
        let mut file = std::fs::File::open(path).map_err(io_error)?;
        let file_len = file.metadata().map_err(io_error)?.len();
        let mut head = Vec::new();
        (&mut file)
            .take(64 << 10)
            .read_to_end(&mut head)
            .map_err(io_error)?;
        let layout = Layout::of(&head, encoding);
        let start = layout.align(match at {
            WindowAt::End => file_len.saturating_sub(len as u64),
            WindowAt::Around(offset) => offset.saturating_sub(len as u64 / 2),
        });
        let end = (start + len as u64).min(file_len);
        let mut bytes = vec![0; end.saturating_sub(start) as usize];
        file.seek(SeekFrom::Start(start)).map_err(io_error)?;
        file.read_exact(&mut bytes).map_err(io_error)?;
        // Whole lines only: drop the partial first and last ones.
        let ends = layout.line_ends(&bytes);
        let skip = if start > layout.align(0) {
            match ends.first() {
                Some(&first) => first,
                None => return Ok(None),
            }
        } else {
            0
        };
        if end < file_len {
            match ends.last() {
                Some(&last) if last > skip => bytes.truncate(last),
                _ => return Ok(None),
            }
        }
        bytes.drain(..skip);
        let base = start + skip as u64;
        let Some(text) = layout.decode(&bytes) else {
            return Ok(None);
        };
        // Where `Around` falls in the normalised text: the bytes before it
        // decoded, each CRLF become one byte.
        let focus = match at {
            WindowAt::End => None,
            WindowAt::Around(offset) => {
                let before = layout.align((offset.max(base) - base).min(bytes.len() as u64));
                let prefix = layout.decode(&bytes[..before as usize]).unwrap_or_default();
                Some(prefix.len() - memchr::memmem::find_iter(prefix.as_bytes(), b"\r\n").count())
            }
        };
        let mut decoded = load::normalise(text);
        if layout.encoding() != UTF_8 {
            decoded
                .notices
                .push(format!("read as {}", load::display_name(layout.encoding())));
        }
        let name = self.name();
        let (reader, read_by) = self.reader(format, decoded.text.as_bytes());
        let mut doc = Document::from_decoded(&name, decoded, reader.format, headings, link_urls);
        doc.read_by = read_by;
        Ok(Some(Window {
            doc,
            place: FileWindow { base, file_len },
            focus,
        }))
    }
}

#[cfg(test)]
mod tests;
