//! Every user intent and internal event the app reacts to.

/// What the user (or the shell) asks the app to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Scroll the text down one row.
    ScrollDown,
    /// Scroll the text up one row.
    ScrollUp,
    /// Scroll down half a page.
    HalfPageDown,
    /// Scroll up half a page.
    HalfPageUp,
    /// Scroll down a page.
    PageDown,
    /// Scroll up a page.
    PageUp,
    /// Go to the top of the document.
    GoTop,
    /// Go to the end of the document.
    GoBottom,
    /// Jump to the next section (any level).
    NextSection,
    /// Jump to the previous section (any level).
    PreviousSection,
    /// Jump to the next top-level section.
    NextTopSection,
    /// Jump to the previous top-level section.
    PreviousTopSection,
    /// Move focus between the outline and the text.
    ToggleFocus,
    /// Show or hide the outline pane.
    ToggleOutline,
    /// Show or hide the key help.
    ToggleHelp,
    /// Close the open overlay.
    CloseOverlay,
    /// Scroll the help down a line.
    HelpDown,
    /// Scroll the help up a line.
    HelpUp,
    /// Move the outline selection down.
    OutlineDown,
    /// Move the outline selection up.
    OutlineUp,
    /// Jump the text to the selected outline entry and focus the text.
    OutlineOpen,
    /// Collapse the selected entry (or go to its parent).
    OutlineCollapse,
    /// Expand the selected entry.
    OutlineExpand,
    /// The terminal now has this size.
    Resize {
        width: u16,
        height: u16,
    },
    /// The mouse wheel turned over the screen cell (column, row).
    MouseScroll {
        column: u16,
        row: u16,
        down: bool,
    },
    /// A mouse click at the screen cell (column, row).
    MouseClick {
        column: u16,
        row: u16,
    },
    /// Open the fuzzy jump palette.
    OpenPalette,
    /// Type a character into the palette's query.
    PaletteInput(char),
    /// Delete the query's last character.
    PaletteBackspace,
    /// Delete the query's last word.
    PaletteDeleteWord,
    /// Clear the query.
    PaletteClear,
    /// Select the next result.
    PaletteNext,
    /// Select the previous result.
    PalettePrevious,
    /// Jump to the selected result and close the palette.
    PaletteAccept,
    /// Bookmark the passage at the top of the text (asks for a label).
    AddBookmark,
    /// Open the bookmark list.
    OpenBookmarks,
    /// Select the next bookmark in the list.
    BookmarkNext,
    /// Select the previous bookmark in the list.
    BookmarkPrevious,
    /// Jump to the selected bookmark.
    BookmarkJump,
    /// Delete the selected bookmark.
    BookmarkDelete,
    /// Bring back the last deleted bookmark.
    BookmarkUndo,
    /// Rename the selected bookmark (asks for a label).
    BookmarkRename,
    /// Show this document's bookmarks, or every document's.
    BookmarkToggleAll,
    /// Type a character into the prompt.
    PromptInput(char),
    /// Delete the prompt's last character.
    PromptBackspace,
    /// Clear the prompt.
    PromptClear,
    /// Accept the prompt's text (or its default).
    PromptAccept,
    /// Time passed (the shell sends this every few seconds): autosave.
    Tick,
    /// A save failed; these changes are kept to try again.
    SaveFailed {
        message: String,
        changes: crate::store::Changes,
    },
    /// Open the search prompt.
    OpenSearch,
    /// Type a character into the search query.
    SearchInput(char),
    /// Delete the query's last character.
    SearchBackspace,
    /// Delete the query's last word.
    SearchDeleteWord,
    /// Clear the query.
    SearchClear,
    /// Switch between literal text and regular expressions.
    SearchToggleRegex,
    /// Recall an older query.
    SearchHistoryOlder,
    /// Recall a newer query.
    SearchHistoryNewer,
    /// Keep the position and the highlights.
    SearchAccept,
    /// Go to the next match.
    SearchNext,
    /// Go to the previous match.
    SearchPrevious,
    /// Clear the search highlights.
    ClearHighlights,
    /// Open the list of every match, grouped by section.
    OpenSearchResults,
    /// Select the next row of the results list.
    SearchResultsNext,
    /// Select the previous row of the results list.
    SearchResultsPrevious,
    /// Go to the selected match.
    SearchResultsJump,
    /// Every match of search number `generation`, counted in the background.
    MatchesCounted {
        generation: u64,
        matches: Vec<std::ops::Range<usize>>,
    },
    /// Read the file again from disk.
    Reload,
    /// The list of open documents.
    OpenDocuments,
    DocumentsNext,
    DocumentsPrevious,
    /// Show the document selected in the list.
    DocumentsOpen,
    /// Back to the document shown before.
    SwitchBack,
    /// Leave lectern.
    Quit,
}
