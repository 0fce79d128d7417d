use super::*;

fn rank(line: &str) -> Option<u16> {
    classify_line(line).map(|m| m.rank)
}

#[test]
fn book_structure_keywords_rank_book_over_part_over_chapter() {
    assert_eq!(rank("BOOK ONE: 1805"), Some(RANK_BOOK));
    assert_eq!(rank("PART II"), Some(RANK_PART));
    assert_eq!(rank("ACT III"), Some(RANK_PART));
    assert_eq!(rank("CHAPTER I."), Some(RANK_CHAPTER));
    assert_eq!(rank("Chapter 12"), Some(RANK_CHAPTER));
    assert_eq!(rank("CHAPTER I. Down the Rabbit-Hole"), Some(RANK_CHAPTER));
    assert_eq!(rank("Article 5"), Some(RANK_CHAPTER));
    assert_eq!(rank("ARTICLE THREE"), Some(RANK_CHAPTER));
    assert_eq!(rank("SCENE 2"), Some(RANK_SECTION));
    assert_eq!(rank("Section 3"), Some(RANK_SECTION));
    assert_eq!(rank("PART I.--DRILL."), Some(RANK_PART));
}

#[test]
fn a_sentence_that_starts_with_chapter_is_not_a_heading() {
    assert_eq!(keyword_heading("Chapter 12 was the best part of it"), None);
    assert_eq!(keyword_heading("Parts of the book were lost"), None);
    assert_eq!(keyword_heading("chapter 3"), None);
}

#[test]
fn epilogues_are_divisions() {
    assert!(prologue("FIRST EPILOGUE: 1813 - 20").is_some());
    assert!(prologue("SECOND EPILOGUE").is_some());
    assert!(prologue("Epilogues are rare").is_none());
}

#[test]
fn rfc_numbered_headings_nest_by_depth() {
    assert_eq!(rank("1.  Introduction"), Some(RANK_CHAPTER));
    assert_eq!(rank("3.2.1.  Foo"), Some(RANK_CHAPTER + 20));
    assert_eq!(rank("1.1 Purpose"), Some(RANK_CHAPTER + 10));
    assert_eq!(
        rank("19.6.3 Changes from RFC 2068"),
        Some(RANK_CHAPTER + 20)
    );
    assert_eq!(rank("Appendix A.  Bar"), Some(RANK_CHAPTER));
    assert_eq!(rank("A.1.  Baz"), Some(RANK_CHAPTER + 10));
}

#[test]
fn numbered_list_items_and_toc_lines_are_not_headings() {
    assert_eq!(
        numbered_heading("1. Success in battle is the aim of all training."),
        None
    );
    assert_eq!(numbered_heading("2. the next item"), None);
    assert_eq!(
        rank("1.  INTRODUCTION ..................................... 1"),
        None
    );
    assert_eq!(rank("   1.1  Motivation .................. 1"), None);
    assert_eq!(
        rank("19.6.3   Changes from RFC 2068 ...................172"),
        None
    );
}

#[test]
fn roman_numerals_alone_and_titled() {
    assert_eq!(rank("IV."), Some(RANK_ROMAN));
    assert_eq!(rank("XII"), Some(RANK_ROMAN));
    assert_eq!(
        rank("VII. THE ADVENTURE OF THE BLUE CARBUNCLE"),
        Some(RANK_CHAPTER)
    );
    // A numeral and a short title in mixed case is a chapter too (the
    // novel whose chapters are `I. The Period`); a sentence is not.
    assert_eq!(rank("I. A Scandal in Bohemia"), Some(RANK_CHAPTER));
    assert_eq!(
        roman_titled("I. Success in battle depends on fire, and fire on discipline"),
        None
    );
}

#[test]
fn cjk_chapters_but_not_sentences_starting_alike() {
    assert!(cjk_chapter("第一回　甄士隱夢幻識通靈　賈雨村風塵怀閨秀").is_some());
    assert!(cjk_chapter("第三回").is_some());
    assert!(cjk_chapter("第十回\u{3000}").is_some());
    assert!(cjk_chapter("第四回中既將薛家母子在榮府內寄居等事略已表明").is_none());
    // Legal codes: parts, chapters, sections; articles (条, 조) are not.
    let rank = |l: &str| cjk_chapter(l).map(|m| m.rank);
    assert_eq!(rank("第一编　总则"), Some(RANK_BOOK));
    assert_eq!(rank("第一分编　通则"), Some(RANK_PART));
    assert_eq!(rank("第二节　监护"), Some(RANK_SECTION));
    assert_eq!(rank("第一条　为了保护"), None);
    assert_eq!(rank("제4장 정부"), Some(RANK_CHAPTER));
    assert_eq!(rank("제1절 대통령"), Some(RANK_SECTION));
    assert_eq!(rank("제1관 국무총리와 국무위원"), Some(RANK_SUBSECTION));
    assert_eq!(rank("제1조 ① 대한민국은 민주공화국이다."), None);
    assert!(legal_matter("附　　则").is_some() && legal_matter("부칙").is_some());
}

