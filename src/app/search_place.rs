//! Where search offsets stand on screen. A search runs over the text the
//! document displays ([`crate::document::Shown`]), which for Markdown is
//! not the document's own text: these turn a view position into a search
//! offset (where to search from) and a match back into a view position
//! (what to show), exactly, also inside a block whose displayed text is
//! not its source.

use super::App;
use super::viewport::{Anchor, block_at};
use crate::wrap::{Row, RowPos};

impl App {
    /// The search offset of the start of row `pos`.
    pub(super) fn search_offset_at(&mut self, pos: RowPos) -> usize {
        if pos.block >= self.library.doc().blocks.len() {
            return self.library.doc().shown().text().len();
        }
        let len = self.library.doc().block_text(pos.block).len();
        let wrapped = self.viewport.wrapped(self.library.doc(), pos.block);
        let within = match wrapped.rows.get(pos.row) {
            Some(Row::Gap) | None => len,
            Some(_) => wrapped.row_offset(pos.row),
        };
        self.library
            .doc()
            .shown()
            .offset_of(self.library.doc(), pos.block, within)
    }

    /// The search offset of a view anchor (where a search started).
    pub(super) fn search_offset_of(&mut self, anchor: Anchor) -> usize {
        if self.library.doc().shown().is_same() || self.library.doc().blocks.is_empty() {
            return anchor.offset;
        }
        let block = block_at(self.library.doc(), anchor.offset);
        if !self.library.doc().blocks[block].is_rich() {
            return self
                .doc()
                .shown()
                .from_document(self.library.doc(), anchor.offset, None);
        }
        self.search_offset_at(RowPos {
            block,
            row: anchor.rows,
        })
    }

    /// The search offset of the top of the view.
    pub(super) fn search_here(&mut self) -> usize {
        if self.library.doc().shown().is_same() {
            return self.viewport.offset();
        }
        self.search_offset_at(self.viewport.top())
    }

    /// The search offset just past the last block on screen.
    pub(super) fn search_view_end(&self) -> usize {
        let shown = self.library.doc().shown();
        match self.viewport.view().last() {
            Some(pos) if pos.block < self.library.doc().blocks.len() => {
                shown
                    .span_of(self.library.doc(), pos.block..pos.block + 1)
                    .end
            }
            _ => shown.text().len(),
        }
    }

    /// Where each section starts, in search offsets.
    pub(super) fn search_section_starts(&self) -> Vec<usize> {
        let shown = self.library.doc().shown();
        self.library
            .doc()
            .sections
            .iter()
            .map(|s| shown.offset_of(self.library.doc(), s.block, 0))
            .collect()
    }

    /// Show the match starting at search offset `start` a few rows below
    /// the top.
    pub(super) fn reveal_match(&mut self, start: usize) {
        self.show_search_offset(start, true);
    }

    /// Put search offset `start` on the top row.
    pub(super) fn match_on_top(&mut self, start: usize) {
        self.show_search_offset(start, false);
    }

    fn show_search_offset(&mut self, start: usize, context: bool) {
        let shown = self.library.doc().shown();
        let (block, within) = shown.place(self.library.doc(), start);
        let exact = match self.library.doc().blocks.get(block) {
            _ if shown.is_same() => start,
            Some(b) if !b.is_rich() => b.range.start + within.min(b.range.len()),
            Some(_) => {
                return self
                    .viewport
                    .reveal_in_block(self.library.doc(), block, within, context);
            }
            None => return,
        };
        if context {
            self.viewport.reveal_offset(self.library.doc(), exact);
        } else {
            self.viewport.go_to_offset(self.library.doc(), exact);
        }
    }
}
