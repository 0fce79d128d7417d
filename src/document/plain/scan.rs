//! First pass over plain text: group lines into raw blocks (runs of non-blank
//! lines), drop page furniture, note Project Gutenberg markers and measure the
//! document's usual line width. One linear pass; no rules about headings.

use super::halves::TWO_THREADS_FROM;
use super::shape::shape_hint;
use super::tally::Tally;
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
    /// What the scan learnt of the lines; `None` for a piece cut from a
    /// scanned block.
    pub scanned: Option<Scanned>,
}

/// What the scan learns of a block's lines as it reads them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scanned {
    pub shape: ShapeHint,
    /// Lines that start with white space.
    pub indented_lines: u32,
}

/// A block's kind as far as its lines tell before the usual width is
/// known (see [`super::shape::shape_hint`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShapeHint {
    /// Lines to keep as written: a table, a list, verse, a log.
    Kept,
    /// Prose to re-flow.
    Prose,
    /// Prose if its lines run nearly the full width.
    ByWidth,
}

impl RawBlock {
    /// The block's first `line_count` lines, ending at `end`.
    pub fn head(&self, end: usize, line_count: usize) -> RawBlock {
        RawBlock {
            range: self.range.start..end,
            line_count,
            scanned: None,
            ..self.clone()
        }
    }

    /// The block's lines from line `line`, which starts at `start`: no
    /// blank line, page break or marker stands before them.
    pub fn rest(&self, start: usize, line: usize) -> RawBlock {
        RawBlock {
            range: start.min(self.range.end)..self.range.end,
            line,
            line_count: self.line_count - (line - self.line),
            after_page_break: false,
            marker: None,
            blank_before: 0,
            scanned: None,
        }
    }
}

/// Project Gutenberg's boundary lines between licence and book.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    GutenbergStart,
    GutenbergEnd,
}

/// What the scan found.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Scan {
    pub blocks: Vec<RawBlock>,
    /// The width (in characters) that 95 % of non-blank lines stay within:
    /// the column at which a hard-wrapped document wraps.
    pub typical_width: usize,
    /// Each line's width in characters, 255 for any wider (wider than any
    /// usual width, which the histogram caps there too).
    pub widths: Vec<u8>,
}

/// Whether line `n` (zero-based) must stand as a block of its own (a
/// `--heading` match, a marked heading).
pub type ForceAlone<'a> = &'a dyn Fn(usize) -> bool;

/// Widths above this all count in the last bucket of the histogram.
const WIDTH_BUCKETS: usize = 256;

/// Group `text` into raw blocks.
pub fn scan(text: &str, force_alone: Option<ForceAlone>) -> Scan {
    let all = 0..text.len() + 1;
    let cut = (force_alone.is_none() && text.len() >= TWO_THREADS_FROM)
        .then(|| blank_line_after(text, text.len() / 2))
        .flatten();
    match cut {
        None => Scanner::default().run(text, all, force_alone).finish(text),
        Some(cut) => scan_in_two(text, cut),
    }
}

/// [`scan`] on two threads, the second starting at `cut`, the start of a
/// blank line (where no block can be open).
fn scan_in_two(text: &str, cut: usize) -> Scan {
    let end = text.len() + 1;
    let (earlier, later) = crate::parallel::both(
        || Scanner::default().run(text, 0..cut, None),
        || Scanner::default().run(text, cut..end, None),
    );
    match later {
        Some(later) => earlier.followed_by(text, cut, later),
        None => earlier.run(text, cut..end, None),
    }
    .finish(text)
}

/// The start of the first empty line after `at`, if any.
fn blank_line_after(text: &str, at: usize) -> Option<usize> {
    memchr::memmem::find(&text.as_bytes()[at..], b"\n\n").map(|i| at + i + 1)
}

/// The scan's state between lines: a scan can stop at a line's start and
/// go on from there later, or be followed by the scan of the rest.
#[derive(Default)]
struct Scanner {
    builder: Builder,
    histogram: Vec<usize>,
    widths: Vec<u8>,
    /// Lines read so far.
    lines: usize,
    /// A marker whose closing `***` wraps onto the next line(s).
    marker_continues: bool,
    /// Where the next form feed is (found once, not looked for on each
    /// line).
    next_form_feed: usize,
    /// A form feed has been seen: the text is in pages.
    paged: bool,
}

impl Scanner {
    /// Read the lines that start in `starts` (the text has a last, empty
    /// line at `text.len()` when it ends with `\n` or is empty).
    fn run(mut self, text: &str, starts: Range<usize>, force_alone: Option<ForceAlone>) -> Self {
        self.histogram.resize(WIDTH_BUCKETS, 0);
        let form_feed_from =
            |at: usize| memchr::memchr(0x0c, &text.as_bytes()[at..]).map_or(usize::MAX, |i| at + i);
        self.next_form_feed = form_feed_from(starts.start);
        let mut start = starts.start;
        while start < starts.end {
            let end =
                memchr::memchr(b'\n', &text.as_bytes()[start..]).map_or(text.len(), |i| start + i);
            let page_break = self.next_form_feed < end;
            if page_break {
                self.next_form_feed = form_feed_from(end);
                self.paged = true;
            }
            self.read_line(text, start..end, page_break, force_alone);
            start = end + 1;
        }
        self
    }

