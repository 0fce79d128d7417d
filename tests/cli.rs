//! The binary as scripts use it: --outline, errors, piped output.

use std::process::{Command, Output};

fn lectern(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lectern"))
        .args(args)
        .env("LECTERN_CONFIG_DIR", std::env::temp_dir())
        .output()
        .expect("lectern runs")
}

#[test]
fn seed_outline_json_matches_the_speech() {
    let out = lectern(&["--outline", "--json"]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let entries = json.as_array().unwrap();
    let lines: Vec<u64> = entries
        .iter()
        .map(|e| e["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, vec![0, 5, 7, 10, 12, 14, 16, 18, 20]);
    // The speech's title, above its paragraph entries (level 1).
    assert_eq!(entries[0]["level"], 0);
    assert_eq!(entries[0]["kind"], "title");
    assert!(entries[1..].iter().all(|e| e["level"] == 1));
    assert!(
        entries[0]["title"]
            .as_str()
            .unwrap()
            .starts_with("Jointly Build a Global Community of Shared Future")
    );
    let expected = [
        "the goal",
        "the pathway",
        "the guiding principle",
        "the basic underpinning",
        "the strategic guidance",
        "the platform for action",
    ];
    for (entry, start) in entries[2..8].iter().zip(expected) {
        assert_eq!(entry["kind"], "paragraph");
        let title = entry["title"].as_str().unwrap().to_lowercase();
        assert!(
            title.starts_with(start),
            "{title:?} should start with {start:?}"
        );
    }
}

#[test]
fn text_outline_indents_by_level() {
    let out = lectern(&["--outline"]);
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("Jointly"));
    assert!(lines[2].starts_with("  the goal"));
}

#[test]
fn missing_file_directory_and_binary_fail_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let binary = dir.path().join("blob.bin");
    std::fs::write(&binary, [0u8, 1, 2, 0, 0, 0, 0, 0, 0, 9]).unwrap();
    let missing = dir.path().join("nope.txt");
    for (path, message) in [
        (missing.to_str().unwrap(), "no such file"),
        (
            dir.path().to_str().unwrap(),
            "no text or Markdown files in this folder",
        ),
        (binary.to_str().unwrap(), "looks like a binary file"),
    ] {
        let out = lectern(&["--outline", path]);
        assert_eq!(out.status.code(), Some(1), "{path}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.starts_with(&format!("lectern: {path}: {message}")),
            "{err}"
        );
    }
}

#[test]
fn piped_output_is_wrapped_plain_text_without_escapes() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("esc.txt");
    std::fs::write(
        &file,
        "Title\r\n\r\nA line with \x1b]52;c;aGk=\x07 and \x1b[2J inside it.\r\n",
    )
    .unwrap();
    let out = lectern(&[file.to_str().unwrap()]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('\x1b') && !text.contains('\x07') && !text.contains('\r'));
    assert!(text.contains("␛]52;c;aGk=␇"));
}

#[test]
fn seed_piped_is_the_whole_speech() {
    let out = lectern(&[]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Jointly Build"));
    assert!(text.contains("Belt and Road"));
    assert!(
        text.lines()
            .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 80)
    );
}

#[test]
fn heading_patterns_and_bad_patterns() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("log.txt");
    std::fs::write(&file, "== Start ==\nsome text\n== Next ==\nmore\n").unwrap();
    let out = lectern(&[
        "--outline",
        "--heading",
        "^== (.*) ==$",
        file.to_str().unwrap(),
    ]);
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "Start\nNext\n");
    let bad = lectern(&["--outline", "--heading", "(", file.to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        String::from_utf8(bad.stderr)
            .unwrap()
            .starts_with("lectern: --heading \"(\"")
    );
}

#[test]
fn markdown_entities_become_visible_placeholders() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("x.md");
    std::fs::write(&file, "# Bell &#7;\n\ntext &#27;[31m red\n").unwrap();
    let out = lectern(&[file.to_str().unwrap()]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('\x1b') && !text.contains('\x07'));
    assert!(text.contains("␛[31m"));
}

fn lectern_in(config: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lectern"))
        .args(args)
        .env("LECTERN_CONFIG_DIR", config)
        .output()
        .expect("lectern runs")
}