#[test]
fn diary_dates_but_not_sentences_with_dates() {
    for date in [
        "11-го мая.",
        "16-го июня",
        "May 3rd, 1897",
        "3. Mai",
        "12 de mayo",
    ] {
        assert!(date_line(date).is_some(), "{date}");
    }
    for line in [
        "May the force be with you",
        "On 3 May we left.",
        "11 мая было",
    ] {
        assert!(date_line(line).is_none(), "{line}");
    }
    assert!(cjk_chapter("第二回了．").is_none());
}

#[test]
fn bracketed_episode_numbers() {
    assert_eq!(rank("[ 1 ]"), Some(RANK_CHAPTER));
    assert_eq!(rank("[ 18 ]"), Some(RANK_CHAPTER));
    assert_eq!(rank("[ note ]"), None);
}

#[test]
fn figure_and_table_rows_are_not_headings() {
    assert_eq!(
        rank("TCP A                                                TCP B"),
        None
    );
    assert_eq!(
        rank("0      >0     RCV.NXT =< SEG.SEQ < RCV.NXT+RCV.WND"),
        None
    );
    assert!(
        rank("3.1.  Header Format").is_some(),
        "two spaces after a number still count"
    );
    assert_eq!(rank("<SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>"), None);
}

#[test]
fn short_caps_lines_but_not_shouting_sentences_or_lowercase() {
    assert_eq!(rank("AUTHOR'S PREFACE"), Some(RANK_CAPS));
    assert_eq!(rank("A"), Some(RANK_CAPS));
    assert_eq!(rank("Mostly lower case"), None);
    assert_eq!(rank("WHEREAS, AND THEREFORE,"), None);
    assert_eq!(rank("第一百二十回了"), None);
    assert_eq!(rank("A.B."), None);
    assert_eq!(rank("M."), None);
    assert_eq!(rank("RFC: 793"), None);
    assert_eq!(rank("\"MY DEAR FRIEND,--"), None);
}

#[test]
fn underlines() {
    assert_eq!(underline_rank("====="), Some(RANK_PART + 5));
    assert_eq!(underline_rank("-----"), Some(RANK_CHAPTER + 5));
    assert_eq!(underline_rank("‾‾‾‾‾‾"), Some(RANK_PART + 5));
    assert_eq!(
        underline_rank("*****"),
        Some(RANK_PART),
        "Texinfo's chapters"
    );
    assert_eq!(
        underline_rank("....."),
        Some(RANK_SECTION + 5),
        "and its smallest"
    );
    assert_eq!(underline_rank("--"), None);
    assert_eq!(underline_rank("-=-=-"), None);
}

#[test]
fn texinfo_plain_text_underlines_its_four_levels() {
    let text = "Manual\n******\n\nIntro text here.\n\n1 Overview\n**********\n\nText.\n\n\
                1.1 Part\n========\n\nText.\n\n1.1.1 Piece\n-----------\n\nText.\n\n\
                1.1.1.1 Bit\n...........\n\nText.\n\n2 Usage\n*******\n\nText.\n";
    let doc = crate::document::Document::from_text("t.txt", text, crate::document::Format::Plain);
    let got: Vec<(u8, String)> = doc
        .sections
        .iter()
        .map(|s| (s.level, s.title.clone()))
        .collect();
    let titles: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Manual",
            "1 Overview",
            "1.1 Part",
            "1.1.1 Piece",
            "1.1.1.1 Bit",
            "2 Usage"
        ]
    );
    let levels: Vec<u8> = got.iter().map(|(l, _)| *l).collect();
    assert!(
        levels[1] < levels[2] && levels[2] < levels[3] && levels[3] < levels[4],
        "{got:?}"
    );
    assert_eq!(levels[1], levels[5]);
}

#[test]
fn the_end_closes_a_text_and_heads_nothing() {
    for end in ["THE END.", "The End", "FIN", "— Ende —", "КОНЕЦ"] {
        assert!(classify_line(end).is_none(), "{end:?}");
    }
    assert!(classify_line("THE END OF THE WORLD").is_some());
}

#[test]
fn capitals_after_a_dialogue_dash_are_speech() {
    for speech in ["--O!", "--CORPUS DOMINI NOSTRI.", "— QUOD?"] {
        assert!(caps_line(speech).is_none(), "{speech:?}");
    }
    assert!(caps_line("— XII —").is_some());
}
