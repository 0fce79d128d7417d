//! The bookmarks file on disk: round trips, corruption, read-only
//! directories, crashes mid-save and two processes saving at once.

use lectern::document::{Document, Format};
use lectern::store::file::Store;
use lectern::store::paths::Paths;
use lectern::store::{Bookmark, Changes, DocIdentity, new_id, place_at};
use std::path::Path;
use std::process::Command;

fn seed() -> Document {
    Document::from_text("seed.txt", lectern::source::SEED_TEXT, Format::Plain)
}

fn add_bookmark(store: &Store, doc: &Document, label: &str) {
    let mut changes = Changes::default();
    changes.upsert(Bookmark {
        id: new_id(),
        label: label.into(),
        place: place_at(doc, 100),
        created: 0,
        not_found: false,
        extra: Default::default(),
    });
    store
        .save(&DocIdentity::of(doc, None), &changes)
        .expect("saved");
}

fn count(dir: &Path) -> usize {
    let (_, opened) = Store::open(Some(Paths::in_dir(dir)));
    opened
        .file
        .documents
        .iter()
        .map(|d| d.bookmarks.len())
        .sum()
}

#[test]
fn round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let (store, opened) = Store::open(Some(Paths::in_dir(dir.path())));
    assert!(opened.warnings.is_empty());
    let doc = seed();
    add_bookmark(&store, &doc, "first");
    let (_, again) = Store::open(Some(Paths::in_dir(dir.path())));
    let record = &again.file.documents[0];
    assert_eq!(record.bookmarks[0].label, "first");
    assert_eq!(record.bookmarks[0].place, place_at(&doc, 100));
    let text = std::fs::read_to_string(dir.path().join("bookmarks.json")).unwrap();
    assert!(
        text.contains("\"version\": 1"),
        "human-readable, versioned: {text}"
    );
}

#[test]
fn two_corrupt_files_moved_aside_within_a_second_keep_both() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bookmarks.json");
    for text in ["{ first broken", "{ second broken"] {
        std::fs::write(&file, text).unwrap();
        let _ = Store::open(Some(Paths::in_dir(dir.path())));
    }
    let mut kept: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".corrupt-"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    kept.sort();
    assert_eq!(kept, ["{ first broken", "{ second broken"]);
}

#[test]
fn a_corrupt_file_is_moved_aside_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bookmarks.json");
    std::fs::write(&file, "{ this is not json").unwrap();
    let (store, opened) = Store::open(Some(Paths::in_dir(dir.path())));
    assert!(opened.file.documents.is_empty());
    let warning = opened.warnings.join(" ");
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("bookmarks.json.corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1, "moved aside, not deleted");
    assert!(
        warning.contains(&aside[0]),
        "the user is told where: {warning}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join(&aside[0])).unwrap(),
        "{ this is not json"
    );
    add_bookmark(&store, &seed(), "after");
    assert_eq!(count(dir.path()), 1);
}

#[test]
fn an_unreadable_file_is_never_written_over() {
    let dir = tempfile::tempdir().unwrap();
    // A directory where the file should be: it cannot be read as a file.
    std::fs::create_dir(dir.path().join("bookmarks.json")).unwrap();
    let (store, opened) = Store::open(Some(Paths::in_dir(dir.path())));
    assert!(!opened.warnings.is_empty());
    let changes = Changes {
        position: Some(place_at(&seed(), 0)),
        ..Changes::default()
    };
    assert!(
        store
            .save(&DocIdentity::of(&seed(), None), &changes)
            .is_err()
    );
    assert!(dir.path().join("bookmarks.json").is_dir());
}

#[test]
fn an_unusable_config_directory_means_a_warning_and_session_only_bookmarks() {
    let dir = tempfile::tempdir().unwrap();
    // A file where the directory should be: even root cannot create it.
    let blocker = dir.path().join("not-a-dir");
    std::fs::write(&blocker, "").unwrap();
    let (store, opened) = Store::open(Some(Paths::in_dir(&blocker.join("lectern"))));
    assert!(
        opened.warnings[0].contains("session only"),
        "{:?}",
        opened.warnings
    );
    assert!(store.paths().is_none());
    add_bookmark(&store, &seed(), "kept in memory");
    let (_, none) = Store::open(None);
    assert!(none.warnings[0].contains("session only"));
}

/// Worker mode: when this test binary is started with LECTERN_STORE_WORKER,
/// the named test below acts as one of several processes.
fn worker_dir() -> Option<String> {
    std::env::var("LECTERN_STORE_WORKER").ok()
}

