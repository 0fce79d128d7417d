//! Links in the text as OSC 8 hyperlinks, for terminals that make them
//! clickable (others ignore the sequence). A ratatui cell holds one glyph,
//! so each cell of a link carries its own opening and closing sequence
//! around its glyph and declares the glyph's width (`ForcedWidth`): the
//! buffer's diff stays column-true, and a cell redrawn alone still links.
//! Only addresses [`crate::document::links::external`] lets through get
//! here: printable, `http`, `https` or `mailto`.

use ratatui::buffer::{Buffer, CellDiffOption};
use std::num::NonZeroU16;
use unicode_width::UnicodeWidthStr;

/// Make the cells from `x`, `width` columns on row `y`, a link to `url`
/// (cells with the same `id` are one link to the terminal).
pub fn link_cells(buf: &mut Buffer, (x, y): (u16, u16), width: u16, url: &str, id: &str) {
    let mut at = x;
    let end = x.saturating_add(width).min(buf.area.right());
    while at < end {
        let Some(cell) = buf.cell_mut((at, y)) else {
            return;
        };
        let glyph = cell.symbol().to_owned();
        // A cell drawn in a room of its own (an emoji sequence) says how wide.
        let columns = match cell.diff_option {
            CellDiffOption::ForcedWidth(forced) => forced.get(),
            _ => glyph.width().max(1) as u16,
        };
        if !glyph.contains('\u{1b}') {
            let linked = format!("\u{1b}]8;id={id};{url}\u{1b}\\{glyph}\u{1b}]8;;\u{1b}\\");
            cell.set_symbol(&linked);
            if let Some(forced) = NonZeroU16::new(columns) {
                cell.set_diff_option(CellDiffOption::ForcedWidth(forced));
            }
        }
        at += columns;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;

    #[test]
    fn each_cell_carries_its_own_link_and_keeps_its_width() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 1));
        buf.set_string(0, 0, "a界b", ratatui::style::Style::new());
        link_cells(&mut buf, (0, 0), 4, "https://x.example/", "l1");
        let open = "\u{1b}]8;id=l1;https://x.example/\u{1b}\\";
        let close = "\u{1b}]8;;\u{1b}\\";
        assert_eq!(buf[(0, 0)].symbol(), format!("{open}a{close}"));
        assert_eq!(buf[(1, 0)].symbol(), format!("{open}界{close}"));
        assert_eq!(
            buf[(1, 0)].diff_option,
            CellDiffOption::ForcedWidth(NonZeroU16::new(2).unwrap())
        );
        assert_eq!(buf[(3, 0)].symbol(), format!("{open}b{close}"));
        assert_eq!(buf[(4, 0)].symbol(), " ", "nothing past the link");
    }
}
