//! Inputs the fuzz targets (`fuzz/`) found, kept so they stay handled.

use lectern::app::{App, Event, Settings};
use lectern::document::{Document, Format};
use lectern::text::cell_width;
use lectern::text::sanitize::sanitize;
use lectern::ui::{Theme, render};
use lectern::wrap::{Row, wrap_block};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use unicode_segmentation::UnicodeSegmentation;

/// `layout` found a wide character (U+A41C, two columns) in a one-column
/// pane: the wrapped word cannot fit, and must not be split or lost. The
/// target's invariant now allows a lone grapheme to overflow; the reader
/// draws nothing it cannot fit, and never panics.
#[test]
fn a_wide_character_in_a_one_column_pane() {
    let text = "\u{a41c}a";
    let doc = Document::from_text("fuzz", text, Format::Plain);
    for width in [1, 2, 3] {
        let wrapped = wrap_block(&doc, 0, width);
        let shown = doc.block_text(0);
        let mut words = Vec::new();
        for row in &wrapped.rows {
            if let Row::Words { words: range, .. } = row {
                for word in &wrapped.words[range.clone()] {
                    let piece = &shown[word.clone()];
                    assert!(
                        cell_width(&sanitize(piece)) <= width || piece.graphemes(true).count() == 1
                    );
                    words.push(piece);
                }
            }
        }
        assert_eq!(words.concat(), text, "nothing lost at width {width}");
    }
    let mut app = App::new(doc, Settings::default());
    for (width, height) in [(1, 1), (1, 2), (2, 1), (3, 3)] {
        app.update(Event::Resized { width, height });
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal
            .draw(|frame| render(&app, &Theme::default(), frame))
            .unwrap();
    }
}

/// `parse_markdown` found list items whose raw HTML block (`<h6>` inside a
/// nested item) came out before the block ahead of it: blocks must stay in
/// source order, which positions, search and bookmarks rely on.
#[test]
fn a_heading_tag_in_a_nested_list_item_keeps_blocks_in_order() {
    let text = "-* [\n* \n*  <h6>`<:`\t\t*\n\t**\t\t";
    let doc = Document::from_text("fuzz.md", text, Format::Markdown);
    let mut previous = 0;
    for block in &doc.blocks {
        assert!(block.range.start >= previous, "{:?}", doc.blocks);
        assert!(block.range.end <= text.len());
        previous = block.range.start;
    }
}

/// `parse_markdown` found a link with no text opening a list item: its
/// address, shown after the (empty) text, opened a block at offset 0,
/// after the blocks before it.
#[test]
fn a_link_with_no_text_opens_its_block_where_it_stands() {
    let text = "Some text first.\n\n* [](https://example.com/a)\n* b\n";
    let doc = Document::from_text("fuzz.md", text, Format::Markdown);
    let starts: Vec<usize> = doc.blocks.iter().map(|b| b.range.start).collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]), "{:?}", doc.blocks);
    let link = (0..doc.blocks.len()).find(|&i| doc.block_text(i).contains("example.com"));
    assert!(
        link.is_some_and(|i| doc.blocks[i].range.start > 10),
        "{:?}",
        doc.blocks
    );
}

/// `parse_markdown` found an HTML block in a list item: the item's indent
/// lies between its lines, so offsets in the gathered HTML are not offsets
/// from the block's start; added, they ended inside a four-byte character.
#[test]
fn an_html_block_in_a_list_item_keeps_its_ranges_on_characters() {
    let text = "*\t*\t\t\t\n\t<h5\t\t\t\t[*\t\t*\t*\n\t<h5<summary\u{2aaaa}";
    let doc = Document::from_text("fuzz.md", text, Format::Markdown);
    for block in &doc.blocks {
        assert!(block.range.end <= text.len(), "{block:?}");
        assert!(text.is_char_boundary(block.range.start), "{block:?}");
        assert!(text.is_char_boundary(block.range.end), "{block:?}");
    }
    let item = "* one\n\n  <p>first line\n  second line</p>\n";
    let doc = Document::from_text("item.md", item, Format::Markdown);
    let last = doc.blocks.last().unwrap();
    assert!(
        item[last.range.clone()].trim_end().ends_with("</p>"),
        "the block ends where the HTML does: {:?}",
        &item[last.range.clone()]
    );
}
