//! Everything the app reacts to, as data: a user's [`Command`], a character
//! typed into a prompt, the terminal's size and mouse, and the results the
//! shell's workers send back. Every one enters through `App::update`, so the
//! clock and new ids come in here too and `update` stays deterministic.

use super::Command;
use super::DocId;
use super::marking::Saved;
use super::window::WindowTarget;
use crate::document::Document;
use crate::document::part::Window;
use crate::store::Changes;
use std::ops::Range;

/// The time, as the shell's clock says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Clock {
    /// Seconds since the Unix epoch.
    pub now: u64,
    /// Tells this process's new bookmark ids from another's (its pid).
    pub instance: u32,
}

/// What the mouse did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MouseKind {
    ScrollDown,
    ScrollUp,
    Click,
}

/// An input or a result.
#[derive(Debug)]
pub enum Event {
    /// A bound key (or a script) asks for this.
    Command(Command),
    /// A character typed into the open prompt or palette.
    Typed(char),
    /// Document `doc`'s bookmarks as the file on disk holds them now (read
    /// with a reload, before `Reloaded`).
    StoredBookmarks {
        doc: DocId,
        bookmarks: Vec<crate::store::Bookmark>,
    },
    /// Text pasted (bracketed paste): typed into the open prompt at once.
    Pasted(String),
    /// The grammars for highlighting code have loaded: draw again.
    SyntaxesLoaded,
    /// The terminal now has this size.
    Resized { width: u16, height: u16 },
    /// The mouse at screen cell (column, row).
    Mouse {
        kind: MouseKind,
        column: u16,
        row: u16,
    },
    /// Time passed: the clock for new bookmarks, and autosave.
    Tick(Clock),
    /// What was saved about the documents opened at start (the one on
    /// screen), and whether to go back to where the reader stopped.
    Restored {
        saved: Saved,
        resume: bool,
        warnings: Vec<String>,
    },
    /// More documents opened beside the first, each with what was saved.
    Opened(Vec<(Document, Saved)>),
    /// Show open document `doc` at its bookmark `id`.
    ShowBookmark { doc: DocId, id: String },
    /// A linked file is open as document `doc`: show it, at `fragment`.
    ShowLinked {
        doc: DocId,
        fragment: Option<String>,
    },
    /// A document could not be opened: why.
    OpenFailed(String),
    /// The whole of a large file has loaded, with what was saved about it.
    Loaded {
        doc: Box<Document>,
        saved: Saved,
        resume: bool,
        warnings: Vec<String>,
    },
    /// The rest of a large file could not be read.
    LoadFailed(String),
    /// A part of a large file, read for `G` or a search match.
    WindowLoaded {
        window: Box<Window>,
        target: WindowTarget,
    },
    /// The document's file, read again (`r`), or why it could not be.
    Reloaded(Result<Box<Document>, String>),
    /// The first match of search `generation` after where it started,
    /// looked for in the background (`None`: nowhere in the text).
    FirstMatch {
        generation: u64,
        found: Option<Range<usize>>,
    },
    /// Every match of search `generation`, counted in the background, or
    /// `None` when there are too many to keep.
    MatchesCounted {
        generation: u64,
        matches: Option<Vec<Range<usize>>>,
    },
    /// A save went through.
    Saved,
    /// A save failed; these changes are kept to try again.
    SaveFailed { message: String, changes: Changes },
}

impl From<Command> for Event {
    fn from(command: Command) -> Event {
        Event::Command(command)
    }
}
