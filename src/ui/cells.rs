//! Writing text into the buffer, a grapheme to a cell. Emoji sequences
//! that terminals draw at different widths (`👩‍💻`: two columns joined, four
//! part by part; see `text::grapheme_width`) get the wider room, and their
//! cell first blanks that whole room, steps back, then draws the sequence:
//! a terminal that joins it shows it and blank columns after, one that does
//! not fills the room; neither pushes the rest of the row along.

use crate::text::{grapheme_width, is_emoji_joiner, uncertain_width};
use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::style::Style;
use std::num::NonZeroU16;
use unicode_segmentation::UnicodeSegmentation;

/// Write `text` at (x, y) clipped to `width` columns (a wide character is
/// never split at the edge); returns the columns used.
pub(crate) fn put(buf: &mut Buffer, x: u16, y: u16, text: &str, width: u16, style: Style) -> u16 {
    if width == 0 || !buf.area.contains((x, y).into()) {
        return 0;
    }
    let limit = x.saturating_add(width).min(buf.area.right());
    if !text.contains(is_emoji_joiner) {
        return put_plain(buf, x, y, text, limit, style);
    }
    let mut at = x;
    let mut plain_from = 0;
    for (i, grapheme) in text.grapheme_indices(true) {
        if !uncertain_width(grapheme) {
            continue;
        }
        at += put_plain(buf, at, y, &text[plain_from..i], limit, style);
        plain_from = i + grapheme.len();
        let room = grapheme_width(grapheme) as u16;
        if at + room > limit {
            return at - x;
        }
        put_uncertain(buf, (at, y), grapheme, room, style);
        at += room;
    }
    at += put_plain(buf, at, y, &text[plain_from..], limit, style);
    at - x
}

/// `text` as ratatui writes it, up to column `limit`.
fn put_plain(buf: &mut Buffer, x: u16, y: u16, text: &str, limit: u16, style: Style) -> u16 {
    if text.is_empty() || x >= limit {
        return 0;
    }
    let (end, _) = buf.set_stringn(x, y, text, usize::from(limit - x), style);
    end.saturating_sub(x)
}

/// One emoji sequence in `room` columns: blank them, go back, draw it. The
/// cell declares the room as its width so the buffer's diff skips the
/// columns it covers and moves the cursor past them.
fn put_uncertain(buf: &mut Buffer, (x, y): (u16, u16), grapheme: &str, room: u16, style: Style) {
    let symbol = format!("{}\u{1b}[{room}D{grapheme}", " ".repeat(usize::from(room)));
    if let Some(cell) = buf.cell_mut((x, y)) {
        cell.set_symbol(&symbol).set_style(style);
        if let Some(forced) = NonZeroU16::new(room) {
            cell.set_diff_option(CellDiffOption::ForcedWidth(forced));
        }
    }
    for covered in x + 1..x + room {
        if let Some(cell) = buf.cell_mut((covered, y)) {
            cell.reset();
            cell.set_style(style);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;

    #[test]
    fn an_emoji_sequence_blanks_its_room_then_draws_itself() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 1));
        let used = put(&mut buf, 0, 0, "a👩\u{200d}💻b", 10, Style::new());
        assert_eq!(used, 6, "a, four columns, b");
        assert_eq!(buf[(1, 0)].symbol(), "    \u{1b}[4D👩\u{200d}💻");
        assert_eq!(
            buf[(1, 0)].diff_option,
            CellDiffOption::ForcedWidth(NonZeroU16::new(4).unwrap())
        );
        assert_eq!(buf[(5, 0)].symbol(), "b");
        // The diff moves past the room: the next cell written is `b`.
        let diff = Buffer::empty(buf.area).diff(&buf);
        let columns: Vec<u16> = diff.iter().map(|(x, _, _)| *x).collect();
        assert_eq!(columns, vec![0, 1, 5]);
    }

    #[test]
    fn a_sequence_that_does_not_fit_is_left_out_whole() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 1));
        assert_eq!(put(&mut buf, 0, 0, "ab👍🏽", 5, Style::new()), 2);
        assert_eq!(buf[(2, 0)].symbol(), " ");
    }
}
