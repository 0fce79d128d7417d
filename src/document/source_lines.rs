//! Where the blocks of a converted text came from. A reader that writes
//! its document out in another markup first (roff and HTML are read as
//! the Markdown they mean) notes, for each block it writes, the line of
//! the file it came from; the blocks then carry those lines, so that
//! `--outline --json` and `:N` speak of the file as the user has it.

use super::Block;

/// Converted lines where blocks start, and the file lines they came from.
#[derive(Debug, Default, Clone)]
pub struct LineMap {
    /// (converted line, source line), in order of the converted text.
    entries: Vec<(usize, usize)>,
    /// Lines of the converted text written so far.
    written: usize,
}

impl LineMap {
    /// `text` is written to the converted text, from source line `from`.
    pub fn write(&mut self, out: &mut String, from: usize, text: &str) {
        self.entries.push((self.written, from));
        self.written += memchr::memchr_iter(b'\n', text.as_bytes()).count();
        out.push_str(text);
    }

    /// The source line of converted line `line`.
    pub fn source_line(&self, line: usize) -> usize {
        match self.entries.partition_point(|&(at, _)| at <= line) {
            0 => 0,
            after => self.entries[after - 1].1,
        }
    }

    /// Give each block the source line it came from.
    pub fn apply(&self, blocks: &mut [Block]) {
        for block in blocks {
            let line = self.source_line(block.line());
            block.set_line(line);
        }
    }
}

/// The line of `text` that a slice of it (`part`, taken from `text`)
/// starts on, counted on from an earlier answer (`last`: its byte offset
/// and line), so that reading every line costs one pass.
pub fn line_of_slice(text: &str, part: &str, last: &mut (usize, usize)) -> usize {
    let offset = (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
    let offset = offset.min(text.len()).max(last.0);
    last.1 += memchr::memchr_iter(b'\n', &text.as_bytes()[last.0..offset]).count();
    last.0 = offset;
    last.1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_take_the_line_their_text_came_from() {
        let mut map = LineMap::default();
        let mut out = String::new();
        map.write(&mut out, 3, "# NAME\n\n");
        map.write(&mut out, 5, "xz - compress\nmore\n\n");
        assert_eq!(map.source_line(0), 3);
        assert_eq!(map.source_line(2), 5);
        assert_eq!(map.source_line(3), 5);
        let text = "a\nb\nc\n";
        let mut last = (0, 0);
        let lines: Vec<usize> = text
            .lines()
            .map(|l| line_of_slice(text, l, &mut last))
            .collect();
        assert_eq!(lines, [0, 1, 2]);
    }
}
