//! First pass over plain text: group lines into raw blocks (runs of non-blank
//! lines), drop page furniture, note Project Gutenberg markers and measure the
//! document's usual line width. One linear pass; no rules about headings.

use std::ops::Range;

/// A run of non-blank lines, as found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawBlock {
    /// From the start of the first line to the end of the last (no final `\n`).
    pub range: Range<usize>,
    /// Zero-based line of the first line.
    pub line: usize,
    pub line_count: usize,
    /// The first page of a paginated document begins here.
    pub after_page_break: bool,
    pub marker: Option<Marker>,
    /// Blank lines between the previous block and this one.
    pub blank_before: usize,
}

/// Project Gutenberg's boundary lines between licence and book.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    GutenbergStart,
    GutenbergEnd,
}

/// What the scan found.
#[derive(Debug, Default)]
pub struct Scan {
    pub blocks: Vec<RawBlock>,
    /// The width (in characters) that 95 % of non-blank lines stay within:
    /// the column at which a hard-wrapped document wraps.
    pub typical_width: usize,
}

/// Whether line `n` (zero-based) must stand as a block of its own (a
/// `--heading` match, a marked heading).
pub type ForceAlone<'a> = &'a dyn Fn(usize) -> bool;

/// Widths above this all count in the last bucket of the histogram.
const WIDTH_BUCKETS: usize = 256;

/// Group `text` into raw blocks.
pub fn scan(text: &str, force_alone: Option<ForceAlone>) -> Scan {
    let mut builder = Builder::default();
    let mut widths = [0usize; WIDTH_BUCKETS];
    let mut start = 0;
    let mut line = 0;
    // A marker whose closing `***` wraps onto the next line(s).
    let mut marker_continues = false;
    while start <= text.len() {
        let end =
            memchr::memchr(b'\n', &text.as_bytes()[start..]).map_or(text.len(), |i| start + i);
        let raw = &text[start..end];
        if memchr::memchr(0x0c, raw.as_bytes()).is_some() {
            builder.close();
            builder.page_break = true;
        }
        let trimmed = raw.trim();
        if trimmed.is_empty() || is_page_footer(raw) {
            builder.close();
            builder.blanks += usize::from(trimmed.is_empty());
        } else {
            let width = if raw.is_ascii() {
                raw.len()
            } else {
                raw.chars().count()
            };
            widths[width.min(WIDTH_BUCKETS - 1)] += 1;
            let marker = gutenberg_marker(trimmed);
            if marker_continues {
                builder.push_line(start..end, line, None);
                marker_continues = !trimmed.ends_with('*');
                if !marker_continues {
                    builder.close();
                }
            } else {
                let alone = marker.is_some() || force_alone.is_some_and(|f| f(line));
                if alone {
                    builder.close();
                }
                builder.push_line(start..end, line, marker);
                marker_continues = marker.is_some() && !trimmed.ends_with('*');
                if alone && !marker_continues {
                    builder.close();
                }
            }
        }
        start = end + 1;
        line += 1;
    }
    builder.close();
    Scan {
        blocks: builder.blocks,
        typical_width: percentile(&widths, 95).max(40),
    }
}

#[derive(Default)]
struct Builder {
    blocks: Vec<RawBlock>,
    current: Option<RawBlock>,
    page_break: bool,
    /// Blank lines since the last block closed.
    blanks: usize,
}

impl Builder {
    fn push_line(&mut self, range: Range<usize>, line: usize, marker: Option<Marker>) {
        match &mut self.current {
            Some(block) => {
                block.range.end = range.end;
                block.line_count += 1;
            }
            None => {
                self.current = Some(RawBlock {
                    range,
                    line,
                    line_count: 1,
                    after_page_break: std::mem::take(&mut self.page_break),
                    marker,
                    blank_before: std::mem::take(&mut self.blanks),
                });
            }
        }
    }

    fn close(&mut self) {
        if let Some(block) = self.current.take() {
            self.blocks.push(block);
        }
    }
}

fn percentile(histogram: &[usize], percent: usize) -> usize {
    let total: usize = histogram.iter().sum();
    let wanted = total * percent / 100;
    let mut seen = 0;
    for (width, count) in histogram.iter().enumerate() {
        seen += count;
        if seen >= wanted && seen > 0 {
            return width;
        }
    }
    0
}

