//! The one table of key bindings. `action_for` reads it to turn a key into an
//! action; the help overlay reads it to list the keys, so help can never
//! drift from what the keys do.

use super::action::Action;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

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
}

/// A key with its modifiers and how help shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

const fn plain(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        modifiers: KeyModifiers::NONE,
    }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        modifiers: KeyModifiers::CONTROL,
    }
}

const fn alt(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        modifiers: KeyModifiers::ALT,
    }
}

const fn code(code: KeyCode) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::NONE,
    }
}

/// One row of the table.
#[derive(Debug, Clone)]
pub struct Binding {
    pub group: &'static str,
    pub contexts: &'static [KeyContext],
    pub keys: &'static [Key],
    pub action: Action,
    /// What the config file calls it (`[keys]`): unique, kebab-case.
    pub name: &'static str,
    pub help: &'static str,
}

use KeyContext::{
    Bookmarks, Documents, Help, Outline, Palette, Prompt, Search, SearchResults, Text,
};

/// Every binding, in the order help lists them.
pub const BINDINGS: &[Binding] = &[
    Binding {
        group: "Move",
        contexts: &[Text],
        keys: &[plain('j'), code(KeyCode::Down)],
        action: Action::ScrollDown,
        name: "scroll-down",
        help: "one line down",
    },
    Binding {
        group: "Move",
        contexts: &[Text],
        keys: &[plain('k'), code(KeyCode::Up)],
        action: Action::ScrollUp,
        name: "scroll-up",
        help: "one line up",
    },
    Binding {
        group: "Move",
        contexts: &[Text, Outline],
        keys: &[ctrl('d')],
        action: Action::HalfPageDown,
        name: "half-page-down",
        help: "half a page down",
    },
    Binding {
        group: "Move",
        contexts: &[Text, Outline],
        keys: &[ctrl('u')],
        action: Action::HalfPageUp,
        name: "half-page-up",
        help: "half a page up",
    },
    Binding {
        group: "Move",
        contexts: &[Text],
        keys: &[plain(' '), code(KeyCode::PageDown), ctrl('f')],
        action: Action::PageDown,
        name: "page-down",
        help: "one page down",
    },
    Binding {
        group: "Move",
        contexts: &[Text],
        keys: &[plain('b'), code(KeyCode::PageUp), ctrl('b')],
        action: Action::PageUp,
        name: "page-up",
        help: "one page up",
    },
    Binding {
        group: "Move",
        contexts: &[Text, Outline],
        keys: &[plain('g'), code(KeyCode::Home)],
        action: Action::GoTop,
        name: "go-top",
        help: "top of the document",
    },
    Binding {
        group: "Move",
        contexts: &[Text, Outline],
        keys: &[plain('G'), code(KeyCode::End)],
        action: Action::GoBottom,
        name: "go-bottom",
        help: "end of the document",
    },
    Binding {
        group: "Sections",
        contexts: &[Text, Outline],
        keys: &[plain(']')],
        action: Action::NextSection,
        name: "next-section",
        help: "next section",
    },
    Binding {
        group: "Sections",
        contexts: &[Text, Outline],
        keys: &[plain('[')],
        action: Action::PreviousSection,
        name: "previous-section",
        help: "previous section",
    },
    Binding {
        group: "Sections",
        contexts: &[Text, Outline],
        keys: &[plain('}')],
        action: Action::NextTopSection,
        name: "next-top-section",
        help: "next top-level section",
    },
    Binding {
        group: "Sections",
        contexts: &[Text, Outline],
        keys: &[plain('{')],
        action: Action::PreviousTopSection,
        name: "previous-top-section",
        help: "previous top-level section",
    },
    Binding {
        group: "Outline",
        contexts: &[Text, Outline],
        keys: &[code(KeyCode::Tab), code(KeyCode::BackTab)],
        action: Action::ToggleFocus,
        name: "toggle-focus",
        help: "move focus: outline ⇄ text",
    },
    Binding {
        group: "Outline",
        contexts: &[Text, Outline],
        keys: &[plain('o')],
        action: Action::ToggleOutline,
        name: "toggle-outline",
        help: "show or hide the outline",
    },
    Binding {
        group: "Outline",
        contexts: &[Outline],
        keys: &[plain('j'), code(KeyCode::Down)],
        action: Action::OutlineDown,
        name: "outline-down",
        help: "next entry",
    },
    Binding {
        group: "Outline",
        contexts: &[Outline],
        keys: &[plain('k'), code(KeyCode::Up)],
        action: Action::OutlineUp,
        name: "outline-up",
        help: "previous entry",
    },
    Binding {
        group: "Outline",
        contexts: &[Outline],
        keys: &[code(KeyCode::Enter)],
        action: Action::OutlineOpen,
        name: "outline-open",
        help: "read this section",
    },
    Binding {
        group: "Outline",
        contexts: &[Outline],
        keys: &[plain('h'), code(KeyCode::Left)],
        action: Action::OutlineCollapse,
        name: "outline-collapse",
        help: "collapse (or go to parent)",
    },
    Binding {
        group: "Outline",
        contexts: &[Outline],
        keys: &[plain('l'), code(KeyCode::Right)],
        action: Action::OutlineExpand,
        name: "outline-expand",
        help: "expand",
    },
    Binding {
        group: "Jump",
        contexts: &[Text, Outline],
        keys: &[plain('f'), ctrl('p')],
        action: Action::OpenPalette,
        name: "open-palette",
        help: "jump to a section by name",
    },
    Binding {
        group: "Jump",
        contexts: &[Palette],
        keys: &[code(KeyCode::Down), ctrl('n'), code(KeyCode::Tab)],
        action: Action::PaletteNext,
        name: "palette-next",
        help: "next result",
    },
    Binding {
        group: "Jump",
        contexts: &[Palette],
        keys: &[code(KeyCode::Up), ctrl('p'), code(KeyCode::BackTab)],
        action: Action::PalettePrevious,
        name: "palette-previous",
        help: "previous result",
    },
    Binding {
        group: "Jump",
        contexts: &[Palette],
        keys: &[code(KeyCode::Enter)],
        action: Action::PaletteAccept,
        name: "palette-accept",
        help: "go there",
    },
    Binding {
        group: "Jump",
        contexts: &[Palette],
        keys: &[code(KeyCode::Backspace)],
        action: Action::PaletteBackspace,
        name: "palette-backspace",
        help: "delete a character",
    },
    Binding {
        group: "Jump",
        contexts: &[Palette],
        keys: &[ctrl('w')],
        action: Action::PaletteDeleteWord,
        name: "palette-delete-word",
        help: "delete a word",
    },
    Binding {
        group: "Jump",
        contexts: &[Palette],
        keys: &[ctrl('u')],
        action: Action::PaletteClear,
        name: "palette-clear",
        help: "clear the query",
    },
    Binding {
        group: "Search",
        contexts: &[Text, Outline],
        keys: &[plain('/')],
        action: Action::OpenSearch,
        name: "open-search",
        help: "search the text",
    },
    Binding {
        group: "Search",
        contexts: &[Text, Outline],
        keys: &[plain('n')],
        action: Action::SearchNext,
        name: "search-next",
        help: "next match",
    },
    Binding {
        group: "Search",
        contexts: &[Text, Outline],
        keys: &[plain('N')],
        action: Action::SearchPrevious,
        name: "search-previous",
        help: "previous match",
    },
    Binding {
        group: "Search",
        contexts: &[Text, Outline],
        keys: &[plain('F'), alt('/')],
        action: Action::OpenSearchResults,
        name: "open-search-results",
        help: "every match, by section",
    },
    Binding {
        group: "Search",
        contexts: &[Text, Outline],
        keys: &[plain('\\'), code(KeyCode::Esc)],
        action: Action::ClearHighlights,
        name: "clear-highlights",
        help: "clear the highlights",
    },
    Binding {
        group: "Search",
        contexts: &[Search],
        keys: &[code(KeyCode::Enter)],
        action: Action::SearchAccept,
        name: "search-accept",
        help: "stay at the match",
    },
    Binding {
        group: "Search",
        contexts: &[Search],
        keys: &[ctrl('r')],
        action: Action::SearchToggleRegex,
        name: "search-toggle-regex",
        help: "text ⇄ regex",
    },
    Binding {
        group: "Search",
        contexts: &[Search],
        keys: &[code(KeyCode::Up)],
        action: Action::SearchHistoryOlder,
        name: "search-history-older",
        help: "older query",
    },
    Binding {
        group: "Search",
        contexts: &[Search],
        keys: &[code(KeyCode::Down)],
        action: Action::SearchHistoryNewer,
        name: "search-history-newer",
        help: "newer query",
    },
    Binding {
        group: "Search",
        contexts: &[Search],
        keys: &[code(KeyCode::Backspace)],
        action: Action::SearchBackspace,
        name: "search-backspace",
        help: "delete a character",
    },
    Binding {
        group: "Search",
        contexts: &[Search],
        keys: &[ctrl('w')],
        action: Action::SearchDeleteWord,
        name: "search-delete-word",
        help: "delete a word",
    },
    Binding {
        group: "Search",
        contexts: &[Search],
        keys: &[ctrl('u')],
        action: Action::SearchClear,
        name: "search-clear",
        help: "clear the query",
    },
    Binding {
        group: "Search",
        contexts: &[SearchResults],
        keys: &[plain('j'), code(KeyCode::Down)],
        action: Action::SearchResultsNext,
        name: "search-results-next",
        help: "next row",
    },
    Binding {
        group: "Search",
        contexts: &[SearchResults],
        keys: &[plain('k'), code(KeyCode::Up)],
        action: Action::SearchResultsPrevious,
        name: "search-results-previous",
        help: "previous row",
    },
    Binding {
        group: "Search",
        contexts: &[SearchResults],
        keys: &[code(KeyCode::Enter)],
        action: Action::SearchResultsJump,
        name: "search-results-jump",
        help: "go to the match",
    },
    Binding {
        group: "Bookmarks",
        contexts: &[Text, Outline],
        keys: &[plain('m')],
        action: Action::AddBookmark,
        name: "add-bookmark",
        help: "bookmark the top passage",
    },
    Binding {
        group: "Bookmarks",
        contexts: &[Text, Outline],
        keys: &[plain('B')],
        action: Action::OpenBookmarks,
        name: "open-bookmarks",
        help: "list bookmarks",
    },
    Binding {
        group: "Bookmarks",
        contexts: &[Bookmarks],
        keys: &[plain('j'), code(KeyCode::Down)],
        action: Action::BookmarkNext,
        name: "bookmark-next",
        help: "next bookmark",
    },
    Binding {
        group: "Bookmarks",
        contexts: &[Bookmarks],
        keys: &[plain('k'), code(KeyCode::Up)],
        action: Action::BookmarkPrevious,
        name: "bookmark-previous",
        help: "previous bookmark",
    },
    Binding {
        group: "Bookmarks",
        contexts: &[Bookmarks],
        keys: &[code(KeyCode::Enter)],
        action: Action::BookmarkJump,
        name: "bookmark-jump",
        help: "go to the bookmark",
    },
    Binding {
        group: "Bookmarks",
        contexts: &[Bookmarks],
        keys: &[plain('d')],
        action: Action::BookmarkDelete,
        name: "bookmark-delete",
        help: "delete it",
    },
    Binding {
        group: "Bookmarks",
        contexts: &[Bookmarks],
        keys: &[plain('u')],
        action: Action::BookmarkUndo,
        name: "bookmark-undo",
        help: "undo the last delete",
    },
    Binding {
        group: "Bookmarks",
        contexts: &[Bookmarks],
        keys: &[plain('r')],
        action: Action::BookmarkRename,
        name: "bookmark-rename",
        help: "rename it",
    },
    Binding {
        group: "Bookmarks",
        contexts: &[Bookmarks],
        keys: &[plain('a')],
        action: Action::BookmarkToggleAll,
        name: "bookmark-toggle-all",
        help: "this or all documents",
    },
    Binding {
        group: "Bookmarks",
        contexts: &[Prompt],
        keys: &[code(KeyCode::Enter)],
        action: Action::PromptAccept,
        name: "prompt-accept",
        help: "accept the label",
    },
    Binding {
        group: "Bookmarks",
        contexts: &[Prompt],
        keys: &[code(KeyCode::Backspace)],
        action: Action::PromptBackspace,
        name: "prompt-backspace",
        help: "delete a character",
    },
    Binding {
        group: "Bookmarks",
        contexts: &[Prompt],
        keys: &[ctrl('u')],
        action: Action::PromptClear,
        name: "prompt-clear",
        help: "clear the label",
    },
    Binding {
        group: "General",
        contexts: &[Help],
        keys: &[plain('j'), code(KeyCode::Down)],
        action: Action::HelpDown,
        name: "help-down",
        help: "scroll this help",
    },
    Binding {
        group: "General",
        contexts: &[Help],
        keys: &[plain('k'), code(KeyCode::Up)],
        action: Action::HelpUp,
        name: "help-up",
        help: "scroll this help back",
    },
    Binding {
        group: "General",
        contexts: &[Text, Outline, Help],
        keys: &[plain('?')],
        action: Action::ToggleHelp,
        name: "toggle-help",
        help: "show or hide this help",
    },
    Binding {
        group: "General",
        contexts: &[Help, Bookmarks, SearchResults, Documents],
        keys: &[code(KeyCode::Esc), plain('q')],
        action: Action::CloseOverlay,
        name: "close-overlay",
        help: "close help or the list",
    },
    Binding {
        group: "General",
        contexts: &[Palette, Prompt, Search],
        keys: &[code(KeyCode::Esc)],
        action: Action::CloseOverlay,
        name: "cancel",
        help: "close, stay where you were",
    },
    Binding {
        group: "Documents",
        contexts: &[Text, Outline],
        keys: &[plain('D')],
        action: Action::OpenDocuments,
        name: "open-documents",
        help: "list the open documents",
    },
    Binding {
        group: "Documents",
        contexts: &[Text, Outline],
        keys: &[ctrl('o')],
        action: Action::SwitchBack,
        name: "switch-back",
        help: "back to the document shown before",
    },
    Binding {
        group: "Documents",
        contexts: &[Documents],
        keys: &[plain('j'), code(KeyCode::Down)],
        action: Action::DocumentsNext,
        name: "documents-next",
        help: "next document",
    },
    Binding {
        group: "Documents",
        contexts: &[Documents],
        keys: &[plain('k'), code(KeyCode::Up)],
        action: Action::DocumentsPrevious,
        name: "documents-previous",
        help: "previous document",
    },
    Binding {
        group: "Documents",
        contexts: &[Documents],
        keys: &[code(KeyCode::Enter)],
        action: Action::DocumentsOpen,
        name: "documents-open",
        help: "read that document",
    },
    Binding {
        group: "General",
        contexts: &[Text, Outline],
        keys: &[plain('r'), plain('R')],
        action: Action::Reload,
        name: "reload",
        help: "reload the file from disk",
    },
    Binding {
        group: "General",
        contexts: &[Text, Outline],
        keys: &[plain('q')],
        action: Action::Quit,
        name: "quit",
        help: "quit",
    },
    Binding {
        group: "General",
        contexts: &[
            Text,
            Outline,
            Help,
            Palette,
            Bookmarks,
            Prompt,
            Search,
            SearchResults,
            Documents,
        ],
        keys: &[ctrl('c')],
        action: Action::Quit,
        name: "force-quit",
        help: "quit, always",
    },
];

