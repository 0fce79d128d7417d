//! Each shape against the pattern it replaced, kept here as its
//! definition: on every line of the test corpus, and on lines made by
//! changing one character of lines that have (or nearly have) the shape.

use super::super::words::{KEYWORDS, MONTHS};
use super::*;
use regex::Regex;
use std::sync::LazyLock;

const NUMBER: &str = r"(?:\d{1,4}|[IVXLCDM]{1,8}|[ivxlcdm]{1,8}|[A-Z]|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|THIRTEEN|FOURTEEN|FIFTEEN|SIXTEEN|SEVENTEEN|EIGHTEEN|NINETEEN|TWENTY(?:[- ](?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE))?|THIRTY|FORTY|FIFTY|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|LAST|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Last)";
const ORDINAL: &str = r"(?i:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|séptim[oa]|octav[oa]|noven[oa]|décim[oa]|premi[eè]re?|deuxi[eè]me|seconde?|troisi[eè]me|quatri[eè]me|cinqui[eè]me|erste[rs]?|zweite[rs]?|dritte[rs]?|vierte[rs]?|fünfte[rs]?|перв(?:ая|ый|ое)|втор(?:ая|ой|ое)|трет(?:ья|ий|ье)|четв[её]рт(?:ая|ый|ое)|пят(?:ая|ый|ое))";

fn pattern(text: &str) -> Regex {
    Regex::new(text).expect("valid")
}

static KEYWORD: LazyLock<Regex> = LazyLock::new(|| {
    let keywords = KEYWORDS.join("|");
    let number = format!("(?:{}|{ORDINAL})", &NUMBER[3..NUMBER.len() - 1]);
    pattern(&format!(
        r"^(?P<kw>{keywords})\s+(?:(?:the|The|THE)\s+)?{number}(?:$|[.:)\]]|\s*[-–—]|\s+[\p{{Lu}}\d\x22'“‘(\[])"
    ))
});
static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"^(?:(?P<num>\d{1,2}(?:\.\d{1,3}){0,5})\.?|(?P<app>(?:Appendix|APPENDIX)\s+[A-Z])\.?|(?P<letter>[A-Z](?:\.\d{1,3}){1,5})\.?)(?:\s+[-–—:]?\s*|\s*[-–—:]\s*)(?P<title>[\p{Lu}\p{Lt}\d\x22'“].*|[\p{Ll}].*)?$",
    )
});
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let months = MONTHS.join("|");
    pattern(&format!(
        r"^(?:\d{{1,2}}(?:-?(?:го|е|er|st|nd|rd|th)|\.)?\s+(?:de\s+)?(?:{months})|(?:{months})\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?\.?$"
    ))
});
static DOT_LEADER: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"(?:\.\s?){4,}\s*(?:\d+|[ivxlc]+)\s*$|\s{3,}\d+\s*$"));
static ROMAN_ALONE: LazyLock<Regex> = LazyLock::new(|| pattern(r"^[IVXLC]{1,7}\.?$"));
static ROMAN_TITLED: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"^[IVXLC]{1,7}\.\s+[\p{Lu}\x22'“][^\p{Ll}]*$"));
static ROMAN_TITLED_MIXED: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"^[IVXLC]{1,7}\.\s+[\p{Lu}\x22'“][^.;:,]{0,50}$"));
static PROLOGUE: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"^(?:(?:FIRST|SECOND|THIRD|FOURTH|FINAL|First|Second|Third|Fourth|Final)\s+)?(?:EPILOGUE|PROLOGUE|Epilogue|Prologue)\b(?:$|[.:\s])",
    )
});
static BRACKET_NUMBER: LazyLock<Regex> = LazyLock::new(|| pattern(r"^\[\s*\d{1,4}\s*\]$"));
static CJK_CHAPTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"^(?:第[一二三四五六七八九十百千零〇两0-9０-９]{1,6}(?P<unit>分编|[回章节節卷部篇集编編])|제\s?[0-9]{1,3}(?P<ko>편|장|절|관))(?:$|[\s\u{3000}：:．.、])",
    )
});

