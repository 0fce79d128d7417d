//! What only the shell may do, returned by `App::update` as data.

/// A side effect for the shell to carry out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write these changes to the bookmarks file (merged under its lock).
    Save(crate::store::Changes),
    /// Find every match of this search in the document's text, off the
    /// event loop, and send back `Action::MatchesCounted`.
    CountMatches {
        generation: u64,
        search: crate::search::Search,
    },
    /// Restore the terminal and exit.
    Quit,
}
