//! The one table of key bindings, as data. `Keymap::command_for` reads it
//! to turn a key into a command; help and `--print-config` read it to list
//! the keys, so neither can drift from what the keys do. Each row's `name`
//! is what `[keys]` in config.toml calls it.

use super::Command;
use super::key::{Key, KeyCode};

/// Where keyboard focus is, which decides what a key means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyContext {
    Text,
    Outline,
    Help,
    Palette,
    Bookmarks,
    Prompt,
    Search,
    SearchResults,
    Documents,
    Links,
}

/// One row of the table.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub group: &'static str,
    pub contexts: &'static [KeyContext],
    /// Keys as [`Key::parse`] reads them, separated by spaces.
    pub keys: &'static str,
    pub command: Command,
    /// What the config file calls it (`[keys]`): unique, kebab-case.
    pub name: &'static str,
    pub help: &'static str,
}

use Command as C;
use KeyContext::{
    Bookmarks, Documents, Help, Links, Outline, Palette, Prompt, Search, SearchResults, Text,
};

const fn b(
    group: &'static str,
    contexts: &'static [KeyContext],
    keys: &'static str,
    command: Command,
    name: &'static str,
    help: &'static str,
) -> Binding {
    Binding {
        group,
        contexts,
        keys,
        command,
        name,
        help,
    }
}

const READING: &[KeyContext] = &[Text, Outline];
const EVERYWHERE: &[KeyContext] = &[
    Text,
    Outline,
    Help,
    Palette,
    Bookmarks,
    Prompt,
    Search,
    SearchResults,
    Documents,
    Links,
];

