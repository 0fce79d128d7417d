use super::*;
use crate::document::Format;
use crate::source::SEED_TEXT;

fn seed_app(width: u16, height: u16) -> App {
    let doc = Document::from_text("seed.txt", SEED_TEXT, Format::Plain);
    let mut app = App::new(doc, Settings::default());
    app.update(Action::Resize { width, height });
    app
}

fn long_app() -> App {
    let mut text = String::new();
    for chapter in 1..=5 {
        text.push_str(&format!("CHAPTER {chapter}\n\n"));
        for p in 0..10 {
            text.push_str(&format!("Paragraph {p} of chapter {chapter}, with enough words to wrap onto more than one row of the pane.\n\n"));
        }
    }
    let mut app = App::new(
        Document::from_text("long.txt", &text, Format::Plain),
        Settings::default(),
    );
    app.update(Action::Resize {
        width: 80,
        height: 20,
    });
    app
}

#[test]
fn scrolling_clamps_at_both_ends() {
    let mut app = long_app();
    app.press("k");
    assert_eq!(app.top(), RowPos::default());
    assert_eq!(app.position_label(), "Top");
    app.press("j");
    assert_eq!(app.top().row + app.top().block, 1);
    app.press("G");
    assert_eq!(app.position_label(), "End");
    let end = app.top();
    app.press("j");
    app.press("Space");
    assert_eq!(app.top(), end, "cannot scroll past the end");
    app.press("g");
    assert_eq!(app.top(), RowPos::default());
}

#[test]
fn pages_and_half_pages_move_by_the_pane_height() {
    let mut app = long_app();
    let height = app.panes.column.height as isize;
    app.press("Space");
    let after_page = app.top();
    let mut cache = WrapCache::default();
    cache.set_width(usize::from(app.panes.column.width));
    assert_eq!(
        after_page,
        cache.advance(&app.doc, RowPos::default(), height)
    );
    app.press("b");
    assert_eq!(app.top(), RowPos::default());
    app.press("Ctrl-d");
    assert_eq!(
        app.top(),
        cache.advance(&app.doc, RowPos::default(), height / 2)
    );
    app.press("Ctrl-u");
    assert_eq!(app.top(), RowPos::default());
}

#[test]
fn section_jumps_land_on_headings() {
    let mut app = long_app();
    app.press("]");
    assert_eq!(app.current_section(), Some(1));
    assert_eq!(app.top().block, app.doc.sections[1].block);
    app.press("]");
    app.press("[");
    assert_eq!(app.top().block, app.doc.sections[1].block);
    app.press("}");
    assert_eq!(app.current_section(), Some(2));
    app.press("{");
    assert_eq!(app.current_section(), Some(1));
}

#[test]
fn tab_moves_focus_and_enter_jumps_from_the_outline() {
    let mut app = long_app();
    assert_eq!(app.key_context(), KeyContext::Text);
    app.press("Tab");
    assert_eq!(app.focus, Focus::Outline);
    app.press("j");
    app.press("j");
    assert_eq!(app.outline.selected, 2);
    assert_eq!(
        app.top(),
        RowPos::default(),
        "moving in the outline does not scroll"
    );
    app.press("Enter");
    assert_eq!(app.focus, Focus::Text);
    assert_eq!(app.top().block, app.doc.sections[2].block);
}

#[test]
fn outline_follows_reading_and_can_be_hidden() {
    let mut app = long_app();
    app.press("G");
    assert_eq!(app.outline.selected, app.doc.sections.len() - 1);
    app.press("o");
    assert!(app.panes.outline.is_none());
    app.press("Tab");
    assert_eq!(app.focus, Focus::Text, "no focus on a hidden outline");
}

#[test]
fn help_opens_and_closes_and_q_quits() {
    let mut app = long_app();
    app.press("?");
    assert_eq!(app.overlay, Overlay::Help);
    assert!(app.press("q").is_empty(), "q closes help first");
    assert_eq!(app.overlay, Overlay::None);
    assert_eq!(app.press("q"), vec![Effect::Quit]);
    assert_eq!(app.press("Ctrl-c"), vec![Effect::Quit]);
}

