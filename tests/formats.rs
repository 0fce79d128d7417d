//! Documents that are not plain text or Markdown as they stand: compressed
//! files, and (with their outlines) man pages, HTML and EPUB books.

use std::io::Write;
use std::process::{Command, Output};

fn lectern(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lectern"))
        .args(args)
        .env("LECTERN_CONFIG_DIR", std::env::temp_dir())
        .output()
        .expect("lectern runs")
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

#[test]
fn a_gzipped_markdown_file_reads_as_markdown_whatever_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let named = dir.path().join("notes.md.gz");
    std::fs::write(&named, gzip(b"# Top\n\n## Part\n\ntext\n")).unwrap();
    let out = lectern(&["--outline", named.to_str().unwrap()]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Top\n  Part\n");
    // Known by its magic bytes too.
    let unnamed = dir.path().join("notes");
    std::fs::write(&unnamed, gzip(b"Plain words, then more.\n")).unwrap();
    let out = lectern(&[unnamed.to_str().unwrap()]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "Plain words, then more.\n"
    );
}

#[test]
fn a_broken_compressed_file_says_why_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cut.txt.gz");
    let mut bytes = gzip(&b"words ".repeat(1000));
    bytes.truncate(bytes.len() / 2);
    std::fs::write(&path, bytes).unwrap();
    let out = lectern(&[path.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not a readable gzip file"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

fn formats_dir() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/formats")
}

#[test]
fn man_pager_text_has_the_outline_of_its_sections() {
    for page in ["xz.1", "fzf.1", "dropbear.8"] {
        let text = formats_dir().join(format!("{page}.overstrike.txt"));
        let key = std::fs::read_to_string(formats_dir().join(format!("{page}.outline"))).unwrap();
        let out = lectern(&["--outline", text.to_str().unwrap()]);
        assert!(out.status.success(), "{page}: {out:?}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), key, "{page}");
    }
}

#[test]
fn man_pager_text_on_standard_input_is_found_and_loses_its_overstrike() {
    let text = std::fs::read(formats_dir().join("dropbear.8.overstrike.txt")).unwrap();
    let run = |args: &[&str]| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_lectern"))
            .args(args)
            .env("LECTERN_CONFIG_DIR", std::env::temp_dir())
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(&text).unwrap();
        child.wait_with_output().unwrap()
    };
    let outline = run(&["--outline"]);
    assert!(String::from_utf8_lossy(&outline.stdout).starts_with("NAME\nSYNOPSIS\n"));
    // Piped on, the page reads as plain text: no backspace, no colour code.
    let shown = String::from_utf8_lossy(&run(&[]).stdout).into_owned();
    assert!(
        shown.contains("dropbear - lightweight SSH server"),
        "{shown}"
    );
    assert!(!shown.contains('\u{8}') && !shown.contains('\u{1b}'));
}
