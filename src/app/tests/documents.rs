//! Several documents open at once.

use super::*;

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
fn several_documents_show_as_top_level_outline_rows() {
    let app = library_app();
    assert_eq!(names(&app), ["long.txt", "second.md", "third.txt"]);
    assert_eq!(app.outline_row(0), Some(OutlineRow::Document(DocId(0))));
    assert_eq!(app.outline_row(1), Some(OutlineRow::Section(0)));
    let sections = app.outline.visible().len();
    assert_eq!(
        app.outline_row(1 + sections),
        Some(OutlineRow::Document(DocId(1)))
    );
    assert_eq!(
        app.outline_row(2 + sections),
        Some(OutlineRow::Document(DocId(2)))
    );
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
    assert_eq!(app.doc().name, "second.md");
    assert!(
        matches!(&effects[..], [Effect::Save { doc: DocId(0), changes }] if changes.position.is_some()),
        "the first document's place is saved under its name: {effects:?}"
    );
    app.press("G");
    app.update(Event::Command(Command::SwitchBack));
    assert_eq!(app.doc().name, "long.txt");
    assert_eq!(app.source_position(), place, "back where it was");
    app.press("Ctrl-o");
    assert_eq!(app.doc().name, "second.md");
    assert_eq!(app.position_label(), "End", "and the second where it was");
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

#[test]
fn the_document_list_knows_each_documents_own_title() {
    let mut app = long_app();
    let titled = Document::from_text(
        "post.md",
        "---\ntitle: Announcing It\n---\n\nText.\n",
        Format::Markdown,
    );
    app.update(Event::Opened(vec![(titled, Saved::default())]));
    assert_eq!(names(&app), ["long.txt", "post.md"]);
    let second = app.library.get(DocId(1)).unwrap();
    assert_eq!(second.title.as_deref(), Some("Announcing It"));
}

/// The names of the open documents, in order.
fn names(app: &App) -> Vec<&str> {
    app.documents().iter().map(|d| d.name.as_str()).collect()
}
