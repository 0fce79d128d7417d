//! The outline pane with the focus: its own keys for moving and folding.

use super::*;

/// Five chapters of two sections each, twenty rows high.
fn nested_app() -> App {
    let mut text = String::new();
    for chapter in 1..=5 {
        text.push_str(&format!("CHAPTER {chapter}\n\n"));
        for section in 1..=2 {
            text.push_str(&format!("{chapter}.{section} Part\n\n"));
            text.push_str("Some words of the part, long enough to be prose.\n\n");
        }
    }
    let app = sized_app("nested.txt", &text, Format::Plain, 80, 12);
    let levels: Vec<u8> = app.doc().sections.iter().map(|s| s.level).collect();
    assert_eq!(levels.len(), 15);
    assert!(
        levels[1] > levels[0] && levels[2] == levels[1],
        "the fixture nests: {levels:?}"
    );
    app
}

#[test]
fn with_the_outline_focused_g_g_and_half_pages_move_its_cursor_not_the_text() {
    let mut app = nested_app();
    app.press("Tab");
    assert_eq!(app.focus, Focus::Outline);
    app.press("G");
    assert_eq!(app.outline.selected, app.doc().sections.len() - 1);
    assert_eq!(app.position_label(), "Top", "the text stays");
    app.press("g");
    assert_eq!(app.outline.selected, 0);
    assert_eq!(app.outline.scroll, 0, "scrolled back to show it");
    app.press("Ctrl-d");
    let half = app.outline.selected;
    assert!(half >= 2, "half the pane down: {half}");
    app.press("Ctrl-u");
    assert_eq!(app.outline.selected, 0);
    app.press("3");
    app.press("j");
    assert_eq!(app.outline.selected, 3, "a count moves that many entries");
    // In the text, g and G still move the text.
    app.press("Tab");
    app.press("G");
    assert_eq!(app.position_label(), "End");
}

#[test]
fn the_outline_folds_to_its_top_level_unfolds_and_shows_n_levels() {
    let mut app = nested_app();
    app.press("Tab");
    app.press("4");
    app.press("j");
    let chapter_of_selected = 3; // section 4 is 2.1, in CHAPTER 2 (index 3)
    app.press("-");
    assert_eq!(app.outline.visible(), [0, 3, 6, 9, 12], "chapters only");
    assert_eq!(
        app.outline.selected, chapter_of_selected,
        "kept on its chapter"
    );
    app.press("+");
    assert_eq!(app.outline.visible().len(), 15, "everything");
    app.press("1");
    app.press("+");
    assert_eq!(app.outline.visible().len(), 5, "1+: one level");
    app.press("2");
    app.press("=");
    assert_eq!(
        app.outline.visible().len(),
        15,
        "2=: two levels, all of these"
    );
    let help: Vec<&str> = crate::app::keymap::BINDINGS
        .iter()
        .map(|b| b.name)
        .collect();
    assert!(help.contains(&"outline-collapse-all") && help.contains(&"outline-expand-all"));
}
