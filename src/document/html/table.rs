//! HTML tables as cells: a caption above, a cell that spans columns or
//! rows followed by the empty cells it covers, so that every other cell
//! stays in its column; header rows (`<thead>`, or rows of `<th>` alone)
//! first.

use super::elements::{BLOCKS, left_out};
use crate::document::table::TableCells;
use crate::text::squeeze_whitespace as squeeze;
use scraper::{ElementRef, Node};

/// The most columns or rows one cell is taken to span (a `colspan` of a
/// million would make a million cells).
const SPAN_LIMIT: usize = 64;

/// A table read: its caption, cells, and the links in them (text, href).
pub(super) struct Table {
    pub caption: Option<String>,
    pub cells: TableCells,
    pub links: Vec<(String, String)>,
}

pub(super) fn read(table: ElementRef<'_>) -> Table {
    let mut links = Vec::new();
    let caption = table
        .children()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "caption")
        .map(|c| cell_text(c, &mut links))
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
    let mut cells = TableCells::default();
    let mut header_ended = false;
    for row in table
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| e.value().name() == "tr")
    {
        let mut texts: Vec<String> = Vec::new();
        let take_covered = |texts: &mut Vec<String>, covered: &mut Vec<usize>| {
            while covered.get(texts.len()).is_some_and(|&c| c > 0) {
                covered[texts.len()] -= 1;
                texts.push(String::new());
            }
        };
        let row_cells = row
            .children()
            .filter_map(ElementRef::wrap)
            .filter(|c| matches!(c.value().name(), "td" | "th"));
        let mut all_th = true;
        for cell in row_cells {
            all_th &= cell.value().name() == "th";
            take_covered(&mut texts, &mut covered);
            let (across, down) = (span(cell, "colspan"), span(cell, "rowspan"));
            for column in 0..across {
                let at = texts.len();
                if covered.len() <= at {
                    covered.resize(at + 1, 0);
                }
                covered[at] = down - 1;
                texts.push(if column == 0 {
                    cell_text(cell, &mut links)
                } else {
                    String::new()
                });
            }
        }
        take_covered(&mut texts, &mut covered);
        if texts.is_empty() {
            continue;
        }
        let in_head = row
            .parent()
            .and_then(ElementRef::wrap)
            .is_some_and(|p| p.value().name() == "thead");
        if !header_ended && (in_head || all_th) {
            cells.header_rows += 1;
        } else {
            header_ended = true;
        }
        cells.rows.push(texts);
    }
    if cells.header_rows == cells.rows.len() {
        // A table of header cells alone is a table, not a header.
        cells.header_rows = cells.header_rows.min(1);
    }
    Table {
        caption,
        cells,
        links,
    }
}

/// A cell's text as it reads: white space squeezed, `<br>` a line break,
/// images by their alt text; its links noted in `links`.
fn cell_text(cell: ElementRef<'_>, links: &mut Vec<(String, String)>) -> String {
    let mut raw = String::new();
    gather(cell, &mut raw, links);
    let lines: Vec<String> = raw
        .split('\n')
        .map(squeeze)
        .filter(|line| !line.is_empty())
        .collect();
    lines.join("\n")
}

fn gather(element: ElementRef<'_>, out: &mut String, links: &mut Vec<(String, String)>) {
    for child in element.children() {
        match child.value() {
            Node::Text(text) => out.push_str(&text.replace('\n', " ")),
            Node::Element(_) => {
                let Some(child) = ElementRef::wrap(child) else {
                    continue;
                };
                if left_out(child) {
                    continue;
                }
                let value = child.value();
                match value.name() {
                    "br" => out.push('\n'),
                    "img" => {
                        out.push_str(&format!(" [image: {}] ", value.attr("alt").unwrap_or("")));
                    }
                    "a" => {
                        let start = out.len();
                        gather(child, out, links);
                        let text = squeeze(&out[start..]);
                        if let Some(href) = value.attr("href").filter(|_| !text.is_empty()) {
                            links.push((text, href.to_owned()));
                        }
                    }
                    // A paragraph or a list item in a cell is a line of it.
                    name if BLOCKS.contains(&name) => {
                        out.push('\n');
                        gather(child, out, links);
                        out.push('\n');
                    }
                    _ => gather(child, out, links),
                }
            }
            _ => {}
        }
    }
}
