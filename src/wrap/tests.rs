//! Wrapping at a width: rows that fit, nothing lost.

use super::*;
use crate::document::Format;

fn doc(text: &str) -> Document {
    Document::from_text("t.txt", text, Format::Plain)
}

fn row_texts(doc: &Document, block: usize, width: usize) -> Vec<String> {
    let wrapped = wrap_block(doc, block, width);
    let text = doc.block_text(block);
    wrapped
        .rows
        .iter()
        .map(|row| match row {
            Row::Words { words, .. } => wrapped.row_text(text, words.clone()),
            Row::Line { range, .. } => text[range.clone()].to_owned(),
            row @ (Row::Cells { .. } | Row::TableRule { .. }) => {
                table::row_text(text, &wrapped.columns, row)
            }
            Row::Label { .. } | Row::Gap => String::new(),
        })
        .collect()
}

#[test]
fn wrapped_kept_lines_count_columns_without_colour_codes_and_mark_continuations() {
    let line = "\x1b[32m[1.0]\x1b[0m \x1b[33mwlan0\x1b[0m: associated with the access point";
    let rows: Vec<&str> = preformatted_rows(line, Some(20))
        .rows
        .iter()
        .map(|row| match row {
            Row::Line { range, .. } => &line[range.clone()],
            _ => "",
        })
        .collect();
    let shown: Vec<String> = rows
        .iter()
        .map(|r| crate::text::strip_sgr(r).into_owned())
        .collect();
    assert_eq!(shown.concat(), crate::text::strip_sgr(line), "nothing lost");
    assert_eq!(
        shown[0], "[1.0] wlan0: associa",
        "20 columns, codes not counted"
    );
    assert!(
        shown[1..].iter().all(|r| r.chars().count() <= 19),
        "{shown:?}"
    );
    assert!(
        shown.iter().all(|r| !r.contains('\x1b')),
        "no code cut in two"
    );
    let mut start = 0;
    for row in &rows {
        assert_eq!(continues_line(line, &(start..start + row.len())), start > 0);
        start += row.len();
    }
}

#[test]
fn rows_fit_as_cells_count_them_lam_alef_included() {
    // `str::width` counts the lam-alef pair as one column; drawn a
    // grapheme to a cell it takes two.
    let d = doc(&"لا سلام \u{200f}عليكم ".repeat(30));
    for width in [7, 10, 23] {
        for row in row_texts(&d, 0, width) {
            let shown = crate::text::sanitize::sanitize(&row);
            assert!(
                crate::text::cell_width(&shown) <= width,
                "{row:?} at {width}"
            );
        }
    }
}

#[test]
fn prose_rewraps_to_the_width_and_joins_hard_wrapped_lines() {
    let d = doc(
        "This is a paragraph that was hard wrapped at about sixty\ncolumns by its author so that it looks tidy in a fixed\nwidth editor window.\n",
    );
    let rows = row_texts(&d, 0, 30);
    assert!(rows.iter().all(|r| r.len() <= 30), "{rows:?}");
    assert_eq!(
        rows.join(" "),
        "This is a paragraph that was hard wrapped at about sixty columns by its author so that it looks tidy in a fixed width editor window."
    );
}

#[test]
fn words_wider_than_the_row_are_cut_between_graphemes() {
    let d = doc(&"紅".repeat(10));
    let rows = row_texts(&d, 0, 5);
    assert_eq!(rows, vec!["紅紅", "紅紅", "紅紅", "紅紅", "紅紅"]);
}

#[test]
fn offsets_find_their_row_again_at_another_width() {
    let d = doc(&"word ".repeat(200));
    let narrow = wrap_block(&d, 0, 20);
    let offset = narrow.row_offset(7);
    let wide = wrap_block(&d, 0, 50);
    let row = wide.row_at(offset);
    assert!(wide.row_offset(row) <= offset);
    assert!(row + 1 == wide.rows.len() || wide.row_offset(row + 1) > offset);
}

#[test]
fn advance_clamps_at_both_ends_and_crosses_blocks() {
    let d = doc("one\n\ntwo\n\nthree\n");
    let mut cache = WrapCache::default();
    cache.set_widths(40, 40);
    let start = RowPos::default();
    assert_eq!(cache.advance(&d, start, -5), start);
    // one, gap, two, gap, three
    assert_eq!(cache.advance(&d, start, 2), RowPos { block: 1, row: 0 });
    assert_eq!(cache.advance(&d, start, 100), RowPos { block: 2, row: 0 });
    assert_eq!(cache.last_row(&d), RowPos { block: 2, row: 0 });
    assert_eq!(
        cache.advance(&d, RowPos { block: 2, row: 0 }, -3),
        RowPos { block: 0, row: 1 }
    );
}

#[test]
fn zero_width_never_loops_or_panics() {
    let d = doc("some words here");
    let wrapped = wrap_block(&d, 0, 0);
    assert!(!wrapped.rows.is_empty());
}

#[test]
fn a_code_blocks_label_is_the_row_its_start_comes_back_to() {
    let d = Document::from_text(
        "c.md",
        "```rust\nlet a = 1;\nlet b = 2;\n```\n",
        Format::Markdown,
    );
    let wrapped = wrap_block(&d, 0, 40);
    assert!(matches!(wrapped.rows[0], Row::Label { .. }));
    assert_eq!(wrapped.row_at(wrapped.row_offset(0)), 0);
    let second = wrapped.row_offset(2);
    assert_eq!(wrapped.row_at(second), 2);
    assert_eq!(wrapped.row_at(second + 3), 2, "inside the line");
}

#[test]
fn vertical_tab_form_feed_and_nel_in_prose_are_kept_for_their_placeholders() {
    let d = doc("Title Line\n\nOne\u{b}two\u{c}three\u{85}four words here.\n");
    let rows = row_texts(&d, 1, 80);
    assert_eq!(rows[0], "One\u{b}two\u{c}three\u{85}four words here.");
    let shown = crate::text::sanitize::sanitize(&rows[0]).into_owned();
    assert!(shown.contains("One␋two␌three<U+0085>four"), "{shown}");
}
