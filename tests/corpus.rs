//! Outlines of real documents nobody here wrote (tests/corpus, provenance in
//! tests/corpus/PROVENANCE.md): counts, first and last titles, lines.

use lectern::document::{Document, SectionKind};
use lectern::outline::{OutlineEntry, entries};
use lectern::source::Source;
use std::path::PathBuf;

fn load(name: &str) -> Document {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(name);
    Source::File(path)
        .load(None, &[])
        .expect("corpus file loads")
}

/// The title and the headings (not paragraph labels, not a licence).
fn headings<'a>(doc: &'a Document) -> Vec<OutlineEntry<'a>> {
    entries(doc)
        .into_iter()
        .filter(|e| matches!(e.kind, SectionKind::Title | SectionKind::Heading))
        .collect()
}

fn find<'a>(list: &'a [OutlineEntry<'a>], title: &str) -> &'a OutlineEntry<'a> {
    list.iter()
        .find(|e| e.title == title)
        .unwrap_or_else(|| panic!("no entry {title:?}"))
}

#[test]
fn pride_and_prejudice_has_61_chapters_from_line_0() {
    let doc = load("gutenberg_pride_and_prejudice_pg1342.txt");
    let h = headings(&doc);
    assert_eq!(h.len(), 61);
    assert_eq!((h[0].title, h[0].line, h[0].level), ("Chapter 1", 0, 1));
    assert_eq!(h[60].title, "Chapter 61");
}

#[test]
fn alice_bom_crlf_title_and_twelve_chapters() {
    let doc = load("gutenberg_alice_in_wonderland_pg11_bom_crlf.txt");
    let h = headings(&doc);
    let chapters: Vec<_> = h
        .iter()
        .filter(|e| e.title.starts_with("CHAPTER"))
        .collect();
    assert_eq!(chapters.len(), 12);
    assert_eq!(
        (chapters[0].title, chapters[0].line),
        ("CHAPTER I. Down the Rabbit-Hole", 40)
    );
    assert_eq!(chapters[11].title, "CHAPTER XII. Alice’s Evidence");
    // The title above the divisions (level 0); the chapters are the top
    // division.
    assert_eq!((h[0].level, h[0].kind), (0, SectionKind::Title));
    assert!(chapters.iter().all(|c| c.level == 1));
    assert!(!h.iter().any(|e| e.title.contains("Gutenberg")));
}

#[test]
fn sherlock_latin1_stories_with_mixed_heading_styles() {
    let doc = load("gutenberg_sherlock_holmes_pg1661_latin1_crlf.txt");
    let h = headings(&doc);
    let story_level = find(&h, "ADVENTURE I. A SCANDAL IN BOHEMIA").level;
    assert_eq!(find(&h, "ADVENTURE I. A SCANDAL IN BOHEMIA").line, 58);
    assert_eq!(
        find(&h, "VII. THE ADVENTURE OF THE BLUE CARBUNCLE").level,
        story_level
    );
    assert_eq!(
        find(&h, "XII. THE ADVENTURE OF THE COPPER BEECHES").level,
        story_level
    );
    let part = find(&h, "I.");
    assert_eq!((part.line, part.level), (60, story_level + 1));
    // The contents list (lines 42-53) gives no entries.
    assert!(h.iter().all(|e| !(42..=53).contains(&e.line)));
}

#[test]
fn war_and_peace_books_and_chapters_not_its_contents_or_licence() {
    let doc = load("gutenberg_war_and_peace_pg2600_excerpt.txt");
    let h = headings(&doc);
    assert_eq!(h[0].title, "WAR AND PEACE");
    let book = find(&h, "BOOK ONE: 1805");
    assert_eq!((book.line, book.level), (839, 1));
    assert!(
        h.iter()
            .all(|e| e.line >= 839 || e.title == "WAR AND PEACE"),
        "contents list is not headings"
    );
    let chapter = h.iter().find(|e| e.title == "CHAPTER I").unwrap();
    assert_eq!(chapter.level, 2);
}

