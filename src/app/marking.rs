//! The app's bookmark and reading-position behaviour: making, listing,
//! jumping to, deleting and renaming bookmarks, resuming where the reader
//! stopped, and deciding when to save (as an effect for the shell).

use super::bookmarks::block_offset;
use super::prompt::{Prompt, PromptPurpose};
use super::{Action, App, Effect, Focus, Overlay};
use crate::store::{Bookmark, Changes, Place, new_id, now, place_at};
use crate::text::{squeeze_whitespace, truncate_to_width};
use crate::wrap::RowPos;

/// What was saved about this document, found again for this version of it.
#[derive(Debug, Clone, Default)]
pub struct Saved {
    pub bookmarks: Vec<Bookmark>,
    /// Other documents' bookmarks: (document name, bookmark).
    pub others: Vec<(String, Bookmark)>,
    pub position: Option<Place>,
    /// Earlier search queries, oldest first.
    pub search_history: Vec<String>,
}

impl App {
    /// Take in what was saved; with `resume`, go back to where the reader
    /// stopped and say so.
    pub fn restore(&mut self, saved: Saved, resume: bool) {
        self.bookmarks.list = saved.bookmarks;
        self.bookmarks.others = saved.others;
        self.search.history = saved.search_history;
        self.bookmarks_changed();
        self.saved_offset = saved.position.as_ref().map(|p| p.offset);
        let Some(place) = saved.position.filter(|_| resume) else {
            return;
        };
        if place.offset == 0 {
            return;
        }
        self.go_to_offset(place.offset);
        let section = self
            .current_section()
            .map(|s| self.doc.sections[s].title.clone());
        let percent = self.source_position() * 100 / self.doc.text().len().max(1);
        self.message = Some(match section {
            Some(title) => format!(
                "Resumed at \"{}\" — {percent}%",
                truncate_to_width(&title, 40)
            ),
            None => format!("Resumed — {percent}%"),
        });
    }

    /// Bookmark actions, the prompt, and saving.
    pub(super) fn update_marking(&mut self, action: Action) -> Vec<Effect> {
        match action {
            Action::AddBookmark if self.in_detached_window() => {
                self.message = Some("bookmarks wait until the whole file has loaded".to_owned());
            }
            Action::AddBookmark => {
                let place = place_at(&self.doc, self.source_position());
                let at_section_start = self.current_section().is_some_and(|s| {
                    self.doc.blocks[self.doc.sections[s].block].range.start == place.offset
                });
                let default = default_label(&place, at_section_start);
                self.prompt = Some(Prompt::new(PromptPurpose::NewBookmark(place), default));
                self.overlay = Overlay::Prompt;
            }
            Action::OpenBookmarks => {
                self.bookmarks.selected = 0;
                self.overlay = Overlay::Bookmarks;
            }
            Action::BookmarkNext => self.bookmarks.move_by(1),
            Action::BookmarkPrevious => self.bookmarks.move_by(-1),
            Action::BookmarkToggleAll => self.bookmarks.toggle_all(),
            Action::BookmarkJump => self.jump_to_selected_bookmark(),
            Action::BookmarkDelete => {
                if let Some(label) = self.bookmarks.delete_selected(&self.doc) {
                    self.message = Some(format!("deleted \"{label}\" — u undoes"));
                    self.bookmarks_changed();
                    return self.save_pending();
                }
            }
            Action::BookmarkUndo => {
                if let Some(label) = self.bookmarks.undo_delete(&self.doc) {
                    self.message = Some(format!("restored \"{label}\""));
                    self.bookmarks_changed();
                    return self.save_pending();
                }
            }
            Action::BookmarkRename => {
                if let Some(b) = self.bookmarks.list.get(self.bookmarks.selected) {
                    self.prompt = Some(Prompt::new(
                        PromptPurpose::Rename(b.id.clone()),
                        b.label.clone(),
                    ));
                    self.overlay = Overlay::Prompt;
                }
            }
            Action::PromptInput(c) => {
                if let Some(p) = &mut self.prompt {
                    p.input.push(c);
                }
            }
            Action::PromptBackspace => {
                if let Some(p) = &mut self.prompt {
                    p.input.pop();
                }
            }
            Action::PromptClear => {
                if let Some(p) = &mut self.prompt {
                    p.input.clear();
                }
            }
            Action::PromptAccept => return self.accept_prompt(),
            Action::Tick => return self.autosave(),
            Action::SaveFailed { message, changes } => {
                let mut retry = changes;
                retry.absorb(std::mem::take(&mut self.bookmarks.pending));
                self.bookmarks.pending = retry;
                self.message = Some(format!("bookmarks not saved: {message}"));
            }
            Action::Quit => {
                let mut effects = self.save_with_position();
                effects.push(Effect::Quit);
                return effects;
            }
            _ => {}
        }
        Vec::new()
    }

