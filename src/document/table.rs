//! Tables: cells gathered by a parser, laid out once as aligned text at
//! their natural width. The cells' places in that text are kept, so the wrap
//! layer can fit a table to a pane narrower than it by wrapping each cell in
//! its own column (see `wrap::table`), and search, highlights and positions
//! keep using the one text.

use crate::text::cell_width;
use std::ops::Range;

/// How a column's cells sit in their width.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Align {
    #[default]
    Left,
    Center,
    Right,
}

/// One line of a table's natural layout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TableLine {
    /// A row: each cell's text as a byte range of the block's text (empty
    /// where the row has no such cell).
    Cells(Vec<Range<usize>>),
    /// The rule under the header, starting at this byte of the block's text.
    Rule(usize),
}

/// Where a table's cells are in its displayed text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TableLayout {
    pub aligns: Vec<Align>,
    pub lines: Vec<TableLine>,
}

impl TableLayout {
    /// Columns each column's widest cell takes.
    pub fn natural_widths(&self, text: &str) -> Vec<usize> {
        let mut widths = vec![0; self.aligns.len()];
        for line in &self.lines {
            if let TableLine::Cells(cells) = line {
                for (width, cell) in widths.iter_mut().zip(cells) {
                    *width = (*width).max(cell_width(&text[cell.clone()]));
                }
            }
        }
        widths
    }
}

/// Space between two columns; [`RULE_JOIN`] under the header.
pub const SEPARATOR: &str = " │ ";
/// Where the header rule crosses a separator.
pub const RULE_JOIN: &str = "─┼─";

/// A table's cells as they are parsed, row by row.
#[derive(Debug, Default)]
pub struct TableCells {
    pub rows: Vec<Vec<String>>,
    /// How many of the first rows are the header.
    pub header_rows: usize,
    pub aligns: Vec<Align>,
}

/// A table laid out as text.
pub struct LaidTable {
    pub text: String,
    /// Bytes of `text` the header takes (shown strong).
    pub header_end: usize,
    pub layout: TableLayout,
}

impl TableCells {
    /// Lay the table out at its natural width: every column as wide as its
    /// widest cell, cells aligned as the table says.
    pub fn lay_out(mut self) -> LaidTable {
        (self.rows, self.header_rows) = lines_of_rows(self.rows, self.header_rows);
        let columns = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        let mut aligns = self.aligns;
        aligns.resize(columns, Align::Left);
        let mut widths = vec![0; columns];
        for row in &self.rows {
            for (width, cell) in widths.iter_mut().zip(row) {
                *width = (*width).max(cell_width(cell.trim()));
            }
        }
        let mut text = String::new();
        let mut lines = Vec::new();
        let mut header_end = 0;
        for (index, row) in self.rows.iter().enumerate() {
            if index > 0 {
                text.push('\n');
            }
            let mut cells = Vec::with_capacity(columns);
            for (column, (&width, &align)) in widths.iter().zip(&aligns).enumerate() {
                if column > 0 {
                    text.push_str(SEPARATOR);
                }
                let cell = row.get(column).map_or("", |c| c.trim());
                let (before, after) = padding(width - cell_width(cell), align);
                text.push_str(&" ".repeat(before));
                cells.push(text.len()..text.len() + cell.len());
                text.push_str(cell);
                text.push_str(&" ".repeat(after));
            }
            // No trailing blanks: they would count as hidden columns.
            text.truncate(text.trim_end_matches(' ').len());
            for cell in &mut cells {
                if cell.start > text.len() {
                    *cell = text.len()..text.len();
                }
            }
            lines.push(TableLine::Cells(cells));
            if index + 1 == self.header_rows {
                header_end = text.len();
                text.push('\n');
                lines.push(TableLine::Rule(text.len()));
                let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
                text.push_str(&rule.join(RULE_JOIN));
            }
        }
        // Kept for as long as the document is open: without the room left
        // over from growing (a tenth of a large document's memory).
        text.shrink_to_fit();
        lines.shrink_to_fit();
        LaidTable {
            text,
            header_end,
            layout: TableLayout { aligns, lines },
        }
    }
}

/// Rows whose cells hold line breaks as a row a line: each cell's lines
/// one below the other, in its column. The header keeps as many of the
/// rows as its own rows became.
fn lines_of_rows(rows: Vec<Vec<String>>, header_rows: usize) -> (Vec<Vec<String>>, usize) {
    if !rows.iter().flatten().any(|cell| cell.contains('\n')) {
        return (rows, header_rows);
    }
    let mut out = Vec::with_capacity(rows.len());
    let mut header = 0;
    for (index, row) in rows.into_iter().enumerate() {
        let split: Vec<Vec<&str>> = row.iter().map(|cell| cell.split('\n').collect()).collect();
        let height = split.iter().map(Vec::len).max().unwrap_or(1);
        for line in 0..height {
            out.push(
                split
                    .iter()
                    .map(|lines| lines.get(line).map_or(String::new(), |l| l.to_string()))
                    .collect(),
            );
        }
        if index < header_rows {
            header += height;
        }
    }
    (out, header)
}

/// Blank columns before and after a cell `spare` columns narrower than its
/// column.
pub fn padding(spare: usize, align: Align) -> (usize, usize) {
    match align {
        Align::Left => (0, spare),
        Align::Right => (spare, 0),
        Align::Center => (spare / 2, spare - spare / 2),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(rows: &[&[&str]], aligns: &[Align]) -> TableCells {
        TableCells {
            rows: rows
                .iter()
                .map(|r| r.iter().map(|c| (*c).to_owned()).collect())
                .collect(),
            header_rows: 1,
            aligns: aligns.to_vec(),
        }
    }

    #[test]
    fn columns_are_as_wide_as_their_widest_cell_and_aligned() {
        let laid = cells(
            &[&["Name", "n", "mid"], &["a", "1234", "x"]],
            &[Align::Left, Align::Right, Align::Center],
        )
        .lay_out();
        assert_eq!(
            laid.text,
            "Name │    n │ mid\n─────┼──────┼────\na    │ 1234 │  x"
        );
        assert_eq!(&laid.text[..laid.header_end], "Name │    n │ mid");
        let TableLine::Cells(last) = &laid.layout.lines[2] else {
            panic!("the last line is a row");
        };
        let shown: Vec<&str> = last.iter().map(|r| &laid.text[r.clone()]).collect();
        assert_eq!(shown, ["a", "1234", "x"]);
        assert_eq!(laid.layout.natural_widths(&laid.text), [4, 4, 3]);
    }

    #[test]
    fn a_short_row_has_empty_cells_and_no_trailing_blanks() {
        let laid = cells(&[&["a", "b"], &["long cell"]], &[]).lay_out();
        assert!(laid.text.lines().all(|l| !l.ends_with(' ')));
        let TableLine::Cells(last) = &laid.layout.lines[2] else {
            panic!("the last line is a row");
        };
        assert!(last[1].is_empty());
        assert_eq!(laid.layout.aligns, [Align::Left, Align::Left]);
    }
}
