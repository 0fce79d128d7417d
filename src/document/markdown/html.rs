//! The HTML that Markdown documents really use, read as text: tags named,
//! entities decoded, `<sup>`/`<sub>` set as Unicode super- and subscripts
//! where every character has one (`2ⁿ`), else marked with `^`/`_`.

mod scan;

use crate::text::squeeze_whitespace;
pub use scan::headings;
use std::ops::Range;

/// An inline tag: its lower-case name and whether it closes.
#[derive(Debug, PartialEq, Eq)]
pub struct Tag<'h> {
    pub name: String,
    pub closing: bool,
    /// The whole tag, for reading attributes.
    pub source: &'h str,
}

/// The tag `html` is, when it is one tag (`<br/>`, `</sup>`, `<a href=…>`).
pub fn tag(html: &str) -> Option<Tag<'_>> {
    let inner = html.trim().strip_prefix('<')?.strip_suffix('>')?;
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let name: String = inner
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    (!name.is_empty()).then_some(Tag {
        name,
        closing,
        source: html,
    })
}

/// An attribute's value in a tag (`alt="x"`, `href='y'`, `src=z`), decoded.
pub fn attribute(tag: &str, name: &str) -> Option<String> {
    scan::attributes(tag)
        .find(|(written, _)| written.eq_ignore_ascii_case(name))
        .map(|(_, value)| decode(value))
}

/// Entities (`&amp;`, `&nbsp;`, `&#169;`) as the characters they stand for.
pub fn decode(text: &str) -> String {
    html_escape::decode_html_entities(text).into_owned()
}

/// HTML with its tags removed, entities decoded and white space squeezed.
pub fn strip_tags(html: &str) -> String {
    squeeze_whitespace(&decode(&scan::tags_to_spaces(&images_as_text(html))))
}

/// `<img>` tags as the text that stands for them (`[image: alt]`, as an
/// image inside a paragraph reads), so that an image in an HTML block is
/// not lost with the tags around it.
fn images_as_text(html: &str) -> std::borrow::Cow<'_, str> {
    let opens_image = |at: usize| {
        html.get(at..at + 4)
            .is_some_and(|t| t.eq_ignore_ascii_case("<img"))
            && html[at + 4..]
                .chars()
                .next()
                .is_some_and(|c| c.is_whitespace() || c == '/' || c == '>')
    };
    let starts: Vec<usize> = memchr::memchr_iter(b'<', html.as_bytes())
        .filter(|&at| opens_image(at))
        .collect();
    if starts.is_empty() {
        return std::borrow::Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for at in starts {
        if at < from {
            continue;
        }
        out.push_str(&html[from..at]);
        let end = html[at..].find('>').map_or(html.len(), |e| at + e + 1);
        match attribute(&html[at..end], "alt").filter(|alt| !alt.trim().is_empty()) {
            Some(alt) => out.push_str(&format!(" [image: {}] ", alt.trim())),
            None => out.push_str(" [image] "),
        }
        from = end;
    }
    out.push_str(&html[from..]);
    std::borrow::Cow::Owned(out)
}

/// Text raised (`<sup>`) or lowered (`<sub>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Super,
    Sub,
}

impl Script {
    pub fn from_tag(name: &str) -> Option<Script> {
        match name {
            "sup" => Some(Script::Super),
            "sub" => Some(Script::Sub),
            _ => None,
        }
    }

    /// `text` set in this script: in Unicode's super- or subscript letters
    /// when all have one, else after `^` or `_` (in brackets when more than
    /// one word), so `2<sup>n</sup>` never reads as `2n`.
    pub fn set(self, text: &str) -> String {
        let table = match self {
            Script::Super => SUPERSCRIPTS,
            Script::Sub => SUBSCRIPTS,
        };
        let mapped: Option<String> = text
            .chars()
            .map(|c| table.iter().find(|(plain, _)| *plain == c).map(|(_, s)| *s))
            .collect();
        match mapped {
            Some(set) if !set.is_empty() => set,
            _ => {
                let mark = if self == Script::Super { '^' } else { '_' };
                if text.chars().all(char::is_alphanumeric) {
                    format!("{mark}{text}")
                } else {
                    format!("{mark}({text})")
                }
            }
        }
    }
}

