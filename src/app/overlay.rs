//! What is drawn over the panes, each variant carrying its own state, so an
//! open prompt without its text (or a list without its selection) cannot be
//! built. Keys go to the overlay first (see `App::key_context`).

use super::input::SelectList;
use super::keymap::KeyContext;
use super::link_list::LinkListState;
use super::palette::PaletteState;
use super::prompt::Prompt;
use super::search_state::{ResultRow, SearchPrompt};

/// The overlay on screen, if any.
#[derive(Debug, Default)]
pub enum Overlay {
    #[default]
    None,
    /// The key help, scrolled by this many lines.
    Help { scroll: usize },
    /// The fuzzy jump palette.
    Palette(Box<PaletteState>),
    /// The bookmark list.
    Bookmarks(BookmarkList),
    /// The label prompt on the status line.
    Prompt(Prompt),
    /// The search prompt on the status line.
    Search(SearchPrompt),
    /// Every match, grouped by section.
    SearchResults(SearchResults),
    /// The open documents.
    Documents(SelectList),
    /// The links, to follow one.
    Links(Box<LinkListState>),
}

/// The bookmark list's selection and scope.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BookmarkList {
    pub list: SelectList,
    /// Every document's bookmarks, not only this one's.
    pub show_all: bool,
}

/// The search results list.
#[derive(Debug, Clone, Default)]
pub struct SearchResults {
    pub rows: Vec<ResultRow>,
    pub list: SelectList,
}

impl Overlay {
    /// How keys are read while this overlay is open; `None` when closed.
    pub fn key_context(&self) -> Option<KeyContext> {
        Some(match self {
            Overlay::None => return None,
            Overlay::Help { .. } => KeyContext::Help,
            Overlay::Palette(_) => KeyContext::Palette,
            Overlay::Bookmarks(_) => KeyContext::Bookmarks,
            Overlay::Prompt(_) => KeyContext::Prompt,
            Overlay::Search(_) => KeyContext::Search,
            Overlay::SearchResults(_) => KeyContext::SearchResults,
            Overlay::Documents(_) => KeyContext::Documents,
            Overlay::Links(_) => KeyContext::Links,
        })
    }

    /// The overlay's kind, in words (for tests and messages).
    pub fn name(&self) -> &'static str {
        match self {
            Overlay::None => "none",
            Overlay::Help { .. } => "help",
            Overlay::Palette(_) => "palette",
            Overlay::Bookmarks(_) => "bookmarks",
            Overlay::Prompt(_) => "prompt",
            Overlay::Search(_) => "search",
            Overlay::SearchResults(_) => "search results",
            Overlay::Documents(_) => "documents",
            Overlay::Links(_) => "links",
        }
    }

    /// The list the overlay shows, for the shared list commands.
    pub fn list_mut(&mut self) -> Option<&mut SelectList> {
        match self {
            Overlay::Palette(p) => Some(&mut p.list),
            Overlay::Links(l) => Some(&mut l.list),
            Overlay::Bookmarks(b) => Some(&mut b.list),
            Overlay::SearchResults(r) => Some(&mut r.list),
            Overlay::Documents(list) => Some(list),
            _ => None,
        }
    }
}
