//! Help and the jump palette.

use super::*;

#[test]
fn help_opens_and_closes_and_q_quits() {
    let mut app = long_app();
    app.press("?");
    assert_eq!(app.overlay.name(), "help");
    assert!(app.press("q").is_empty(), "q closes help first");
    assert_eq!(app.overlay.name(), "none");
    let effects = app.press("q");
    assert_eq!(effects.last(), Some(&Effect::Quit));
    assert!(
        matches!(&effects[0], Effect::Save { changes: c, .. } if c.position.is_some()),
        "quitting saves the position first: {effects:?}"
    );
    assert_eq!(
        app.press("Ctrl-c"),
        vec![Effect::Quit],
        "nothing new to save"
    );
}

#[test]
fn palette_jumps_to_the_typed_section_with_its_heading_on_top() {
    let mut app = seed_app(100, 30);
    app.press("f");
    assert_eq!(app.overlay.name(), "palette");
    assert_eq!(app.key_context(), KeyContext::Palette);
    for c in "platform".chars() {
        app.press(&c.to_string());
    }
    assert_eq!(palette(&app).ranker.results().len(), 1);
    app.press("Enter");
    assert_eq!(app.overlay.name(), "none");
    let section = app.current_section().unwrap();
    assert!(
        &app.doc().sections[section]
            .title
            .starts_with("the platform for action")
    );
    assert_eq!(
        app.top(),
        RowPos {
            block: app.doc().sections[section].block,
            row: 0
        },
        "heading on the top row, even near the end"
    );
    assert_eq!(app.outline.selected, section, "the outline follows");
}

#[test]
fn palette_escape_leaves_the_position_and_no_match_enter_does_nothing() {
    let mut app = seed_app(100, 30);
    app.press("j");
    let before = app.top();
    app.press("Ctrl-p");
    for c in "xyzq".chars() {
        app.press(&c.to_string());
    }
    app.press("Enter");
    assert_eq!(
        app.overlay.name(),
        "palette",
        "Enter with no match keeps the palette open"
    );
    app.press("Esc");
    assert_eq!(app.overlay.name(), "none");
    assert_eq!(app.top(), before);
}

#[test]
fn palette_selection_moves_and_empty_query_preselects_the_current_section() {
    let mut app = long_app();
    app.press("]");
    app.press("]");
    app.press("f");
    assert_eq!(palette(&app).list.selected, 2);
    app.press("Down");
    app.press("Tab");
    assert_eq!(palette(&app).list.selected, 4);
    app.press("Up");
    app.press("Ctrl-p");
    assert_eq!(palette(&app).list.selected, 2);
    for _ in 0..10 {
        app.press("Ctrl-n");
    }
    assert_eq!(
        palette(&app).list.selected,
        app.doc().sections.len() - 1,
        "stops at the end"
    );
    app.press("Enter");
    assert_eq!(app.current_section(), Some(app.doc().sections.len() - 1));
}

#[test]
fn the_palette_lists_bookmarks_and_the_quote_filter_keeps_only_them() {
    let mut app = seed_app(100, 30);
    app.press("G");
    app.press("m");
    type_text(&mut app, "zebra note");
    app.press("Enter");
    app.press("g");
    app.press("f");
    type_text(&mut app, "'zebra");
    assert_eq!(palette(&app).ranker.results().len(), 1);
    app.press("Enter");
    assert!(app.top() > RowPos::default());
    app.press("f");
    type_text(&mut app, "#zebra");
    assert!(
        palette(&app).ranker.results().is_empty(),
        "# keeps sections only"
    );
}

#[test]
fn the_palette_spans_every_document_and_takes_you_there() {
    let mut app = library_app();
    app.press("f");
    for c in "beta".chars() {
        app.update(Event::Typed(c));
    }
    app.press("Enter");
    assert_eq!(app.doc().name, "second.md");
    assert!(top_text(&app).contains("Beta part"), "{}", top_text(&app));
    assert_eq!(app.library.current, DocId(1));
}
