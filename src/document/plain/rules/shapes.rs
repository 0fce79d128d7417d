//! The shapes of the lines the heading rules look for, read by hand.
//!
//! Each function reads what one pattern used to match, with the same
//! meaning (its tests hold them to those patterns on every line of the
//! test corpus and on lines made to sit near each shape). Compiling the
//! patterns was most of the work of a plain text's first screen, several
//! milliseconds before a line could be drawn; reading a line costs less
//! than a microsecond and nothing to start.

use super::letters::{
    Cursor, is_digit, is_lower, is_title, is_upper, same_letter_ignoring_case,
    strip_prefix_ignoring_case,
};
use super::words::{KEYWORDS, MONTHS, NUMBERS, ORDINALS, UNITS};
use std::sync::LazyLock;

/// `CHAPTER XII`, `Book One`, `Libro primero`, `PART I: 1805`: the keyword
/// a division's heading opens with. `Chapter 12 was the best` is a
/// sentence: after the number comes nothing, a point, a dash, or a title
/// that opens with a capital.
pub fn division_keyword(line: &str) -> Option<&str> {
    let mut at = Cursor::new(line);
    let (_, keyword) = at.run(|c| !c.is_whitespace());
    if !KEYWORDS.contains(&keyword) || at.spaces() == 0 {
        return None;
    }
    let mut after_the = at;
    let the = after_the.eat_any(&["the", "The", "THE"]).is_some() && after_the.spaces() > 0;
    let starts = [Some(at), the.then_some(after_the)];
    starts
        .into_iter()
        .flatten()
        .any(|start| division_numbers(start).into_iter().any(closes_number))
        .then_some(keyword)
}

