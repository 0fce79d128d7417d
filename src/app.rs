//! The reader's state and its one entry point, `update(event) -> effects`.
//! No terminal, no files, no clock: the shell sends what happened as an
//! [`Event`] (a key's [`Command`], a worker's result, the time) and carries
//! out the [`Effect`]s returned. Tests build an `App` from a document and
//! press keys through the real keymap.
//!
//! `App` is a composition of small states: the [`Viewport`] (position in
//! source coordinates, layout, panes), the [`Loading`] of a large file, the
//! outline, search, bookmarks, the open [`Overlay`] with its own data, and
//! the other open documents.

mod command;
mod effect;
mod event;
mod following;
mod go_to;
mod grammars;
pub mod input;
pub mod key;
pub mod keymap;
mod library;
pub mod link_list;
mod marking;
mod marks;
mod outline_state;
pub mod overlay;
mod overlays;
mod palette;
mod prompt;
mod reader;
mod reload;
mod search_place;
mod search_state;
mod search_view;
mod searching;
mod view;
mod viewport;
mod window;

use crate::document::Document;
use crate::jump::JumpIndex;
use crate::panes::DEFAULT_MEASURE;
pub use command::Command;
pub use effect::Effect;
pub use event::{Clock, Event, MouseKind};
pub use key::Key;
use keymap::{KeyContext, KeyMeaning};
pub use library::{DocId, Library, OutlineRow};
pub use marking::Saved;
pub use marks::{BookmarkState, Elsewhere, ListRow};
pub use outline_state::OutlineState;
pub use overlay::Overlay;
pub use palette::PaletteState;
pub use prompt::{Prompt, PromptPurpose};
pub use search_state::{
    ActiveSearch, Counted, MATCH_LIMIT, ResultRow, SearchPrompt, SearchState, bounded_matches,
    bounded_matches_while,
};
pub use viewport::{Anchor, PaneChoice, Viewport};
pub use window::{Loading, WindowTarget};

/// Where the keyboard goes when no overlay is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Text,
    Outline,
}

/// Choices that do not change while reading (from the config file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Widest text column, in terminal columns.
    pub measure: u16,
    /// Whether the outline shows at start.
    pub show_outline: bool,
    /// The outline's width in columns; `None` for about 30 % of the screen.
    pub outline_width: Option<u16>,
    /// Columns between tab stops in preformatted text.
    pub tab_width: u16,
    pub keymap: keymap::Keymap,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            measure: DEFAULT_MEASURE,
            show_outline: true,
            outline_width: None,
            tab_width: 8,
            keymap: keymap::Keymap::default(),
        }
    }
}

/// The whole reader.
#[derive(Debug)]
pub struct App {
    pub(crate) settings: Settings,
    pub(crate) focus: Focus,
    pub(crate) viewport: Viewport,
    /// Set while the document shown is part of a large file still loading.
    pub(crate) loading: Option<Loading>,
    pub(crate) outline: OutlineState,
    /// Every section of every open document, for the jump palette.
    pub(crate) jump_index: JumpIndex,
    pub(crate) search: SearchState,
    pub(crate) bookmarks: BookmarkState,
    pub(crate) overlay: Overlay,
    pub(crate) library: Library,
    /// A short message for the status line.
    pub(crate) message: Option<String>,
    /// The time and this process's id, from the last `Tick`.
    pub(crate) clock: Clock,
    /// Digits typed before a command (`3j`, `50%`, `120g`).
    pub(crate) count: Option<usize>,
    /// Languages whose grammar the shell was asked to compile.
    pub(crate) grammars_asked: std::collections::HashSet<String>,
}

impl App {
    pub fn new(doc: Document, settings: Settings) -> App {
        let outline = OutlineState::new(&doc.sections);
        let jump_index = JumpIndex::new(&[&doc], &[]);
        let message = doc.notices.first().cloned();
        let viewport = Viewport::new(PaneChoice {
            show_outline: settings.show_outline,
            measure: settings.measure,
            outline_width: settings.outline_width,
        });
        let mut app = App {
            settings,
            focus: Focus::Text,
            viewport,
            loading: None,
            outline,
            jump_index,
            search: SearchState::default(),
            bookmarks: BookmarkState::default(),
            overlay: Overlay::None,
            library: Library::new(doc),
            message,
            clock: Clock::default(),
            count: None,
            grammars_asked: Default::default(),
        };
        app.update(Event::Resized {
            width: 80,
            height: 24,
        });
        // What that first update asked of the shell was never given it.
        app.grammars_asked.clear();
        app
    }

    /// The opening of a large file of `file_len` bytes, shown while the
    /// whole loads; `Event::Loaded` brings the rest.
    pub fn new_loading(preview: Document, settings: Settings, file_len: u64) -> App {
        let mut app = App::new(preview, settings);
        app.loading = Some(Loading::new(file_len));
        app
    }

