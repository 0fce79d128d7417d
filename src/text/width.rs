//! How many columns a grapheme takes. Terminals disagree on emoji
//! sequences: one that joins `👩‍💻` (ZWJ) or `👍🏽` (a skin tone) draws two
//! columns; tmux 3.3 and others draw each part, four. Counting such a
//! sequence as two would let it push the rest of its row past the pane's
//! edge where it is drawn as four, so lectern counts the wider, and draws it
//! so that either way fills exactly that room (see `ui::put`).

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The columns `grapheme` is given: its Unicode width, or for an emoji
/// sequence terminals may draw part by part, the wider of that and the sum
/// of its parts.
pub fn grapheme_width(grapheme: &str) -> usize {
    let whole = grapheme.width();
    if !uncertain_width(grapheme) {
        return whole;
    }
    let parts: usize = grapheme.chars().map(|c| c.width().unwrap_or(0)).sum();
    whole.max(parts)
}

/// Whether terminals draw `grapheme` at different widths: a sequence of
/// several characters joined by ZWJ, or holding a skin tone, an emoji
/// presentation selector, a keycap or regional indicators (flags).
pub fn uncertain_width(grapheme: &str) -> bool {
    let mut chars = grapheme.chars();
    chars.next().is_some() && chars.next().is_some() && grapheme.chars().any(is_emoji_joiner)
}

/// The characters that make an emoji sequence.
pub fn is_emoji_joiner(c: char) -> bool {
    matches!(
        c,
        '\u{200d}' | '\u{fe0f}' | '\u{20e3}' | '\u{1f3fb}'..='\u{1f3ff}' | '\u{1f1e6}'..='\u{1f1ff}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emoji_sequences_get_the_wider_width() {
        assert_eq!(grapheme_width("👩\u{200d}💻"), 4, "ZWJ: two emoji");
        assert_eq!(grapheme_width("👍🏽"), 4, "skin tone: two wide parts");
        assert_eq!(grapheme_width("❤\u{fe0f}"), 2, "emoji presentation");
        assert_eq!(grapheme_width("🇫🇷"), 2);
        assert_eq!(grapheme_width("界"), 2);
        assert_eq!(grapheme_width("e\u{301}"), 1, "a combining accent is sure");
        assert!(!uncertain_width("👍"));
        assert!(uncertain_width("👍🏽"));
    }
}
