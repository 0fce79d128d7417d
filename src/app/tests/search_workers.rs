//! Searches that run on workers (regular expressions, large documents)
//! and searches while a large file loads: windows of the file, and the
//! match found again when the whole arrives.

use super::*;

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
    let first = search.next_from(app.doc().text(), 0, true).map(|(m, _)| m);
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
    let matches = search.all(app.doc().text());
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
    assert_eq!(&app.doc().text()[current], "NEEDLE");
    assert_eq!(app.search.status().as_deref(), Some("match 1/1"));
}

#[test]
fn a_search_while_loading_looks_in_the_file_and_shows_the_match() {
    let (preview, whole) = preview_and_whole();
    let mut app = loading_app(preview, &whole);
    let effects = search_for(&mut app, "NEEDLE");
    let generation = app.search.active.as_ref().unwrap().generation;
    assert!(
        matches!(&effects[..], [Effect::FindInFile { from, .. }] if *from as usize == app.doc().text().len()),
        "searches the file from the end of the part loaded: {effects:?}"
    );
    let at = whole.text().find("NEEDLE").unwrap();
    let window = window_of(&whole, at - 3_000, Some(at));
    app.update(Event::WindowLoaded {
        window: Box::new(window),
        target: WindowTarget::Match { generation },
    });
    let current = app.search.active.as_ref().unwrap().current.clone().unwrap();
    assert_eq!(&app.doc().text()[current], "NEEDLE");
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
    let before = app.doc().text().len();
    app.update(Event::WindowLoaded {
        window: Box::new(window_of(&whole, at - 3_000, Some(at))),
        target: WindowTarget::Match { generation: old },
    });
    assert_eq!(app.doc().text().len(), before, "still the opening");
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
    assert_eq!(&app.doc().shown().text()[current], "ZQXNEEDLE");
    assert_eq!(app.search.status().as_deref(), Some("match 1/1"));
}
