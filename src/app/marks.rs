//! Bookmarks as the reader sees them: this document's list, other
//! documents' (read-only, for the `a` view), the changes not yet saved, the
//! undo stack for deletions, and where the position was last saved. Pure:
//! saving is an effect the shell carries out.

use crate::document::Document;
use crate::store::{Bookmark, Changes};

/// This session's bookmarks.
#[derive(Debug, Default)]
pub struct BookmarkState {
    /// This document's bookmarks, in the order they were made.
    pub list: Vec<Bookmark>,
    /// Other documents' bookmarks.
    pub others: Vec<Elsewhere>,
    /// Not yet written to the bookmarks file.
    pub pending: Changes,
    /// Deleted bookmarks, most recent last, for `u`.
    undo: Vec<Bookmark>,
    /// Where the position was last saved (byte offset), to save on change.
    pub saved_offset: Option<usize>,
    /// When the position was last saved (seconds), for autosave.
    pub saved_at: u64,
    /// Numbers the bookmarks made in this session (for their ids).
    pub serial: u64,
    /// (block, byte offset in the block's text) of each placed bookmark,
    /// sorted: what the text pane's margin and the outline mark.
    pub marks: Vec<(usize, usize)>,
}

/// A bookmark in another document than the one on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Elsewhere {
    /// The document's name, as the list shows it.
    pub document: String,
    /// Its file, when it has one: to open it there.
    pub path: Option<std::path::PathBuf>,
    pub bookmark: Bookmark,
}

/// One row of the bookmark list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListRow<'a> {
    Here(&'a Bookmark),
    Elsewhere(&'a Elsewhere),
}

impl BookmarkState {
    /// Rows shown by the list overlay: this document's, then with
    /// `show_all` every other document's.
    pub fn rows(&self, show_all: bool) -> Vec<ListRow<'_>> {
        let mut rows: Vec<ListRow<'_>> = self.list.iter().map(ListRow::Here).collect();
        if show_all {
            rows.extend(self.others.iter().map(ListRow::Elsewhere));
        }
        rows
    }

    pub fn add(&mut self, doc: &Document, bookmark: Bookmark) {
        self.pending.upsert(bookmark.clone());
        self.list.push(bookmark);
        self.sort();
        self.refresh_marks(doc);
    }

    /// Document order (then creation order for the same place).
    pub(super) fn sort(&mut self) {
        self.list.sort_by_key(|b| (b.place.offset, b.created));
    }

    pub fn rename(&mut self, id: &str, label: String) {
        if let Some(b) = self.list.iter_mut().find(|b| b.id == id) {
            b.label = label;
            self.pending.upsert(b.clone());
        }
    }

    /// Delete bookmark `index` of this document, keeping it for undo.
    pub fn delete(&mut self, doc: &Document, index: usize) -> Option<String> {
        if index >= self.list.len() {
            return None;
        }
        let removed = self.list.remove(index);
        self.pending.remove(removed.id.clone());
        let label = removed.label.clone();
        self.undo.push(removed);
        self.refresh_marks(doc);
        Some(label)
    }

    /// Bring back the last deleted bookmark.
    pub fn undo_delete(&mut self, doc: &Document) -> Option<String> {
        let bookmark = self.undo.pop()?;
        let label = bookmark.label.clone();
        self.pending.upsert(bookmark.clone());
        self.list.push(bookmark);
        self.sort();
        self.refresh_marks(doc);
        Some(label)
    }

    /// Recompute the margin marks after the list changed.
    pub fn refresh_marks(&mut self, doc: &Document) {
        self.marks = self
            .list
            .iter()
            .filter(|b| !b.not_found)
            .map(|b| block_offset(doc, b.place.offset))
            .collect();
        self.marks.sort_unstable();
    }

    /// Whether a mark falls in `block` between byte offsets `from..to`.
    pub fn marked(&self, block: usize, from: usize, to: usize) -> bool {
        let first = self.marks.partition_point(|&m| m < (block, from));
        self.marks
            .get(first)
            .is_some_and(|&(b, o)| b == block && o < to)
    }
}

/// The block holding byte `offset` of the document's text, and the offset
/// within that block's displayed text (0 for rich blocks, whose displayed
/// text is not a slice of the source).
pub fn block_offset(doc: &Document, offset: usize) -> (usize, usize) {
    let block = doc
        .blocks
        .partition_point(|b| b.range.start <= offset)
        .saturating_sub(1);
    match doc.blocks.get(block) {
        Some(b) if !b.is_rich() => (
            block,
            offset.saturating_sub(b.range.start).min(b.range.len()),
        ),
        _ => (block, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;
    use crate::store::place_at;

    fn setup() -> (Document, BookmarkState) {
        let doc = Document::from_text(
            "t.txt",
            "Title Here\n\nOne paragraph.\n\nTwo paragraph.\n",
            Format::Plain,
        );
        let mut state = BookmarkState::default();
        for (offset, label) in [(12, "one"), (28, "two")] {
            let bookmark = Bookmark {
                id: label.to_owned(),
                label: label.into(),
                place: place_at(&doc, offset),
                created: 0,
                not_found: false,
                extra: Default::default(),
            };
            state.add(&doc, bookmark);
        }
        (doc, state)
    }

    #[test]
    fn delete_and_undo_round_trip_through_pending_changes() {
        let (doc, mut state) = setup();
        assert_eq!(state.pending.upserted.len(), 2);
        assert_eq!(state.delete(&doc, 0).as_deref(), Some("one"));
        assert_eq!(state.list.len(), 1);
        assert_eq!(state.pending.removed.len(), 1);
        assert_eq!(state.undo_delete(&doc).as_deref(), Some("one"));
        assert_eq!(state.list[0].label, "one", "back in its place");
        assert!(state.pending.removed.is_empty());
        assert_eq!(state.undo_delete(&doc), None);
    }

    #[test]
    fn marks_find_their_rows() {
        let (_, state) = setup();
        assert_eq!(state.marks, vec![(1, 0), (2, 0)]);
        assert!(state.marked(1, 0, 5));
        assert!(!state.marked(1, 1, 5));
        assert!(!state.marked(0, 0, 100));
    }

    #[test]
    fn the_all_documents_view_adds_other_rows() {
        let (_, mut state) = setup();
        let other = state.list[0].clone();
        state.others.push(Elsewhere {
            document: "other.md".into(),
            path: None,
            bookmark: other,
        });
        assert_eq!(state.rows(false).len(), 2);
        assert_eq!(state.rows(true).len(), 3);
        assert!(matches!(
            state.rows(true)[2],
            ListRow::Elsewhere(e) if e.document == "other.md"
        ));
    }
}
