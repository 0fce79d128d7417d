use super::*;
use crate::document::Format;
use crate::source::SEED_TEXT;
use crate::wrap::WrapCache;
use search_state::COUNT_AT_ONCE_LIMIT;

fn seed_app(width: u16, height: u16) -> App {
    let doc = Document::from_text("seed.txt", SEED_TEXT, Format::Plain);
    let mut app = App::new(doc, Settings::default());
    app.update(Event::Resized { width, height });
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
    app.update(Event::Resized {
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
    let height = app.panes().column.height as isize;
    app.press("Space");
    let after_page = app.top();
    let mut cache = WrapCache::default();
    cache.set_width(usize::from(app.panes().column.width));
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
    assert!(app.panes().outline.is_none());
    app.press("Tab");
    assert_eq!(app.focus, Focus::Text, "no focus on a hidden outline");
}

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

fn palette(app: &App) -> &PaletteState {
    match &app.overlay {
        Overlay::Palette(palette) => palette,
        other => panic!("expected the palette, got {}", other.name()),
    }
}

fn label_prompt(app: &App) -> &Prompt {
    match &app.overlay {
        Overlay::Prompt(prompt) => prompt,
        other => panic!("expected the label prompt, got {}", other.name()),
    }
}

fn search_prompt(app: &App) -> &SearchPrompt {
    match &app.overlay {
        Overlay::Search(prompt) => prompt,
        other => panic!("expected the search prompt, got {}", other.name()),
    }
}

fn results(app: &App) -> &overlay::SearchResults {
    match &app.overlay {
        Overlay::SearchResults(results) => results,
        other => panic!("expected the results list, got {}", other.name()),
    }
}

/// The whole document of a large file arrives.
fn loaded(app: &mut App, whole: Document) -> Vec<Effect> {
    app.update(Event::Loaded {
        doc: Box::new(whole),
        saved: Saved::default(),
        resume: false,
        warnings: Vec::new(),
    })
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.press(&c.to_string());
    }
}

fn saved(effects: &[Effect]) -> &crate::store::Changes {
    match effects.first() {
        Some(Effect::Save { changes, .. }) => changes,
        other => panic!("expected a save, got {other:?}"),
    }
}

#[test]
fn m_bookmarks_the_top_passage_with_a_default_label() {
    let mut app = seed_app(100, 30);
    app.press("]");
    app.press("]");
    app.press("m");
    assert_eq!(app.overlay.name(), "prompt");
    let default = label_prompt(&app).default.clone();
    assert!(
        default.starts_with("the goal is"),
        "at a section's start its title: {default}"
    );
    app.press("Esc");
    app.press("j");
    app.press("j");
    app.press("m");
    let default = label_prompt(&app).default.clone();
    assert!(
        default.starts_with("the goal") && default.contains(" — "),
        "section — words: {default}"
    );
    let effects = app.press("Enter");
    let changes = saved(&effects);
    assert_eq!(changes.upserted.len(), 1);
    assert_eq!(changes.upserted[0].label, default);
    assert_eq!(changes.upserted[0].place.offset, app.source_position());
    assert_eq!(app.overlay.name(), "none");
    assert_eq!(app.bookmarks.marks.len(), 1, "the margin shows it");
}

#[test]
fn the_bookmark_list_jumps_deletes_undoes_and_renames() {
    let mut app = seed_app(100, 30);
    app.press("]");
    app.press("m");
    type_text(&mut app, "first");
    app.press("Enter");
    app.press("G");
    app.press("m");
    type_text(&mut app, "last");
    app.press("Enter");
    app.press("g");
    app.press("B");
    assert_eq!(app.overlay.name(), "bookmarks");
    app.press("j");
    app.press("Enter");
    assert_eq!(app.overlay.name(), "none");
    assert!(
        app.top() > RowPos::default(),
        "jumped to the second bookmark"
    );

    app.press("B");
    let effects = app.press("d");
    assert_eq!(saved(&effects).removed.len(), 1);
    assert_eq!(app.bookmarks.list.len(), 1);
    let effects = app.press("u");
    assert_eq!(saved(&effects).upserted.len(), 1);
    assert_eq!(app.bookmarks.list.len(), 2);

    app.press("r");
    assert_eq!(app.overlay.name(), "prompt");
    app.press("Ctrl-u");
    type_text(&mut app, "renamed");
    let effects = app.press("Enter");
    assert_eq!(saved(&effects).upserted[0].label, "renamed");
    assert_eq!(app.overlay.name(), "bookmarks", "back to the list");
    app.press("Esc");
    assert_eq!(app.overlay.name(), "none");
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
fn resuming_goes_back_and_says_where() {
    let mut first = seed_app(100, 30);
    for _ in 0..3 {
        first.press("]");
    }
    let effects = first.press("q");
    let place = saved(&effects).position.clone().unwrap();
    let mut again = seed_app(100, 30);
    again.update(Event::Restored {
        saved: Saved {
            position: Some(place.clone()),
            ..Saved::default()
        },
        resume: true,
        warnings: Vec::new(),
    });
    assert_eq!(again.source_position(), place.offset);
    let message = again.message.clone().unwrap();
    assert!(message.starts_with("Resumed at \"the pathway"), "{message}");
    assert!(message.ends_with('%'));
    let mut fresh = seed_app(100, 30);
    fresh.update(Event::Restored {
        saved: Saved {
            position: Some(place),
            ..Saved::default()
        },
        resume: false,
        warnings: Vec::new(),
    });
    assert_eq!(
        fresh.top(),
        RowPos::default(),
        "--no-resume starts at the top"
    );
}

#[test]
fn a_failed_save_keeps_the_changes_for_the_next_one() {
    let mut app = seed_app(100, 30);
    app.press("m");
    let effects = app.press("Enter");
    let changes = saved(&effects).clone();
    app.update(Event::SaveFailed {
        message: "disk full".into(),
        changes: changes.clone(),
    });
    assert!(app.message.as_deref().unwrap().contains("disk full"));
    app.update(Event::Tick(Clock {
        now: 1_000,
        instance: 1,
    }));
    let effects = app.update(Event::Tick(Clock {
        now: 1_000 + marking::AUTOSAVE_SECONDS,
        instance: 1,
    }));
    assert_eq!(
        saved(&effects).upserted,
        changes.upserted,
        "retried with the position"
    );
}

fn search_for(app: &mut App, query: &str) -> Vec<Effect> {
    app.press("/");
    let mut effects = Vec::new();
    for c in query.chars() {
        effects = app.update(Event::Typed(c));
    }
    effects
}

fn top_text(app: &App) -> String {
    let pos = app.top();
    let wrapped = app.viewport().wrap().peek(pos.block).unwrap();
    let text = app.doc.block_text(pos.block);
    match &wrapped.rows[pos.row] {
        crate::wrap::Row::Words { words, .. } => wrapped.words[words.clone()]
            .iter()
            .map(|w| &text[w.clone()])
            .collect::<Vec<_>>()
            .join(" "),
        _ => String::new(),
    }
}

#[test]
fn typing_a_query_moves_to_the_first_match_after_the_position() {
    let mut app = seed_app(100, 30);
    search_for(&mut app, "belt and road");
    assert!(
        top_text(&app).contains("Belt and Road"),
        "{}",
        top_text(&app)
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
    for c in r"\d{4}".chars() {
        app.update(Event::Typed(c));
    }
    assert!(search_prompt(&app).error.is_none());
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
fn large_documents_count_in_the_background() {
    // A document above the at-once limit: the count is an effect.
    let paragraph = "Some words about caching and the protocol, repeated.\n\n";
    let text = paragraph.repeat(COUNT_AT_ONCE_LIMIT / paragraph.len() + 10);
    let mut app = App::new(
        Document::from_text("big.txt", &text, Format::Plain),
        Settings::default(),
    );
    app.update(Event::Resized {
        width: 80,
        height: 24,
    });
    let effects = search_for(&mut app, "protocol");
    let Some(Effect::CountMatches { generation, search }) = effects.first().cloned() else {
        panic!("expected a background count: {effects:?}");
    };
    assert_eq!(app.search.status().as_deref(), Some("match (counting…)"));
    app.press("Enter");
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
        matches: Vec::new(),
    });
    assert!(
        app.search.active.as_ref().unwrap().counted.is_none(),
        "a stale count is dropped"
    );
    let total = matches.len();
    app.update(Event::MatchesCounted {
        generation,
        matches,
    });
    assert_eq!(app.search.status(), Some(format!("match 2/{total}")));
}

#[test]
fn highlights_cover_only_what_is_on_screen_even_in_a_huge_block() {
    // One paragraph of 1.2 MB: highlighting must not search all of it.
    let text = "word needle ".repeat(100_000);
    let mut app = App::new(
        Document::from_text("one.txt", &text, Format::Plain),
        Settings::default(),
    );
    app.update(Event::Resized {
        width: 80,
        height: 24,
    });
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

fn preview_and_whole() -> (Document, Document) {
    let mut text = String::from("Big Title\n\n");
    for chapter in 1..=50 {
        text.push_str(&format!("CHAPTER {chapter}\n\n"));
        for p in 0..20 {
            text.push_str(&format!("Paragraph {p} of chapter {chapter}, long enough to wrap across the pane a little.\n\n"));
        }
    }
    text.push_str("The very last words, with a NEEDLE in them.\n");
    let cut = text[..text.len() / 10].rfind("\n\n").unwrap() + 2;
    (
        Document::from_text("big.txt", &text[..cut], Format::Plain),
        Document::from_text("big.txt", &text, Format::Plain),
    )
}

#[test]
fn the_whole_document_replaces_its_opening_keeping_the_place() {
    let (preview, whole) = preview_and_whole();
    let file_len = whole.text().len() as u64;
    let mut app = App::new_loading(preview, Settings::default(), file_len);
    app.update(Event::Resized {
        width: 80,
        height: 20,
    });
    app.press("]");
    app.press("]");
    let place = app.source_position();
    let sections_before = app.doc.sections.len();
    loaded(&mut app, whole);
    assert!(!app.is_loading());
    assert_eq!(app.source_position(), place, "the same passage on top");
    assert!(
        app.doc.sections.len() > sections_before,
        "the outline filled in"
    );
    assert_eq!(app.outline.selected, app.current_section().unwrap());
}

#[test]
fn g_and_search_during_loading_finish_on_the_whole_document() {
    let (preview, whole) = preview_and_whole();
    let file_len = whole.text().len() as u64;
    let mut app = App::new_loading(preview, Settings::default(), file_len);
    app.update(Event::Resized {
        width: 80,
        height: 20,
    });
    app.press("G");
    loaded(&mut app, whole.clone());
    assert_eq!(app.position_label(), "End", "G meant the real end");

    let (preview, _) = preview_and_whole();
    let file_len = whole.text().len() as u64;
    let mut app = App::new_loading(preview, Settings::default(), file_len);
    app.update(Event::Resized {
        width: 80,
        height: 20,
    });
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

/// The app showing the opening of `whole` as a large file still loading.
fn loading_app(preview: Document, whole: &Document) -> App {
    let file_len = whole.text().len() as u64;
    let mut app = App::new_loading(preview, Settings::default(), file_len);
    app.update(Event::Resized {
        width: 80,
        height: 20,
    });
    app
}

/// The part of `whole` from the line start at or before `from`, as the
/// shell would read it from the file.
fn window_of(whole: &Document, from: usize, focus: Option<usize>) -> crate::source::Window {
    let base = whole.text()[..from].rfind('\n').map_or(0, |n| n + 1);
    crate::source::Window {
        doc: Document::from_text("big.txt", &whole.text()[base..], Format::Plain),
        place: crate::source::FileWindow {
            base: base as u64,
            file_len: whole.text().len() as u64,
        },
        focus: focus.map(|f| f - base),
    }
}

#[test]
fn g_while_loading_shows_the_end_of_the_file_at_once() {
    let (preview, whole) = preview_and_whole();
    let mut app = loading_app(preview, &whole);
    assert_eq!(app.press("G"), vec![Effect::ShowFileEnd]);
    let tail = window_of(&whole, whole.text().len() - 2_000, None);
    app.update(Event::WindowLoaded {
        window: Box::new(tail),
        target: WindowTarget::End,
    });
    assert_eq!(app.position_label(), "End");
    assert!(
        app.doc
            .text()
            .ends_with("The very last words, with a NEEDLE in them.\n")
    );
    assert_eq!(app.press("G"), Vec::new(), "the end is already shown");
    app.press("m");
    assert_eq!(app.overlay.name(), "none", "no bookmark in a detached part");
    assert!(app.message.as_deref().unwrap().contains("wait"));
    loaded(&mut app, whole);
    assert_eq!(app.position_label(), "End");
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
fn reloading_keeps_the_passage_and_finds_bookmarks_again() {
    let mut app = long_app();
    app.press("]");
    app.press("]");
    app.press("m");
    app.press("Enter");
    let marked = app.bookmarks.list[0].label.clone();
    assert!(marked.starts_with("CHAPTER"), "{marked}");
    app.press("]");
    let passage = top_text(&app);
    // The file as edited: a new opening, and chapter 1 gone.
    let old = app.doc.text().to_owned();
    let chapter_2 = old.find("CHAPTER 2").unwrap();
    let edited = format!(
        "A NEW OPENING\n\nWith a paragraph.\n\n{}",
        &old[chapter_2..]
    );
    let effects = app.update(Event::Reloaded(Ok(Box::new(Document::from_text(
        "long.txt",
        &edited,
        Format::Plain,
    )))));
    assert_eq!(top_text(&app), passage, "the same passage on top");
    assert_eq!(app.doc.text(), edited);
    let mark = &app.bookmarks.list[0];
    assert!(!mark.not_found);
    assert!(edited[mark.place.offset..].starts_with(&marked), "{mark:?}");
    assert!(
        matches!(&effects[..], [Effect::Save { changes, .. }] if changes.upserted.len() == 1),
        "the bookmark is saved for the new version: {effects:?}"
    );
    assert!(app.message.as_deref().unwrap().starts_with("reloaded"));

    // Cut short before the bookmark: it is not in the file any more,
    // and the view lands inside the shorter text.
    let shorter = edited[..edited.find(&marked).unwrap()].to_owned();
    app.update(Event::Reloaded(Ok(Box::new(Document::from_text(
        "long.txt",
        &shorter,
        Format::Plain,
    )))));
    assert!(app.bookmarks.list[0].not_found);
    assert!(app.message.as_deref().unwrap().contains("not found"));
    assert!(app.source_position() <= shorter.len());
    app.press("G");
    app.press("k");
}

#[test]
fn reload_is_an_effect_and_waits_for_a_loading_file() {
    let mut app = long_app();
    assert_eq!(app.press("r"), vec![Effect::Reload { doc: 0 }]);
    app.loading = Some(Loading::new(1));
    assert_eq!(app.press("r"), Vec::new());
    assert!(app.message.as_deref().unwrap().contains("loading"));
}

/// The long document on screen and two more beside it.
fn library_app() -> App {
    let mut app = long_app();
    let second = Document::from_text(
        "second.md",
        &format!(
            "# Second\n\n## Alpha part\n\n{}## Beta part\n\n{}",
            "alpha text\n\n".repeat(40),
            "beta text\n\n".repeat(40)
        ),
        Format::Markdown,
    );
    let third = Document::from_text("third.txt", "Third\n\nThe end.\n", Format::Plain);
    app.update(Event::Opened(vec![
        (second, Saved::default()),
        (third, Saved::default()),
    ]));
    app
}

#[test]
fn several_documents_show_as_top_level_outline_rows() {
    let app = library_app();
    assert_eq!(app.library.names, ["long.txt", "second.md", "third.txt"]);
    assert_eq!(app.outline_row(0), Some(OutlineRow::Document(0)));
    assert_eq!(app.outline_row(1), Some(OutlineRow::Section(0)));
    let sections = app.outline.visible().len();
    assert_eq!(app.outline_row(1 + sections), Some(OutlineRow::Document(1)));
    assert_eq!(app.outline_row(2 + sections), Some(OutlineRow::Document(2)));
    assert_eq!(app.outline_row(3 + sections), None);
}

#[test]
fn switching_documents_keeps_each_ones_place_and_saves_the_one_left() {
    let mut app = library_app();
    app.press("]");
    app.press("]");
    let place = app.source_position();
    app.press("D");
    assert_eq!(app.overlay.name(), "documents");
    app.press("j");
    let effects = app.press("Enter");
    assert_eq!(app.doc.name, "second.md");
    assert!(
        matches!(&effects[..], [Effect::Save { doc: 0, changes }] if changes.position.is_some()),
        "the first document's place is saved under its name: {effects:?}"
    );
    app.press("G");
    app.update(Event::Command(Command::SwitchBack));
    assert_eq!(app.doc.name, "long.txt");
    assert_eq!(app.source_position(), place, "back where it was");
    app.press("Ctrl-o");
    assert_eq!(app.doc.name, "second.md");
    assert_eq!(app.position_label(), "End", "and the second where it was");
}

#[test]
fn the_palette_spans_every_document_and_takes_you_there() {
    let mut app = library_app();
    app.press("f");
    for c in "beta".chars() {
        app.update(Event::Typed(c));
    }
    app.press("Enter");
    assert_eq!(app.doc.name, "second.md");
    assert!(top_text(&app).contains("Beta part"), "{}", top_text(&app));
    assert_eq!(app.library.current, 1);
}

#[test]
fn a_document_shown_first_time_takes_in_what_was_saved_about_it() {
    let mut app = long_app();
    let second = Document::from_text(
        "second.txt",
        &"Some words here.\n\n".repeat(200),
        Format::Plain,
    );
    let offset = second.text().len() / 2;
    let offset = second.text()[..offset].rfind("\n\n").unwrap() + 2;
    let saved = Saved {
        position: Some(crate::store::place_at(&second, offset)),
        ..Saved::default()
    };
    app.update(Event::Opened(vec![(second, saved)]));
    app.press("Ctrl-o");
    assert_eq!(
        app.source_position(),
        offset,
        "resumed where its reader stopped"
    );
}