/// Every binding, in the order help lists them.
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    b("Move", &[Text], "j Down", C::ScrollDown, "scroll-down", "one line down"),
    b("Move", &[Text], "k Up", C::ScrollUp, "scroll-up", "one line up"),
    b("Move", &[Text], "Ctrl-d", C::HalfPageDown, "half-page-down", "half a page down"),
    b("Move", &[Text], "Ctrl-u", C::HalfPageUp, "half-page-up", "half a page up"),
    b("Move", &[Text], "Space PageDown Ctrl-f", C::PageDown, "page-down", "one page down"),
    b("Move", &[Text], "b PageUp Ctrl-b", C::PageUp, "page-up", "one page up"),
    b("Move", &[Text], "Right", C::ScrollRight, "scroll-right", "wide lines: scroll right"),
    b("Move", &[Text], "Left", C::ScrollLeft, "scroll-left", "wide lines: scroll left"),
    b("Move", READING, "w", C::ToggleWrap, "toggle-wrap", "wrap wide lines, or not"),
    b("Move", &[Text], "g Home", C::GoTop, "go-top", "top (Ng: line N)"),
    b("Move", &[Text], "% p", C::GoPercent, "go-percent", "N%: N percent through"),
    b("Move", &[Text], ":", C::OpenGoTo, "open-go-to", "go to a line, N% or section"),
    b("Move", &[Text], "G End", C::GoBottom, "go-bottom", "end of the document"),
    b("Sections", READING, "]", C::NextSection, "next-section", "next section"),
    b("Sections", READING, "[", C::PreviousSection, "previous-section", "previous section"),
    b("Sections", READING, "}", C::NextTopSection, "next-top-section", "next top-level section"),
    b("Sections", READING, "{", C::PreviousTopSection, "previous-top-section", "previous top-level section"),
    b("Outline", READING, "Tab Shift-Tab", C::ToggleFocus, "toggle-focus", "move focus: outline ⇄ text"),
    b("Outline", READING, "o", C::ToggleOutline, "toggle-outline", "show or hide the outline"),
    b("Outline", &[Outline], "j Down", C::OutlineDown, "outline-down", "next entry"),
    b("Outline", &[Outline], "k Up", C::OutlineUp, "outline-up", "previous entry"),
    b("Outline", &[Outline], "Enter", C::OutlineOpen, "outline-open", "read this section"),
    b("Outline", &[Outline], "h Left", C::OutlineCollapse, "outline-collapse", "collapse (or go to parent)"),
    b("Outline", &[Outline], "l Right", C::OutlineExpand, "outline-expand", "expand"),
    b("Outline", &[Outline], "g Home", C::OutlineFirst, "outline-first", "first entry"),
    b("Outline", &[Outline], "G End", C::OutlineLast, "outline-last", "last entry"),
    b("Outline", &[Outline], "Ctrl-d", C::OutlineHalfPageDown, "outline-half-page-down", "half the pane down"),
    b("Outline", &[Outline], "Ctrl-u", C::OutlineHalfPageUp, "outline-half-page-up", "half the pane up"),
    b("Outline", READING, "-", C::OutlineCollapseAll, "outline-collapse-all", "fold to the top level"),
    b("Outline", READING, "+ =", C::OutlineExpandAll, "outline-expand-all", "unfold all (N+: N levels)"),
    b("Jump", READING, "f Ctrl-p", C::OpenPalette, "open-palette", "jump to a section by name"),
    b("Jump", &[Palette], "Down Ctrl-n Tab", C::SelectNext, "palette-next", "next result"),
    b("Jump", &[Palette], "Up Ctrl-p Shift-Tab", C::SelectPrevious, "palette-previous", "previous result"),
    b("Jump", &[Palette], "Enter", C::Accept, "palette-accept", "go there"),
    b("Jump", &[Palette], "Backspace", C::DeleteChar, "palette-backspace", "delete a character"),
    b("Jump", &[Palette], "Ctrl-w", C::DeleteWord, "palette-delete-word", "delete a word"),
    b("Jump", &[Palette], "Ctrl-u", C::ClearInput, "palette-clear", "clear the query"),
    b("Search", READING, "/", C::OpenSearch, "open-search", "search the text"),
    b("Search", READING, "n", C::SearchNext, "search-next", "next match"),
    b("Search", READING, "N", C::SearchPrevious, "search-previous", "previous match"),
    b("Search", READING, "F Alt-/", C::OpenSearchResults, "open-search-results", "every match, by section"),
    b("Search", READING, "\\ Esc", C::ClearHighlights, "clear-highlights", "clear the highlights"),
    b("Search", &[Search], "Enter", C::Accept, "search-accept", "stay at the match"),
    b("Search", &[Search], "Ctrl-r", C::ToggleRegex, "search-toggle-regex", "text ⇄ regex"),
    b("Search", &[Search], "Up", C::HistoryOlder, "search-history-older", "older query"),
    b("Search", &[Search], "Down", C::HistoryNewer, "search-history-newer", "newer query"),
    b("Search", &[Search], "Backspace", C::DeleteChar, "search-backspace", "delete a character"),
    b("Search", &[Search], "Ctrl-w", C::DeleteWord, "search-delete-word", "delete a word"),
    b("Search", &[Search], "Ctrl-u", C::ClearInput, "search-clear", "clear the query"),
    b("Search", &[SearchResults], "j Down", C::SelectNext, "search-results-next", "next row"),
    b("Search", &[SearchResults], "k Up", C::SelectPrevious, "search-results-previous", "previous row"),
    b("Search", &[SearchResults], "Enter", C::Accept, "search-results-jump", "go to the match"),
    b("Bookmarks", READING, "m", C::AddBookmark, "add-bookmark", "bookmark the top passage"),
    b("Bookmarks", READING, "B", C::OpenBookmarks, "open-bookmarks", "list bookmarks"),
    b("Bookmarks", &[Bookmarks], "j Down", C::SelectNext, "bookmark-next", "next bookmark"),
    b("Bookmarks", &[Bookmarks], "k Up", C::SelectPrevious, "bookmark-previous", "previous bookmark"),
    b("Bookmarks", &[Bookmarks], "Enter", C::Accept, "bookmark-jump", "go to the bookmark"),
    b("Bookmarks", &[Bookmarks], "d", C::DeleteBookmark, "bookmark-delete", "delete it"),
    b("Bookmarks", &[Bookmarks], "u", C::UndoDelete, "bookmark-undo", "undo the last delete"),
    b("Bookmarks", &[Bookmarks], "r", C::RenameBookmark, "bookmark-rename", "rename it"),
    b("Bookmarks", &[Bookmarks], "a", C::ToggleAllBookmarks, "bookmark-toggle-all", "this or all documents"),
    b("Bookmarks", &[Prompt], "Enter", C::Accept, "prompt-accept", "accept the label"),
    b("Bookmarks", &[Prompt], "Backspace", C::DeleteChar, "prompt-backspace", "delete a character"),
    b("Bookmarks", &[Prompt], "Ctrl-u", C::ClearInput, "prompt-clear", "clear the label"),
    b("Documents", READING, "D", C::OpenDocuments, "open-documents", "list the open documents"),
    b("Documents", READING, "Ctrl-o", C::SwitchBack, "switch-back", "back: link or document"),
    b("Documents", &[Documents], "j Down", C::SelectNext, "documents-next", "next document"),
    b("Documents", &[Documents], "k Up", C::SelectPrevious, "documents-previous", "previous document"),
    b("Documents", &[Documents], "Enter", C::Accept, "documents-open", "read that document"),
    b("Links", READING, "L", C::OpenLinks, "open-links", "list the links"),
    b("Links", &[Links], "Down Ctrl-n Tab", C::SelectNext, "links-next", "next link"),
    b("Links", &[Links], "Up Ctrl-p Shift-Tab", C::SelectPrevious, "links-previous", "previous link"),
    b("Links", &[Links], "Enter", C::Accept, "links-follow", "follow (web: copy)"),
    b("Links", &[Links], "Backspace", C::DeleteChar, "links-backspace", "delete a character"),
    b("Links", &[Links], "Ctrl-u", C::ClearInput, "links-clear", "clear the filter"),
    b("Links", &[Links], "Ctrl-y", C::Copy, "links-copy", "copy the address"),
    b("Links", READING, "y", C::Copy, "copy", "copy code (outline: section)"),
    b("General", &[Help], "j Down", C::HelpDown, "help-down", "scroll this help"),
    b("General", &[Help], "k Up", C::HelpUp, "help-up", "scroll this help back"),
    b("General", &[Text, Outline, Help], "?", C::ToggleHelp, "toggle-help", "show or hide this help"),
    b("General", &[Help, Bookmarks, SearchResults, Documents], "Esc q", C::Close, "close-overlay", "close help or the list"),
    b("General", &[Palette, Prompt, Search, Links], "Esc", C::Close, "cancel", "close, stay where you were"),
    b("General", READING, "r R", C::Reload, "reload", "reload the file from disk"),
    b("General", READING, "q", C::Quit, "quit", "quit"),
    b("General", EVERYWHERE, "Ctrl-c", C::Quit, "force-quit", "quit, always"),
];

