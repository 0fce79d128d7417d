//! The formats lectern reads. Which file goes to which is decided in one
//! place, the registry in [`super::readers`]; this is only their names.

use super::plain::markup::Markup;

/// How the source is to be read: one per row of the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text: structure is detected by heuristics (and lightweight
    /// markup recognised by its content).
    Plain,
    /// CommonMark with GitHub tables and front matter.
    Markdown,
    /// MDX: Markdown with JavaScript modules and JSX.
    Mdx,
    /// AsciiDoc: `=` … `======` section titles.
    AsciiDoc,
    /// Org mode: `*` headlines.
    Org,
    /// Vim help: titles after `===` or `---` rules, tagged `*tag*`.
    VimHelp,
    /// A GNU-style NEWS file: release lines, `*` categories.
    News,
    /// A changelog: Debian's, or GNU's `ChangeLog`.
    ChangeLog,
    /// A man page's roff source (`xz.1`).
    ManRoff,
    /// The text `man` sends to a pager, bold and underline overstruck.
    ManText,
    /// HTML.
    Html,
    /// An EPUB book: its chapters read as HTML, its outline its own table
    /// of contents.
    Epub,
    /// Aozora Bunko notation (Japanese books): `［＃…］` annotations.
    Aozora,
    /// Subtitles: SubRip (`.srt`) or WebVTT (`.vtt`) cues.
    Subtitles,
    /// A GNU Info file: makeinfo's text, split into nodes.
    Info,
}

impl Format {
    /// The lightweight markup whose marked headings plain-text detection
    /// takes, for the formats that are one.
    pub fn markup(self) -> Option<Markup> {
        match self {
            Format::AsciiDoc => Some(Markup::AsciiDoc),
            Format::Org => Some(Markup::Org),
            Format::VimHelp => Some(Markup::VimHelp),
            Format::News => Some(Markup::News),
            Format::ChangeLog => Some(Markup::ChangeLog),
            _ => None,
        }
    }

    /// Whether the document's headings are its own markup's (Markdown and
    /// what is converted through it), not detected.
    pub fn is_marked_up(self) -> bool {
        matches!(
            self,
            Format::Markdown | Format::Mdx | Format::Html | Format::Epub
        )
    }

    /// Whether its headings are detected in plain text (and so may be
    /// given by `--heading` patterns instead).
    pub fn is_detected(self) -> bool {
        self == Format::Plain || self.markup().is_some()
    }
}

/// Why a document was read as its format (`--outline --explain` says it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReadBy {
    /// `--format` asked for it.
    Asked,
    /// The file's name matched this pattern.
    Name(&'static str),
    /// Its content showed it.
    Content,
    /// Nothing else said: plain text.
    #[default]
    Default,
}

impl std::fmt::Display for ReadBy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadBy::Asked => f.write_str("as --format asked"),
            ReadBy::Name(pattern) => write!(f, "by its name, {pattern}"),
            ReadBy::Content => f.write_str("by its content"),
            ReadBy::Default => f.write_str("as nothing showed another format"),
        }
    }
}
