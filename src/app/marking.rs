//! The app's bookmark and reading-position behaviour: taking in what was
//! saved, making, listing, jumping to, deleting and renaming bookmarks, and
//! deciding when to save (as an effect for the shell).

use super::DocId;
use super::input::SelectList;
use super::overlay::{BookmarkList, Overlay};
use super::prompt::{Prompt, PromptPurpose};
use super::{App, Clock, Effect, Elsewhere, Focus, ListRow};
use crate::store::{Bookmark, Changes, Place, bookmark_id, place_at};
use crate::text::{squeeze_whitespace, truncate_to_width};

/// What was saved about a document, found again for this version of it.
#[derive(Debug, Clone, Default)]
pub struct Saved {
    pub bookmarks: Vec<Bookmark>,
    /// Other documents' bookmarks.
    pub others: Vec<Elsewhere>,
    pub position: Option<Place>,
    /// The saved position is not in this version: its old offset.
    pub position_lost: Option<usize>,
    /// Earlier search queries, oldest first.
    pub search_history: Vec<String>,
    /// What re-anchoring moved, to be written back to the store.
    pub corrections: Changes,
}

/// Seconds between saves of the reading position while reading.
pub const AUTOSAVE_SECONDS: u64 = 30;

impl App {
    /// Take in what was saved; with `resume`, go back to where the reader
    /// stopped and say so. Places that re-anchoring moved are saved at once.
    pub(super) fn restore(
        &mut self,
        saved: Saved,
        resume: bool,
        warnings: Vec<String>,
    ) -> Vec<Effect> {
        // Bookmarks made and searches typed before what was saved arrived
        // (read late from a very large file) are kept beside it.
        let made = std::mem::replace(&mut self.bookmarks.list, saved.bookmarks);
        for bookmark in made {
            if !self.bookmarks.list.iter().any(|b| b.id == bookmark.id) {
                self.bookmarks.list.push(bookmark);
            }
        }
        self.bookmarks.sort();
        self.bookmarks.others = saved.others;
        let typed = std::mem::replace(&mut self.search.history, saved.search_history);
        for query in typed {
            self.search.remember(&query);
        }
        self.bookmarks_changed();
        self.bookmarks.saved_offset = saved.position.as_ref().map(|p| p.offset);
        self.bookmarks.pending.absorb(saved.corrections);
        if resume {
            self.resume(saved.position, saved.position_lost);
        }
        if !warnings.is_empty() {
            self.message = Some(warnings.join("; "));
        }
        self.save_pending()
    }

    fn resume(&mut self, position: Option<Place>, lost: Option<usize>) {
        if let Some(old) = lost {
            // Not in this version: open at the section that starts nearest
            // before the old offset, and say so.
            let old = crate::text::floor_char_boundary(self.library.doc().text(), old);
            self.viewport.go_to_offset(self.library.doc(), old);
            if let Some(section) = self.current_section() {
                self.jump_to_section(section);
            }
            self.message = Some(format!(
                "your place in {} was not found in this version; opened at the nearest section",
                self.library.doc().name
            ));
            return;
        }
        let Some(place) = position.filter(|p| p.offset > 0) else {
            return;
        };
        self.viewport.go_to_offset(self.library.doc(), place.offset);
        let section = self
            .current_section()
            .map(|s| self.library.doc().sections[s].title.clone());
        let percent = self.source_position() * 100 / self.library.doc().text().len().max(1);
        self.message = Some(match section {
            Some(title) => format!(
                "Resumed at \"{}\" — {percent}%",
                truncate_to_width(&title, 40)
            ),
            None => format!("Resumed — {percent}%"),
        });
    }

    pub(super) fn add_bookmark(&mut self) {
        if self.in_detached_window() {
            self.message = Some("bookmarks wait until the whole file has loaded".to_owned());
            return;
        }
        let place = place_at(self.library.doc(), self.source_position());
        let at_section_start = self.current_section().is_some_and(|s| {
            self.library.doc().blocks[self.library.doc().sections[s].block]
                .range
                .start
                == place.offset
        });
        let default = default_label(&place, at_section_start);
        self.overlay = Overlay::Prompt(Prompt::new(PromptPurpose::NewBookmark(place), default));
    }

