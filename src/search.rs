//! Finding text: a query (literal by default, or a regular expression)
//! compiled once into a `regex::Regex` and run over the document's source
//! text, never over wrapped rows. Smart case: a query without capitals
//! ignores case, Unicode-aware (`école` finds `ÉCOLE`). In a literal query
//! any run of white space matches any run of white space, so a phrase
//! broken across hard-wrapped lines is still found. Pure.

mod literal;
mod nonempty;

use regex::{Regex, RegexBuilder};
use std::ops::Range;

/// What the text searched holds, which a literal query looks through.
#[derive(Debug, Clone, Copy, Default)]
pub struct Within {
    /// Colour codes (a coloured log): a match may have codes inside it.
    pub colour_codes: bool,
    /// Letters beyond ASCII: a query without accents finds accented words.
    pub accents: bool,
}

/// A compiled search.
#[derive(Debug, Clone)]
pub struct Search {
    pub query: String,
    pub regex_mode: bool,
    regex: Regex,
}

/// Two searches are the same when their query and mode are.
impl PartialEq for Search {
    fn eq(&self, other: &Self) -> bool {
        self.query == other.query && self.regex_mode == other.regex_mode
    }
}

impl Eq for Search {}

/// Why a query cannot be searched for (shown in the prompt).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct QueryError(pub String);

/// Bytes of pattern the regex engine may compile to (keeps hostile
/// patterns from eating memory).
const SIZE_LIMIT: usize = 16 << 20;

impl Search {
    /// Compile `query`; `None` for an empty (or all-blank) query.
    pub fn new(query: &str, regex_mode: bool) -> Result<Option<Search>, QueryError> {
        Search::in_text(query, regex_mode, Within::default())
    }

    /// Compile `query` for a text holding what `within` says: a literal
    /// query then matches the text as the reader sees it (see [`literal`]).
    pub fn in_text(
        query: &str,
        regex_mode: bool,
        within: Within,
    ) -> Result<Option<Search>, QueryError> {
        if query.trim().is_empty() {
            return Ok(None);
        }
        let case_insensitive = !has_capital(query, regex_mode);
        let pattern = if regex_mode {
            never_empty(query, case_insensitive)
        } else {
            literal::pattern(query, within)
        };
        let regex = RegexBuilder::new(&pattern)
            .case_insensitive(case_insensitive)
            .multi_line(true)
            .size_limit(SIZE_LIMIT)
            .build()
            .map_err(|e| QueryError(first_line(&e.to_string())))?;
        Ok(Some(Search {
            query: query.to_owned(),
            regex_mode,
            regex,
        }))
    }

    /// The same search over raw bytes (a file not yet loaded); `None` if
    /// it does not compile there.
    pub fn bytes_regex(&self) -> Option<regex::bytes::Regex> {
        regex::bytes::RegexBuilder::new(self.regex.as_str())
            .case_insensitive(!has_capital(&self.query, self.regex_mode))
            .multi_line(true)
            .size_limit(SIZE_LIMIT)
            .build()
            .ok()
    }

    /// The first match starting at or after byte `from` (wrapping to the
    /// top when `wrap`); the bool says whether it wrapped.
    pub fn next_from(&self, text: &str, from: usize, wrap: bool) -> Option<(Range<usize>, bool)> {
        self.next_from_while(text, from, wrap, &|| true)
    }

    /// [`Search::next_from`], giving up (`None`) once `keep_going` says so:
    /// it is asked between steps (a worker's search, cancelled by a newer one).
    pub fn next_from_while(
        &self,
        text: &str,
        from: usize,
        wrap: bool,
        keep_going: &dyn Fn() -> bool,
    ) -> Option<(Range<usize>, bool)> {
        let from = crate::text::floor_char_boundary(text, from);
        if let Some(m) = self.find_nonempty_at(text, from, keep_going) {
            return Some((m, false));
        }
        if !wrap || !keep_going() {
            return None;
        }
        self.find_nonempty_at(text, 0, keep_going)
            .filter(|m| m.start < from)
            .map(|m| (m, true))
    }

    fn find_nonempty_at(
        &self,
        text: &str,
        mut at: usize,
        keep_going: &dyn Fn() -> bool,
    ) -> Option<Range<usize>> {
        while at <= text.len() && keep_going() {
            let m = self.regex.find_at(text, at)?;
            if !m.range().is_empty() {
                return Some(m.range());
            }
            // An empty match (`x*`) would never advance: step past it.
            at = m.end() + text[m.end()..].chars().next().map_or(1, char::len_utf8);
        }
        None
    }

