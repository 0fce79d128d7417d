//! The app's own key type: what a key press is, independent of the terminal
//! library. The shell converts crossterm's events into it; the keymap, the
//! config file and `App::press` speak only this.

use std::fmt;

/// A key on the keyboard, without modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyCode {
    Char(char),
    Enter,
    Tab,
    BackTab,
    Esc,
    Backspace,
    Delete,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    F(u8),
}

/// Ctrl and Alt. Shift is part of the character (`G`, not Shift-g).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Modifiers {
    pub ctrl: bool,
    pub alt: bool,
}

impl Modifiers {
    pub const NONE: Modifiers = Modifiers {
        ctrl: false,
        alt: false,
    };
    pub const CTRL: Modifiers = Modifiers {
        ctrl: true,
        alt: false,
    };
    pub const ALT: Modifiers = Modifiers {
        ctrl: false,
        alt: true,
    };
}

/// A key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: Modifiers,
}

impl Key {
    pub const fn new(code: KeyCode, modifiers: Modifiers) -> Key {
        Key { code, modifiers }
    }

    /// A key as the config file and `App::press` write it: `j`, `G`,
    /// `Ctrl-d`, `Alt-/`, `Space`, `Enter`, `PageDown`, `F5`…
    pub fn parse(text: &str) -> Result<Key, String> {
        let (modifiers, name) = if let Some(rest) = text.strip_prefix("Ctrl-") {
            (Modifiers::CTRL, rest)
        } else if let Some(rest) = text.strip_prefix("Alt-") {
            (Modifiers::ALT, rest)
        } else {
            (Modifiers::NONE, text)
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

    /// The key as [`Key::parse`] reads it (for `--print-config`).
    pub fn config_name(&self) -> String {
        let name = match self.code {
            KeyCode::Char(' ') => "Space".to_owned(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::BackTab => "Shift-Tab".to_owned(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        with_modifiers(self.modifiers, name)
    }

    /// How help shows the key: `j`, `Ctrl-d`, `PgDn`, `↓`.
    pub fn label(&self) -> String {
        let name = match self.code {
            KeyCode::Char(' ') => "Space".to_owned(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Down => "↓".to_owned(),
            KeyCode::Up => "↑".to_owned(),
            KeyCode::Left => "←".to_owned(),
            KeyCode::Right => "→".to_owned(),
            KeyCode::PageDown => "PgDn".to_owned(),
            KeyCode::PageUp => "PgUp".to_owned(),
            KeyCode::BackTab => "Shift-Tab".to_owned(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        with_modifiers(self.modifiers, name)
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

fn with_modifiers(modifiers: Modifiers, name: String) -> String {
    if modifiers.ctrl {
        format!("Ctrl-{name}")
    } else if modifiers.alt {
        format!("Alt-{name}")
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_and_print_back() {
        for name in [
            "j", "G", "Ctrl-d", "Alt-/", "Space", "Enter", "PageDown", "F5",
        ] {
            let key = Key::parse(name).unwrap();
            assert_eq!(Key::parse(&key.config_name()), Ok(key), "{name}");
        }
        assert!(Key::parse("Ctrl-").is_err());
        assert!(Key::parse("F13").is_err());
        assert!(Key::parse("jj").is_err());
    }

    #[test]
    fn labels_read_like_the_docs() {
        assert_eq!(Key::parse("Ctrl-d").unwrap().label(), "Ctrl-d");
        assert_eq!(Key::parse("Space").unwrap().label(), "Space");
        assert_eq!(Key::parse("Down").unwrap().label(), "↓");
    }
}
