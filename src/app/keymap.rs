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

const fn code(code: KeyCode) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::NONE,
    }
}

/// One row of the table.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub group: &'static str,
    pub contexts: &'static [KeyContext],
    pub keys: &'static [Key],
    pub action: Action,
    pub help: &'static str,
}

use KeyContext::{Help, Outline, Text};

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
        help: "switch between outline and text",
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
        group: "General",
        contexts: &[Text, Outline, Help],
        keys: &[plain('?')],
        action: Action::ToggleHelp,
        help: "show or hide this help",
    },
    Binding {
        group: "General",
        contexts: &[Help],
        keys: &[code(KeyCode::Esc), plain('q')],
        action: Action::CloseOverlay,
        help: "close help",
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
        contexts: &[Text, Outline, Help],
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
        .map(|b| b.action)
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
        assert_eq!(action_for(&j, KeyContext::Help), None);
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
    fn labels_read_like_the_docs() {
        assert_eq!(key_label(&ctrl('d')), "Ctrl-d");
        assert_eq!(key_label(&plain(' ')), "Space");
    }
}