    fn accept_prompt(&mut self) -> Vec<Effect> {
        let Some(prompt) = self.prompt.take() else {
            return Vec::new();
        };
        self.overlay = Overlay::None;
        let label = prompt.value();
        match prompt.purpose {
            PromptPurpose::NewBookmark(place) => {
                let bookmark = Bookmark {
                    id: new_id(),
                    label: label.clone(),
                    place,
                    created: now(),
                    not_found: false,
                };
                self.bookmarks.add(&self.doc, bookmark);
                self.message = Some(format!("bookmarked \"{}\"", truncate_to_width(&label, 50)));
            }
            PromptPurpose::Rename(id) => {
                self.bookmarks.rename(&id, label);
                self.overlay = Overlay::Bookmarks;
            }
        }
        self.bookmarks_changed();
        self.save_pending()
    }

    fn jump_to_selected_bookmark(&mut self) {
        use super::bookmarks::ListRow;
        match self.bookmarks.rows().get(self.bookmarks.selected).copied() {
            Some(ListRow::Here(b)) if b.not_found => {
                self.message = Some(format!("\"{}\" is not found in this version", b.label));
            }
            Some(ListRow::Here(b)) => {
                let offset = b.place.offset;
                self.overlay = Overlay::None;
                self.focus = Focus::Text;
                self.go_to_offset(offset);
            }
            Some(ListRow::Elsewhere(name, b)) => {
                self.message = Some(format!("\"{}\" is in {name}: open it to go there", b.label));
            }
            None => {}
        }
    }

    /// Go to the bookmark at `index` of this document's list (palette).
    pub(super) fn jump_to_bookmark(&mut self, index: usize) {
        if let Some(b) = self.bookmarks.list.get(index) {
            if b.not_found {
                self.message = Some(format!("\"{}\" is not found in this version", b.label));
            } else {
                let offset = b.place.offset;
                self.go_to_offset(offset);
            }
        }
    }

    /// Put the passage at byte `offset` of the text on the top row.
    pub(super) fn go_to_offset(&mut self, offset: usize) {
        if self.doc.blocks.is_empty() {
            return;
        }
        let (block, in_block) = block_offset(&self.doc, offset);
        let row = self.wrap.get(&self.doc, block).row_at(in_block);
        self.show_from(RowPos { block, row });
    }

    /// The palette and the outline marks follow the bookmark list.
    pub(super) fn bookmarks_changed(&mut self) {
        self.bookmarks.refresh_marks(&self.doc);
        self.rebuild_jump_index();
    }

    fn save_pending(&mut self) -> Vec<Effect> {
        if self.bookmarks.pending.is_empty() {
            return Vec::new();
        }
        vec![Effect::Save(std::mem::take(&mut self.bookmarks.pending))]
    }

    /// Save the position too, if it moved since it was last saved.
    pub(super) fn save_with_position(&mut self) -> Vec<Effect> {
        let offset = self.source_position();
        // A part of a loading file has offsets of its own: not a position.
        if self.saved_offset != Some(offset) && !self.in_detached_window() {
            self.bookmarks.pending.position = Some(place_at(&self.doc, offset));
            self.saved_offset = Some(offset);
        }
        self.save_pending()
    }

    fn autosave(&mut self) -> Vec<Effect> {
        self.save_with_position()
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

/// Changes pending save, for tests and the shell.
impl App {
    pub fn pending_changes(&self) -> &Changes {
        &self.bookmarks.pending
    }
}
