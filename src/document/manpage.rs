//! The text `man` sends to a pager: formatted at a width, bold written as
//! `c\bc` and underline as `_\bc` (overstrike, as on a teletype). The
//! overstrike becomes colour codes (`ESC[1m`, `ESC[4m`), which the reader
//! draws as styles in lines kept as written; section names at the margin
//! are headings of level 1 and names indented three columns level 2, as
//! `man` sets `.SH` and `.SS`. The same text without its overstrike (`man
//! page | cat`) is known by its header, the page's name at both ends, and
//! its headings by their place alone.

use super::{Block, BlockKind, Section, SectionKind, Structure};

/// Whether `text` is overstruck pager text: backspaces between a
/// character and itself or an underscore, more than a few of them.
pub fn is_overstruck(text: &str) -> bool {
    let head = &text[..crate::text::floor_char_boundary(text, text.len().min(64 << 10))];
    let mut struck = 0;
    let mut chars = head.chars().peekable();
    let mut before = None;
    while let Some(c) = chars.next() {
        if c == '\u{8}'
            && let (Some(b), Some(&after)) = (before, chars.peek())
            && (b == after || b == '_')
        {
            struck += 1;
            if struck >= 8 {
                return true;
            }
        }
        before = Some(c);
    }
    false
}

/// Whether `text` is a page as `man` formats it, with or without its
/// overstrike: its first line is its header, the page's name and section
/// at both ends (`GREP(1)    User Commands    GREP(1)`).
pub fn is_pager_text(text: &str) -> bool {
    let Some(header) = text.lines().find(|l| !l.trim().is_empty()) else {
        return false;
    };
    let plain: String = unstrike_line(header).iter().map(|&(c, _)| c).collect();
    let words: Vec<&str> = plain.split_whitespace().collect();
    let is_name = |word: &str| {
        word.strip_suffix(')')
            .and_then(|w| w.split_once('('))
            .is_some_and(|(name, section)| {
                !name.is_empty() && section.starts_with(|c: char| c.is_ascii_digit())
            })
    };
    words.len() >= 2 && is_name(words[0]) && words.last() == words.first()
}

/// How a character was struck.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Strike {
    Plain,
    Bold,
    Underline,
}

/// One line's characters and how each was struck.
fn unstrike_line(line: &str) -> Vec<(char, Strike)> {
    let mut out: Vec<(char, Strike)> = Vec::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{8}' {
            // Strikes the character before: bold when the same, underline
            // under an underscore.
            if let (Some(last), Some(next)) = (out.last_mut(), chars.next()) {
                last.1 = if last.0 == next {
                    Strike::Bold
                } else {
                    Strike::Underline
                };
                last.0 = if last.0 == '_' { next } else { last.0 };
            }
            continue;
        }
        out.push((c, Strike::Plain));
    }
    out
}

/// A line's text with its strikes as colour codes.
fn coloured(chars: &[(char, Strike)]) -> String {
    let mut out = String::with_capacity(chars.len() * 2);
    let mut current = Strike::Plain;
    for &(c, strike) in chars {
        if strike != current {
            out.push_str(match strike {
                Strike::Plain => "\u{1b}[0m",
                Strike::Bold => "\u{1b}[0;1m",
                Strike::Underline => "\u{1b}[0;4m",
            });
            current = strike;
        }
        out.push(c);
    }
    if current != Strike::Plain {
        out.push_str("\u{1b}[0m");
    }
    out
}

/// The heading level a line is, if any: a bold name at the margin (1) or
/// indented three columns (2), but not the page's header or footer. In a
/// page without overstrike (`struck` false) nothing is bold: the place
/// alone says it.
fn heading_level(chars: &[(char, Strike)], furniture: bool, struck: bool) -> Option<u8> {
    let indent = chars.iter().take_while(|(c, _)| *c == ' ').count();
    let level = match indent {
        0 => 1,
        3 => 2,
        _ => return None,
    };
    let rest = &chars[indent..];
    let bold = rest
        .iter()
        .filter(|(c, _)| !c.is_whitespace())
        .all(|&(_, s)| s == Strike::Bold);
    (!furniture && !rest.is_empty() && (bold || !struck) && rest.len() <= 80).then_some(level)
}