#[test]
fn resize_keeps_the_passage_at_the_top() {
    let mut app = seed_app(100, 30);
    for _ in 0..17 {
        app.press("j");
    }
    let before = app.source_position();
    app.update(Action::Resize {
        width: 61,
        height: 20,
    });
    let after = app.source_position();
    app.update(Action::Resize {
        width: 140,
        height: 50,
    });
    let wide = app.source_position();
    // The new top row starts at or just before the old passage (a row's start).
    assert!(
        after <= before && before - after < 200,
        "{before} vs {after}"
    );
    assert!(wide <= before && before - wide < 400, "{before} vs {wide}");
}

#[test]
fn tiny_terminals_never_panic() {
    let mut app = seed_app(1, 1);
    for key in [
        "j", "G", "]", "[", "Tab", "Enter", "o", "?", "Esc", "Space", "b",
    ] {
        app.press(key);
    }
    app.update(Action::Resize {
        width: 0,
        height: 0,
    });
    app.press("G");
    app.update(Action::Resize {
        width: 10,
        height: 3,
    });
    app.press("k");
}

#[test]
fn mouse_wheel_scrolls_the_pane_under_the_pointer() {
    let mut app = long_app();
    let text_x = app.panes.column.x;
    app.update(Action::MouseScroll {
        column: text_x,
        row: 2,
        down: true,
    });
    assert!(app.top() > RowPos::default());
    let outline = app.panes.outline.unwrap();
    app.update(Action::MouseClick {
        column: outline.x + 1,
        row: outline.y + 3,
    });
    assert_eq!(app.current_section(), Some(3));
}

#[test]
fn empty_documents_are_readable() {
    let mut app = App::new(
        Document::from_text("e.txt", "", Format::Plain),
        Settings::default(),
    );
    for key in ["j", "G", "]", "Tab", "Enter", "g"] {
        app.press(key);
    }
    assert_eq!(app.position_label(), "All");
}

#[test]
fn palette_jumps_to_the_typed_section_with_its_heading_on_top() {
    let mut app = seed_app(100, 30);
    app.press("f");
    assert_eq!(app.overlay, Overlay::Palette);
    assert_eq!(app.key_context(), KeyContext::Palette);
    for c in "platform".chars() {
        app.press(&c.to_string());
    }
    assert_eq!(app.palette.ranker.results().len(), 1);
    app.press("Enter");
    assert_eq!(app.overlay, Overlay::None);
    let section = app.current_section().unwrap();
    assert!(
        app.doc.sections[section]
            .title
            .starts_with("the platform for action")
    );
    assert_eq!(
        app.top(),
        RowPos {
            block: app.doc.sections[section].block,
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
        app.overlay,
        Overlay::Palette,
        "Enter with no match keeps the palette open"
    );
    app.press("Esc");
    assert_eq!(app.overlay, Overlay::None);
    assert_eq!(app.top(), before);
}

#[test]
fn palette_selection_moves_and_empty_query_preselects_the_current_section() {
    let mut app = long_app();
    app.press("]");
    app.press("]");
    app.press("f");
    assert_eq!(app.palette.selected, 2);
    app.press("Down");
    app.press("Tab");
    assert_eq!(app.palette.selected, 4);
    app.press("Up");
    app.press("Ctrl-p");
    assert_eq!(app.palette.selected, 2);
    for _ in 0..10 {
        app.press("Ctrl-n");
    }
    assert_eq!(
        app.palette.selected,
        app.doc.sections.len() - 1,
        "stops at the end"
    );
    app.press("Enter");
    assert_eq!(app.current_section(), Some(app.doc.sections.len() - 1));
}

#[test]
fn after_a_jump_past_the_last_page_scrolling_down_stays_and_up_moves() {
    let mut app = seed_app(100, 30);
    let last = app.doc.sections.len() - 1;
    app.press("G");
    let end = app.top();
    app.press("]");
    app.press("]");
    let jumped = app.top();
    assert_eq!(jumped.block, app.doc.sections[last].block);
    assert!(jumped > end);
    app.press("j");
    assert_eq!(app.top(), jumped, "no jump back up when scrolling down");
    app.press("k");
    assert!(app.top() < jumped);
    assert_eq!(app.position_label(), "End");
}
