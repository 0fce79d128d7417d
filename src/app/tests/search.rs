//! The search prompt, n/N, highlights, counts and the results list.

use super::*;

#[test]
fn typing_a_query_moves_to_the_first_match_after_the_position() {
    let mut app = seed_app(100, 30);
    search_for(&mut app, "belt and road");
    // The match a few rows down, the rows before it for context (lower
    // on the last screen, which stays full).
    let rows = view_texts(&app);
    let at = rows.iter().position(|r| r.contains("Belt and Road"));
    assert!(at.is_some(), "{rows:#?}");
    assert!(
        matches!(at, Some(1..=3)) || app.position_label() == "End",
        "{rows:#?}"
    );
    assert_eq!(app.search.status().as_deref(), Some("match 1/3"));
    app.press("Enter");
    assert_eq!(app.overlay.name(), "none");
    app.press("n");
    assert_eq!(app.search.status().as_deref(), Some("match 2/3"));
    app.press("n");
    app.press("n");
    assert_eq!(app.search.status().as_deref(), Some("match 1/3"));
    assert_eq!(app.message.as_deref(), Some("search wrapped"));
    app.press("N");
    assert_eq!(app.search.status().as_deref(), Some("match 3/3"));
    assert_eq!(app.message.as_deref(), Some("search wrapped"));
}

#[test]
fn escape_in_the_prompt_returns_to_where_the_search_started() {
    let mut app = seed_app(100, 30);
    app.press("j");
    let before = app.top();
    search_for(&mut app, "platform");
    assert_ne!(app.top(), before);
    app.press("Esc");
    assert_eq!(app.top(), before);
    assert!(app.search.active.is_none());
}

#[test]
fn highlights_clear_with_escape_or_backslash() {
    let mut app = seed_app(100, 30);
    search_for(&mut app, "community");
    app.press("Enter");
    assert!(!app.search.highlights.is_empty());
    assert!(app.search.current_highlight.is_some());
    app.press("Esc");
    assert!(app.search.highlights.is_empty() && app.search.active.is_none());
    search_for(&mut app, "community");
    app.press("Enter");
    app.press("\\");
    assert!(app.search.highlights.is_empty());
}

#[test]
fn regex_toggle_and_invalid_patterns() {
    let mut app = seed_app(100, 30);
    search_for(&mut app, "(BRI");
    assert!(search_prompt(&app).error.is_none(), "literal by default");
    assert!(app.search.status().unwrap().starts_with("match 1/"));
    app.press("Ctrl-r");
    let prompt = search_prompt(&app);
    assert!(prompt.regex);
    assert!(
        prompt.error.as_deref().unwrap().contains("unclosed"),
        "{:?}",
        prompt.error
    );
    app.press("Backspace");
    app.press("Backspace");
    app.press("Backspace");
    app.press("Backspace");
    let mut effects = Vec::new();
    for c in r"\d{4}".chars() {
        effects = app.update(Event::Typed(c));
    }
    assert!(search_prompt(&app).error.is_none());
    assert_eq!(app.search.status().as_deref(), Some("searching…"));
    run_searches(&mut app, effects);
    let active = app.search.active.as_ref().unwrap();
    let hit = &app.doc().text()[active.current.clone().unwrap()];
    assert!(
        hit.len() == 4 && hit.chars().all(|c| c.is_ascii_digit()),
        "{hit}"
    );
}

#[test]
fn history_recalls_earlier_queries_and_is_saved() {
    let mut app = seed_app(100, 30);
    search_for(&mut app, "goal");
    let effects = app.press("Enter");
    assert!(
        matches!(&effects[0], Effect::Save { changes: c, .. } if c.searches == vec!["goal".to_string()])
    );
    search_for(&mut app, "pathway");
    app.press("Enter");
    app.press("/");
    app.press("Up");
    assert_eq!(search_prompt(&app).input.text(), "pathway");
    app.press("Up");
    assert_eq!(search_prompt(&app).input.text(), "goal");
    app.press("Down");
    assert_eq!(search_prompt(&app).input.text(), "pathway");
}

