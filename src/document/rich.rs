//! Displayed text that is not a plain slice of the source: styled runs,
//! row prefixes, links, a table's cells, a code block's language.

use super::table;
use std::ops::Range;

/// Inline emphasis carried by a run of rich text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct InlineStyle {
    pub emphasis: bool,
    pub strong: bool,
    pub code: bool,
    pub link: bool,
    pub strikethrough: bool,
    /// A link's address shown after its text (dimmed).
    pub url: bool,
    /// A reading aid beside the text, as ruby after its base (dimmed).
    pub aside: bool,
}

/// Whether Markdown links show their address after their text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum LinkUrls {
    /// `text (https://…)`, the address dimmed; not for `#anchors`.
    #[default]
    After,
    /// The text alone (the address is in the link list, `L`).
    Hidden,
}

/// A link in a block's displayed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkSpan {
    /// The link's text, a byte range of [`RichText::text`].
    pub range: Range<usize>,
    pub target: String,
}

/// A styled byte range of a [`RichText`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StyledSpan {
    pub range: Range<usize>,
    pub style: InlineStyle,
}

/// Displayed text that is not a plain slice of the source (Markdown).
/// A `\n` in `text` is a forced line break.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RichText {
    pub text: String,
    pub spans: Vec<StyledSpan>,
    /// Drawn before the first row (a list bullet, a quote bar).
    pub first_prefix: String,
    /// Drawn before every following row (hanging indent, quote bar).
    pub rest_prefix: String,
    /// What few blocks have (kept apart so every other block stays small).
    pub extra: Option<Box<RichExtra>>,
    /// The displayed text is the block's own slice of the document's text
    /// (a document that keeps what it displays, see
    /// [`super::Document::keep_displayed`]); `text` is then left empty.
    pub in_document: bool,
}

/// The parts of a block's rich text that only some blocks have.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RichExtra {
    /// Where a table's cells are in the text, so it can be fitted to a pane.
    pub table: Option<table::TableLayout>,
    pub links: Vec<LinkSpan>,
    /// A code block's language, as its fence names it (`rust`).
    pub language: Option<String>,
}

impl RichText {
    pub fn table(&self) -> Option<&table::TableLayout> {
        self.extra.as_ref()?.table.as_ref()
    }

    pub fn links(&self) -> &[LinkSpan] {
        self.extra.as_ref().map_or(&[], |e| e.links.as_slice())
    }

    pub fn language(&self) -> Option<&str> {
        self.extra.as_ref()?.language.as_deref()
    }

    /// The extra parts, made when first needed.
    pub fn extra_mut(&mut self) -> &mut RichExtra {
        self.extra.get_or_insert_default()
    }
}
