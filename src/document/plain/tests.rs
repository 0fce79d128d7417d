use super::*;
use crate::document::{Document, Format};

fn outline(text: &str) -> Vec<(u8, String, usize, SectionKind)> {
    let doc = Document::from_text("t.txt", text, Format::Plain);
    doc.sections
        .iter()
        .map(|s| (s.level, s.title.clone(), doc.section_line(s), s.kind))
        .collect()
}

#[test]
fn seed_like_speech_gets_title_and_labelled_paragraphs() {
    let text = "A Grand Title For The World\n\n\nBy Someone, Ambassador\n\nOpening paragraph here.\n\nIn building a world, the goal is peace.\n\nIn building a world, the pathway is talk.\n\nIn building a world, the principle is law.\n";
    let got = outline(text);
    assert_eq!(
        got[0],
        (
            1,
            "A Grand Title For The World".into(),
            0,
            SectionKind::Title
        )
    );
    let lines: Vec<usize> = got.iter().map(|g| g.2).collect();
    assert_eq!(lines, vec![0, 5, 7, 9, 11]);
    assert_eq!(got[2].1, "the goal is peace.");
    assert!(
        got[1..]
            .iter()
            .all(|g| g.3 == SectionKind::Paragraph && g.0 == 2)
    );
}

#[test]
fn book_divisions_nest_book_over_chapter() {
    let text = "Prose before the book starts, long enough to be a paragraph.\n\nBOOK ONE: 1805\n\nCHAPTER I\n\ntext\n\nCHAPTER II\n\ntext\n\nBOOK TWO: 1806\n\nCHAPTER I\n\ntext\n\nFIRST EPILOGUE: 1813 - 20\n\ntext\n";
    let got = outline(text);
    let shape: Vec<(u8, &str)> = got.iter().map(|g| (g.0, g.1.as_str())).collect();
    assert_eq!(
        shape,
        vec![
            (1, "BOOK ONE: 1805"),
            (2, "CHAPTER I"),
            (2, "CHAPTER II"),
            (1, "BOOK TWO: 1806"),
            (2, "CHAPTER I"),
            (1, "FIRST EPILOGUE: 1813 - 20"),
        ]
    );
}

#[test]
fn headings_inside_a_run_of_lines_are_a_list_not_headings() {
    let text = "Intro paragraph that is not a title because it ends with a period.\n\n   I. One\n  II. Two\n III. Three\n\nADVENTURE I. A SCANDAL\n\nbody\n";
    let got = outline(text);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].1, "ADVENTURE I. A SCANDAL");
}

#[test]
fn underlined_headings() {
    let text =
        "Body text first, ending with a period.\n\nTitle\n=====\n\ntext\n\nSub\n---\n\ntext\n";
    let got = outline(text);
    assert_eq!(
        got.iter().map(|g| (g.0, g.2)).collect::<Vec<_>>(),
        vec![(1, 2), (2, 7)]
    );
}

#[test]
fn gutenberg_boilerplate_is_not_structure() {
    let text = "The Project Gutenberg eBook\n\nCHAPTER 99\n\n*** START OF THE PROJECT GUTENBERG EBOOK X ***\n\nCHAPTER 1\n\ntext\n\n*** END OF THE PROJECT GUTENBERG EBOOK X ***\n\nSection 1. General Terms\n";
    let got = outline(text);
    // The closing licence is an entry of its own kind, not a heading.
    let headings: Vec<_> = got.iter().filter(|g| g.3 != SectionKind::Licence).collect();
    assert_eq!(headings.len(), 1);
    assert_eq!(headings[0].1, "CHAPTER 1");
}

#[test]
fn rfc_pages_toc_and_numbered_headings() {
    let text = "Network Working Group                                  J. Doe\n\n\
Table of Contents\n\n   1.  Introduction ....................................  2\n   2.  Details .........................................  3\n\n\
1.  Introduction\n\n   Some text that is indented as RFC body text always is, and\n   continues here.\n\n\
Doe                          Standards Track                    [Page 1]\n\u{c}\n\
RFC 9999                     Example                            May 2020\n\n\
1.1.  Scope\n\n   More text.\n\n2.  Details\n\n   Text.\n";
    let got = outline(text);
    let shape: Vec<(u8, &str)> = got.iter().map(|g| (g.0, g.1.as_str())).collect();
    assert_eq!(
        shape,
        vec![
            (1, "Table of Contents"),
            (1, "1. Introduction"),
            (2, "1.1. Scope"),
            (1, "2. Details")
        ]
    );
}

