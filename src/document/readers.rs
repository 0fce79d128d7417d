//! The one registry of readers: for every format lectern reads, its name
//! (what `--format` takes), the file names it claims, how its content is
//! recognised, and the function that reads it into the document model.
//! Files, folders, standard input, the inside of compressed files,
//! `--format`, `--formats`, `--explain` and the README's table all read
//! this table, so adding a format is one reader and one row here.
//!
//! A format is chosen in this order: `--format`; content that cannot be
//! mistaken (an EPUB's zip, overstruck pager text); the file's name, the
//! first row whose pattern matches; then the content tests in the table's
//! order, plain text last.

use super::format::{Format, ReadBy};
use super::{LinkUrls, Structure, html, manpage, markdown, plain, roff};
use std::borrow::Cow;
use std::sync::LazyLock;

/// How a reader turns a document into the model.
#[derive(Clone, Copy)]
pub enum Read {
    /// From decoded text: the text to keep and its structure.
    Text(fn(String, LinkUrls) -> (String, Structure)),
    /// From the file's bytes as they are (a zip): see [`super::epub`].
    Book,
    /// Plain text whose headings its lightweight markup marks (the
    /// reader's format says which).
    Marked,
}

/// How a reader knows its documents by their content.
#[derive(Clone, Copy)]
pub enum Content {
    /// It does not: only by name or `--format`.
    Never,
    /// It may: tried when the name says nothing.
    Shows(fn(&Head) -> bool),
    /// Beyond doubt: tried before the name.
    Proves(fn(&Head) -> bool),
    /// By its lightweight markup in its first lines (the reader's format
    /// says which): tried when the name says nothing.
    Marked,
}

/// One format lectern reads.
pub struct Reader {
    pub format: Format,
    /// The name `--format` takes.
    pub name: &'static str,
    /// What to call it in messages (`Markdown`).
    pub title: &'static str,
    /// One line for `--help` and `--formats`.
    pub summary: &'static str,
    /// File name patterns it claims (globs, case ignored).
    pub names: &'static [&'static str],
    pub content: Content,
    /// How its outline is made, for `--explain` (empty: detected, and
    /// `--explain` lists the rules).
    pub headings: &'static str,
    pub read: Read,
}

/// The start of a document, for the content tests.
pub struct Head<'a> {
    pub bytes: &'a [u8],
    /// The bytes as UTF-8, with what is not replaced.
    pub text: Cow<'a, str>,
}

/// How much of a document the content tests read.
pub const HEAD_BYTES: usize = 64 << 10;

