//! The text search reads: what the blocks display, one after another. For
//! most documents that is the document's own text (plain text, and the
//! formats that keep what they display); a Markdown document displays
//! other text than its source (no `**`, link addresses after their text,
//! tables drawn), so its displayed text is put together once, the first
//! time it is searched, without keeping each block's rich text.
//!
//! Positions in it (search offsets) are told apart from the document's
//! own offsets: [`Shown::place`] gives a search offset's block and its
//! offset in that block's displayed text, [`Shown::offset_of`] the other way.

use super::Document;
use std::ops::Range;
use std::sync::Arc;

/// A document's displayed text, as search reads it.
#[derive(Debug, Clone)]
pub struct Shown {
    text: Arc<String>,
    /// Where each block's displayed text starts in `text`; empty when
    /// `text` is the document's own.
    starts: Vec<usize>,
}

/// Blocks stand apart in the displayed text as on screen.
const BETWEEN_BLOCKS: &str = "\n\n";

impl Shown {
    /// The document's own text: every block displays its slice.
    pub(super) fn same(text: Arc<String>) -> Shown {
        Shown {
            text,
            starts: Vec::new(),
        }
    }

    /// Put together what `doc`'s blocks display: a long document in two
    /// halves at once.
    pub(super) fn build(doc: &Document) -> Shown {
        let blocks = doc.blocks.len();
        let whole = doc.text().len();
        let (text, mut starts) = if whole < TWO_THREADS_FROM {
            part(doc, 0..blocks, whole)
        } else {
            // The first half's buffer has room for the second's: it is
            // copied in, never moved to a larger one.
            let half = blocks / 2;
            let (earlier, later) = crate::parallel::both(
                || part(doc, 0..half, whole),
                || part(doc, half..blocks, whole / 2),
            );
            let (later_text, later_starts) = later.unwrap_or_else(|| part(doc, half..blocks, 0));
            let (mut text, mut starts) = earlier;
            let base = text.len();
            text.push_str(&later_text);
            starts.extend(later_starts.into_iter().map(|s| s + base));
            (text, starts)
        };
        starts.shrink_to_fit();
        Shown {
            text: Arc::new(text),
            starts,
        }
    }

    /// Whether search offsets are the document's own offsets.
    pub fn is_same(&self) -> bool {
        self.starts.is_empty()
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text, shared (for a search on another thread).
    pub fn shared(&self) -> Arc<String> {
        Arc::clone(&self.text)
    }

    /// The block search offset `offset` falls in, and its offset in that
    /// block's displayed text.
    pub fn place(&self, doc: &Document, offset: usize) -> (usize, usize) {
        if self.is_same() {
            let (block, start) = block_start(doc, offset);
            return (block, offset.saturating_sub(start));
        }
        let block = self
            .starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1);
        let start = self.starts.get(block).copied().unwrap_or(0);
        (block, offset.saturating_sub(start))
    }

    /// The search offset of byte `within` of block `block`'s displayed text.
    pub fn offset_of(&self, doc: &Document, block: usize, within: usize) -> usize {
        if self.is_same() {
            return doc.blocks.get(block).map_or(0, |b| b.range.start) + within;
        }
        self.starts
            .get(block)
            .map_or(self.text.len(), |s| s + within)
    }

    /// The search offset where a document offset stands: within a block
    /// whose displayed text is not its source, its start (or `shown`, the
    /// viewport's offset in that displayed text, when it has one).
    pub fn from_document(&self, doc: &Document, offset: usize, shown: Option<usize>) -> usize {
        if self.is_same() {
            return offset;
        }
        let (block, start) = block_start(doc, offset);
        let within = match doc.blocks.get(block) {
            Some(b) if b.is_rich() => shown.unwrap_or(0),
            Some(_) => offset.saturating_sub(start),
            None => 0,
        };
        self.offset_of(doc, block, within)
    }

    /// Where the displayed text of `blocks` lies, in search offsets.
    pub fn span_of(&self, doc: &Document, blocks: Range<usize>) -> Range<usize> {
        let end = |b: usize| {
            doc.blocks.get(b).map_or(self.text.len(), |_| {
                self.offset_of(doc, b, doc.block_text(b).len())
            })
        };
        let start = self.offset_of(doc, blocks.start, 0);
        let last = blocks.end.saturating_sub(1).max(blocks.start);
        start..end(last)
    }
}

/// Below this many bytes a document's displayed text is put together on
/// one thread.
const TWO_THREADS_FROM: usize = 1 << 20;

/// What blocks `blocks` display, one after another, and where each starts
/// (in a buffer made with room for `room` bytes).
fn part(doc: &Document, blocks: Range<usize>, room: usize) -> (String, Vec<usize>) {
    let mut text = String::with_capacity(room);
    let mut starts = Vec::with_capacity(blocks.len());
    let mut near = std::collections::HashMap::new();
    for index in blocks {
        starts.push(text.len());
        match doc.unbuilt_deferred(index) {
            Some(deferred) => {
                text.push_str(&deferred.displayed(doc.text(), &doc.blocks, index, &mut near))
            }
            None => text.push_str(doc.block_text(index)),
        }
        text.push_str(BETWEEN_BLOCKS);
    }
    (text, starts)
}

/// The block holding document offset `offset`, and where it starts.
fn block_start(doc: &Document, offset: usize) -> (usize, usize) {
    let block = doc
        .blocks
        .partition_point(|b| b.range.start <= offset)
        .saturating_sub(1);
    (block, doc.blocks.get(block).map_or(0, |b| b.range.start))
}

#[cfg(test)]
mod tests {
    use crate::document::{Document, Format};

    #[test]
    fn markdown_is_searched_as_it_is_displayed() {
        let md = "# Title\n\nwith **bold** text and a [link](https://example.com).\n\n| a | b |\n|---|---|\n| one | two |\n";
        let doc = Document::from_text("t.md", md, Format::Markdown);
        let shown = doc.shown();
        assert!(!shown.is_same());
        assert!(
            shown.text().contains("with bold text"),
            "{:?}",
            shown.text()
        );
        assert!(!shown.text().contains("**"));
        let at = shown.text().find("bold").unwrap();
        let (block, within) = shown.place(&doc, at);
        assert_eq!(&doc.block_text(block)[within..within + 4], "bold");
        assert_eq!(shown.offset_of(&doc, block, within), at);
    }

    #[test]
    fn plain_text_is_searched_as_it_stands() {
        let doc = Document::from_text("t.txt", "One.\n\nTwo words.\n", Format::Plain);
        let shown = doc.shown();
        assert!(shown.is_same());
        assert_eq!(shown.text(), doc.text());
        assert_eq!(shown.from_document(&doc, 8, None), 8);
        let (block, within) = shown.place(&doc, 8);
        assert_eq!(&doc.block_text(block)[within..], "o words.");
    }

    #[test]
    fn a_long_document_put_together_in_two_halves_is_every_block_in_order() {
        let mut md = String::new();
        for n in 0..20_000 {
            md.push_str(&format!(
                "## Part {n}\n\nSome **bold** words, [a link](u{n}), `code`.\n\n- one\n- two\n\n"
            ));
        }
        assert!(md.len() > super::TWO_THREADS_FROM);
        let doc = Document::from_text("long.md", &md, Format::Markdown);
        let shown = doc.shown();
        for block in 0..doc.blocks.len() {
            let span = shown.span_of(&doc, block..block + 1);
            assert_eq!(&shown.text()[span], doc.block_text(block), "block {block}");
        }
    }
}
