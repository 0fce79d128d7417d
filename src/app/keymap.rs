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
}

/// A key with its modifiers and how help shows it.
#[derive(Debug, Clone, Copy)]
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
    pub help: &'static str,
}

use KeyContext::{Bookmarks, Help, Outline, Palette, Prompt, Search, SearchResults, Text};

/// Every binding, in the order help lists them.
pub const BINDINGS: &[Binding] = &[
    Binding {
        group: "Move",
        contexts: &[Text],
        keys: &[plain('j'), code(KeyCode::Down)],
        action: Action::ScrollDown,
        help: "one line down",
    },
    Binding {
        group: "Move",
        contexts: &[Text],
        keys: &[plain('k'), code(KeyCode::Up)],
        action: Action::ScrollUp,
        help: "one line up",
    },
    Binding {
        group: "Move",
        contexts: &[Text, Outline],
        keys: &[ctrl('d')],
        action: Action::HalfPageDown,
        help: "half a page down",
    },
    Binding {
        group: "Move",
        contexts: &[Text, Outline],
        keys: &[ctrl('u')],
        action: Action::HalfPageUp,
        help: "half a page up",
    },
    Binding {
        group: "Move",
        contexts: &[Text],
        keys: &[plain(' '), code(KeyCode::PageDown), ctrl('f')],
        action: Action::PageDown,
        help: "one page down",
    },
    Binding {
        group: "Move",
        contexts: &[Text],
        keys: &[plain('b'), code(KeyCode::PageUp), ctrl('b')],
        action: Action::PageUp,
        help: "one page up",
    },
    Binding {
        group: "Move",
        contexts: &[Text, Outline],
        keys: &[plain('g'), code(KeyCode::Home)],
        action: Action::GoTop,
        help: "top of the document",
    },
    Binding {
        group: "Move",
        contexts: &[Text, Outline],
        keys: &[plain('G'), code(KeyCode::End)],
        action: Action::GoBottom,
        help: "end of the document",
    },
    Binding {
        group: "Sections",
        contexts: &[Text, Outline],
        keys: &[plain(']')],
        action: Action::NextSection,
        help: "next section",
    },
    Binding {
        group: "Sections",
        contexts: &[Text, Outline],
        keys: &[plain('[')],
        action: Action::PreviousSection,
        help: "previous section",
    },
    Binding {
        group: "Sections",
        contexts: &[Text, Outline],
        keys: &[plain('}')],
        action: Action::NextTopSection,
        help: "next top-level section",
    },
    Binding {
        group: "Sections",
        contexts: &[Text, Outline],
        keys: &[plain('{')],
        action: Action::PreviousTopSection,
        help: "previous top-level section",
    },
    Binding {
        group: "Outline",
        contexts: &[Text, Outline],
        keys: &[code(KeyCode::Tab), code(KeyCode::BackTab)],
        action: Action::ToggleFocus,
        help: "move focus: outline ⇄ text",
    },
    Binding {
        group: "Outline",
        contexts: &[Text, Outline],
        keys: &[plain('o')],
        action: Action::ToggleOutline,
        help: "show or hide the outline",
    },
    Binding {
        group: "Outline",
        contexts: &[Outline],
        keys: &[plain('j'), code(KeyCode::Down)],
        action: Action::OutlineDown,
        help: "next entry",
    },
    Binding {
        group: "Outline",
        contexts: &[Outline],
        keys: &[plain('k'), code(KeyCode::Up)],
        action: Action::OutlineUp,
        help: "previous entry",
    },
    Binding {
        group: "Outline",
        contexts: &[Outline],
        keys: &[code(KeyCode::Enter)],
        action: Action::OutlineOpen,
        help: "read this section",
    },
    Binding {
        group: "Outline",
        contexts: &[Outline],
        keys: &[plain('h'), code(KeyCode::Left)],
        action: Action::OutlineCollapse,
        help: "collapse (or go to parent)",
    },
    Binding {
        group: "Outline",
        contexts: &[Outline],
        keys: &[plain('l'), code(KeyCode::Right)],
        action: Action::OutlineExpand,
        help: "expand",
    },
    Binding {
        group: "Jump",
        contexts: &[Text, Outline],
        keys: &[plain('f'), ctrl('p')],
        action: Action::OpenPalette,
        help: "jump to a section by name",
    },
    Binding {
        group: "Jump",
        contexts: &[Palette],
        keys: &[code(KeyCode::Down), ctrl('n'), code(KeyCode::Tab)],
        action: Action::PaletteNext,
        help: "next result",
    },
    Binding {
        group: "Jump",
        contexts: &[Palette],
        keys: &[code(KeyCode::Up), ctrl('p'), code(KeyCode::BackTab)],
        action: Action::PalettePrevious,
        help: "previous result",
    },
    Binding {
        group: "Jump",
        contexts: &[Palette],
        keys: &[code(KeyCode::Enter)],
        action: Action::PaletteAccept,
        help: "go there",
    },
    Binding {
        group: "Jump",
        contexts: &[Palette],
        keys: &[code(KeyCode::Backspace)],
        action: Action::PaletteBackspace,
        help: "delete a character",
    },
    Binding {
        group: "Jump",
        contexts: &[Palette],
        keys: &[ctrl('w')],
        action: Action::PaletteDeleteWord,
        help: "delete a word",
    },
    Binding {
        group: "Jump",
        contexts: &[Palette],
        keys: &[ctrl('u')],
        action: Action::PaletteClear,
        help: "clear the query",
    },
    Binding {
        group: "Search",
        contexts: &[Text, Outline],
        keys: &[plain('/')],
        action: Action::OpenSearch,
        help: "search the text",
    },
    Binding {
        group: "Search",
        contexts: &[Text, Outline],
        keys: &[plain('n')],
        action: Action::SearchNext,
        help: "next match",
    },
    Binding {
        group: "Search",
        contexts: &[Text, Outline],
        keys: &[plain('N')],
        action: Action::SearchPrevious,
        help: "previous match",
    },
    Binding {
        group: "Search",
        contexts: &[Text, Outline],
        keys: &[plain('F'), alt('/')],
        action: Action::OpenSearchResults,
        help: "every match, by section",
    },
    Binding {
        group: "Search",
        contexts: &[Text, Outline],
        keys: &[plain('\\'), code(KeyCode::Esc)],
        action: Action::ClearHighlights,
        help: "clear the highlights",
    },
    Binding {
        group: "Search",
        contexts: &[Search],
        keys: &[code(KeyCode::Enter)],
        action: Action::SearchAccept,
        help: "stay at the match",
    },
    Binding {
        group: "Search",
        contexts: &[Search],
        keys: &[ctrl('r')],
        action: Action::SearchToggleRegex,
        help: "text ⇄ regex",
    },
    Binding {
        group: "Search",
        contexts: &[Search],
        keys: &[code(KeyCode::Up)],
        action: Action::SearchHistoryOlder,
        help: "older query",
    },
    Binding {
        group: "Search",
        contexts: &[Search],
        keys: &[code(KeyCode::Down)],
        action: Action::SearchHistoryNewer,
        help: "newer query",
    },
    Binding {
        group: "Search",
        contexts: &[Search],
        keys: &[code(KeyCode::Backspace)],
        action: Action::SearchBackspace,
        help: "delete a character",
    },
    Binding {
        group: "Search",
        contexts: &[Search],
        keys: &[ctrl('w')],
        action: Action::SearchDeleteWord,
        help: "delete a word",
    },
    Binding {
        group: "Search",
        contexts: &[Search],
        keys: &[ctrl('u')],
        action: Action::SearchClear,
        help: "clear the query",
    },
    Binding {
        group: "Search",
        contexts: &[SearchResults],
        keys: &[plain('j'), code(KeyCode::Down)],
        action: Action::SearchResultsNext,
        help: "next row",
    },
    Binding {
        group: "Search",
        contexts: &[SearchResults],
        keys: &[plain('k'), code(KeyCode::Up)],
        action: Action::SearchResultsPrevious,
        help: "previous row",
    },
    Binding {
        group: "Search",
        contexts: &[SearchResults],
        keys: &[code(KeyCode::Enter)],
        action: Action::SearchResultsJump,
        help: "go to the match",
    },
    Binding {
        group: "Bookmarks",
        contexts: &[Text, Outline],
        keys: &[plain('m')],
        action: Action::AddBookmark,
        help: "bookmark the top passage",
    },
    Binding {
        group: "Bookmarks",
        contexts: &[Text, Outline],
        keys: &[plain('B')],
        action: Action::OpenBookmarks,
        help: "list bookmarks",
    },
    Binding {
        group: "Bookmarks",
        contexts: &[Bookmarks],
        keys: &[plain('j'), code(KeyCode::Down)],
        action: Action::BookmarkNext,
        help: "next bookmark",
    },
    Binding {
        group: "Bookmarks",
        contexts: &[Bookmarks],
        keys: &[plain('k'), code(KeyCode::Up)],
        action: Action::BookmarkPrevious,
        help: "previous bookmark",
    },
    Binding {
        group: "Bookmarks",
        contexts: &[Bookmarks],
        keys: &[code(KeyCode::Enter)],
        action: Action::BookmarkJump,
        help: "go to the bookmark",
    },
    Binding {
        group: "Bookmarks",
        contexts: &[Bookmarks],
        keys: &[plain('d')],
        action: Action::BookmarkDelete,
        help: "delete it",
    },
    Binding {
        group: "Bookmarks",
        contexts: &[Bookmarks],
        keys: &[plain('u')],
        action: Action::BookmarkUndo,
        help: "undo the last delete",
    },
    Binding {
        group: "Bookmarks",
        contexts: &[Bookmarks],
        keys: &[plain('r')],
        action: Action::BookmarkRename,
        help: "rename it",
    },
    Binding {
        group: "Bookmarks",
        contexts: &[Bookmarks],
        keys: &[plain('a')],
        action: Action::BookmarkToggleAll,
        help: "this or all documents",
    },
    Binding {
        group: "Bookmarks",
        contexts: &[Prompt],
        keys: &[code(KeyCode::Enter)],
        action: Action::PromptAccept,
        help: "accept the label",
    },
    Binding {
        group: "Bookmarks",
        contexts: &[Prompt],
        keys: &[code(KeyCode::Backspace)],
        action: Action::PromptBackspace,
        help: "delete a character",
    },
    Binding {
        group: "Bookmarks",
        contexts: &[Prompt],
        keys: &[ctrl('u')],
        action: Action::PromptClear,
        help: "clear the label",
    },
    Binding {
        group: "General",
        contexts: &[Help],
        keys: &[plain('j'), code(KeyCode::Down)],
        action: Action::HelpDown,
        help: "scroll this help",
    },
    Binding {
        group: "General",
        contexts: &[Help],
        keys: &[plain('k'), code(KeyCode::Up)],
        action: Action::HelpUp,
        help: "scroll this help back",
    },
    Binding {
        group: "General",
        contexts: &[Text, Outline, Help],
        keys: &[plain('?')],
        action: Action::ToggleHelp,
        help: "show or hide this help",
    },
    Binding {
        group: "General",
        contexts: &[Help, Bookmarks, SearchResults],
        keys: &[code(KeyCode::Esc), plain('q')],
        action: Action::CloseOverlay,
        help: "close help or the list",
    },
    Binding {
        group: "General",
        contexts: &[Palette, Prompt, Search],
        keys: &[code(KeyCode::Esc)],
        action: Action::CloseOverlay,
        help: "close, stay where you were",
    },
    Binding {
        group: "General",
        contexts: &[Text, Outline],
        keys: &[plain('r')],
        action: Action::Reload,
        help: "reload the file from disk",
    },
    Binding {
        group: "General",
        contexts: &[Text, Outline],
        keys: &[plain('q')],
        action: Action::Quit,
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
        ],
        keys: &[ctrl('c')],
        action: Action::Quit,
        help: "quit, always",
    },
];

/// The action a key press means in `context`, if any.
pub fn action_for(event: &KeyEvent, context: KeyContext) -> Option<Action> {
    // Shifted letters arrive as 'G' with SHIFT; compare the character alone.
    let modifiers = event.modifiers - KeyModifiers::SHIFT;
    BINDINGS
        .iter()
        .filter(|b| b.contexts.contains(&context))
        .find(|b| {
            b.keys
                .iter()
                .any(|k| k.code == event.code && k.modifiers == modifiers)
        })
        .map(|b| b.action.clone())
        .or_else(|| typed_into_palette(event, context, modifiers))
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
