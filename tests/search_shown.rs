//! What you search is what you see: phrases taken from the drawn screen of
//! converted documents (EPUB, HTML, man pages) are found with `/`, and no
//! search finds characters that are not displayed (the Markdown lectern
//! once read these formats through, or markup of any kind).

use lectern::app::{App, Event, Settings};
use lectern::search::{Search, Within};
use lectern::source::{ReadAs, Source};
use lectern::ui::{Theme, render};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::PathBuf;

const FORMATS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/formats");

fn documents() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(FORMATS)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            !name.ends_with(".outline") && !name.ends_with(".md")
        })
        .collect();
    paths.sort();
    paths
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
        for run in words.windows(3) {
            if run
                .iter()
                .all(|w| w.chars().count() > 1 && w.chars().all(char::is_alphabetic))
            {
                out.push(run.join(" ").to_lowercase());
                break;
            }
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
    for path in documents() {
        let doc = Source::File(path.clone())
            .load(ReadAs::default(), &[])
            .unwrap();
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
fn no_search_finds_what_is_not_displayed() {
    for path in documents() {
        let doc = Source::File(path.clone())
            .load(ReadAs::default(), &[])
            .unwrap();
        for query in ["**", "\\", "](", "#", "*", "_", "`", "<", ">"] {
            let within = Within {
                colour_codes: doc.has_colour_codes(),
                accents: !doc.is_ascii(),
            };
            let search = Search::in_text(query, false, within).unwrap().unwrap();
            for found in search.all(doc.text()) {
                let block = doc
                    .blocks
                    .partition_point(|b| b.range.start <= found.start)
                    .saturating_sub(1);
                let holder = &doc.blocks[block];
                assert!(
                    holder.range.start <= found.start
                        && found.end <= holder.range.end
                        && !holder.is_rich(),
                    "{}: /{query} finds {:?} at {}, which is not displayed there",
                    path.display(),
                    &doc.text()[found.clone()],
                    found.start
                );
            }
        }
    }
}
