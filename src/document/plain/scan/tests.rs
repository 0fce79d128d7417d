use super::*;

#[test]
fn blocks_are_runs_of_non_blank_lines() {
    let scan = scan("one\ntwo\n\n  \nthree\n", None);
    let ranges: Vec<_> = scan.blocks.iter().map(|b| (b.line, b.line_count)).collect();
    assert_eq!(ranges, vec![(0, 2), (4, 1)]);
    assert_eq!(
        &"one\ntwo\n\n  \nthree\n"[scan.blocks[0].range.clone()],
        "one\ntwo"
    );
}

#[test]
fn form_feeds_break_blocks_and_footers_vanish() {
    let text = "text\n\nAuthor   Standards Track   [Page 1]\n\u{c}\nRFC 1  Title  May 2000\n\nmore";
    let scan = scan(text, None);
    let lines: Vec<_> = scan.blocks.iter().map(|b| b.line).collect();
    assert_eq!(lines, vec![0, 4, 6]);
    assert!(scan.blocks[1].after_page_break);
    assert!(!scan.blocks[2].after_page_break);
}

#[test]
fn gutenberg_markers_stand_alone() {
    let text = "licence\n*** START OF THE PROJECT GUTENBERG EBOOK X ***\nTitle";
    let scan = scan(text, None);
    assert_eq!(scan.blocks.len(), 3);
    assert_eq!(scan.blocks[1].marker, Some(Marker::GutenbergStart));
    assert_eq!(
        gutenberg_marker("*** END OF THIS PROJECT GUTENBERG EBOOK WAR AND PEACE ***"),
        Some(Marker::GutenbergEnd)
    );
    assert_eq!(gutenberg_marker("*** a line of stars"), None);
    // Old editions: the licence comes first, and its end starts the book.
    let small_print = "*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*";
    assert_eq!(gutenberg_marker(small_print), Some(Marker::GutenbergStart));
    let licence_starts = "***START**THE SMALL PRINT!**FOR PUBLIC DOMAIN ETEXTS**START***";
    assert_eq!(gutenberg_marker(licence_starts), None);
}

#[test]
fn a_marker_wrapped_onto_two_lines_is_one_block() {
    let text = "*** START OF THE PROJECT GUTENBERG EBOOK INFANTRY, UNITED\nSTATES ARMY***\nTitle";
    let scan = scan(text, None);
    assert_eq!(scan.blocks.len(), 2);
    assert_eq!(scan.blocks[0].line_count, 2);
}

/// Scanned in two from any blank line, a text comes out as scanned
/// in one: blank lines and page breaks before the cut, and a marker
/// wrapped across it, are carried over.
#[test]
fn scanning_in_two_changes_nothing() {
    let mut texts = vec![
        "a\n\n\n\u{c}\nRFC 1  Title  May 2000\nb\n\n".to_owned(),
        "x\n*** START OF THE PROJECT GUTENBERG EBOOK A\n\nB***\nTitle\n\nend".to_owned(),
        "one\n  two\n\n\n- a\n- b\n\nAuthor   Standards Track   [Page 1]\n".to_owned(),
        // Page numbers at the pages' feet, the last one's too.
        "Body one.\n\n12\n\n\u{c}Head\n\nBody two.\n\n13\n\u{c}\nBody three.\n\n14\n".to_owned(),
    ];
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
    for entry in std::fs::read_dir(folder).expect("the test corpus") {
        if let Ok(text) = std::fs::read_to_string(entry.expect("an entry").path()) {
            texts.push(text);
        }
    }
    for text in &texts {
        let whole = scan(text, None);
        let line_starts = memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1);
        let starts: Vec<usize> = std::iter::once(0)
            .chain(line_starts)
            .filter(|&at| {
                text[at..]
                    .lines()
                    .next()
                    .is_none_or(|l| l.trim().is_empty())
            })
            .collect();
        let step = (starts.len() / 40).max(1);
        for &cut in starts.iter().step_by(step).chain(starts.last()) {
            assert_eq!(scan_in_two(text, cut), whole, "cut at byte {cut}");
        }
    }
    assert!(texts.len() > 10);
}

#[test]
fn typical_width_is_the_wrap_column() {
    let para = "x".repeat(70) + "\n";
    let text = para.repeat(50) + "short\n";
    assert_eq!(scan(&text, None).typical_width, 70);
}

#[test]
fn page_footer_needs_the_gap() {
    assert!(is_page_footer(
        "Postel                                  [Page 12]"
    ));
    assert!(!is_page_footer("see the reference [Page 12]"));
}

#[test]
fn page_numbers_at_a_pages_foot_are_furniture() {
    for number in [
        "12",
        "  - 12 -",
        "— xii —",
        "Page 12",
        "page 3 of 40",
        "12 of 40",
        "7/40",
    ] {
        assert!(is_page_number(number), "{number:?}");
    }
    for text in ["12 Angry Men", "Chapter 12", "I", "xylophone", "2024-12-01"] {
        assert!(!is_page_number(text), "{text:?}");
    }
    // A page that ends in its number: the number is not text; nor is the
    // head that opens page after page.
    let page = |n: usize| {
        format!(
            "A Study of Readers\n\nBody text of page {n}, long enough to be prose here.\n\n{n}\n"
        )
    };
    let text: String = (1..=4).map(|n| page(n) + "\u{c}").collect();
    let blocks = scan(&text, None).blocks;
    let shown: Vec<&str> = blocks
        .iter()
        .map(|b| text[b.range.clone()].trim())
        .collect();
    assert!(!shown.iter().any(|s| s.parse::<u32>().is_ok()), "{shown:?}");
}
