//! Compressed documents opened as if they were not: gzip (flate2) and
//! Zstandard (ruzstd, a pure-Rust decoder), known by their magic bytes
//! whatever the file is called. What they expand to is bounded, so a small
//! file cannot fill the memory (a "zip bomb").

use std::io::Read;

/// The most a compressed document may expand to.
pub const UNPACKED_LIMIT: u64 = 1 << 30;

/// How a document's bytes are compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Packing {
    Gzip,
    Zstd,
}

impl Packing {
    /// The packing `bytes` start with, if any.
    pub fn of(bytes: &[u8]) -> Option<Packing> {
        if bytes.starts_with(&[0x1f, 0x8b]) {
            Some(Packing::Gzip)
        } else if bytes.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
            Some(Packing::Zstd)
        } else {
            None
        }
    }

    fn name(self) -> &'static str {
        match self {
            Packing::Gzip => "gzip",
            Packing::Zstd => "zstd",
        }
    }
}

/// `bytes` expanded when compressed, else as they are; an error says why
/// a compressed file cannot be read.
pub fn unpacked(bytes: Vec<u8>) -> Result<Vec<u8>, String> {
    let Some(packing) = Packing::of(&bytes) else {
        return Ok(bytes);
    };
    let reader: Box<dyn Read + '_> = match packing {
        Packing::Gzip => Box::new(flate2::read::MultiGzDecoder::new(&bytes[..])),
        Packing::Zstd => Box::new(
            ruzstd::decoding::StreamingDecoder::new(&bytes[..])
                .map_err(|e| format!("not a readable {} file ({e})", packing.name()))?,
        ),
    };
    read_bounded(reader, UNPACKED_LIMIT)
        .map_err(|e| format!("not a readable {} file ({e})", packing.name()))?
        .ok_or_else(|| {
            format!(
                "expands past {} MB ({}); lectern stops there",
                UNPACKED_LIMIT >> 20,
                packing.name()
            )
        })
}

/// Everything `reader` gives, or `None` when that is more than `limit`.
pub fn read_bounded(reader: impl Read, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut out = Vec::new();
    reader.take(limit + 1).read_to_end(&mut out)?;
    Ok((out.len() as u64 <= limit).then_some(out))
}

/// A compressed file's name without its compression suffix, which says
/// what it holds (`notes.md.gz` holds Markdown).
pub fn inner_name(name: &str) -> &str {
    for suffix in [".gz", ".zst", ".zstd"] {
        if name.len() > suffix.len() && name.to_ascii_lowercase().ends_with(suffix) {
            return &name[..name.len() - suffix.len()];
        }
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap()
    }

    #[test]
    fn gzip_and_zstd_expand_and_plain_bytes_pass() {
        assert_eq!(unpacked(gzip(b"# Title\n")).unwrap(), b"# Title\n");
        // "hello\n" compressed by `zstd` 1.5.
        let zstd = [
            0x28, 0xb5, 0x2f, 0xfd, 0x04, 0x58, 0x31, 0x00, 0x00, 0x68, 0x65, 0x6c, 0x6c, 0x6f,
            0x0a, 0x7b, 0x2e, 0x0e, 0x2d,
        ];
        assert_eq!(unpacked(zstd.to_vec()).unwrap(), b"hello\n");
        assert_eq!(unpacked(b"plain".to_vec()).unwrap(), b"plain");
    }

    #[test]
    fn a_bomb_or_a_broken_file_is_refused_with_a_reason() {
        let bomb = vec![0u8; 64 << 10];
        let small = gzip(&bomb);
        let read = read_bounded(flate2::read::GzDecoder::new(&small[..]), 1000).unwrap();
        assert!(read.is_none(), "stopped at the limit");
        let mut truncated = gzip(b"some text that is long enough to cut");
        truncated.truncate(truncated.len() / 2);
        let why = unpacked(truncated).unwrap_err();
        assert!(why.contains("gzip"), "{why}");
    }

    #[test]
    fn names_lose_their_compression_suffix() {
        assert_eq!(inner_name("notes.md.gz"), "notes.md");
        assert_eq!(inner_name("log.txt.ZST"), "log.txt");
        assert_eq!(inner_name("plain.txt"), "plain.txt");
        assert_eq!(inner_name(".gz"), ".gz");
    }
}
