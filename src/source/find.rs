//! Searching a file on disk, for the reader to jump into a large file before
//! the whole of it has loaded. Reads in chunks, so memory stays small, and
//! stops early when the search it serves is no longer wanted.

use regex::bytes::Regex;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

use super::window::Layout;

/// Bytes searched per read.
const CHUNK: u64 = 8 << 20;
/// Bytes read past each chunk, so a match across the cut is still found
/// (a match longer than this across a cut is left to the whole-file search).
const OVERLAP: u64 = 64 << 10;

/// The file offset of the first match starting at or after `from`, else
/// the first before it (wrapping like the reader's search). `None` when
/// there is no match or `cancelled` says to stop.
pub fn find_in_file(
    path: &Path,
    regex: &Regex,
    from: u64,
    cancelled: &dyn Fn() -> bool,
) -> std::io::Result<Option<u64>> {
    let layout = Layout::of_file(path)?;
    let mut file = File::open(path)?;
    let len = file.metadata()?.len();
    let from = from.min(len);
    if let Some(found) = find_between(&mut file, layout, len, regex, from, len, cancelled)? {
        return Ok(Some(found));
    }
    find_between(&mut file, layout, len, regex, 0, from, cancelled)
}

/// The first match starting in `start..end`. A file not in UTF-8 is
/// searched as text: each chunk decoded, a match's place encoded back.
fn find_between(
    file: &mut File,
    layout: Layout,
    file_len: u64,
    regex: &Regex,
    start: u64,
    end: u64,
    cancelled: &dyn Fn() -> bool,
) -> std::io::Result<Option<u64>> {
    let mut buffer = Vec::new();
    let mut at = layout.align(start);
    while at < end {
        if cancelled() {
            return Ok(None);
        }
        let searched = (end - at).min(CHUNK);
        let read = (searched + OVERLAP).min(file_len - at);
        buffer.resize(read as usize, 0);
        file.seek(SeekFrom::Start(at))?;
        file.read_exact(&mut buffer)?;
        // The leftmost match: if it starts in the overlap, none starts in
        // this chunk.
        let found = if layout.encoding() == encoding_rs::UTF_8 {
            regex.find(&buffer).map(|m| m.start() as u64)
        } else {
            let (text, _) = layout.encoding().decode_without_bom_handling(&buffer);
            regex.find(text.as_bytes()).map(|m| {
                let before = crate::text::floor_char_boundary(&text, m.start());
                layout.encoded_len(&text[..before]) as u64
            })
        };
        if let Some(offset) = found.filter(|&offset| offset < searched) {
            return Ok(Some(at + offset));
        }
        at = layout.align(at + searched);
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn file_with(text: &[u8]) -> tempfile::NamedTempFile {
        let mut file = tempfile::NamedTempFile::new().unwrap();
        file.write_all(text).unwrap();
        file
    }

    #[test]
    fn finds_after_the_start_then_wraps() {
        let file = file_with(b"needle one, hay, needle two");
        let regex = Regex::new("needle").unwrap();
        let find = |from| find_in_file(file.path(), &regex, from, &|| false).unwrap();
        assert_eq!(find(0), Some(0));
        assert_eq!(find(1), Some(17));
        assert_eq!(find(18), Some(0), "wraps to the first");
        assert_eq!(
            find_in_file(file.path(), &Regex::new("thread").unwrap(), 0, &|| false).unwrap(),
            None
        );
    }

    #[test]
    fn a_match_across_a_chunk_cut_is_found_once() {
        let mut text = vec![b'.'; (CHUNK - 3) as usize];
        text.extend_from_slice(b"needle");
        text.extend(std::iter::repeat_n(b'.', 100));
        let file = file_with(&text);
        let regex = Regex::new("needle").unwrap();
        let found = find_in_file(file.path(), &regex, 0, &|| false).unwrap();
        assert_eq!(found, Some(CHUNK - 3));
    }

    #[test]
    fn stops_when_cancelled() {
        let file = file_with(b"needle");
        let regex = Regex::new("needle").unwrap();
        assert_eq!(
            find_in_file(file.path(), &regex, 0, &|| true).unwrap(),
            None
        );
    }
}
