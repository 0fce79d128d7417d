//! The reader's state and its one entry point, `update(action) -> effects`.
//! No terminal, no files, no clock: tests build an `App` from a document and
//! press keys through the real keymap.
//!
//! The reading position is an [`Anchor`] in the document's text, not a
//! wrapped-row number, so a resize keeps the same passage at the top.

pub mod action;
pub mod bookmarks;
pub mod effect;
pub mod keymap;
pub mod library;
mod marking;
pub mod outline_state;
pub mod palette;
pub mod prompt;
mod reader;
mod reload;
pub mod searching;
mod window;

use crate::document::Document;
use crate::jump::{JumpIndex, Target};
use crate::outline;
use crate::panes::{DEFAULT_MEASURE, Panes};
use crate::wrap::{RowPos, WrapCache};
pub use action::Action;
use bookmarks::BookmarkState;
pub use effect::Effect;
use keymap::KeyContext;
pub use marking::Saved;
pub use outline_state::OutlineState;
pub use palette::PaletteState;
use prompt::Prompt;
use ratatui::layout::Rect;
pub use window::WindowTarget;

/// Where the keyboard goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Text,
    Outline,
}

/// What is drawn over the panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    None,
    Help,
    Palette,
    Bookmarks,
    Prompt,
    Search,
    SearchResults,
    Documents,
}

/// The first visible passage: a block and a byte offset in its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Anchor {
    pub block: usize,
    pub offset: usize,
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
    pub doc: Document,
    pub settings: Settings,
    pub focus: Focus,
    pub overlay: Overlay,
    pub show_outline: bool,
    pub outline: OutlineState,
    /// Every section, for the jump palette.
    pub jump_index: JumpIndex,
    pub palette: PaletteState,
    /// Lines the help overlay is scrolled by.
    pub help_scroll: usize,
    pub bookmarks: BookmarkState,
    pub search: searching::SearchState,
    /// Search highlights for the blocks on screen: (block, ranges in its
    /// displayed text), and the current match's.
    pub highlights: Vec<(usize, Vec<std::ops::Range<usize>>)>,
    pub current_highlight: Option<(usize, std::ops::Range<usize>)>,
    /// The label prompt, while it is open.
    pub prompt: Option<Prompt>,
    /// Where the position was last saved (byte offset), to save on change.
    saved_offset: Option<usize>,
    pub panes: Panes,
    /// The whole terminal, from the last `Resize`.
    screen: Rect,
    /// The reading position; `top` is derived from it at the current width.
    pub anchor: Anchor,
    top: RowPos,
    wrap: WrapCache,
    /// The rows on screen, top to bottom (all wrapped in `wrap`).
    view: Vec<RowPos>,
    at_end: bool,
    /// A short message for the status line.
    pub message: Option<String>,
    /// Showing part of a large file while the whole loads.
    pub loading: bool,
    /// Which part of the file is shown, while loading (set by the shell).
    pub window: Option<crate::source::FileWindow>,
    /// `G` was pressed while loading: go to the real end once it is there.
    end_requested: bool,
    /// The other open documents.
    pub library: library::Library,
    /// Whether a document shown for the first time goes back to where its
    /// reader stopped.
    pub resume_on_switch: bool,
}

impl App {
    pub fn new(doc: Document, settings: Settings) -> App {
        let outline = OutlineState::new(&doc.sections);
        let jump_index = JumpIndex::new(&[&doc], &[]);
        let message = doc.notices.first().cloned();
        let show_outline = settings.show_outline;
        let mut app = App {
            doc,
            settings,
            focus: Focus::Text,
            overlay: Overlay::None,
            show_outline,
            outline,
            jump_index,
            palette: PaletteState::default(),
            help_scroll: 0,
            bookmarks: BookmarkState::default(),
            prompt: None,
            search: searching::SearchState::default(),
            highlights: Vec::new(),
            current_highlight: None,
            saved_offset: None,
            panes: Panes::default(),
            screen: Rect::default(),
            anchor: Anchor::default(),
            top: RowPos::default(),
            wrap: WrapCache::default(),
            view: Vec::new(),
            at_end: false,
            message,
            loading: false,
            window: None,
            end_requested: false,
            library: library::Library::default(),
            resume_on_switch: true,
        };
        app.resize(80, 24);
        app
    }

    /// How keys are read right now.
    pub fn key_context(&self) -> KeyContext {
        match (self.overlay, self.focus) {
            (Overlay::Help, _) => KeyContext::Help,
            (Overlay::Palette, _) => KeyContext::Palette,
            (Overlay::Bookmarks, _) => KeyContext::Bookmarks,
            (Overlay::Prompt, _) => KeyContext::Prompt,
            (Overlay::Search, _) => KeyContext::Search,
            (Overlay::SearchResults, _) => KeyContext::SearchResults,
            (Overlay::Documents, _) => KeyContext::Documents,
            (Overlay::None, Focus::Outline) if self.panes.outline.is_some() => KeyContext::Outline,
            _ => KeyContext::Text,
        }
    }

