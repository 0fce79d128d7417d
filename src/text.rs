//! Text helpers of the model, shared by every layer: display widths counted
//! as the terminal draws them, cutting to a number of columns without
//! splitting a grapheme, and [`sanitize`], which keeps control sequences in a
//! document from ever reaching the terminal.

mod lines;
pub mod sanitize;
mod width;

pub use lines::{Lines, lines};
pub use width::{grapheme_width, is_emoji_joiner, uncertain_width};

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// The first colour code (SGR, `ESC [ … m`) in `line[within]`: its range
/// and its parameters. Other escapes are not colour codes.
pub fn sgr_code_at(
    line: &str,
    within: std::ops::Range<usize>,
) -> Option<(std::ops::Range<usize>, &str)> {
    let mut from = within.start;
    while let Some(found) = line[from..within.end].find("\u{1b}[") {
        let start = from + found;
        let params_start = start + 2;
        let params_len = line[params_start..within.end]
            .find(|c: char| !(c.is_ascii_digit() || c == ';'))
            .unwrap_or(within.end - params_start);
        let end = params_start + params_len;
        if line[end..within.end].starts_with('m') {
            return Some((start..end + 1, &line[params_start..end]));
        }
        from = params_start;
    }
    None
}

/// `line` without its colour codes: what search, labels and piped output
/// see of a coloured log line.
pub fn strip_sgr(line: &str) -> std::borrow::Cow<'_, str> {
    if !line.contains("\u{1b}[") {
        return std::borrow::Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut at = 0;
    for code in sgr_codes(line) {
        out.push_str(&line[at..code.start]);
        at = code.end;
    }
    out.push_str(&line[at..]);
    std::borrow::Cow::Owned(out)
}

/// The colour codes in `line`, in order.
pub fn sgr_codes(line: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let (code, _) = sgr_code_at(line, at..line.len())?;
        at = code.end;
        Some(code)
    })
}

/// Columns a line takes as the reader draws it: colour codes take none.
pub fn visible_width(line: &str) -> usize {
    display_width(&strip_sgr(line))
}

/// Columns a piece of document text takes once sanitised.
pub fn display_width(text: &str) -> usize {
    if text.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return text.len();
    }
    cell_width(&sanitize::sanitize(text))
}

/// Where `text` continues once its first `columns` display columns are
/// skipped: a byte offset (at a grapheme boundary) and how many columns of
/// padding stand for a wide character cut in two.
pub fn skip_columns(text: &str, columns: usize) -> (usize, usize) {
    if columns == 0 {
        return (0, 0);
    }
    let mut used = 0;
    for (at, grapheme) in text.grapheme_indices(true) {
        if used >= columns {
            return (at, used - columns);
        }
        used += display_width(grapheme);
    }
    (text.len(), used.saturating_sub(columns))
}

/// How many terminal columns `text` takes when drawn a grapheme to a cell,
/// as ratatui's buffer draws it. (`str::width` can be smaller: it counts
/// the Arabic lam-alef pair as one column, but it is two graphemes.)
pub fn cell_width(text: &str) -> usize {
    if text.is_ascii() {
        return text.width();
    }
    text.graphemes(true).map(grapheme_width).sum()
}

/// JSON made safe to print on a terminal: the characters serde_json leaves
/// as they are but a terminal acts on — DEL, the C1 controls (U+009B is a
/// one-byte CSI) and the bidi overrides and isolates — written as `\uXXXX`
/// escapes. They can only stand inside strings, so the JSON means the same.
pub fn json_for_terminal(json: String) -> String {
    let risky = |c: char| matches!(c, '\u{7f}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if !json.contains(risky) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if risky(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// The longest prefix of `text` that fits `columns`, ending in `…` when cut.
pub fn truncate_to_width(text: &str, columns: usize) -> String {
    if cell_width(text) <= columns {
        return text.to_owned();
    }
    if columns == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for grapheme in text.graphemes(true) {
        let width = grapheme_width(grapheme);
        if used + width > columns - 1 {
            break;
        }
        out.push_str(grapheme);
        used += width;
    }
    out.push('…');
    out
}

/// The longest suffix of `text` that fits `columns`, starting with `…` when cut.
pub fn truncate_start_to_width(text: &str, columns: usize) -> String {
    if cell_width(text) <= columns {
        return text.to_owned();
    }
    if columns == 0 {
        return String::new();
    }
    let mut kept = Vec::new();
    let mut used = 0;
    for grapheme in text.graphemes(true).rev() {
        let width = grapheme_width(grapheme);
        if used + width > columns - 1 {
            break;
        }
        kept.push(grapheme);
        used += width;
    }
    let mut out = String::from("…");
    out.extend(kept.into_iter().rev());
    out
}

/// The nearest char boundary at or before byte `at` (clamped to the text).
pub fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The nearest char boundary at or after byte `at` (clamped to the text).
pub fn ceil_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// Delete the last word of a typed line and the spaces after it, like a
/// shell's Ctrl-w.
pub fn delete_last_word(input: &mut String) {
    let kept = input
        .trim_end()
        .trim_end_matches(|c: char| !c.is_whitespace())
        .len();
    input.truncate(kept);
}

/// Collapse runs of white space into single spaces and trim the ends.
pub fn squeeze_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_and_word_deletion() {
        let text = "aé";
        assert_eq!(floor_char_boundary(text, 2), 1);
        assert_eq!(ceil_char_boundary(text, 2), 3);
        assert_eq!(ceil_char_boundary(text, 99), 3);
        let mut input = String::from("one two  ");
        delete_last_word(&mut input);
        assert_eq!(input, "one ");
    }

    #[test]
    fn truncation_respects_wide_characters() {
        assert_eq!(truncate_to_width("紅樓夢紅樓夢", 5), "紅樓…");
        assert_eq!(truncate_to_width("short", 10), "short");
        assert_eq!(truncate_start_to_width("a › b › chapter", 9), "… chapter");
    }
}
