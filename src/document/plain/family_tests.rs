//! Headings known by the evidence of the whole document: numbered titles
//! that count, the indent headings share, lines said again and again.

use crate::document::{Document, Format};

fn headings(text: &str) -> Vec<String> {
    let doc = Document::from_text("t.txt", text, Format::Plain);
    doc.sections
        .iter()
        .filter(|s| s.kind == crate::document::SectionKind::Heading)
        .map(|s| s.title.clone())
        .collect()
}

const PROSE: &str = "It was a long day, and the family sat together by the fire\nuntil the evening came and the lamps were lit one by one.\n\n";

#[test]
fn numbered_titles_that_count_are_headings_and_a_numbered_list_is_not() {
    let titles = [
        "1. La familio.",
        "2. La hejmo.",
        "3. La servistino.",
        "4. Dimanĉo.",
    ];
    let mut text = String::from("Karlo\n\n\n");
    for title in titles {
        text.push_str(&format!("{title}\n\n{}", PROSE.repeat(3)));
    }
    assert_eq!(headings(&text), titles);
    let list = format!(
        "Shopping\n\n{PROSE}1. Fresh milk.\n\n2. Brown eggs.\n\n3. Rye bread.\n\n4. Green tea.\n\n{PROSE}"
    );
    assert!(headings(&list).is_empty(), "{:?}", headings(&list));
}

#[test]
fn a_family_that_skips_one_value_takes_the_line_that_holds_it() {
    let mut text = String::from("A Narrative\n\n\n");
    let names = [
        "FIRST REMOVE",
        "SECOND REMOVE",
        "THIRD REMOVAL",
        "FOURTH REMOVE",
        "FIFTH REMOVE",
    ];
    for name in names {
        text.push_str(&format!("THE {name}\n\n{}", PROSE.repeat(3)));
    }
    assert_eq!(headings(&text).len(), 5, "{:?}", headings(&text));
}

#[test]
fn headings_indented_like_the_text_they_head_are_headings() {
    let mut text =
        String::from("Les Fleurs\n\n\nA preface at the margin, in prose, about the poems.\n\n\n");
    let titles = [
        "L'ALBATROS",
        "ELEVATION",
        "LES PHARES",
        "L'ENNEMI",
        "LA BEAUTE",
    ];
    for title in titles {
        text.push_str(&format!("\n\n  {title}\n\n\n"));
        text.push_str(&"  Souvent, pour s'amuser, les hommes d'equipage\n".repeat(4));
    }
    assert_eq!(headings(&text), titles);
}

#[test]
fn a_line_said_again_over_every_heading_is_furniture_but_one_over_text_is_not() {
    let mut text = String::from("The Poem\n\n\n");
    for book in ["I", "II", "III", "IV", "V"] {
        text.push_str(&format!(
            "VERGILI MARONIS\n\nAENEIDOS\n\nLIBER {book}\n\n{}",
            PROSE.repeat(2)
        ));
        text.push_str(&format!("NOTES\n\n{PROSE}"));
    }
    let found = headings(&text);
    assert!(
        !found
            .iter()
            .any(|h| h == "AENEIDOS" || h == "VERGILI MARONIS"),
        "{found:?}"
    );
    assert_eq!(
        found.iter().filter(|h| h.starts_with("LIBER")).count(),
        5,
        "{found:?}"
    );
    assert_eq!(
        found.iter().filter(|h| *h == "NOTES").count(),
        5,
        "{found:?}"
    );
}

#[test]
fn kanji_numerals_alone_count_and_the_lines_over_each_new_count_head_them() {
    let body = "　私はその人を常に先生と呼んでいた。だからここでもただ先生と書くだけで本名は打ち明けない。\n\n";
    let mut text = String::from("こころ\n\n");
    for part in ["上　先生と私", "中　両親と私", "下　先生と遺書"] {
        text.push_str(&format!("\n\n{part}\n\n"));
        for number in ["一", "二", "三"] {
            text.push_str(&format!("\n{number}\n\n{}", body.repeat(3)));
        }
    }
    let doc = Document::from_text("t.txt", &text, Format::Plain);
    let outline: Vec<(u8, &str)> = doc
        .sections
        .iter()
        .filter(|s| s.kind == crate::document::SectionKind::Heading)
        .map(|s| (s.level, s.title.as_str()))
        .collect();
    assert_eq!(outline.len(), 12, "{outline:?}");
    let parts: Vec<&str> = outline
        .iter()
        .filter(|(_, t)| t.chars().count() > 1)
        .map(|(_, t)| *t)
        .collect();
    assert_eq!(parts, ["上 先生と私", "中 両親と私", "下 先生と遺書"]);
    let part_level = outline[0].0;
    assert!(
        outline
            .iter()
            .all(|&(level, title)| (title.chars().count() > 1) == (level == part_level)),
        "{outline:?}"
    );
}

#[test]
fn text_from_a_pdf_has_no_running_heads_or_page_numbers() {
    let mut text = String::from("A Study of Readers\n\nJane Doe\n\n");
    for n in 1..=6 {
        if n > 1 {
            text.push_str("A Study of Readers\n\n");
        }
        if n % 2 == 1 {
            text.push_str(&format!("{} Part\n\n", n / 2 + 1));
        }
        text.push_str(&format!("{PROSE}{n}\n\u{c}"));
    }
    let doc = Document::from_text("paper.txt", &text, Format::Plain);
    let shown: Vec<&str> = (0..doc.blocks.len()).map(|i| doc.block_text(i)).collect();
    let shown = shown.join("\n\n");
    assert_eq!(shown.matches("A Study of Readers").count(), 1, "{shown}");
    assert!(
        !shown.lines().any(|l| l.trim().parse::<u32>().is_ok()),
        "{shown}"
    );
    assert_eq!(headings(&text), ["1 Part", "2 Part", "3 Part"]);
}

#[test]
fn a_faqs_lettered_questions_are_headings_even_indented() {
    let mut text =
        String::from("The Weather FAQ\n\nShort answers about weather, for the curious reader.\n\n");
    let questions = [
        "A1) Why is the sky blue?",
        "A2) Why are sunsets red?",
        "A3) What makes rain?",
    ];
    for q in questions {
        text.push_str(&format!("  {q}\n\n  {}", PROSE.replace('\n', "\n  ")));
    }
    assert_eq!(headings(&text), questions);
}

#[test]
fn a_numbered_family_that_skips_one_value_takes_a_misprinted_line_too() {
    let mut text = String::from("Stjärnornas kungabarn\n\n\n");
    let titles = [
        "1. Vinternatt.",
        "2. Nattens barn.",
        "3) Ryttaren.",
        "4. Turholm.",
        "5. Cannabis.",
    ];
    for title in titles {
        text.push_str(&format!("{title}\n\n{}", PROSE.repeat(3)));
    }
    assert_eq!(headings(&text), titles);
}

#[test]
fn only_a_single_line_over_a_restarted_count_heads_it() {
    let count = |n: usize| -> String { (1..=n).map(|i| format!("\n{i}\n\n{PROSE}")).collect() };
    let text = format!(
        "A Book\n\n\nPart One\n\n{}Written at sea\nin the spring\n\n{}Part Three\n\n{}",
        count(3),
        count(3),
        count(3)
    );
    let found = headings(&text);
    assert!(found.iter().any(|h| h == "Part Three"), "{found:?}");
    assert!(!found.iter().any(|h| h.starts_with("Written")), "{found:?}");
}
