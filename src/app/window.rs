//! A large file while it loads: its opening is shown at once; `G` and a
//! search with no match so far show other parts of it (windows); when the
//! whole document arrives every held position is remapped into it.

use super::marking::Saved;
use super::viewport::Anchor;
use super::{App, Effect, Overlay};
use crate::document::Document;
use crate::document::part::{FileWindow, Window};

/// What a window was loaded for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WindowTarget {
    /// The end of the file (`G`).
    End,
    /// A match of the search with this generation.
    Match { generation: u64 },
    /// A place in the file (`50%`).
    Place,
}

/// The state of a large file still loading.
#[derive(Debug)]
pub struct Loading {
    /// Which part of the file is shown.
    pub window: FileWindow,
    /// `G` was pressed: go to the real end once it is there.
    end_requested: bool,
    /// `N%` asked for this byte of the file and its part has not been
    /// shown yet: go there when the whole arrives first.
    place_requested: Option<u64>,
    /// The file's opening, kept while another part is shown, so that `g`
    /// goes back to it at once.
    opening: Option<Box<Document>>,
}

impl Loading {
    pub fn new(file_len: u64) -> Loading {
        Loading {
            window: FileWindow { base: 0, file_len },
            end_requested: false,
            place_requested: None,
            opening: None,
        }
    }
}

/// How far around the old place the whole text is searched for its words.
const REALIGN_REACH: usize = 256 << 10;

impl App {
    /// `G`: the end of the document, or of the file while it loads.
    pub(super) fn go_bottom(&mut self) -> Vec<Effect> {
        self.viewport.go_to_end(self.library.doc());
        let Some(loading) = &mut self.loading else {
            return Vec::new();
        };
        loading.end_requested = true;
        let window = loading.window;
        if window.base + self.library.doc().text().len() as u64 >= window.file_len {
            return Vec::new();
        }
        vec![Effect::ShowFileEnd]
    }

    /// `N%` while a large file loads: a place past what is loaded is read
    /// from the file (the byte N% of the way), as `G` reads its end.
    pub(super) fn go_percent_of_file(&mut self, percent: usize) -> Option<Vec<Effect>> {
        let window = self.loading.as_ref()?.window;
        let at = window.file_len * percent.min(100) as u64 / 100;
        let loaded = window.base..window.base + self.library.doc().text().len() as u64;
        if loaded.contains(&at) {
            return None;
        }
        if let Some(loading) = &mut self.loading {
            loading.place_requested = Some(at);
        }
        Some(vec![Effect::ShowFileAt { offset: at }])
    }

    /// Showing a part that does not start at the top of the file: its
    /// offsets are not yet the document's.
    pub(super) fn in_detached_window(&self) -> bool {
        self.loading.as_ref().is_some_and(|l| l.window.base > 0)
    }

    /// `g`: the top of the document; while a large file loads and another
    /// part of it is shown, the file's opening again (kept for this).
    pub(super) fn go_top(&mut self) {
        let opening = self.loading.as_mut().and_then(|l| l.opening.take());
        if let Some(opening) = opening {
            self.remap_positions(true, |_| None);
            self.replace_document(*opening, Anchor::default());
            if let Some(loading) = &mut self.loading {
                loading.window.base = 0;
                loading.place_requested = None;
                loading.end_requested = false;
            }
        }
        self.viewport.go_to_top(self.library.doc());
    }

    /// The shell read the part of the file asked for: show it. A window for
    /// a search that has since changed is dropped.
    pub(super) fn window_loaded(&mut self, window: Window, target: WindowTarget) -> Vec<Effect> {
        if self.loading.is_none() {
            return Vec::new();
        }
        let search = self.search.active.as_ref().map(|a| a.search.clone());
        if let WindowTarget::Match { generation } = target {
            let current = self.search.active.as_ref().map(|a| a.generation);
            if current != Some(generation) || window.focus.is_none() {
                return Vec::new();
            }
        }
        // Offsets in one part mean nothing in another: held positions go.
        self.remap_positions(true, |_| None);
        let shown = std::mem::replace(self.library.doc_mut(), Document::empty());
        self.replace_document(window.doc, Anchor::default());
        if let Some(loading) = &mut self.loading {
            if loading.window.base == 0 {
                loading.opening = Some(Box::new(shown));
            }
            loading.window = window.place;
        }
        match (target, search) {
            (WindowTarget::End, _) => {
                self.viewport.go_to_end(self.library.doc());
                Vec::new()
            }
            (WindowTarget::Match { .. }, Some(search)) => {
                let focus = window.focus.unwrap_or(0);
                let from =
                    self.library
                        .doc()
                        .shown()
                        .from_document(self.library.doc(), focus, None);
                let found = search
                    .next_from(self.library.doc().shown().text(), from, true)
                    .map(|(m, _)| m);
                let effects = self.activate(search, found.clone());
                if let Some(m) = found {
                    self.match_on_top(m.start);
                }
                effects
            }
            (WindowTarget::Match { .. }, None) => Vec::new(),
            (WindowTarget::Place, _) => {
                if let Some(loading) = &mut self.loading {
                    loading.place_requested = None;
                }
                let at = window.focus.unwrap_or(0);
                let at = crate::text::floor_char_boundary(self.library.doc().text(), at);
                self.viewport.go_to_offset(self.library.doc(), at);
                Vec::new()
            }
        }
    }