    pub(super) fn open_bookmarks(&mut self) {
        let list = SelectList::new(self.bookmarks.rows(false).len(), 0);
        self.overlay = Overlay::Bookmarks(BookmarkList {
            list,
            show_all: false,
        });
    }

    pub(super) fn toggle_all_bookmarks(&mut self) {
        if let Overlay::Bookmarks(b) = &mut self.overlay {
            b.show_all = !b.show_all;
            b.list.set_len(self.bookmarks.rows(b.show_all).len());
        }
    }

    pub(super) fn delete_bookmark(&mut self) -> Vec<Effect> {
        let Overlay::Bookmarks(b) = &mut self.overlay else {
            return Vec::new();
        };
        let Some(label) = self.bookmarks.delete(self.library.doc(), b.list.selected) else {
            return Vec::new();
        };
        b.list.set_len(self.bookmarks.rows(b.show_all).len());
        self.message = Some(format!("deleted \"{label}\" — u undoes"));
        self.bookmarks_changed();
        self.save_pending()
    }

    pub(super) fn undo_delete(&mut self) -> Vec<Effect> {
        let Some(label) = self.bookmarks.undo_delete(self.library.doc()) else {
            return Vec::new();
        };
        if let Overlay::Bookmarks(b) = &mut self.overlay {
            b.list.set_len(self.bookmarks.rows(b.show_all).len());
        }
        self.message = Some(format!("restored \"{label}\""));
        self.bookmarks_changed();
        self.save_pending()
    }

    pub(super) fn rename_bookmark(&mut self) {
        let Overlay::Bookmarks(list) = &self.overlay else {
            return;
        };
        if let Some(b) = self.bookmarks.list.get(list.list.selected) {
            let purpose = PromptPurpose::Rename {
                id: b.id.clone(),
                list: *list,
            };
            self.overlay = Overlay::Prompt(Prompt::new(purpose, b.label.clone()));
        }
    }

    pub(super) fn accept_prompt(&mut self, prompt: Prompt) -> Vec<Effect> {
        let label = prompt.value();
        match prompt.purpose {
            PromptPurpose::GoTo => return self.go_to(&label),
            PromptPurpose::NewBookmark(place) => {
                self.bookmarks.serial += 1;
                let Clock { now, instance } = self.clock;
                let bookmark = Bookmark {
                    id: bookmark_id(now, instance, self.bookmarks.serial),
                    label: label.clone(),
                    place,
                    created: now,
                    not_found: false,
                    extra: Default::default(),
                };
                self.bookmarks.add(self.library.doc(), bookmark);
                self.message = Some(format!("bookmarked \"{}\"", truncate_to_width(&label, 50)));
            }
            PromptPurpose::Rename { id, list } => {
                self.bookmarks.rename(&id, label);
                self.overlay = Overlay::Bookmarks(list);
            }
        }
        self.bookmarks_changed();
        self.save_pending()
    }

    /// Enter in the bookmark list.
    pub(super) fn bookmark_jump(&mut self, list: BookmarkList) -> Vec<Effect> {
        let rows = self.bookmarks.rows(list.show_all);
        match rows.get(list.list.selected).copied() {
            Some(ListRow::Here(b)) if b.not_found => {
                self.message = Some(format!("\"{}\" is not found in this version", b.label));
            }
            Some(ListRow::Here(b)) => {
                let offset = b.place.offset;
                self.focus = Focus::Text;
                self.viewport.go_to_offset(self.library.doc(), offset);
                return Vec::new();
            }
            Some(ListRow::Elsewhere(e)) => match &e.path {
                // Its file is opened (or found among those open) by the
                // shell, which then shows the bookmark.
                Some(path) => {
                    return vec![Effect::OpenBookmark {
                        path: path.clone(),
                        id: e.bookmark.id.clone(),
                    }];
                }
                None => {
                    let (label, name) = (&e.bookmark.label, &e.document);
                    self.message = Some(format!("\"{label}\" is in {name}, which has no file"));
                }
            },
            None => {}
        }
        // Stay in the list.
        self.overlay = Overlay::Bookmarks(list);
        Vec::new()
    }