/// The action a key press means in `context`, if any.
/// The bindings in force: the table's, with the keys the config file
/// gives an action instead of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    /// Per entry of [`BINDINGS`].
    keys: Vec<Vec<Key>>,
    rebound: Vec<bool>,
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap {
            keys: BINDINGS.iter().map(|b| b.keys.to_vec()).collect(),
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

    /// What `event` does in `context`. A key the user bound wins over the
    /// same key's default binding.
    pub fn action_for(&self, event: &KeyEvent, context: KeyContext) -> Option<Action> {
        // Shifted letters arrive as 'G' with SHIFT; compare the character alone.
        let modifiers = event.modifiers - KeyModifiers::SHIFT;
        let matches = |i: &usize| {
            BINDINGS[*i].contexts.contains(&context)
                && self.keys[*i]
                    .iter()
                    .any(|k| k.code == event.code && k.modifiers == modifiers)
        };
        let all = 0..BINDINGS.len();
        all.clone()
            .filter(|&i| self.rebound[i])
            .find(matches)
            .or_else(|| all.filter(|&i| !self.rebound[i]).find(matches))
            .map(|i| BINDINGS[i].action.clone())
            .or_else(|| typed_into_palette(event, context, modifiers))
    }
}

impl Key {
    /// The key as [`Key::parse`] reads it.
    pub fn config_name(&self) -> String {
        let name = match self.code {
            KeyCode::Char(' ') => "Space".to_owned(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::BackTab => "Shift-Tab".to_owned(),
            KeyCode::F(n) => format!("F{n}"),
            KeyCode::PageUp => "PageUp".to_owned(),
            KeyCode::PageDown => "PageDown".to_owned(),
            other => format!("{other:?}"),
        };
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{name}")
        } else if self.modifiers.contains(KeyModifiers::ALT) {
            format!("Alt-{name}")
        } else {
            name
        }
    }

