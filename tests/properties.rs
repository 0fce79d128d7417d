//! Invariants over arbitrary input (proptest).

use lectern::app::{App, Command, Event, Settings};
use lectern::document::{Document, Format, load};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_bytes_never_panic_and_outline_lines_increase(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let lines = bytes.iter().filter(|&&b| b == b'\n').count();
        if let Some(decoded) = load::decode(bytes) {
            for format in [Format::Plain, Format::Markdown] {
                let doc = Document::from_decoded("x", load::Decoded { text: decoded.text.clone(), notices: vec![], cr_lines: decoded.cr_lines.clone() }, format, &[], Default::default());
                let entry_lines: Vec<usize> = doc.sections.iter().map(|s| doc.section_line(s)).collect();
                // A lone CR breaks a line on screen but not in the file, so two
                // entries may then share a source line.
                let lone_cr = !decoded.cr_lines.is_empty();
                prop_assert!(entry_lines.windows(2).all(|w| w[0] < w[1] || lone_cr && w[0] == w[1]), "{entry_lines:?}");
                prop_assert!(entry_lines.iter().all(|&l| l <= lines));
            }
        }
    }

    #[test]
    fn structured_text_keeps_every_word_once(words in proptest::collection::vec("[a-zA-Z]{1,12}|\n|\n\n|CHAPTER [IVX]{1,3}\n\n", 0..300), width in 1u16..200) {
        let text: String = words.iter().map(|w| if w.starts_with('\n') || w.ends_with('\n') { w.clone() } else { format!("{w} ") }).collect();
        let doc = Document::from_text("x.txt", &text, Format::Plain);
        let mut shown = Vec::new();
        for index in 0..doc.blocks.len() {
            let wrapped = lectern::wrap::wrap_block(&doc, index, usize::from(width));
            let block_text = doc.block_text(index);
            for row in &wrapped.rows {
                match row {
                    lectern::wrap::Row::Words { words, .. } => {
                        for w in &wrapped.words[words.clone()] { shown.push(block_text[w.clone()].to_owned()); }
                    }
                    lectern::wrap::Row::Line { range, .. } => shown.extend(block_text[range.clone()].split_whitespace().map(str::to_owned)),
                    // Plain text has no fitted tables.
                    lectern::wrap::Row::Gap | lectern::wrap::Row::Label { .. } | lectern::wrap::Row::Cells { .. } | lectern::wrap::Row::TableRule { .. } => {}
                }
            }
        }
        let joined: String = shown.concat();
        let expected: String = text.split_whitespace().collect();
        prop_assert_eq!(joined, expected);
    }

    #[test]
    fn resizes_keep_the_anchor_passage(sizes in proptest::collection::vec((1u16..250, 1u16..80), 1..8), scroll in 0usize..60) {
        let mut app = App::new(Document::from_text("seed", lectern::source::SEED_TEXT, Format::Plain), Settings::default());
        app.update(Event::Resized { width: 100, height: 30 });
        for _ in 0..scroll { app.update(Event::Command(Command::ScrollDown)); }
        let (anchor, top) = (app.anchor(), app.top());
        for (w, h) in sizes {
            app.update(Event::Resized { width: w, height: h });
            prop_assert_eq!(app.top().block, top.block, "the passage stays on the top row");
        }
        app.update(Event::Resized { width: 100, height: 30 });
        prop_assert_eq!(app.anchor(), anchor);
        prop_assert_eq!(app.top(), top, "back at the first size, the very same row");
    }

    #[test]
    fn scrolls_resizes_and_the_whole_file_arriving_keep_the_passage_on_top(
        steps in proptest::collection::vec((0usize..3, 1u16..200, 1u16..60, 0usize..25), 1..10),
        cut_tenths in 1usize..9,
    ) {
        let text = lectern::source::SEED_TEXT;
        let cut = text[..text.len() * cut_tenths / 10].rfind("\n\n").map_or(0, |i| i + 2);
        let preview = Document::from_text("seed", &text[..cut], Format::Plain);
        let whole = Document::from_text("seed", text, Format::Plain);
        let mut app = App::new_loading(preview, Settings::default(), text.len() as u64);
        let (middle, rest) = steps.split_at(steps.len() / 2);
        let run = |app: &mut App, steps: &[(usize, u16, u16, usize)]| {
            for &(kind, width, height, count) in steps {
                match kind {
                    0 => (0..count).for_each(|_| { app.update(Event::Command(Command::ScrollDown)); }),
                    1 => (0..count).for_each(|_| { app.update(Event::Command(Command::ScrollUp)); }),
                    _ => { app.update(Event::Resized { width, height }); }
                }
            }
        };
        run(&mut app, middle);
        let before = app.source_position();
        app.update(Event::Loaded { doc: Box::new(whole), saved: Default::default(), resume: false, warnings: Vec::new() });
        prop_assert_eq!(app.source_position(), before, "the same source offset on top after the swap");
        let anchor = app.anchor();
        for &(_, width, height, _) in rest {
            app.update(Event::Resized { width, height });
            prop_assert_eq!(app.anchor(), anchor, "a resize keeps the anchor");
        }
    }
}
