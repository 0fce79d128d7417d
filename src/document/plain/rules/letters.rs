//! The kinds of character the heading rules ask about, with the meanings a
//! regular expression gives them (`\d`, `\p{Lu}`, `(?i)`), and a cursor
//! that reads a line a piece at a time. The Unicode tables are
//! regex-syntax's, so a rule reads a line as its pattern did; looking a
//! class up costs microseconds where compiling the pattern cost a
//! millisecond.

use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, HirKind};
use std::sync::LazyLock;

/// A class of characters from regex-syntax's tables.
struct Letters(Vec<ClassUnicodeRange>);

impl Letters {
    fn of(class: &str) -> Letters {
        let hir = regex_syntax::parse(class).expect("a class the rules use is valid");
        let HirKind::Class(Class::Unicode(class)) = hir.into_kind() else {
            unreachable!("a Unicode class parses to one")
        };
        Letters(class.ranges().to_vec())
    }

    fn contains(&self, c: char) -> bool {
        self.0
            .binary_search_by(|range| {
                if range.end() < c {
                    std::cmp::Ordering::Less
                } else if range.start() > c {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .is_ok()
    }
}

static DIGITS: LazyLock<Letters> = LazyLock::new(|| Letters::of(r"\d"));
static UPPER: LazyLock<Letters> = LazyLock::new(|| Letters::of(r"\p{Lu}"));
static TITLE: LazyLock<Letters> = LazyLock::new(|| Letters::of(r"\p{Lt}"));
static LOWER: LazyLock<Letters> = LazyLock::new(|| Letters::of(r"\p{Ll}"));

/// A decimal digit of any script (`\d`).
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && DIGITS.contains(c))
}

/// An upper-case letter (`\p{Lu}`).
pub fn is_upper(c: char) -> bool {
    c.is_ascii_uppercase() || (!c.is_ascii() && UPPER.contains(c))
}

/// A title-case letter (`\p{Lt}`: `ǅ`).
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && TITLE.contains(c)
}

/// A lower-case letter (`\p{Ll}`).
pub fn is_lower(c: char) -> bool {
    c.is_ascii_lowercase() || (!c.is_ascii() && LOWER.contains(c))
}

/// Whether `text` opens with `word`, letter for letter ignoring case as
/// `(?i)` does (simple case folding: `ſ` is an `s`); the rest of `text`.
pub fn strip_prefix_ignoring_case<'t>(text: &'t str, word: &str) -> Option<&'t str> {
    let mut chars = text.chars();
    for wanted in word.chars() {
        if !same_letter_ignoring_case(chars.next()?, wanted) {
            return None;
        }
    }
    Some(chars.as_str())
}

/// Whether `a` and `b` are one letter ignoring case, as `(?i)` reads it.
pub fn same_letter_ignoring_case(a: char, b: char) -> bool {
    match (a.is_ascii(), b.is_ascii()) {
        (true, true) => a.eq_ignore_ascii_case(&b),
        (true, false) => folds_to_ascii(b, a),
        (false, true) => folds_to_ascii(a, b),
        (false, false) => a == b || FOLDS.with_borrow_mut(|folds| folded_with(folds, b, a)),
    }
}

/// Whether `other` (outside ASCII) folds to `ascii`: only two letters do,
/// `ſ` to `s` and the Kelvin sign to `k` (a test checks this against the
/// tables).
fn folds_to_ascii(other: char, ascii: char) -> bool {
    match other {
        'ſ' => ascii.eq_ignore_ascii_case(&'s'),
        '\u{212A}' => ascii.eq_ignore_ascii_case(&'k'),
        _ => false,
    }
}

thread_local! {
    /// Letters outside ASCII asked about, in order, with the letters simple
    /// case folding makes the same. Working one out allocates, and a line
    /// is compared with dozens of words: each letter is worked out once per
    /// thread (a first screen of *War and Peace* took 1.5 ms working them
    /// out again for every line).
    static FOLDS: std::cell::RefCell<Vec<(char, Box<[ClassUnicodeRange]>)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Whether `a` folds to `b`, with `b`'s letters kept in `folds`.
fn folded_with(folds: &mut Vec<(char, Box<[ClassUnicodeRange]>)>, b: char, a: char) -> bool {
    let at = match folds.binary_search_by_key(&b, |(letter, _)| *letter) {
        Ok(at) => at,
        Err(at) => {
            folds.insert(at, (b, folds_with(b)));
            at
        }
    };
    folds[at].1.iter().any(|r| r.start() <= a && a <= r.end())
}

fn folds_with(c: char) -> Box<[ClassUnicodeRange]> {
    let mut class = ClassUnicode::new([ClassUnicodeRange::new(c, c)]);
    class.case_fold_simple();
    class.ranges().into()
}

/// A line read from the left, a piece at a time. It is `Copy`, so a rule
/// that tries one reading and then another keeps where it started.
#[derive(Clone, Copy)]
pub struct Cursor<'l> {
    pub rest: &'l str,
}

