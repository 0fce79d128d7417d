//! Moving through the text: scrolling, sections, the outline and its focus,
//! the terminal's size and the mouse.

use super::DocId;
use super::library::OutlineRow;
use super::{App, Effect, Event, Focus, MouseKind};
use crate::outline;
use crate::wrap::KeptLines;

impl App {
    pub(super) fn scroll(&mut self, delta: isize) {
        self.viewport.scroll(self.library.doc(), delta);
    }

    /// `→` and `←`: long kept lines sideways by half the text pane.
    pub(super) fn scroll_sideways(&mut self, right: bool) {
        if self.viewport.kept_lines() == KeptLines::Wrap {
            self.message = Some("long lines are wrapped: w cuts them".to_owned());
            return;
        }
        let half = (usize::from(self.viewport.panes().text.width) / 2).max(1) as isize;
        let before = self.viewport.shift();
        self.viewport
            .scroll_sideways(self.library.doc(), if right { half } else { -half });
        if right && self.viewport.shift() == before {
            self.message = Some("no line on screen goes further right".to_owned());
        }
    }

    /// `w`: wrap long kept lines, or cut them again.
    pub(super) fn toggle_wrap(&mut self) {
        let (kept, said) = match self.viewport.kept_lines() {
            KeptLines::Cut => (KeptLines::Wrap, "long lines wrapped"),
            KeptLines::Wrap => (KeptLines::Cut, "long lines cut: → and ← scroll them"),
        };
        self.viewport.set_kept_lines(self.library.doc(), kept);
        self.message = Some(said.to_owned());
    }

    pub(super) fn resized(&mut self, width: u16, height: u16) -> Vec<Effect> {
        self.viewport.resize(self.library.doc(), width, height);
        self.focus_where_shown();
        Vec::new()
    }

    /// The outline may have hidden itself (narrow screen): focus the text.
    fn focus_where_shown(&mut self) {
        if self.focus == Focus::Outline && self.viewport.panes().outline.is_none() {
            self.focus = Focus::Text;
        }
    }

    pub(super) fn top_level(&self) -> u8 {
        outline::top_level(&self.library.doc().sections)
    }

    pub(super) fn jump_to_section(&mut self, section: usize) {
        if let Some(s) = self.library.doc().sections.get(section) {
            let offset = self.library.doc().blocks[s.block].range.start;
            self.viewport.go_to_offset(self.library.doc(), offset);
        }
    }

    pub(super) fn next_section(&mut self, max_level: u8) {
        let block = self.viewport.top().block;
        match outline::next_section(&self.library.doc().sections, block, max_level) {
            Some(section) => self.jump_to_section(section),
            _ => self.message = Some("no next section".to_owned()),
        }
    }

    pub(super) fn previous_section(&mut self, max_level: u8) {
        // Mid-way through a heading's block, `[` returns to its start first.
        let top = self.viewport.top();
        let block = top.block + usize::from(top.row > 0);
        match outline::previous_section(&self.library.doc().sections, block, max_level) {
            Some(section) => self.jump_to_section(section),
            None => self.message = Some("no previous section".to_owned()),
        }
    }

    pub(super) fn toggle_focus(&mut self) {
        self.focus = match self.focus {
            Focus::Text if self.viewport.panes().outline.is_some() => Focus::Outline,
            _ => Focus::Text,
        };
    }

    pub(super) fn toggle_outline(&mut self) {
        self.viewport.toggle_outline(self.library.doc());
        self.focus_where_shown();
    }

    pub(super) fn outline_open(&mut self) {
        self.jump_to_section(self.outline.selected);
        self.focus = Focus::Text;
    }

    /// Half the outline pane's height, in entries (at least one).
    pub(super) fn outline_half_page(&self) -> isize {
        let height = self.viewport.panes().outline.map_or(0, |r| r.height);
        (height / 2).max(1) as isize
    }

    /// Fold the outline to show `depth` levels (all of them with `None`),
    /// keeping the selection on the entry or the ancestor that stays.
    pub(super) fn fold_outline(&mut self, depth: Option<u8>) {
        self.outline
            .fold_to_depth(&self.library.doc().sections, depth);
        let selected = self.outline.selected;
        self.outline.select_visible(selected);
    }

    /// While reading, the outline selection follows the current section.
    pub(super) fn outline_follow(&mut self) {
        if self.focus == Focus::Text
            && let Some(current) = self.current_section()
        {
            self.outline.select_visible(current);
        }
    }

    /// Whether `event` turns the mouse wheel over the outline (which scrolls
    /// the list without snapping it back to the selection).
    pub(super) fn is_outline_wheel(&self, event: &Event) -> bool {
        match event {
            Event::Mouse {
                kind: MouseKind::ScrollDown | MouseKind::ScrollUp,
                column,
                row,
            } => self
                .viewport
                .panes()
                .outline
                .is_some_and(|r| r.contains(*column, *row)),
            _ => false,
        }
    }

    pub(super) fn mouse(&mut self, kind: MouseKind, column: u16, row: u16) -> Vec<Effect> {
        let outline = self
            .viewport
            .panes()
            .outline
            .filter(|r| r.contains(column, row));
        let delta = match kind {
            MouseKind::ScrollDown => 3,
            MouseKind::ScrollUp => -3,
            MouseKind::Click => {
                return match outline {
                    Some(rect) => {
                        self.outline_click(self.outline.scroll + usize::from(row - rect.y))
                    }
                    None => self.click_text(column, row),
                };
            }
        };
        match outline {
            Some(rect) => self.outline.scroll_by(delta, usize::from(rect.height)),
            None => self.scroll(delta),
        }
        Vec::new()
    }

    fn outline_click(&mut self, index: usize) -> Vec<Effect> {
        match self.outline_row(index) {
            Some(OutlineRow::Section(section)) => {
                self.outline.selected = section;
                self.jump_to_section(section);
                self.focus = Focus::Text;
                Vec::new()
            }
            Some(OutlineRow::Document(doc)) => self.switch_document(doc),
            None => Vec::new(),
        }
    }

    /// What row `index` of the outline shows.
    pub fn outline_row(&self, index: usize) -> Option<OutlineRow> {
        let lead = self.outline.lead;
        let visible = self.outline.visible();
        if index < lead {
            return Some(OutlineRow::Document(DocId(index)));
        }
        if let Some(&section) = visible.get(index - lead) {
            return Some(OutlineRow::Section(section));
        }
        let after = index - lead - visible.len();
        (after < self.outline.trail).then_some(OutlineRow::Document(DocId(
            self.library.current.0 + 1 + after,
        )))
    }
}
