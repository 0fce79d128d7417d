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
    let hit = &app.doc.text()[active.current.clone().unwrap()];
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
fn large_documents_are_searched_in_the_background() {
    // A document above the at-once limit: the search is an effect.
    let paragraph = "Some words about caching and the protocol, repeated.\n\n";
    let text = paragraph.repeat(COUNT_AT_ONCE_LIMIT / paragraph.len() + 10);
    let mut app = sized_app("big.txt", &text, Format::Plain, 80, 24);
    let effects = search_for(&mut app, "protocol");
    let Some(Effect::Search {
        generation,
        search,
        first_from: Some((0, true)),
    }) = effects.first().cloned()
    else {
        panic!("expected a background search: {effects:?}");
    };
    assert_eq!(app.search.status().as_deref(), Some("searching…"));
    app.press("Enter");
    app.press("n");
    assert_eq!(app.message.as_deref(), Some("still searching…"));
    let first = search.next_from(app.doc.text(), 0, true).map(|(m, _)| m);
    app.update(Event::FirstMatch {
        generation,
        found: first.clone(),
    });
    assert_eq!(app.search.active.as_ref().unwrap().current, first);
    assert_eq!(app.search.status().as_deref(), Some("match (counting…)"));
    app.press("n");
    assert!(
        app.search
            .active
            .as_ref()
            .unwrap()
            .current
            .as_ref()
            .unwrap()
            .start
            > 0,
        "n works before the count"
    );
    let matches = search.all(app.doc.text());
    app.update(Event::MatchesCounted {
        generation: generation - 1,
        matches: Some(Vec::new()),
    });
    assert!(
        app.search.active.as_ref().unwrap().counted.is_none(),
        "a stale count is dropped"
    );
    let total = matches.len();
    app.update(Event::MatchesCounted {
        generation,
        matches: Some(matches),
    });
    assert_eq!(app.search.status(), Some(format!("match 2/{total}")));
}

