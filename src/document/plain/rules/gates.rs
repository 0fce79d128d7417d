//! Cheap tests a line must pass before a heading rule's pattern is tried.
//! Each is met by every line its pattern matches, so it never changes a
//! verdict; most lines of prose fail it, so a text compiles and runs only
//! the patterns its lines may need (compiling them is most of the work of
//! a first screen).

/// The words the keyword rule opens with (`CHAPTER 12`, `Capítulo XI`).
pub const KEYWORDS: &[&str] = &[
    "BOOK",
    "Book",
    "VOLUME",
    "Volume",
    "PART",
    "Part",
    "ACT",
    "Act",
    "CHAPTER",
    "Chapter",
    "ADVENTURE",
    "Adventure",
    "ARTICLE",
    "Article",
    "STAVE",
    "Stave",
    "CANTO",
    "Canto",
    "LETTER",
    "Letter",
    "SECTION",
    "Section",
    "SCENE",
    "Scene",
    "Libro",
    "LIBRO",
    "Tomo",
    "TOMO",
    "Parte",
    "PARTE",
    "Capítulo",
    "Capitulo",
    "CAPÍTULO",
    "CAPITULO",
    "Acto",
    "ACTO",
    "Escena",
    "ESCENA",
    "Livre",
    "LIVRE",
    "Tome",
    "TOME",
    "Partie",
    "PARTIE",
    "Chapitre",
    "CHAPITRE",
    "Acte",
    "ACTE",
    "Scène",
    "SCÈNE",
    "Buch",
    "BUCH",
    "Band",
    "BAND",
    "Teil",
    "TEIL",
    "Kapitel",
    "KAPITEL",
    "Akt",
    "AKT",
    "Szene",
    "SZENE",
    "Книга",
    "КНИГА",
    "Том",
    "ТОМ",
    "Часть",
    "ЧАСТЬ",
    "Глава",
    "ГЛАВА",
    "Действие",
    "ДЕЙСТВИЕ",
    "Явление",
    "ЯВЛЕНИЕ",
];

/// Month names: English, German, French, Spanish, and Russian in the
/// genitive (`11-го мая`).
pub const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Januar",
    "Februar",
    "März",
    "Mai",
    "Juni",
    "Juli",
    "Oktober",
    "Dezember",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// The keyword rule: the line opens with a keyword, then white space.
pub fn may_be_keyword(line: &str) -> bool {
    opens_with_word_of(line, KEYWORDS)
}

/// The date rule (on a trimmed line): a month's name, white space and a
/// digit; or a day's number of one or two digits, its ending (`th`, `-го`,
/// `.`), white space, maybe `de`, and a month's name.
pub fn may_be_date(line: &str) -> bool {
    if opens_with_word_of(line, MONTHS) {
        let after = line[first_word(line).len()..].trim_start();
        return after.starts_with(char::is_numeric);
    }
    let digits = leading_numerals(line);
    if !(1..=2).contains(&digits) {
        return false;
    }
    let rest: &str = line
        .char_indices()
        .nth(digits)
        .map_or("", |(at, _)| &line[at..]);
    let Some(gap) = rest.find(char::is_whitespace) else {
        return false;
    };
    if rest[..gap].chars().count() > 3 {
        return false;
    }
    let after = rest[gap..].trim_start();
    let without_de = after
        .strip_prefix("de")
        .filter(|r| r.starts_with(char::is_whitespace))
        .map(str::trim_start);
    [Some(after), without_de]
        .into_iter()
        .flatten()
        .any(|words| MONTHS.contains(&first_word(words)))
}

/// The numbered rule: a number of one or two digits first (`3.2.1`),
/// `Appendix`, or a capital letter, a point and a digit (`A.1`).
pub fn may_be_numbered(line: &str) -> bool {
    match leading_numerals(line) {
        1 | 2 => true,
        0 => {
            let mut chars = line.chars();
            line.starts_with("Appendix")
                || line.starts_with("APPENDIX")
                || (chars.next().is_some_and(|c| c.is_ascii_uppercase())
                    && chars.next() == Some('.')
                    && chars.next().is_some_and(char::is_numeric))
        }
        _ => false,
    }
}