/// Save a bookmark for `file` the way the reader does.
fn bookmark_file(config: &std::path::Path, file: &std::path::Path, passage: &str, label: &str) {
    use lectern::session;
    use lectern::source::Source;
    use lectern::store::{Bookmark, Changes, new_id, place_at};
    let source = Source::File(file.to_owned());
    let doc = source.load(None, &[]).unwrap();
    let offset = doc.text().find(passage).unwrap();
    let mut changes = Changes::default();
    changes.upsert(Bookmark {
        id: new_id(),
        label: label.into(),
        place: place_at(&doc, offset),
        created: 0,
        not_found: false,
        extra: Default::default(),
    });
    let (store, _) =
        lectern::store::file::Store::open(Some(lectern::store::paths::Paths::in_dir(config)));
    store
        .save(&session::identity(&doc, &source), &changes)
        .unwrap();
}

const BOOK: &str = "A Small Book\n\nCHAPTER 1\n\nThe first chapter begins here.\n\nCHAPTER 2\n\nThe second chapter has the passage we mark.\n";

#[test]
fn paths_names_every_file() {
    let config = tempfile::tempdir().unwrap();
    let out = lectern_in(config.path(), &["--paths"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(&config.path().join("bookmarks.json").display().to_string()),
        "{text}"
    );
    assert!(text.contains("lock"));
}

#[test]
fn bookmarks_follow_a_moved_file_and_survive_an_edit() {
    let config = tempfile::tempdir().unwrap();
    let docs = tempfile::tempdir().unwrap();
    let first = docs.path().join("book.txt");
    std::fs::write(&first, BOOK).unwrap();
    bookmark_file(config.path(), &first, "the passage we mark", "the mark");
    bookmark_file(config.path(), &first, "The first chapter", "doomed");

    // Moved and renamed, same content: found by its fingerprint.
    let moved = docs.path().join("renamed.txt");
    std::fs::rename(&first, &moved).unwrap();
    let out = lectern_in(
        config.path(),
        &["--bookmarks", "--json", moved.to_str().unwrap()],
    );
    let listed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 2, "{listed}");

    // Edited at its first path (bookmarks saved there): re-anchored by text.
    std::fs::rename(&moved, &first).unwrap();
    let edited = BOOK
        .replace("A Small Book\n\n", "A Small Book\n\nA new foreword.\n\n")
        .replace("The first chapter begins here.", "Rewritten.")
        .replace("CHAPTER 1", "CHAPTER ONE");
    std::fs::write(&first, &edited).unwrap();
    let out = lectern_in(
        config.path(),
        &["--bookmarks", "--json", first.to_str().unwrap()],
    );
    let listed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = listed.as_array().unwrap();
    let mark = rows.iter().find(|r| r["label"] == "the mark").unwrap();
    assert_eq!(mark["offset"], edited.find("the passage we mark").unwrap());
    assert_eq!(mark["not_found"], false);
    let doomed = rows.iter().find(|r| r["label"] == "doomed").unwrap();
    assert_eq!(doomed["not_found"], true, "kept, shown as not found");

    let text = String::from_utf8(lectern_in(config.path(), &["--bookmarks"]).stdout).unwrap();
    assert!(
        text.contains("book.txt") && text.contains("the mark"),
        "{text}"
    );
}

#[test]
fn a_corrupt_bookmarks_file_is_reported_and_kept() {
    let config = tempfile::tempdir().unwrap();
    std::fs::write(config.path().join("bookmarks.json"), "[not json").unwrap();
    let out = lectern_in(config.path(), &["--bookmarks"]);
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    // Listing only reads: the file is reported and stays as it is (this
    // asserted it was moved aside, which issue 20 found to be wrong for a
    // read-only command; the reader still moves it aside when it opens).
    assert!(
        err.contains("could not be read") && err.contains("left as it is"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(config.path().join("bookmarks.json")).unwrap(),
        "[not json"
    );
}

#[test]
fn completions_generate_for_each_shell() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = lectern(&["--completions", shell]);
        assert!(out.status.success(), "{shell}");
        let script = String::from_utf8(out.stdout).unwrap();
        assert!(script.contains("lectern"), "{shell}");
        assert!(script.contains("outline"), "{shell}: {script}");
    }
    let out = lectern(&["--completions", "tcsh"]);
    assert!(!out.status.success());
}

