//! Tables wider than the pane: cells wrapped in balanced columns, and
//! sideways scrolling when even the longest words do not fit.

use super::*;

/// The Rust book's operator table, opened at its header.
fn operators_at_header(width: u16, height: u16, outline: bool) -> App {
    let mut app = corpus_app("rust_book_appendix-02-operators.md");
    if !outline {
        app.update(Event::Command(Command::ToggleOutline));
    }
    draw(&mut app, width, height);
    type_search(&mut app, "Overloadable?");
    app.update(Event::Command(Command::Accept));
    app
}

#[test]
fn a_wide_table_wraps_its_cells_into_the_pane() {
    // Beside the outline at 100 columns the table has 68: its 138 are
    // fitted by wrapping the Example and Explanation cells.
    let mut app = operators_at_header(100, 30, true);
    let terminal = draw(&mut app, 100, 30);
    let screen = terminal.backend().to_string();
    for header in ["Operator", "Example", "Explanation", "Overloadable?"] {
        assert!(screen.contains(header), "{header}\n{screen}");
    }
    assert!(screen.contains("Bitwise or"), "{screen}");
    assert!(screen.contains("complement"), "{screen}");
    let text_rows: Vec<&str> = screen.lines().take(29).collect();
    assert!(
        text_rows.iter().all(|row| !row.contains('›')),
        "nothing hidden\n{screen}"
    );
    insta::assert_snapshot!("operators_table_100x30", terminal.backend());
}

#[test]
fn a_table_too_narrow_for_its_longest_words_scrolls_to_its_last_column() {
    // At 60 columns the longest words need 68: the columns take those
    // widths, and the last is reached sideways.
    let mut app = operators_at_header(60, 20, false);
    let screen = draw(&mut app, 60, 20).backend().to_string();
    assert!(screen.contains("Explanation"), "{screen}");
    assert!(!screen.contains("Overloadable?"), "{screen}");
    assert!(screen.contains("›"), "the cut is marked\n{screen}");
    app.update(Event::Command(Command::ScrollRight));
    let terminal = draw(&mut app, 60, 20);
    let moved = terminal.backend().to_string();
    assert!(moved.contains("Overloadable?"), "{moved}");
    assert!(moved.contains("`PartialEq`"), "{moved}");
    insta::assert_snapshot!("operators_table_60x20_scrolled", terminal.backend());
}

#[test]
fn a_table_of_unbreakable_words_scrolls_sideways() {
    let long = "an_identifier_far_too_long_to_break_anywhere_at_all";
    let text = format!(
        "# Links\n\n| Name | Address | Note |\n|---|---|---|\n| one | {long} | the last column |\n"
    );
    let mut app = app_for("t.md", &text, Format::Markdown);
    app.update(Event::Command(Command::ToggleOutline));
    let screen = draw(&mut app, 50, 10).backend().to_string();
    assert!(screen.contains("›"), "the cut is marked:\n{screen}");
    assert!(!screen.contains("Note"), "{screen}");
    for _ in 0..4 {
        app.update(Event::Command(Command::ScrollRight));
    }
    let terminal = draw(&mut app, 50, 10);
    let moved = terminal.backend().to_string();
    assert!(
        moved.contains("Note") && moved.contains("column"),
        "{moved}"
    );
    assert!(moved.contains('‹'), "{moved}");
    insta::assert_snapshot!("table_scrolled_sideways_50x10", terminal.backend());
}