/// What a key means in a context: a command, or a character typed into the
/// open prompt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyMeaning {
    Command(Command),
    Typed(char),
}

/// The bindings in force: the table's, with the keys the config file gives
/// an action instead of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    /// Per entry of [`BINDINGS`].
    keys: Vec<Vec<Key>>,
    rebound: Vec<bool>,
}

impl Default for Keymap {
    fn default() -> Self {
        let keys = BINDINGS
            .iter()
            .map(|b| {
                // The table is ours: a key it cannot parse is a bug, caught
                // by the test below.
                b.keys
                    .split(' ')
                    .filter_map(|k| Key::parse(k).ok())
                    .collect()
            })
            .collect();
        Keymap {
            keys,
            rebound: vec![false; BINDINGS.len()],
        }
    }
}

impl Keymap {
    /// Give the action called `name` these keys (names as in `[keys]`).
    pub fn rebind(&mut self, name: &str, keys: &[String]) -> Result<(), String> {
        let index = BINDINGS
            .iter()
            .position(|b| b.name == name)
            .ok_or_else(|| format!("no action is called \"{name}\""))?;
        self.keys[index] = keys
            .iter()
            .map(|k| Key::parse(k))
            .collect::<Result<_, _>>()?;
        self.rebound[index] = true;
        Ok(())
    }

    /// The keys of entry `index` of [`BINDINGS`].
    pub fn keys(&self, index: usize) -> &[Key] {
        &self.keys[index]
    }

