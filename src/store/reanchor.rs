//! Places found again: where a bookmark or the reading position stands
//! in a new version of its document (edited, reloaded, or shown another
//! way), by its quote, its words, or its section; and the one step that
//! does it for a whole record.

use super::{Bookmark, Changes, DocRecord, Match, Place};
use crate::document::Document;

/// Characters of text kept to find a place again.
const SNIPPET_CHARS: usize = 120;

/// A place at byte `offset` of `doc`, with its section title and snippet.
pub fn place_at(doc: &Document, offset: usize) -> Place {
    let text = doc.text();
    let offset = crate::text::floor_char_boundary(text, offset);
    let block = doc
        .blocks
        .partition_point(|b| b.range.start <= offset)
        .saturating_sub(1);
    let section =
        crate::outline::section_at(&doc.sections, block).map(|s| doc.sections[s].title.clone());
    let snippet: String = text[offset..].chars().take(SNIPPET_CHARS).collect();
    Place {
        offset,
        section,
        snippet,
    }
}

/// Find `place` again in `doc`, an edited version of the document it was
/// saved in: where its snippet occurs (the occurrence nearest the old
/// offset), else at the start of a section with the same title. `None` when
/// neither is there.
pub fn reanchor(doc: &Document, place: &Place) -> Option<usize> {
    let text = doc.text().as_bytes();
    if !place.snippet.trim().is_empty() {
        let found: Vec<usize> = memchr::memmem::find_iter(text, place.snippet.as_bytes()).collect();
        // Of several occurrences, those in a section of the same title
        // first, then the nearest to the old offset.
        let in_section = |at: &&usize| {
            let block = doc
                .blocks
                .partition_point(|b| b.range.start <= **at)
                .saturating_sub(1);
            let section = crate::outline::section_at(&doc.sections, block);
            section.map(|s| &doc.sections[s].title) == place.section.as_ref()
        };
        let same_section: Vec<usize> = found.iter().filter(in_section).copied().collect();
        let pool = if same_section.is_empty() {
            &found
        } else {
            &same_section
        };
        let nearest = pool
            .iter()
            .copied()
            .min_by_key(|&at| at.abs_diff(place.offset));
        if nearest.is_some() {
            return nearest;
        }
        // Shown another way now (a format read differently by another
        // version): its words, with other characters between them.
        if let Some(at) = super::quote::find_words(doc.text(), &place.snippet, place.offset) {
            return Some(at);
        }
    }
    let title = place.section.as_ref()?;
    let section = doc.sections.iter().find(|s| &s.title == title)?;
    Some(doc.blocks[section.block].range.start)
}

/// Places found again in a new version of a document: the one
/// re-anchoring step, used at start (a saved record of an edited file) and
/// on reload. It returns the moved places *and* the changes that correct
/// the store, so the next save writes the new offsets (and `not_found`),
/// never the old offsets under the new fingerprint.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reanchored {
    /// Every bookmark: moved to its passage, or kept and marked not found.
    pub bookmarks: Vec<Bookmark>,
    /// The reading position found again.
    pub position: Option<Place>,
    /// The reading position could not be found: its old offset, to open near.
    pub position_lost: Option<usize>,
    /// What to save so the store agrees with the places above.
    pub changes: Changes,
}

/// Find `bookmarks` and `position` again in `doc`, an edited version of the
/// document they were saved in. A bookmark that cannot be placed stays,
/// marked `not_found`, at its old offset: never silently moved.
pub fn reanchor_all(
    doc: &Document,
    bookmarks: &[Bookmark],
    position: Option<&Place>,
) -> Reanchored {
    let mut out = Reanchored::default();
    for old in bookmarks {
        let bookmark = match reanchor(doc, &old.place) {
            Some(offset) => Bookmark {
                place: Place {
                    offset,
                    ..place_at(doc, offset)
                },
                not_found: false,
                ..old.clone()
            },
            None => Bookmark {
                not_found: true,
                ..old.clone()
            },
        };
        if bookmark != *old {
            out.changes.upsert(bookmark.clone());
        }
        out.bookmarks.push(bookmark);
    }
    if let Some(place) = position {
        match reanchor(doc, place) {
            Some(offset) => {
                let found = place_at(doc, offset);
                if found != *place {
                    out.changes.position = Some(found.clone());
                }
                out.position = Some(found);
            }
            None => out.position_lost = Some(place.offset),
        }
    }
    out
}

/// Bookmarks and position of a record, made valid for `doc`: unchanged for
/// the same content, found again (or marked not found) after an edit.
pub fn restore(doc: &Document, record: &DocRecord, how: Match) -> Reanchored {
    if how == Match::SameContent {
        return Reanchored {
            bookmarks: record.bookmarks.clone(),
            position: record.position.clone(),
            ..Reanchored::default()
        };
    }
    reanchor_all(doc, &record.bookmarks, record.position.as_ref())
}
