//! Bookmarks, resuming and saving.

use super::*;

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

#[test]
fn a_bookmark_in_a_document_not_open_opens_it_there() {
    let other_text = format!(
        "Other\n\n{}The marked passage.\n\n",
        "Filler words.\n\n".repeat(60)
    );
    let other = Document::from_text("other.txt", &other_text, Format::Plain);
    let offset = other_text.find("The marked passage").unwrap();
    let mark = crate::store::Bookmark {
        id: "b-1".into(),
        label: "the mark".into(),
        place: crate::store::place_at(&other, offset),
        created: 0,
        not_found: false,
        extra: Default::default(),
    };
    let mut app = seed_app(100, 30);
    app.update(Event::Restored {
        saved: Saved {
            others: vec![Elsewhere {
                document: "other.txt".into(),
                path: Some("/books/other.txt".into()),
                bookmark: mark.clone(),
            }],
            ..Saved::default()
        },
        resume: false,
        warnings: Vec::new(),
    });
    app.press("B");
    app.press("a");
    let effects = app.press("Enter");
    assert_eq!(
        effects,
        vec![Effect::OpenBookmark {
            path: "/books/other.txt".into(),
            id: "b-1".into()
        }]
    );
    // The shell opens the file beside the seed and shows the bookmark.
    app.update(Event::Opened(vec![(
        other,
        Saved {
            bookmarks: vec![mark],
            ..Saved::default()
        },
    )]));
    app.update(Event::ShowBookmark {
        doc: DocId(1),
        id: "b-1".into(),
    });
    assert_eq!(app.doc().name, "other.txt");
    assert_eq!(app.overlay.name(), "none");
    assert!(&app.doc().text()[app.source_position()..].starts_with("The marked passage"));
    assert_eq!(app.message, None);
    // One that cannot be opened says why.
    app.update(Event::OpenFailed("/books/gone.txt: no such file".into()));
    assert_eq!(
        app.message.as_deref(),
        Some("/books/gone.txt: no such file")
    );
}

#[test]
fn what_is_saved_arriving_late_keeps_what_the_reader_did_meanwhile() {
    // A very large bookmarks file is read after the first screen.
    let mut first = seed_app(100, 30);
    first.press("]");
    first.press("]");
    let effects = first.press("q");
    let place = saved(&effects).position.clone().unwrap();
    let stored = crate::store::Bookmark {
        id: "stored".into(),
        label: "from the file".into(),
        place: place.clone(),
        created: 1,
        not_found: false,
        extra: Default::default(),
    };
    let mut app = seed_app(100, 30);
    app.press("]");
    app.press("m");
    app.press("Enter");
    let made = app.bookmarks.list.clone();
    assert_eq!(made.len(), 1);
    type_text(&mut app, "/road");
    app.press("Enter");
    let moved = app.top();
    app.update(Event::Restored {
        saved: Saved {
            bookmarks: vec![stored],
            position: Some(place),
            search_history: vec!["older".into()],
            ..Saved::default()
        },
        resume: true,
        warnings: Vec::new(),
    });
    assert_eq!(app.top(), moved, "a reader who has moved stays put");
    let ids: Vec<&str> = app.bookmarks.list.iter().map(|b| b.id.as_str()).collect();
    assert!(
        ids.contains(&"stored") && ids.contains(&made[0].id.as_str()),
        "{ids:?}"
    );
    assert_eq!(app.search.history, vec!["older", "road"]);
}