    /// The whole document has arrived (the reader was showing a part of
    /// it): swap it in, keeping the passage on top where the reader has
    /// moved, then take in what was saved about it.
    pub(super) fn document_loaded(
        &mut self,
        doc: Document,
        saved: Saved,
        resume: bool,
        warnings: Vec<String>,
    ) -> Vec<Effect> {
        let Some(loading) = self.loading.take() else {
            return Vec::new();
        };
        let untouched = self.viewport.top() == Default::default() && loading.window.base == 0;
        let to_end = loading.end_requested && self.viewport.at_end();
        let place = loading.place_requested;
        let window = loading.window;
        let old = std::mem::replace(self.library.doc_mut(), Document::empty());
        let remap = |offset: usize| Some(offset_in_whole(&old, window, offset, &doc));
        let held = self.viewport.anchor();
        let anchor = Anchor {
            offset: remap(held.offset).unwrap_or(0),
            rows: held.rows,
        };
        self.remap_positions(old.shows_own_text() && doc.shows_own_text(), remap);
        self.replace_document(doc, anchor);
        if to_end {
            self.viewport.go_to_end(self.library.doc());
        } else if let Some(at) = place {
            let at = crate::text::floor_char_boundary(self.library.doc().text(), at as usize);
            self.viewport.go_to_offset(self.library.doc(), at);
        }
        let mut effects = self.search_rerun();
        effects.extend(self.restore(saved, resume && untouched, warnings));
        if matches!(&self.overlay, Overlay::Palette(p) if p.accept_when_whole) {
            effects.extend(self.accept());
        }
        effects
    }

    pub(super) fn load_failed(&mut self, message: String) -> Vec<Effect> {
        self.loading = None;
        self.message = Some(format!("could not read the rest of the file: {message}"));
        Vec::new()
    }

    /// Before the document is replaced (by another part of the file, the
    /// whole file, or a new version of it), move every held position through
    /// `remap`: old offset → new offset, `None` when it has no place in the
    /// new text. The view's own anchor is given to `replace_document`.
    /// `search_too`: whether the current match's offsets are the
    /// documents' own (both the old and the new display their own text),
    /// else the search is run again on the new one.
    pub(super) fn remap_positions(
        &mut self,
        search_too: bool,
        remap: impl Fn(usize) -> Option<usize>,
    ) {
        if search_too {
            self.search.remap(&remap);
        } else {
            self.search.remap(|_| None);
        }
        if let Overlay::Search(prompt) = &mut self.overlay {
            prompt.origin = Anchor::at(remap(prompt.origin.offset).unwrap_or(0));
        }
        self.bookmarks.saved_offset = self.bookmarks.saved_offset.and_then(&remap);
    }

    /// Show `doc` in place of the document on screen with `anchor` on top,
    /// and rebuild what indexed the old one's blocks.
    pub(super) fn replace_document(&mut self, doc: Document, anchor: Anchor) {
        if matches!(self.overlay, Overlay::SearchResults(_)) {
            self.overlay = Overlay::None;
        }
        *self.library.doc_mut() = doc;
        self.outline = super::OutlineState::new(&self.library.doc().sections);
        self.frame_outline();
        self.bookmarks.refresh_marks(self.library.doc());
        self.rebuild_jump_index();
        // An open palette stays open (a query typed while a file loads
        // finds what the whole file holds once it is there).
        if let Overlay::Palette(palette) = &mut self.overlay {
            palette.rerank(&self.jump_index);
        }
        self.viewport.replace_document(self.library.doc(), anchor);
        self.outline_follow();
    }
}

/// Where `offset` of `part` (a part of the file starting at byte `base`)
/// lies in the whole document: near the same file byte, at the same words.
fn offset_in_whole(part: &Document, window: FileWindow, offset: usize, whole: &Document) -> usize {
    let base = window.base;
    if base == 0 {
        return crate::text::floor_char_boundary(whole.text(), offset);
    }
    let text = part.text();
    let snippet_end = crate::text::floor_char_boundary(text, (offset + 64).min(text.len()));
    let snippet = &text[offset.min(snippet_end)..snippet_end];
    // File bytes are not text bytes in every encoding (two to a UTF-16
    // unit, one to an accented Windows-1252 letter that UTF-8 writes in
    // two): scale the window's start by how the whole text came out.
    let scaled = u128::from(base) * whole.text().len() as u128 / u128::from(window.file_len.max(1));
    let approx = (scaled as usize + offset).min(whole.text().len());
    let lo = crate::text::floor_char_boundary(whole.text(), approx.saturating_sub(REALIGN_REACH));
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
