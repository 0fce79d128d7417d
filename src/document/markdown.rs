//! Markdown → blocks, through pulldown-cmark's event stream. Each block keeps
//! its source range (for positions and search) and the text it displays as
//! [`RichText`]: markup removed, bullets and quote bars as row prefixes,
//! tables laid out as aligned lines. Front matter is skipped; its `title` is
//! the document's title.

use super::links::Links;
use super::table::TableCells;
use super::{
    Block, BlockKind, InlineStyle, LinkUrls, RichText, Section, SectionKind, Structure, StyledSpan,
};
use crate::text::squeeze_whitespace;
use pulldown_cmark::{Event, Options, Parser};
use std::ops::Range;
use unicode_width::UnicodeWidthStr;

mod chunks;
mod deferred;
mod finish;
mod halves;
mod html;
mod html_blocks;
mod inline;
mod notes;
mod tags;

use chunks::{CHUNK_BYTES, chunks};

pub use deferred::DeferredRich;
pub(crate) use html::Script;

/// Parse Markdown `text` into blocks and sections. The displayed text of
/// paragraphs and code blocks is not kept: it is built again from the
/// source when first shown (see [`DeferredRich`]), so a large document
/// costs little more than its source.
pub fn parse(text: &str, link_urls: LinkUrls) -> Structure {
    let pieces = chunks(text, CHUNK_BYTES);
    let (mut builder, labels) = halves::build(
        text,
        &pieces,
        notes::Shared::new(text, link_urls),
        halves::Cut::Halfway,
    );
    let containers = std::mem::take(&mut builder.containers);
    let shared = builder.shared.clone();
    let mut structure = builder.finish();
    let deferred = DeferredRich::new(containers, structure.blocks.len(), labels, shared);
    deferred.build_large(text, &structure.blocks);
    structure.deferred = Some(deferred);
    structure
}

/// Whether a text with no name to go by is Markdown: among its first 50
/// lines an ATX heading or a code fence, or front matter at the top.
pub fn looks_like_markdown(text: &str) -> bool {
    let mut head = text.lines().take(50).peekable();
    if head.peek().is_some_and(|l| *l == "---" || *l == "+++") {
        return true;
    }
    head.any(|l| l.starts_with("# ") || l.starts_with("## ") || l.starts_with("```"))
}

/// The Markdown lectern reads: CommonMark with GitHub tables, task lists,
/// strikethrough, footnotes, and YAML or TOML front matter.
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// A block being filled by inline events.
struct Pending {
    kind: BlockKind,
    range: Range<usize>,
    rich: RichText,
    /// Opened by text in a tight list item rather than by a paragraph tag.
    implicit: bool,
}

struct ListLevel {
    next_number: Option<u64>,
}

struct Table {
    cells: TableCells,
    range: Range<usize>,
}

struct Builder<'t> {
    text: &'t str,
    blocks: Vec<Block>,
    /// Blocks built before `blocks[0]` and handed on already (by the
    /// builder of a second half, see [`halves`]).
    blocks_before: usize,
    sections: Vec<Section>,
    pending: Option<Pending>,
    style: InlineStyle,
    lists: Vec<ListLevel>,
    /// The bullet waiting for the first block of the current list item.
    item_marker: Option<String>,
    quote_depth: usize,
    /// A `<sup>`/`<sub>` open since this byte of the text being filled.
    script: Option<(html::Script, usize)>,
    table: Option<Table>,
    in_metadata: bool,
    /// Raw HTML block lines, gathered until the block ends.
    html: Option<(html::Gathered, Range<usize>)>,
    metadata_title: Option<String>,
    line_cursor: (usize, usize),
    /// Leave paragraph and code text to be built when shown.
    defer: bool,
    /// The source ranges of top-level elements (while deferring), which
    /// parse the same on their own.
    containers: Vec<Range<usize>>,
    depth: usize,
    shared: notes::Shared,
    /// The link open since this byte of the text being filled, and where
    /// it leads.
    link: Option<(usize, String)>,
    /// The explicit id (`{#id}`) of the heading being filled.
    heading_id: Option<String>,
    links: Links,
}

/// Reference definitions' labels (as [`deferred::label_key`]) and
/// addresses.
type Labels = std::collections::HashMap<String, String>;