    /// How keys are read right now.
    pub fn key_context(&self) -> KeyContext {
        match (self.overlay.key_context(), self.focus) {
            (Some(context), _) => context,
            (None, Focus::Outline) if self.viewport.panes().outline.is_some() => {
                KeyContext::Outline
            }
            _ => KeyContext::Text,
        }
    }

    /// What `key` means here, as an event for `update`.
    pub fn event_for(&self, key: Key) -> Option<Event> {
        match self.settings.keymap.meaning(key, self.key_context())? {
            KeyMeaning::Command(command) => Some(Event::Command(command)),
            KeyMeaning::Typed(c) => Some(Event::Typed(c)),
        }
    }

    /// Apply an event; return what the shell must do. A flat dispatch, then
    /// one closing step that always runs.
    pub fn update(&mut self, event: Event) -> Vec<Effect> {
        let before = (self.viewport.top(), self.library.current, self.focus);
        let outline_wheel = self.is_outline_wheel(&event);
        if clears_message(&event) {
            self.message = None;
        }
        let mut effects = match event {
            Event::Command(command) => self.command(command),
            Event::Typed(c) => self.typed(c),
            Event::SyntaxesLoaded => Vec::new(),
            Event::StoredBookmarks { doc, bookmarks } => {
                self.adopt_stored_bookmarks(doc, bookmarks);
                Vec::new()
            }
            Event::Pasted(text) => self.edit_input(|input| {
                // One line: a pasted line break is a space.
                text.chars()
                    .map(|c| if c.is_control() { ' ' } else { c })
                    .for_each(|c| input.push(c));
            }),
            Event::Resized { width, height } => self.resized(width, height),
            Event::Mouse { kind, column, row } => self.mouse(kind, column, row),
            Event::Tick(clock) => self.tick(clock),
            Event::Restored {
                saved,
                resume,
                warnings,
            } => {
                self.library.resume = resume;
                // What was saved can arrive after the first keys (a very
                // large bookmarks file): a reader who has moved stays put.
                let untouched = self.viewport.top() == Default::default();
                self.restore(saved, resume && untouched, warnings)
            }
            Event::Opened(others) => self.add_documents(others),
            Event::ShowBookmark { doc, id } => self.show_bookmark(doc, &id),
            Event::ShowLinked { doc, fragment } => {
                return self.show_linked(doc, fragment.as_deref());
            }
            Event::OpenFailed(message) => {
                self.message = Some(message);
                Vec::new()
            }
            Event::Loaded {
                doc,
                saved,
                resume,
                warnings,
            } => self.document_loaded(*doc, saved, resume, warnings),
            Event::LoadFailed(message) => self.load_failed(message),
            Event::WindowLoaded { window, target } => self.window_loaded(*window, target),
            Event::Reloaded(result) => self.document_reloaded(result),
            Event::FirstMatch { generation, found } => self.first_match(generation, found),
            Event::MatchesCounted {
                generation,
                matches,
            } => self.matches_counted(generation, matches),
            Event::Saved => Vec::new(),
            Event::SaveFailed { message, changes } => self.save_failed(message, changes),
        };
        let moved = before != (self.viewport.top(), self.library.current, self.focus);
        self.settle(moved, outline_wheel);
        effects.extend(self.grammars_to_compile());
        effects
    }

