//! HTML tables as GitHub tables: a caption above, a cell that spans
//! columns or rows followed by the empty cells it covers, so that every
//! other cell stays in its column.

use super::inline::{inline_children, squeeze_inline};
use scraper::ElementRef;

/// The most columns or rows one cell is taken to span (a `colspan` of a
/// million would make a million cells).
const SPAN_LIMIT: usize = 64;

/// A table's caption and its rows of cells (Markdown already).
pub(super) fn read(table: ElementRef<'_>) -> (Option<String>, Vec<Vec<String>>) {
    let caption = table
        .children()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "caption")
        .map(|c| squeeze_inline(&inline_children(c)))
        .filter(|c| !c.is_empty());
    let span = |cell: ElementRef<'_>, name: &str| {
        cell.value()
            .attr(name)
            .and_then(|s| s.trim().parse::<usize>().ok())
            .unwrap_or(1)
            .clamp(1, SPAN_LIMIT)
    };
    // For each column, how many more rows a cell above still covers.
    let mut covered: Vec<usize> = Vec::new();
    let mut rows = Vec::new();
    for row in table
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| e.value().name() == "tr")
    {
        let mut cells: Vec<String> = Vec::new();
        let take_covered = |cells: &mut Vec<String>, covered: &mut Vec<usize>| {
            while covered.get(cells.len()).is_some_and(|&c| c > 0) {
                covered[cells.len()] -= 1;
                cells.push(String::new());
            }
        };
        for cell in row
            .children()
            .filter_map(ElementRef::wrap)
            .filter(|c| matches!(c.value().name(), "td" | "th"))
        {
            take_covered(&mut cells, &mut covered);
            let (across, down) = (span(cell, "colspan"), span(cell, "rowspan"));
            for column in 0..across {
                let at = cells.len();
                if covered.len() <= at {
                    covered.resize(at + 1, 0);
                }
                covered[at] = down - 1;
                cells.push(if column == 0 {
                    squeeze_inline(&inline_children(cell))
                } else {
                    String::new()
                });
            }
        }
        take_covered(&mut cells, &mut covered);
        if !cells.is_empty() {
            rows.push(cells);
        }
    }
    (caption, rows)
}

/// Rows of cells (Markdown already) as a GitHub table, the first row its
/// header; `None` when there are no cells.
pub(crate) fn gfm_table(rows: &[Vec<String>]) -> Option<String> {
    let columns = rows.iter().map(Vec::len).max().filter(|&c| c > 0)?;
    let line = |cells: &[String]| {
        let mut padded: Vec<&str> = cells.iter().map(String::as_str).collect();
        padded.resize(columns, "");
        format!("| {} |\n", padded.join(" | "))
    };
    let mut out = line(&rows[0]);
    out.push_str(&format!("|{}\n", "---|".repeat(columns)));
    rows[1..].iter().for_each(|row| out.push_str(&line(row)));
    Some(out)
}
