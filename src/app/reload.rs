//! A new version of the document, read again from disk with `r`: the
//! reader stays at the same passage and bookmarks are found again in the
//! new text by the same re-anchoring step as at start, and saved so.

use super::DocId;
use super::viewport::Anchor;
use super::{App, Effect};
use crate::document::Document;
use crate::store::{place_at, reanchor, reanchor_all};

impl App {
    /// `r`: ask the shell for the file as it is now.
    pub(super) fn reload(&mut self) -> Vec<Effect> {
        if self.loading.is_some() {
            self.message = Some("the file is still loading".to_owned());
            return Vec::new();
        }
        vec![Effect::Reload {
            doc: self.library.current,
        }]
    }

    /// The bookmarks file's list for document `doc`, read with a reload,
    /// becomes the list: what another lectern deleted meanwhile stays
    /// deleted, and what it added appears. This session's unsaved changes
    /// still hold.
    pub(super) fn adopt_stored_bookmarks(
        &mut self,
        doc: DocId,
        stored: Vec<crate::store::Bookmark>,
    ) {
        if doc != self.library.current {
            return;
        }
        let pending = &self.bookmarks.pending;
        let mut list: Vec<_> = stored
            .into_iter()
            .filter(|b| !pending.removed.contains(&b.id))
            .filter(|b| !pending.upserted.iter().any(|u| u.id == b.id))
            .collect();
        list.extend(pending.upserted.iter().cloned());
        self.bookmarks.list = list;
        self.bookmarks_changed();
    }

    /// Show `doc`, the file as it is now, in place of the version loaded; a
    /// file that could not be read leaves the version loaded, and says so.
    pub(super) fn document_reloaded(
        &mut self,
        result: Result<Box<Document>, String>,
    ) -> Vec<Effect> {
        let doc = match result {
            Ok(doc) => *doc,
            Err(message) => {
                self.message = Some(message);
                return Vec::new();
            }
        };
        let old_len = self.library.doc().text().len();
        let here = place_at(self.library.doc(), self.source_position());
        let found = reanchor_all(&doc, &self.bookmarks.list, None);
        let lost = found.bookmarks.iter().filter(|b| b.not_found).count();
        // Every bookmark is saved under the new version's fingerprint.
        for bookmark in &found.bookmarks {
            self.bookmarks.pending.upsert(bookmark.clone());
        }
        self.bookmarks.list = found.bookmarks;
        let old = std::mem::replace(self.library.doc_mut(), Document::empty());
        let search_too = old.shows_own_text() && doc.shows_own_text();
        self.remap_positions(search_too, |offset| reanchor(&doc, &place_at(&old, offset)));
        let offset = reanchor(&doc, &here).unwrap_or(here.offset);
        let offset = crate::text::floor_char_boundary(doc.text(), offset);
        let new_len = doc.text().len();
        let rows = self.viewport.anchor().rows;
        self.replace_document(doc, Anchor { offset, rows });
        let mut effects = self.search_rerun();
        self.message = Some(match (new_len.cmp(&old_len), lost) {
            (_, 1..) => format!("reloaded; {lost} bookmark(s) not found in this version"),
            (std::cmp::Ordering::Less, _) => "reloaded: the file is shorter now".to_owned(),
            (std::cmp::Ordering::Equal, _) => "reloaded".to_owned(),
            (std::cmp::Ordering::Greater, _) => "reloaded: the file has grown".to_owned(),
        });
        effects.extend(self.save_pending());
        effects
    }
}