    /// Apply an action; return what the shell must do.
    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        if !matches!(
            action,
            Action::Resize { .. } | Action::MouseScroll { .. } | Action::Tick
        ) {
            self.message = None;
        }
        let page = usize::from(self.panes.column.height).max(1);
        match action {
            Action::ScrollDown => self.scroll(1),
            Action::ScrollUp => self.scroll(-1),
            Action::HalfPageDown => self.scroll((page / 2).max(1) as isize),
            Action::HalfPageUp => self.scroll(-((page / 2).max(1) as isize)),
            Action::PageDown => self.scroll(page as isize),
            Action::PageUp => self.scroll(-(page as isize)),
            Action::GoTop => self.set_top(RowPos::default()),
            Action::GoBottom => {
                self.end_requested = self.loading;
                let last = self.wrap.last_row(&self.doc);
                self.set_top(last);
                if self.loading && !self.window_reaches_end() {
                    return vec![Effect::ShowFileEnd];
                }
            }
            Action::NextSection => self.next_section(u8::MAX),
            Action::PreviousSection => self.previous_section(u8::MAX),
            Action::NextTopSection => self.next_section(outline::top_level(&self.doc.sections)),
            Action::PreviousTopSection => {
                self.previous_section(outline::top_level(&self.doc.sections))
            }
            Action::ToggleFocus => {
                self.focus = match self.focus {
                    Focus::Text if self.panes.outline.is_some() => Focus::Outline,
                    _ => Focus::Text,
                };
            }
            Action::ToggleOutline => {
                self.show_outline = !self.show_outline;
                if !self.show_outline {
                    self.focus = Focus::Text;
                }
                self.relayout();
            }
            Action::HelpDown => {
                self.help_scroll = (self.help_scroll + 1).min(keymap::BINDINGS.len() * 2)
            }
            Action::HelpUp => self.help_scroll = self.help_scroll.saturating_sub(1),
            Action::OpenDocuments => self.open_document_list(),
            Action::DocumentsNext => self.document_list_move(1),
            Action::DocumentsPrevious => self.document_list_move(-1),
            Action::DocumentsOpen => {
                let to = self.library.selected;
                self.overlay = Overlay::None;
                return self.switch_document(to);
            }
            Action::SwitchBack => return self.switch_back(),
            Action::Reload if self.loading => {
                self.message = Some("the file is still loading".to_owned());
            }
            Action::Reload => return vec![Effect::Reload],
            Action::ToggleHelp => {
                self.help_scroll = 0;
                self.overlay = match self.overlay {
                    Overlay::None => Overlay::Help,
                    _ => Overlay::None,
                };
            }
            Action::CloseOverlay if self.overlay == Overlay::Search => self.search_cancel(),
            Action::CloseOverlay => {
                // Esc on a rename prompt goes back to the list it came from.
                let renaming = matches!(&self.prompt, Some(p) if matches!(p.purpose, prompt::PromptPurpose::Rename(_)));
                self.prompt = None;
                self.overlay = if renaming {
                    Overlay::Bookmarks
                } else {
                    Overlay::None
                };
            }
            Action::OutlineDown => self.outline.move_by(1),
            Action::OutlineUp => self.outline.move_by(-1),
            Action::OutlineOpen => {
                self.jump_to_section(self.outline.selected);
                self.focus = Focus::Text;
            }
            Action::OutlineCollapse => self.outline.collapse(&self.doc.sections),
            Action::OutlineExpand => self.outline.expand(&self.doc.sections),
            Action::Resize { width, height } => self.resize(width, height),
            Action::MouseScroll { column, row, down } => {
                // Scrolling the outline list must not snap it back to the selection.
                self.mouse_scroll(column, row, down);
                return Vec::new();
            }
            Action::MouseClick { column, row } => {
                let effects = self.mouse_click(column, row);
                self.outline_follow();
                return effects;
            }
            Action::OpenPalette => {
                self.palette = PaletteState::open(&self.jump_index, self.current_section());
                self.overlay = Overlay::Palette;
            }
            Action::PaletteInput(c) => self.palette.push(&self.jump_index, c),
            Action::PaletteBackspace => self.palette.backspace(&self.jump_index),
            Action::PaletteDeleteWord => self.palette.delete_word(&self.jump_index),
            Action::PaletteClear => self.palette.clear(&self.jump_index),
            Action::PaletteNext => self.palette.move_by(1),
            Action::PalettePrevious => self.palette.move_by(-1),
            Action::PaletteAccept => {
                let mut effects = Vec::new();
                match self.palette.target(&self.jump_index) {
                    Some(Target::Section { doc, section }) if doc != self.library.current => {
                        effects = self.switch_document(doc);
                        self.jump_to_section(section);
                    }
                    Some(Target::Section { section, .. }) => self.jump_to_section(section),
                    Some(Target::Bookmark { index }) => self.jump_to_bookmark(index),
                    None => return Vec::new(),
                }
                self.overlay = Overlay::None;
                self.focus = Focus::Text;
                self.outline_follow();
                return effects;
            }
            Action::OpenSearch => self.open_search(),
            Action::SearchInput(_)
            | Action::SearchBackspace
            | Action::SearchDeleteWord
            | Action::SearchClear
            | Action::SearchToggleRegex
            | Action::SearchHistoryOlder
            | Action::SearchHistoryNewer
            | Action::SearchAccept => {
                let effects = match action {
                    Action::SearchInput(c) => self.search_input(c),
                    Action::SearchBackspace => self.search_backspace(),
                    Action::SearchDeleteWord => self.search_delete_word(),
                    Action::SearchClear => self.search_clear(),
                    Action::SearchToggleRegex => self.search_toggle_regex(),
                    Action::SearchHistoryOlder => self.search_history(true),
                    Action::SearchHistoryNewer => self.search_history(false),
                    _ => self.search_accept(),
                };
                self.outline_follow();
                return effects;
            }
            Action::MatchesCounted {
                generation,
                matches,
            } => self.matches_counted(generation, matches),
            Action::SearchNext => self.search_step(true),
            Action::SearchPrevious => self.search_step(false),
            Action::ClearHighlights => self.search_clear_highlights(),
            Action::OpenSearchResults => self.open_search_results(),
            Action::SearchResultsNext => self.search_results_move(1),
            Action::SearchResultsPrevious => self.search_results_move(-1),
            Action::SearchResultsJump => self.search_results_jump(),
            Action::AddBookmark
            | Action::OpenBookmarks
            | Action::BookmarkNext
            | Action::BookmarkPrevious
            | Action::BookmarkJump
            | Action::BookmarkDelete
            | Action::BookmarkUndo
            | Action::BookmarkRename
            | Action::BookmarkToggleAll
            | Action::PromptInput(_)
            | Action::PromptBackspace
            | Action::PromptClear
            | Action::PromptAccept
            | Action::Tick
            | Action::SaveFailed { .. }
            | Action::Quit => {
                let effects = self.update_marking(action);
                self.outline_follow();
                return effects;
            }
        }
        self.outline_follow();
        self.palette
            .keep_selection_in_view(self.panes.palette_list_height());
        Vec::new()
    }

    /// Turn a key name (`"j"`, `"G"`, `"Ctrl-d"`, `"Tab"`, `"Enter"`) into
    /// an action through the real keymap and apply it. For tests and scripts.
    pub fn press(&mut self, key: &str) -> Vec<Effect> {
        use ratatui::crossterm::event::KeyEvent;
        let Ok(key) = keymap::Key::parse(key) else {
            return Vec::new();
        };
        let event = KeyEvent::new(key.code, key.modifiers);
        match self.settings.keymap.action_for(&event, self.key_context()) {
            Some(action) => self.update(action),
            None => Vec::new(),
        }
    }

    /// The rows on screen, top to bottom.
    pub fn view(&self) -> &[RowPos] {
        &self.view
    }

    /// The wrapped blocks of the rows on screen.
    pub fn wrapped(&self) -> &WrapCache {
        &self.wrap
    }

    /// The first row on screen.
    pub fn top(&self) -> RowPos {
        self.top
    }

    /// The section the top of the text pane is in.
    pub fn current_section(&self) -> Option<usize> {
        outline::section_at(&self.doc.sections, self.top.block)
    }

    /// The byte in the document's text where the top row starts.
    pub fn source_position(&self) -> usize {
        let Some(block) = self.doc.blocks.get(self.anchor.block) else {
            return 0;
        };
        if block.is_rich() || self.anchor.offset == crate::wrap::GAP_OFFSET {
            return block.range.start;
        }
        (block.range.start + self.anchor.offset).min(block.range.end)
    }

    /// `Top`, `End`, `All` or a percentage through the text.
    pub fn position_label(&self) -> String {
        let at_top = self.top == RowPos::default();
        match (at_top, self.at_end) {
            (true, true) => "All".to_owned(),
            (true, false) => "Top".to_owned(),
            (false, true) => "End".to_owned(),
            (false, false) => {
                // In a part of a file still loading, the percentage is of
                // the file, as near as its bytes tell.
                let (base, total) = self
                    .window
                    .filter(|_| self.loading)
                    .map_or((0, self.doc.text().len() as u64), |w| (w.base, w.file_len));
                let at = base + self.source_position() as u64;
                format!("{}%", at * 100 / total.max(1))
            }
        }
    }

    /// How much of `section` lies above the reading position, in percent.
    pub fn section_progress(&self, section: usize) -> usize {
        let sections = &self.doc.sections;
        let start = self.doc.blocks[sections[section].block].range.start;
        let end = sections
            .get(section + 1)
            .map_or(self.doc.text().len(), |next| {
                self.doc.blocks[next.block].range.start
            });
        if self.at_end {
            return 100;
        }
        let at = self.source_position().clamp(start, end.max(start));
        (at - start) * 100 / (end - start).max(1)
    }
}

#[cfg(test)]
mod tests;
