//! The viewport: where the reader is and what is on screen. The position is
//! an [`Anchor`] in source coordinates — a byte offset into the document's
//! normalised text and a row offset within its wrapped block, as helix's
//! `ViewPosition` — never a wrapped-row number, so a resize keeps the same
//! passage on top. Rows are derived per width from the [`WrapCache`]; only
//! the rows on screen are laid out.

use crate::document::Document;
use crate::panes::Area;
use crate::panes::Panes;
use crate::wrap::{KeptLines, Row, RowPos, WrapCache};

/// The passage at the top of the view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Anchor {
    /// Byte offset into the document's text.
    pub offset: usize,
    /// Rows below the row that shows `offset` (the blank row after a block,
    /// or a row of a block whose displayed text is not its source).
    pub rows: usize,
}

impl Anchor {
    pub fn at(offset: usize) -> Anchor {
        Anchor { offset, rows: 0 }
    }
}

/// How the screen is divided, from the settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PaneChoice {
    pub show_outline: bool,
    /// Widest text column.
    pub measure: u16,
    pub outline_width: Option<u16>,
}

/// The reading position, the layout cache and the pane sizes.
#[derive(Debug)]
pub struct Viewport {
    anchor: Anchor,
    /// In a block displayed as other text than its source (Markdown), the
    /// offset in that displayed text of the top row: a resize finds the
    /// same words again rather than the same row number.
    shown_offset: Option<usize>,
    top: RowPos,
    wrap: WrapCache,
    view: Vec<RowPos>,
    at_end: bool,
    panes: Panes,
    screen: Area,
    choice: PaneChoice,
    /// Columns the kept-as-written lines are scrolled to the right.
    shift: usize,
}

/// Columns kept free when scrolling sideways to the end of a line.
const SLACK: usize = 8;

/// The block that holds byte `offset` of the text.
pub fn block_at(doc: &Document, offset: usize) -> usize {
    doc.blocks
        .partition_point(|b| b.range.start <= offset)
        .saturating_sub(1)
}

impl Viewport {
    pub fn new(choice: PaneChoice) -> Viewport {
        Viewport {
            anchor: Anchor::default(),
            shown_offset: None,
            top: RowPos::default(),
            wrap: WrapCache::default(),
            view: Vec::new(),
            at_end: false,
            panes: Panes::default(),
            screen: Area::default(),
            choice,
            shift: 0,
        }
    }

    /// Columns kept lines are scrolled to the right by.
    pub fn shift(&self) -> usize {
        self.shift
    }

    pub fn kept_lines(&self) -> KeptLines {
        self.wrap.kept_lines()
    }

    /// Cut or wrap long kept lines, keeping the passage on top.
    pub fn set_kept_lines(&mut self, doc: &Document, kept: KeptLines) {
        self.wrap.set_kept_lines(kept);
        if kept == KeptLines::Wrap {
            self.shift = 0;
        }
        self.relayout(doc);
    }

    /// Scroll kept lines sideways by `delta` columns, no further than the
    /// widest of them on screen needs.
    pub fn scroll_sideways(&mut self, doc: &Document, delta: isize) {
        // Room for a prefix (a code block's indent) and the end marker: the
        // last columns of the widest line come fully into view.
        let room = usize::from(self.panes.text.right().saturating_sub(self.panes.column.x));
        let widest = self.widest_kept_line(doc);
        let most = if widest <= room {
            0
        } else {
            widest.saturating_sub(room.saturating_sub(SLACK).max(1))
        };
        self.shift = self.shift.saturating_add_signed(delta).min(most);
    }

    /// The widest kept-as-written line on screen, in columns.
    pub fn widest_kept_line(&self, doc: &Document) -> usize {
        self.view
            .iter()
            .filter_map(|pos| {
                let block = doc.blocks.get(pos.block)?;
                if !block.kind.is_preformatted() {
                    return None;
                }
                let wrapped = self.wrap.peek(pos.block)?;
                match wrapped.rows.get(pos.row)? {
                    Row::Line { range, .. } => Some(crate::text::visible_width(
                        &doc.block_text(pos.block)[range.clone()],
                    )),
                    Row::Cells { .. } | Row::TableRule { .. } => {
                        Some(crate::wrap::table::width(&wrapped.columns))
                    }
                    _ => None,
                }
            })
            .max()
            .unwrap_or(0)
    }