    /// The last match starting before byte `before` (wrapping to the last
    /// match of all when `wrap`); the bool says whether it wrapped. Scans
    /// from the top: used only until every match has been counted.
    pub fn previous_before(
        &self,
        text: &str,
        before: usize,
        wrap: bool,
    ) -> Option<(Range<usize>, bool)> {
        let mut matches = self
            .regex
            .find_iter(text)
            .map(|m| m.range())
            .filter(|r| !r.is_empty());
        let mut last = None;
        for m in matches.by_ref() {
            if m.start >= before {
                return match last {
                    Some(previous) => Some((previous, false)),
                    None if wrap => Some((matches.last().unwrap_or(m), true)),
                    None => None,
                };
            }
            last = Some(m);
        }
        last.map(|m| (m, false))
    }

    /// Every match in `text`, in order (empty matches skipped).
    pub fn all(&self, text: &str) -> Vec<Range<usize>> {
        self.first(text, usize::MAX)
    }

    /// The first `most` matches: what is kept of a search that matches
    /// more is bounded (`.` on 100 MB would be 100 million ranges).
    pub fn first(&self, text: &str, most: usize) -> Vec<Range<usize>> {
        self.first_while(text, most, &|| true)
    }

    /// [`Search::first`], stopping early (with what it has) once
    /// `keep_going` says so: it is asked as each match is found.
    pub fn first_while(
        &self,
        text: &str,
        most: usize,
        keep_going: &dyn Fn() -> bool,
    ) -> Vec<Range<usize>> {
        self.regex
            .find_iter(text)
            .take_while(|_| keep_going())
            .map(|m| m.range())
            .filter(|r| !r.is_empty())
            .take(most)
            .collect()
    }
}

/// A regular expression as typed, or, when it can match the empty string,
/// rewritten to match only what it matches that is not empty (see
/// [`nonempty`]): searching then never has empty matches to step over.
fn never_empty(query: &str, case_insensitive: bool) -> String {
    let parsed = regex_syntax::ParserBuilder::new()
        .case_insensitive(case_insensitive)
        .multi_line(true)
        .build()
        .parse(query);
    match parsed.ok().as_ref().and_then(nonempty::rewrite) {
        Some(rewritten) => rewritten.to_string(),
        // Errors are the regex builder's to report, in its words.
        None => query.to_owned(),
    }
}

/// Smart case: capitals make the search case-sensitive. In a regular
/// expression, letters after a backslash (`\S`, `\W`) are syntax, not text.
fn has_capital(query: &str, regex_mode: bool) -> bool {
    let mut escaped = false;
    for c in query.chars() {
        if regex_mode && escaped {
            escaped = false;
            continue;
        }
        if regex_mode && c == '\\' {
            escaped = true;
            continue;
        }
        if c.is_uppercase() {
            return true;
        }
    }
    false
}

fn first_line(message: &str) -> String {
    // regex's errors are multi-line drawings; the last line says what is wrong.
    message
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or(message)
        .trim()
        .trim_start_matches("error: ")
        .to_owned()
}

/// The index of the last match starting before `offset` in sorted
/// `matches`, wrapping to the last one; the bool says whether it wrapped.
pub fn previous_index(matches: &[Range<usize>], offset: usize) -> Option<(usize, bool)> {
    let before = matches.partition_point(|m| m.start < offset);
    match before.checked_sub(1) {
        Some(i) => Some((i, false)),
        None => matches.len().checked_sub(1).map(|i| (i, true)),
    }
}

