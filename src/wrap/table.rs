//! A table wider than its room, fitted by wrapping each cell inside its
//! column, as `glow` does. Columns get what their shortest fit needs (their
//! longest word) and share the rest of the room in proportion to how much
//! more their widest cell wants. When even the shortest fits are too wide,
//! the table is laid out at those and the rest is reached by scrolling
//! sideways. Rows hold byte ranges of the table's natural text, so search
//! highlights and positions work on fitted tables unchanged.

use super::{Column, KeptLines, Row, WrappedBlock, flow};
use crate::document::table::{SEPARATOR, TableLayout, TableLine, padding};
use crate::text::display_width;
use std::ops::Range;

/// In [`KeptLines::Wrap`], no column is narrowed below this (or its widest
/// cell), words being cut instead.
const NARROWEST: usize = 4;

/// Columns of [`SEPARATOR`].
const SEPARATOR_WIDTH: usize = 3;

/// The table's rows fitted to `room` columns, or `None` when it fits as
/// laid out.
pub fn fitted_rows(
    text: &str,
    layout: &TableLayout,
    room: usize,
    kept: KeptLines,
) -> Option<WrappedBlock> {
    let natural = layout.natural_widths(text);
    let separators = SEPARATOR_WIDTH * natural.len().saturating_sub(1);
    if natural.iter().sum::<usize>() + separators <= room {
        return None;
    }
    let room = room.saturating_sub(separators);
    let mut shortest = shortest_fits(text, layout, &natural);
    if kept == KeptLines::Wrap {
        narrow_to(&mut shortest, &natural, room);
    }
    let widths = share(&natural, &shortest, room);
    let mut columns = Vec::with_capacity(widths.len());
    let mut x = 0;
    for (&width, &align) in widths.iter().zip(&layout.aligns) {
        columns.push(Column { x, width, align });
        x += width + SEPARATOR_WIDTH;
    }
    let mut rows = Vec::new();
    for line in &layout.lines {
        match line {
            TableLine::Rule(at) => rows.push(Row::TableRule {
                at: *at,
                first: rows.is_empty(),
            }),
            TableLine::Cells(cells) => {
                let pieces: Vec<Vec<Range<usize>>> = cells
                    .iter()
                    .zip(&widths)
                    .map(|(cell, &width)| cell_pieces(text, cell.clone(), width))
                    .collect();
                let height = pieces.iter().map(Vec::len).max().unwrap_or(0).max(1);
                for k in 0..height {
                    let row: Vec<Range<usize>> = pieces
                        .iter()
                        .zip(cells)
                        .map(|(p, cell)| p.get(k).cloned().unwrap_or(cell.end..cell.end))
                        .collect();
                    // The row starts at its first piece: every piece of a
                    // column lies before those of the next, so row offsets
                    // rise down the table as positions need.
                    let at = row
                        .iter()
                        .find(|p| !p.is_empty())
                        .or(cells.first())
                        .map_or(0, |p| p.start);
                    rows.push(Row::Cells {
                        pieces: row,
                        at,
                        first: rows.is_empty(),
                    });
                }
            }
        }
    }
    Some(WrappedBlock {
        rows,
        columns,
        ..WrappedBlock::default()
    })
}

/// The narrowest each column can be without cutting a word: its longest.
fn shortest_fits(text: &str, layout: &TableLayout, natural: &[usize]) -> Vec<usize> {
    let mut longest = vec![0; natural.len()];
    for line in &layout.lines {
        if let TableLine::Cells(cells) = line {
            for (most, cell) in longest.iter_mut().zip(cells) {
                let words = flow::words(&text[cell.clone()], false);
                *most = words.iter().map(|w| w.width).fold(*most, usize::max);
            }
        }
    }
    longest
}

