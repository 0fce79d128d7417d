//! Edit → save → reopen, through the store and the app as the shell drives
//! them: bookmarks and the reading position follow their passage across
//! sessions, and a passage that is gone stays `not_found` — never silently
//! moved onto other text.

use lectern::app::{App, Effect, Event, Settings};
use lectern::document::{Document, Format};
use lectern::source::Source;
use lectern::store::paths::Paths;
use std::path::Path;

/// One session: open `path`, take in what was saved, run `keys`, quit,
/// and carry out every save as the shell would. Returns the app at the end
/// and the status message and position it opened with.
fn session(config: &Path, path: &Path, keys: &[&str]) -> (App, Option<String>, usize) {
    let text = std::fs::read_to_string(path).unwrap();
    let doc = Document::from_text("notes.txt", &text, Format::Plain);
    let source = Source::File(path.to_owned());
    let opened = lectern::session::open(Some(Paths::in_dir(config)), &doc, &source);
    let mut app = App::new(doc, Settings::default());
    let mut effects = app.update(Event::Resized {
        width: 80,
        height: 24,
    });
    effects.extend(app.update(Event::Restored {
        saved: opened.saved,
        resume: true,
        warnings: opened.warnings,
    }));
    let opening = app.message().map(str::to_owned);
    let opened_at = app.source_position();
    for key in keys {
        effects.extend(app.press(key));
    }
    effects.extend(app.press("q"));
    for effect in effects {
        if let Effect::Save { changes, .. } = effect {
            opened.store.save(&opened.identity, &changes).unwrap();
        }
    }
    (app, opening, opened_at)
}

fn paragraphs(count: usize, tag: &str) -> String {
    (0..count)
        .map(|i| format!("{tag} paragraph {i} holds words that only it holds, number {i}.\n\n"))
        .collect()
}

/// The text of the paragraph holding byte `offset`.
fn paragraph_at(text: &str, offset: usize) -> &str {
    let start = text[..offset].rfind("\n\n").map_or(0, |i| i + 2);
    let end = text[offset..]
        .find("\n\n")
        .map_or(text.len(), |i| offset + i);
    &text[start..end]
}

/// Session 1 on a new `notes.txt`: go 40 rows down, bookmark the passage
/// on top, quit. Returns the config and document folders and the text of
/// the paragraph marked.
fn bookmarked_in_a_first_session() -> (tempfile::TempDir, tempfile::TempDir, String) {
    let config = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(&path, paragraphs(60, "Old")).unwrap();
    let mut keys = vec!["j"; 40];
    keys.extend(["m", "Enter"]);
    let (first, _, _) = session(config.path(), &path, &keys);
    let marked = paragraph_at(first.doc().text(), first.source_position()).to_owned();
    (config, dir, marked)
}

#[test]
fn a_bookmark_and_the_position_follow_their_passage_through_an_edit_across_sessions() {
    let (config, dir, marked) = bookmarked_in_a_first_session();
    let path = dir.path().join("notes.txt");

    // 7 KB of new text before it.
    let old = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, paragraphs(110, "New") + &old).unwrap();
    // Session 2 opens the edited file, searches (which saves the history,
    // and so the new fingerprint) a few matches on and quits; session 3
    // reads the store. (A match now shows below rows of context, so the
    // first one alone may leave the marked passage on top.)
    let keys = ["/", "O", "l", "d", "Enter", "n", "n", "n"];
    let (second, _, resumed) = session(config.path(), &path, &keys);
    let text = second.doc().text().to_owned();
    assert_eq!(
        paragraph_at(&text, resumed),
        marked,
        "resumed at the same passage"
    );
    let (third, _, resumed) = session(config.path(), &path, &["B"]);
    let (out, _) = lectern::session::bookmarks_report(
        Some(Paths::in_dir(config.path())),
        Some((third.doc(), &Source::File(path.clone()))),
        true,
    );
    let listed: serde_json::Value = serde_json::from_str(&out).unwrap();
    let offset = listed[0]["offset"].as_u64().unwrap() as usize;
    assert_eq!(
        paragraph_at(&text, offset),
        marked,
        "the stored offset is the new one, not the old one under the new fingerprint"
    );
    assert_eq!(listed[0]["not_found"], false);
    assert_ne!(
        paragraph_at(&text, resumed),
        marked,
        "session 2 searched on"
    );
}

#[test]
fn a_deleted_passage_leaves_its_bookmark_not_found_in_every_later_session() {
    let (config, dir, marked) = bookmarked_in_a_first_session();
    let path = dir.path().join("notes.txt");
    let old = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, old.replace(&marked, "A rewritten paragraph.")).unwrap();

    let (second, opening, _) = session(config.path(), &path, &[]);
    assert!(
        opening
            .as_deref()
            .is_some_and(|m| m.contains("was not found in this version")),
        "the lost place is said: {opening:?}"
    );
    for _ in 0..2 {
        let (out, _) = lectern::session::bookmarks_report(
            Some(Paths::in_dir(config.path())),
            Some((second.doc(), &Source::File(path.clone()))),
            true,
        );
        let listed: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(listed[0]["not_found"], true, "{out}");
        session(config.path(), &path, &[]);
    }
}