#[test]
fn anna_karenina_cp1252_parts_over_chapters() {
    let doc = load("gutenberg_anna_karenina_pg1399_cp1252_excerpt.txt");
    assert!(doc.notices.iter().any(|n| n.contains("Windows-1252")));
    let h = headings(&doc);
    assert_eq!((h[0].title, h[0].line), ("Chapter 2", 101));
    let part = find(&h, "PART TWO");
    assert_eq!((part.line, part.level), (5771, 1));
    assert!(
        h.iter()
            .filter(|e| e.title.starts_with("Chapter"))
            .all(|e| e.level == 2)
    );
    assert!(doc.text().contains('\u{2019}') || doc.text().contains('\u{201c}'));
}

#[test]
fn constitution_articles_in_three_styles() {
    let doc = load("gutenberg_us_constitution_pg5_crlf.txt");
    let h = headings(&doc);
    let articles: Vec<_> = h
        .iter()
        .filter(|e| e.title.to_uppercase().starts_with("ARTICLE"))
        .collect();
    assert_eq!(articles.len(), 7);
    assert_eq!((articles[0].title, articles[0].line), ("Article 1", 93));
    assert_eq!(
        (articles[6].title, articles[6].line),
        ("ARTICLE SEVEN", 584)
    );
    assert!(!h.iter().any(|e| e.title.starts_with("Amendments")));
}

#[test]
fn devils_dictionary_letters() {
    let doc = load("gutenberg_devils_dictionary_pg972_crlf.txt");
    let h = headings(&doc);
    assert_eq!((h[0].title, h[0].line), ("THE DEVIL'S DICTIONARY", 30));
    let letters: Vec<_> = h.iter().filter(|e| e.title.len() == 1).collect();
    assert_eq!(letters.len(), 26);
    assert_eq!((letters[0].title, letters[0].line), ("A", 78));
    assert_eq!((letters[25].title, letters[25].line), ("Z", 9111));
    assert!(letters.iter().all(|l| l.level == letters[0].level));
}

#[test]
fn jfk_title_then_paragraph_entries() {
    let doc = load("gutenberg_jfk_inaugural_address_pg3.txt");
    let all = entries(&doc);
    assert_eq!(
        (all[0].title, all[0].line, all[0].kind),
        (
            "JFK's Inaugural Address, January 20, 1961, 12:11 EST",
            4,
            SectionKind::Title
        )
    );
    assert!(all.len() > 10);
    assert!(
        all[1..]
            .iter()
            .all(|e| e.kind == SectionKind::Paragraph && e.level == 1)
    );
}

#[test]
fn hong_lou_meng_chapters_not_sentences() {
    let doc = load("gutenberg_hong_lou_meng_pg24264_zh_excerpt.txt");
    let h = headings(&doc);
    assert_eq!(h[0].line, 1);
    assert!(h[0].title.starts_with("第一回"));
    assert_eq!(find(&h, "第三回").line, 459);
    assert!(
        h.iter()
            .all(|e| e.title.starts_with('第') && !e.title.starts_with("第四回中"))
    );
    // Chapters 1..n in order, none missing.
    assert!(h.len() >= 15);
}

#[test]
fn rfc6455_numbered_sections_without_toc_or_page_furniture() {
    let doc = load("rfc6455_websocket.txt");
    let h = headings(&doc);
    let intro = find(&h, "1. Introduction");
    assert_eq!(intro.line, 168);
    assert_eq!(find(&h, "1.1. Background").level, intro.level + 1);
    assert!(h.iter().any(|e| e.title == "14.2. Informative References"));
    assert!(h.iter().any(|e| e.title == "Authors' Addresses"));
    assert!(
        !h.iter()
            .any(|e| e.title.contains("[Page") || e.title.starts_with("RFC 6455"))
    );
    assert!(!h.iter().any(|e| e.title.contains("....")));
    let numbered = h
        .iter()
        .filter(|e| e.title.starts_with(|c: char| c.is_ascii_digit()))
        .count();
    assert_eq!(numbered, 88);
}

#[test]
fn rfc2616_unpaginated_numbered_to_depth_four() {
    let doc = load("rfc2616_http11_page_breaks_removed.txt");
    let h = headings(&doc);
    let intro = find(&h, "1 Introduction");
    assert_eq!(intro.line, 304);
    assert_eq!(
        find(&h, "14.9.4 Cache Revalidation and Reload Controls").level,
        intro.level + 2
    );
    assert!(
        h.iter().all(|e| e.line <= 48 || e.line >= 302),
        "the contents list is not headings"
    );
}