/// When the longest words leave the table too wide and long kept lines are
/// to be wrapped, not scrolled: narrow the widest columns (down to
/// [`NARROWEST`]) until the table fits, cutting their words.
fn narrow_to(shortest: &mut [usize], natural: &[usize], room: usize) {
    let floor = |i: usize| natural[i].min(NARROWEST);
    while shortest.iter().sum::<usize>() > room {
        let Some(widest) = (0..shortest.len())
            .filter(|&i| shortest[i] > floor(i))
            .max_by_key(|&i| shortest[i])
        else {
            break;
        };
        shortest[widest] -= 1;
    }
}

/// Widths that fill `room`: each column its shortest fit, and the rest of
/// the room shared by what each still wants.
fn share(natural: &[usize], shortest: &[usize], room: usize) -> Vec<usize> {
    let mut widths = shortest.to_vec();
    let least: usize = shortest.iter().sum();
    if least >= room {
        return widths;
    }
    let wants: Vec<usize> = natural.iter().zip(shortest).map(|(n, s)| n - s).collect();
    let wanted: usize = wants.iter().sum();
    let spare = room - least;
    for (width, want) in widths.iter_mut().zip(&wants) {
        *width += spare * want / wanted.max(1);
    }
    // Columns rounded down get the last few, the hungriest first.
    let mut left = room - widths.iter().sum::<usize>();
    while left > 0 {
        let Some(hungriest) = (0..widths.len())
            .filter(|&i| widths[i] < natural[i])
            .max_by_key(|&i| natural[i] - widths[i])
        else {
            break;
        };
        widths[hungriest] += 1;
        left -= 1;
    }
    widths
}

/// A cell's text wrapped at `width`: each row's byte range of the table text.
fn cell_pieces(text: &str, cell: Range<usize>, width: usize) -> Vec<Range<usize>> {
    let cell_text = &text[cell.clone()];
    if cell_text.is_empty() {
        return Vec::new();
    }
    let (laid, rows) = flow::rows(cell_text, flow::words(cell_text, false), width, width);
    rows.into_iter()
        .filter(|words| !words.is_empty())
        .map(|words| {
            cell.start + laid[words.start].range.start..cell.start + laid[words.end - 1].range.end
        })
        .collect()
}

/// Where a piece of a fitted row is drawn: columns from the row's start.
pub fn piece_x(text: &str, piece: &Range<usize>, column: &Column) -> usize {
    let spare = column
        .width
        .saturating_sub(display_width(&text[piece.clone()]));
    column.x + padding(spare, column.align).0
}

/// A fitted row as plain text (piped output, tests).
pub fn row_text(text: &str, columns: &[Column], row: &Row) -> String {
    let mut out = String::new();
    match row {
        Row::TableRule { .. } => {
            let rules: Vec<String> = columns.iter().map(|c| "─".repeat(c.width)).collect();
            out = rules.join(crate::document::table::RULE_JOIN);
        }
        Row::Cells { pieces, .. } => {
            for (i, (piece, column)) in pieces.iter().zip(columns).enumerate() {
                if i > 0 {
                    out.push_str(SEPARATOR);
                }
                let x = piece_x(text, piece, column);
                let shown = &text[piece.clone()];
                let before = x - column.x;
                let after = column.width.saturating_sub(before + display_width(shown));
                out.push_str(&" ".repeat(before));
                out.push_str(shown);
                out.push_str(&" ".repeat(after));
            }
            out.truncate(out.trim_end_matches(' ').len());
        }
        _ => {}
    }
    out
}