    /// What `key` means in `context`. A key the user bound wins over the
    /// same key's default binding; in a prompt an unbound character types.
    pub fn meaning(&self, key: Key, context: KeyContext) -> Option<KeyMeaning> {
        let matches =
            |i: &usize| BINDINGS[*i].contexts.contains(&context) && self.keys[*i].contains(&key);
        let all = 0..BINDINGS.len();
        all.clone()
            .filter(|&i| self.rebound[i])
            .find(matches)
            .or_else(|| all.filter(|&i| !self.rebound[i]).find(matches))
            .map(|i| KeyMeaning::Command(BINDINGS[i].command))
            .or_else(|| typed(key, context).map(KeyMeaning::Typed))
    }
}

/// In the palette and the prompts, a key no binding claims types itself.
/// While reading, an unbound digit is typed too: it builds a count (`3j`).
fn typed(key: Key, context: KeyContext) -> Option<char> {
    match (key.code, context) {
        (
            KeyCode::Char(c),
            KeyContext::Palette | KeyContext::Prompt | KeyContext::Search | KeyContext::Links,
        ) if key.modifiers == Default::default() => Some(c),
        (KeyCode::Char(c @ '0'..='9'), KeyContext::Text | KeyContext::Outline)
            if key.modifiers == Default::default() =>
        {
            Some(c)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meaning(key: &str, context: KeyContext) -> Option<KeyMeaning> {
        Keymap::default().meaning(Key::parse(key).unwrap(), context)
    }

    fn command(command: Command) -> Option<KeyMeaning> {
        Some(KeyMeaning::Command(command))
    }

    #[test]
    fn every_key_in_the_table_parses_and_every_name_is_unique() {
        for binding in BINDINGS {
            for key in binding.keys.split(' ') {
                assert!(Key::parse(key).is_ok(), "{}: {key}", binding.name);
            }
            let same = BINDINGS.iter().filter(|b| b.name == binding.name).count();
            assert_eq!(same, 1, "{}", binding.name);
        }
    }

    #[test]
    fn the_same_key_means_different_things_by_focus() {
        assert_eq!(meaning("j", KeyContext::Text), command(C::ScrollDown));
        assert_eq!(meaning("j", KeyContext::Outline), command(C::OutlineDown));
        assert_eq!(meaning("j", KeyContext::Help), command(C::HelpDown));
        assert_eq!(meaning("j", KeyContext::Bookmarks), command(C::SelectNext));
    }

    #[test]
    fn shifted_and_control_keys() {
        assert_eq!(meaning("G", KeyContext::Text), command(C::GoBottom));
        assert_eq!(
            meaning("Ctrl-d", KeyContext::Text),
            command(C::HalfPageDown)
        );
        assert_eq!(meaning("Ctrl-c", KeyContext::Help), command(C::Quit));
    }

    #[test]
    fn the_palette_takes_typed_characters_and_its_own_keys() {
        assert_eq!(
            meaning("q", KeyContext::Palette),
            Some(KeyMeaning::Typed('q'))
        );
        assert_eq!(
            meaning("Q", KeyContext::Palette),
            Some(KeyMeaning::Typed('Q'))
        );
        assert_eq!(
            meaning("Ctrl-p", KeyContext::Palette),
            command(C::SelectPrevious)
        );
        assert_eq!(meaning("Ctrl-p", KeyContext::Text), command(C::OpenPalette));
        assert_eq!(meaning("f", KeyContext::Text), command(C::OpenPalette));
        assert_eq!(meaning("Ctrl-x", KeyContext::Palette), None);
    }

    #[test]
    fn a_rebound_key_wins_over_its_default_meaning() {
        let mut keymap = Keymap::default();
        keymap.rebind("go-bottom", &["j".to_owned()]).unwrap();
        let j = Key::parse("j").unwrap();
        assert_eq!(keymap.meaning(j, KeyContext::Text), command(C::GoBottom));
        let g = Key::parse("G").unwrap();
        assert_eq!(keymap.meaning(g, KeyContext::Text), None);
        assert!(keymap.rebind("no-such-action", &[]).is_err());
    }
}
