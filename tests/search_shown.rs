//! What you search is what you see: phrases taken from the drawn screen of
//! converted documents (EPUB, HTML, man pages) and of Markdown documents
//! are found with `/`, and no search finds characters that are not
//! displayed (the Markdown lectern reads some formats through, or markup
//! of any kind): the text searched is the blocks' displayed text, blank
//! lines between.

use lectern::app::{App, Event, Settings};
use lectern::document::Document;
use lectern::source::{ReadAs, Source};
use lectern::ui::{Theme, render};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::PathBuf;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");

/// Every document in `tests/corpus/formats`, and the Markdown documents of
/// the corpus (copied from the shared one), read as lectern reads them.
fn documents() -> Vec<(PathBuf, Document)> {
    let files = |dir: &str| -> Vec<PathBuf> {
        std::fs::read_dir(format!("{CORPUS}/{dir}"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_file())
            .collect()
    };
    let mut paths: Vec<PathBuf> =
        files("formats")
            .into_iter()
            .filter(|p| {
                let name = p.file_name().unwrap().to_string_lossy();
                !name.ends_with(".outline") && !name.ends_with(".md")
            })
            .chain(files("").into_iter().chain(files("keyed")).filter(|p| {
                p.extension().is_some_and(|e| e == "md") && !p.ends_with("PROVENANCE.md")
            }))
            .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let doc = Source::File(path.clone())
                .load(ReadAs::default(), &[])
                .unwrap();
            (path, doc)
        })
        .collect()
}

fn draw(app: &mut App, width: u16, height: u16) -> Terminal<TestBackend> {
    app.update(Event::Resized { width, height });
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| render(app, &Theme::default(), f))
        .unwrap();
    terminal
}

/// The rows of the text column as drawn.
fn text_rows(app: &App, terminal: &Terminal<TestBackend>) -> Vec<String> {
    let column = app.panes().column;
    let buffer = terminal.backend().buffer();
    (column.y..column.y + column.height)
        .map(|y| {
            (column.x..column.x + column.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect()
        })
        .collect()
}

/// Three words of letters in a row, one after another: a phrase a reader
/// would type.
fn phrases(rows: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for row in rows {
        if row.contains('›') || row.contains('↪') || row.contains('…') {
            continue;
        }
        let words: Vec<&str> = row.split_whitespace().collect();
        let letters = |w: &&str| w.chars().count() > 1 && w.chars().all(char::is_alphabetic);
        if let Some(run) = words.windows(3).find(|run| run.iter().all(letters)) {
            out.push(run.join(" ").to_lowercase());
            continue;
        }
        // Text without spaces between words (Chinese): a run of letters.
        let run = row
            .chars()
            .skip_while(|c| c.is_ascii() || !c.is_alphabetic())
            .take_while(|c| c.is_alphabetic() && !c.is_ascii())
            .take(6)
            .collect::<String>();
        if run.chars().count() >= 4 {
            out.push(run);
        }
    }
    out
}

fn status(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    let y = buffer.area.height - 1;
    (0..buffer.area.width)
        .map(|x| buffer[(x, y)].symbol())
        .collect()
}

#[test]
fn phrases_on_screen_are_found_at_two_widths() {
    for (path, doc) in documents() {
        for width in [70, 140] {
            let mut tried = 0;
            for percent in ["0", "30", "60"] {
                let mut app = App::new(doc.clone(), Settings::default());
                draw(&mut app, width, 40);
                for key in percent.chars() {
                    app.press(&key.to_string());
                }
                app.press("%");
                let terminal = draw(&mut app, width, 40);
                for phrase in phrases(&text_rows(&app, &terminal)).into_iter().take(4) {
                    let mut app = App::new(doc.clone(), Settings::default());
                    draw(&mut app, width, 40);
                    app.press("/");
                    for c in phrase.chars() {
                        app.update(Event::Typed(c));
                    }
                    app.press("Enter");
                    let said = status(&draw(&mut app, width, 40));
                    assert!(
                        said.contains("match ") && !said.contains("no match"),
                        "{}: {phrase:?} is on screen at {width} columns but /{phrase} says {said:?}",
                        path.display()
                    );
                    tried += 1;
                }
            }
            assert!(tried >= 4, "{}: too few phrases to try", path.display());
        }
    }
}

#[test]
fn the_text_searched_is_the_displayed_text_and_nothing_else() {
    for (path, doc) in documents() {
        let shown = doc.shown();
        let mut at = 0;
        for block in 0..doc.blocks.len() {
            let span = shown.span_of(&doc, block..block + 1);
            assert!(
                shown.text()[at..span.start].trim().is_empty(),
                "{}: {:?} searched before block {block} but not displayed",
                path.display(),
                &shown.text()[at..span.start]
            );
            assert_eq!(
                &shown.text()[span.clone()],
                doc.block_text(block),
                "{}: block {block}",
                path.display()
            );
            at = span.end;
        }
        assert!(shown.text()[at..].trim().is_empty(), "{}", path.display());
    }
}
