//! Scrolling, sections, the outline and its focus, resizing, the mouse.

use super::*;

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
    let height = app.panes().column.height as isize;
    app.press("Space");
    let after_page = app.top();
    let mut cache = WrapCache::default();
    let width = usize::from(app.panes().column.width);
    cache.set_widths(width, width);
    assert_eq!(
        after_page,
        cache.advance(app.doc(), RowPos::default(), height)
    );
    app.press("b");
    assert_eq!(app.top(), RowPos::default());
    app.press("Ctrl-d");
    assert_eq!(
        app.top(),
        cache.advance(app.doc(), RowPos::default(), height / 2)
    );
    app.press("Ctrl-u");
    assert_eq!(app.top(), RowPos::default());
}

#[test]
fn section_jumps_land_on_headings() {
    let mut app = long_app();
    app.press("]");
    assert_eq!(app.current_section(), Some(1));
    assert_eq!(app.top().block, app.doc().sections[1].block);
    app.press("]");
    app.press("[");
    assert_eq!(app.top().block, app.doc().sections[1].block);
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
    assert_eq!(app.top().block, app.doc().sections[2].block);
}

#[test]
fn resize_keeps_the_passage_at_the_top() {
    let mut app = seed_app(100, 30);
    for _ in 0..17 {
        app.press("j");
    }
    let before = app.source_position();
    app.update(Event::Resized {
        width: 61,
        height: 20,
    });
    let after = app.source_position();
    app.update(Event::Resized {
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
    app.update(Event::Resized {
        width: 0,
        height: 0,
    });
    app.press("G");
    app.update(Event::Resized {
        width: 10,
        height: 3,
    });
    app.press("k");
}

#[test]
fn mouse_wheel_scrolls_the_pane_under_the_pointer() {
    let mut app = long_app();
    let text_x = app.panes().column.x;
    app.update(Event::Mouse {
        kind: MouseKind::ScrollDown,
        column: text_x,
        row: 2,
    });
    assert!(app.top() > RowPos::default());
    let outline = app.panes().outline.unwrap();
    app.update(Event::Mouse {
        kind: MouseKind::Click,
        column: outline.x + 1,
        row: outline.y + 3,
    });
    assert_eq!(app.current_section(), Some(3));
}

#[test]
fn after_a_jump_past_the_last_page_scrolling_down_stays_and_up_moves() {
    let mut app = seed_app(100, 30);
    let last = app.doc().sections.len() - 1;
    app.press("G");
    let end = app.top();
    app.press("]");
    app.press("]");
    let jumped = app.top();
    assert_eq!(jumped.block, app.doc().sections[last].block);
    assert!(jumped > end);
    app.press("j");
    assert_eq!(app.top(), jumped, "no jump back up when scrolling down");
    app.press("k");
    assert!(app.top() < jumped);
    assert_eq!(app.position_label(), "End");
}

#[test]
fn long_kept_lines_scroll_sideways_and_wrap_on_w() {
    let code = format!("let x = \"{}\";", "abcdefghij".repeat(30));
    let text = format!("# Code\n\nSome prose first.\n\n```\n{code}\nshort\n```\n");
    let mut app = sized_app("c.md", &text, Format::Markdown, 80, 24);
    app.press("Right");
    let half = usize::from(app.panes().text.width / 2);
    assert_eq!(app.viewport().shift(), half);
    app.press("Left");
    app.press("Left");
    assert_eq!(app.viewport().shift(), 0, "no further left than the start");
    for _ in 0..20 {
        app.press("Right");
    }
    let room = usize::from(app.panes().text.right() - app.panes().column.x);
    assert_eq!(
        app.viewport().shift(),
        code.len() - (room - 8),
        "no further than the line needs"
    );
    assert_eq!(
        app.message.as_deref(),
        Some("no line on screen goes further right")
    );
    // Wrapping shows the whole line over several rows, and undoes the shift.
    app.press("w");
    assert_eq!(app.viewport().shift(), 0);
    let code_block = app
        .doc()
        .blocks
        .iter()
        .position(|b| b.kind.is_preformatted())
        .unwrap();
    let rows = app.viewport().wrap().peek(code_block).unwrap().rows.len();
    assert!(rows > code.len() / 80, "{rows} rows");
    app.press("Right");
    assert!(app.message.as_deref().unwrap().contains("wrapped"));
    app.press("w");
    let rows = app.viewport().wrap().peek(code_block).map(|w| w.rows.len());
    assert_eq!(rows, Some(2), "one row a line again");
}

#[test]
fn every_section_is_reachable_with_brackets_even_on_the_last_screen() {
    let mut app = seed_app(100, 30);
    app.press("G");
    let last = app.doc().sections.len() - 1;
    let mut seen = Vec::new();
    for _ in 0..10 {
        app.press("]");
        seen.push(app.current_section());
        if app.message.as_deref() == Some("no next section") {
            break;
        }
    }
    assert!(
        seen.contains(&Some(last)),
        "the last section becomes current: {seen:?}"
    );
    assert_eq!(app.message.as_deref(), Some("no next section"));
}

#[test]
fn counts_percentages_lines_and_the_go_to_prompt() {
    let mut app = long_app();
    app.press("3");
    assert_eq!(app.count, Some(3), "the count waits for its command");
    app.press("j");
    let mut cache = WrapCache::default();
    let width = usize::from(app.panes().column.width);
    cache.set_widths(width, width);
    assert_eq!(app.top(), cache.advance(app.doc(), RowPos::default(), 3));
    assert_eq!(app.count, None);
    app.press("5");
    app.press("0");
    app.press("%");
    let half = app.doc().text().len() / 2;
    let at = app.source_position();
    assert!(at.abs_diff(half) < 200, "{at} near {half}");
    // Line 21 of the source (counted from 1) is the third chapter's heading.
    let line = app
        .doc()
        .text()
        .lines()
        .position(|l| l == "CHAPTER 3")
        .unwrap()
        + 1;
    for digit in line.to_string().chars() {
        app.press(&digit.to_string());
    }
    app.press("g");
    assert_eq!(app.current_section(), Some(2));
    assert!(&app.doc().text()[app.source_position()..].starts_with("CHAPTER 3"));
    app.press("2");
    app.press("]");
    assert!(&app.doc().text()[app.source_position()..].starts_with("CHAPTER 5"));
    app.press(":");
    type_text(&mut app, "chapter 2");
    app.press("Enter");
    assert!(&app.doc().text()[app.source_position()..].starts_with("CHAPTER 2"));
    app.press(":");
    type_text(&mut app, "10%");
    app.press("Enter");
    assert!(app.source_position() * 10 <= app.doc().text().len() + 200);
    app.press("%");
    assert!(app.message.as_deref().unwrap().contains("type a number"));
}

#[test]
fn ng_lands_on_a_line_inside_a_block_and_past_the_end_on_the_last_line() {
    let kept = "    10 PRINT \"HELLO\"\n    20 GOTO 10\n    30 END\n";
    let text = format!("Title\n\n{kept}\n{}", "A paragraph.\n\n".repeat(30)) + kept;
    // Short enough that every line can come to the top.
    let mut app = sized_app("kept.txt", &text, Format::Plain, 80, 3);
    app.press("4");
    app.press("g");
    let line_start = |app: &App| {
        let at = app.source_position();
        &app.doc().text()[..at].matches('\n').count() + 1
    };
    assert_eq!(line_start(&app), 4, "line 4 of the source");
    assert!(app.message.is_none());
    for key in ["9", "9", "g"] {
        app.press(key);
    }
    let last = text.lines().count();
    assert_eq!(line_start(&app), last, "the last line");
    assert!(app.message.as_deref().unwrap().contains("past the end"));
}

#[test]
fn go_to_line_in_html_and_roff_means_the_files_own_lines() {
    let html = "<!DOCTYPE html>\n<html><body>\n<h1>Title</h1>\n<p>One\nparagraph.</p>\n\n\
                <h2>Part</h2>\n<p>Two.</p>\n</body></html>\n";
    let roff =
        ".TH T 1\n.SH NAME\nt \\- a tool\n.SH DESCRIPTION\n.B Bold\nwords.\n.SH SEE ALSO\nmore\n";
    for (name, text, format, line, starts) in [
        ("page.html", html, Format::Html, 7, "Part"),
        ("t.1", roff, Format::ManRoff, 7, "SEE ALSO"),
    ] {
        let mut app = sized_app(name, text, format, 80, 3);
        app.press(":");
        type_text(&mut app, &line.to_string());
        app.press("Enter");
        let top = app.doc().block_text(app.top().block);
        assert!(top.starts_with(starts), "{name}: :{line} shows {top:?}");
    }
}
