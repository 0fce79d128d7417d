//! Layout of blocks into screen rows, per width, computed lazily and cached.
//! A row is a list of word ranges (flowed text) or one line range
//! (preformatted text) in the block's displayed text — never a copy. Only the
//! blocks the reader is looking at are ever wrapped, so no frame costs
//! O(document). Knows nothing of ratatui.

use crate::document::{BlockKind, Document};
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// One screen row of a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    /// Flowed text: these words of [`WrappedBlock::words`], one space apart.
    Words { words: Range<usize>, first: bool },
    /// A preformatted line: this byte range of the block's text, unwrapped.
    Line { range: Range<usize>, first: bool },
    /// A row of a table fitted to the pane: for each column, the range of
    /// the block's text shown in it (empty when the cell has no more).
    /// `at` is where the row starts (its first piece).
    Cells {
        pieces: Vec<Range<usize>>,
        at: usize,
        first: bool,
    },
    /// The rule under a fitted table's header, starting at byte `at`.
    TableRule { at: usize, first: bool },
    /// The label over a code block: its language.
    Label { first: bool },
    /// The blank row after a block.
    Gap,
}

impl Row {
    /// Whether the row is the block's first (which carries its prefix).
    pub fn is_first(&self) -> bool {
        match self {
            Row::Words { first, .. }
            | Row::Line { first, .. }
            | Row::Cells { first, .. }
            | Row::TableRule { first, .. }
            | Row::Label { first } => *first,
            Row::Gap => false,
        }
    }
}

/// A column of a table fitted to the pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// Columns from the row's start.
    pub x: usize,
    pub width: usize,
    pub align: crate::document::table::Align,
}

/// A block laid out at one width.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WrappedBlock {
    /// Byte ranges of the words in the block's text (flowed blocks only).
    pub words: Vec<Range<usize>>,
    /// Columns of space after each word when the next shares its row: 1
    /// between Latin words, 0 between ideographs joined across a line.
    pub gaps: Vec<u8>,
    pub rows: Vec<Row>,
    /// The columns of a table fitted to the pane (empty otherwise).
    pub columns: Vec<Column>,
}

impl WrappedBlock {
    /// The words of a row with the space after each (none after the last).
    pub fn row_words(&self, words: Range<usize>) -> impl Iterator<Item = (Range<usize>, u8)> + '_ {
        let last = words.end.saturating_sub(1);
        words.map(move |i| {
            let gap = if i == last {
                0
            } else {
                self.gaps.get(i).copied().unwrap_or(1)
            };
            (self.words[i].clone(), gap)
        })
    }

    /// A row's words as text, joined as they are drawn.
    pub fn row_text(&self, text: &str, words: Range<usize>) -> String {
        let mut out = String::new();
        for (range, gap) in self.row_words(words) {
            out.push_str(&text[range]);
            out.push_str(&" ".repeat(usize::from(gap)));
        }
        out
    }
}

/// Offset that stands for the gap row after a block's text.
pub const GAP_OFFSET: usize = usize::MAX;

impl WrappedBlock {
    /// The byte offset in the block's text where row `index` starts; the
    /// stable part of a position, which survives re-wrapping.
    pub fn row_offset(&self, index: usize) -> usize {
        match &self.rows[index] {
            Row::Words { words, .. } => self.words.get(words.start).map_or(0, |w| w.start),
            Row::Line { range, .. } => range.start,
            Row::Cells { at, .. } | Row::TableRule { at, .. } => *at,
            Row::Label { .. } => 0,
            Row::Gap => GAP_OFFSET,
        }
    }

    /// The row that shows byte `offset` of the block's text.
    pub fn row_at(&self, offset: usize) -> usize {
        // In a fitted table a later column's cell may have fewer rows than
        // the first's: the row is the one whose piece holds the offset.
        if !self.columns.is_empty() {
            let holds = |row: &Row| match row {
                Row::Cells { pieces, .. } => pieces.iter().any(|p| p.contains(&offset)),
                _ => false,
            };
            if let Some(row) = self.rows.iter().position(holds) {
                return row;
            }
        }
        // Binary search: row offsets rise along the block. Of rows that
        // start at the same byte (a code block's label and its first line)
        // the first: the label stays on top when the view returns there.
        let (mut low, mut high) = (0, self.rows.len());
        while low < high {
            let mid = (low + high) / 2;
            if self.row_offset(mid) < offset {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        match self.rows.get(low) {
            Some(_) if self.row_offset(low) == offset => low,
            _ => low.saturating_sub(1),
        }
    }
}

/// A row of the document: a block and a row within it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct RowPos {
    pub block: usize,
    pub row: usize,
}

/// Drawn before each line of a code block, in every theme: code is set
/// apart without colour too.
pub const CODE_RULE: &str = "│ ";
/// Opens the label row over a code block, above its rule.
pub const CODE_LABEL: &str = "╭ ";
/// Columns [`CODE_RULE`] takes.
pub const CODE_RULE_WIDTH: usize = 2;

/// Drawn at the start of a row that continues a kept line wrapped with
/// [`KeptLines::Wrap`], so a long record never reads as a new one.
pub const CONTINUED: &str = "↪";

/// Whether the row at `range` of a block's text continues a kept line
/// rather than starting one.
pub fn continues_line(text: &str, range: &Range<usize>) -> bool {
    range.start > 0 && text.as_bytes()[range.start - 1] != b'\n'
}

/// What happens to a line kept as written (verse, code, tables) that is
/// wider than the pane.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum KeptLines {
    /// Shown from the pane's left edge on, the rest reached by scrolling
    /// sideways.
    #[default]
    Cut,
    /// Continued on the next rows.
    Wrap,
}

