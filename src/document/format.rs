//! Which reader a document's bytes go to.

use super::plain;

/// How the source is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text: structure is detected by heuristics (and lightweight
    /// markup recognised by its content).
    Plain,
    /// CommonMark with GitHub tables and front matter.
    Markdown,
    /// Plain text in a lightweight markup whose headings are marked:
    /// AsciiDoc, Org, Vim help, a NEWS file.
    Marked(plain::markup::Markup),
    /// The text `man` sends to a pager, bold and underline overstruck.
    ManPage,
    /// HTML, read as the Markdown it means (see [`html`]).
    Html,
    /// An EPUB book: its chapters read as HTML, its outline its own table
    /// of contents (see [`epub`]).
    Epub,
}

impl Format {
    /// The format a file name suggests: Markdown for `.md`/`.markdown`,
    /// AsciiDoc for `.adoc`, Org for `.org`.
    pub fn from_name(name: &str) -> Format {
        let lower = name.to_ascii_lowercase();
        if [".md", ".markdown", ".mdown", ".mkd"]
            .iter()
            .any(|ext| lower.ends_with(ext))
        {
            Format::Markdown
        } else if [".html", ".htm", ".xhtml"]
            .iter()
            .any(|ext| lower.ends_with(ext))
        {
            Format::Html
        } else if lower.ends_with(".epub") {
            Format::Epub
        } else if is_man_name(&lower) {
            Format::ManPage
        } else if let Some(markup) = plain::markup::from_name(&lower) {
            Format::Marked(markup)
        } else {
            Format::Plain
        }
    }
}

/// A man page's name: `xz.1`, `printf.3p`, `dropbear.8`, `x.man`.
fn is_man_name(lower: &str) -> bool {
    if lower.ends_with(".man") {
        return true;
    }
    let Some((_, extension)) = lower.rsplit_once('.') else {
        return false;
    };
    let mut chars = extension.chars();
    chars.next().is_some_and(|c| ('1'..='9').contains(&c))
        && extension.len() <= 4
        && chars.all(|c| c.is_ascii_alphabetic())
}
