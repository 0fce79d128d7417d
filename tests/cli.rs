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
    assert_eq!(entries[0]["level"], 1);
    assert_eq!(entries[0]["kind"], "heading");
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
        (dir.path().to_str().unwrap(), "is a directory"),
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