    /// A key as the config file and `App::press` write it: `j`, `G`,
    /// `Ctrl-d`, `Alt-/`, `Space`, `Enter`, `PageDown`, `F5`…
    pub fn parse(text: &str) -> Result<Key, String> {
        let (modifiers, name) = if let Some(rest) = text.strip_prefix("Ctrl-") {
            (KeyModifiers::CONTROL, rest)
        } else if let Some(rest) = text.strip_prefix("Alt-") {
            (KeyModifiers::ALT, rest)
        } else {
            (KeyModifiers::NONE, text)
        };
        let code = match name {
            "Space" => KeyCode::Char(' '),
            "Enter" => KeyCode::Enter,
            "Tab" => KeyCode::Tab,
            "Shift-Tab" | "BackTab" => KeyCode::BackTab,
            "Esc" => KeyCode::Esc,
            "Backspace" => KeyCode::Backspace,
            "Delete" => KeyCode::Delete,
            "Up" => KeyCode::Up,
            "Down" => KeyCode::Down,
            "Left" => KeyCode::Left,
            "Right" => KeyCode::Right,
            "PageUp" | "PgUp" => KeyCode::PageUp,
            "PageDown" | "PgDn" => KeyCode::PageDown,
            "Home" => KeyCode::Home,
            "End" => KeyCode::End,
            _ => {
                let mut chars = name.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => KeyCode::Char(c),
                    _ => match name.strip_prefix('F').and_then(|n| n.parse::<u8>().ok()) {
                        Some(n @ 1..=12) => KeyCode::F(n),
                        _ => return Err(format!("\"{text}\" is not a key")),
                    },
                }
            }
        };
        Ok(Key { code, modifiers })
    }
}