/// The index of the first match starting at or after `offset`, wrapping to
/// the first; the bool says whether it wrapped.
pub fn next_index(matches: &[Range<usize>], offset: usize) -> Option<(usize, bool)> {
    let at = matches.partition_point(|m| m.start < offset);
    if at < matches.len() {
        Some((at, false))
    } else if matches.is_empty() {
        None
    } else {
        Some((0, true))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(query: &str, regex: bool, text: &str) -> Vec<String> {
        let s = Search::new(query, regex).unwrap().unwrap();
        s.all(text)
            .into_iter()
            .map(|r| text[r].to_owned())
            .collect()
    }

    #[test]
    fn smart_case() {
        assert_eq!(
            find("road", false, "Road road ROAD"),
            vec!["Road", "road", "ROAD"]
        );
        assert_eq!(find("Road", false, "Road road ROAD"), vec!["Road"]);
    }

    #[test]
    fn unicode_case_folding() {
        assert_eq!(
            find("école", false, "une ÉCOLE, une École"),
            vec!["ÉCOLE", "École"]
        );
    }

    #[test]
    fn literal_queries_match_across_line_breaks_and_escape_syntax() {
        let text = "a global\ncommunity of\n   shared future (really?)";
        assert_eq!(
            find("global community", false, text),
            vec!["global\ncommunity"]
        );
        assert_eq!(find("of shared", false, text), vec!["of\n   shared"]);
        assert_eq!(find("(really?)", false, text), vec!["(really?)"]);
    }

    fn within(colour_codes: bool) -> Within {
        Within {
            colour_codes,
            accents: false,
        }
    }

    #[test]
    fn literal_queries_look_through_colour_codes_in_a_coloured_text() {
        let text = "[    0.5] \x1b[1mkernel\x1b[0m:\x1b[33m \x1b[0musb 1-1: new device";
        let found = |codes| {
            Search::in_text("kernel: usb", false, within(codes))
                .unwrap()
                .unwrap()
                .all(text)
        };
        let matched = found(true);
        assert_eq!(matched.len(), 1);
        assert_eq!(
            crate::text::strip_sgr(&text[matched[0].clone()]),
            "kernel: usb"
        );
        assert!(found(false).is_empty(), "only where the document has codes");
        let plain = Search::in_text("kern", false, within(true))
            .unwrap()
            .unwrap();
        assert_eq!(plain.all("kernel kern\x1b[0mel k\x1b[31mern").len(), 3);
        let other_escape = Search::in_text("kernel", false, within(true))
            .unwrap()
            .unwrap();
        assert!(
            other_escape.all("ker\x1b[2Jnel").is_empty(),
            "only SGR is looked through"
        );
    }

    #[test]
    fn regular_expressions_on_request() {
        assert_eq!(find(r"\d+", true, "a 12 b 345"), vec!["12", "345"]);
        assert!(
            find(r"\d+", false, "a 12 b").is_empty(),
            "literal by default"
        );
        // `\S` is syntax, not a capital: still case-insensitive.
        assert_eq!(find(r"r\S+d", true, "ROAD road"), vec!["ROAD", "road"]);
    }

    #[test]
    fn invalid_patterns_are_errors_not_panics() {
        let err = Search::new("(unclosed", true).unwrap_err();
        assert!(err.0.contains("unclosed"), "{err}");
        assert!(
            Search::new("(unclosed", false).unwrap().is_some(),
            "fine as a literal"
        );
        assert!(Search::new("   ", false).unwrap().is_none());
    }

    #[test]
    fn next_wraps_around_and_says_so() {
        let s = Search::new("x", false).unwrap().unwrap();
        let text = "x..x..";
        assert_eq!(s.next_from(text, 1, true), Some((3..4, false)));
        assert_eq!(s.next_from(text, 4, true), Some((0..1, true)));
        assert_eq!(s.next_from(text, 4, false), None);
    }

    #[test]
    fn previous_wraps_to_the_last_match() {
        let s = Search::new("x", false).unwrap().unwrap();
        let text = "x..x..x";
        assert_eq!(s.previous_before(text, 6, true), Some((3..4, false)));
        assert_eq!(s.previous_before(text, 0, true), Some((6..7, true)));
        assert_eq!(s.previous_before(text, 0, false), None);
    }

    #[test]
    fn empty_matches_are_skipped() {
        let s = Search::new("a*", true).unwrap().unwrap();
        assert_eq!(s.next_from("bbaab", 0, false), Some((2..4, false)));
        assert_eq!(s.all("bbaab"), vec![2..4]);
    }

    #[test]
    fn indices_wrap_both_ways() {
        let m = vec![2..3, 5..6, 9..10];
        assert_eq!(next_index(&m, 5), Some((1, false)));
        assert_eq!(next_index(&m, 10), Some((0, true)));
        assert_eq!(previous_index(&m, 5), Some((0, false)));
        assert_eq!(previous_index(&m, 2), Some((2, true)));
        assert_eq!(next_index(&[], 0), None);
    }
}
