//! The document model built straight from a reader's own tree (HTML's
//! elements, roff's requests): the reader says "a heading begins here",
//! "these words, in bold", "a quote opens", and the composer writes the
//! displayed text, one block after another, with each block's styles,
//! prefixes and links over its own slice. Nothing is written in another
//! markup first, so what is drawn is what is searched, counted, quoted and
//! bookmarked, and every block knows the line of the file it came from.

use super::links::Links;
use super::table::TableCells;
use super::{
    Block, BlockKind, InlineStyle, LinkSpan, LinkUrls, RichExtra, RichText, Section, SectionKind,
    Structure, StyledSpan,
};
use crate::text::squeeze_whitespace;
use unicode_width::UnicodeWidthStr;

/// What the blocks inside it are drawn within.
#[derive(Debug)]
enum Container {
    /// A quote: a bar before every row.
    Quote,
    /// A list item: its marker before the first row of its first block,
    /// every other row hanging under its text.
    Item { marker: String, shown: bool },
    /// Indented under a hanging tag (a `<dt>`'s `<dd>`, `.TP`'s body).
    Indent,
}

/// The block being filled.
#[derive(Debug)]
struct Open {
    kind: BlockKind,
    line: usize,
    text: String,
    spans: Vec<StyledSpan>,
    links: Vec<LinkSpan>,
    /// White space waits to become one space before the next word.
    space: bool,
}

/// Builds a document's displayed text and its structure.
#[derive(Debug)]
pub struct Composer {
    text: String,
    blocks: Vec<Block>,
    sections: Vec<Section>,
    links: Links,
    link_urls: LinkUrls,
    containers: Vec<Container>,
    open: Option<Open>,
    /// The style of the words that come next.
    pub style: InlineStyle,
    /// The link open since this byte of the open block, and its target.
    link: Option<(usize, String)>,
    /// Blocks close without a blank row after them (a tight list).
    pub tight: bool,
    /// The line of the file the next block comes from.
    pub line: usize,
    /// Ids and the block each stands at.
    ids: Vec<(String, usize)>,
}

impl Composer {
    pub fn new(link_urls: LinkUrls) -> Composer {
        Composer {
            text: String::new(),
            blocks: Vec::new(),
            sections: Vec::new(),
            links: Links::default(),
            link_urls,
            containers: Vec::new(),
            open: None,
            style: InlineStyle::default(),
            link: None,
            tight: false,
            line: 0,
            ids: Vec::new(),
        }
    }

    /// The index the next block closed will have.
    pub fn next_block(&self) -> usize {
        self.blocks.len()
    }

    /// Begin a block of `kind` (ending the one open).
    pub fn begin(&mut self, kind: BlockKind) {
        self.end();
        self.open = Some(Open {
            kind,
            line: self.line,
            text: String::new(),
            spans: Vec::new(),
            links: Vec::new(),
            space: false,
        });
    }

    /// The open block, a paragraph begun here when none is.
    fn open(&mut self) -> &mut Open {
        if self.open.is_none() {
            self.begin(BlockKind::Paragraph);
        }
        self.open.as_mut().expect("a block was just begun")
    }

    /// An id (an anchor `#id` leads to) at the block being filled or the
    /// next one.
    pub fn id(&mut self, id: &str) {
        let block = self.next_block();
        self.ids.push((id.to_owned(), block));
    }

    /// End the open block; one left empty is dropped.
    pub fn end(&mut self) {
        self.end_link();
        let Some(mut open) = self.open.take() else {
            return;
        };
        let kept = if open.kind == BlockKind::Code {
            open.text.trim_end_matches('\n').len()
        } else {
            open.text.trim_end().len()
        };
        open.text.truncate(kept);
        if open.text.is_empty() {
            return;
        }
        for span in &mut open.spans {
            span.range.end = span.range.end.min(kept);
        }
        open.spans.retain(|s| !s.range.is_empty());
        if let BlockKind::Heading { level } = open.kind {
            self.sections.push(Section {
                level,
                title: squeeze_whitespace(&open.text),
                block: self.blocks.len(),
                kind: SectionKind::Heading,
            });
        }
        let extra = (!open.links.is_empty()).then(|| {
            Box::new(RichExtra {
                links: open.links,
                ..RichExtra::default()
            })
        });
        let rich = RichText {
            spans: open.spans,
            extra,
            ..RichText::default()
        };
        self.push_block(open.kind, open.line, &open.text, rich);
    }

    /// A code block, its lines as they are.
    pub fn code(&mut self, body: &str, language: Option<&str>) {
        self.begin(BlockKind::Code);
        self.verbatim(body);
        let Some(open) = self.open.take() else { return };
        let body = open.text.trim_end_matches('\n');
        if body.is_empty() {
            return;
        }
        let rich = RichText {
            extra: language.map(|language| {
                Box::new(RichExtra {
                    language: Some(language.to_owned()),
                    ..RichExtra::default()
                })
            }),
            ..RichText::default()
        };
        self.push_block(BlockKind::Code, open.line, body, rich);
    }