impl<'l> Cursor<'l> {
    pub fn new(line: &'l str) -> Cursor<'l> {
        Cursor { rest: line }
    }

    pub fn at_end(&self) -> bool {
        self.rest.is_empty()
    }

    pub fn peek(&self) -> Option<char> {
        self.rest.chars().next()
    }

    /// Take `text` if the line goes on with it.
    pub fn eat(&mut self, text: &str) -> bool {
        match self.rest.strip_prefix(text) {
            Some(rest) => {
                self.rest = rest;
                true
            }
            None => false,
        }
    }

    /// Take one character if it is one of `wanted`'s.
    pub fn eat_if(&mut self, wanted: impl Fn(char) -> bool) -> Option<char> {
        let c = self.peek().filter(|&c| wanted(c))?;
        self.rest = &self.rest[c.len_utf8()..];
        Some(c)
    }

    /// Take every character while `wanted` says so; how many, and what.
    pub fn run(&mut self, wanted: impl Fn(char) -> bool) -> (usize, &'l str) {
        let end = self.rest.find(|c| !wanted(c)).unwrap_or(self.rest.len());
        let (taken, rest) = self.rest.split_at(end);
        self.rest = rest;
        (taken.chars().count(), taken)
    }

    /// Take white space (`\s`: Unicode's `White_Space`, as
    /// `char::is_whitespace`); how many characters.
    pub fn spaces(&mut self) -> usize {
        self.run(char::is_whitespace).0
    }

    /// Take one of `words` if the line goes on with it, the first that fits.
    pub fn eat_any(&mut self, words: &[&str]) -> Option<&'l str> {
        let word = words.iter().find(|w| self.rest.starts_with(**w))?;
        let (taken, rest) = self.rest.split_at(word.len());
        self.rest = rest;
        Some(taken)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_are_the_patterns_classes() {
        type Test = fn(char) -> bool;
        let classes: [(&str, Test); 4] = [
            (r"\d", is_digit),
            (r"\p{Lu}", is_upper),
            (r"\p{Lt}", is_title),
            (r"\p{Ll}", is_lower),
        ];
        for (class, ours) in classes {
            let regex = regex::Regex::new(&format!("^{class}$")).expect("valid");
            for c in (0..0x3_0000).filter_map(char::from_u32) {
                let mut buf = [0; 4];
                assert_eq!(
                    ours(c),
                    regex.is_match(c.encode_utf8(&mut buf)),
                    "{class} {c:?}"
                );
            }
        }
    }

    #[test]
    fn case_is_ignored_as_a_pattern_ignores_it() {
        assert_eq!(
            strip_prefix_ignoring_case("SEGUNDO x", "segundo"),
            Some(" x")
        );
        assert_eq!(strip_prefix_ignoring_case("ſegunda", "segunda"), Some(""));
        assert_eq!(strip_prefix_ignoring_case("ПЕРВАЯ", "первая"), Some(""));
        assert_eq!(strip_prefix_ignoring_case("Première", "première"), Some(""));
        assert_eq!(strip_prefix_ignoring_case("Premiere", "première"), None);
        assert_eq!(strip_prefix_ignoring_case("seg", "segundo"), None);
        assert_eq!(
            strip_prefix_ignoring_case("\u{212A}APITEL", "kapitel"),
            Some("")
        );
        // Asked twice: the second answer comes from the letters kept.
        for _ in 0..2 {
            assert!(
                same_letter_ignoring_case('Σ', 'ς')
                    && same_letter_ignoring_case('ς', 'σ')
                    && same_letter_ignoring_case('É', 'é')
            );
            assert!(!same_letter_ignoring_case('é', 'e') && !same_letter_ignoring_case('П', 'р'));
        }
    }

    #[test]
    fn only_two_letters_outside_ascii_fold_to_ascii_ones() {
        for ascii in (0u8..128).map(char::from) {
            let class = folds_with(ascii);
            let others = class.iter().flat_map(|r| r.start()..=r.end());
            for other in others.filter(|c| !c.is_ascii()) {
                assert!(folds_to_ascii(other, ascii), "{other:?} folds to {ascii:?}");
            }
            for other in ['ſ', '\u{212A}'] {
                let folds = class.iter().any(|r| r.start() <= other && other <= r.end());
                assert_eq!(folds_to_ascii(other, ascii), folds, "{other:?}, {ascii:?}");
            }
        }
    }
}
