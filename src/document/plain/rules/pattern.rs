//! The rules' patterns, built lighter than `regex::Regex` builds them.
//! A rule's pattern runs on one short line at a time, and only on lines its
//! gate lets through ([`super::gates`]), so the engines that pay off on long
//! texts (the lazy and full DFAs, the one-pass DFA) are not built: building
//! them was half the cost of compiling a pattern, and compiling the
//! patterns most of the work of a first screen. What a pattern matches is
//! the same: the same syntax and leftmost-first semantics as `regex`.

use regex_automata::meta;
use regex_automata::util::captures::Captures;

pub struct Pattern(meta::Regex);

impl Pattern {
    /// Build `pattern`, one of the rules' own (so a bad one is a bug).
    pub fn new(pattern: &str) -> Pattern {
        let light = meta::Config::new().hybrid(false).dfa(false).onepass(false);
        let regex = meta::Builder::new().configure(light).build(pattern);
        Pattern(regex.expect("a rule's pattern is valid"))
    }

    pub fn is_match(&self, line: &str) -> bool {
        self.0.is_match(line)
    }

    /// The groups of the first match in `line`, if any.
    pub fn captures<'l>(&self, line: &'l str) -> Option<Groups<'l>> {
        let mut captures = self.0.create_captures();
        self.0.captures(line, &mut captures);
        captures.is_match().then_some(Groups { line, captures })
    }
}

/// The groups of a match.
pub struct Groups<'l> {
    line: &'l str,
    captures: Captures,
}

impl<'l> Groups<'l> {
    /// The text of the group named `name`, when it took part in the match.
    pub fn name(&self, name: &str) -> Option<&'l str> {
        let span = self.captures.get_group_by_name(name)?;
        Some(&self.line[span.range()])
    }
}

#[cfg(test)]
mod tests {
    use super::Pattern;

    #[test]
    fn groups_and_matches_are_those_of_the_regex_crate() {
        let pattern = r"^(?:(?P<num>\d+)|(?P<word>\p{Lu}\w*))\.?\s+(?P<rest>.*)$";
        let light = Pattern::new(pattern);
        let regex = regex::Regex::new(pattern).expect("valid");
        for line in ["12. Twelve", "Ärger ist", "x y", "3 ", "٣ عنوان", ""] {
            assert_eq!(light.is_match(line), regex.is_match(line), "{line}");
            let ours = light.captures(line);
            let theirs = regex.captures(line);
            assert_eq!(ours.is_some(), theirs.is_some(), "{line}");
            if let (Some(ours), Some(theirs)) = (ours, theirs) {
                for name in ["num", "word", "rest"] {
                    assert_eq!(
                        ours.name(name),
                        theirs.name(name).map(|m| m.as_str()),
                        "{line}"
                    );
                }
            }
        }
    }
}