/// In the palette and the prompt, a key no binding claims types its
/// character.
fn typed_into_palette(
    event: &KeyEvent,
    context: KeyContext,
    modifiers: KeyModifiers,
) -> Option<Action> {
    match (event.code, context) {
        (KeyCode::Char(c), KeyContext::Palette) if modifiers.is_empty() => {
            Some(Action::PaletteInput(c))
        }
        (KeyCode::Char(c), KeyContext::Prompt) if modifiers.is_empty() => {
            Some(Action::PromptInput(c))
        }
        (KeyCode::Char(c), KeyContext::Search) if modifiers.is_empty() => {
            Some(Action::SearchInput(c))
        }
        _ => None,
    }
}

/// How help shows a key: `j`, `Ctrl-d`, `PgDn`, `Space`.
pub fn key_label(key: &Key) -> String {
    let name = match key.code {
        KeyCode::Char(' ') => "Space".to_owned(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Down => "↓".to_owned(),
        KeyCode::Up => "↑".to_owned(),
        KeyCode::Left => "←".to_owned(),
        KeyCode::Right => "→".to_owned(),
        KeyCode::PageDown => "PgDn".to_owned(),
        KeyCode::PageUp => "PgUp".to_owned(),
        KeyCode::BackTab => "Shift-Tab".to_owned(),
        other => other.to_string(),
    };
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{name}")
    } else if key.modifiers.contains(KeyModifiers::ALT) {
        format!("Alt-{name}")
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn action_for(event: &KeyEvent, context: KeyContext) -> Option<Action> {
        Keymap::default().action_for(event, context)
    }

    fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn the_same_key_means_different_things_by_focus() {
        let j = key(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(action_for(&j, KeyContext::Text), Some(Action::ScrollDown));
        assert_eq!(
            action_for(&j, KeyContext::Outline),
            Some(Action::OutlineDown)
        );
        assert_eq!(action_for(&j, KeyContext::Help), Some(Action::HelpDown));
        assert_eq!(
            action_for(&j, KeyContext::Bookmarks),
            Some(Action::BookmarkNext)
        );
    }

    #[test]
    fn shifted_and_control_keys() {
        let g = key(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(action_for(&g, KeyContext::Text), Some(Action::GoBottom));
        let cd = key(KeyCode::Char('d'), KeyModifiers::CONTROL);
        assert_eq!(
            action_for(&cd, KeyContext::Text),
            Some(Action::HalfPageDown)
        );
        let cc = key(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for(&cc, KeyContext::Help), Some(Action::Quit));
    }

    #[test]
    fn the_palette_takes_typed_characters_and_its_own_keys() {
        let q = key(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(
            action_for(&q, KeyContext::Palette),
            Some(Action::PaletteInput('q'))
        );
        let big = key(KeyCode::Char('Q'), KeyModifiers::SHIFT);
        assert_eq!(
            action_for(&big, KeyContext::Palette),
            Some(Action::PaletteInput('Q'))
        );
        let cp = key(KeyCode::Char('p'), KeyModifiers::CONTROL);
        assert_eq!(
            action_for(&cp, KeyContext::Palette),
            Some(Action::PalettePrevious)
        );
        assert_eq!(action_for(&cp, KeyContext::Text), Some(Action::OpenPalette));
        let f = key(KeyCode::Char('f'), KeyModifiers::NONE);
        assert_eq!(action_for(&f, KeyContext::Text), Some(Action::OpenPalette));
    }

    #[test]
    fn labels_read_like_the_docs() {
        assert_eq!(key_label(&ctrl('d')), "Ctrl-d");
        assert_eq!(key_label(&plain(' ')), "Space");
    }
}
