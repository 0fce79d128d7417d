//! Moving through the text: scrolling within bounds, jumping to sections,
//! re-laying out on resize while keeping the anchored passage, the outline
//! following the reader, and the mouse.

use super::library::OutlineRow;
use super::{Anchor, App, Focus};
use crate::outline;
use crate::panes::Panes;
use crate::wrap::RowPos;
use ratatui::layout::Rect;

impl App {
    /// Scrolling never goes past the last page; a jump may have put the top
    /// beyond it, and then scrolling down stays put rather than jumping back.
    pub(super) fn scroll(&mut self, delta: isize) {
        let target = self.wrap.advance(&self.doc, self.top, delta);
        let limit = if delta > 0 {
            self.max_top().max(self.top)
        } else {
            target
        };
        self.show_from(target.min(limit));
    }

    /// The last row that may stand at the top: the end of the document is
    /// then on the bottom row.
    pub(super) fn max_top(&mut self) -> RowPos {
        let last = self.wrap.last_row(&self.doc);
        let height = usize::from(self.panes.column.height).max(1);
        self.wrap.advance(&self.doc, last, -(height as isize - 1))
    }

    /// Show from `pos`, but no further down than the last page.
    pub(super) fn set_top(&mut self, pos: RowPos) {
        let max = self.max_top();
        self.show_from(pos.min(max));
    }

    /// Show from `pos` even when that leaves blank rows below the end: a
    /// jump puts its heading at the top, wherever it is.
    pub(super) fn show_from(&mut self, pos: RowPos) {
        if self.doc.blocks.is_empty() {
            self.at_end = true;
            self.view.clear();
            return;
        }
        self.top = pos;
        let max = self.max_top();
        self.at_end = self.top >= max;
        let offset = self
            .wrap
            .get(&self.doc, self.top.block)
            .row_offset(self.top.row);
        self.anchor = Anchor {
            block: self.top.block,
            offset,
        };
        self.refresh_view();
    }

    pub(super) fn refresh_view(&mut self) {
        let height = usize::from(self.panes.column.height);
        self.view = self.wrap.rows_from(&self.doc, self.top, height);
        self.refresh_highlights();
    }

    pub(super) fn resize(&mut self, width: u16, height: u16) {
        self.screen = Rect::new(0, 0, width, height);
        self.relayout();
    }

    /// Re-wrap for the current panes, keeping the anchored passage on top.
    pub(super) fn relayout(&mut self) {
        self.panes = Panes::compute(
            self.screen,
            self.show_outline,
            self.settings.measure,
            self.settings.outline_width,
        );
        self.wrap.set_width(usize::from(self.panes.column.width));
        if self.doc.blocks.is_empty() {
            return self.set_top(RowPos::default());
        }
        let anchor = self.anchor;
        let row = self.wrap.get(&self.doc, anchor.block).row_at(anchor.offset);
        self.show_from(RowPos {
            block: anchor.block,
            row,
        });
        // Keep the exact passage, not the start of the row now showing it:
        // otherwise each resize would drift the position backwards.
        self.anchor = anchor;
        if self.focus == Focus::Outline && self.panes.outline.is_none() {
            self.focus = Focus::Text;
        }
    }

    pub(super) fn jump_to_section(&mut self, section: usize) {
        if let Some(s) = self.doc.sections.get(section) {
            self.show_from(RowPos {
                block: s.block,
                row: 0,
            });
        }
    }

    pub(super) fn next_section(&mut self, max_level: u8) {
        match outline::next_section(&self.doc.sections, self.top.block, max_level) {
            Some(section) => self.jump_to_section(section),
            _ => self.message = Some("no next section".to_owned()),
        }
    }

    pub(super) fn previous_section(&mut self, max_level: u8) {
        // Mid-way through a heading's block, `[` returns to its start first.
        let block = self.top.block + usize::from(self.top.row > 0);
        match outline::previous_section(&self.doc.sections, block, max_level) {
            Some(section) => self.jump_to_section(section),
            None => self.message = Some("no previous section".to_owned()),
        }
    }

    /// While reading, the outline selection follows the current section.
    pub(super) fn outline_follow(&mut self) {
        if self.focus == Focus::Text
            && let Some(current) = self.current_section()
        {
            self.outline.select_visible(&self.doc.sections, current);
        }
        let height = self.panes.outline.map_or(0, |r| usize::from(r.height));
        self.outline.keep_selection_in_view(height);
    }

    pub(super) fn mouse_scroll(&mut self, column: u16, row: u16, down: bool) {
        let delta = if down { 3 } else { -3 };
        match self.panes.outline {
            Some(rect) if rect.contains((column, row).into()) => {
                self.outline.scroll_by(delta, usize::from(rect.height));
            }
            _ => {
                self.scroll(delta);
                self.outline_follow();
            }
        }
    }

    pub(super) fn mouse_click(&mut self, column: u16, row: u16) -> Vec<super::Effect> {
        let Some(rect) = self
            .panes
            .outline
            .filter(|r| r.contains((column, row).into()))
        else {
            return Vec::new();
        };
        let index = self.outline.scroll + usize::from(row - rect.y);
        match self.outline_row(index) {
            Some(OutlineRow::Section(section)) => {
                self.outline.selected = section;
                self.jump_to_section(section);
                self.focus = Focus::Text;
            }
            Some(OutlineRow::Document(doc)) => return self.switch_document(doc),
            None => {}
        }
        Vec::new()
    }

    /// What row `index` of the outline shows.
    pub fn outline_row(&self, index: usize) -> Option<OutlineRow> {
        let lead = self.outline.lead;
        let visible = self.outline.visible();
        if index < lead {
            return Some(OutlineRow::Document(index));
        }
        if let Some(&section) = visible.get(index - lead) {
            return Some(OutlineRow::Section(section));
        }
        let after = index - lead - visible.len();
        (after < self.outline.trail)
            .then_some(OutlineRow::Document(self.library.current + 1 + after))
    }

    /// The whole document has arrived (the reader was showing its opening):
    /// swap it in, keeping the passage on top where the reader has moved.
    /// Anything that indexed the old blocks is rebuilt; an active search is
    /// run again on the whole text.
    pub fn document_loaded(&mut self, doc: crate::document::Document) -> Vec<super::Effect> {
        let shown = self.source_position();
        let offset = self.offset_in_whole(shown, &doc);
        // A match found in a part of the file moves with it.
        if let Some(current) = self.search.active.as_mut().and_then(|a| a.current.as_mut()) {
            let shift = |at: usize| (at + offset).saturating_sub(shown).min(doc.text().len());
            *current = shift(current.start)..shift(current.end);
        }
        // `G` while loading, and still there: the real end is wanted.
        let to_end = std::mem::take(&mut self.end_requested) && self.at_end;
        self.loading = false;
        self.window = None;
        self.swap_document(doc);
        if to_end {
            let last = self.wrap.last_row(&self.doc);
            self.set_top(last);
        } else {
            self.go_to_offset(offset);
        }
        let effects = self.search_rerun();
        self.outline_follow();
        effects
    }
}
