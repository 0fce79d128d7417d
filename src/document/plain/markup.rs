//! Lightweight markup in text files, whose headings are marked rather than
//! guessed: AsciiDoc (`== Section`), Org (`** Heading`, and the same star
//! outline GNU NEWS files use), and Vim help (a title after a `====` or
//! `----` rule, tagged `*tag*`), GNU-style NEWS files (release lines,
//! then `*` categories), and changelogs (Debian's `pkg (1.2-1) unstable;
//! urgency=…` entries, GNU `ChangeLog` date lines). Each finder reads the lines once and says,
//! for a document that really is in its markup, which lines are headings
//! and at what depth; `None` when the text is not in that markup.

use crate::text::lines as text_lines;
use regex::Regex;
use std::sync::LazyLock;

/// A heading line found by a markup rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marked {
    /// Zero-based line.
    pub line: usize,
    /// 1 for the outermost level the markup writes.
    pub depth: u8,
    pub title: String,
}

/// The markups a text file may be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    AsciiDoc,
    Org,
    VimHelp,
    News,
    /// A changelog: each entry's opening line (Debian's, or GNU's date and
    /// author) is a heading.
    ChangeLog,
    /// Sections opened by a comment line over an empty comment line
    /// (`#\tReserved Strings` then `#`), as in data and config files.
    CommentSections,
}

/// How few marked headings make a document that markup when only its
/// content tells (with a file extension one is enough).
const FEWEST_BY_CONTENT: usize = 3;

/// The headings of `text` if it is written in a markup: the one `hint`
/// (from the file name) names, or else the one its content shows.
pub fn find(text: &str, hint: Option<Markup>) -> Option<Vec<Marked>> {
    if let Some(markup) = hint {
        return Some(headings(text, markup));
    }
    [
        Markup::VimHelp,
        Markup::AsciiDoc,
        Markup::Org,
        Markup::ChangeLog,
        Markup::News,
        Markup::CommentSections,
    ]
    .into_iter()
    .find(|&markup| looks_like(text, markup))
    .map(|markup| headings(text, markup))
    .filter(|found| found.len() >= FEWEST_BY_CONTENT)
}

/// Whether `text` shows itself to be in the markup `format` reads (the
/// registry's content test for it).
pub fn looks_like_markup(text: &str, format: crate::document::Format) -> bool {
    format
        .markup()
        .is_some_and(|markup| looks_like(text, markup))
}

fn headings(text: &str, markup: Markup) -> Vec<Marked> {
    match markup {
        Markup::AsciiDoc => asciidoc(text),
        Markup::Org => org(text),
        Markup::VimHelp => vim_help(text),
        Markup::News => news(text),
        Markup::ChangeLog => changelog(text),
        Markup::CommentSections => comment_sections(text),
    }
}

/// Whether the content is in `markup` without a file name to say so.
fn looks_like(text: &str, markup: Markup) -> bool {
    let head = || text_lines(text).take(40);
    match markup {
        // `*name.txt*` on the first line, or a modeline at the end.
        Markup::VimHelp => {
            text_lines(text)
                .next()
                .is_some_and(|l| l.starts_with('*') && VIM_TITLE.is_match(l))
                || text_lines(text)
                    .rev()
                    .take(3)
                    .any(|l| l.contains("vim:") && l.contains("ft=help"))
        }
        // A document title `= Title` then attributes, or several `==`.
        Markup::AsciiDoc => {
            let titled = head()
                .find(|l| !l.trim().is_empty() && !l.starts_with("//"))
                .is_some_and(|l| l.starts_with("= ") && l.len() > 2);
            titled && head().any(|l| l.starts_with(':') && ADOC_ATTRIBUTE.is_match(l))
        }
        // `#+TITLE:` and friends.
        Markup::Org => head().any(|l| l.starts_with("#+") && ORG_KEYWORD.is_match(l)),
        // Comment headers over an empty comment line, several of them.
        Markup::CommentSections => comment_sections(head_bytes(text)).len() >= FEWEST_BY_CONTENT,
        // Entry lines at the margin, several of them.
        Markup::ChangeLog => {
            head_bytes(text)
                .lines()
                .filter(|l| changelog_entry(l).is_some())
                .take(FEWEST_BY_CONTENT)
                .count()
                >= FEWEST_BY_CONTENT
        }
        // Release lines at the margin, several of them.
        Markup::News => {
            head_bytes(text)
                .lines()
                .filter(|l| release_line(l).is_some())
                .take(FEWEST_BY_CONTENT)
                .count()
                >= FEWEST_BY_CONTENT
        }
    }
}

