//! Several documents open at once, kept by id ([`DocId`]: their place in
//! the order they were opened). Each document stays where it is for as
//! long as lectern runs; switching changes which one is shown, and puts
//! the reading state of the one leaving (place, bookmarks, outline folds)
//! beside it until it is shown again.

use super::input::SelectList;
use super::marking::Saved;
use super::{Anchor, App, BookmarkState, Effect, Focus, OutlineState, Overlay};
use crate::document::Document;
use crate::jump::JumpIndex;

/// An open document, by its place in the order documents were opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct DocId(pub usize);

/// A row of the outline pane: a document's name, or a section of the
/// document on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutlineRow {
    Document(DocId),
    Section(usize),
}

/// Every open document, by id.
#[derive(Debug)]
pub struct Library {
    open: Vec<Open>,
    /// Which one is on screen.
    pub current: DocId,
    /// The one shown before, for `Ctrl-o`.
    previous: Option<DocId>,
    /// Whether a document shown for the first time goes back to where its
    /// reader stopped.
    pub(super) resume: bool,
    /// Where links were followed from, the last on top (`Ctrl-o`).
    pub(super) back: Vec<super::following::Place>,
}

/// An open document, and where its reader was while it is not shown.
#[derive(Debug)]
struct Open {
    doc: Document,
    away: Option<Away>,
}

/// The reading state of a document not on screen.
#[derive(Debug)]
struct Away {
    anchor: Anchor,
    /// Whether its long kept lines were wrapped (`w`).
    kept: crate::wrap::KeptLines,
    bookmarks: BookmarkState,
    outline: OutlineState,
    /// What was saved about it, taken in when it is first shown.
    saved: Option<Saved>,
}

impl Library {
    /// A library of one document, on screen.
    pub fn new(doc: Document) -> Library {
        Library {
            open: vec![Open { doc, away: None }],
            current: DocId(0),
            previous: None,
            resume: true,
            back: Vec::new(),
        }
    }

    /// How many documents are open.
    pub fn len(&self) -> usize {
        self.open.len()
    }

    pub fn is_empty(&self) -> bool {
        self.open.is_empty()
    }

    /// More than one document open.
    pub fn is_shared(&self) -> bool {
        self.open.len() > 1
    }

    /// The document on screen.
    pub fn doc(&self) -> &Document {
        &self.open[self.current.0].doc
    }

    pub(super) fn doc_mut(&mut self) -> &mut Document {
        &mut self.open[self.current.0].doc
    }

    /// The document `id`, if it is open.
    pub fn get(&self, id: DocId) -> Option<&Document> {
        self.open.get(id.0).map(|open| &open.doc)
    }

    /// Every open document in order.
    pub fn documents(&self) -> Vec<&Document> {
        self.open.iter().map(|open| &open.doc).collect()
    }
}

impl App {
    /// Open `others` beside the document on screen, after it in order, each
    /// with what was saved about it.
    pub(super) fn add_documents(&mut self, others: Vec<(Document, Saved)>) -> Vec<Effect> {
        for (doc, saved) in others {
            let outline = OutlineState::new(&doc.sections);
            self.library.open.push(Open {
                doc,
                away: Some(Away {
                    anchor: Anchor::default(),
                    kept: crate::wrap::KeptLines::Cut,
                    bookmarks: BookmarkState::default(),
                    outline,
                    saved: Some(saved),
                }),
            });
        }
        self.rebuild_jump_index();
        self.frame_outline();
        Vec::new()
    }

    /// With several documents the outline lists them all, this one's
    /// sections under its name.
    pub(super) fn frame_outline(&mut self) {
        let (current, len) = (self.library.current.0, self.library.len());
        (self.outline.lead, self.outline.trail) = if len > 1 {
            (current + 1, len - current - 1)
        } else {
            (0, 0)
        };
    }

    /// Every open document in order (for the jump palette).
    pub fn documents(&self) -> Vec<&Document> {
        self.library.documents()
    }

    /// The palette's index: every section of every document, and this
    /// document's bookmarks.
    pub(super) fn rebuild_jump_index(&mut self) {
        let index = JumpIndex::new(&self.library.documents(), &self.bookmarks.list);
        self.jump_index = index;
    }

    /// Show document `to`, keeping the one on screen where it was (its
    /// position is saved as it goes).
    pub(super) fn switch_document(&mut self, to: DocId) -> Vec<Effect> {
        let from = self.library.current;
        let Some(incoming) = self.library.open.get_mut(to.0).and_then(|o| o.away.take()) else {
            return Vec::new();
        };
        // The leaving document's place, saved under its own name.
        let effects = self.save_with_position();
        let leaving = Away {
            anchor: self.viewport.anchor(),
            kept: self.viewport.kept_lines(),
            bookmarks: std::mem::replace(&mut self.bookmarks, incoming.bookmarks),
            outline: std::mem::replace(&mut self.outline, incoming.outline),
            saved: None,
        };
        self.library.open[from.0].away = Some(leaving);
        self.library.previous = Some(from);
        self.library.current = to;
        self.search.active = None;
        self.overlay = Overlay::None;
        self.focus = Focus::Text;
        self.frame_outline();
        let doc = self.library.doc();
        self.viewport.replace_document(doc, incoming.anchor);
        self.viewport.set_kept_lines(doc, incoming.kept);
        let mut effects = effects;
        match incoming.saved {
            Some(saved) => effects.extend(self.restore(saved, self.library.resume, Vec::new())),
            None => self.bookmarks_changed(),
        }
        if self.message.is_none() {
            self.message = Some(format!(
                "{} ({}/{})",
                self.doc().name,
                to.0 + 1,
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
                let next = (self.library.current.0 + 1) % self.library.len();
                self.switch_document(DocId(next))
            }
            None => {
                self.message = Some("only one document is open".to_owned());
                Vec::new()
            }
        }
    }

    /// `D`: the list of open documents.
    pub(super) fn open_document_list(&mut self) {
        let list = SelectList::new(self.library.len(), self.library.current.0);
        self.overlay = Overlay::Documents(list);
    }
}
