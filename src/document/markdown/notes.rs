//! What the parts of one Markdown parse share: how link addresses show,
//! footnote numbers, and the footnote definitions a piece parsed on its own
//! needs to know its references (pulldown-cmark reads `[^1]` as text when
//! the note is not in the same piece).

use crate::document::LinkUrls;
use regex::Regex;
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

#[derive(Debug, Clone, Default)]
pub struct Shared {
    pub link_urls: LinkUrls,
    /// Each footnote label's number, in the order first referenced.
    numbers: HashMap<String, usize>,
    /// A stand-in definition of every note in the document, appended to a
    /// piece that references one (its events are left out).
    definitions: String,
}

impl Shared {
    pub fn new(text: &str, link_urls: LinkUrls) -> Shared {
        static DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?m)^ {0,3}\[\^([^\]\s]+)\]:").expect("note pattern is valid")
        });
        let mut definitions = String::new();
        if memchr::memmem::find(text.as_bytes(), b"[^").is_some() {
            for caps in DEFINITION.captures_iter(text) {
                definitions.push_str(&format!("\n\n[^{}]: .", &caps[1]));
            }
        }
        Shared {
            link_urls,
            numbers: HashMap::new(),
            definitions,
        }
    }

    /// The note's number, given at its first reference (or definition).
    pub fn number(&mut self, label: &str) -> usize {
        let next = self.numbers.len() + 1;
        *self.numbers.entry(label.to_owned()).or_insert(next)
    }

    /// Whether any note has had its number yet.
    pub fn numbered_any(&self) -> bool {
        !self.numbers.is_empty()
    }

    /// `piece` as it is to be parsed: with the stand-in definitions when it
    /// references a note. Events at or after `piece.len()` are theirs.
    pub fn with_notes<'p>(&self, piece: &'p str) -> Cow<'p, str> {
        if self.definitions.is_empty() || !piece.contains("[^") {
            return Cow::Borrowed(piece);
        }
        Cow::Owned(format!("{piece}{}", self.definitions))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_first_use_and_pieces_get_stand_ins() {
        let text = "A[^b] and B[^a].\n\n[^a]: first\n[^b]: second\n";
        let mut shared = Shared::new(text, LinkUrls::default());
        assert_eq!(shared.number("b"), 1);
        assert_eq!(shared.number("a"), 2);
        assert_eq!(shared.number("b"), 1);
        let piece = "A[^b] here.";
        let parsed = shared.with_notes(piece);
        assert!(
            parsed.starts_with(piece) && parsed.contains("[^a]: .") && parsed.contains("[^b]: .")
        );
        assert!(matches!(shared.with_notes("no notes"), Cow::Borrowed(_)));
    }
}