#[test]
fn hard_wrapped_prose_reflows_but_verse_and_tables_stay() {
    let prose = "This is a paragraph that was hard wrapped at about sixty\ncolumns by its author so that it looks tidy in a fixed\nwidth editor window.\n";
    let verse = "Roses are red,\nViolets blue,\nSugar is sweet.\n";
    let table = "Name      Value\nalpha     1\nbeta      2\n";
    let text = format!("{prose}\n{verse}\n{table}");
    let doc = Document::from_text("t.txt", &text, Format::Plain);
    let kinds: Vec<BlockKind> = doc.blocks.iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds,
        vec![
            BlockKind::Paragraph,
            BlockKind::Preformatted,
            BlockKind::Preformatted
        ]
    );
}

#[test]
fn heading_patterns_replace_detection() {
    let re = [regex::Regex::new(r"^== (.*) ==$").unwrap()];
    let s = detect_with_patterns("== One ==\ntext\nCHAPTER 1\n\n== Two ==\n", &re);
    let titles: Vec<&str> = s.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, vec!["One", "Two"]);
}

#[test]
fn empty_and_blank_documents_have_no_outline() {
    assert!(outline("").is_empty());
    assert!(outline("\n\n  \n").is_empty());
}

#[test]
fn log_lines_of_prose_width_are_kept_as_lines() {
    let log: String = (0..20)
        .map(|i| {
            format!(
                "2026-11-28 12:00:{i:02} worker {} handled request number {i}\n",
                i % 7
            )
        })
        .collect();
    let doc = Document::from_text("app.log", &log, Format::Plain);
    assert!(
        doc.blocks.iter().all(|b| b.kind == BlockKind::Preformatted),
        "{:?}",
        doc.blocks
    );
}

/// The headings of `text`, as (level, title).
fn heading_shape(text: &str) -> Vec<(u8, String)> {
    outline(text)
        .into_iter()
        .filter(|g| g.3 == SectionKind::Heading)
        .map(|g| (g.0, g.1))
        .collect()
}

#[test]
fn division_words_and_ordinals_of_other_languages() {
    let body = "Un párrafo de prosa que sigue, con bastantes palabras para serlo.\n\n";
    let text = format!(
        "Prosa antes.\n\nPrimera parte\n\n\nCapítulo primero. Que trata de la condición\ny ejercicio del famoso hidalgo\n\n\n{body}Capítulo II\n\n{body}\n\nЧасть вторая\n\n{body}"
    );
    let got = heading_shape(&text);
    let titles: Vec<&str> = got.iter().map(|g| g.1.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Capítulo primero. Que trata de la condición y ejercicio del famoso hidalgo",
            "Capítulo II",
            "Часть вторая"
        ]
    );
    assert!(got[2].0 < got[1].0, "a part is above a chapter: {got:?}");
}

#[test]
fn a_run_in_section_wrapped_over_lines_is_no_heading() {
    let text = "Prose first, a paragraph of it.\n\n\nSection 2. The Citizens of each State shall be entitled to all\nPrivileges and Immunities of Citizens in the several\nStates.\n\nMore prose.\n";
    assert!(heading_shape(text).is_empty());
}

#[test]
fn a_diary_is_divided_by_its_dates_and_a_numeral_takes_its_name() {
    let entry = "     Вчера я приехал в Пятигорск, нанял квартиру на краю города.\nЭто было утром, и день был ясный и тихий.\n\n";
    let text = format!(
        "Предисловие автора, длинное и подробное, чтобы быть абзацем текста.\n\n     Часть первая\n\nI\n\n\nКНЯЖНА МЕРИ\n\n\n     11-го мая.\n{entry}     13-го мая\n{entry}     16-го мая.\n{entry}"
    );
    let titles: Vec<String> = heading_shape(&text).into_iter().map(|g| g.1).collect();
    assert_eq!(
        titles,
        [
            "Часть первая",
            "I КНЯЖНА МЕРИ",
            "11-го мая.",
            "13-го мая",
            "16-го мая."
        ]
    );
}

#[test]
fn a_dated_letter_in_a_novel_is_no_heading() {
    let text = "CHAPTER I\n\nSome prose of the novel, long enough to be a paragraph.\n\nOctober 9, 1890.\n\nDear Sir, a letter.\n\nCHAPTER II\n\nMore prose.\n";
    let titles: Vec<String> = heading_shape(text).into_iter().map(|g| g.1).collect();
    assert_eq!(titles, ["CHAPTER I", "CHAPTER II"]);
}