    pub fn anchor(&self) -> Anchor {
        self.anchor
    }

    /// The byte in the text where the top row's passage starts.
    pub fn offset(&self) -> usize {
        self.anchor.offset
    }

    pub fn top(&self) -> RowPos {
        self.top
    }

    /// The rows on screen, top to bottom (all laid out in [`Self::wrap`]).
    pub fn view(&self) -> &[RowPos] {
        &self.view
    }

    pub fn wrap(&self) -> &WrapCache {
        &self.wrap
    }

    pub fn panes(&self) -> &Panes {
        &self.panes
    }

    pub fn at_end(&self) -> bool {
        self.at_end
    }

    /// Rows in a page of text.
    pub fn page(&self) -> usize {
        usize::from(self.panes.column.height).max(1)
    }

    /// The terminal has a new size: same passage, new layout.
    pub fn resize(&mut self, doc: &Document, width: u16, height: u16) {
        self.screen = Area::new(0, 0, width, height);
        self.relayout(doc);
    }

    pub fn toggle_outline(&mut self, doc: &Document) {
        self.choice.show_outline = !self.choice.show_outline;
        self.relayout(doc);
    }

    /// Lay out again for the current panes, keeping the anchored passage on
    /// top (the anchor itself is kept: re-deriving it from the row now on
    /// top would drift the position backwards on every resize).
    pub fn relayout(&mut self, doc: &Document) {
        let PaneChoice {
            show_outline,
            measure,
            outline_width,
        } = self.choice;
        self.panes = Panes::compute(self.screen, show_outline, measure, outline_width);
        self.set_wrap_widths();
        if doc.blocks.is_empty() {
            return self.show_from(doc, RowPos::default());
        }
        let block = block_at(doc, self.anchor.offset);
        let wrapped = self.wrap.get(doc, block);
        let last = wrapped.rows.len().saturating_sub(1);
        let row = match self.shown_offset {
            Some(shown) if doc.blocks[block].is_rich() => wrapped.row_at(shown),
            _ => self.row_of(doc, self.anchor),
        };
        self.top = RowPos {
            block,
            row: row.min(last),
        };
        if doc.blocks[block].is_rich() {
            self.anchor.rows = self.top.row;
        }
        self.refresh(doc);
    }

    /// The row that shows `anchor`.
    fn row_of(&mut self, doc: &Document, anchor: Anchor) -> usize {
        let block = block_at(doc, anchor.offset);
        let source = &doc.blocks[block];
        let rich = source.is_rich();
        let within = anchor.offset.saturating_sub(source.range.start);
        let wrapped = self.wrap.get(doc, block);
        let base = if rich { 0 } else { wrapped.row_at(within) };
        (base + anchor.rows).min(wrapped.rows.len().saturating_sub(1))
    }

    /// Scrolling never goes past the last page; a jump may have put the top
    /// beyond it, and then scrolling down stays put rather than jumping back.
    pub fn scroll(&mut self, doc: &Document, delta: isize) {
        let target = self.wrap.advance(doc, self.top, delta);
        let limit = if delta > 0 {
            self.max_top(doc).max(self.top)
        } else {
            target
        };
        self.show_from(doc, target.min(limit));
    }

    /// The last row that may stand at the top: the end of the document is
    /// then on the bottom row.
    fn max_top(&mut self, doc: &Document) -> RowPos {
        let last = self.wrap.last_row(doc);
        self.wrap.advance(doc, last, -(self.page() as isize - 1))
    }

    /// The top of the document.
    pub fn go_to_top(&mut self, doc: &Document) {
        self.show_from(doc, RowPos::default());
    }

    /// The last page of the document.
    pub fn go_to_end(&mut self, doc: &Document) {
        let max = self.max_top(doc);
        self.show_from(doc, max);
    }

    /// Put the passage at byte `offset` of the text on the top row.
    pub fn go_to_offset(&mut self, doc: &Document, offset: usize) {
        self.go_to_anchor(doc, Anchor::at(offset));
    }

