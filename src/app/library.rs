//! Several documents open at once. The one on screen lives in the `App`'s
//! own fields, as when only one is open; the others wait on the shelf with
//! their reading state (place, bookmarks, outline folds), and switching
//! swaps them. Each keeps its own position and bookmarks.

use super::input::SelectList;
use super::marking::Saved;
use super::{Anchor, App, BookmarkState, Effect, Focus, OutlineState, Overlay};
use crate::document::Document;
use crate::jump::JumpIndex;

/// A row of the outline pane: a document's name, or a section of the
/// document on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutlineRow {
    Document(usize),
    Section(usize),
}

/// Every open document, by its place in the order they were given.
#[derive(Debug)]
pub struct Library {
    /// Names of all the documents, in order.
    pub names: Vec<String>,
    /// Their own titles (front matter, title block), where they have one.
    pub titles: Vec<Option<String>>,
    /// Which one is on screen.
    pub current: usize,
    /// The documents not on screen (`None` at `current`).
    shelf: Vec<Option<Shelved>>,
    /// The one shown before, for `Ctrl-o`.
    previous: Option<usize>,
    /// Whether a document shown for the first time goes back to where its
    /// reader stopped.
    pub(super) resume: bool,
    /// Where links were followed from, the last on top (`Ctrl-o`).
    pub(super) back: Vec<super::following::Place>,
}

impl Default for Library {
    fn default() -> Self {
        Library {
            names: Vec::new(),
            titles: Vec::new(),
            current: 0,
            shelf: Vec::new(),
            previous: None,
            resume: true,
            back: Vec::new(),
        }
    }
}

/// A document off screen, with where its reader was.
#[derive(Debug)]
struct Shelved {
    doc: Document,
    anchor: Anchor,
    /// Whether its long kept lines were wrapped (`w`).
    kept: crate::wrap::KeptLines,
    bookmarks: BookmarkState,
    outline: OutlineState,
    /// What was saved about it, taken in when it is first shown.
    saved: Option<Saved>,
}

impl Library {
    pub fn len(&self) -> usize {
        self.names.len().max(1)
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// More than one document open.
    pub fn is_shared(&self) -> bool {
        self.names.len() > 1
    }
}

impl App {
    /// Open `others` beside the document on screen, after it in order, each
    /// with what was saved about it.
    pub(super) fn add_documents(&mut self, others: Vec<(Document, Saved)>) -> Vec<Effect> {
        if self.library.names.is_empty() {
            self.library.names.push(self.doc.name.clone());
            self.library.titles.push(self.doc.title.clone());
            self.library.shelf.push(None);
        }
        for (doc, saved) in others {
            self.library.names.push(doc.name.clone());
            self.library.titles.push(doc.title.clone());
            let outline = OutlineState::new(&doc.sections);
            self.library.shelf.push(Some(Shelved {
                doc,
                anchor: Anchor::default(),
                kept: crate::wrap::KeptLines::Cut,
                bookmarks: BookmarkState::default(),
                outline,
                saved: Some(saved),
            }));
        }
        self.rebuild_jump_index();
        self.frame_outline();
        Vec::new()
    }

    /// With several documents the outline lists them all, this one's
    /// sections under its name.
    pub(super) fn frame_outline(&mut self) {
        let (current, len) = (self.library.current, self.library.names.len());
        (self.outline.lead, self.outline.trail) = if len > 1 {
            (current + 1, len - current - 1)
        } else {
            (0, 0)
        };
    }

    /// Every open document in order (for the jump palette).
    pub fn documents(&self) -> Vec<&Document> {
        if self.library.shelf.is_empty() {
            return vec![&self.doc];
        }
        self.library
            .shelf
            .iter()
            .map(|s| s.as_ref().map_or(&self.doc, |s| &s.doc))
            .collect()
    }

    /// The palette's index: every section of every document, and this
    /// document's bookmarks.
    pub(super) fn rebuild_jump_index(&mut self) {
        let index = JumpIndex::new(&self.documents(), &self.bookmarks.list);
        self.jump_index = index;
    }

    /// Show document `to`, keeping the one on screen where it was (its
    /// position is saved as it goes).
    pub(super) fn switch_document(&mut self, to: usize) -> Vec<Effect> {
        let from = self.library.current;
        let Some(incoming) = self.library.shelf.get_mut(to).and_then(Option::take) else {
            return Vec::new();
        };
        // The leaving document's place, saved under its own name.
        let effects = self.save_with_position();
        let leaving = Shelved {
            doc: std::mem::replace(&mut self.doc, incoming.doc),
            anchor: self.viewport.anchor(),
            kept: self.viewport.kept_lines(),
            bookmarks: std::mem::replace(&mut self.bookmarks, incoming.bookmarks),
            outline: std::mem::replace(&mut self.outline, incoming.outline),
            saved: None,
        };
        self.library.shelf[from] = Some(leaving);
        self.library.previous = Some(from);
        self.library.current = to;
        self.search.active = None;
        self.overlay = Overlay::None;
        self.focus = Focus::Text;
        self.frame_outline();
        self.viewport.replace_document(&self.doc, incoming.anchor);
        self.viewport.set_kept_lines(&self.doc, incoming.kept);
        let mut effects = effects;
        match incoming.saved {
            Some(saved) => effects.extend(self.restore(saved, self.library.resume, Vec::new())),
            None => self.bookmarks_changed(),
        }
        if self.message.is_none() {
            self.message = Some(format!(
                "{} ({}/{})",
                self.doc.name,
                to + 1,
                self.library.len()
            ));
        }
        effects
    }

    /// `Ctrl-o`: back to the document shown before.
    pub(super) fn switch_back(&mut self) -> Vec<Effect> {
        match self.library.previous {
            Some(previous) => self.switch_document(previous),
            None if self.library.is_shared() => {
                let next = (self.library.current + 1) % self.library.len();
                self.switch_document(next)
            }
            None => {
                self.message = Some("only one document is open".to_owned());
                Vec::new()
            }
        }
    }

    /// `D`: the list of open documents.
    pub(super) fn open_document_list(&mut self) {
        let list = SelectList::new(self.library.len(), self.library.current);
        self.overlay = Overlay::Documents(list);
    }
}