fn spawn_worker(test: &str, dir: &Path, role: &str) -> std::process::Child {
    Command::new(std::env::current_exe().unwrap())
        .args(["--exact", test, "--nocapture", "--test-threads", "1"])
        .env("LECTERN_STORE_WORKER", dir)
        .env("LECTERN_STORE_ROLE", role)
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap()
}

#[test]
fn two_processes_adding_100_bookmarks_each_keep_all_200() {
    if let Some(dir) = worker_dir() {
        let (store, _) = Store::open(Some(Paths::in_dir(Path::new(&dir))));
        let role = std::env::var("LECTERN_STORE_ROLE").unwrap();
        let doc = seed();
        for i in 0..100 {
            add_bookmark(&store, &doc, &format!("{role}-{i}"));
        }
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let test = "two_processes_adding_100_bookmarks_each_keep_all_200";
    let mut a = spawn_worker(test, dir.path(), "a");
    let mut b = spawn_worker(test, dir.path(), "b");
    assert!(a.wait().unwrap().success() && b.wait().unwrap().success());
    assert_eq!(count(dir.path()), 200);
}

#[test]
fn a_save_killed_at_any_moment_leaves_a_readable_file() {
    if let Some(dir) = worker_dir() {
        let (store, _) = Store::open(Some(Paths::in_dir(Path::new(&dir))));
        let doc = seed();
        // Save a growing file for ever; the parent kills us mid-write.
        for i in 0.. {
            add_bookmark(&store, &doc, &format!("{i}-{}", "x".repeat(2000)));
        }
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let test = "a_save_killed_at_any_moment_leaves_a_readable_file";
    let mut last = 0;
    for round in 0..8 {
        let mut child = spawn_worker(test, dir.path(), "killer");
        std::thread::sleep(std::time::Duration::from_millis(150 + 37 * round));
        child.kill().unwrap();
        child.wait().unwrap();
        let (_, opened) = Store::open(Some(Paths::in_dir(dir.path())));
        assert!(
            opened.warnings.is_empty(),
            "round {round}: {:?}",
            opened.warnings
        );
        let now: usize = opened
            .file
            .documents
            .iter()
            .map(|d| d.bookmarks.len())
            .sum();
        assert!(now >= last, "nothing saved before is lost");
        last = now;
    }
    assert!(last > 0, "the worker got some saves done");
}

#[cfg(unix)]
#[test]
fn a_bookmarks_file_in_a_symlink_loop_is_reported_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bookmarks.json");
    std::os::unix::fs::symlink(&file, &file).unwrap();
    let (store, opened) = Store::open(Some(Paths::in_dir(dir.path())));
    assert!(!opened.warnings.is_empty(), "the loop is reported");
    let changes = Changes {
        position: Some(place_at(&seed(), 0)),
        ..Changes::default()
    };
    assert!(
        store
            .save(&DocIdentity::of(&seed(), None), &changes)
            .is_err()
    );
    let link = std::fs::symlink_metadata(&file).unwrap();
    assert!(link.file_type().is_symlink(), "the link is not replaced");
    assert_eq!(std::fs::read_link(&file).unwrap(), file);
}

/// A `bookmarks.json` kept as a symlink (dotfiles) is written through to
/// its target, and the link stays a link.
#[test]
fn a_symlinked_bookmarks_file_is_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let dotfiles = tempfile::tempdir().unwrap();
    let target = dotfiles.path().join("lectern-bookmarks.json");
    std::fs::write(&target, "{\"version\": 1, \"documents\": []}\n").unwrap();
    let link = dir.path().join("bookmarks.json");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let (store, _) = Store::open(Some(Paths::in_dir(dir.path())));
    add_bookmark(&store, &seed(), "through the link");
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let written = std::fs::read_to_string(&target).unwrap();
    assert!(written.contains("through the link"), "{written}");
}

/// Temporary files a killed save left behind are removed by a later save
/// once they are old; a fresh one (a save in progress elsewhere) stays.
#[test]
fn stale_temporary_files_are_removed_by_the_next_save() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join(".bookmarks.json.AbC123");
    let fresh = dir.path().join(".bookmarks.json.XyZ789");
    std::fs::write(&old, "partial").unwrap();
    std::fs::write(&fresh, "partial").unwrap();
    let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    std::fs::File::options()
        .write(true)
        .open(&old)
        .unwrap()
        .set_modified(two_hours_ago)
        .unwrap();
    let (store, _) = Store::open(Some(Paths::in_dir(dir.path())));
    add_bookmark(&store, &seed(), "a save");
    assert!(!old.exists(), "the stale one is gone");
    assert!(fresh.exists(), "a fresh one is left alone");
}