/// A Roman numeral heading with a title: one to seven of `IVXLC`, then a
/// point.
pub fn may_be_roman_titled(line: &str) -> bool {
    let numeral = line
        .bytes()
        .take_while(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C'))
        .count();
    (1..=7).contains(&numeral) && line[numeral..].starts_with('.')
}

/// The letters a Roman numeral heading starts with.
const ROMAN_DIGITS: [char; 5] = ['I', 'V', 'X', 'L', 'C'];

/// A Roman numeral alone (`IV.`): at most seven of `IVXLC` and a point.
pub fn may_be_roman_alone(line: &str) -> bool {
    line.len() <= 8 && line.starts_with(ROMAN_DIGITS)
}

/// `PROLOGUE`, `Epilogue`: the word is in the line.
pub fn may_be_prologue(line: &str) -> bool {
    line.contains("logue") || line.contains("LOGUE")
}

/// A Chinese or Korean chapter line opens with `第` or `제`.
pub fn may_be_cjk_chapter(line: &str) -> bool {
    line.starts_with(['第', '제'])
}

/// `[ 3 ]` opens with its bracket.
pub fn may_be_bracket_number(line: &str) -> bool {
    line.starts_with('[')
}

/// A contents entry ends in a page number, Arabic or Roman.
pub fn may_be_contents_entry(line: &str) -> bool {
    line.trim_end()
        .ends_with(|c: char| c.is_numeric() || matches!(c, 'i' | 'v' | 'x' | 'l' | 'c'))
}

/// How many characters the line opens with that are numerals (digits of
/// any script, and other numerals: a superset of a pattern's `\d`).
fn leading_numerals(line: &str) -> usize {
    line.chars().take_while(|c| c.is_numeric()).count()
}

/// Whether the line opens with one of `words`, then white space.
fn opens_with_word_of(line: &str, words: &[&str]) -> bool {
    let word = first_word(line);
    line[word.len()..].starts_with(char::is_whitespace) && words.contains(&word)
}

/// The letters the line opens with.
fn first_word(line: &str) -> &str {
    let end = line
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(line.len());
    &line[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gates_let_through_what_the_rules_match() {
        for line in [
            "CHAPTER I.",
            "Parte 2",
            "Capítulo XI",
            "ЧАСТЬ ПЕРВАЯ",
            "Book\tOne",
        ] {
            assert!(may_be_keyword(line), "{line}");
        }
        for line in ["Chapters 1", "Chapter1", "Booking 5", "The Chapter 1"] {
            assert!(!may_be_keyword(line), "{line}");
        }
        for line in [
            "3 May",
            "11-го мая.",
            "May 3rd, 1897",
            "3. Mai",
            "12 de mayo",
        ] {
            assert!(may_be_date(line), "{line}");
        }
        for line in [
            "1897 May",
            "Mayday 3",
            "34511  30073",
            "12 people went",
            "3 Mayday",
        ] {
            assert!(!may_be_date(line), "{line}");
        }
        for line in [
            "1.  Introduction",
            "3.2.1 Foo",
            "Appendix A. Bar",
            "A.1.  Baz",
            "٣. عنوان",
        ] {
            assert!(may_be_numbered(line), "{line}");
        }
        for line in ["34511  30073", "And then", "A. Smith"] {
            assert!(!may_be_numbered(line), "{line}");
        }
        assert!(may_be_roman_titled("VII. THE ADVENTURE"));
        assert!(!may_be_roman_titled("I think so.") && !may_be_roman_titled("Coat"));
        assert!(
            may_be_contents_entry("Chapter I . . . . 12  ")
                && may_be_contents_entry("Preface .... xii")
        );
        assert!(!may_be_contents_entry("A line of prose."));
    }

    /// On every line of the test corpus, a line a pattern matches passes
    /// its gate.
    #[test]
    fn no_gate_turns_down_a_line_its_pattern_matches() {
        use super::super::{
            BRACKET_NUMBER, CJK_CHAPTER, DATE_LINE, DOT_LEADER, KEYWORD, KEYWORD_ORDINAL, NUMBERED,
            ORDINAL_DIVISION, ROMAN_ALONE, ROMAN_TITLED, ROMAN_TITLED_MIXED,
        };
        let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
        let (mut lines, mut matched) = (0, 0);
        for entry in std::fs::read_dir(folder).expect("the test corpus") {
            let Ok(text) = std::fs::read_to_string(entry.expect("an entry").path()) else {
                continue;
            };
            for line in text.lines().map(str::trim) {
                let checks = [
                    (KEYWORD.is_match(line), may_be_keyword(line)),
                    (KEYWORD_ORDINAL.is_match(line), may_be_keyword(line)),
                    (DATE_LINE.is_match(line), may_be_date(line)),
                    (NUMBERED.is_match(line), may_be_numbered(line)),
                    (ROMAN_TITLED.is_match(line), may_be_roman_titled(line)),
                    (ROMAN_TITLED_MIXED.is_match(line), may_be_roman_titled(line)),
                    (DOT_LEADER.is_match(line), may_be_contents_entry(line)),
                    (ROMAN_ALONE.is_match(line), may_be_roman_alone(line)),
                    (ORDINAL_DIVISION.is_match(line), may_be_prologue(line)),
                    (CJK_CHAPTER.is_match(line), may_be_cjk_chapter(line)),
                    (BRACKET_NUMBER.is_match(line), may_be_bracket_number(line)),
                ];
                for (index, (matches, passes)) in checks.into_iter().enumerate() {
                    assert!(!matches || passes, "gate {index} turns down {line:?}");
                    matched += usize::from(matches);
                }
                lines += 1;
            }
        }
        assert!(
            lines > 10_000 && matched > 500,
            "{lines} lines, {matched} matches"
        );
    }
}