/// Lines with each shape, or nearly.
const SEEDS: &[&str] = &[
    "CHAPTER XII. THE END",
    "Chapter 12 was the best",
    "Chapter the Last",
    "Book the First",
    "BOOK ONE: 1805",
    "PART TWENTY-ONE",
    "Part Twenty One",
    "Libro primero",
    "LIBRO PRIMERO",
    "ЧАСТЬ ПЕРВАЯ",
    "Capítulo segundo: El",
    "Scene seconde",
    "Letter 4 (continued)",
    "ACT I — Scene",
    "Chapter ǅ",
    "1.  Introduction",
    "3.2.1. Foo bar",
    "12 - Notes",
    "1.2.3.4.5.6 Deep",
    "Appendix A.  Bar",
    "A.1 - Baz",
    "B.12.3: \"Quoted\"",
    "٣. عنوان",
    "3.2.2 http URL",
    "11-го мая.",
    "May 3rd, 1897",
    "3. Mai",
    "12 de mayo",
    "1er janvier 1900.",
    "Januar 5",
    "Contents ....... 12",
    "Preface . . . . xii",
    "Intro           103",
    "IV.",
    "XII",
    "VII. THE ADVENTURE",
    "I. The Period",
    "II. “Quoted”",
    "FIRST EPILOGUE: 1813",
    "Prologue.",
    "[ 3 ]",
    "[12]",
    "第一回　宴桃园",
    "第十二章",
    "第二分编",
    "제1장 총칙",
    "제 12절",
    // At the edges of each count.
    "Chapter 1234",
    "Book MMMDCCCL",
    "Book mmmdcccl:",
    "XIIIIII.",
    "XIIIIII. ABC",
    "I. Abbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
    "1.123.123.123.123.123 Deep",
    "A.123.1.1.1.1 Deep",
    "[1234]",
    "제123장",
    "第一二三四五六章",
    "31st December, 1999.",
];

/// Characters to put in, take out or swap: the ones the shapes turn on.
const PIECES: &[&str] = &[
    " ", "  ", "\t", ".", "-", "—", ":", ",", ")", "[", "]", "(", "\"", "'", "“", "1", "12",
    "1234", "٣", "I", "V", "x", "A", "a", "é", "ǅ", "ſ", "st", "th", "de", "第", "章", "　", "제",
];

fn nearby_lines() -> Vec<String> {
    let mut lines = Vec::new();
    for seed in SEEDS {
        let chars: Vec<char> = seed.chars().collect();
        lines.push(seed.to_string());
        for at in 0..=chars.len() {
            let (before, after) = chars.split_at(at);
            let before: String = before.iter().collect();
            let rest: String = after.iter().collect();
            let after_one: String = after.iter().skip(1).collect();
            lines.push(format!("{before}{after_one}"));
            for piece in PIECES {
                lines.push(format!("{before}{piece}{rest}"));
                lines.push(format!("{before}{piece}{after_one}"));
            }
        }
    }
    lines
}

fn corpus_lines() -> Vec<String> {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
    let mut lines = Vec::new();
    for entry in std::fs::read_dir(folder).expect("the test corpus") {
        if let Ok(text) = std::fs::read_to_string(entry.expect("an entry").path()) {
            lines.extend(text.lines().map(|l| l.trim().to_owned()));
        }
    }
    lines
}

fn group<'l>(caps: &regex::Captures<'l>, name: &str) -> Option<&'l str> {
    caps.name(name).map(|m| m.as_str())
}

/// What a shape and its pattern say of one line, side by side.
fn compare(line: &str) -> usize {
    let keyword = KEYWORD
        .captures(line)
        .map(|c| group(&c, "kw").unwrap_or(""));
    assert_eq!(division_keyword(line), keyword, "keyword {line:?}");
    let numbered_pattern = NUMBERED.captures(line).map(|c| {
        let number = match (group(&c, "num"), group(&c, "letter")) {
            (Some(num), _) => SectionNumber::Digits(num),
            (None, Some(letter)) => SectionNumber::Lettered(letter),
            (None, None) => SectionNumber::Appendix,
        };
        (number, group(&c, "title"))
    });
    assert_eq!(numbered(line), numbered_pattern, "numbered {line:?}");
    let unit = CJK_CHAPTER
        .captures(line)
        .map(|c| group(&c, "unit").or_else(|| group(&c, "ko")).unwrap_or(""));
    assert_eq!(cjk_chapter_unit(line), unit, "cjk {line:?}");
    let yes_no: [(&str, bool, &Regex); 8] = [
        ("date", is_date(line), &DATE),
        ("page", ends_in_page_number(line), &DOT_LEADER),
        ("roman alone", is_roman_alone(line), &ROMAN_ALONE),
        ("roman titled", is_roman_titled(line), &ROMAN_TITLED),
        (
            "roman mixed",
            is_roman_titled_mixed(line),
            &ROMAN_TITLED_MIXED,
        ),
        ("prologue", is_prologue(line), &PROLOGUE),
        ("bracket", is_bracket_number(line), &BRACKET_NUMBER),
        ("keyword", keyword.is_some(), &KEYWORD),
    ];
    let mut matched =
        usize::from(keyword.is_some() || numbered_pattern.is_some() || unit.is_some());
    for (name, ours, regex) in yes_no {
        assert_eq!(ours, regex.is_match(line), "{name} {line:?}");
        matched += usize::from(ours);
    }
    matched
}

#[test]
fn every_shape_reads_a_line_as_its_pattern_did() {
    let corpus = corpus_lines();
    let matched: usize = corpus.iter().map(|line| compare(line)).sum();
    assert!(
        corpus.len() > 10_000 && matched > 500,
        "{} lines, {matched} matches",
        corpus.len()
    );
    let nearby = nearby_lines();
    let matched: usize = nearby.iter().map(|line| compare(line)).sum();
    assert!(matched > nearby.len() / 10, "{matched} of {}", nearby.len());
}
