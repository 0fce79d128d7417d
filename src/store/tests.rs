use super::*;
use crate::document::{Document, Format};

fn doc(text: &str) -> Document {
    Document::from_text("d.txt", text, Format::Plain)
}

fn bookmark(doc: &Document, offset: usize, label: &str) -> Bookmark {
    Bookmark {
        id: new_id(),
        label: label.into(),
        place: place_at(doc, offset),
        created: 0,
        not_found: false,
        extra: Default::default(),
    }
}

const TEXT: &str = "Title Of The Thing\n\nCHAPTER 1\n\nFirst chapter text here.\n\nCHAPTER 2\n\nSecond chapter text, with a passage worth marking.\n";

#[test]
fn places_record_section_and_snippet() {
    let d = doc(TEXT);
    let offset = TEXT.find("passage").unwrap();
    let place = place_at(&d, offset);
    assert_eq!(place.section.as_deref(), Some("CHAPTER 2"));
    assert!(place.snippet.starts_with("passage worth marking."));
}

#[test]
fn an_edit_moves_a_bookmark_with_its_text_and_keeps_the_unplaceable() {
    let old = doc(TEXT);
    let at = bookmark(&old, TEXT.find("passage").unwrap(), "a");
    let gone = bookmark(&old, TEXT.find("First chapter").unwrap(), "b");
    let identity = DocIdentity::of(&old, Some("/d.txt".into()));
    let mut file = StoreFile::default();
    file.apply(
        &identity,
        &Changes {
            upserted: vec![at.clone(), gone.clone()],
            ..Changes::default()
        },
    );
    let edited_text = TEXT
        .replace(
            "Title Of The Thing\n\n",
            "Title Of The Thing\n\nA new preface paragraph.\n\n",
        )
        .replace("First chapter text here.", "Rewritten.")
        .replace("CHAPTER 1", "CHAPTER ONE");
    let edited = doc(&edited_text);
    let now = DocIdentity::of(&edited, Some("/d.txt".into()));
    let (index, how) = file.find(&now).unwrap();
    assert_eq!(how, Match::Edited);
    let bookmarks = restore(&edited, &file.documents[index], how).bookmarks;
    assert_eq!(
        bookmarks[0].place.offset,
        edited_text.find("passage").unwrap()
    );
    assert!(!bookmarks[0].not_found);
    assert!(bookmarks[1].not_found, "its text and its section are gone");
    assert_eq!(bookmarks.len(), 2, "never silently dropped");
}

#[test]
fn a_snippet_gone_but_its_section_there_lands_on_the_section() {
    let old = doc(TEXT);
    let b = bookmark(&old, TEXT.find("Second chapter").unwrap(), "s");
    let edited = doc(&TEXT.replace(
        "Second chapter text, with a passage worth marking.",
        "All new words.",
    ));
    let offset = reanchor(&edited, &b.place).unwrap();
    assert!(edited.text()[offset..].starts_with("CHAPTER 2"));
}

#[test]
fn same_content_elsewhere_is_the_same_document() {
    let d = doc(TEXT);
    let mut file = StoreFile::default();
    let there = DocIdentity::of(&d, Some("/old/place.txt".into()));
    file.apply(
        &there,
        &Changes {
            upserted: vec![bookmark(&d, 5, "x")],
            ..Changes::default()
        },
    );
    let here = DocIdentity::of(&d, Some("/new/name.txt".into()));
    let (_, how) = file.find(&here).unwrap();
    assert_eq!(how, Match::SameContent);
    file.apply(&here, &Changes::default());
    assert_eq!(file.documents.len(), 1);
    assert_eq!(file.documents[0].path.as_deref(), Some("/new/name.txt"));
    assert_eq!(file.documents[0].bookmarks.len(), 1);
}

#[test]
fn changes_merge_with_what_is_on_disk() {
    let d = doc(TEXT);
    let identity = DocIdentity::of(&d, None);
    let mut disk = StoreFile::default();
    let theirs = bookmark(&d, 3, "theirs");
    disk.apply(
        &identity,
        &Changes {
            upserted: vec![theirs.clone()],
            ..Changes::default()
        },
    );
    let mut mine = Changes::default();
    let kept = bookmark(&d, 10, "mine");
    mine.upsert(kept.clone());
    let dropped = bookmark(&d, 12, "dropped");
    mine.upsert(dropped.clone());
    mine.remove(dropped.id.clone());
    disk.apply(&identity, &mine);
    let labels: Vec<&str> = disk.documents[0]
        .bookmarks
        .iter()
        .map(|b| b.label.as_str())
        .collect();
    assert_eq!(labels, vec!["theirs", "mine"]);
}

#[test]
fn absorbing_keeps_the_latest_of_each() {
    let d = doc(TEXT);
    let mut first = Changes::default();
    let mut b = bookmark(&d, 3, "old label");
    first.upsert(b.clone());
    b.label = "new label".into();
    let mut later = Changes::default();
    later.upsert(b.clone());
    later.position = Some(place_at(&d, 7));
    first.absorb(later);
    assert_eq!(first.upserted.len(), 1);
    assert_eq!(first.upserted[0].label, "new label");
    assert_eq!(first.position.as_ref().unwrap().offset, 7);
}

#[test]
fn ids_are_unique() {
    let ids: std::collections::HashSet<String> = (0..1000).map(|_| new_id()).collect();
    assert_eq!(ids.len(), 1000);
}

#[test]
fn the_file_is_versioned_json() {
    let json = serde_json::to_value(StoreFile::default()).unwrap();
    assert_eq!(json["version"], VERSION);
}
