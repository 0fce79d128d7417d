//! Raw HTML read by hand: tags, attributes, and `<h1>`…`<h6>` headings,
//! each exactly as the pattern it replaced read it (the tests hold them to
//! those patterns). Compiling the patterns was more than half a
//! millisecond of the first screen of a README with HTML in it.

use std::borrow::Cow;
use std::ops::Range;

/// `html` with each tag (a `<` to the next `>`) replaced by a space, as
/// `(?s)<[^>]*>` replaced.
pub fn tags_to_spaces(html: &str) -> Cow<'_, str> {
    let mut out = String::new();
    let mut copied = 0;
    while let Some(open) = html[copied..].find('<').map(|at| copied + at) {
        let Some(close) = html[open..].find('>').map(|at| open + at) else {
            break;
        };
        out.push_str(&html[copied..open]);
        out.push(' ');
        copied = close + 1;
    }
    if copied == 0 {
        return Cow::Borrowed(html);
    }
    out.push_str(&html[copied..]);
    Cow::Owned(out)
}

/// Each attribute written in `tag`, in order: its name and its value as
/// written (quoted or not), as
/// `(?i)\s([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))` found them.
pub fn attributes(tag: &str) -> impl Iterator<Item = (&str, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some(c) = tag[at..].chars().next() {
            at += c.len_utf8();
            if c.is_whitespace()
                && let Some((name, value, end)) = attribute_at(tag, at)
            {
                at = end;
                return Some((name, value));
            }
        }
        None
    })
}

/// The attribute whose name starts at `from`: its name, value, and end.
fn attribute_at(tag: &str, from: usize) -> Option<(&str, &str, usize)> {
    let name_end = from + take(&tag[from..], is_name_letter);
    if name_end == from {
        return None;
    }
    let mut at = name_end + take(&tag[name_end..], char::is_whitespace);
    at += tag[at..].strip_prefix('=').map(|_| 1)?;
    at += take(&tag[at..], char::is_whitespace);
    let rest = &tag[at..];
    for quote in ['"', '\''] {
        if let Some(inside) = rest.strip_prefix(quote)
            && let Some(len) = inside.find(quote)
        {
            return Some((&tag[from..name_end], &inside[..len], at + 1 + len + 1));
        }
    }
    let len = take(rest, |c| !c.is_whitespace() && c != '>');
    (len > 0).then(|| (&tag[from..name_end], &rest[..len], at + len))
}

/// `(?i)[a-z-]`: with the long s and the Kelvin sign, which fold to `s`
/// and `k`.
fn is_name_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '-' | 'ſ' | '\u{212A}')
}

/// How many bytes at the start of `text` are characters `wanted` takes.
fn take(text: &str, wanted: impl Fn(char) -> bool) -> usize {
    text.find(|c| !wanted(c)).unwrap_or(text.len())
}

/// A heading written in HTML: `<h2 id="x">Title</h2>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtmlHeading {
    /// From the opening tag's `<` to the closing tag's `>`.
    pub whole: Range<usize>,
    pub level: u8,
    /// What is between the tags.
    pub content: Range<usize>,
}

/// The headings in `html`, in order, as
/// `(?is)<h([1-6])\b[^>]*>(.*?)</h[1-6]\s*>` found them: a heading runs to
/// the first closing heading tag of any level.
pub fn headings(html: &str) -> impl Iterator<Item = HtmlHeading> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        loop {
            let open = from + html[from..].find('<')?;
            from = open + 1;
            if let Some(heading) = heading_at(html, open) {
                from = heading.whole.end;
                return Some(heading);
            }
        }
    })
}

fn heading_at(html: &str, open: usize) -> Option<HtmlHeading> {
    let level = heading_tag(&html[open + 1..])?;
    let after_digit = open + 3;
    // `\b` after the digit, a word character: what follows is not one.
    if html[after_digit..]
        .chars()
        .next()
        .is_some_and(regex_syntax::is_word_character)
    {
        return None;
    }
    let content_start = after_digit + html[after_digit..].find('>')? + 1;
    let mut search = content_start;
    loop {
        let close = search + html[search..].find("</")?;
        if let Some(end) = closing_tag_end(html, close) {
            return Some(HtmlHeading {
                whole: open..end,
                level,
                content: content_start..close,
            });
        }
        search = close + 1;
    }
}

/// `h1`…`h6` (either case) at the start of `text`: the level.
fn heading_tag(text: &str) -> Option<u8> {
    let &[h, digit, ..] = text.as_bytes() else {
        return None;
    };
    (matches!(h, b'h' | b'H') && (b'1'..=b'6').contains(&digit)).then(|| digit - b'0')
}

/// Where `</hN>` (white space allowed before its `>`) at `at` ends.
fn closing_tag_end(html: &str, at: usize) -> Option<usize> {
    heading_tag(&html[at + 2..])?;
    let spaces_from = at + 4;
    let gt = spaces_from + take(&html[spaces_from..], char::is_whitespace);
    html[gt..].starts_with('>').then_some(gt + 1)
}

#[cfg(test)]
mod tests;