/// The room a block is laid out in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Measure {
    /// Columns prose is wrapped to (the reading column).
    pub width: usize,
    /// Columns kept lines and tables may take (to the text pane's edge).
    pub room: usize,
    pub kept: KeptLines,
}

impl Measure {
    /// Prose and kept lines in the same width, long kept lines cut.
    pub fn at(width: usize) -> Measure {
        Measure {
            width,
            room: width,
            kept: KeptLines::Cut,
        }
    }
}

mod cache;
pub use cache::WrapCache;

mod flow;
pub mod table;

/// Lay out one block at `width` columns, long kept lines cut.
pub fn wrap_block(doc: &Document, index: usize, width: usize) -> WrappedBlock {
    wrap_block_with(doc, index, Measure::at(width))
}

/// Lay out one block in `measure`.
pub fn wrap_block_with(doc: &Document, index: usize, measure: Measure) -> WrappedBlock {
    let Measure { width, room, kept } = measure;
    let block = &doc.blocks[index];
    let text = doc.block_text(index);
    let rich = doc.rich(index);
    let (first_prefix, rest_prefix) =
        rich.map_or((0, 0), |r| (r.first_prefix.width(), r.rest_prefix.width()));
    let fitted_table = rich.and_then(|r| r.table()).and_then(|layout| {
        let room = room.saturating_sub(first_prefix.max(rest_prefix)).max(1);
        table::fitted_rows(text, layout, room, kept)
    });
    let mut wrapped = if let Some(fitted) = fitted_table {
        fitted
    } else if block.kind == BlockKind::Rule {
        // One rule, whatever the source line (`---`, `* * *`) holds.
        WrappedBlock {
            rows: vec![Row::Line {
                range: 0..0,
                first: true,
            }],
            ..WrappedBlock::default()
        }
    } else if block.kind.is_preformatted() {
        // A code block's lines sit behind a rule of CODE_RULE's width.
        let rule = if block.kind == BlockKind::Code {
            CODE_RULE_WIDTH
        } else {
            0
        };
        let wrap_at =
            (kept == KeptLines::Wrap).then(|| room.saturating_sub(first_prefix + rule).max(1));
        let mut rows = preformatted_rows(text, wrap_at);
        // A code block in a named language opens with a label row.
        if block.kind == BlockKind::Code && rich.and_then(|r| r.language()).is_some() {
            if let Some(Row::Line { first, .. }) = rows.rows.first_mut() {
                *first = false;
            }
            rows.rows.insert(0, Row::Label { first: true });
        }
        rows
    } else {
        let first = width.saturating_sub(first_prefix).max(1);
        let rest = width.saturating_sub(rest_prefix).max(1);
        flowed_rows(text, first, rest, block.has_rich_text())
    };
    if block.gap_after && index + 1 < doc.blocks.len() {
        wrapped.rows.push(Row::Gap);
    }
    wrapped
}

/// One row a line, or with `wrap_at` a line wider than that many columns
/// continued on the rows after it (cut between graphemes), each behind a
/// [`CONTINUED`] mark.
fn preformatted_rows(text: &str, wrap_at: Option<usize>) -> WrappedBlock {
    let mut rows = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let mut piece_start = start;
        if let Some(width) = wrap_at.filter(|&w| crate::text::visible_width(line) > w) {
            let continued_width = width.saturating_sub(CONTINUED.width()).max(1);
            // Colour codes take no columns, and a row never ends inside one.
            let mut codes = crate::text::sgr_codes(line).peekable();
            let mut used = 0;
            for (at, grapheme) in line.grapheme_indices(true) {
                while codes.next_if(|code| code.end <= at).is_some() {}
                let in_code = codes.peek().is_some_and(|code| code.start <= at);
                let w = if in_code {
                    0
                } else {
                    crate::text::display_width(grapheme)
                };
                let room = if piece_start == start {
                    width
                } else {
                    continued_width
                };
                if used + w > room && used > 0 {
                    rows.push(Row::Line {
                        range: piece_start..start + at,
                        first: rows.is_empty(),
                    });
                    piece_start = start + at;
                    used = 0;
                }
                used += w;
            }
        }
        rows.push(Row::Line {
            range: piece_start..start + line.len(),
            first: rows.is_empty(),
        });
        start += line.len() + 1;
    }
    WrappedBlock {
        rows,
        ..WrappedBlock::default()
    }
}

/// First-fit wrapping, as a reader expects, at UAX #14 break
/// opportunities (see [`flow`]); a word too wide for a row is cut at
/// grapheme boundaries. In rich text a `\n` is a hard break.
fn flowed_rows(
    text: &str,
    first_width: usize,
    rest_width: usize,
    hard_breaks: bool,
) -> WrappedBlock {
    let words = flow::words(text, hard_breaks);
    let (laid, rows) = flow::rows(text, words, first_width, rest_width);
    WrappedBlock {
        columns: Vec::new(),
        rows: rows
            .into_iter()
            .enumerate()
            .map(|(i, words)| Row::Words {
                words,
                first: i == 0,
            })
            .collect(),
        gaps: laid.iter().map(|w| w.gap).collect(),
        words: laid.into_iter().map(|w| w.range).collect(),
    }
}

#[cfg(test)]
mod tests;
