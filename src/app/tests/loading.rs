//! Large files while they load, windows into them, and reload.

use super::*;

#[test]
fn outline_follows_reading_and_can_be_hidden() {
    let mut app = long_app();
    app.press("G");
    assert_eq!(app.outline.selected, app.doc().sections.len() - 1);
    app.press("o");
    assert!(app.panes().outline.is_none());
    app.press("Tab");
    assert_eq!(app.focus, Focus::Text, "no focus on a hidden outline");
}

#[test]
fn the_whole_document_replaces_its_opening_keeping_the_place() {
    let (preview, whole) = preview_and_whole();
    let mut app = loading_app(preview, &whole);
    app.press("]");
    app.press("]");
    let place = app.source_position();
    let sections_before = app.doc().sections.len();
    loaded(&mut app, whole);
    assert!(!app.is_loading());
    assert_eq!(app.source_position(), place, "the same passage on top");
    assert!(
        app.doc().sections.len() > sections_before,
        "the outline filled in"
    );
    assert_eq!(app.outline.selected, app.current_section().unwrap());
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
        app.doc()
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
fn n_percent_while_loading_reads_that_part_of_the_file() {
    let (preview, whole) = preview_and_whole();
    let mut app = loading_app(preview, &whole);
    let half = whole.text().len() as u64 / 2;
    app.press("5");
    app.press("0");
    assert_eq!(app.press("%"), vec![Effect::ShowFileAt { offset: half }]);
    let part = window_of(&whole, half as usize - 5_000, Some(half as usize));
    app.update(Event::WindowLoaded {
        window: Box::new(part),
        target: WindowTarget::Place,
    });
    // The paragraph half way through the file is on top.
    let text = whole.text();
    let start = text[..half as usize].rfind("\n\n").map_or(0, |n| n + 2);
    let end = start + text[start..].find("\n\n").unwrap();
    let top = app.viewport.view()[0].block;
    assert_eq!(app.doc().block_text(top), &text[start..end]);
    // Within what is loaded, N% needs no file.
    app.press("0");
    app.press("%");
    loaded(&mut app, whole);
    app.press("2");
    app.press("0");
    assert_eq!(app.press("%"), Vec::new());
}

#[test]
fn n_percent_goes_there_when_the_whole_file_arrives_before_its_part() {
    let (preview, whole) = preview_and_whole();
    let mut app = loading_app(preview, &whole);
    app.press("5");
    app.press("0");
    app.press("%");
    loaded(&mut app, whole);
    assert_eq!(app.position_label(), "49%");
}

#[test]
fn a_bookmark_deleted_in_another_lectern_stays_deleted_after_a_reload() {
    let mut app = long_app();
    app.press("]");
    app.press("m");
    app.press("Enter");
    app.press("]");
    app.press("m");
    app.press("Enter");
    // Both saved: nothing pending.
    app.bookmarks.pending = Default::default();
    let (kept, deleted) = (app.bookmarks.list[0].clone(), app.bookmarks.list[1].clone());
    // Another lectern deleted the second; the reload reads the file first.
    app.update(Event::StoredBookmarks {
        doc: DocId(0),
        bookmarks: vec![kept.clone()],
    });
    let text = app.doc().text().to_owned();
    let effects = app.update(Event::Reloaded(Ok(Box::new(Document::from_text(
        "long.txt",
        &text,
        Format::Plain,
    )))));
    assert_eq!(app.bookmarks.list.len(), 1);
    assert_eq!(app.bookmarks.list[0].id, kept.id);
    let saved: Vec<&str> = effects
        .iter()
        .flat_map(|e| match e {
            Effect::Save { changes, .. } => {
                changes.upserted.iter().map(|b| b.id.as_str()).collect()
            }
            _ => Vec::new(),
        })
        .collect();
    assert!(
        !saved.contains(&deleted.id.as_str()),
        "not brought back: {saved:?}"
    );
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
    let old = app.doc().text().to_owned();
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
    assert_eq!(app.doc().text(), edited);
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
    assert_eq!(app.press("r"), vec![Effect::Reload { doc: DocId(0) }]);
    app.loading = Some(Loading::new(1));
    assert_eq!(app.press("r"), Vec::new());
    assert!(app.message.as_deref().unwrap().contains("loading"));
}

#[test]
fn g_in_another_part_of_a_loading_file_goes_back_to_its_opening_at_once() {
    let (preview, whole) = preview_and_whole();
    let opening = preview.text().to_owned();
    let mut app = loading_app(preview, &whole);
    app.press("G");
    let tail = window_of(&whole, whole.text().len() - 2_000, None);
    app.update(Event::WindowLoaded {
        window: Box::new(tail),
        target: WindowTarget::End,
    });
    assert!(app.in_detached_window());
    assert_eq!(app.press("g"), Vec::new(), "nothing to read: it was kept");
    assert!(!app.in_detached_window());
    assert_eq!(app.doc().text(), opening);
    assert_eq!(app.position_label(), "Top");
    // The whole file arriving later keeps the reader at the top.
    loaded(&mut app, whole);
    assert_eq!(app.position_label(), "Top");
}

#[test]
fn the_palette_stays_open_and_finds_what_the_whole_file_holds() {
    let (preview, whole) = preview_and_whole();
    let mut app = loading_app(preview, &whole);
    app.press("f");
    type_text(&mut app, "CHAPTER 45");
    loaded(&mut app, whole);
    assert_eq!(app.overlay.name(), "palette", "still open");
    app.press("Enter");
    assert!(top_text(&app).contains("CHAPTER 45"), "{}", top_text(&app));
}

/// A loading app with `query` typed in the palette and Enter pressed,
/// and the whole document still to arrive.
fn palette_entered_while_loading(query: &str) -> (App, Document) {
    let (preview, whole) = preview_and_whole();
    let mut app = loading_app(preview, &whole);
    app.press("f");
    type_text(&mut app, query);
    app.press("Enter");
    (app, whole)
}

#[test]
fn enter_in_the_palette_on_a_section_still_loading_goes_there_when_it_arrives() {
    let (mut app, whole) = palette_entered_while_loading("CHAPTER 40");
    assert_eq!(app.overlay.name(), "palette", "nothing to go to yet");
    assert!(app.message.as_deref().unwrap().contains("loaded yet"));
    loaded(&mut app, whole);
    assert_eq!(app.overlay.name(), "none", "the Enter was kept");
    let section = app.current_section().unwrap();
    assert_eq!(&app.doc().sections[section].title, "CHAPTER 40");
}

#[test]
fn a_query_changed_after_enter_waits_for_another_enter() {
    let (mut app, whole) = palette_entered_while_loading("CHAPTER 40");
    type_text(&mut app, "1");
    loaded(&mut app, whole);
    assert_eq!(
        app.overlay.name(),
        "palette",
        "the new query was not accepted"
    );
}
