//! The readers against the patterns they replaced, which stay here as
//! their definition: on every text file of the test corpus, on a window
//! at each `<` in it, and on those windows with one character changed.

use super::*;
use regex::Regex;
use std::sync::LazyLock;

static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?s)<[^>]*>").unwrap());
static ATTRIBUTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\s([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))"#).unwrap()
});
static HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?is)<h([1-6])\b[^>]*>(.*?)</h[1-6]\s*>").unwrap());

/// What the readers and the patterns say of `html`, side by side.
fn compare(html: &str) {
    assert_eq!(
        tags_to_spaces(html),
        TAG.replace_all(html, " "),
        "tags {html:?}"
    );
    let attributes_pattern: Vec<(&str, &str)> = ATTRIBUTE
        .captures_iter(html)
        .map(|c| {
            let value = c
                .get(2)
                .or(c.get(3))
                .or(c.get(4))
                .map_or("", |m| m.as_str());
            (c.get(1).map_or("", |m| m.as_str()), value)
        })
        .collect();
    let attributes_read: Vec<(&str, &str)> = attributes(html).collect();
    assert_eq!(attributes_read, attributes_pattern, "attributes {html:?}");
    let headings_pattern: Vec<HtmlHeading> = HEADING
        .captures_iter(html)
        .map(|c| HtmlHeading {
            whole: c.get(0).unwrap().range(),
            level: c[1].parse().unwrap(),
            content: c.get(2).unwrap().range(),
        })
        .collect();
    let headings_read: Vec<HtmlHeading> = headings(html).collect();
    assert_eq!(headings_read, headings_pattern, "headings {html:?}");
}

fn corpus_texts() -> Vec<String> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
    let mut texts = Vec::new();
    for folder in [
        root.to_owned(),
        format!("{root}/keyed"),
        format!("{root}/formats"),
    ] {
        for entry in std::fs::read_dir(folder).expect("the test corpus") {
            if let Ok(text) = std::fs::read_to_string(entry.expect("an entry").path()) {
                texts.push(text);
            }
        }
    }
    texts
}

/// Up to 300 bytes of `text` from `at`, cut at a character boundary.
fn window(text: &str, at: usize) -> &str {
    let end = crate::text::floor_char_boundary(text, (at + 300).min(text.len()));
    &text[at..end]
}

/// Characters that change how a piece of HTML reads.
const CHANGES: &[char] = &[
    '<', '>', '/', '"', '\'', '=', ' ', '\t', '\n', 'h', 'H', '1', '6', '7', '-', '_', 'a', 'ſ',
    '\u{212A}', 'é', '\u{3000}', '\u{0301}',
];

#[test]
fn the_readers_read_html_as_the_patterns_did() {
    let texts = corpus_texts();
    let mut windows = 0;
    let mut headings_seen = 0;
    for text in &texts {
        compare(text);
        headings_seen += HEADING.find_iter(text).count();
        for (at, _) in text.match_indices('<').step_by(7).take(400) {
            let piece = window(text, at);
            compare(piece);
            windows += 1;
            // Each of the first 40 characters changed, some to each change.
            for (n, (i, c)) in piece.char_indices().take(40).enumerate() {
                let change = CHANGES[(n + at) % CHANGES.len()];
                let mut changed = String::with_capacity(piece.len() + 4);
                changed.push_str(&piece[..i]);
                changed.push(change);
                changed.push_str(&piece[i + c.len_utf8()..]);
                compare(&changed);
            }
        }
    }
    assert!(
        windows > 1_000 && headings_seen > 20,
        "the corpus has HTML to read: {windows} windows, {headings_seen} headings"
    );
}

#[test]
fn edges_read_as_the_patterns_read_them() {
    for html in [
        "",
        "<",
        ">",
        "a < b > c",
        "<a<b>",
        "<h1>x",
        "<h1>x</h2>",
        "<H3 id=a>T</h3 >",
        "<h1x>no</h1>",
        "<h1_>no</h1>",
        "<h1é>no</h1>",
        "<h1\u{0301}>no</h1>",
        "<h1>a</h1><h2>b</h2>",
        "<h1>a</h1 x><h2>b</H2\t>",
        "<h7>x</h7>",
        "<img alt=\"a\" src='b' id=c>",
        "<a href=\"x>",
        "<a  id =  \"x\">",
        "<a ſrc=1 \u{212A}ey=2>",
        "<a id=>",
        "<a\u{3000}id=x>",
        "<p id='unclosed>",
    ] {
        compare(html);
    }
}

#[test]
fn name_letters_are_the_patterns_letters() {
    let pattern = Regex::new(r"(?i)^[a-z-]$").unwrap();
    for c in (0..0x3_0000).filter_map(char::from_u32) {
        let mut buf = [0; 4];
        assert_eq!(
            is_name_letter(c),
            pattern.is_match(c.encode_utf8(&mut buf)),
            "{c:?}"
        );
    }
}
