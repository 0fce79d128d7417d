//! Why the outline is what it is: for each entry, the rule or family that
//! made it; for near misses, why they were turned down. `lectern --outline
//! --explain FILE` prints this, so a user can see what happened and write a
//! `--heading` pattern (or a `[[headings]]` rule) where detection is wrong.

use super::rules::HeadingKind;

/// One line of the explanation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    /// Byte offset of the line in the document's text.
    pub offset: usize,
    pub title: String,
    pub verdict: Verdict,
}

/// What became of a candidate line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// An outline entry, made by this rule.
    Entry(&'static str),
    /// Looked like a heading, but was turned down for this reason.
    Rejected(&'static str),
}

/// The name of the rule behind a heading of `kind`.
pub fn rule_name(kind: Option<HeadingKind>) -> &'static str {
    match kind {
        Some(HeadingKind::Keyword) => "a division word and its number (CHAPTER IV, 第三回)",
        Some(HeadingKind::Prologue) => "a prologue or epilogue, beside the top divisions",
        Some(HeadingKind::Numbered) => "a section number and its title (3.2.1.  Foo)",
        Some(HeadingKind::Caps) => "a short line in capitals",
        Some(HeadingKind::Roman) => "a roman numeral alone",
        Some(HeadingKind::Underlined) => "text over a line of = - or ~",
        Some(HeadingKind::SetApart) => "set apart by two blank lines above and below",
        Some(HeadingKind::Margin) => "at the margin of an indented text",
        Some(HeadingKind::BareNumber) => "a section number alone, counting up from 1",
        Some(HeadingKind::Date) => "a diary entry's date",
        Some(HeadingKind::Series) => "one of a family of lines whose counter advances",
        Some(HeadingKind::Restart) => "the line over a count that starts again at 1",
        Some(HeadingKind::Label) => "a label ending in a colon, over an indented block",
        None => "marked (markup, or a --heading pattern)",
    }
}

/// Why detection turned a candidate down.
pub mod reason {
    pub const CONTENTS: &str = "in a contents list: its entries come again later";
    pub const NOT_COUNTING: &str = "a bare number that does not count up from 1";
    pub const FEW_DATES: &str = "dates too few to divide the text (under one heading in ten)";
    pub const NAME_JOINED: &str = "the name under a numeral: joined to it";
    pub const TITLE: &str = "the document's title";
    pub const REPEATED: &str = "said again and again over headings: a running title or a signature";
    pub const STRAY_CAPITALS: &str =
        "capitals in a few chapters only (a salutation, a signature, a headline)";
}
