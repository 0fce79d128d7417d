//! A row of a table fitted to the pane (`wrap::table`): each column's piece
//! at its place and aligned, separators between, everything moved left by
//! the sideways scroll when even the fitted table is wider than the pane.

use super::put;
use super::text_pane::{Paint, draw_styled};
use crate::document::table::RULE_JOIN;
use crate::text::{display_width, skip_columns};
use crate::wrap::{Column, Row, table};

/// Draw a fitted table row at `(x, y)` in `limit` columns, from column
/// `shift` of the row on: returns the columns used and the row's width.
pub fn draw(
    buf: &mut ratatui::buffer::Buffer,
    (x, y): (u16, u16),
    limit: u16,
    (row, columns): (&Row, &[Column]),
    shift: usize,
    paint: &Paint,
) -> (u16, usize) {
    let width = table::width(columns);
    let limit = usize::from(limit);
    // Columns of the row from `at` on, as seen on screen: where they start
    // and how many of their first columns are scrolled out of sight.
    let place = |at: usize, w: usize| -> Option<(usize, usize)> {
        let hidden = shift.saturating_sub(at);
        let screen = at.max(shift) - shift;
        (hidden < w && screen < limit).then_some((screen, hidden))
    };
    let put_plain = |buf: &mut ratatui::buffer::Buffer, at: usize, text: &str| {
        if let Some((screen, hidden)) = place(at, display_width(text)) {
            let (skip, pad) = skip_columns(text, hidden);
            let screen = screen + pad;
            let room = limit.saturating_sub(screen) as u16;
            put(buf, x + screen as u16, y, &text[skip..], room, paint.base);
        }
    };
    match row {
        Row::TableRule { .. } => {
            for (i, column) in columns.iter().enumerate() {
                if i > 0 {
                    put_plain(buf, column.x - 3, RULE_JOIN);
                }
                put_plain(buf, column.x, &"─".repeat(column.width));
            }
        }
        Row::Cells { pieces, .. } => {
            for (i, (piece, column)) in pieces.iter().zip(columns).enumerate() {
                if i > 0 {
                    put_plain(buf, column.x - 2, "│");
                }
                let at = table::piece_x(paint.text, piece, column);
                let shown = &paint.text[piece.clone()];
                let Some((screen, hidden)) = place(at, display_width(shown)) else {
                    continue;
                };
                let (skip, pad) = skip_columns(shown, hidden);
                let screen = screen + pad;
                let room = limit.saturating_sub(screen) as u16;
                let range = piece.start + skip..piece.end;
                draw_styled(buf, x + screen as u16, y, room, range, paint);
            }
        }
        _ => {}
    }
    let used = width.saturating_sub(shift).min(limit) as u16;
    (used, width)
}