/// How much of the text the content checks read: markup shows itself at
/// the top, and a large plain file is not scanned twice.
const SNIFF_BYTES: usize = 64 << 10;

fn head_bytes(text: &str) -> &str {
    &text[..crate::text::floor_char_boundary(text, SNIFF_BYTES.min(text.len()))]
}

static VIM_TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\*[\w.-]+\.txt\*").expect("vim title pattern is valid"));
static ADOC_ATTRIBUTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^:[\w-]+!?:(?:\s|$)").expect("attribute pattern is valid"));
static ORG_KEYWORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^#\+(?:title|author|startup|options|setupfile|property):")
        .expect("org keyword pattern is valid")
});
static ADOC_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(={1,6})\s+(\S.*?)\s*$").expect("heading pattern is valid"));
static ORG_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\*+)\s+(\S.*?)\s*$").expect("org pattern is valid"));
static VIM_RULE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:={20,}|-{20,})\s*$").expect("rule pattern is valid"));
static VIM_TAGGED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([^*\s].*?)\s+(?:\*[^*\s]+\*\s*)+$").expect("tagged pattern is valid")
});
static SECTION_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d+(?:\.\d+)*)\.?\s").expect("number pattern is valid"));

/// AsciiDoc: `=` to `======`, outside listing, literal, passthrough and
/// comment blocks.
fn asciidoc(text: &str) -> Vec<Marked> {
    let mut found = Vec::new();
    let mut fence: Option<&str> = None;
    for (line, raw) in text_lines(text).enumerate() {
        let trimmed = raw.trim_end();
        if is_adoc_fence(trimmed) {
            match fence {
                Some(open) if open == trimmed => fence = None,
                None => fence = Some(trimmed),
                Some(_) => {}
            }
            continue;
        }
        if fence.is_some() {
            continue;
        }
        if let Some(caps) = ADOC_HEADING.captures(trimmed) {
            found.push(Marked {
                line,
                depth: caps[1].len() as u8,
                title: caps[2].to_owned(),
            });
        }
    }
    found
}

/// `----` (listing), `....` (literal), `++++` (passthrough), `////`
/// (comment), ```` ``` ```` (fenced code): their contents are not markup.
fn is_adoc_fence(line: &str) -> bool {
    line.starts_with("```")
        || (line.len() >= 4
            && ['-', '.', '+', '/']
                .iter()
                .any(|&c| line.chars().all(|l| l == c)))
}

/// Org: `*` headings outside `#+BEGIN_…`/`#+END_…` blocks.
fn org(text: &str) -> Vec<Marked> {
    let mut found = Vec::new();
    let mut in_block = false;
    for (line, raw) in text_lines(text).enumerate() {
        let trimmed = raw.trim_end();
        let upper = trimmed.trim_start().to_ascii_uppercase();
        if upper.starts_with("#+BEGIN") {
            in_block = true;
            continue;
        }
        if upper.starts_with("#+END") {
            in_block = false;
            continue;
        }
        if in_block {
            continue;
        }
        if let Some(caps) = ORG_HEADING.captures(trimmed) {
            found.push(Marked {
                line,
                depth: caps[1].len().min(250) as u8,
                title: caps[2].to_owned(),
            });
        }
    }
    found
}

static RELEASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\*+\s+)?(?:noteworthy changes in release|changes in|new in|release|version)\b.*?(?:\d+\.\d+|\?\.\?)")
        .expect("release pattern is valid")
});

/// `* Noteworthy changes in release 2.6.1 (…)`, `New in 2.4.2 2011-10-17: …`
/// — a line that opens a release's entry (a sentence about one does not).
fn release_line(line: &str) -> Option<String> {
    let trimmed = line.trim_end();
    if !may_open_release(trimmed) {
        return None;
    }
    if !RELEASE.is_match(trimmed) || trimmed.ends_with('.') || trimmed.chars().count() > 100 {
        return None;
    }
    Some(trimmed.trim_start_matches(['*', ' ']).to_owned())
}

