//! The commands every overlay shares — move the selection, accept, type,
//! edit, close — each routed to the overlay open, plus opening the help and
//! the palette.

use super::DocId;
use super::input::LineInput;
use super::overlay::Overlay;
use super::palette::PaletteState;
use super::{App, Effect, Focus};
use crate::jump::Target;

/// The largest count a reader can type (larger ones stop growing).
const COUNT_LIMIT: usize = 9_999_999;

impl App {
    pub(super) fn toggle_help(&mut self) {
        self.overlay = match self.overlay {
            Overlay::None => Overlay::Help { scroll: 0 },
            _ => Overlay::None,
        };
    }

    pub(super) fn help_scroll(&mut self, delta: isize) {
        if let Overlay::Help { scroll } = &mut self.overlay {
            let most = super::keymap::BINDINGS.len() * 2;
            *scroll = scroll.saturating_add_signed(delta).min(most);
        }
    }

    pub(super) fn open_palette(&mut self) {
        let palette = PaletteState::open(&self.jump_index, self.current_section());
        self.overlay = Overlay::Palette(Box::new(palette));
    }

    /// `j`/`k` (or ↓/↑) in whichever list is open.
    pub(super) fn select_by(&mut self, delta: isize) {
        if let Some(list) = self.overlay.list_mut() {
            list.move_by(delta);
        }
    }

    /// A character typed into the open prompt or palette.
    pub(super) fn typed(&mut self, c: char) -> Vec<Effect> {
        if let (Overlay::None, Some(digit)) = (&self.overlay, c.to_digit(10)) {
            // A count for the next command (`3j`, `50%`).
            let count = self.count.unwrap_or(0).saturating_mul(10) + digit as usize;
            self.count = Some(count.min(COUNT_LIMIT));
            return Vec::new();
        }
        self.edit_input(|input| input.push(c))
    }

    /// Edit the open overlay's line of text, then react to the new text.
    pub(super) fn edit_input(&mut self, edit: impl FnOnce(&mut LineInput)) -> Vec<Effect> {
        match &mut self.overlay {
            Overlay::Palette(palette) => {
                edit(&mut palette.input);
                palette.accept_when_whole = false;
                palette.rerank(&self.jump_index);
                Vec::new()
            }
            Overlay::Prompt(prompt) => {
                edit(&mut prompt.input);
                Vec::new()
            }
            Overlay::Links(links) => {
                edit(&mut links.input);
                links.filter(&self.library.doc().links.list);
                Vec::new()
            }
            Overlay::Search(prompt) => {
                edit(&mut prompt.input);
                prompt.history_pos = None;
                self.search_edited()
            }
            _ => Vec::new(),
        }
    }

    /// Enter: what it means depends on the overlay. The overlay is closed
    /// first; an accept that leads to another overlay opens it.
    pub(super) fn accept(&mut self) -> Vec<Effect> {
        match std::mem::take(&mut self.overlay) {
            Overlay::Palette(palette) => self.palette_accept(*palette),
            Overlay::Search(prompt) => self.search_accept(prompt),
            Overlay::SearchResults(results) => {
                self.focus = Focus::Text;
                self.search_results_jump(&results);
                Vec::new()
            }
            Overlay::Bookmarks(list) => self.bookmark_jump(list),
            Overlay::Prompt(prompt) => self.accept_prompt(prompt),
            Overlay::Documents(list) => self.switch_document(DocId(list.selected)),
            Overlay::Links(links) => self.follow_selected(*links),
            other => {
                self.overlay = other;
                Vec::new()
            }
        }
    }

    fn palette_accept(&mut self, mut palette: PaletteState) -> Vec<Effect> {
        let mut effects = Vec::new();
        match palette.target(&self.jump_index) {
            Some(Target::Section { doc, section }) => {
                let doc = DocId(doc);
                if doc != self.library.current {
                    effects = self.switch_document(doc);
                }
                self.jump_to_section(section);
            }
            Some(Target::Bookmark { index }) => self.jump_to_bookmark(index),
            None => {
                // Nothing matches: the palette stays open. While a large
                // file loads, what is typed may be in the part still to
                // come: Enter is kept for when it arrives.
                palette.accept_when_whole = self.loading.is_some();
                if palette.accept_when_whole {
                    self.message =
                        Some("not in the part loaded yet: going there when it is".into());
                }
                self.overlay = Overlay::Palette(Box::new(palette));
                return effects;
            }
        }
        self.focus = Focus::Text;
        effects
    }

    /// Esc and `q`: close; a prompt goes back to where it was opened from.
    pub(super) fn close_overlay(&mut self) {
        match std::mem::take(&mut self.overlay) {
            Overlay::Search(prompt) => self.search_cancel(prompt),
            Overlay::Prompt(prompt) => {
                if let super::PromptPurpose::Rename { list, .. } = prompt.purpose {
                    self.overlay = Overlay::Bookmarks(list);
                }
            }
            _ => {}
        }
    }
}