    /// Show the passage at `offset` a few rows below the top, the rows
    /// before it giving context (a search match); near the end the last
    /// screen stays full.
    pub fn reveal_offset(&mut self, doc: &Document, offset: usize) {
        self.go_to_offset(doc, offset);
        self.step_back_for_context(doc);
    }

    /// Show byte `within` of block `block`'s displayed text as
    /// [`Self::reveal_offset`] shows a source offset (a match in a block
    /// whose displayed text is not its source).
    /// (`context`: with rows before it, else on the top row).
    pub fn reveal_in_block(&mut self, doc: &Document, block: usize, within: usize, context: bool) {
        let row = self.wrap.get(doc, block).row_at(within);
        self.show_from(doc, RowPos { block, row });
        if context {
            self.step_back_for_context(doc);
        }
    }

    /// A few rows of what comes before the top, for context; near the end
    /// the last screen stays full.
    fn step_back_for_context(&mut self, doc: &Document) {
        let context = (self.page() / 4).min(3) as isize;
        let above = self.wrap.advance(doc, self.top, -context);
        let last_screen = self.max_top(doc);
        self.show_from(doc, above.min(last_screen));
    }

    /// Put `anchor`'s row on top.
    pub fn go_to_anchor(&mut self, doc: &Document, anchor: Anchor) {
        if doc.blocks.is_empty() {
            return self.show_from(doc, RowPos::default());
        }
        let block = block_at(doc, anchor.offset);
        let row = self.row_of(doc, anchor);
        self.show_from(doc, RowPos { block, row });
    }

    /// Show from `pos` even when that leaves blank rows below the end: a
    /// jump puts its heading at the top, wherever it is.
    pub fn show_from(&mut self, doc: &Document, pos: RowPos) {
        self.top = pos;
        (self.anchor, self.shown_offset) = self.anchor_of(doc, pos);
        self.refresh(doc);
    }

    /// The anchor of row `pos`, and its displayed-text offset in a rich block.
    fn anchor_of(&mut self, doc: &Document, pos: RowPos) -> (Anchor, Option<usize>) {
        let Some(block) = doc.blocks.get(pos.block) else {
            return (Anchor::default(), None);
        };
        let wrapped = self.wrap.get(doc, pos.block);
        let is_gap = |row: usize| matches!(wrapped.rows.get(row), Some(Row::Gap));
        if block.is_rich() {
            let shown = (!is_gap(pos.row)).then(|| wrapped.row_offset(pos.row));
            let anchor = Anchor {
                offset: block.range.start,
                rows: pos.row,
            };
            return (anchor, shown);
        }
        // The blank row after a block: one row below its last line.
        let (row, rows) = if is_gap(pos.row) && pos.row > 0 {
            (pos.row - 1, 1)
        } else {
            (pos.row, 0)
        };
        let within = if is_gap(row) {
            0
        } else {
            wrapped.row_offset(row)
        };
        let offset = (block.range.start + within).min(block.range.end);
        (Anchor { offset, rows }, None)
    }

    /// Recompute the rows on screen and whether the end is in view.
    fn refresh(&mut self, doc: &Document) {
        if doc.blocks.is_empty() {
            self.at_end = true;
            self.view.clear();
            return;
        }
        let max = self.max_top(doc);
        self.at_end = self.top >= max;
        self.view = self.wrap.rows_from(doc, self.top, self.page());
    }

    /// A new document replaces the one shown (or its text changed): forget
    /// its layout and put `anchor` on top.
    pub fn replace_document(&mut self, doc: &Document, anchor: Anchor) {
        let kept = self.wrap.kept_lines();
        self.wrap = WrapCache::default();
        self.set_wrap_widths();
        self.wrap.set_kept_lines(kept);
        self.shift = 0;
        self.anchor = anchor;
        self.shown_offset = None;
        self.relayout(doc);
    }

    /// Prose is wrapped to the reading column; kept lines and tables may
    /// take the text pane to its right edge.
    fn set_wrap_widths(&mut self) {
        let Panes { column, text, .. } = self.panes;
        let room = text.right().saturating_sub(column.x);
        self.wrap
            .set_widths(usize::from(column.width), usize::from(room));
    }

    /// The block laid out at the current width (for search highlights).
    pub fn wrapped(&mut self, doc: &Document, block: usize) -> &crate::wrap::WrappedBlock {
        self.wrap.get(doc, block)
    }
}
