//! What the interface, the shell and tests read of the app: the document,
//! the viewport and panes, the overlay, the message, where the reader is.
//! Reading only: every change goes through [`App::update`].

use super::viewport::{Anchor, Viewport};
use super::{App, Overlay};
use crate::document::Document;
use crate::panes::Panes;
use crate::wrap::RowPos;

impl App {
    pub fn doc(&self) -> &Document {
        self.library.doc()
    }

    pub fn viewport(&self) -> &Viewport {
        &self.viewport
    }

    pub fn panes(&self) -> &Panes {
        self.viewport.panes()
    }

    /// The first row on screen.
    pub fn top(&self) -> RowPos {
        self.viewport.top()
    }

    /// The reading position.
    pub fn anchor(&self) -> Anchor {
        self.viewport.anchor()
    }

    pub fn overlay(&self) -> &Overlay {
        &self.overlay
    }

    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }

    /// The section the top of the text pane is in.
    pub fn current_section(&self) -> Option<usize> {
        crate::outline::section_at(&self.library.doc().sections, self.viewport.top().block)
    }

    /// The byte in the document's text where the top row starts.
    pub fn source_position(&self) -> usize {
        self.viewport.offset()
    }

    /// `Top`, `End`, `All` or a percentage through the text.
    pub fn position_label(&self) -> String {
        let at_top = self.viewport.top() == RowPos::default();
        match (at_top, self.viewport.at_end()) {
            (true, true) => "All".to_owned(),
            (true, false) => "Top".to_owned(),
            (false, true) => "End".to_owned(),
            (false, false) => {
                // In a part of a file still loading, the percentage is of
                // the file, as near as its bytes tell.
                let (base, total) = self
                    .loading
                    .as_ref()
                    .map_or((0, self.library.doc().text().len() as u64), |l| {
                        (l.window.base, l.window.file_len)
                    });
                let at = base + self.source_position() as u64;
                format!("{}%", at * 100 / total.max(1))
            }
        }
    }

    /// How much of `section` lies above the reading position, in percent.
    pub fn section_progress(&self, section: usize) -> usize {
        let sections = &self.library.doc().sections;
        let start = self.library.doc().blocks[sections[section].block]
            .range
            .start;
        let end = sections
            .get(section + 1)
            .map_or(self.library.doc().text().len(), |next| {
                self.library.doc().blocks[next.block].range.start
            });
        if self.viewport.at_end() {
            return 100;
        }
        let at = self.source_position().clamp(start, end.max(start));
        (at - start) * 100 / (end - start).max(1)
    }
}
