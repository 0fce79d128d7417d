use super::*;

#[test]
fn counters_in_many_notations() {
    assert_eq!(counter_value("12"), Some(12));
    assert_eq!(counter_value("XIV"), Some(14));
    assert_eq!(counter_value("xiv"), Some(14));
    assert_eq!(counter_value("IIII"), None);
    assert_eq!(counter_value("Erstes"), Some(1));
    assert_eq!(counter_value("Siebentes"), Some(7));
    assert_eq!(counter_value("quinze"), Some(15));
    assert_eq!(counter_value("Kapitel"), None);
}

#[test]
fn a_family_is_lines_of_one_shape_whose_counter_advances() {
    let words = ["Erstes", "Zweites", "Drittes"];
    let text: String = "Buddenbrooks\n\n".to_owned()
        + &words
            .iter()
            .map(|w| format!("{w} Kapitel\n\nText of it.\n\n"))
            .collect::<String>();
    let raws = super::super::scan::scan(&text, None).blocks;
    let found = families(&text, &raws).headings;
    assert_eq!(found.len(), 3, "{found:?}");
    // Names that do not count are no family (a play's entrances).
    let text =
        "Act\n\nEnter HAMLET\n\nText.\n\nEnter OPHELIA\n\nText.\n\nEnter POLONIUS\n\nText.\n";
    let raws = super::super::scan::scan(text, None).blocks;
    assert!(families(text, &raws).headings.is_empty());
    // Nor are captions, which label figures.
    for figure in ["Figure", "[Figure"] {
        let text: String = (1..=3)
            .map(|n| format!("{figure} {n}\n\nText.\n\n"))
            .collect();
        let raws = super::super::scan::scan(&text, None).blocks;
        assert!(families(&text, &raws).headings.is_empty(), "{figure}");
    }
}

#[test]
fn a_contents_list_is_not_the_family_and_a_family_that_restarts_sits_under() {
    let mut text = String::from("Book\n\nContents\n\n");
    for n in ["I", "II", "III"] {
        text.push_str(&format!("Canto {n}\n\n"));
    }
    text.push_str("\n\nA preface, before the first part,\nof a few lines.\n\n\n");
    for part in ["First", "Second", "Third"] {
        text.push_str(&format!("{part} Part\n\n"));
        for n in ["I", "II", "III"] {
            text.push_str(&format!(
                "Canto {n}\n\n{}\n",
                "A line of verse.\n".repeat(12)
            ));
        }
    }
    let raws = super::super::scan::scan(&text, None).blocks;
    let found = families(&text, &raws).headings;
    let line_of = |start: usize| text[..start].matches('\n').count();
    let mut cantos: Vec<(usize, u16)> = found
        .iter()
        .filter(|&(&start, _)| text[start..].starts_with("Canto"))
        .map(|(&start, &rank)| (line_of(start), rank))
        .collect();
    cantos.sort_unstable();
    assert_eq!(
        cantos.len(),
        9,
        "the three listed first are left out: {cantos:?}"
    );
    assert!(cantos[0].0 > 12, "{cantos:?}");
    assert!(
        cantos.iter().all(|&(_, rank)| rank == rules::RANK_CHAPTER),
        "under the parts: {cantos:?}"
    );
}
