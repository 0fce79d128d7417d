//! Colours and text styles, passed to the drawing code by reference. Three
//! themes, all within the 16 ANSI colours (so they work in any colour
//! terminal and follow its palette): dark, light, and mono (no colour at
//! all, for `NO_COLOR` and monochrome terminals).

use ratatui::style::{Color, Modifier, Style};

/// Every style the UI uses.
#[derive(Debug, Clone)]
pub struct Theme {
    /// Links drawn as OSC 8 hyperlinks (off in tests' screens; the reader
    /// turns it on).
    pub hyperlinks: bool,
    /// Whether colours from the document (a log's colour codes) are shown.
    pub colour: bool,
    pub text: Style,
    pub headings: [Style; 3],
    pub byline: Style,
    pub code: Style,
    pub emphasis: Style,
    pub strong: Style,
    pub link: Style,
    /// A link's address after its text.
    pub url: Style,
    /// Code by role (see [`crate::highlight::ROLES`]): keyword, string,
    /// comment, number, constant, function, type, attribute.
    pub syntax: [Style; 8],
    pub prefix: Style,
    pub placeholder: Style,
    pub clipped: Style,
    pub outline: Style,
    pub outline_read: Style,
    pub outline_current: Style,
    pub outline_cursor: Style,
    pub border: Style,
    pub bookmark: Style,
    pub match_other: Style,
    pub match_current: Style,
    pub status: Style,
    pub status_message: Style,
    pub help: Style,
    pub help_key: Style,
}

/// The themes `--theme` and the config file can name.
pub const THEME_NAMES: [&str; 3] = ["dark", "light", "mono"];

impl Default for Theme {
    fn default() -> Self {
        Theme::dark()
    }
}

impl Theme {
    /// A theme by name (`dark`, `light`, `mono`).
    pub fn named(name: &str) -> Option<Theme> {
        match name {
            "dark" => Some(Theme::dark()),
            "light" => Some(Theme::light()),
            "mono" => Some(Theme::mono()),
            _ => None,
        }
    }

    /// For light backgrounds: darker hues, no yellow text.
    pub fn light() -> Theme {
        let dark = Theme::dark();
        Theme {
            headings: [
                Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
                Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
                Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
            ],
            code: Style::new().fg(Color::Red),
            // Darker hues for a light background; no yellow.
            syntax: [
                Style::new().fg(Color::Magenta),
                Style::new().fg(Color::Green),
                Style::new()
                    .fg(Color::DarkGray)
                    .add_modifier(Modifier::ITALIC),
                Style::new().fg(Color::Red),
                Style::new().fg(Color::Red),
                Style::new().fg(Color::Blue),
                Style::new().fg(Color::Cyan),
                Style::new().fg(Color::Blue),
            ],
            outline_current: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
            match_other: Style::new().fg(Color::Black).bg(Color::LightYellow),
            match_current: Style::new()
                .fg(Color::White)
                .bg(Color::Blue)
                .add_modifier(Modifier::BOLD),
            status_message: Style::new()
                .fg(Color::Blue)
                .add_modifier(Modifier::REVERSED),
            help_key: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
            ..dark
        }
    }

    /// No colour: bold, italic, underline, dim and reverse only.
    pub fn mono() -> Theme {
        let dim = Style::new().add_modifier(Modifier::DIM);
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            hyperlinks: false,
            colour: false,
            text: Style::new(),
            headings: [
                bold.add_modifier(Modifier::UNDERLINED),
                bold,
                bold.add_modifier(Modifier::ITALIC),
            ],
            byline: Style::new().add_modifier(Modifier::ITALIC),
            code: Style::new(),
            emphasis: Style::new().add_modifier(Modifier::ITALIC),
            strong: bold,
            link: Style::new().add_modifier(Modifier::UNDERLINED),
            url: dim,
            // No colour: code is set apart by its rule, not its tokens.
            syntax: [Style::new(); 8],
            prefix: dim,
            placeholder: dim,
            clipped: dim,
            outline: Style::new(),
            outline_read: dim,
            outline_current: bold,
            outline_cursor: Style::new().add_modifier(Modifier::REVERSED),
            border: dim,
            bookmark: bold,
            match_other: Style::new().add_modifier(Modifier::REVERSED),
            match_current: Style::new()
                .add_modifier(Modifier::REVERSED | Modifier::BOLD | Modifier::UNDERLINED),
            status: Style::new().add_modifier(Modifier::REVERSED),
            status_message: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            help: Style::new(),
            help_key: bold,
        }
    }

    /// For dark backgrounds: the default.
    pub fn dark() -> Theme {
        let dim = Style::new().add_modifier(Modifier::DIM);
        Theme {
            hyperlinks: false,
            colour: true,
            text: Style::new(),
            headings: [
                Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
                Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
                Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
            ],
            byline: Style::new().add_modifier(Modifier::ITALIC),
            code: Style::new().fg(Color::LightBlue),
            emphasis: Style::new().add_modifier(Modifier::ITALIC),
            strong: Style::new().add_modifier(Modifier::BOLD),
            link: Style::new()
                .fg(Color::Blue)
                .add_modifier(Modifier::UNDERLINED),
            url: dim,
            syntax: [
                Style::new().fg(Color::Magenta),
                Style::new().fg(Color::Green),
                Style::new()
                    .fg(Color::DarkGray)
                    .add_modifier(Modifier::ITALIC),
                Style::new().fg(Color::LightRed),
                Style::new().fg(Color::LightRed),
                Style::new().fg(Color::LightBlue),
                Style::new().fg(Color::Yellow),
                Style::new().fg(Color::Cyan),
            ],
            prefix: dim,
            placeholder: Style::new().fg(Color::Red).add_modifier(Modifier::DIM),
            clipped: Style::new().fg(Color::Magenta),
            outline: Style::new(),
            outline_read: dim,
            outline_current: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            outline_cursor: Style::new().add_modifier(Modifier::REVERSED),
            border: dim,
            match_other: Style::new().fg(Color::Black).bg(Color::Yellow),
            match_current: Style::new()
                .fg(Color::Black)
                .bg(Color::LightGreen)
                .add_modifier(Modifier::BOLD),
            bookmark: Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
            status: Style::new().add_modifier(Modifier::REVERSED),
            status_message: Style::new()
                .fg(Color::Yellow)
                .add_modifier(Modifier::REVERSED),
            help: Style::new(),
            help_key: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
        }
    }
}

impl Theme {
    /// The style of a heading of `level` (1 is the top).
    pub fn heading(&self, level: u8) -> Style {
        self.headings[usize::from(level.clamp(1, 3)) - 1]
    }
}
