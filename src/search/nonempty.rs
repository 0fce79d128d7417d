//! A pattern that can match the empty string (`(a*b)?`, a half-typed
//! `.*zz|`) rewritten to match only its non-empty matches. Searching skips
//! empty matches; left to the engine, each skip starts a new scan from the
//! next character, and a greedy pattern rescans the rest of the line each
//! time: quadratic in the line's length (40 s on a 100 KB line). The
//! rewritten pattern never matches empty, so one scan finds every match.
//!
//! `nonempty(h)` matches exactly the non-empty strings `h` matches;
//! `only_empty(h)` matches the empty string where `h` can (keeping
//! `^`, `$` and `\b` as the conditions they are).

use regex_syntax::hir::{Hir, HirKind, Repetition};

/// `hir` rewritten so that it never matches the empty string, or `None`
/// when it never did (nothing to rewrite) or the rewriting would grow past
/// a bound (`a?a?a?…` pasted thousands long: each optional part becomes a
/// branch holding the parts after it).
pub fn rewrite(hir: &Hir) -> Option<Hir> {
    if !can_be_empty(hir) {
        return None;
    }
    let mut budget = Budget(REWRITE_BUDGET);
    let rewritten = budget.nonempty(hir);
    (budget.0 > 0).then_some(rewritten)
}

/// How many pattern parts the rewriting may copy.
const REWRITE_BUDGET: usize = 20_000;

/// What is left of [`REWRITE_BUDGET`].
struct Budget(usize);

fn can_be_empty(hir: &Hir) -> bool {
    hir.properties().minimum_len() == Some(0)
}

fn never_matches(hir: &Hir) -> bool {
    hir.properties().minimum_len().is_none()
}

fn can_be_nonempty(hir: &Hir) -> bool {
    hir.properties().maximum_len() != Some(0) && !never_matches(hir)
}

impl Budget {
    /// The non-empty strings `hir` matches.
    fn nonempty(&mut self, hir: &Hir) -> Hir {
        if self.0 == 0 {
            return Hir::fail();
        }
        if !can_be_empty(hir) {
            return hir.clone();
        }
        if !can_be_nonempty(hir) {
            return Hir::fail();
        }
        match hir.kind() {
            HirKind::Empty | HirKind::Look(_) => Hir::fail(),
            HirKind::Literal(_) | HirKind::Class(_) => hir.clone(),
            HirKind::Capture(capture) => self.nonempty(&capture.sub),
            HirKind::Alternation(branches) => {
                alternation(branches.iter().map(|b| self.nonempty(b)).collect())
            }
            // At least one iteration is not empty; iterations that are empty
            // add nothing, so that one may as well come first.
            HirKind::Repetition(rep) => {
                let rest = Repetition {
                    min: rep.min.max(1) - 1,
                    max: rep.max.map(|max| max - 1),
                    greedy: rep.greedy,
                    sub: rep.sub.clone(),
                };
                Hir::concat(vec![self.nonempty(&rep.sub), Hir::repetition(rest)])
            }
            // The first part that is not empty is part i: the parts before it
            // match empty, part i does not, the parts after it match anything.
            HirKind::Concat(parts) => {
                let mut branches = Vec::new();
                for (i, part) in parts.iter().enumerate() {
                    if self.0 < parts.len() {
                        self.0 = 0;
                        break;
                    }
                    let mut branch: Vec<Hir> = parts[..i].iter().map(only_empty).collect();
                    branch.push(self.nonempty(part));
                    branch.extend(parts[i + 1..].iter().cloned());
                    self.0 = self.0.saturating_sub(branch.len());
                    branches.push(Hir::concat(branch));
                    if !can_be_empty(part) {
                        break;
                    }
                }
                alternation(branches)
            }
        }
    }
}

/// The empty string, where `hir` can match it.
fn only_empty(hir: &Hir) -> Hir {
    if !can_be_empty(hir) {
        return Hir::fail();
    }
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => hir.clone(),
        HirKind::Literal(_) | HirKind::Class(_) => Hir::fail(),
        HirKind::Capture(capture) => only_empty(&capture.sub),
        HirKind::Alternation(branches) => alternation(branches.iter().map(only_empty).collect()),
        HirKind::Repetition(rep) if rep.min == 0 => Hir::empty(),
        HirKind::Repetition(rep) => only_empty(&rep.sub),
        HirKind::Concat(parts) => Hir::concat(parts.iter().map(only_empty).collect()),
    }
}

/// The branches that can match at all, in order.
fn alternation(branches: Vec<Hir>) -> Hir {
    let branches: Vec<Hir> = branches.into_iter().filter(|b| !never_matches(b)).collect();
    if branches.is_empty() {
        Hir::fail()
    } else {
        Hir::alternation(branches)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    /// Every non-empty match of `pattern` in `text`, rewritten.
    fn matches(pattern: &str, text: &str) -> Vec<String> {
        let hir = regex_syntax::parse(pattern).unwrap();
        let rewritten = rewrite(&hir).map_or(pattern.to_owned(), |h| h.to_string());
        let regex = Regex::new(&rewritten).unwrap();
        assert!(
            regex.find("").is_none_or(|m| !m.is_empty()) && !regex.is_match(""),
            "{rewritten} matches empty"
        );
        regex
            .find_iter(text)
            .map(|m| m.as_str().to_owned())
            .collect()
    }

    #[test]
    fn optional_and_starred_patterns_keep_their_non_empty_matches() {
        assert_eq!(matches("(a*b)?", "xaab b aa"), vec!["aab", "b"]);
        assert_eq!(matches("a*", "bbaab"), vec!["aa"]);
        assert_eq!(matches(".*zz|", "no\nyes zz"), vec!["yes zz"]);
        assert_eq!(matches("x?y?z?", "y xz"), vec!["y", "xz"]);
    }

    #[test]
    fn conditions_stay_conditions() {
        assert_eq!(matches(r"(?m)^a*", "aa\nba\naaa"), vec!["aa", "aaa"]);
        assert_eq!(matches(r"\b\w*", "hi there"), vec!["hi", "there"]);
        assert!(matches(r"(?m)^$", "\n\n").is_empty());
    }

    #[test]
    fn patterns_that_cannot_match_empty_are_left_alone() {
        let hir = regex_syntax::parse("ab+").unwrap();
        assert!(rewrite(&hir).is_none());
    }

    #[test]
    fn a_rewriting_that_would_grow_too_far_is_not_made() {
        let hir = regex_syntax::parse(&"a?".repeat(5_000)).unwrap();
        assert!(rewrite(&hir).is_none());
        let hir = regex_syntax::parse(&"a?".repeat(50)).unwrap();
        assert!(rewrite(&hir).is_some());
    }

    #[test]
    fn the_rewritten_search_is_linear_on_a_long_line() {
        // Quadratic before: about 10^10 steps on this line.
        let line = "a".repeat(200_000);
        assert!(matches("(a*b)?", &line).is_empty());
        assert_eq!(matches("(a*)?", &line).len(), 1);
    }
}
