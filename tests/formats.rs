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
fn man_page_sources_have_the_same_outlines() {
    for page in ["xz.1", "fzf.1", "dropbear.8"] {
        let source = formats_dir().join(page);
        let key = std::fs::read_to_string(formats_dir().join(format!("{page}.outline"))).unwrap();
        let out = lectern(&["--outline", source.to_str().unwrap()]);
        assert_eq!(String::from_utf8_lossy(&out.stdout), key, "{page}");
    }
    // Read, not printed as roff: no requests, no escapes, the licence in
    // fzf's `.ig` block left out.
    let shown = lectern(&[formats_dir().join("fzf.1").to_str().unwrap()]);
    let text = String::from_utf8_lossy(&shown.stdout);
    assert!(text.contains("fzf - a command-line fuzzy finder"), "{text}");
    assert!(
        !text.contains(".SH")
            && !text.contains("\\f")
            && !text.contains("Permission is hereby granted")
    );
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

#[test]
fn books_and_html_have_the_outlines_their_provenance_gives() {
    for file in [
        "alice.epub",
        "childrens-literature.epub",
        "romeo-and-juliet.epub",
        "mystere-chambre-jaune.epub",
        "pride-and-prejudice-1342-h.htm",
        "expat-reference.html",
    ] {
        let path = formats_dir().join(file);
        let key = std::fs::read_to_string(formats_dir().join(format!("{file}.outline"))).unwrap();
        let out = lectern(&["--outline", path.to_str().unwrap()]);
        assert!(out.status.success(), "{file}: {out:?}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), key, "{file}");
    }
}

#[test]
fn an_epubs_outline_in_json_says_where_each_entry_is_in_the_book() {
    let path = formats_dir().join("romeo-and-juliet.epub");
    let out = lectern(&["--outline", "--json", path.to_str().unwrap()]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let entries = json.as_array().unwrap();
    let act = entries.iter().find(|e| e["title"] == "Act I").unwrap();
    // The content file (Feedbooks names them .xml) its NCX entry points at.
    assert_eq!(act["source"], "OPS/main0.xml", "{act}");
    assert!(act["line"].as_u64().is_some());
    // Plain text has no such field.
    let text = lectern(&["--outline", "--json"]);
    assert!(!String::from_utf8_lossy(&text.stdout).contains("\"source\""));
}

#[test]
fn a_book_pipes_out_as_text_with_its_chapters() {
    let path = formats_dir().join("alice.epub");
    let out = lectern(&[path.to_str().unwrap()]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Down The Rabbit-Hole"),
        "{}",
        &text[..500.min(text.len())]
    );
    assert!(text.contains("Alice was beginning to get very tired"));
    assert!(
        !text.contains("<p") && !text.contains("\\*"),
        "no markup shows"
    );
}

/// A zstd frame holding `bytes` in one raw block (no compression needed
/// to test that lectern reads what is inside).
fn zstd_raw(bytes: &[u8]) -> Vec<u8> {
    assert!(bytes.len() < 128 << 10, "one block");
    let header = (bytes.len() << 3) | 1; // last block, raw
    let mut out = vec![0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x58];
    out.extend_from_slice(&header.to_le_bytes()[..3]);
    out.extend_from_slice(bytes);
    out
}

/// One document of every format the registry lists (`--formats`), as
/// `(file name, bytes, the reader's title, a phrase it shows)`.
fn one_of_each() -> Vec<(&'static str, Vec<u8>, &'static str, &'static str)> {
    let struck: String = "NAME"
        .chars()
        .map(|c| format!("{c}\u{8}{c}"))
        .collect::<String>()
        + "\n       tool - does things\n"
        + "D\u{8}DE\u{8}ES\u{8}SC\u{8}CR\u{8}RI\u{8}IP\u{8}PT\u{8}TI\u{8}IO\u{8}ON\u{8}N\n"
        + "       Struck text as man sends it.\n";
    let roff = ".TH TOOL 1\n.SH NAME\ntool \\- does things\n.SH DESCRIPTION\nRoff text here.\n";
    let epub = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/formats/alice.epub"
    ))
    .unwrap();
    // Aozora Bunko texts come in Shift_JIS.
    let aozora = encoding_rs::SHIFT_JIS
        .encode("題\n\n［＃５字下げ］一［＃「一」は中見出し］\n\n　朝、食堂で幽《かす》かに。\n")
        .0
        .into_owned();
    vec![
        ("notes.txt", b"A plain note.\n".to_vec(), "plain text", "A plain note."),
        ("guide.md", b"# Guide\n\nMarkdown text.\n".to_vec(), "Markdown", "Markdown text."),
        (
            "manual.adoc",
            b"= Manual\n:toc:\n\n== Part\n\nAsciiDoc text.\n".to_vec(),
            "AsciiDoc",
            "AsciiDoc text.",
        ),
        ("todo.org", b"#+TITLE: Todo\n* Task\nOrg text.\n".to_vec(), "Org", "Org text."),
        (
            "plugin-help",
            b"*plugin.txt*  A plugin\n\n==============================================================================\n1. Intro                                                     *plugin-intro*\n\nVim help text.\n".to_vec(),
            "Vim help",
            "Vim help text.",
        ),
        (
            "NEWS",
            b"* Noteworthy changes in release 2.0 (2024-01-02) [stable]\n\nNEWS text.\n\n* Noteworthy changes in release 1.0 (2023-01-02) [stable]\n\nOlder.\n".to_vec(),
            "NEWS",
            "NEWS text.",
        ),
        ("tool.1", roff.as_bytes().to_vec(), "man page", "Roff text here."),
        ("other.8.gz", gzip(roff.as_bytes()), "man page", "Roff text here."),
        ("tool.txt", struck.into_bytes(), "man page text", "Struck text as man sends it."),
        (
            "page.html",
            b"<!DOCTYPE html><title>Page</title><h1>Page</h1><p>HTML text.</p>".to_vec(),
            "HTML",
            "HTML text.",
        ),
        ("alice.epub", epub, "EPUB", "Alice"),
        ("piped.txt", b"TOOL(1)      User Commands      TOOL(1)\n\nNAME\n       tool - piped page\n\nLinux      2025      TOOL(1)\n".to_vec(), "man page text", "tool - piped page"),
        ("aozora.txt", aozora, "Aozora Bunko text", "朝、食堂で"),
        ("page.mdx", b"import X from 'x';\n\n# Page\n\nMDX text.\n".to_vec(), "MDX", "MDX text."),
        ("tool.info.gz", gzip(b"This is tool.info, produced by makeinfo version 7.1 from tool.texi.\n\n\x1f\nFile: tool.info,  Node: Top,  Up: (dir)\n\nTool\n****\n\nInfo text.\n"), "Info", "Info text."),
        ("film.srt", b"1\n00:00:01,000 --> 00:00:02,000\nSubtitle text.\n".to_vec(), "subtitles", "Subtitle text."),
        ("changelog", b"tool (1.1-1) unstable; urgency=low\n\n  * Changelog text.\n\n -- A <a@b.c>  Sun, 06 Dec 2026 07:00:00 +0000\n".to_vec(), "changelog", "Changelog text."),
        ("packed.md.gz", gzip(b"# Packed\n\nGzipped text.\n"), "Markdown", "Gzipped text."),
        ("packed.md.zst", zstd_raw(b"# Zstd\n\nZstd text.\n"), "Markdown", "Zstd text."),
    ]
}

#[test]
fn a_folder_with_one_file_of_every_format_opens_every_one() {
    let dir = tempfile::tempdir().unwrap();
    let samples = one_of_each();
    for (name, bytes, _, _) in &samples {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    // Each file is read by the reader it should be…
    let mut read_as = Vec::new();
    for (name, _, reader, _) in &samples {
        let path = dir.path().join(name);
        let out = lectern(&["--outline", "--explain", &path.to_string_lossy()]);
        let explained = String::from_utf8_lossy(&out.stdout);
        let first = explained.lines().next().unwrap_or("").to_owned();
        assert!(
            first.starts_with(&format!("read as {reader} (")),
            "{name}: {explained}"
        );
        read_as.push(first);
    }
    // …and every reader in the registry has a sample here.
    let formats = String::from_utf8(lectern(&["--formats"]).stdout).unwrap();
    let rows: Vec<&str> = formats.lines().filter(|l| l.starts_with("| `")).collect();
    assert!(rows.len() >= 10, "{formats}");
    for row in &rows {
        let reader = readers_title(row.split('`').nth(1).unwrap());
        assert!(
            read_as
                .iter()
                .any(|e| e.starts_with(&format!("read as {reader} ("))),
            "no sample is read as {reader}: {read_as:?}"
        );
    }
    // The folder opens all of them.
    let out = lectern(&[dir.path().to_str().unwrap()]);
    let (shown, errors) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(out.status.success() && errors.is_empty(), "{errors}");
    for (name, _, _, phrase) in &samples {
        assert!(
            shown.contains(&format!("==> {name} <==")),
            "{name} left out:\n{shown}"
        );
        assert!(shown.contains(phrase), "{name}: {phrase:?} not shown");
    }
}

/// The title `--explain` gives the reader `--formats` names.
fn readers_title(name: &str) -> &'static str {
    match name {
        "epub" => "EPUB",
        "aozora" => "Aozora Bunko text",
        "mdx" => "MDX",
        "subtitles" => "subtitles",
        "info" => "Info",
        "changelog" => "changelog",
        "man-text" => "man page text",
        "html" => "HTML",
        "man" => "man page",
        "vim-help" => "Vim help",
        "asciidoc" => "AsciiDoc",
        "org" => "Org",
        "news" => "NEWS",
        "markdown" => "Markdown",
        "plain" => "plain text",
        other => panic!("a reader without a sample here: {other}"),
    }
}

#[test]
fn the_readmes_table_of_formats_is_the_registry() {
    let table = String::from_utf8(lectern(&["--formats"]).stdout).unwrap();
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    assert!(
        readme.contains(&table),
        "README.md's table of formats differs from `lectern --formats`:\n{table}"
    );
}

/// Each `--outline --json` entry of a converted document, with the line
/// of its source file it names (in a book, of the chapter `source` names).
fn outline_lines(path: &std::path::Path) -> Vec<(String, String, String)> {
    let out = lectern(&["--outline", "--json", path.to_str().unwrap()]);
    let entries: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let bytes = std::fs::read(path).unwrap();
    let mut book = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).ok();
    entries
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| {
            let source = match (&mut book, entry["source"].as_str()) {
                (Some(book), Some(place)) => {
                    let chapter = place.split('#').next().unwrap();
                    let mut text = String::new();
                    std::io::Read::read_to_string(&mut book.by_name(chapter).unwrap(), &mut text)
                        .unwrap();
                    text
                }
                _ => String::from_utf8_lossy(&bytes).into_owned(),
            };
            let at = entry["line"].as_u64().unwrap() as usize;
            let line = source.lines().nth(at).unwrap_or("").to_owned();
            let before = at
                .checked_sub(1)
                .and_then(|b| source.lines().nth(b))
                .unwrap_or("")
                .to_owned();
            (entry["title"].as_str().unwrap().to_owned(), line, before)
        })
        .collect()
}

#[test]
fn outline_lines_are_lines_of_the_file_as_the_user_has_it() {
    let formats = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/formats");
    for name in ["xz.1", "fzf.1", "dropbear.8"] {
        for (title, line, before) in outline_lines(&std::path::Path::new(formats).join(name)) {
            let request = |l: &str| l.starts_with(".SH") || l.starts_with(".SS");
            assert!(
                request(&line) || request(&before),
                "{name}: {title:?} is said to be at {line:?}"
            );
        }
    }
    for name in [
        "expat-reference.html",
        "pride-and-prejudice-1342-h.htm",
        "alice.epub",
        "childrens-literature.epub",
        "romeo-and-juliet.epub",
        "mystere-chambre-jaune.epub",
    ] {
        let entries = outline_lines(&std::path::Path::new(formats).join(name));
        let tagged = entries
            .iter()
            .filter(|(_, line, _)| line.to_ascii_lowercase().contains("<h"))
            .count();
        // Headings are where their tags are (a book's contents may point
        // at a paragraph or an anchor instead of a heading).
        assert!(
            tagged * 10 >= entries.len() * 8,
            "{name}: {tagged} of {} entries on a heading's line: {entries:?}",
            entries.len()
        );
    }
}
