//! Commands: what a user can ask for with a key (and name in `[keys]`).
//! Kept apart from [`super::Event`]'s internal results, as intents are from
//! outcomes. Lists and line inputs share their commands: `SelectNext` moves
//! whichever list is open, `DeleteChar` edits whichever prompt is.

/// A bindable intent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
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
    /// Scroll long kept lines (code, tables, verse) right by half a pane.
    ScrollRight,
    /// Scroll long kept lines left by half a pane.
    ScrollLeft,
    /// Wrap long kept lines, or cut them (and scroll sideways).
    ToggleWrap,
    /// Go to the count's percentage of the document (`50%`).
    GoPercent,
    /// Ask where to go: a line, a percentage or a section's name.
    OpenGoTo,
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
    /// Move the outline selection down.
    OutlineDown,
    /// Move the outline selection up.
    OutlineUp,
    /// Read the selected outline entry and focus the text.
    OutlineOpen,
    /// Collapse the selected entry (or go to its parent).
    OutlineCollapse,
    /// Expand the selected entry.
    OutlineExpand,
    /// Select the first outline entry.
    OutlineFirst,
    /// Select the last outline entry.
    OutlineLast,
    /// Move the outline selection down half the pane.
    OutlineHalfPageDown,
    /// Move the outline selection up half the pane.
    OutlineHalfPageUp,
    /// Fold the outline to its top level.
    OutlineCollapseAll,
    /// Unfold every outline entry (with a count N, down to level N).
    OutlineExpandAll,
    /// Open the fuzzy jump palette.
    OpenPalette,
    /// Select the next row of the open list.
    SelectNext,
    /// Select the previous row of the open list.
    SelectPrevious,
    /// Accept the open prompt or list's selection.
    Accept,
    /// Delete the typed text's last character.
    DeleteChar,
    /// Delete the typed text's last word.
    DeleteWord,
    /// Clear the typed text.
    ClearInput,
    /// Open the search prompt.
    OpenSearch,
    /// Switch the search between literal text and regular expressions.
    ToggleRegex,
    /// Recall an older search query.
    HistoryOlder,
    /// Recall a newer search query.
    HistoryNewer,
    /// Go to the next match.
    SearchNext,
    /// Go to the previous match.
    SearchPrevious,
    /// Clear the search highlights.
    ClearHighlights,
    /// Open the list of every match, grouped by section.
    OpenSearchResults,
    /// Bookmark the passage at the top of the text (asks for a label).
    AddBookmark,
    /// Open the bookmark list.
    OpenBookmarks,
    /// Delete the selected bookmark.
    DeleteBookmark,
    /// Bring back the last deleted bookmark.
    UndoDelete,
    /// Rename the selected bookmark (asks for a label).
    RenameBookmark,
    /// Show this document's bookmarks, or every document's.
    ToggleAllBookmarks,
    /// Scroll the help down a line.
    HelpDown,
    /// Scroll the help up a line.
    HelpUp,
    /// Show or hide the key help.
    ToggleHelp,
    /// Close the open overlay (a prompt: go back to where you were).
    Close,
    /// Read the file again from disk.
    Reload,
    /// The list of open documents.
    OpenDocuments,
    /// Back to where the last link was followed from, else to the
    /// document shown before.
    SwitchBack,
    /// List the links, to follow one.
    OpenLinks,
    /// Copy the code block on screen (the link's address in the link list,
    /// the section in the outline) to the clipboard.
    Copy,
    /// Leave lectern.
    Quit,
}