/// Every way a division's number can be read at `at`: where each ends.
fn division_numbers(at: Cursor) -> Vec<Cursor> {
    let mut ends = Vec::new();
    let mut take_up_to = |most: usize, wanted: fn(char) -> bool| {
        let mut end = at;
        for _ in 0..most {
            if end.eat_if(wanted).is_none() {
                break;
            }
            ends.push(end);
        }
    };
    take_up_to(4, is_digit);
    take_up_to(8, |c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'));
    take_up_to(8, |c| matches!(c, 'i' | 'v' | 'x' | 'l' | 'c' | 'd' | 'm'));
    take_up_to(1, |c| c.is_ascii_uppercase());
    for word in NUMBERS {
        let mut end = at;
        if end.eat(word) {
            ends.push(end);
            if *word == "TWENTY"
                && end.eat_if(|c| c == '-' || c == ' ').is_some()
                && end.eat_any(UNITS).is_some()
            {
                ends.push(end);
            }
        }
    }
    if let Some(opening) = at.peek().filter(|c| c.is_alphabetic()) {
        let ordinals = ORDINALS_BY_LETTER
            .iter()
            .filter(|(letter, _)| same_letter_ignoring_case(opening, *letter))
            .flat_map(|(_, words)| words);
        for word in ordinals {
            if let Some(rest) = strip_prefix_ignoring_case(at.rest, word) {
                ends.push(Cursor::new(rest));
            }
        }
    }
    ends
}

/// The ordinals by their first letter: a number read at a letter no
/// ordinal opens with (`CHAPTER I`, hundreds of times in a table of
/// contents) is not compared with each of them.
static ORDINALS_BY_LETTER: LazyLock<Vec<(char, Vec<&str>)>> = LazyLock::new(|| {
    let mut groups: Vec<(char, Vec<&str>)> = Vec::new();
    for word in ORDINALS {
        let first = word.chars().next().expect("an ordinal has letters");
        match groups.iter_mut().find(|(letter, _)| *letter == first) {
            Some((_, words)) => words.push(word),
            None => groups.push((first, vec![word])),
        }
    }
    groups
});

/// What may follow a division's number: the end, `.:)]`, a dash, or white
/// space and a title's first character.
fn closes_number(mut at: Cursor) -> bool {
    if at.at_end() || at.eat_if(|c| matches!(c, '.' | ':' | ')' | ']')).is_some() {
        return true;
    }
    let spaces = at.spaces();
    match at.peek() {
        Some('-' | '–' | '—') => true,
        Some(c) => {
            spaces > 0
                && (is_upper(c) || is_digit(c) || matches!(c, '"' | '\'' | '“' | '‘' | '(' | '['))
        }
        None => false,
    }
}

/// What numbers an RFC-style heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionNumber<'l> {
    /// `3.2.1`
    Digits(&'l str),
    /// `Appendix A`
    Appendix,
    /// `A.1`
    Lettered(&'l str),
}

/// `1.  Introduction`, `3.2.1 Foo`, `Appendix A.  Bar`, `A.1 - Baz`: the
/// number and, when there is one, the title.
pub fn numbered(line: &str) -> Option<(SectionNumber<'_>, Option<&str>)> {
    let taken = |at: Cursor| &line[..line.len() - at.rest.len()];
    let (mut digits, mut appendix, mut lettered) =
        (Cursor::new(line), Cursor::new(line), Cursor::new(line));
    let readings = [
        dotted_digits(&mut digits, true).map(|()| (SectionNumber::Digits(taken(digits)), digits)),
        (appendix.eat_any(&["Appendix", "APPENDIX"]).is_some()
            && appendix.spaces() > 0
            && appendix.eat_if(|c| c.is_ascii_uppercase()).is_some())
        .then_some((SectionNumber::Appendix, appendix)),
        (lettered.eat_if(|c| c.is_ascii_uppercase()).is_some()
            && dotted_digits(&mut lettered, false).is_some())
        .then(|| (SectionNumber::Lettered(taken(lettered)), lettered)),
    ];
    readings
        .into_iter()
        .flatten()
        .find_map(|(number, at)| Some((number, title_after_number(at)?)))
}

/// `12.3.1` (with `leading` digits first) or `.3.1` after a letter: one or
/// two digits, then up to five groups of a point and up to three digits.
/// A longer run of digits makes no number at all: nothing can follow it.
fn dotted_digits(at: &mut Cursor, leading: bool) -> Option<()> {
    if leading && !(1..=2).contains(&at.run(is_digit).0) {
        return None;
    }
    let mut groups = 0;
    while groups < 5 {
        let mut next = *at;
        if !next.eat(".") {
            break;
        }
        match next.run(is_digit).0 {
            0 => break,
            1..=3 => *at = next,
            _ => return None,
        }
        groups += 1;
    }
    (leading || groups > 0).then_some(())
}

/// After a section number: maybe a point, then white space or a dash or a
/// colon, then the title if any (`None` when the line does not go on as a
/// heading; `Some(None)` when it ends with the number).
fn title_after_number(mut at: Cursor<'_>) -> Option<Option<&str>> {
    at.eat(".");
    let spaces = at.spaces();
    let dash = at.eat_if(|c| matches!(c, '-' | '–' | '—' | ':')).is_some();
    at.spaces();
    if spaces == 0 && !dash {
        return None;
    }
    let Some(first) = at.peek() else {
        return Some(None);
    };
    let opens_title = is_upper(first)
        || is_title(first)
        || is_lower(first)
        || is_digit(first)
        || matches!(first, '"' | '\'' | '“');
    opens_title.then_some(Some(at.rest))
}

/// A diary entry's date alone on its (trimmed) line: `11-го мая.`,
/// `May 3rd, 1897`, `3. Mai`, `12 de mayo de`… then maybe a year.
pub fn is_date(line: &str) -> bool {
    let start = Cursor::new(line);
    day_then_month(start) || month_then_day(start)
}

fn day_then_month(mut at: Cursor) -> bool {
    if !(1..=2).contains(&at.run(is_digit).0) {
        return false;
    }
    const ENDINGS: &[&str] = &["го", "е", "er", "st", "nd", "rd", "th"];
    let mut dashed = at;
    let dashed = dashed.eat("-").then_some(dashed);
    let mut days = vec![at];
    for mut ending in [Some(at), dashed].into_iter().flatten() {
        if ending.eat_any(ENDINGS).is_some() {
            days.push(ending);
        }
    }
    let mut pointed = at;
    if pointed.eat(".") {
        days.push(pointed);
    }
    days.into_iter().any(|mut day| {
        if day.spaces() == 0 {
            return false;
        }
        let mut de = day;
        let de = (de.eat("de") && de.spaces() > 0).then_some(de);
        [Some(day), de]
            .into_iter()
            .flatten()
            .any(|at| month_at(at).is_some_and(ends_date))
    })
}

fn month_then_day(at: Cursor) -> bool {
    month_at(at).is_some_and(|mut at| {
        if at.spaces() == 0 || !(1..=2).contains(&at.run(is_digit).0) {
            return false;
        }
        let mut ordinal = at;
        let ordinal = ordinal.eat_any(&["st", "nd", "rd", "th"]).is_some() && ends_date(ordinal);
        ordinal || ends_date(at)
    })
}

/// Where the month name the line goes on with ends. What follows a month
/// in a date is never a letter, so the name is the whole word.
fn month_at(mut at: Cursor) -> Option<Cursor> {
    let (_, word) = at.run(char::is_alphabetic);
    MONTHS.contains(&word).then_some(at)
}

/// The end of a date: nothing, or a year of four digits (after a comma
/// or white space), and maybe a point.
fn ends_date(at: Cursor) -> bool {
    if matches!(at.rest, "" | ".") {
        return true;
    }
    let mut year = at;
    year.eat(",");
    year.spaces() > 0 && year.run(is_digit).0 == 4 && matches!(year.rest, "" | ".")
}

/// A contents entry's end: dot leaders (four or more points) and a page
/// number, Arabic or Roman, or three spaces and a page number.
pub fn ends_in_page_number(line: &str) -> bool {
    let body = line.trim_end_matches(char::is_whitespace);
    let digits = trailing(body, is_digit);
    let before_digits = &body[..body.len() - digits];
    if digits > 0 && trailing_chars(before_digits, char::is_whitespace) >= 3 {
        return true;
    }
    let roman = trailing(body, |c| matches!(c, 'i' | 'v' | 'x' | 'l' | 'c'));
    let number = digits.max(roman);
    if number == 0 {
        return false;
    }
    let mut before = body[..body.len() - number]
        .trim_end_matches(char::is_whitespace)
        .chars()
        .rev()
        .peekable();
    // Count `.` or `. ` units from the right.
    let mut points = 0;
    while before.next() == Some('.') {
        points += 1;
        if before.peek().is_some_and(|c| c.is_whitespace()) {
            before.next();
        }
        if before.peek() != Some(&'.') {
            break;
        }
    }
    points >= 4
}

/// How many bytes at the end of `text` are characters `wanted` takes.
fn trailing(text: &str, wanted: impl Fn(char) -> bool) -> usize {
    text.len() - text.trim_end_matches(wanted).len()
}

/// How many characters at the end of `text` `wanted` takes.
fn trailing_chars(text: &str, wanted: impl Fn(char) -> bool) -> usize {
    text.chars().rev().take_while(|&c| wanted(c)).count()
}

/// The Roman numeral a line opens with: one to seven of `IVXLC`.
fn roman_numeral(at: &mut Cursor) -> bool {
    (1..=7).contains(&at.run(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C')).0)
}

/// `IV.` or `XII` alone.
pub fn is_roman_alone(line: &str) -> bool {
    let mut at = Cursor::new(line);
    roman_numeral(&mut at) && matches!(at.rest, "" | ".")
}

/// After `VII. `: the title, when it opens with a capital or a quote.
fn roman_title(line: &str) -> Option<&str> {
    let mut at = Cursor::new(line);
    if !(roman_numeral(&mut at) && at.eat(".") && at.spaces() > 0) {
        return None;
    }
    at.peek()
        .filter(|&c| is_upper(c) || matches!(c, '"' | '\'' | '“'))
        .map(|c| &at.rest[c.len_utf8()..])
}

/// `VII. THE ADVENTURE OF THE BLUE CARBUNCLE`: a title in capitals.
pub fn is_roman_titled(line: &str) -> bool {
    roman_title(line).is_some_and(|rest| !rest.chars().any(is_lower))
}

/// `I. The Period`: a short title, without `.;:,`.
pub fn is_roman_titled_mixed(line: &str) -> bool {
    roman_title(line)
        .is_some_and(|rest| rest.chars().count() <= 50 && !rest.contains(['.', ';', ':', ',']))
}

/// `EPILOGUE`, `FIRST EPILOGUE: 1813 - 20`, `Prologue.`
pub fn is_prologue(line: &str) -> bool {
    const ORDERS: &[&str] = &[
        "FIRST", "SECOND", "THIRD", "FOURTH", "FINAL", "First", "Second", "Third", "Fourth",
        "Final",
    ];
    const DIVISIONS: &[&str] = &["EPILOGUE", "PROLOGUE", "Epilogue", "Prologue"];
    // Neither word is followed by a letter: each is a whole word.
    let mut at = Cursor::new(line);
    let (_, mut word) = at.run(char::is_alphabetic);
    if ORDERS.contains(&word) && at.spaces() > 0 {
        word = at.run(char::is_alphabetic).1;
    }
    DIVISIONS.contains(&word)
        && (at.at_end()
            || at
                .eat_if(|c| matches!(c, '.' | ':') || c.is_whitespace())
                .is_some())
}

/// `[ 3 ]` alone.
pub fn is_bracket_number(line: &str) -> bool {
    let mut at = Cursor::new(line);
    at.eat("[")
        && {
            at.spaces();
            (1..=4).contains(&at.run(is_digit).0)
        }
        && {
            at.spaces();
            at.eat("]")
        }
        && at.at_end()
}

/// `第一回`, `第三章`, `第二编`, `제1장`: the unit the number counts.
pub fn cjk_chapter_unit(line: &str) -> Option<&str> {
    let mut at = Cursor::new(line);
    let unit = if at.eat("第") {
        let numerals = at.run(|c| {
            "一二三四五六七八九十百千零〇两".contains(c)
                || c.is_ascii_digit()
                || ('０'..='９').contains(&c)
        });
        if !(1..=6).contains(&numerals.0) {
            return None;
        }
        at.eat_any(&[
            "分编", "回", "章", "节", "節", "卷", "部", "篇", "集", "编", "編",
        ])?
    } else if at.eat("제") {
        at.eat_if(char::is_whitespace);
        if !(1..=3).contains(&at.run(|c| c.is_ascii_digit()).0) {
            return None;
        }
        at.eat_any(&["편", "장", "절", "관"])?
    } else {
        return None;
    };
    let ends = at.at_end()
        || at
            .eat_if(|c| c.is_whitespace() || "\u{3000}：:．.、".contains(c))
            .is_some();
    ends.then_some(unit)
}

#[cfg(test)]
mod tests;