#[test]
fn the_outline_counts_and_the_results_list_jumps() {
    let mut app = seed_app(100, 30);
    search_for(&mut app, "initiative");
    app.press("Enter");
    let counted = app.search.active.as_ref().unwrap().counted.clone().unwrap();
    let total: u32 = counted.per_section.iter().sum();
    assert_eq!(total as usize, counted.matches.len());
    app.press("F");
    assert_eq!(app.overlay.name(), "search results");
    let sections = results(&app)
        .rows
        .iter()
        .filter(|r| matches!(r, ResultRow::Section { .. }))
        .count();
    assert_eq!(results(&app).rows.len(), sections + counted.matches.len());
    app.press("G");
    app.press("j");
    app.press("j");
    app.press("Enter");
    assert_eq!(app.overlay.name(), "none");
    let current = app.search.active.as_ref().unwrap().current.clone().unwrap();
    assert!(counted.matches.contains(&current));
}

#[test]
fn highlights_cover_only_what_is_on_screen_even_in_a_huge_block() {
    // One paragraph of 1.2 MB: highlighting must not search all of it.
    let text = "word needle ".repeat(100_000);
    let mut app = sized_app("one.txt", &text, Format::Plain, 80, 24);
    search_for(&mut app, "needle");
    app.press("Enter");
    let lit: usize = app.search.highlights.iter().map(|(_, r)| r.len()).sum();
    // 23 rows of at most 80 columns, one "needle" per 12 bytes, plus the
    // margin searched on either side.
    assert!(
        lit > 0 && lit < 23 * 80 / 12 + 2 * 512 / 12 + 2,
        "{lit} highlights"
    );
}

#[test]
fn n_continues_from_where_the_reader_is_after_a_jump() {
    let mut app = long_app();
    search_for(&mut app, "Paragraph 3");
    app.press("Enter");
    let first = app.search.active.as_ref().unwrap().current.clone().unwrap();
    // Jump three chapters on: `n` finds the match after the view's top,
    // not the one after the match left behind.
    app.press("]");
    app.press("]");
    app.press("]");
    let top = app.source_position();
    app.press("n");
    let next = app.search.active.as_ref().unwrap().current.clone().unwrap();
    assert!(
        next.start >= top && next.start > first.end,
        "{next:?} from {top}"
    );
    assert!(
        app.search.status().unwrap().starts_with("match 4/"),
        "{:?}",
        app.search.status()
    );
    // And at the end, `n` wraps to the first with a message.
    app.press("G");
    app.press("n");
    assert_eq!(
        app.search.active.as_ref().unwrap().current.clone().unwrap(),
        first
    );
    assert_eq!(app.message.as_deref(), Some("search wrapped"));
}

#[test]
fn a_query_without_accents_finds_accented_words_and_one_with_accents_only_them() {
    let text = "Title\n\nLa vieille école du village.\n\nUne autre ecole, plus loin.\n";
    let mut app = sized_app("e.txt", text, Format::Plain, 80, 24);
    search_for(&mut app, "ecole");
    app.press("Enter");
    let hit = |app: &App| {
        let active = app.search.active.as_ref().unwrap();
        app.doc().text()[active.current.clone().unwrap()].to_owned()
    };
    assert_eq!(
        hit(&app),
        "école",
        "the first, accented, highlighted as written"
    );
    app.press("n");
    assert_eq!(hit(&app), "ecole");
    search_for(&mut app, "école");
    app.press("Enter");
    assert_eq!(hit(&app), "école");
    app.press("n");
    assert_eq!(hit(&app), "école", "the only one: n wraps to it");
}

#[test]
fn a_match_on_the_last_screen_leaves_the_screen_full() {
    let mut app = seed_app(100, 30);
    let text = app.doc().text().trim_end();
    let query = text[text.len() - 30..].to_owned();
    assert_eq!(app.doc().text().matches(query.as_str()).count(), 1);
    search_for(&mut app, &query);
    app.press("Enter");
    assert_eq!(app.position_label(), "End", "the last screen, full");
    let rows = view_texts(&app);
    assert!(rows.iter().any(|r| r.contains("the world")), "{rows:#?}");
    assert_eq!(rows.len(), app.viewport().page(), "no blank rows");
}

