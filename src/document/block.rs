//! A block: a unit of layout over the document's text (a heading, a
//! paragraph, lines kept as written…), with the line of the file it came
//! from and, when it displays other text than its slice, its rich text.

use super::RichText;
use std::ops::Range;

/// What a block is, which decides how it is wrapped and styled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A heading or a title; `level` starts at 1.
    Heading { level: u8 },
    /// A byline or subtitle under the title.
    Byline,
    /// Prose, re-flowed to the pane width.
    Paragraph,
    /// Lines kept as they are (verse, tables, records, ASCII art): cut at
    /// the pane's edge and scrolled sideways, or wrapped on request.
    Preformatted,
    /// A code block: preformatted and styled as code.
    Code,
    /// A thematic break (`---` in Markdown).
    Rule,
}

impl BlockKind {
    /// Whether the block's lines are kept as written rather than re-flowed.
    pub fn is_preformatted(self) -> bool {
        matches!(self, BlockKind::Preformatted | BlockKind::Code)
    }
}

/// A unit of layout: a heading, a paragraph, a preformatted run of lines…
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    /// Where the block stands in the normalised text.
    pub range: Range<usize>,
    /// Zero-based line of the source file where the block starts (see
    /// [`Block::line`]): four bytes, as a document has fewer than 2^32
    /// lines (it is at most 4 GiB), and a block is 32 bytes instead of 40,
    /// 8 MB less for a Markdown file of 100 MB.
    pub(super) line: u32,
    /// Set when the displayed text differs from `range`'s slice.
    pub rich: Option<Box<RichText>>,
    /// The displayed text differs from the slice but is built when first
    /// needed (Markdown); see [`Document::rich`].
    pub deferred: bool,
    /// Whether a blank row follows the block (false inside tight lists).
    pub gap_after: bool,
}

// Blocks are the largest part of a document's structure (one for every
// paragraph): keep them at 32 bytes.
#[cfg(target_pointer_width = "64")]
const _: () = assert!(std::mem::size_of::<Block>() == 32);

/// A line number as a block holds it (the last line of a document of
/// 4 GiB of line ends is the largest there can be: `u32::MAX`).
pub(super) fn line_number(line: usize) -> u32 {
    u32::try_from(line).unwrap_or(u32::MAX)
}

impl Block {
    /// A block shown exactly as its source slice.
    pub fn plain(kind: BlockKind, range: Range<usize>, line: usize) -> Block {
        Block {
            kind,
            range,
            line: line_number(line),
            rich: None,
            deferred: false,
            gap_after: true,
        }
    }

    /// Zero-based line of the source file where the block starts.
    pub fn line(&self) -> usize {
        self.line as usize
    }

    pub fn set_line(&mut self, line: usize) {
        self.line = line_number(line);
    }

    /// Whether the block displays something other than its slice of the
    /// document's text (then a position inside it is only the block's).
    pub fn is_rich(&self) -> bool {
        self.deferred || self.rich.as_ref().is_some_and(|r| !r.in_document)
    }

    /// Whether the block has rich text: styles, prefixes, forced breaks.
    pub fn has_rich_text(&self) -> bool {
        self.rich.is_some() || self.deferred
    }
}
