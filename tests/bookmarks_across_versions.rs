//! A bookmarks file written by lectern 0.1 before converted formats kept
//! their displayed text (made with that build: it quotes the Markdown an
//! EPUB, an HTML page and a man page were read through) opens at the same
//! passages in this version.

use lectern::source::{ReadAs, Source};
use lectern::store::{DocIdentity, StoreFile, restore};

const FORMATS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/formats");
const SAVED: &str = include_str!("fixtures/bookmarks-made-by-0.1-before-displayed-text.json");

/// Each document, and the words each of its saved places showed at the
/// top of the screen when it was saved (read from the screen then).
const PASSAGES: &[(&str, &[&str])] = &[
    ("xz.1", &["The memory usage limiter can be enabled"]),
    (
        "pride-and-prejudice-1342-h.htm",
        &["not visit them.”\n\n“Depend upon it, my dear"],
    ),
    (
        "alice.epub",
        &["enough—I hope I sha'n't grow any more", "Illo4"],
    ),
];

#[test]
fn places_saved_by_the_older_version_land_on_the_same_passages() {
    let dir = tempfile::tempdir().unwrap();
    let saved = SAVED.replace("{DIR}", &dir.path().to_string_lossy());
    let file = StoreFile::parse(&saved).unwrap();
    for (name, passages) in PASSAGES {
        let path = dir.path().join(name);
        std::fs::copy(format!("{FORMATS}/{name}"), &path).unwrap();
        let doc = Source::File(path.clone())
            .load(ReadAs::default(), &[])
            .unwrap();
        let identity = DocIdentity::of(&doc, Some(path.to_string_lossy().into_owned()));
        let (index, how) = file.find(&identity).expect("found by its path");
        let found = restore(&doc, &file.documents[index], how);
        assert_eq!(found.bookmarks.len(), passages.len(), "{name}");
        for (bookmark, passage) in found.bookmarks.iter().zip(passages.iter()) {
            assert!(!bookmark.not_found, "{name}: {bookmark:?}");
            let at = &doc.text()[bookmark.place.offset..];
            assert!(
                at.starts_with(passage),
                "{name}: the bookmark now opens at {:?}, not {passage:?}",
                &at[..at.len().min(80)]
            );
        }
        let position = found.position.expect("the reading position is found");
        assert!(
            passages
                .iter()
                .any(|p| doc.text()[position.offset..].starts_with(p)),
            "{name}: resumes at {:?}",
            &doc.text()[position.offset..][..60]
        );
    }
}
