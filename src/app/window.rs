//! Parts of a large file shown before the whole of it has loaded: its end
//! for `G`, or the lines around a search match found on disk. When the whole
//! document arrives the reader keeps the passage it was showing.

use super::{App, Effect};
use crate::document::Document;
use crate::source::Window;

/// What a window was loaded for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WindowTarget {
    /// The end of the file (`G`).
    End,
    /// A match of the search with this generation.
    Match { generation: u64 },
}

/// How far around the old place the whole text is searched for its words.
const REALIGN_REACH: usize = 256 << 10;

impl App {
    /// Whether the document shown already ends where the file does.
    pub(super) fn window_reaches_end(&self) -> bool {
        self.window
            .is_some_and(|w| w.base + self.doc.text().len() as u64 >= w.file_len)
    }

    /// Showing a part that does not start at the top of the file: its
    /// offsets are not yet the document's.
    pub(super) fn in_detached_window(&self) -> bool {
        self.loading && self.window.is_some_and(|w| w.base > 0)
    }

    /// The shell read the part of the file asked for: show it. A window for
    /// a search that has since changed is dropped.
    pub fn window_loaded(&mut self, window: Window, target: WindowTarget) -> Vec<Effect> {
        if !self.loading {
            return Vec::new();
        }
        let search = self.search.active.as_ref().map(|a| a.search.clone());
        if let WindowTarget::Match { generation } = target {
            let current = self.search.active.as_ref().map(|a| a.generation);
            if current != Some(generation) || window.focus.is_none() {
                return Vec::new();
            }
        }
        self.swap_document(window.doc);
        self.window = Some(window.place);
        match (target, search) {
            (WindowTarget::End, _) => {
                let last = self.wrap.last_row(&self.doc);
                self.set_top(last);
                self.refresh_view();
                Vec::new()
            }
            (WindowTarget::Match { .. }, Some(search)) => {
                let from = window.focus.unwrap_or(0);
                let found = search
                    .next_from(self.doc.text(), from, true)
                    .map(|(m, _)| m);
                let effects = self.activate(search, found.clone());
                match found {
                    Some(m) => self.go_to_offset(m.start),
                    None => self.refresh_view(),
                }
                effects
            }
            (WindowTarget::Match { .. }, None) => Vec::new(),
        }
    }

    /// Replace the document and everything that indexed its blocks; the
    /// view is set by the caller.
    pub(super) fn swap_document(&mut self, doc: Document) {
        self.doc = doc;
        self.outline = super::OutlineState::new(&self.doc.sections);
        self.frame_outline();
        self.wrap = crate::wrap::WrapCache::default();
        self.bookmarks.refresh_marks(&self.doc);
        self.rebuild_jump_index();
        if matches!(
            self.overlay,
            super::Overlay::Palette | super::Overlay::SearchResults
        ) {
            self.overlay = super::Overlay::None;
        }
        self.anchor = super::Anchor::default();
        self.relayout();
    }

    /// Where `offset` of the part shown lies in the whole document: near
    /// the same file byte, at the same words.
    pub(super) fn offset_in_whole(&self, offset: usize, whole: &Document) -> usize {
        let Some(window) = self.window.filter(|w| w.base > 0) else {
            return offset;
        };
        let text = self.doc.text();
        let snippet_end = crate::text::floor_char_boundary(text, (offset + 64).min(text.len()));
        let snippet = &text[offset.min(snippet_end)..snippet_end];
        let approx = (window.base as usize + offset).min(whole.text().len());
        let lo =
            crate::text::floor_char_boundary(whole.text(), approx.saturating_sub(REALIGN_REACH));
        let hi = crate::text::floor_char_boundary(whole.text(), approx + REALIGN_REACH);
        let nearest = (!snippet.is_empty())
            .then(|| {
                memchr::memmem::find_iter(&whole.text().as_bytes()[lo..hi], snippet.as_bytes())
                    .map(|at| lo + at)
                    .min_by_key(|&at| at.abs_diff(approx))
            })
            .flatten();
        nearest.unwrap_or_else(|| crate::text::floor_char_boundary(whole.text(), approx))
    }
}
