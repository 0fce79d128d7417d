//! What only the shell may do, returned by `App::update` as data.

/// A side effect for the shell to carry out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write these changes to the bookmarks file (merged under its lock).
    Save(crate::store::Changes),
    /// The same, for open document `doc` rather than the one on screen.
    SaveFor {
        doc: usize,
        changes: crate::store::Changes,
    },
    /// Find every match of this search in the document's text, off the
    /// event loop, and send back `Action::MatchesCounted`.
    CountMatches {
        generation: u64,
        search: crate::search::Search,
    },
    /// `G` before a large file has loaded: read its last part and hand it
    /// to `App::window_loaded` (the whole file replaces it later).
    ShowFileEnd,
    /// A search found nothing in the part of a large file loaded so far:
    /// look through the file on disk from byte `from`, and show the part
    /// around the first match with `App::window_loaded`.
    FindInFile {
        generation: u64,
        search: crate::search::Search,
        from: u64,
    },
    /// Read the document's file again and hand the new version to
    /// `App::document_reloaded` (or say why not).
    Reload,
    /// Restore the terminal and exit.
    Quit,
}