impl<'t> Builder<'t> {
    /// The index the next block will have in the document.
    fn next_block(&self) -> usize {
        self.blocks_before + self.blocks.len()
    }

    /// Build from `pieces` of the text, each parsed on its own, gathering
    /// their reference definitions into `labels`.
    fn parse_pieces(&mut self, pieces: &[Range<usize>], labels: &mut Labels) {
        let text = self.text;
        for chunk in pieces {
            let base = chunk.start;
            let piece = self.shared.with_notes(&text[chunk.clone()]);
            let events = Parser::new_ext(&piece, options()).into_offset_iter();
            labels.extend(
                events
                    .reference_definitions()
                    .iter()
                    .map(|(label, def)| (deferred::label_key(label), def.dest.to_string())),
            );
            for (event, range) in events {
                // Past the chunk are the stand-in footnotes, not its own.
                if range.start >= chunk.len() {
                    continue;
                }
                let end = range.end.min(chunk.len());
                self.event(event, range.start + base..end + base);
            }
            self.close_pending();
        }
    }

    /// A builder for `text` from byte `start` on (a part parsed again).
    fn new(text: &'t str, start: usize, defer: bool, shared: notes::Shared) -> Self {
        Builder {
            text,
            blocks: Vec::new(),
            blocks_before: 0,
            sections: Vec::new(),
            pending: None,
            style: InlineStyle::default(),
            lists: Vec::new(),
            item_marker: None,
            quote_depth: 0,
            script: None,
            table: None,
            in_metadata: false,
            html: None,
            metadata_title: None,
            line_cursor: (start, 0),
            defer,
            containers: Vec::new(),
            depth: 0,
            shared,
            link: None,
            heading_id: None,
            links: Links::default(),
        }
    }

    fn event(&mut self, event: Event<'_>, range: Range<usize>) {
        match event {
            Event::Start(tag) => {
                if self.depth == 0 && self.defer {
                    // From the line start: an indented code block's range
                    // starts after its indent, and must parse as code again.
                    let line_start = self.text[..range.start].rfind('\n').map_or(0, |n| n + 1);
                    self.containers.push(line_start..range.end);
                }
                self.depth += 1;
                self.start(tag, range)
            }
            Event::End(tag) => {
                self.depth = self.depth.saturating_sub(1);
                self.end(tag, range)
            }
            // Inside an HTML block, text is part of the HTML (pulldown-cmark
            // gives a tab's spaces as text there).
            Event::Text(text) if self.html.is_some() => {
                if let Some((gathered, _)) = &mut self.html {
                    gathered.push(&text, range.start);
                }
            }
            Event::Text(text) => self.text(&text, range),
            Event::Code(code) => {
                // The backticks stay: code reads as code without colour too.
                let saved = self.style;
                self.style.code = true;
                self.text(&format!("`{code}`"), range);
                self.style = saved;
            }
            Event::InlineMath(math) | Event::DisplayMath(math) => self.text(&math, range),
            Event::Html(html) => match &mut self.html {
                Some((gathered, _)) => gathered.push(&html, range.start),
                None => {
                    let mut alone = html::Gathered::default();
                    alone.push(&html, range.start);
                    self.html_block(&alone, range);
                }
            },
            Event::InlineHtml(tag) => self.inline_html(&tag, range),
            Event::FootnoteReference(label) => self.footnote_reference(&label, range),
            Event::SoftBreak => self.text(" ", range),
            Event::HardBreak => self.text("\n", range),
            Event::Rule => {
                self.close_pending();
                let line = self.line_of(range.start);
                self.blocks.push(Block::plain(BlockKind::Rule, range, line));
            }
            Event::TaskListMarker(done) => self.text(if done { "[x] " } else { "[ ] " }, range),
        }
    }

    fn open(&mut self, kind: BlockKind, range: Range<usize>, implicit: bool) {
        self.close_pending();
        let (first_prefix, rest_prefix) = self.prefixes();
        self.pending = Some(Pending {
            kind,
            range,
            rich: RichText {
                first_prefix,
                rest_prefix,
                ..RichText::default()
            },
            implicit,
        });
    }