impl<'a> Head<'a> {
    pub fn of(bytes: &'a [u8]) -> Head<'a> {
        let bytes = &bytes[..bytes.len().min(HEAD_BYTES)];
        Head {
            bytes,
            text: String::from_utf8_lossy(bytes),
        }
    }
}

/// The readers, in the order their content is tried.
pub static READERS: &[Reader] = &[
    Reader {
        format: Format::Epub,
        name: "epub",
        title: "EPUB",
        summary: "An EPUB book: its chapters in reading order, its own table of contents",
        names: &["*.epub"],
        content: Content::Proves(|head| super::epub::is_epub(head.bytes)),
        headings: "the book's own table of contents (nav or NCX)",
        read: Read::Book,
    },
    Reader {
        format: Format::ManText,
        name: "man-text",
        title: "man page text",
        summary: "The text `man` sends to a pager, overstruck or not (`MANPAGER=lectern`)",
        names: &[],
        content: Content::Proves(|head| {
            manpage::is_overstruck(&head.text) || manpage::is_pager_text(&head.text)
        }),
        headings: "section names at the margin are level 1, indented three columns level 2",
        read: Read::Text(read_man),
    },
    Reader {
        format: Format::Aozora,
        name: "aozora",
        title: "Aozora Bunko text",
        summary: "Aozora Bunko notation: `［＃…］` annotations followed, never shown; ruby dimmed",
        names: &[],
        content: Content::Proves(super::aozora::is_aozora),
        headings: "the text's own heading annotations (大・中・小見出し)",
        read: Read::Text(|text, urls| super::aozora::read(&text, urls)),
    },
    Reader {
        format: Format::Info,
        name: "info",
        title: "Info",
        summary: "A GNU Info manual: node separators, `File:` lines and tag tables left out",
        names: &["*.info", "*.info-[0-9]", "*.info-[0-9][0-9]"],
        content: Content::Proves(super::info::is_info),
        headings: "the titles makeinfo underlines with * = - and . (chapter to subsubsection)",
        read: Read::Text(|text, urls| super::info::read(&text, urls)),
    },
    Reader {
        format: Format::Subtitles,
        name: "subtitles",
        title: "subtitles",
        summary: "Subtitles (SubRip, WebVTT): each cue's time dimmed over its lines; the outline by minute",
        names: &["*.srt", "*.vtt"],
        content: Content::Shows(super::subtitles::is_subtitles),
        headings: "none: the cues by time, one a minute, as labels",
        read: Read::Text(|text, urls| super::subtitles::read(&text, urls)),
    },
    Reader {
        format: Format::Html,
        name: "html",
        title: "HTML",
        summary: "HTML: h1–h6 are the outline; scripts, styles and navigation left out",
        names: &["*.html", "*.htm", "*.xhtml"],
        content: Content::Shows(|head| html::looks_like_html(&head.text)),
        headings: "the page's own headings (h1–h6)",
        read: Read::Text(read_html),
    },
    Reader {
        format: Format::ManRoff,
        name: "man",
        title: "man page",
        summary: "A man page's roff source (`xz.1`), man or mdoc macros: `.SH`/`.Sh` and `.SS`/`.Ss` are the outline",
        names: &[
            "*.man",
            "*.[1-9]",
            "*.[1-9][a-z]",
            "*.[1-9][a-z][a-z]",
            "*.[1-9][a-z][a-z][a-z]",
        ],
        content: Content::Shows(|head| roff::is_roff(&head.text)),
        headings: "the page's .SH/.Sh sections (level 1) and .SS/.Ss subsections (level 2)",
        read: Read::Text(read_man),
    },
    Reader {
        format: Format::VimHelp,
        name: "vim-help",
        title: "Vim help",
        summary: "Vim help: titles after `===` or `---` rules, tagged `*tag*`",
        names: &[],
        content: Content::Marked,
        headings: "",
        read: Read::Marked,
    },
    Reader {
        format: Format::AsciiDoc,
        name: "asciidoc",
        title: "AsciiDoc",
        summary: "AsciiDoc: `=` … `======` section titles",
        names: &["*.adoc", "*.asciidoc", "*.asc"],
        content: Content::Marked,
        headings: "",
        read: Read::Marked,
    },
    Reader {
        format: Format::Org,
        name: "org",
        title: "Org",
        summary: "Org mode: `*` headlines",
        names: &["*.org"],
        content: Content::Marked,
        headings: "",
        read: Read::Marked,
    },
    Reader {
        format: Format::ChangeLog,
        name: "changelog",
        title: "changelog",
        summary: "A changelog, Debian's or GNU's: each entry's opening line is a heading",
        names: &["changelog", "changelog.debian", "*.changelog"],
        content: Content::Marked,
        headings: "",
        read: Read::Marked,
    },
    Reader {
        format: Format::News,
        name: "news",
        title: "NEWS",
        summary: "A GNU-style NEWS file: release lines, `*` categories",
        names: &["NEWS"],
        content: Content::Marked,
        headings: "",
        read: Read::Marked,
    },
    Reader {
        format: Format::Mdx,
        name: "mdx",
        title: "MDX",
        summary: "MDX: Markdown with its imports and JSX left out, `:::note` admonitions labelled",
        names: &["*.mdx"],
        content: Content::Never,
        headings: "the document's own headings (#, underlines)",
        read: Read::Text(super::mdx::read),
    },
    Reader {
        format: Format::Markdown,
        name: "markdown",
        title: "Markdown",
        summary: "CommonMark with GitHub tables, footnotes and front matter",
        names: &["*.md", "*.markdown", "*.mdown", "*.mkd"],
        content: Content::Shows(|head| markdown::looks_like_markdown(&head.text)),
        headings: "the document's own headings (#, underlines, <h1>…)",
        read: Read::Text(|text, urls| {
            let structure = markdown::parse(&text, urls);
            (text, structure)
        }),
    },
    Reader {
        format: Format::Plain,
        name: "plain",
        title: "plain text",
        summary: "Plain text: structure detected (also right for reStructuredText and RFCs)",
        names: &["*.txt", "*.text", "*.rst", "*.log"],
        content: Content::Never,
        headings: "",
        read: Read::Text(|text, _| {
            let structure = plain::detect(&text, None);
            (text, structure)
        }),
    },
];

/// A man page as it comes: overstruck pager text, roff source, or the
/// pager text without its overstrike (read as plain text).
fn read_man(text: String, urls: LinkUrls) -> (String, Structure) {
    if manpage::is_overstruck(&text) || manpage::is_pager_text(&text) {
        manpage::read(&text)
    } else if roff::is_roff(&text) {
        roff::read(&text, urls)
    } else {
        let structure = plain::detect(&text, None);
        (text, structure)
    }
}

fn read_html(text: String, urls: LinkUrls) -> (String, Structure) {
    html::read(&text, urls)
}

/// The reader of `format`.
pub fn reader(format: Format) -> &'static Reader {
    READERS
        .iter()
        .find(|r| r.format == format)
        .unwrap_or(&READERS[READERS.len() - 1])
}

