//! Text from a document must never reach the terminal as a control sequence.
//! Every C0/C1 control, DEL and bidi override is replaced by a visible
//! placeholder (Unicode control pictures such as `␛`, or `<U+202E>`), tabs by
//! spaces; invisible direction marks are dropped. Everything that draws or prints document text goes through here.

use std::borrow::Cow;

/// Call `emit(piece, is_placeholder)` for each run of `text`: safe text as it
/// is, each control as its placeholder. Lets the caller dim placeholders.
pub fn sanitize_pieces(text: &str, mut emit: impl FnMut(&str, bool)) {
    let mut clean_from = 0;
    for (at, c) in text.char_indices() {
        let Some(placeholder) = placeholder(c) else {
            continue;
        };
        if clean_from < at {
            emit(&text[clean_from..at], false);
        }
        if !placeholder.is_empty() {
            emit(&placeholder, true);
        }
        clean_from = at + c.len_utf8();
    }
    if clean_from < text.len() {
        emit(&text[clean_from..], false);
    }
}

/// `text` with every control made visible; borrowed when already safe.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| placeholder(c).is_some()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    sanitize_pieces(text, |piece, _| out.push_str(piece));
    Cow::Owned(out)
}

/// The visible stand-in for a character that must not reach the terminal.
fn placeholder(c: char) -> Option<Cow<'static, str>> {
    match c {
        '\t' => Some(Cow::Borrowed(" ")),
        '\u{0}'..='\u{1f}' => {
            let picture = char::from_u32(0x2400 + c as u32).unwrap_or('�');
            Some(Cow::Owned(picture.to_string()))
        }
        '\u{7f}' => Some(Cow::Borrowed("␡")),
        // Direction marks (LRM, RLM, ALM) draw nothing and only steer a
        // terminal's bidi ordering, which lectern never hands it: dropped,
        // so Arabic and Hebrew text reads without clutter.
        '\u{200e}' | '\u{200f}' | '\u{61c}' => Some(Cow::Borrowed("")),
        '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {
            Some(Cow::Owned(format!("<U+{:04X}>", c as u32)))
        }
        _ => None,
    }
}

/// Replace tabs by spaces up to the next multiple of `width` columns, so
/// preformatted lines keep their alignment.
pub fn expand_tabs(line: &str, width: usize) -> Cow<'_, str> {
    if !line.contains('\t') {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len() + 16);
    let mut column = 0;
    for grapheme in unicode_segmentation::UnicodeSegmentation::graphemes(line, true) {
        if grapheme == "\t" {
            let next = (column / width + 1) * width;
            out.extend(std::iter::repeat_n(' ', next - column));
            column = next;
        } else {
            out.push_str(grapheme);
            column += super::grapheme_width(grapheme);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_become_pictures_and_no_raw_byte_survives() {
        let out = sanitize("a\u{1b}[2Jb\u{0}c\u{7}\u{8}");
        assert_eq!(out, "a␛[2Jb␀c␇␈");
        assert!(!out.chars().any(|c| c.is_control()));
    }

    #[test]
    fn c1_controls_and_bidi_overrides_are_named() {
        assert_eq!(sanitize("x\u{9b}31m"), "x<U+009B>31m");
        assert_eq!(sanitize("\u{202e}abc"), "<U+202E>abc");
        assert_eq!(sanitize("a\u{2066}b\u{2069}"), "a<U+2066>b<U+2069>");
    }

    #[test]
    fn direction_marks_are_dropped() {
        assert_eq!(sanitize("\u{200f}\"\u{200f} قال"), "\" قال");
    }

    #[test]
    fn safe_text_is_borrowed() {
        assert!(matches!(sanitize("plain, 紅樓夢 👩‍👩‍👧"), Cow::Borrowed(_)));
    }

    #[test]
    fn pieces_flag_placeholders() {
        let mut pieces = Vec::new();
        sanitize_pieces("a\u{1b}b", |p, ph| pieces.push((p.to_owned(), ph)));
        assert_eq!(
            pieces,
            vec![("a".into(), false), ("␛".into(), true), ("b".into(), false)]
        );
    }

    #[test]
    fn tabs_expand_to_the_next_stop() {
        assert_eq!(expand_tabs("a\tb", 8), "a       b");
        assert_eq!(expand_tabs("12345678\tx", 8), "12345678        x");
    }
}