    /// A bindable command; a count typed before it repeats it or says
    /// where to go.
    fn command(&mut self, command: Command) -> Vec<Effect> {
        let count = self.count.take();
        let times = count.unwrap_or(1).max(1);
        let page = self.viewport.page() as isize;
        match command {
            Command::ScrollDown => self.scroll(times as isize),
            Command::ScrollUp => self.scroll(-(times as isize)),
            Command::HalfPageDown => self.scroll((page / 2).max(1)),
            Command::HalfPageUp => self.scroll(-(page / 2).max(1)),
            Command::PageDown => self.scroll(page * times as isize),
            Command::PageUp => self.scroll(-page * times as isize),
            Command::ScrollRight => self.scroll_sideways(true),
            Command::ScrollLeft => self.scroll_sideways(false),
            Command::ToggleWrap => self.toggle_wrap(),
            Command::GoPercent => return self.go_percent(count),
            Command::OpenGoTo => self.open_go_to(),
            Command::GoTop | Command::GoBottom if count.is_some() => {
                self.go_to_line(count.unwrap_or(1).saturating_sub(1))
            }
            Command::GoTop => self.go_top(),
            Command::GoBottom => return self.go_bottom(),
            Command::NextSection => (0..times).for_each(|_| self.next_section(u8::MAX)),
            Command::PreviousSection => (0..times).for_each(|_| self.previous_section(u8::MAX)),
            Command::NextTopSection => self.next_section(self.top_level()),
            Command::PreviousTopSection => self.previous_section(self.top_level()),
            Command::ToggleFocus => self.toggle_focus(),
            Command::ToggleOutline => self.toggle_outline(),
            Command::OutlineDown => self.outline.move_by(times as isize),
            Command::OutlineUp => self.outline.move_by(-(times as isize)),
            Command::OutlineFirst => self.outline.move_by(isize::MIN),
            Command::OutlineLast => self.outline.move_by(isize::MAX),
            Command::OutlineHalfPageDown => self.outline.move_by(self.outline_half_page()),
            Command::OutlineHalfPageUp => self.outline.move_by(-self.outline_half_page()),
            Command::OutlineCollapseAll => self.fold_outline(Some(1)),
            Command::OutlineExpandAll => self.fold_outline(count.map(|n| n.min(255) as u8)),
            Command::OutlineOpen => self.outline_open(),
            Command::OutlineCollapse => self.outline.collapse(&self.library.doc().sections),
            Command::OutlineExpand => self.outline.expand(&self.library.doc().sections),
            Command::OpenPalette => self.open_palette(),
            Command::SelectNext => self.select_by(1),
            Command::SelectPrevious => self.select_by(-1),
            Command::Accept => return self.accept(),
            Command::DeleteChar => return self.edit_input(input::LineInput::delete_char),
            Command::DeleteWord => return self.edit_input(input::LineInput::delete_word),
            Command::ClearInput => return self.edit_input(input::LineInput::clear),
            Command::OpenSearch => self.open_search(),
            Command::ToggleRegex => return self.search_toggle_regex(),
            Command::HistoryOlder => return self.search_history(true),
            Command::HistoryNewer => return self.search_history(false),
            Command::SearchNext => (0..times).for_each(|_| self.search_step(true)),
            Command::SearchPrevious => (0..times).for_each(|_| self.search_step(false)),
            Command::ClearHighlights => self.search.active = None,
            Command::OpenSearchResults => self.open_search_results(),
            Command::AddBookmark => self.add_bookmark(),
            Command::OpenBookmarks => self.open_bookmarks(),
            Command::DeleteBookmark => return self.delete_bookmark(),
            Command::UndoDelete => return self.undo_delete(),
            Command::RenameBookmark => self.rename_bookmark(),
            Command::ToggleAllBookmarks => self.toggle_all_bookmarks(),
            Command::HelpDown => self.help_scroll(1),
            Command::HelpUp => self.help_scroll(-1),
            Command::ToggleHelp => self.toggle_help(),
            Command::Close => self.close_overlay(),
            Command::Reload => return self.reload(),
            Command::OpenDocuments => self.open_document_list(),
            Command::SwitchBack => return self.go_back(),
            Command::OpenLinks => self.open_links(),
            Command::Copy => return self.copy(),
            Command::Quit => return self.quit(),
        }
        Vec::new()
    }

    /// The step after every event: the outline follows the reader (unless
    /// the wheel is scrolling it), lists keep their selection in view, and
    /// the search highlights are found for the rows now on screen.
    fn settle(&mut self, moved: bool, outline_wheel: bool) {
        if moved {
            self.outline_follow();
        }
        if !outline_wheel {
            let height = self.viewport.panes().outline.map_or(0, |r| r.height);
            self.outline.keep_selection_in_view(usize::from(height));
        }
        let list_height = self.viewport.panes().palette_list_height();
        if let Some(list) = self.overlay.list_mut() {
            list.keep_in_view(list_height);
        }
        self.refresh_highlights();
    }

    /// Turn a key name (`"j"`, `"G"`, `"Ctrl-d"`, `"Tab"`, `"Enter"`) into
    /// an event through the real keymap and apply it. For tests and
    /// scripts; a name that is not a key panics, so a typo cannot make a
    /// test pass without pressing anything.
    pub fn press(&mut self, name: &str) -> Vec<Effect> {
        let key = Key::parse(name).unwrap_or_else(|e| panic!("App::press: {e}"));
        match self.event_for(key) {
            Some(event) => self.update(event),
            None => Vec::new(),
        }
    }
}

/// Whether an event replaces the status message: what the user does does;
/// what happens by itself (time, sizes, counts, saves) does not.
fn clears_message(event: &Event) -> bool {
    !matches!(
        event,
        Event::Resized { .. }
            | Event::Mouse {
                kind: MouseKind::ScrollDown | MouseKind::ScrollUp,
                ..
            }
            | Event::Tick(_)
            | Event::SyntaxesLoaded
            | Event::StoredBookmarks { .. }
            | Event::MatchesCounted { .. }
            | Event::FirstMatch { .. }
            | Event::Saved
            | Event::Opened(_)
            | Event::Typed('0'..='9')
    )
}

#[cfg(test)]
mod tests;
