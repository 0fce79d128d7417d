//! Any document at any width: wrapping fits every re-flowed row in the
//! width, and the reader, drawn at that size and moved about, never panics.
#![no_main]

use lectern::app::{Event, App, Settings};
use lectern::document::{Document, Format};
use lectern::text::cell_width;
use lectern::text::sanitize::sanitize;
use lectern::ui::{self, Theme};
use lectern::wrap::{Row, wrap_block};
use libfuzzer_sys::fuzz_target;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use unicode_segmentation::UnicodeSegmentation;

fuzz_target!(|input: (u8, u8, bool, &str)| {
    let (width, height, markdown, text) = input;
    let format = if markdown {
        Format::Markdown
    } else {
        Format::Plain
    };
    let doc = Document::from_text("fuzz", text, format);
    let width = u16::from(width % 160);
    let height = u16::from(height % 60);
    let column = usize::from(width.max(1));
    for index in 0..doc.blocks.len() {
        let wrapped = wrap_block(&doc, index, column);
        let shown = doc.block_text(index);
        for row in &wrapped.rows {
            if let Row::Words { words, .. } = row {
                for word in &wrapped.words[words.clone()] {
                    assert!(shown.is_char_boundary(word.start) && shown.is_char_boundary(word.end));
                    let piece = &shown[word.clone()];
                    // Only a lone grapheme wider than the column may overflow
                    // it (a CJK character in a one-column pane).
                    assert!(
                        cell_width(&sanitize(piece)) <= column
                            || piece.graphemes(true).count() == 1,
                        "{piece:?} at {column}"
                    );
                }
            }
        }
    }
    let mut app = App::new(doc, Settings::default());
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test backend");
    let theme = Theme::default();
    app.update(Event::Resized { width, height });
    for key in [
        "G", "k", "g", "]", "Space", "Tab", "j", "Tab", "f", "a", "Enter", "/", "e", "Enter", "n",
    ] {
        app.press(key);
        terminal
            .draw(|frame| ui::render(&app, &theme, frame))
            .expect("draws");
    }
});