    /// Show open document `doc` at its bookmark `id` (one chosen in the
    /// list of every document's bookmarks).
    pub(super) fn show_bookmark(&mut self, doc: DocId, id: &str) -> Vec<Effect> {
        let effects = if doc == self.library.current {
            Vec::new()
        } else {
            self.switch_document(doc)
        };
        match self.bookmarks.list.iter().position(|b| b.id == id) {
            Some(index) => {
                // Not where the reader stopped: no "Resumed at" for it.
                self.message = None;
                self.focus = Focus::Text;
                self.jump_to_bookmark(index);
            }
            None => self.message = Some("that bookmark is no longer there".to_owned()),
        }
        effects
    }

    /// Go to the bookmark at `index` of this document's list (palette).
    pub(super) fn jump_to_bookmark(&mut self, index: usize) {
        if let Some(b) = self.bookmarks.list.get(index) {
            if b.not_found {
                self.message = Some(format!("\"{}\" is not found in this version", b.label));
            } else {
                let offset = b.place.offset;
                self.viewport.go_to_offset(self.library.doc(), offset);
            }
        }
    }

    /// The palette and the outline marks follow the bookmark list.
    pub(super) fn bookmarks_changed(&mut self) {
        self.bookmarks.refresh_marks(self.library.doc());
        self.rebuild_jump_index();
    }

    /// Save `changes` for the document on screen.
    pub(super) fn save(&self, changes: Changes) -> Vec<Effect> {
        vec![Effect::Save {
            doc: self.library.current,
            changes,
        }]
    }

    pub(super) fn save_pending(&mut self) -> Vec<Effect> {
        if self.bookmarks.pending.is_empty() || self.loading.is_some() {
            // A large file still loading has no identity yet: its saves
            // wait until it has.
            return Vec::new();
        }
        let changes = std::mem::take(&mut self.bookmarks.pending);
        self.save(changes)
    }

    /// Save the position too, if it moved since it was last saved.
    pub(super) fn save_with_position(&mut self) -> Vec<Effect> {
        let offset = self.source_position();
        // A part of a loading file has offsets of its own: not a position.
        if self.bookmarks.saved_offset != Some(offset) && self.loading.is_none() {
            self.bookmarks.pending.position = Some(place_at(self.library.doc(), offset));
            self.bookmarks.saved_offset = Some(offset);
        }
        self.bookmarks.saved_at = self.clock.now;
        self.save_pending()
    }

    /// The clock moved: save the position every so often.
    pub(super) fn tick(&mut self, clock: Clock) -> Vec<Effect> {
        let first = self.clock.now == 0;
        self.clock = clock;
        if first {
            self.bookmarks.saved_at = clock.now;
        }
        if clock.now.saturating_sub(self.bookmarks.saved_at) >= AUTOSAVE_SECONDS {
            return self.save_with_position();
        }
        Vec::new()
    }

    pub(super) fn save_failed(&mut self, message: String, changes: Changes) -> Vec<Effect> {
        let mut retry = changes;
        retry.absorb(std::mem::take(&mut self.bookmarks.pending));
        self.bookmarks.pending = retry;
        self.message = Some(format!("bookmarks not saved: {message}"));
        Vec::new()
    }

    pub(super) fn quit(&mut self) -> Vec<Effect> {
        let mut effects = self.save_with_position();
        effects.push(Effect::Quit);
        effects
    }
}

/// The label Enter accepts: the section and the passage's first words, or
/// the section alone when the passage is where the section starts (its
/// title already names it).
fn default_label(place: &Place, at_section_start: bool) -> String {
    if let (true, Some(section)) = (at_section_start, &place.section) {
        return section.clone();
    }
    let words: Vec<&str> = place.snippet.split_whitespace().take(6).collect();
    let opening = squeeze_whitespace(&words.join(" "));
    let opening = truncate_to_width(&format!("{opening}…"), 40);
    match &place.section {
        Some(section) => format!("{} — {opening}", truncate_to_width(section, 30)),
        None => opening,
    }
}