/// Fields this lectern does not know — at the top, on a document, on a
/// bookmark — survive a save untouched.
#[test]
fn fields_a_newer_lectern_wrote_survive_a_save() {
    let dir = tempfile::tempdir().unwrap();
    // The seed's record as this lectern writes it, then fields added.
    let (store, _) = Store::open(Some(Paths::in_dir(dir.path())));
    add_bookmark(&store, &seed(), "first");
    let file = dir.path().join("bookmarks.json");
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    json["collections"] = serde_json::json!([{"name": "reading list"}]);
    json["documents"][0]["tags"] = serde_json::json!(["speech"]);
    json["documents"][0]["bookmarks"][0]["note"] = serde_json::json!("look again");
    std::fs::write(&file, serde_json::to_string(&json).unwrap()).unwrap();
    let (store, _) = Store::open(Some(Paths::in_dir(dir.path())));
    add_bookmark(&store, &seed(), "second");
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(saved["collections"][0]["name"], "reading list");
    assert_eq!(saved["documents"][0]["tags"][0], "speech");
    let first = saved["documents"][0]["bookmarks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["label"] == "first")
        .unwrap();
    assert_eq!(first["note"], "look again");
    assert_eq!(
        saved["documents"][0]["bookmarks"].as_array().unwrap().len(),
        2
    );
}

/// A file a newer lectern wrote is read, and never written over.
#[test]
fn a_newer_lecterns_file_is_read_and_never_rewritten() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bookmarks.json");
    let newer = "{\"version\": 99, \"documents\": [], \"shiny\": true}\n";
    std::fs::write(&file, newer).unwrap();
    let (store, opened) = Store::open(Some(Paths::in_dir(dir.path())));
    assert!(
        opened
            .warnings
            .join(" ")
            .contains("from a newer lectern; changes this session are not saved"),
        "{:?}",
        opened.warnings
    );
    let mut changes = Changes::default();
    changes.upsert(Bookmark {
        id: new_id(),
        label: "kept in memory".into(),
        place: place_at(&seed(), 10),
        created: 0,
        not_found: false,
        extra: Default::default(),
    });
    assert!(
        store
            .save(&DocIdentity::of(&seed(), None), &changes)
            .is_err()
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), newer);
}

/// `--bookmarks` only reads: a corrupt file is reported and stays where it
/// is; a missing config folder is not made.
#[test]
fn listing_bookmarks_moves_and_makes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bookmarks.json");
    std::fs::write(&file, "{ broken").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_lectern"))
        .args(["--bookmarks"])
        .env("LECTERN_CONFIG_DIR", dir.path())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("left as it is"), "{err}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "{ broken");
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "nothing moved aside or created");
    let missing = dir.path().join("never-made");
    let _ = Command::new(env!("CARGO_BIN_EXE_lectern"))
        .args(["--bookmarks"])
        .env("LECTERN_CONFIG_DIR", &missing)
        .output()
        .unwrap();
    assert!(!missing.exists());
}

/// A lock another program holds, or a state file that is a FIFO, makes a
/// save fail with a reason in bounded time: nothing waits without end.
#[test]
fn a_held_lock_or_a_fifo_never_blocks_without_end() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = Store::open(Some(Paths::in_dir(dir.path())));
    add_bookmark(&store, &seed(), "first");
    // Another program holds the lock (as `flock bookmarks.json.lock` would).
    let paths = Paths::in_dir(dir.path());
    let held = std::fs::File::options()
        .write(true)
        .open(&paths.lock)
        .unwrap();
    held.lock().unwrap();
    let mut changes = Changes::default();
    changes.upsert(Bookmark {
        id: new_id(),
        label: "while locked".into(),
        place: place_at(&seed(), 50),
        created: 0,
        not_found: false,
        extra: Default::default(),
    });
    let err = store
        .save(&DocIdentity::of(&seed(), None), &changes)
        .unwrap_err();
    assert!(
        err.to_string().contains("locked by another program"),
        "{err}"
    );
    drop(held);
    // bookmarks.json a FIFO: reported, never opened for reading.
    let fifo_dir = tempfile::tempdir().unwrap();
    let made = Command::new("mkfifo")
        .arg(fifo_dir.path().join("bookmarks.json"))
        .status()
        .unwrap();
    assert!(made.success());
    let (_, opened) = Store::open(Some(Paths::in_dir(fifo_dir.path())));
    assert!(
        opened.warnings.join(" ").contains("not a regular file"),
        "{:?}",
        opened.warnings
    );
}