/// Whether `line` may open with the release pattern's words, each
/// followed by a character that ends a word: most lines are turned down
/// before the pattern (compiled on first use) is needed. The pattern
/// ignores case as Unicode folds it, where the one letter outside ASCII
/// that folds to one of these words' letters is `ſ` (to `s`).
fn may_open_release(line: &str) -> bool {
    let opening: String = line
        .trim_start_matches(['*', ' ', '\t'])
        .chars()
        .take(31)
        .map(|c| {
            if c == 'ſ' {
                's'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    let words = [
        "noteworthy changes in release",
        "changes in",
        "new in",
        "release",
        "version",
    ];
    words.iter().any(|word| {
        opening
            .strip_prefix(word)
            .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric() || c == '_'))
    })
}

#[cfg(test)]
#[test]
fn release_lines_pass_the_gate_and_prose_does_not() {
    for line in [
        "* Noteworthy changes in release 2.6.1",
        "New in 2.4.2 2011-10-17:",
        "Version 1.2",
        "RELEASE 3.0",
        "verſion 1.2",
    ] {
        assert!(
            may_open_release(line) && release_line(line).is_some(),
            "{line}"
        );
    }
    for line in [
        "Newton's laws 1.2",
        "Versions differ 1.2",
        "Never again",
        "第一回 1.2",
    ] {
        assert!(!may_open_release(line), "{line}");
    }
}

/// NEWS: release lines, and under each the `*` or `**` categories that end
/// in a colon and stand apart from their items. A star line running into
/// the next is a bullet item, however it ends.
fn news(text: &str) -> Vec<Marked> {
    let lines: Vec<&str> = text_lines(text).collect();
    let mut found = Vec::new();
    for (line, raw) in lines.iter().enumerate() {
        if let Some(title) = release_line(raw) {
            found.push(Marked {
                line,
                depth: 1,
                title,
            });
            continue;
        }
        let apart = lines
            .get(line + 1)
            .is_none_or(|next| next.trim().is_empty());
        if let Some(caps) = ORG_HEADING.captures(raw.trim_end())
            && apart
            && caps[2].ends_with(':')
        {
            let title = caps[2].to_owned();
            found.push(Marked {
                line,
                depth: 2,
                title,
            });
        }
    }
    found
}

/// Debian's `package (version) distribution; urgency=…`, GNU's
/// `2024-01-02  Name  <mail>` or `Mon Jan  2 15:04:05 2006  Name  <mail>`
/// (the address is what tells an entry from a dated log line).
static CHANGELOG_ENTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:([a-z0-9][a-z0-9+.-]+ \([^()\s]+\)) [^;]+; *urgency=\S+|(?:\d{4}-\d\d-\d\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ \d]\d [\d:]+ (?:\S+ )?\d{4})  \S.*<[^<>\s]+@[^<>\s]+>)$",
    )
    .expect("changelog pattern is valid")
});

/// The title of a changelog entry's opening line: Debian's package and
/// version, or GNU's whole line (date and author).
fn changelog_entry(line: &str) -> Option<String> {
    let caps = CHANGELOG_ENTRY.captures(line.trim_end())?;
    Some(match caps.get(1) {
        Some(version) => version.as_str().to_owned(),
        None => crate::text::squeeze_whitespace(line),
    })
}

fn changelog(text: &str) -> Vec<Marked> {
    text_lines(text)
        .enumerate()
        .filter_map(|(line, raw)| {
            changelog_entry(raw).map(|title| Marked {
                line,
                depth: 1,
                title,
            })
        })
        .collect()
}

static COMMENT_HEADER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^#[ \t]+(\S.{0,70}?)\s*$").expect("comment pattern is valid"));

/// Comment sections: `# Title` directly over a `#` line.
fn comment_sections(text: &str) -> Vec<Marked> {
    let lines: Vec<&str> = text_lines(text).collect();
    let mut found = Vec::new();
    for (line, raw) in lines.iter().enumerate() {
        let under_empty = lines
            .get(line + 1)
            .is_some_and(|next| next.trim_end() == "#");
        if !under_empty || !raw.starts_with('#') {
            continue;
        }
        if let Some(caps) = COMMENT_HEADER.captures(raw) {
            found.push(Marked {
                line,
                depth: 1,
                title: caps[1].to_owned(),
            });
        }
    }
    found
}

/// Vim help: a title with its `*tag*` right after a rule of `=` or `-`; its
/// depth is the number of parts in its section number (`2.2.1.` is 3).
fn vim_help(text: &str) -> Vec<Marked> {
    let mut found = Vec::new();
    let mut after_rule = false;
    for (line, raw) in text_lines(text).enumerate() {
        let trimmed = raw.trim_end();
        if VIM_RULE.is_match(trimmed) {
            after_rule = true;
            continue;
        }
        if std::mem::take(&mut after_rule)
            && let Some(caps) = VIM_TAGGED.captures(trimmed.trim_start())
        {
            let title = caps[1].trim().to_owned();
            let depth = SECTION_NUMBER
                .captures(&title)
                .map_or(1, |n| n[1].split('.').count() as u8);
            found.push(Marked { line, depth, title });
        }
    }
    found
}

#[cfg(test)]
mod tests;