/// The reader `--format` names.
pub fn named(name: &str) -> Option<&'static Reader> {
    READERS.iter().find(|r| r.name.eq_ignore_ascii_case(name))
}

/// The reader a file name claims, and the pattern that matched.
pub fn by_name(file_name: &str) -> Option<(&'static Reader, &'static str)> {
    static PATTERNS: LazyLock<Vec<Vec<glob::Pattern>>> = LazyLock::new(|| {
        READERS
            .iter()
            .map(|r| {
                r.names
                    .iter()
                    .filter_map(|p| glob::Pattern::new(p).ok())
                    .collect()
            })
            .collect()
    });
    let options = glob::MatchOptions {
        case_sensitive: false,
        ..glob::MatchOptions::new()
    };
    READERS
        .iter()
        .zip(PATTERNS.iter())
        .find_map(|(reader, patterns)| {
            let at = patterns
                .iter()
                .position(|p| p.matches_with(file_name, options))?;
            Some((reader, reader.names[at]))
        })
}

/// Choose the reader for a document: `asked` is `--format`'s, `file_name`
/// the name it goes by (the name inside, for a compressed file; none for
/// standard input), `bytes` its start (or all of it).
pub fn choose(
    asked: Option<Format>,
    file_name: Option<&str>,
    bytes: &[u8],
) -> (&'static Reader, ReadBy) {
    if let Some(format) = asked {
        return (reader(format), ReadBy::Asked);
    }
    let head = Head::of(bytes);
    let proven = READERS.iter().find(|r| match r.content {
        Content::Proves(test) => test(&head),
        _ => false,
    });
    if let Some(reader) = proven {
        return (reader, ReadBy::Content);
    }
    if let Some((reader, pattern)) = file_name.and_then(by_name) {
        return (reader, ReadBy::Name(pattern));
    }
    let shown = READERS.iter().find(|r| match r.content {
        Content::Shows(test) => test(&head),
        Content::Marked => plain::markup::looks_like_markup(&head.text, r.format),
        _ => false,
    });
    match shown {
        Some(reader) => (reader, ReadBy::Content),
        None => (reader(Format::Plain), ReadBy::Default),
    }
}

/// The table of formats as the README shows it (`lectern --formats`).
pub fn table() -> String {
    let mut out = String::from("| format | files | what it is |\n|---|---|---|\n");
    for reader in READERS {
        let names: Vec<String> = reader.names.iter().map(|n| format!("`{n}`")).collect();
        let names = match (names.is_empty(), reader.content) {
            (true, _) => "by content".to_owned(),
            (false, Content::Never) => {
                format!("{}, and any text no other reader claims", names.join(" "))
            }
            (false, _) => format!("{}, or by content", names.join(" ")),
        };
        out.push_str(&format!(
            "| `{}` | {names} | {} |\n",
            reader.name, reader.summary
        ));
    }
    out.push_str(
        "| (compressed) | `*.gz` `*.zst`, or by their magic bytes | gzip or zstd around any of the above, read as what it holds |\n",
    );
    out
}

#[cfg(test)]
mod tests;