#[test]
fn print_config_is_the_commented_default_with_every_action() {
    let out = lectern(&["--print-config"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("# lectern's configuration"));
    for name in ["scroll-down", "open-palette", "reload", "force-quit"] {
        assert!(text.contains(&format!("# {name} = [")), "{name}");
    }
    let out = lectern(&["--paths"]);
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("config.toml")
    );
}

#[test]
fn help_has_examples_and_version_is_the_crate_version() {
    let help = String::from_utf8(lectern(&["--help"]).stdout).unwrap();
    assert!(
        help.contains("Examples:") && help.contains("--theme"),
        "{help}"
    );
    let version = String::from_utf8(lectern(&["--version"]).stdout).unwrap();
    assert_eq!(
        version.trim(),
        format!("lectern {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn a_folder_opens_its_documents_in_name_order() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("b.md", "# Bee\n\nbuzz\n"),
        ("a.txt", "Ant\n\nmarch\n"),
        ("c.bin", "not a document\n"),
    ] {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::write(dir.path().join("sub/z.txt"), "Zed\n").unwrap();
    // On a pipe, each document in turn: a.txt, b.md, then sub/z.txt (a
    // folder's subfolders are read too); not c.bin.
    let out = lectern(&[dir.path().to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let (ant, bee) = (text.find("march").unwrap(), text.find("buzz").unwrap());
    assert!(ant < bee, "{text}");
    assert!(!text.contains("not a document"), "{text}");
    assert!(text.find("Zed").is_some_and(|zed| zed > bee), "{text}");
    let out = lectern(&["--outline", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("one document at a time"));
}

#[test]
fn format_names_a_markup_the_content_does_not_show() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(&path, "* Plans\n\nSome text.\n\n** Later\n\nMore text.\n").unwrap();
    let file = path.to_str().unwrap();
    let titles = |args: &[&str]| -> Vec<String> {
        let out = lectern(args);
        assert!(out.status.success(), "{args:?}");
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        json.as_array()
            .unwrap()
            .iter()
            .filter(|e| e["kind"] == "heading")
            .map(|e| format!("{} {}", e["level"], e["title"].as_str().unwrap()))
            .collect()
    };
    assert_eq!(
        titles(&["--outline", "--json", "--format", "org", file]),
        ["1 Plans", "2 Later"]
    );
    assert!(
        titles(&["--outline", "--json", file]).is_empty(),
        "plain text: no stars as headings"
    );
    let adoc = dir.path().join("guide.adoc");
    std::fs::write(
        &adoc,
        "= Guide\n\n== Install\n\ntext\n\n=== On Linux\n\ntext\n",
    )
    .unwrap();
    assert_eq!(
        titles(&["--outline", "--json", adoc.to_str().unwrap()]),
        ["1 Guide", "2 Install", "3 On Linux"]
    );
}

#[test]
fn heading_rules_in_the_config_file_replace_detection_for_matching_files() {
    let config = tempfile::tempdir().unwrap();
    std::fs::write(
        config.path().join("config.toml"),
        "[[headings]]\nfiles = \"*.log\"\npatterns = [\"^=== (.*)$\"]\n",
    )
    .unwrap();
    let log = config.path().join("run.log");
    std::fs::write(
        &log,
        "=== boot\nline one\nline two\n=== shutdown\nline three\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_lectern"))
        .args(["--outline", "--explain", log.to_str().unwrap()])
        .env("LECTERN_CONFIG_DIR", config.path())
        .output()
        .unwrap();
    let explained = String::from_utf8(out.stdout).unwrap();
    assert!(explained.contains("--heading patterns"), "{explained}");
    let out = Command::new(env!("CARGO_BIN_EXE_lectern"))
        .args(["--outline", log.to_str().unwrap()])
        .env("LECTERN_CONFIG_DIR", config.path())
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "boot\nshutdown\n");
}

#[test]
fn explain_names_the_rule_behind_each_entry_and_the_near_misses() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("diary.txt");
    let entry = "We went out, and it rained, and we came back in again.\n\n";
    std::fs::write(
        &path,
        format!("CHAPTER I\n\n{entry}May 3.\n\n{entry}CHAPTER II\n\n{entry}"),
    )
    .unwrap();
    let out = lectern(&["--outline", "--explain", path.to_str().unwrap()]);
    let explained = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = explained.lines().collect();
    // First, the reader the registry chose and why.
    assert_eq!(lines[0], "read as plain text (by its name, *.txt)");
    assert!(
        lines[1].trim_start().starts_with("0 + CHAPTER I"),
        "{explained}"
    );
    assert!(lines[1].contains("a division word"), "{explained}");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("- May 3.") && l.contains("dates too few")),
        "{explained}"
    );
}

