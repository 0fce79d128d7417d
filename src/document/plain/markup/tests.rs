use super::*;

fn lines(found: &[Marked]) -> Vec<(usize, u8, &str)> {
    found
        .iter()
        .map(|m| (m.line, m.depth, m.title.as_str()))
        .collect()
}

#[test]
fn asciidoc_sections_skip_listing_blocks() {
    let text = "= Title\n:toc:\n\n== One\n\n----\n== not a heading\n----\n\n=== Two\n\n====\n";
    assert_eq!(
        lines(&find(text, None).unwrap()),
        [(0, 1, "Title"), (3, 2, "One"), (9, 3, "Two")]
    );
}

#[test]
fn org_headings_skip_source_blocks_and_need_a_space() {
    let text =
        "#+TITLE: x\n* One\n*bold* line\n#+BEGIN_SRC sh\n* no\n#+END_SRC\n** Two :tag:\n* Three\n";
    assert_eq!(
        lines(&find(text, None).unwrap()),
        [(1, 1, "One"), (6, 2, "Two :tag:"), (7, 1, "Three")]
    );
}

#[test]
fn news_files_have_releases_and_categories_but_bullets_are_items() {
    let news = "NEWS - changes\n\n* Noteworthy changes in release 2.0 (2020)\n\n** New features:\n\n  - x\n\nNew in 1.5: 2010-01-01\n\n* Bug fixes:\n\n  - y\n\nNew in 1.0: 2004-10-23:\n* Fix a bug.\n* New functions:\n  - z\nVersion 0.6 was never released.\n";
    assert_eq!(
        lines(&find(news, None).unwrap()),
        [
            (2, 1, "Noteworthy changes in release 2.0 (2020)"),
            (4, 2, "New features:"),
            (8, 1, "New in 1.5: 2010-01-01"),
            (10, 2, "Bug fixes:"),
            (14, 1, "New in 1.0: 2004-10-23:"),
        ]
    );
    let bullets = "Notes\n\n* one thing\n* another\n** deeper\n* last\n";
    assert_eq!(find(bullets, None), None);
}

#[test]
fn vim_help_titles_follow_rules_and_carry_tags() {
    let text = "*x.txt*  A plugin\n\n====================\nCONTENTS     *x-contents*\n\n    1.Intro......|x|\n\n====================\n1. Intro      *x*\n\ntext\n--------------------\n2.2.1. Deep      *x-deep*\n--------------------\n*x-item*\n";
    assert_eq!(
        lines(&find(text, None).unwrap()),
        [
            (3, 1, "CONTENTS"),
            (8, 1, "1. Intro"),
            (12, 3, "2.2.1. Deep")
        ]
    );
}

#[test]
fn comment_headers_over_an_empty_comment_open_sections() {
    let text = "#\tReserved Strings\n#\n#\tStrings which may be used elsewhere\n\nundefined\n\n#\tNumeric Strings\n#\n\n0\n\n#\tSpecial Characters\n#\n# ASCII punctuation.\n\n,./;\n";
    assert_eq!(
        lines(&find(text, None).unwrap()),
        [
            (0, 1, "Reserved Strings"),
            (6, 1, "Numeric Strings"),
            (11, 1, "Special Characters")
        ]
    );
}

#[test]
fn ordinary_text_is_no_markup() {
    let text = "A title\n\n= not really\n\n* a point\n* another\n\nSome prose.\n";
    assert_eq!(find(text, None), None);
    use crate::document::{Format, readers};
    let by_name = |name: &str| readers::by_name(name).map(|(reader, _)| reader.format);
    assert_eq!(by_name("README.adoc"), Some(Format::AsciiDoc));
    assert_eq!(by_name("notes.org"), Some(Format::Org));
    assert_eq!(by_name("notes.txt"), Some(Format::Plain));
}

#[test]
fn changelog_entries_are_headings_debian_or_gnu() {
    let debian = "pkg (1.2-1) unstable; urgency=medium\n\n  * Change.\n\n -- A <a@b.c>  Sun, 06 Dec 2026 07:00:00 +0000\n\n\
                  pkg (1.1-1) unstable; urgency=low\n\n  * Older.\n\n -- A <a@b.c>  Sat, 05 Dec 2026 07:00:00 +0000\n\n\
                  pkg (1.0-1) unstable; urgency=low\n\n  * First.\n";
    assert_eq!(
        lines(&find(debian, None).unwrap()),
        [
            (0, 1, "pkg (1.2-1)"),
            (6, 1, "pkg (1.1-1)"),
            (12, 1, "pkg (1.0-1)")
        ],
        "the signature lines are no entries"
    );
    let gnu = "2024-03-01  Ann Author  <ann@example.org>\n\n\t* file.c (f): Fix.\n\n\
               2024-02-01  Bob  <bob@example.org>\n\n\t* file.c: New.\n\n\
               Mon Jan  2 15:04:05 2006  Old Author  <old@example.org>\n\n\t* README: Start.\n";
    let found = find(gnu, Some(Markup::ChangeLog)).unwrap();
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(found[0].title, "2024-03-01 Ann Author <ann@example.org>");
    assert!(find("A note about 2024-03-01 plans.\n", None).is_none());
}