const SUPERSCRIPTS: &[(char, char)] = &[
    ('0', '⁰'),
    ('1', '¹'),
    ('2', '²'),
    ('3', '³'),
    ('4', '⁴'),
    ('5', '⁵'),
    ('6', '⁶'),
    ('7', '⁷'),
    ('8', '⁸'),
    ('9', '⁹'),
    ('+', '⁺'),
    ('-', '⁻'),
    ('=', '⁼'),
    ('(', '⁽'),
    (')', '⁾'),
    ('i', 'ⁱ'),
    ('n', 'ⁿ'),
    ('x', 'ˣ'),
    ('y', 'ʸ'),
    ('k', 'ᵏ'),
    ('m', 'ᵐ'),
    ('t', 'ᵗ'),
];

const SUBSCRIPTS: &[(char, char)] = &[
    ('0', '₀'),
    ('1', '₁'),
    ('2', '₂'),
    ('3', '₃'),
    ('4', '₄'),
    ('5', '₅'),
    ('6', '₆'),
    ('7', '₇'),
    ('8', '₈'),
    ('9', '₉'),
    ('+', '₊'),
    ('-', '₋'),
    ('=', '₌'),
    ('(', '₍'),
    (')', '₎'),
    ('a', 'ₐ'),
    ('e', 'ₑ'),
    ('i', 'ᵢ'),
    ('n', 'ₙ'),
    ('x', 'ₓ'),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_attributes_are_read() {
        let img = tag(r#"<IMG src="a.png" alt='A &amp; B'>"#).unwrap();
        assert_eq!((img.name.as_str(), img.closing), ("img", false));
        assert_eq!(attribute(img.source, "alt").as_deref(), Some("A & B"));
        assert_eq!(attribute(img.source, "src").as_deref(), Some("a.png"));
        assert_eq!(
            tag("</sup>").map(|t| (t.name, t.closing)),
            Some(("sup".into(), true))
        );
        assert_eq!(tag("<br/>").map(|t| t.name), Some("br".into()));
        assert!(tag("<!-- comment -->").is_none());
    }

    #[test]
    fn scripts_use_unicode_letters_or_a_mark() {
        assert_eq!(Script::Super.set("n"), "ⁿ");
        assert_eq!(Script::Super.set("10"), "¹⁰");
        assert_eq!(Script::Sub.set("2"), "₂");
        assert_eq!(Script::Super.set("TOC"), "^TOC");
        assert_eq!(Script::Super.set("[TOC]"), "^([TOC])");
        assert_eq!(Script::Sub.set("max value"), "_(max value)");
    }

    #[test]
    fn stripped_html_decodes_entities() {
        assert_eq!(
            strip_tags("<p>A&nbsp;&amp;&#32;<b>B</b> &copy;</p>"),
            "A & B ©"
        );
    }
}

/// An HTML block's lines, gathered until it ends, with where each piece
/// stands in the source: inside a list item or a quote the pieces are not
/// contiguous (the item's indent, a quote's `>` lie between), so an offset
/// in the gathered text is mapped through the pieces, never added to the
/// block's start.
#[derive(Debug, Clone, Default)]
pub struct Gathered {
    pub text: String,
    /// (offset in `text`, offset in the source) where each piece starts.
    pieces: Vec<(usize, usize)>,
}

impl Gathered {
    /// The text of a piece that stands at `source` in the source.
    pub fn push(&mut self, piece: &str, source: usize) {
        self.pieces.push((self.text.len(), source));
        self.text.push_str(piece);
    }

    /// Where offset `at` of the gathered text stands in the source, kept
    /// within `bounds`.
    pub fn source_of(&self, at: usize, bounds: &Range<usize>) -> usize {
        let piece = self.pieces.partition_point(|&(start, _)| start <= at);
        let mapped = match piece.checked_sub(1) {
            Some(i) => self.pieces[i].1 + (at - self.pieces[i].0),
            None => bounds.start + at,
        };
        mapped.clamp(bounds.start, bounds.end)
    }
}