/// Columns a fitted row takes.
pub fn width(columns: &[Column]) -> usize {
    columns.last().map_or(0, |c| c.x + c.width)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::table::TableCells;

    fn table(rows: &[&[&str]]) -> (String, TableLayout) {
        let laid = TableCells {
            rows: rows
                .iter()
                .map(|r| r.iter().map(|c| (*c).to_owned()).collect())
                .collect(),
            header_rows: 1,
            aligns: Vec::new(),
        }
        .lay_out();
        (laid.text, laid.layout)
    }

    fn shown(text: &str, fitted: &WrappedBlock) -> Vec<String> {
        let rows = fitted.rows.iter();
        rows.map(|row| row_text(text, &fitted.columns, row))
            .collect()
    }

    const ROWS: &[&[&str]] = &[
        &["Name", "Description", "Auth"],
        &[
            "Cats",
            "Pictures of cats from a site with many cats",
            "apiKey",
        ],
        &["Dogs", "Facts", "No"],
    ];

    #[test]
    fn a_table_that_fits_is_left_as_laid_out() {
        let (text, layout) = table(ROWS);
        let natural = text.lines().map(crate::text::display_width).max().unwrap();
        assert!(fitted_rows(&text, &layout, natural, KeptLines::Cut).is_none());
        assert!(fitted_rows(&text, &layout, natural - 1, KeptLines::Cut).is_some());
    }

    #[test]
    fn a_wide_table_wraps_its_cells_in_balanced_columns_and_keeps_every_word() {
        let (text, layout) = table(ROWS);
        let fitted = fitted_rows(&text, &layout, 40, KeptLines::Cut).unwrap();
        let rows = shown(&text, &fitted);
        assert!(
            rows.iter().all(|r| crate::text::display_width(r) <= 40),
            "{rows:#?}"
        );
        // The short columns keep their width; the long one takes the rest.
        // 40 columns less 6 of separators: 4 and 6 for the short columns,
        // 24 for the long one.
        assert_eq!(rows[0], format!("Name │ {:24} │ Auth", "Description"));
        assert_eq!(
            rows[2],
            format!("Cats │ {:24} │ apiKey", "Pictures of cats from a")
        );
        assert_eq!(rows[3], format!("     │ {:24} │", "site with many cats"));
        assert!(matches!(fitted.rows[1], Row::TableRule { .. }));
        let words = |s: &str| s.split([' ', '│']).filter(|w| !w.is_empty()).count();
        let all: usize = rows
            .iter()
            .filter(|r| !r.contains('┼'))
            .map(|r| words(r))
            .sum();
        assert_eq!(
            all,
            ROWS.iter()
                .flat_map(|r| r.iter())
                .map(|c| words(c))
                .sum::<usize>()
        );
    }

    #[test]
    fn rows_are_found_by_any_of_their_pieces_and_offsets_rise() {
        let (text, layout) = table(ROWS);
        let fitted = fitted_rows(&text, &layout, 40, KeptLines::Cut).unwrap();
        let offsets: Vec<usize> = (0..fitted.rows.len())
            .map(|i| fitted.row_offset(i))
            .collect();
        assert!(offsets.windows(2).all(|w| w[0] < w[1]), "{offsets:?}");
        // "apiKey" sits on the first row of its table row, though it comes
        // after the first column's next row in the text.
        let key = text.find("apiKey").unwrap();
        assert_eq!(fitted.row_at(key), 2);
        let site = text.find("site").unwrap();
        assert_eq!(fitted.row_at(site), 3);
    }

    #[test]
    fn when_the_longest_words_do_not_fit_the_table_scrolls_or_cuts_them() {
        let (text, layout) = table(ROWS);
        let cut = fitted_rows(&text, &layout, 20, KeptLines::Cut).unwrap();
        // Each column as wide as its longest word: wider than the room.
        let widths: Vec<usize> = cut.columns.iter().map(|c| c.width).collect();
        assert_eq!(widths, [4, 11, 6]);
        assert!(width(&cut.columns) > 20);
        let wrapped = fitted_rows(&text, &layout, 20, KeptLines::Wrap).unwrap();
        assert!(width(&wrapped.columns) <= 20);
        let rows = shown(&text, &wrapped);
        assert!(
            rows.iter().all(|r| crate::text::display_width(r) <= 20),
            "{rows:#?}"
        );
    }
}
