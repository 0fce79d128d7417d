//! The line of the file each HTML element begins on. The parser's tree
//! keeps no positions (and html5ever's own line count falls behind where a
//! tag breaks across lines), so the start tags are read again from the
//! source, in order, and the tree's elements, in document order, are
//! matched to them by name. An element the parser made up (`<tbody>`,
//! `<body>`, a formatting element opened again) has no tag near: it takes
//! the line of the element before it.

use ego_tree::NodeId;
use scraper::{ElementRef, Html};
use std::collections::HashMap;

/// Each element's zero-based line in the source.
pub type Lines = HashMap<NodeId, usize>;

/// How many tags ahead an element's own tag is looked for.
const LOOKAHEAD: usize = 64;

/// The line of each element of `document`, parsed from `html`.
pub fn of_elements(document: &Html, html: &str) -> Lines {
    let tags = start_tags(html);
    let mut lines = Lines::new();
    let (mut next, mut last) = (0, 0);
    for element in document
        .root_element()
        .descendants()
        .filter_map(ElementRef::wrap)
    {
        let name = element.value().name();
        let own = tags[next.min(tags.len())..]
            .iter()
            .take(LOOKAHEAD)
            .position(|(tag, _)| tag.eq_ignore_ascii_case(name));
        if let Some(ahead) = own {
            next += ahead;
            last = tags[next].1;
            next += 1;
        }
        lines.insert(element.id(), last);
    }
    lines
}

/// The start tags of `html` in order: name and zero-based line. Comments,
/// declarations, end tags and the text of scripts and styles hold none.
fn start_tags(html: &str) -> Vec<(&str, usize)> {
    let bytes = html.as_bytes();
    let mut tags = Vec::new();
    let (mut at, mut counted, mut line) = (0, 0, 0);
    while let Some(open) = memchr::memchr(b'<', &bytes[at..]).map(|o| at + o) {
        let rest = &bytes[open + 1..];
        let skip_to = |end: &[u8]| {
            memchr::memmem::find(rest, end).map_or(bytes.len(), |e| open + 1 + e + end.len())
        };
        if rest.starts_with(b"!--") {
            at = skip_to(b"-->");
            continue;
        }
        if !rest.first().is_some_and(u8::is_ascii_alphabetic) {
            at = if matches!(rest.first(), Some(b'!' | b'?' | b'/')) {
                skip_to(b">")
            } else {
                open + 1
            };
            continue;
        }
        let name_len = rest
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b':' | b'_')))
            .unwrap_or(rest.len());
        let name = &html[open + 1..open + 1 + name_len];
        line += memchr::memchr_iter(b'\n', &bytes[counted..open]).count();
        counted = open;
        tags.push((name, line));
        at = tag_end(bytes, open + 1 + name_len);
        if ["script", "style", "textarea", "title"]
            .iter()
            .any(|raw| raw.eq_ignore_ascii_case(name))
        {
            at = end_of_raw_text(bytes, at, name);
        }
    }
    tags
}

/// Just past the `>` that closes a tag, quoted attribute values skipped.
fn tag_end(bytes: &[u8], mut at: usize) -> usize {
    let mut quote = None;
    while let Some(&b) = bytes.get(at) {
        at += 1;
        match (quote, b) {
            (None, b'>') => return at,
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), b) if b == q => quote = None,
            _ => {}
        }
    }
    at
}

/// Where the text of a script or a style ends: at its end tag.
fn end_of_raw_text(bytes: &[u8], at: usize, name: &str) -> usize {
    let mut from = at;
    while let Some(open) = memchr::memmem::find(&bytes[from..], b"</").map(|o| from + o) {
        let rest = &bytes[open + 2..];
        if rest.len() >= name.len() && rest[..name.len()].eq_ignore_ascii_case(name.as_bytes()) {
            return open;
        }
        from = open + 2;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_of(html: &str, name: &str) -> Vec<usize> {
        let document = Html::parse_document(html);
        let lines = of_elements(&document, html);
        document
            .root_element()
            .descendants()
            .filter_map(ElementRef::wrap)
            .filter(|e| e.value().name() == name)
            .map(|e| lines[&e.id()])
            .collect()
    }

    #[test]
    fn elements_keep_the_line_their_tag_is_on() {
        let html = "<!DOCTYPE html>\n<html><body>\n<h1>One</h1>\n<!-- <p> -->\n\
                    <p>Two <a href=\n\"x>\">three</a></p>\n<script>\nx = '<p>';\n</script>\n<p>Four</p>";
        assert_eq!(lines_of(html, "h1"), [2]);
        assert_eq!(lines_of(html, "p"), [4, 9]);
    }

    #[test]
    fn an_element_the_parser_made_up_takes_the_line_before() {
        // The second <i> is opened again by the parser in the second <p>.
        let html = "<p>one <i>two\n\n<p>three</i>\n<p>four";
        assert_eq!(lines_of(html, "p"), [0, 2, 3]);
        assert_eq!(lines_of(html, "i"), [0, 2]);
    }
}