/// Pager text as text with colour codes, and its structure: headings, and
/// each run of lines kept as written.
pub fn read(text: &str) -> (String, Structure) {
    let mut out = String::with_capacity(text.len());
    let mut blocks: Vec<Block> = Vec::new();
    let mut sections = Vec::new();
    let mut run: Option<(usize, usize)> = None;
    let struck = is_overstruck(text);
    // The header and the footer: the first and the last lines of text.
    let lines: Vec<&str> = text.split('\n').collect();
    let content = |line: &&str| !line.trim().is_empty();
    let first = lines.iter().position(content).unwrap_or(0);
    let last = lines.iter().rposition(content).unwrap_or(0);
    for (number, line) in lines.into_iter().enumerate() {
        let chars = unstrike_line(line);
        let start = out.len();
        let furniture = number == first || (number == last && !struck);
        let level = heading_level(&chars, furniture, struck);
        let blank = chars.iter().all(|(c, _)| c.is_whitespace());
        if (blank || level.is_some())
            && let Some((from, first)) = run.take()
        {
            blocks.push(Block::plain(
                BlockKind::Preformatted,
                from..start - 1,
                first,
            ));
        }
        match level {
            Some(level) => {
                let title: String = chars.iter().map(|&(c, _)| c).collect();
                out.push_str(&title);
                sections.push(Section {
                    level,
                    title: title.trim().to_owned(),
                    block: blocks.len(),
                    kind: SectionKind::Heading,
                });
                blocks.push(Block::plain(
                    BlockKind::Heading { level },
                    start..out.len(),
                    number,
                ));
            }
            None => {
                out.push_str(&coloured(&chars));
                if !blank && run.is_none() {
                    run = Some((start, number));
                }
            }
        }
        out.push('\n');
    }
    if let Some((from, first)) = run {
        let end = out.trim_end_matches('\n').len().max(from);
        blocks.push(Block::plain(BlockKind::Preformatted, from..end, first));
    }
    let title = text.lines().next().map(|l| {
        let plain: String = unstrike_line(l).iter().map(|&(c, _)| c).collect();
        crate::text::squeeze_whitespace(&plain)
    });
    (
        out,
        Structure {
            title,
            blocks,
            sections,
            ..Structure::default()
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "XZ(1)      XZ Utils      XZ(1)\n\nN\u{8}NA\u{8}AM\u{8}ME\u{8}E\n       xz - compress \
                        _\u{8}f_\u{8}i_\u{8}l_\u{8}e_\u{8}s\n\n   M\u{8}Me\u{8}em\u{8}mo\u{8}or\u{8}ry\u{8}y\n       \
                        Text -\u{8}-b\u{8}b here.\n";

    #[test]
    fn overstrike_is_known_and_becomes_styles() {
        assert!(is_overstruck(&PAGE.repeat(2)));
        assert!(!is_overstruck("plain\u{8} text"));
        let (text, _) = read(PAGE);
        assert!(
            text.contains("xz - compress \u{1b}[0;4mfiles\u{1b}[0m"),
            "{text:?}"
        );
        assert!(
            text.contains("Text \u{1b}[0;1m-b\u{1b}[0m here."),
            "{text:?}"
        );
        assert!(!text.contains('\u{8}'));
    }

    #[test]
    fn section_names_are_headings_by_their_indent() {
        let (text, structure) = read(PAGE);
        let got: Vec<(u8, &str)> = structure
            .sections
            .iter()
            .map(|s| (s.level, s.title.as_str()))
            .collect();
        assert_eq!(got, [(1, "NAME"), (2, "Memory")]);
        let name = &structure.blocks[structure.sections[0].block];
        assert_eq!(&text[name.range.clone()], "NAME");
        assert_eq!(name.line, 2);
        // The header and each run of lines are kept as written.
        assert_eq!(structure.blocks[0].kind, BlockKind::Preformatted);
        assert_eq!(structure.title.as_deref(), Some("XZ(1) XZ Utils XZ(1)"));
    }

    #[test]
    fn a_page_without_overstrike_is_known_by_its_header_and_read_alike() {
        let page = "GREP(1)         User Commands         GREP(1)\n\nNAME\n       grep - print lines\n\n\
                    DESCRIPTION\n       Text at the body's indent.\n   Subsection\n       More.\n\n\
                    GNU grep 3.11        2025-03-21        GREP(1)\n";
        assert!(is_pager_text(page));
        assert!(!is_overstruck(page));
        assert!(!is_pager_text("GREP(1) is a tool\nNAME\n"));
        assert!(!is_pager_text("Notes\n\nNAME\n   grep\n"));
        let (_, structure) = read(page);
        let got: Vec<(u8, &str)> = structure
            .sections
            .iter()
            .map(|s| (s.level, s.title.as_str()))
            .collect();
        assert_eq!(
            got,
            [(1, "NAME"), (1, "DESCRIPTION"), (2, "Subsection")],
            "neither the header nor the footer is a heading"
        );
    }
}