#[test]
fn levels_follow_the_nesting_present() {
    let body = "Some prose of the book, long enough to be taken for a paragraph.\n\n";
    // Parts hold books here: four parts, twelve books.
    let mut text = String::from("Prose before it all, a paragraph of it.\n\n");
    for part in ["I", "II"] {
        text.push_str(&format!("PART {part}\n\n"));
        for book in ["I", "II", "III"] {
            text.push_str(&format!(
                "Book {book}. A Title\n\n{body}Chapter I. Opening\n\n{body}"
            ));
        }
    }
    let got = heading_shape(&text);
    let level_of = |title: &str| got.iter().find(|g| g.1 == title).map(|g| g.0);
    assert_eq!(level_of("PART II"), Some(1));
    assert_eq!(level_of("Book II. A Title"), Some(2));
    assert_eq!(level_of("Chapter I. Opening"), Some(3));
}

#[test]
fn underline_styles_rank_in_the_order_they_first_appear() {
    let text = "Some prose comes first, a whole paragraph of it.\n\nTop\n~~~\n\nprose here.\n\nBelow\n===\n\nprose here.\n\nAgain\n~~~~~\n\nprose.\n";
    let got = heading_shape(text);
    let levels: Vec<u8> = got.iter().map(|g| g.0).collect();
    assert_eq!(levels, [1, 2, 1], "{got:?}");
}

#[test]
fn the_gutenberg_licence_is_its_own_entry_not_the_last_chapters() {
    let text = "The Project Gutenberg EBook of X\n\n*** START OF THIS PROJECT GUTENBERG EBOOK X ***\n\nCHAPTER I\n\nText of the book, long enough to be a paragraph of it.\n\nCHAPTER II\n\nThe end of the book.\n\n*** END OF THIS PROJECT GUTENBERG EBOOK X ***\n\nSection 1. General Terms of Use\n\nLicence text.\n";
    let got = outline(text);
    let last = got.last().unwrap();
    assert_eq!(
        (last.1.as_str(), last.3),
        ("Project Gutenberg licence", SectionKind::Licence)
    );
    let chapter = got.iter().find(|g| g.1 == "CHAPTER II").unwrap();
    assert_eq!(last.0, chapter.0, "beside the chapters, not under one");
    assert!(!got.iter().any(|g| g.1.starts_with("Section 1")));
}

#[test]
fn capitals_in_a_few_chapters_only_are_text_but_front_matter_is_not() {
    let body = "Prose of the chapter, long enough to be read as a paragraph of it.\n\n";
    let mut text = String::from("PREFACE\n\nSome words before the story begins, a paragraph.\n\n");
    for n in ["I", "II", "III", "IV", "V", "VI"] {
        text.push_str(&format!("CHAPTER {n}\n\n{body}"));
        if n == "III" {
            text.push_str(&format!("JULIE\n\n{body}NAPOLEON\n\n{body}"));
        }
    }
    let titles: Vec<String> = outline(&text).into_iter().map(|g| g.1).collect();
    assert!(titles.contains(&"PREFACE".to_owned()), "{titles:?}");
    assert!(titles.contains(&"CHAPTER VI".to_owned()), "{titles:?}");
    assert!(
        !titles.iter().any(|t| t == "JULIE" || t == "NAPOLEON"),
        "{titles:?}"
    );
}

#[test]
fn a_cjk_chapter_running_into_its_text_and_a_long_rule_under_prose() {
    let text = "第三十回　寶釵借扇機帶雙敲\n正文在此，說了許多話。\n端的，且听下回分解。\n第三十一回　 撕扇子作千金一笑　因麒麟伏白首雙星　話\n說襲人見了自己吐\n------------------------------------------------------------\n\n正文繼續。\n";
    let titles: Vec<String> = heading_shape(text).into_iter().map(|g| g.1).collect();
    assert_eq!(titles.len(), 2, "{titles:?}");
    assert!(titles[1].starts_with("第三十一回"), "{titles:?}");
}

#[test]
fn rfc_sections_straight_after_text_with_lower_case_or_wrapped_titles() {
    let para = "   Body text of the section, indented as RFCs indent it, and long\n   enough to be a paragraph of its own.\n".repeat(3);
    let text = format!(
        "1.  Introduction\n\n{para}\n3.2.2 http URL\n\n{para}{para}13.5.4 Combining Byte Ranges\n\n{para}\n19.6.1.1 Changes to Simplify Multi-homed Web Servers and Conserve IP\n         Addresses\n\n{para}\n1 in 3 cases are at the margin\n\n{para}"
    );
    let titles: Vec<String> = heading_shape(&text).into_iter().map(|g| g.1).collect();
    assert_eq!(
        titles,
        [
            "1. Introduction",
            "3.2.2 http URL",
            "13.5.4 Combining Byte Ranges",
            "19.6.1.1 Changes to Simplify Multi-homed Web Servers and Conserve IP"
        ]
    );
}

