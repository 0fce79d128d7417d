//! Links: listed with `L`, followed with Enter, come back with `Ctrl-o`;
//! `y` copies.

use super::*;

/// A Markdown document with links of every kind, on an 80×20 terminal.
fn linked_app() -> App {
    let mut text = String::from(
        "# Guide\n\nSee [setup](#setup), [the site](https://example.com/a) and \
         [other](docs/other.md#part-two), or [bad](javascript:alert(1)). A note[^n].\n\n",
    );
    text.push_str(&"Filler paragraph with words.\n\n".repeat(40));
    text.push_str("## Setup\n\nInstall it.\n\n```sh\ncargo install lectern\n```\n\n");
    text.push_str(&"More filler words here.\n\n".repeat(20));
    text.push_str("[^n]: The note itself.\n");
    sized_app("guide.md", &text, Format::Markdown, 80, 20)
}

fn link_list(app: &App) -> &link_list::LinkListState {
    match &app.overlay {
        Overlay::Links(state) => state,
        other => panic!("expected the link list, got {}", other.name()),
    }
}

/// `L`, the filter typed, Enter.
fn follow(app: &mut App, filter: &str) -> Vec<Effect> {
    app.press("L");
    filter.chars().for_each(|c| {
        app.update(Event::Typed(c));
    });
    app.press("Enter")
}

fn top_text(app: &App) -> String {
    let pos = app.viewport.view()[0];
    app.doc().block_text(pos.block).to_owned()
}

#[test]
fn the_list_offers_the_links_on_screen_first() {
    let mut app = linked_app();
    app.press("L");
    let state = link_list(&app);
    let first = &app.doc().links.list[state.selected().unwrap()];
    assert_eq!(
        (first.text.as_str(), first.target.as_str()),
        ("setup", "#setup")
    );
    assert_eq!(state.shown.len(), 5, "setup, site, other, bad, the note");
}

#[test]
fn an_anchor_jumps_to_its_heading_and_ctrl_o_comes_back() {
    let mut app = linked_app();
    app.press("3");
    app.press("j");
    let before = app.viewport.anchor();
    assert!(follow(&mut app, "setup").is_empty());
    assert_eq!(top_text(&app), "Setup");
    assert_eq!(app.overlay.name(), "none");
    app.press("Ctrl-o");
    assert_eq!(app.viewport.anchor(), before);
}

#[test]
fn a_footnote_reference_leads_to_its_note_and_back() {
    let mut app = linked_app();
    let shown = top_text(&app);
    follow(&mut app, "[1]");
    assert!(
        top_text(&app).contains("The note itself"),
        "{}",
        top_text(&app)
    );
    assert!(
        app.doc()
            .rich(app.viewport.view()[0].block)
            .unwrap()
            .first_prefix
            .starts_with("[1]")
    );
    app.press("Ctrl-o");
    assert_eq!(top_text(&app), shown);
}

#[test]
fn a_web_address_is_copied_and_a_hostile_one_refused() {
    let mut app = linked_app();
    let effects = follow(&mut app, "site");
    assert_eq!(
        effects,
        vec![Effect::Copy {
            text: "https://example.com/a".into()
        }]
    );
    assert!(
        app.message
            .as_deref()
            .unwrap()
            .contains("copied https://example.com/a")
    );
    let effects = follow(&mut app, "bad");
    assert!(effects.is_empty());
    assert!(
        app.message.as_deref().unwrap().contains("does not follow"),
        "{:?}",
        app.message
    );
}

#[test]
fn a_relative_link_opens_the_file_beside_and_ctrl_o_returns() {
    let mut app = linked_app();
    let effects = follow(&mut app, "other");
    assert_eq!(
        effects,
        vec![Effect::OpenLinked {
            from: DocId(0),
            path: "docs/other.md".into(),
            fragment: Some("part-two".into())
        }]
    );
    // The shell opened it as document 1 and says so.
    let other = Document::from_text(
        "other.md",
        &format!("# Other\n\n{}## Part Two\n\nHere.\n", "text\n\n".repeat(30)),
        Format::Markdown,
    );
    app.update(Event::Opened(vec![(other, Saved::default())]));
    app.update(Event::ShowLinked {
        doc: DocId(1),
        fragment: Some("part-two".into()),
    });
    assert_eq!(app.doc().name, "other.md");
    assert_eq!(top_text(&app), "Part Two");
    app.press("Ctrl-o");
    assert_eq!(app.doc().name, "guide.md");
}

#[test]
fn y_copies_the_code_block_on_screen_or_says_there_is_none() {
    let mut app = linked_app();
    assert!(app.press("y").is_empty());
    assert!(app.message.as_deref().unwrap().contains("no code block"));
    follow(&mut app, "setup");
    assert_eq!(
        app.press("y"),
        vec![Effect::Copy {
            text: "cargo install lectern".into()
        }]
    );
    assert!(
        app.message
            .as_deref()
            .unwrap()
            .contains("1 line, 21 characters")
    );
}

#[test]
fn in_the_outline_y_copies_the_section() {
    let mut app = linked_app();
    app.press("Tab");
    app.press("j");
    let effects = app.press("y");
    let [Effect::Copy { text }] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    assert!(
        text.starts_with("## Setup") && text.contains("cargo install"),
        "{text}"
    );
}

#[test]
fn a_click_on_a_link_follows_it_and_a_click_beside_it_does_nothing() {
    let mut app = linked_app();
    let pane = app.panes().column;
    let row = app
        .viewport
        .view()
        .iter()
        .position(|p| p.block == 1 && p.row == 0)
        .unwrap();
    let y = pane.y + row as u16;
    let click = |app: &mut App, x: u16| {
        app.update(Event::Mouse {
            kind: MouseKind::Click,
            column: x,
            row: y,
        })
    };
    // "See setup, …": the first word is not a link.
    click(&mut app, pane.x + 1);
    assert_eq!(top_text(&app), "Guide");
    click(&mut app, pane.x + 5);
    assert_eq!(top_text(&app), "Setup");
}