#[test]
fn rfc793_centred_chapters_and_column_zero_sections() {
    let doc = load("rfc793_tcp_1981.txt");
    let h = headings(&doc);
    let intro = find(&h, "1. INTRODUCTION");
    assert_eq!(intro.line, 246);
    let motivation = find(&h, "1.1. Motivation");
    assert_eq!((motivation.line, motivation.level), (256, intro.level + 1));
    assert_eq!(find(&h, "GLOSSARY").level, intro.level);
    assert!(!h.iter().any(|e| e.title.contains("September 1981")));
    // Rows of figures and tables are not headings.
    for row in ["TCP A", "RCV.NXT", "<SEQ="] {
        assert!(!h.iter().any(|e| e.title.contains(row)), "{row}");
    }
}

#[test]
fn markdown_corpus_headings() {
    let ownership = load("rust_book_ch04-01-what-is-ownership.md");
    let h = headings(&ownership);
    assert_eq!(h.len(), 12);
    // The document's own levels: `## What Is Ownership?` is h2, four h4.
    assert_eq!((h[0].title, h[0].level), ("What Is Ownership?", 2));
    assert_eq!(h.iter().filter(|e| e.level == 4).count(), 4);

    let operators = load("rust_book_appendix-02-operators.md");
    assert_eq!(headings(&operators).len(), 3);

    let blog = load("rust_blog_rust-1.80.0_toml_front_matter.md");
    let h = headings(&blog);
    // The front matter's title is the root, above the seven headings.
    assert_eq!(h.len(), 8);
    assert_eq!(
        (h[0].title, h[0].kind),
        ("Announcing Rust 1.80.0", SectionKind::Title)
    );
    assert_eq!((h[1].title, h[1].line), ("What's in 1.80.0 stable", 25));
    assert_eq!(h[7].line, 188);
    assert!(blog.title.as_deref().is_some_and(|t| t.contains("1.80.0")));

    for name in [
        "the_art_of_command_line_README.md",
        "the_art_of_command_line_README-zh.md",
    ] {
        let doc = load(name);
        let h = headings(&doc);
        assert_eq!(h.len(), 16, "{name}");
        assert_eq!(h.iter().filter(|e| e.level == 2).count(), 12, "{name}");
    }

    let hadith = load("hadith_bukhari_revelation_ar_rtl.md");
    let h = headings(&hadith);
    assert_eq!(h.len(), 7);
    // PROVENANCE.md says line 0, but the file opens with an empty line: the
    // <h1> is on line 1 by the file's own `\n` count.
    assert_eq!(
        (h[0].title, h[0].line, h[0].level),
        ("كتاب بدء الوحى", 1, 1)
    );
}

#[test]
fn hostile_documents_load_and_keep_their_escapes_in_the_model() {
    let dmesg = load("ansi_terminal_recording_dmesg.txt");
    assert!(dmesg.text().contains('\u{1b}'));
    assert!(!entries(&dmesg).is_empty());
    let naughty = load("big_list_of_naughty_strings.txt");
    assert!(!naughty.blocks.is_empty());
}

#[test]
fn fuzzy_jump_over_an_rfc_with_hundreds_of_sections() {
    use lectern::jump::{JumpIndex, Ranker};
    let doc = load("rfc2616_http11_page_breaks_removed.txt");
    let index = JumpIndex::new(&[&doc], &[]);
    assert!(index.candidates.len() > 250);
    let mut ranker = Ranker::default();
    let mut best = |query: &str| {
        ranker.rank(&index, query);
        ranker
            .results()
            .first()
            .map(|r| index.candidates[r.candidate].title.clone())
    };
    assert_eq!(
        best("cache reval").as_deref(),
        Some("14.9.4 Cache Revalidation and Reload Controls")
    );
    assert_eq!(
        best("disposition 19").as_deref(),
        Some("19.5.1 Content-Disposition")
    );
    assert_eq!(best("qqqzzz"), None);
    // Paths carry the parents.
    let entry = index
        .candidates
        .iter()
        .find(|c| c.title.starts_with("14.9.4"))
        .unwrap();
    assert!(
        entry
            .path
            .ends_with("14 Header Field Definitions › 14.9 Cache-Control"),
        "{}",
        entry.path
    );
}