#[test]
fn a_match_mid_document_shows_below_a_few_rows_of_context() {
    let mut app = long_app();
    search_for(&mut app, "paragraph 3 of chapter 2");
    let rows = view_texts(&app);
    let at = rows
        .iter()
        .position(|r| r.contains("Paragraph 3 of chapter 2"));
    assert!(matches!(at, Some(1..=3)), "{rows:#?}");
    app.press("Enter");
    app.press("n");
    assert_eq!(
        app.message.as_deref(),
        Some("search wrapped"),
        "one match only"
    );
    let rows = view_texts(&app);
    let at_again = rows
        .iter()
        .position(|r| r.contains("Paragraph 3 of chapter 2"));
    assert_eq!(at_again, at, "n keeps it where it was");
}

#[test]
fn the_results_list_opens_on_the_current_match_and_j_k_move_its_selection_in_view() {
    let mut app = seed_app(100, 30);
    search_for(&mut app, "the");
    app.press("Enter");
    for _ in 0..5 {
        app.press("n");
    }
    let active = app.search.active.as_ref().unwrap();
    let current = active.current.clone().unwrap();
    let matches = active.counted.as_ref().unwrap().matches.clone();
    app.press("F");
    let selected_match = |app: &App| {
        let list = results(app);
        match list.rows[list.list.selected] {
            ResultRow::Match(i) => matches[i].clone(),
            ResultRow::Section { .. } => panic!("a section row is selected"),
        }
    };
    assert_eq!(selected_match(&app), current, "opens on the current match");
    let at = results(&app).list.selected;
    app.press("j");
    assert!(results(&app).list.selected > at, "j moves the selection");
    app.press("k");
    assert_eq!(results(&app).list.selected, at, "k moves it back");
    let height = app.panes().palette_list_height();
    for _ in 0..3 * height {
        app.press("j");
    }
    let list = results(&app).list;
    assert!(list.selected >= list.scroll && list.selected < list.scroll + height);
}

#[test]
fn a_paste_is_typed_into_the_prompt_at_once_as_one_line() {
    let mut app = seed_app(100, 30);
    app.press("/");
    app.update(Event::Pasted("the platform\nfor action".to_owned()));
    assert_eq!(search_prompt(&app).input.text(), "the platform for action");
    assert!(
        app.search.active.is_some(),
        "searched once the paste was in"
    );
    // Outside a prompt a paste does nothing.
    app.press("Esc");
    app.update(Event::Pasted("j".repeat(100)));
    assert_eq!(app.overlay.name(), "none");
}

#[test]
fn markdown_is_searched_as_displayed_across_styles_and_links() {
    let md = "# Notes\n\nA line with **bold** text and a [general entities](https://example.com/x) link.\n\n\
              Plain words.\n";
    let mut app = App::new(
        Document::from_text("n.md", md, Format::Markdown),
        Settings::default(),
    );
    app.update(Event::Resized {
        width: 80,
        height: 24,
    });
    for (query, found) in [
        ("with bold text", true),
        ("general entities (https", true),
        ("**", false),
        ("](", false),
        ("# Notes", false),
    ] {
        search_for(&mut app, query);
        app.press("Enter");
        let active = app.search.active.as_ref().map(|a| a.current.is_some());
        assert_eq!(active, Some(found), "/{query}");
        if found {
            let current = app.search.active.as_ref().unwrap().current.clone().unwrap();
            let shown = app.doc().shown();
            let (block, within) = shown.place(app.doc(), current.start);
            let text = app.doc().block_text(block);
            assert_eq!(
                text[within..within + current.len()].to_lowercase(),
                query.to_lowercase()
            );
            // The current match is lit on the characters it covers.
            assert_eq!(
                app.search.current_highlight,
                Some((block, within..within + current.len()))
            );
        }
        app.press("Esc");
    }
}