    fn read_line(
        &mut self,
        text: &str,
        range: Range<usize>,
        page_break: bool,
        force_alone: Option<ForceAlone>,
    ) {
        let (raw, line, builder) = (&text[range.clone()], self.lines, &mut self.builder);
        self.lines += 1;
        if page_break {
            builder.close();
            builder.drop_page_number(text);
            builder.page_break = true;
        }
        let trimmed = raw.trim();
        if trimmed.is_empty() || is_page_footer(raw) {
            builder.close();
            builder.blanks += usize::from(trimmed.is_empty());
            self.widths.push(0);
            return;
        }
        let width = if self.marker_continues {
            let width = builder.push_line(range, raw, line, None);
            self.marker_continues = !trimmed.ends_with('*');
            if !self.marker_continues {
                builder.close();
            }
            width
        } else {
            let marker = gutenberg_marker(trimmed);
            let alone = marker.is_some() || force_alone.is_some_and(|f| f(line));
            if alone {
                builder.close();
            }
            let width = builder.push_line(range, raw, line, marker);
            self.marker_continues = marker.is_some() && !trimmed.ends_with('*');
            if alone && !self.marker_continues {
                builder.close();
            }
            width
        };
        self.histogram[width.min(WIDTH_BUCKETS - 1)] += 1;
        self.widths.push(width.min(255) as u8);
    }

    /// This scan, stopped at `cut` (a line's start), followed by `later`,
    /// a scan of the rest of `text` from there as if it were a text of its
    /// own. What a fresh start cannot know is carried over: the lines
    /// before, and the blank lines and page break just before the cut. A
    /// marker left open at the cut changes how the later lines group: then
    /// they are read again.
    fn followed_by(mut self, text: &str, cut: usize, mut later: Scanner) -> Self {
        if self.marker_continues {
            return self.run(text, cut..text.len() + 1, None);
        }
        self.builder.close();
        later.builder.close();
        // A page break before the later part's first block ends the
        // earlier part's last page, which may end in its number.
        let turned = later
            .builder
            .blocks
            .first()
            .map_or(later.builder.page_break, |first| first.after_page_break);
        if turned {
            self.builder.drop_page_number(text);
        }
        self.paged |= later.paged;
        if let Some(first) = later.builder.blocks.first_mut() {
            first.blank_before += self.builder.blanks;
            first.after_page_break |= self.builder.page_break;
        }
        for block in &mut later.builder.blocks {
            block.line += self.lines;
        }
        self.builder.blocks.append(&mut later.builder.blocks);
        self.builder.blanks = later.builder.blanks;
        self.builder.page_break = later.builder.page_break;
        self.widths.append(&mut later.widths);
        for (count, more) in self.histogram.iter_mut().zip(&later.histogram) {
            *count += more;
        }
        self.lines += later.lines;
        self.marker_continues = later.marker_continues;
        self
    }

    fn finish(mut self, text: &str) -> Scan {
        self.builder.close();
        // The last page of a paginated text ends in its number too.
        if self.paged {
            self.builder.drop_page_number(text);
        }
        Scan {
            blocks: self.builder.blocks,
            typical_width: percentile(&self.histogram, 95).max(40),
            widths: self.widths,
        }
    }
}

#[derive(Default)]
struct Builder {
    blocks: Vec<RawBlock>,
    current: Option<RawBlock>,
    /// The current block's lines, counted.
    tally: Tally,
    page_break: bool,
    /// Blank lines since the last block closed.
    blanks: usize,
}

impl Builder {
    /// Add a line to the current block, or open one with it; returns the
    /// line's width in characters.
    fn push_line(
        &mut self,
        range: Range<usize>,
        text: &str,
        line: usize,
        marker: Option<Marker>,
    ) -> usize {
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
                    scanned: None,
                });
            }
        }
        self.tally.add(text)
    }

    /// The page that just ended ends in its number (`12`, `- 12 -`,
    /// `Page 12 of 40`): furniture, as text taken from a PDF has it.
    fn drop_page_number(&mut self, text: &str) {
        let Some(last) = self.blocks.last() else {
            return;
        };
        let body = &text[last.range.clone()];
        let (rest, final_line) = body.rsplit_once('\n').unwrap_or(("", body));
        if !is_page_number(final_line) {
            return;
        }
        if last.line_count == 1 {
            self.blocks.pop();
        } else {
            let rest = rest.trim_end_matches('\r');
            let cut = last.head(last.range.start + rest.len(), last.line_count - 1);
            *self.blocks.last_mut().expect("a last block") = cut;
        }
    }

    fn close(&mut self) {
        if let Some(mut block) = self.current.take() {
            block.scanned = Some(Scanned {
                shape: shape_hint(&self.tally),
                indented_lines: u32::try_from(self.tally.indented).unwrap_or(u32::MAX),
            });
            self.tally.clear();
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

mod furniture;
pub use furniture::{is_page_footer, is_page_number};

#[cfg(test)]
mod tests;
