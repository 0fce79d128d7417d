//! What only the shell may do, returned by `App::update` as data. Each
//! outcome comes back as an [`super::Event`].

use super::DocId;
use crate::search::Search;
use crate::store::Changes;

/// A side effect for the shell to carry out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write these changes for open document `doc` to the bookmarks file
    /// (merged under its lock); answered by `Saved` or `SaveFailed`.
    Save { doc: DocId, changes: Changes },
    /// Search off the event loop: the first match from `first_from` (byte,
    /// and whether to wrap to the top), when given, answered by
    /// `FirstMatch`; then every match, answered by `MatchesCounted`. A newer
    /// search cancels an older one still running.
    Search {
        generation: u64,
        search: Search,
        first_from: Option<(usize, bool)>,
    },
    /// `G` before a large file has loaded: read its last part; answered by
    /// `WindowLoaded`.
    ShowFileEnd,
    /// `N%` before a large file has loaded: read the part around byte
    /// `offset`; answered by `WindowLoaded`.
    ShowFileAt { offset: u64 },
    /// A search found nothing in the part of a large file loaded so far:
    /// look through the file on disk from byte `from` and read the part
    /// around the first match; answered by `WindowLoaded`.
    FindInFile {
        generation: u64,
        search: Search,
        from: u64,
    },
    /// Show the bookmark `id` of the document in the file at `path`,
    /// opening it beside the others when it is not open; answered by
    /// `Opened` (when it was not) and `ShowBookmark`.
    OpenBookmark {
        path: std::path::PathBuf,
        id: String,
    },
    /// Open the file at `path` (relative to document `from`'s) beside the
    /// others, or find it among them; answered by `Opened` (when it was
    /// not open) and `ShowLinked`, or `OpenFailed`.
    OpenLinked {
        from: DocId,
        path: String,
        fragment: Option<String>,
    },
    /// Put `text` on the system clipboard (OSC 52, which works over SSH
    /// and in tmux).
    Copy { text: String },
    /// Read document `doc`'s file again; answered by `Reloaded`.
    Reload { doc: DocId },
    /// Compile `language`'s grammar off the event loop, with code it
    /// met on screen; answered by `SyntaxesLoaded`.
    CompileGrammar { language: String, sample: String },
    /// Restore the terminal and exit (after the saves before it).
    Quit,
}