    /// Quote bars, then the list indent; the first block of an item takes
    /// the bullet and later rows hang under its text.
    fn prefixes(&mut self) -> (String, String) {
        let quote = "│ ".repeat(self.quote_depth);
        let indent = "  ".repeat(self.lists.len().saturating_sub(1));
        match self.item_marker.take() {
            Some(marker) => {
                let hang = " ".repeat(marker.width());
                (
                    format!("{quote}{indent}{marker}"),
                    format!("{quote}{indent}{hang}"),
                )
            }
            None if !self.lists.is_empty() => {
                let both = format!("{quote}{indent}  ");
                (both.clone(), both)
            }
            None => (quote.clone(), quote),
        }
    }

    /// Finish the block being filled (also at the end of a parse chunk).
    fn close_pending(&mut self) {
        let Some(mut pending) = self.pending.take() else {
            return;
        };
        if pending.kind == BlockKind::Code && pending.rich.text.ends_with('\n') {
            pending.rich.text.pop();
        }
        if let BlockKind::Heading { level } = pending.kind {
            if let Some(id) = self.heading_id.take() {
                self.links.ids.push((id, self.sections.len()));
            }
            self.sections.push(Section {
                level,
                title: squeeze_whitespace(&pending.rich.text),
                block: self.next_block(),
                kind: SectionKind::Heading,
            });
        }
        let line = self.line_of(pending.range.start);
        let deferrable = matches!(pending.kind, BlockKind::Paragraph | BlockKind::Code);
        let (range, rich, deferred) = match shown_as_written(self.text, &pending) {
            Some(range) => (range, None, false),
            None if self.defer && deferrable => (pending.range, None, true),
            None => {
                pending.rich.text.shrink_to_fit();
                pending.rich.spans.shrink_to_fit();
                (pending.range, Some(Box::new(pending.rich)), false)
            }
        };
        self.blocks.push(Block {
            kind: pending.kind,
            range,
            line: super::line_number(line),
            rich,
            deferred,
            gap_after: !pending.implicit,
        });
    }

    fn finish_table(&mut self) {
        let Some(table) = self.table.take() else {
            return;
        };
        let laid = table.cells.lay_out();
        let (first_prefix, rest_prefix) = self.prefixes();
        let line = self.line_of(table.range.start);
        let spans = if laid.header_end > 0 {
            vec![StyledSpan {
                range: 0..laid.header_end,
                style: InlineStyle {
                    strong: true,
                    ..InlineStyle::default()
                },
            }]
        } else {
            Vec::new()
        };
        self.blocks.push(Block {
            kind: BlockKind::Preformatted,
            range: table.range,
            line: super::line_number(line),
            rich: Some(Box::new(RichText {
                text: laid.text,
                spans,
                first_prefix,
                rest_prefix,
                extra: Some(Box::new(super::RichExtra {
                    table: Some(laid.layout),
                    ..Default::default()
                })),
                in_document: false,
            })),
            deferred: false,
            gap_after: true,
        });
    }

    /// The zero-based source line of a byte offset. Offsets arrive almost in
    /// order, so counting on from the last one keeps the whole parse linear.
    fn line_of(&mut self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        let (mut at, mut line) = self.line_cursor;
        if offset < at {
            (at, line) = (0, 0);
        }
        line += memchr::memchr_iter(b'\n', &self.text.as_bytes()[at..offset]).count();
        at = offset;
        self.line_cursor = (at, line);
        line
    }
}

/// The source range of a paragraph that displays exactly as written (no
/// markup, no prefixes, soft breaks only), so it needs no copy of its text:
/// most prose in large documents, which halves their memory.
fn shown_as_written(source: &str, pending: &Pending) -> Option<Range<usize>> {
    let rich = &pending.rich;
    if pending.kind != BlockKind::Paragraph
        || !rich.spans.is_empty()
        || !rich.first_prefix.is_empty()
        || !rich.rest_prefix.is_empty()
    {
        return None;
    }
    let start = pending.range.start;
    let end = (start + rich.text.len()).min(pending.range.end);
    let written = source.get(start..end)?.as_bytes();
    let same = written.len() == rich.text.len()
        && written
            .iter()
            .zip(rich.text.as_bytes())
            .all(|(&w, &r)| w == r || (w == b'\n' && r == b' '));
    same.then_some(start..end)
}

#[cfg(test)]
mod tests;