#[test]
fn labels_over_indented_blocks_form_a_family() {
    let block = "  ∮ E⋅da = Q,  n → ∞, ∑ f(i) = ∏ g(i)\n  ⌈x⌉ = −⌊−x⌋, α ∧ ¬β = ¬(¬α ∨ β)\n\n";
    let text = format!(
        "A sampler, with a paragraph of prose to begin with.\n\nMathematics and sciences:\n\n{block}Greek (in Polytonic):\n\n{block}Runes:\n\n{block}The following is prose:\nit goes on at the margin.\n"
    );
    let titles: Vec<String> = heading_shape(&text).into_iter().map(|g| g.1).collect();
    assert_eq!(
        titles,
        [
            "Mathematics and sciences:",
            "Greek (in Polytonic):",
            "Runes:"
        ]
    );
}

const PROSE: &str = "It was the best of times, it was the worst of times, it was the age of\nwisdom, it was the age of foolishness, it was the epoch of belief.\n\n";

#[test]
fn ordinal_books_and_titled_roman_chapters_after_an_indented_contents_list() {
    let contents = "CONTENTS\n\n     Book the First--Recalled to Life\n      I. The Period\n     II. The Mail\n     Book the Second--the Golden Thread\n      I. Five Years Later\n\n";
    let mut text = format!("A TALE OF TWO CITIES\n\nby Charles Dickens\n\n\n{contents}");
    for (book, chapters) in [
        (
            "Book the First--Recalled to Life",
            ["I. The Period", "II. The Mail"],
        ),
        (
            "Book the Second--the Golden Thread",
            ["I. Five Years Later", "II. A Sight"],
        ),
    ] {
        text.push_str(&format!("\n\n{book}\n\n\n"));
        for chapter in chapters {
            text.push_str(&format!("{chapter}\n\n{PROSE}{PROSE}"));
        }
    }
    let got = heading_shape(&text);
    let shape: Vec<(u8, &str)> = got.iter().map(|g| (g.0, g.1.as_str())).collect();
    assert_eq!(
        shape,
        [
            (2, "Book the First--Recalled to Life"),
            (3, "I. The Period"),
            (3, "II. The Mail"),
            (2, "Book the Second--the Golden Thread"),
            (3, "I. Five Years Later"),
            (3, "II. A Sight"),
        ]
    );
}

#[test]
fn chapters_indented_with_tabs_and_a_bare_first_number() {
    let tabbed = format!(
        "\t1. Introduction\n\n{PROSE}{PROSE}\t2. Installation\n\n{PROSE}\t3. Usage\n\n{PROSE}"
    );
    let titles: Vec<String> = heading_shape(&tabbed).into_iter().map(|g| g.1).collect();
    assert_eq!(titles, ["1. Introduction", "2. Installation", "3. Usage"]);
    let bare = format!("1\n\n{PROSE}2 The Second Part\n\n{PROSE}3 The Third Part\n\n{PROSE}");
    let got = heading_shape(&bare);
    let shape: Vec<(u8, &str)> = got.iter().map(|g| (g.0, g.1.as_str())).collect();
    assert_eq!(
        shape,
        [(1, "1"), (1, "2 The Second Part"), (1, "3 The Third Part")]
    );
}

#[test]
fn a_sentence_cut_by_a_page_break_is_one_paragraph_again() {
    let body = "   The protocol carries data between the hosts of a network, and it\n   recovers from data that is damaged, lost, duplicated, or\n";
    let text = format!(
        "{body}\n\n\nPostel                                                         [Page 1]\n\u{c}\nRFC 793                 Transmission Control Protocol       September 1981\n\n\n   delivered out of order by the internet communication system.\n\n   A second paragraph.\n"
    );
    let doc = Document::from_text("rfc.txt", &text, Format::Plain);
    let first = doc.block_text(0);
    assert_eq!(
        first,
        "The protocol carries data between the hosts of a network, and it recovers from data that is damaged, lost, duplicated, or delivered out of order by the internet communication system."
    );
    assert!(
        !doc.blocks
            .iter()
            .any(|b| doc.text()[b.range.clone()].starts_with("delivered"))
    );
}