#[test]
fn piped_documents_each_start_with_their_name_and_encodings_can_be_named() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.txt"), dir.path().join("b.txt"));
    std::fs::write(&a, "First document.\n").unwrap();
    // "Привет" in KOI8-R, too short for a guess to be sure of.
    std::fs::write(&b, [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4, b'\n']).unwrap();
    let out = lectern(&[
        "--encoding",
        "koi8-r",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
    ]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text,
        "==> a.txt <==\nFirst document.\n\n==> b.txt <==\nПривет\n"
    );
    let bad = lectern(&["--encoding", "klingon", a.to_str().unwrap()]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("no encoding is called"));
}

#[test]
fn rfc_793_piped_has_no_running_heads() {
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/rfc793_tcp_1981.txt"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_lectern"))
        .arg(file)
        .env("COLUMNS", "80")
        .env("LECTERN_CONFIG_DIR", std::env::temp_dir())
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let heads = text
        .lines()
        .filter(|l| l.trim() == "September 1981" || l.trim() == "Transmission Control Protocol")
        .count();
    // The title page's date and name are the only ones left of 90 pages'.
    assert!(heads <= 3, "{heads} running heads left");
    assert!(!text.contains("[Page "), "page footers are gone");
    assert!(
        !text.contains('\u{c}') && !text.contains('␌'),
        "no form feeds"
    );
}

#[test]
fn bookmarks_with_none_say_so_on_stderr_and_succeed() {
    let config = tempfile::tempdir().unwrap();
    let out = lectern_in(config.path(), &["--bookmarks"]);
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("no bookmarks"), "{err}");
    let json = lectern_in(config.path(), &["--bookmarks", "--json"]);
    assert!(json.status.success());
    assert_eq!(String::from_utf8(json.stdout).unwrap().trim(), "[]");
    assert!(json.stderr.is_empty(), "JSON output stays quiet");
}

/// A file name, like anything else from outside, reaches the terminal with
/// its escapes made visible, never acted on.
#[test]
fn a_hostile_file_name_in_an_error_is_shown_not_obeyed() {
    let dir = tempfile::tempdir().unwrap();
    let name = dir.path().join("\u{1b}]0;PWNED\u{7}x.txt");
    let out = lectern(&[name.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no such file"), "{err}");
    assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{err:?}");
    assert!(err.contains("␛]0;PWNED"), "{err}");
}

/// A device is refused at once, and a binary file as soon as its opening
/// shows it: nothing endless is read to its end first.
#[test]
fn devices_and_endless_binary_input_are_refused_at_once() {
    let out = lectern(&["--outline", "/dev/zero"]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("is a device"),
        "{out:?}"
    );
    // A pipe that sends zeros and never ends: read whole, it would never
    // be refused.
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("zeros");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let writer_path = fifo.clone();
    std::thread::spawn(move || {
        use std::io::Write;
        let Ok(mut pipe) = std::fs::OpenOptions::new().write(true).open(writer_path) else {
            return;
        };
        let zeros = vec![0u8; 64 << 10];
        while pipe.write_all(&zeros).is_ok() {}
    });
    let mut child = Command::new(env!("CARGO_BIN_EXE_lectern"))
        .args(["--outline", fifo.to_str().unwrap()])
        .env("LECTERN_CONFIG_DIR", std::env::temp_dir())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("lectern kept reading an endless pipe of zeros");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("looks like a binary file"),
        "{out:?}"
    );
}

/// In a folder, a file that cannot be read is left out with one line, and
/// the others are read; exit 0 when at least one was.
#[test]
fn a_folder_leaves_out_what_it_cannot_read_and_reads_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Alpha words.\n").unwrap();
    std::fs::write(dir.path().join("b.txt"), [0u8, 1, 0, 2, 0, 3].repeat(50)).unwrap();
    std::fs::write(dir.path().join("c.txt"), "Gamma words.\n").unwrap();
    let out = lectern(&[dir.path().to_str().unwrap()]);
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Alpha words.") && text.contains("Gamma words."),
        "{text}"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("b.txt: looks like a binary file; left out"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}
