//! Markdown as the best terminal readers show it: highlighted code behind
//! a labelled rule, links with their addresses, footnotes, HTML, tables,
//! one rule per break, the front matter's title.

use super::*;
use ratatui::style::{Color, Style};
use std::collections::HashSet;

fn showcase() -> App {
    let path =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/showcase.md");
    let doc = lectern::source::Source::File(path)
        .load(None, &[])
        .expect("the showcase loads");
    App::new(doc, Settings::default())
}

fn draw_in(app: &mut App, theme: &Theme, width: u16, height: u16) -> Terminal<TestBackend> {
    app.update(Event::Resized { width, height });
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| render(app, theme, f)).unwrap();
    terminal
}

/// The styles of the cells of the screen row holding `text`.
fn row_styles(terminal: &Terminal<TestBackend>, text: &str) -> Vec<Style> {
    let buf = terminal.backend().buffer();
    let width = buf.area.width;
    let y = (0..buf.area.height)
        .find(|&y| {
            let row: String = (0..width).map(|x| buf[(x, y)].symbol()).collect();
            row.contains(text)
        })
        .unwrap_or_else(|| panic!("no row holds {text:?}"));
    (0..width).map(|x| buf[(x, y)].style()).collect()
}

#[test]
fn every_element_at_two_sizes() {
    lectern::highlight::load();
    lectern::highlight::compile("rust", "fn main() {}\n");
    for (width, height) in [(100, 30), (60, 20)] {
        let mut app = showcase();
        let terminal = draw_in(&mut app, &Theme::default(), width, height);
        let screen = terminal.backend().to_string();
        assert!(
            screen.contains("The Showcase"),
            "the title is the root\n{screen}"
        );
        assert!(screen.contains("2ⁿ") && screen.contains("H₂O"), "{screen}");
        assert!(screen.contains("[1]"), "the note's number\n{screen}");
        assert!(
            screen.contains("(https://"),
            "the address follows\n{screen}"
        );
        assert!(screen.contains("╭ rust"), "the code's label\n{screen}");
        insta::assert_snapshot!(format!("showcase_{width}x{height}"), terminal.backend());
        // The rest of the document, a page down.
        app.press("Space");
        let terminal = draw_in(&mut app, &Theme::default(), width, height);
        insta::assert_snapshot!(
            format!("showcase_{width}x{height}_page_2"),
            terminal.backend()
        );
    }
}

#[test]
fn code_is_highlighted_in_colour_and_only_framed_in_mono() {
    // The reader loads and compiles the grammars off the event loop; here,
    // first.
    lectern::highlight::load();
    lectern::highlight::compile("rust", "fn main() {}\n");
    let mut app = showcase();
    let dark = draw_in(&mut app, &Theme::dark(), 100, 30);
    let colours: HashSet<Color> = ["fn main", "let n = 42", "println!", "// Greet"]
        .iter()
        .flat_map(|line| row_styles(&dark, line))
        .filter_map(|style| style.fg)
        .filter(|&c| c != Color::Reset)
        .collect();
    assert!(colours.len() >= 4, "several distinct styles: {colours:?}");
    let mono = draw_in(&mut app, &Theme::mono(), 100, 30);
    let code_rows = ["fn main", "let n = 42", "println!"];
    for line in code_rows {
        let styles = row_styles(&mono, line);
        assert!(
            styles
                .iter()
                .all(|s| s.fg.is_none() || s.fg == Some(Color::Reset)),
            "{line}"
        );
    }
    let screen = mono.backend().to_string();
    assert!(
        screen.contains("╭ rust") && screen.contains("│ fn main() {"),
        "{screen}"
    );
}

#[test]
fn a_thematic_break_is_one_rule() {
    let mut app = showcase();
    let screen = draw_in(&mut app, &Theme::default(), 100, 30)
        .backend()
        .to_string();
    // Rows of the text pane that are nothing but a rule.
    let rules = screen
        .lines()
        .filter_map(|l| l.split('│').nth(1))
        .filter(|text| {
            let text = text.trim_matches(|c| c == ' ' || c == '"');
            !text.is_empty() && text.chars().all(|c| c == '─')
        })
        .count();
    assert_eq!(rules, 1, "{screen}");
}
