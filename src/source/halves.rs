//! Reading a large regular file on two threads. Most of the time of
//! reading 100 MB goes to the kernel filling a fresh buffer page by page
//! (a fault and a clear for each page, then the copy); two threads reading
//! one half each into their place in one buffer share that between two
//! cores. The buffer is made zeroed, which for a large buffer means fresh
//! pages from the system, so nothing touches them before the reads do.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::os::unix::fs::FileExt;

/// Files at least this large are read on two threads; below it, a thread
/// costs more than it saves.
pub const TWO_THREADS_FROM: u64 = 8 << 20;

/// Read the rest of `file`, whose first `head.len()` bytes `head` holds and
/// whose size was `size`, up to `limit` bytes in all (one more shows the
/// file is over it). A file that changes size meanwhile is read again from
/// where it stands, as [`Read::read_to_end`] would.
pub fn read_rest(
    file: &mut File,
    head: Vec<u8>,
    size: usize,
    limit: u64,
) -> std::io::Result<Vec<u8>> {
    let from = head.len();
    let size = size.min(limit as usize);
    if size <= from {
        return read_on(file, head, limit);
    }
    let mut bytes = vec![0u8; size];
    bytes[..from].copy_from_slice(&head);
    let middle = from + (size - from) / 2;
    let (first, second) = bytes[from..].split_at_mut(middle - from);
    let shared = &*file;
    let (earlier, later) = crate::parallel::both(
        || fill(shared, first, from as u64),
        move || fill(shared, second, middle as u64),
    );
    // No second thread: this one reads the rest.
    let read = earlier? && later.transpose()?.unwrap_or(false);
    if !read {
        // The file shrank while it was read: read it as it is now.
        bytes.truncate(from);
        file.seek(SeekFrom::Start(from as u64))?;
        return read_on(file, bytes, limit);
    }
    file.seek(SeekFrom::Start(size as u64))?;
    read_on(file, bytes, limit)
}

/// Read on from the file's position to its end or to one byte past `limit`.
fn read_on(file: &mut File, mut bytes: Vec<u8>, limit: u64) -> std::io::Result<Vec<u8>> {
    let left = (limit + 1).saturating_sub(bytes.len() as u64);
    file.take(left).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Fill `buffer` from `file` at `offset`; `false` when the file ends first.
fn fill(file: &File, buffer: &mut [u8], offset: u64) -> std::io::Result<bool> {
    match file.read_exact_at(buffer, offset) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Ok(false),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn file_of(bytes: &[u8]) -> File {
        let mut file = tempfile::tempfile().expect("temp file");
        file.write_all(bytes).expect("write");
        file.seek(SeekFrom::Start(0)).expect("seek");
        file
    }

    fn pattern(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i % 251) as u8).collect()
    }

    #[test]
    fn both_halves_land_in_place() {
        let bytes = pattern(100_003);
        let mut file = file_of(&bytes);
        let mut head = vec![0u8; 10];
        file.read_exact(&mut head).expect("head");
        let read = read_rest(&mut file, head, bytes.len(), u64::MAX / 2).expect("read");
        assert_eq!(read, bytes);
    }

    #[test]
    fn a_file_that_grew_is_read_to_its_end() {
        let bytes = pattern(5_000);
        let mut file = file_of(&bytes);
        let read = read_rest(&mut file, Vec::new(), 3_000, u64::MAX / 2).expect("read");
        assert_eq!(read, bytes);
    }

    #[test]
    fn a_file_that_shrank_is_read_as_it_is() {
        let bytes = pattern(2_000);
        let mut file = file_of(&bytes);
        let read = read_rest(&mut file, Vec::new(), 9_000, u64::MAX / 2).expect("read");
        assert_eq!(read, bytes);
    }

    #[test]
    fn reading_stops_one_byte_past_the_limit() {
        let bytes = pattern(4_000);
        let mut file = file_of(&bytes);
        let read = read_rest(&mut file, Vec::new(), 4_000, 1_000).expect("read");
        assert_eq!(read.len(), 1_001);
        assert_eq!(read, bytes[..1_001]);
    }
}
