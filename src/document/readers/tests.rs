use super::*;

#[test]
fn every_format_has_one_row_and_a_unique_name() {
    let mut names: Vec<&str> = READERS.iter().map(|r| r.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), READERS.len());
    for row in READERS {
        assert_eq!(reader(row.format).name, row.name);
        assert_eq!(named(row.name).map(|r| r.format), Some(row.format));
    }
}

#[test]
fn names_choose_by_pattern_ignoring_case() {
    let by = |name: &str| by_name(name).map(|(r, _)| r.format);
    assert_eq!(by("README.md"), Some(Format::Markdown));
    assert_eq!(by("Notes.MARKDOWN"), Some(Format::Markdown));
    assert_eq!(by("guide.adoc"), Some(Format::AsciiDoc));
    assert_eq!(by("xz.1"), Some(Format::ManRoff));
    assert_eq!(by("printf.3p"), Some(Format::ManRoff));
    assert_eq!(by("openssl.1ssl"), Some(Format::ManRoff));
    assert_eq!(by("page.XHTML"), Some(Format::Html));
    assert_eq!(by("book.epub"), Some(Format::Epub));
    assert_eq!(by("NEWS"), Some(Format::News));
    assert_eq!(by("rfc793.txt"), Some(Format::Plain));
    assert_eq!(by("main.rs"), None);
    assert_eq!(by("version.10"), None, "a number, not a man section");
}

#[test]
fn content_that_proves_a_format_beats_the_name() {
    let struck = "N\u{8}NA\u{8}AM\u{8}ME\u{8}E\n       x\u{8}xz\u{8}z - compress\n".repeat(3);
    let (reader, why) = choose(None, Some("xz.1.txt"), struck.as_bytes());
    assert_eq!((reader.format, why), (Format::ManText, ReadBy::Content));
}

#[test]
fn without_a_name_the_content_decides_and_plain_text_is_last() {
    let formats = |text: &str| choose(None, None, text.as_bytes());
    assert_eq!(formats("<!DOCTYPE html><p>x").0.format, Format::Html);
    assert_eq!(
        formats("  <!-- c --> <HTML lang=en>").0.format,
        Format::Html
    );
    assert_eq!(
        formats(".TH XZ 1\n.SH NAME\nxz\n").0.format,
        Format::ManRoff
    );
    assert_eq!(formats("# Title\n\nText.\n").0.format, Format::Markdown);
    assert_eq!(formats("#+TITLE: Notes\n* One\n").0.format, Format::Org);
    assert_eq!(
        formats("Just some words.\n").0.format,
        Format::Plain,
        "nothing else matched"
    );
    assert_eq!(formats("Just some words.\n").1, ReadBy::Default);
    assert_eq!(
        choose(Some(Format::Org), Some("x.md"), b"# Title").0.format,
        Format::Org,
        "--format first"
    );
}

#[test]
fn the_table_lists_every_reader_and_the_compressed_wrappers() {
    let table = table();
    for reader in READERS {
        assert!(table.contains(&format!("| `{}` |", reader.name)), "{table}");
    }
    assert!(table.contains("`*.gz`"), "{table}");
}