#[test]
fn a_search_matching_more_than_a_million_times_keeps_none_and_still_steps() {
    // Two million one-letter matches in under 4 MB: counted at once.
    let text = format!("Title Here\n\n{}\n", "a ".repeat(2_000_000));
    let mut app = sized_app("many.txt", &text, Format::Plain, 80, 20);
    type_text(&mut app, "/a");
    app.press("Enter");
    let active = app.search.active.as_ref().unwrap();
    assert!(active.counted.is_none() && active.too_many, "nothing kept");
    assert_eq!(
        app.search.status().as_deref(),
        Some("match (over 1,000,000)")
    );
    app.press("n");
    assert!(
        app.search.active.as_ref().unwrap().current.is_some(),
        "n still steps"
    );
    app.press("F");
    assert!(app.message.as_deref().unwrap().contains("too many to list"));
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
fn g_and_search_during_loading_finish_on_the_whole_document() {
    let (preview, whole) = preview_and_whole();
    let mut app = loading_app(preview, &whole);
    app.press("G");
    loaded(&mut app, whole.clone());
    assert_eq!(app.position_label(), "End", "G meant the real end");

    let (preview, _) = preview_and_whole();
    let mut app = loading_app(preview, &whole);
    search_for(&mut app, "NEEDLE");
    app.press("Enter");
    assert!(
        app.search.active.as_ref().unwrap().current.is_none(),
        "not in the opening"
    );
    loaded(&mut app, whole);
    let current = app.search.active.as_ref().unwrap().current.clone().unwrap();
    assert_eq!(&app.doc.text()[current], "NEEDLE");
    assert_eq!(app.search.status().as_deref(), Some("match 1/1"));
}

#[test]
fn a_search_while_loading_looks_in_the_file_and_shows_the_match() {
    let (preview, whole) = preview_and_whole();
    let mut app = loading_app(preview, &whole);
    let effects = search_for(&mut app, "NEEDLE");
    let generation = app.search.active.as_ref().unwrap().generation;
    assert!(
        matches!(&effects[..], [Effect::FindInFile { from, .. }] if *from as usize == app.doc.text().len()),
        "searches the file from the end of the part loaded: {effects:?}"
    );
    let at = whole.text().find("NEEDLE").unwrap();
    let window = window_of(&whole, at - 3_000, Some(at));
    app.update(Event::WindowLoaded {
        window: Box::new(window),
        target: WindowTarget::Match { generation },
    });
    let current = app.search.active.as_ref().unwrap().current.clone().unwrap();
    assert_eq!(&app.doc.text()[current], "NEEDLE");
    let top = top_text(&app);
    assert!(top.contains("NEEDLE"), "the match on top: {top}");
    app.press("Enter");
    loaded(&mut app, whole);
    let current = app.search.active.as_ref().unwrap().current.clone().unwrap();
    assert_eq!(current.start, at, "the match is the whole document's");
    assert!(top_text(&app).contains("NEEDLE"), "same passage");
}

#[test]
fn a_window_for_an_older_search_is_dropped() {
    let (preview, whole) = preview_and_whole();
    let mut app = loading_app(preview, &whole);
    search_for(&mut app, "NEEDLE");
    let old = app.search.active.as_ref().unwrap().generation;
    app.update(Event::Typed('S'));
    let at = whole.text().find("NEEDLE").unwrap();
    let before = app.doc.text().len();
    app.update(Event::WindowLoaded {
        window: Box::new(window_of(&whole, at - 3_000, Some(at))),
        target: WindowTarget::Match { generation: old },
    });
    assert_eq!(app.doc.text().len(), before, "still the opening");
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
        app.doc.text()[active.current.clone().unwrap()].to_owned()
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
    let text = app.doc.text().trim_end();
    let query = text[text.len() - 30..].to_owned();
    assert_eq!(app.doc.text().matches(query.as_str()).count(), 1);
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
fn a_regular_expression_is_searched_on_a_worker_and_its_answer_kept_in_its_place() {
    let mut app = long_app();
    let effects = regex_search_for(&mut app, "Para.*");
    let Some(Effect::Search { generation, .. }) = effects.first().cloned() else {
        panic!("expected a background search: {effects:?}");
    };
    let top = app.top();
    // An answer to an older query is dropped.
    app.update(Event::FirstMatch {
        generation: generation - 1,
        found: Some(5_000..5_010),
    });
    assert_eq!(app.search.status().as_deref(), Some("searching…"));
    // Enter, then the reader moves on before the answer: it does not pull
    // the view back.
    app.press("Enter");
    app.press("j");
    let moved = app.top();
    assert_ne!(moved, top);
    app.update(Event::FirstMatch {
        generation,
        found: Some(5_000..5_010),
    });
    assert_eq!(app.top(), moved);
    assert_eq!(
        app.search.active.as_ref().unwrap().current,
        Some(5_000..5_010)
    );
}

#[test]
fn no_match_found_on_a_worker_is_said_once_the_prompt_is_closed() {
    let mut app = long_app();
    let effects = regex_search_for(&mut app, "qx+z");
    app.press("Enter");
    assert_eq!(app.message, None, "not yet known");
    run_searches(&mut app, effects);
    assert_eq!(app.message.as_deref(), Some("no match for \"qx+z\""));
    assert_eq!(app.search.status().as_deref(), Some("0 matches"));
}

#[test]
fn n_backwards_waits_for_the_count_of_a_regular_expression() {
    let mut app = long_app();
    let effects = regex_search_for(&mut app, "Para.*");
    app.press("Enter");
    let Some(Effect::Search { generation, .. }) = effects.first().cloned() else {
        panic!("expected a background search: {effects:?}");
    };
    app.update(Event::FirstMatch {
        generation,
        found: Some(5_000..5_010),
    });
    let top = app.top();
    app.press("N");
    assert!(app.message.as_deref().unwrap().contains("still counting"));
    assert_eq!(app.top(), top, "no scan from the top on the event loop");
    run_searches(&mut app, effects);
    app.press("N");
    assert!(
        !app.message
            .as_deref()
            .unwrap_or("")
            .contains("still counting")
    );
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
            let shown = app.doc.shown();
            let (block, within) = shown.place(&app.doc, current.start);
            let text = app.doc.block_text(block);
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

#[test]
fn a_match_in_a_markdown_window_is_found_again_in_the_whole() {
    let mut text = String::from("# Big\n\n");
    for chapter in 1..=40 {
        text.push_str(&format!("## Chapter {chapter}\n\n"));
        for _ in 0..20 {
            text.push_str("Some *prose* that fills the file, **one** paragraph after another.\n\n");
        }
    }
    text.push_str("A unique *ZQX*NEEDLE near the end.\n");
    let whole = Document::from_text("big.md", &text, Format::Markdown);
    let cut = text[..text.len() / 10].rfind("\n\n").unwrap() + 2;
    let preview = Document::from_text("big.md", &text[..cut], Format::Markdown);
    let mut app = loading_app(preview, &whole);
    search_for(&mut app, "zqxneedle");
    let generation = app.search.active.as_ref().unwrap().generation;
    let at = text.find("A unique").unwrap();
    let base = text[..at - 2_000].rfind('\n').unwrap() + 1;
    let window = crate::source::Window {
        doc: Document::from_text("big.md", &text[base..], Format::Markdown),
        place: crate::source::FileWindow {
            base: base as u64,
            file_len: text.len() as u64,
        },
        focus: Some(at - base),
    };
    app.update(Event::WindowLoaded {
        window: Box::new(window),
        target: WindowTarget::Match { generation },
    });
    assert!(app.search.active.as_ref().unwrap().current.is_some());
    app.press("Enter");
    let effects = loaded(&mut app, whole);
    run_searches(&mut app, effects);
    let current = app.search.active.as_ref().unwrap().current.clone().unwrap();
    assert_eq!(&app.doc.shown().text()[current], "ZQXNEEDLE");
    assert_eq!(app.search.status().as_deref(), Some("match 1/1"));
}
