//! Numbered titles: a counter at the head of the line, then a title that
//! differs from line to line (`1. La familio.`, `2. La hejmo.`…; `IV. The
//! Return`; `0. Definitions.`). Their shape is the counter's notation and
//! punctuation alone; the titles are free.

use super::counters::counter_value;

/// What a numbered title's shape begins with, so that its family can be
/// told from the families of whole lines.
const LEAD: &str = "\u{1}lead ";
/// The most words a numbered title has.
const MAX_WORDS: usize = 8;
/// The most words a numbered title ending in a full stop has: longer, it
/// may be a numbered sentence (a footnote, an aphorism), and is taken only
/// where its family's count needs it (see [`Lead::Needed`]).
const MAX_WORDS_WITH_STOP: usize = 5;
/// The most words of a numbered title taken only where the count needs it.
const MAX_WORDS_NEEDED: usize = 12;

/// How sure a numbered title is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Lead {
    /// A title by its look alone.
    Title,
    /// Long for a title (`3. Protecting Users' Legal Rights From
    /// Anti-Circumvention Law.`): one only where it fills its family's
    /// count between titles.
    Needed,
}

/// Whether a family's shape is that of numbered titles.
pub(super) fn is_lead(shape: &str) -> bool {
    shape.starts_with(LEAD)
}

/// How deep a family's dotted numbers go (`4.5.1` is 3), for the
/// families of numbered titles that have them.
pub(super) fn dotted_depth(shape: &str) -> Option<usize> {
    let rest = shape.strip_prefix(LEAD)?.strip_prefix("dotted ")?;
    rest.split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()
}

/// A numbered title's shape (the counter's notation and the marks around
/// it) and its counter's value.
pub(super) fn lead_shape_of(line: &str) -> Option<(String, u32, Lead)> {
    // A contents entry (`1. INTRODUCTION ........ 1`) names a title, later;
    // columns (`1.  ESTABLISHED        ESTABLISHED`) are a table or figure.
    if super::rules::is_toc_entry(line) || super::rules::has_column_gap(line) {
        return None;
    }
    let (number, title) = line.split_once(char::is_whitespace)?;
    let (title, joined) = match title.trim_start().strip_prefix("--") {
        Some(rest) => (rest.trim_start(), " --"),
        None => (title.trim_start(), ""),
    };
    let digits = number.trim_end_matches(['.', ')', ':']);
    let marks = &number[digits.len()..];
    let dotted = digits.split('.').count();
    if marks.is_empty() && joined.is_empty() && dotted < 2 {
        return None;
    }
    let is_number =
        |n: &str| !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit());
    // `Q12)`, `A1.`: a letter names the series, the digits count.
    let lettered = digits
        .strip_prefix(|c: char| c.is_ascii_uppercase())
        .filter(|rest| is_number(rest));
    let (notation, value) = if is_number(digits) {
        // Zero counts here: licences start at `0. Definitions.`
        ("digits".to_owned(), digits.parse().ok()?)
    } else if let Some(rest) = lettered {
        (format!("letter {}", &digits[..1]), rest.parse().ok()?)
    } else if dotted >= 2 && digits.split('.').all(is_number) {
        // `4.5.1`: the last number counts, under the ones before.
        let last = digits.rsplit('.').next()?;
        (format!("dotted {dotted}"), last.parse().ok()?)
    } else if digits.chars().all(|c| "IVXLC".contains(c)) {
        ("roman".to_owned(), counter_value(digits)?)
    } else {
        return None;
    };
    let lead = title_kind(title)?;
    Some((format!("{LEAD}{notation}{marks}{joined}"), value, lead))
}

/// Whether the words after a counter read as a title: a few words, the
/// first capitalised, not running on (`,` `;` `:`) or a sentence.
fn title_kind(title: &str) -> Option<Lead> {
    let words = title.split_whitespace().count();
    let starts_high = title
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic());
    let stop = title.ends_with('.') && !title.ends_with("..");
    let plausible = starts_high
        && (1..=MAX_WORDS_NEEDED).contains(&words)
        && !title.ends_with([',', ';', ':', '-'])
        && title.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    if !plausible {
        None
    } else if words <= MAX_WORDS && !(stop && words > MAX_WORDS_WITH_STOP) {
        Some(Lead::Title)
    } else {
        Some(Lead::Needed)
    }
}