    /// A table, laid out at its natural width, its header strong.
    pub fn table(&mut self, cells: TableCells) {
        self.end();
        if cells
            .rows
            .iter()
            .all(|row| row.iter().all(String::is_empty))
        {
            return;
        }
        let laid = cells.lay_out();
        let strong = InlineStyle {
            strong: true,
            ..InlineStyle::default()
        };
        let rich = RichText {
            spans: (laid.header_end > 0)
                .then_some(StyledSpan {
                    range: 0..laid.header_end,
                    style: strong,
                })
                .into_iter()
                .collect(),
            extra: Some(Box::new(RichExtra {
                table: Some(laid.layout),
                ..RichExtra::default()
            })),
            ..RichText::default()
        };
        self.push_block(BlockKind::Preformatted, self.line, &laid.text, rich);
    }

    /// A thematic break.
    pub fn rule(&mut self) {
        self.end();
        self.push_block(BlockKind::Rule, self.line, "", RichText::default());
    }

    /// Add a closed block: its text after the one before, its prefixes
    /// from the containers it is in.
    fn push_block(&mut self, kind: BlockKind, line: usize, text: &str, mut rich: RichText) {
        if let Some(last) = self.blocks.last() {
            self.text
                .push_str(if last.gap_after { "\n\n" } else { "\n" });
        }
        (rich.first_prefix, rich.rest_prefix) = self.prefixes();
        let start = self.text.len();
        self.text.push_str(text);
        let mut block = Block::plain(kind, start..self.text.len(), line);
        block.gap_after = !self.tight;
        // A line break in rich text is forced; in a plain slice it is
        // only where the source wrapped.
        let plain = rich.spans.is_empty()
            && rich.extra.is_none()
            && rich.first_prefix.is_empty()
            && rich.rest_prefix.is_empty()
            && !text.contains('\n');
        if !plain || kind.is_preformatted() {
            rich.in_document = true;
            block.rich = Some(Box::new(rich));
        }
        self.blocks.push(block);
    }

    /// What the first row and the rows after it of a block begin with;
    /// the innermost unshown list marker is shown now.
    fn prefixes(&mut self) -> (String, String) {
        let (mut first, mut rest) = (String::new(), String::new());
        for container in &mut self.containers {
            match container {
                Container::Quote => {
                    first.push_str("│ ");
                    rest.push_str("│ ");
                }
                Container::Indent => {
                    first.push_str("  ");
                    rest.push_str("  ");
                }
                Container::Item { marker, shown } => {
                    let hang = " ".repeat(marker.width());
                    first.push_str(if *shown { &hang } else { marker });
                    rest.push_str(&hang);
                    *shown = true;
                }
            }
        }
        (first, rest)
    }

    /// Blocks from here on are in a quote.
    pub fn enter_quote(&mut self) {
        self.end();
        self.containers.push(Container::Quote);
    }

    /// Blocks from here on are a list item's, `marker` (`• `, `3. `)
    /// before its first row.
    pub fn enter_item(&mut self, marker: &str) {
        self.end();
        self.containers.push(Container::Item {
            marker: marker.to_owned(),
            shown: false,
        });
    }

    /// Blocks from here on hang under a tag.
    pub fn enter_indent(&mut self) {
        self.end();
        self.containers.push(Container::Indent);
    }

    /// The innermost container ends.
    pub fn leave(&mut self) {
        self.end();
        self.containers.pop();
    }

    /// A blank row after the last block (a tight list has ended).
    pub fn gap_after_last(&mut self) {
        self.end();
        if let Some(last) = self.blocks.last_mut() {
            last.gap_after = true;
        }
    }

    /// The last block closed: a hanging tag, its body on the next row.
    pub fn hang_last(&mut self) {
        if let Some(last) = self.blocks.last_mut() {
            last.gap_after = false;
        }
    }

    /// The text and structure; headings styled from the document's own
    /// top level, its title `title` or else its first top heading.
    pub fn finish(mut self, title: Option<String>) -> (String, Structure) {
        self.end();
        if let Some(last) = self.blocks.last_mut() {
            // Nothing follows the last block.
            last.gap_after = true;
            self.text
                .push_str(if last.gap_after { "\n\n" } else { "\n" });
        }
        let top = self.sections.iter().map(|s| s.level).min().unwrap_or(1);
        for block in &mut self.blocks {
            if let BlockKind::Heading { level } = &mut block.kind {
                *level = level.saturating_sub(top - 1).max(1);
            }
        }
        for (id, block) in self.ids {
            if let Some(section) = crate::outline::section_at(&self.sections, block) {
                self.links.ids.push((id, section));
            }
        }
        let first_top = || {
            self.sections
                .iter()
                .find(|s| s.level == top)
                .map(|s| s.title.clone())
        };
        let title = title.or_else(first_top);
        let structure = Structure {
            title,
            blocks: self.blocks,
            sections: self.sections,
            links: self.links,
            deferred: None,
        };
        (self.text, structure)
    }

    /// The ids noted so far, and the blocks they stand at.
    pub fn ids(&self) -> &[(String, usize)] {
        &self.ids
    }
}

mod inline;

#[cfg(test)]
mod tests;
