//! A new version of the document, read again from disk with `r`: the
//! reader stays at the same passage and bookmarks are found again in the
//! new text, as they would be on the next start.

use super::{App, Effect};
use crate::document::Document;
use crate::store::{Place, place_at, reanchor};

impl App {
    /// Show `doc`, the file as it is now, in place of the version loaded.
    pub fn document_reloaded(&mut self, doc: Document) -> Vec<Effect> {
        let old_len = self.doc.text().len();
        let here = place_at(&self.doc, self.source_position());
        let offset = reanchor(&doc, &here).unwrap_or(here.offset);
        let offset = crate::text::floor_char_boundary(doc.text(), offset);
        let mut lost = 0;
        for bookmark in &mut self.bookmarks.list {
            match reanchor(&doc, &bookmark.place) {
                Some(at) => {
                    bookmark.place = Place {
                        offset: at,
                        ..place_at(&doc, at)
                    };
                    bookmark.not_found = false;
                }
                None => {
                    bookmark.not_found = true;
                    lost += 1;
                }
            }
            // Saved under the new version's fingerprint.
            self.bookmarks.pending.upsert(bookmark.clone());
        }
        if let Some(active) = &mut self.search.active {
            active.current = None;
        }
        let new_len = doc.text().len();
        self.swap_document(doc);
        self.go_to_offset(offset);
        let mut effects = self.search_rerun();
        self.outline_follow();
        self.message = Some(match (new_len.cmp(&old_len), lost) {
            (_, 1..) => format!("reloaded; {lost} bookmark(s) not found in this version"),
            (std::cmp::Ordering::Less, _) => "reloaded: the file is shorter now".to_owned(),
            (std::cmp::Ordering::Equal, _) => "reloaded".to_owned(),
            (std::cmp::Ordering::Greater, _) => "reloaded: the file has grown".to_owned(),
        });
        if !self.bookmarks.pending.is_empty() {
            effects.push(Effect::Save(std::mem::take(&mut self.bookmarks.pending)));
        }
        effects
    }
}