/// A family's members without the long titles its count does not need:
/// each kept one continues the title before it or leads into the next.
pub(super) fn only_needed<T>(
    members: Vec<T>,
    value: impl Fn(&T) -> u32,
    lead: impl Fn(&T) -> Lead,
) -> Vec<T> {
    let sure: Vec<(usize, u32)> = members
        .iter()
        .enumerate()
        .filter(|(_, m)| lead(m) == Lead::Title)
        .map(|(i, m)| (i, value(m)))
        .collect();
    let needed = |i: usize, v: u32| {
        let at = sure.partition_point(|&(j, _)| j < i);
        let before = at.checked_sub(1).map(|k| sure[k].1);
        let after = sure.get(at).map(|&(_, w)| w);
        // Between two sure titles it must fit between their values;
        // after the last, it must come next.
        match (before, after) {
            (Some(b), Some(a)) => b < v && v < a,
            (Some(b), None) => v == b + 1,
            (None, Some(a)) => v + 1 == a,
            (None, None) => false,
        }
    };
    members
        .into_iter()
        .enumerate()
        .filter(|(i, m)| lead(m) == Lead::Title || needed(*i, value(m)))
        .map(|(_, m)| m)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_titles_share_the_shape_of_their_counter() {
        let (one, value, _) = lead_shape_of("1. La familio.").unwrap();
        assert_eq!(value, 1);
        assert_eq!(lead_shape_of("12. La sekreto de Karlo.").unwrap().0, one);
        assert_eq!(lead_shape_of("0. Definitions.").unwrap().1, 0);
        let long = lead_shape_of("3. Protecting Users' Legal Rights From Anti-Circumvention Law.");
        assert_eq!(long.unwrap().2, Lead::Needed);
        let roman = lead_shape_of("IV. The Return").unwrap();
        assert_eq!(roman.1, 4);
        assert_ne!(roman.0, one, "another notation, another family");
        assert_ne!(lead_shape_of("3 -- La servistino").unwrap().0, one);
        // FAQs: lettered and dotted numbers.
        let (a1, v, _) = lead_shape_of("A1) Why is the sky blue?").unwrap();
        assert_eq!(
            (v, lead_shape_of("A2) What is rain?").unwrap().0),
            (1, a1.clone())
        );
        assert_ne!(lead_shape_of("B1) Where?").unwrap().0, a1);
        let (deep, v, _) = lead_shape_of("4.5.1 How do I quit?").unwrap();
        assert_eq!((v, dotted_depth(&deep)), (1, Some(3)));
    }

    #[test]
    fn numbered_sentences_and_bare_numbers_are_no_titles() {
        assert!(
            lead_shape_of("1. It was the best of times, and the worst of all times it was.")
                .is_none()
        );
        assert!(lead_shape_of("2. then the rest").is_none());
        assert!(lead_shape_of("3. Eggs,").is_none());
        assert!(
            lead_shape_of("1984 Was a year").is_none(),
            "no mark, no counter"
        );
        assert!(lead_shape_of("4.").is_none());
    }

    #[test]
    fn a_long_title_counts_only_where_its_family_needs_it() {
        use Lead::{Needed, Title};
        let members = [(0, Title), (1, Title), (2, Needed), (3, Title), (7, Needed)];
        let kept = only_needed(members.to_vec(), |m| m.0, |m| m.1);
        assert_eq!(
            kept.iter().map(|m| m.0).collect::<Vec<_>>(),
            [0, 1, 2, 3],
            "7 does not follow 3"
        );
        let alone = [(1, Needed), (2, Needed), (3, Needed)];
        assert!(only_needed(alone.to_vec(), |m| m.0, |m| m.1).is_empty());
    }
}