/// `Fette & Melnikov   Standards Track   [Page 12]`: an RFC page footer.
pub fn is_page_footer(line: &str) -> bool {
    let trimmed = line.trim_end();
    if !trimmed.ends_with(']') {
        return false;
    }
    let Some(open) = trimmed.rfind("[Page ") else {
        return false;
    };
    trimmed.ends_with(']')
        && trimmed[open + 6..trimmed.len() - 1]
            .chars()
            .all(|c| c.is_ascii_alphanumeric())
        && (open == 0 || trimmed[..open].ends_with("  ") || line.starts_with(' '))
}

/// `*** START OF THIS PROJECT GUTENBERG EBOOK …` and its `END` twin.
pub fn gutenberg_marker(trimmed: &str) -> Option<Marker> {
    if !trimmed.starts_with("***") && !trimmed.starts_with("*END*") {
        return None;
    }
    let upper = trimmed.to_ascii_uppercase();
    if !upper.contains("GUTENBERG") && !upper.contains("SMALL PRINT") {
        return None;
    }
    let words = upper.trim_start_matches('*').trim_start();
    // Old editions put the licence ("the small print") first: its end is
    // where the book starts.
    if upper.contains("SMALL PRINT") {
        return words.starts_with("END").then_some(Marker::GutenbergStart);
    }
    if words.starts_with("START OF") {
        Some(Marker::GutenbergStart)
    } else if words.starts_with("END OF") || words.starts_with("END*") {
        Some(Marker::GutenbergEnd)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_runs_of_non_blank_lines() {
        let scan = scan("one\ntwo\n\n  \nthree\n", None);
        let ranges: Vec<_> = scan.blocks.iter().map(|b| (b.line, b.line_count)).collect();
        assert_eq!(ranges, vec![(0, 2), (4, 1)]);
        assert_eq!(
            &"one\ntwo\n\n  \nthree\n"[scan.blocks[0].range.clone()],
            "one\ntwo"
        );
    }

    #[test]
    fn form_feeds_break_blocks_and_footers_vanish() {
        let text =
            "text\n\nAuthor   Standards Track   [Page 1]\n\u{c}\nRFC 1  Title  May 2000\n\nmore";
        let scan = scan(text, None);
        let lines: Vec<_> = scan.blocks.iter().map(|b| b.line).collect();
        assert_eq!(lines, vec![0, 4, 6]);
        assert!(scan.blocks[1].after_page_break);
        assert!(!scan.blocks[2].after_page_break);
    }

    #[test]
    fn gutenberg_markers_stand_alone() {
        let text = "licence\n*** START OF THE PROJECT GUTENBERG EBOOK X ***\nTitle";
        let scan = scan(text, None);
        assert_eq!(scan.blocks.len(), 3);
        assert_eq!(scan.blocks[1].marker, Some(Marker::GutenbergStart));
        assert_eq!(
            gutenberg_marker("*** END OF THIS PROJECT GUTENBERG EBOOK WAR AND PEACE ***"),
            Some(Marker::GutenbergEnd)
        );
        assert_eq!(gutenberg_marker("*** a line of stars"), None);
        // Old editions: the licence comes first, and its end starts the book.
        let small_print = "*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*";
        assert_eq!(gutenberg_marker(small_print), Some(Marker::GutenbergStart));
        let licence_starts = "***START**THE SMALL PRINT!**FOR PUBLIC DOMAIN ETEXTS**START***";
        assert_eq!(gutenberg_marker(licence_starts), None);
    }

    #[test]
    fn a_marker_wrapped_onto_two_lines_is_one_block() {
        let text =
            "*** START OF THE PROJECT GUTENBERG EBOOK INFANTRY, UNITED\nSTATES ARMY***\nTitle";
        let scan = scan(text, None);
        assert_eq!(scan.blocks.len(), 2);
        assert_eq!(scan.blocks[0].line_count, 2);
    }

    #[test]
    fn typical_width_is_the_wrap_column() {
        let para = "x".repeat(70) + "\n";
        let text = para.repeat(50) + "short\n";
        assert_eq!(scan(&text, None).typical_width, 70);
    }

    #[test]
    fn page_footer_needs_the_gap() {
        assert!(is_page_footer(
            "Postel                                  [Page 12]"
        ));
        assert!(!is_page_footer("see the reference [Page 12]"));
    }
}
