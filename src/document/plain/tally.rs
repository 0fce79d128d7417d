//! What the shape rules ask of a block's lines, gathered in one pass over
//! them: by the scan for every block as it reads the lines (so no later
//! pass splits the text into lines again), and by [`super::shape`] for the
//! pieces a block is later cut into. The rules themselves, which weigh
//! these counts, are in [`super::shape`].

use super::rules;
use memchr::memmem;
use std::sync::LazyLock;

/// Counts over a block's lines, but for how many are full: that needs the
/// document's usual width, known only once every line has been read.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    pub lines: usize,
    /// Lines with column gaps, rules, box drawing or dot leaders.
    pub tabular: usize,
    pub bullets: usize,
    /// Lines of a log or data file.
    pub records: usize,
    /// Lines after the first that open in lower case: hard-wrapped prose.
    pub lower_starts: usize,
    /// Lines (all of them) that start with white space.
    pub indented: usize,
    /// How many lines after the first start at each indent (in bytes).
    indents: Vec<(usize, usize)>,
}

impl Tally {
    /// Count one more line (without its `\n`); returns its width in
    /// characters.
    pub fn add(&mut self, line: &str) -> usize {
        let body = line.trim_start();
        let trimmed = body.trim_end();
        if self.lines > 0 && !trimmed.is_empty() {
            let indent = line.len() - body.len();
            match self.indents.iter_mut().find(|(i, _)| *i == indent) {
                Some((_, count)) => *count += 1,
                None => self.indents.push((indent, 1)),
            }
        }
        if self.lines > 0 && body.starts_with(char::is_lowercase) {
            self.lower_starts += 1;
        }
        self.lines += 1;
        self.indented += usize::from(body.len() < line.len());
        self.tabular += usize::from(looks_tabular(trimmed));
        self.bullets += usize::from(starts_with_bullet(body));
        self.records += usize::from(looks_like_record(line));
        char_width(line)
    }

    /// Lines after the first, and how many of them share the commonest
    /// indent.
    pub fn following_and_usual(&self) -> (usize, usize) {
        let following = self.indents.iter().map(|(_, n)| n).sum();
        let usual = self.indents.iter().map(|(_, n)| *n).max().unwrap_or(0);
        (following, usual)
    }

    /// Start counting a new block, keeping the room already made.
    pub fn clear(&mut self) {
        let mut indents = std::mem::take(&mut self.indents);
        indents.clear();
        *self = Tally {
            indents,
            ..Tally::default()
        };
    }
}

/// Table-ish lines (`trimmed` of white space at both ends): column gaps,
/// dot leaders, box drawing. Scans bytes once: column gaps (3+ spaces
/// inside the line), `|`, `+-`, `---`, box drawing (U+2500–U+257F), and dot
/// leaders (checked by the contents rule only when a run of dots is there).
fn looks_tabular(trimmed: &str) -> bool {
    let bytes = trimmed.as_bytes();
    // Most prose lines have none of the telltale bytes: skip them with SIMD
    // searchers built once.
    static TWO_SPACES: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new("  "));
    static TWO_DOTS: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new(".."));
    let suspicious = memchr::memchr3(b'|', b'-', 0xe2, bytes).is_some()
        || TWO_SPACES.find(bytes).is_some()
        || TWO_DOTS.find(bytes).is_some();
    if !suspicious {
        return false;
    }
    let (mut spaces, mut dashes, mut dots) = (0, 0, 0);
    for (i, &b) in bytes.iter().enumerate() {
        spaces = if b == b' ' { spaces + 1 } else { 0 };
        dashes = if b == b'-' { dashes + 1 } else { 0 };
        dots = if b == b'.' || (b == b' ' && dots > 0) {
            dots + 1
        } else {
            0
        };
        let box_drawing = b == 0xe2 && matches!(bytes.get(i + 1), Some(0x94 | 0x95));
        if spaces >= 3
            || dashes >= 3
            || b == b'|'
            || box_drawing
            || (b == b'-' && i > 0 && bytes[i - 1] == b'+')
        {
            return true;
        }
        if dots >= 4 && rules::is_toc_entry(trimmed) {
            return true;
        }
    }
    false
}

/// Characters in a line (its width for ASCII and most prose).
fn char_width(line: &str) -> usize {
    if line.is_ascii() {
        line.len()
    } else {
        line.chars().count()
    }
}

/// `body`: a line without its indent.
fn starts_with_bullet(body: &str) -> bool {
    ["- ", "* ", "o ", "• ", "+ "]
        .iter()
        .any(|b| body.starts_with(b))
}

/// A line of a log or a data file: it starts with a digit (a time stamp,
/// a count) or a bracket (`[INFO]`, `[12:00:01]`).
fn looks_like_record(line: &str) -> bool {
    matches!(skip_sgr(line).as_bytes().first(), Some(b'0'..=b'9' | b'['))
}

/// `line` after any colour codes (`ESC [ 32 m`) it opens with: a coloured
/// log line is still a log line.
fn skip_sgr(mut line: &str) -> &str {
    while let Some(rest) = line.strip_prefix("\u{1b}[") {
        match rest.find(|c: char| !(c.is_ascii_digit() || c == ';')) {
            Some(end) if rest[end..].starts_with('m') => line = &rest[end + 1..],
            _ => break,
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coloured_log_lines_are_records() {
        assert!(looks_like_record(
            "\u{1b}[32m[228741.085647] \u{1b}[0mwlp3s0: associated"
        ));
        assert!(looks_like_record("2024-05-01 12:00:00 INFO started"));
        assert!(!looks_like_record("\u{1b}[1mBold prose\u{1b}[0m goes on"));
    }

    #[test]
    fn a_tally_counts_each_kind_of_line() {
        let mut tally = Tally::default();
        for line in ["Name    Age", "  - one", "  - two", "then it went on"] {
            tally.add(line);
        }
        assert_eq!(tally.lines, 4);
        assert_eq!(tally.tabular, 1);
        assert_eq!(tally.bullets, 2);
        assert_eq!(tally.lower_starts, 1);
        assert_eq!(tally.indented, 2);
        assert_eq!(tally.following_and_usual(), (3, 2));
        tally.clear();
        assert_eq!(tally.lines, 0);
        assert_eq!(tally.following_and_usual(), (0, 0));
    }
}
