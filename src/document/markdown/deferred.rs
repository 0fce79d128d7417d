//! Rich text built when first shown. Keeping the displayed text of every
//! Markdown paragraph would double a large document's memory, so parsing
//! keeps only the source ranges of the top-level elements. When a deferred
//! block is first drawn, its element is parsed again on its own (top-level
//! elements parse the same apart as together) and the rich text of every
//! block in it is kept from then on.

use super::{Builder, options};
use crate::document::{Block, RichText};
use pulldown_cmark::{BrokenLink, CowStr, Parser};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

/// Elements larger than this are built at load instead (bytes).
const LAZY_LIMIT: usize = 256 << 10;

/// Blocks' places for their built text are made this many at a time, when
/// the first of them is needed: a reader sees a few pages of a large
/// document, and a place for each of its blocks would cost 16 bytes a
/// block (5 MB at 100 MB).
const PAGE: usize = 1024;

/// The places for [`PAGE`] blocks' built text.
type Page = Box<[OnceLock<Box<RichText>>]>;

/// The displayed text of deferred blocks, built on first use.
#[derive(Debug, Clone)]
pub struct DeferredRich {
    /// Top-level elements, in order.
    containers: Vec<Range<usize>>,
    /// Per [`PAGE`] blocks; filled for deferred blocks as they are needed.
    built: Vec<OnceLock<Page>>,
    /// Link reference labels defined anywhere in the document and their
    /// addresses, so that `[text][label]` still reads as that link when its
    /// element is parsed without the definition.
    labels: HashMap<String, String>,
    /// Footnote numbers and stand-ins, and how addresses show.
    shared: super::notes::Shared,
}

/// How a link label compares: case-folded, white space squeezed.
pub(super) fn label_key(label: &str) -> String {
    label
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl DeferredRich {
    pub(super) fn new(
        containers: Vec<Range<usize>>,
        blocks: usize,
        labels: HashMap<String, String>,
        shared: super::notes::Shared,
    ) -> DeferredRich {
        DeferredRich {
            containers,
            built: std::iter::repeat_with(OnceLock::new)
                .take(blocks.div_ceil(PAGE))
                .collect(),
            labels,
            shared,
        }
    }

    /// Whether block `index`'s text has been built.
    pub fn is_built(&self, index: usize) -> bool {
        self.built
            .get(index / PAGE)
            .and_then(OnceLock::get)
            .is_some_and(|page| page[index % PAGE].get().is_some())
    }

    /// Where block `index`'s built text is kept.
    fn place(&self, index: usize) -> &OnceLock<Box<RichText>> {
        let page = self.built[index / PAGE]
            .get_or_init(|| std::iter::repeat_with(OnceLock::new).take(PAGE).collect());
        &page[index % PAGE]
    }

    /// Build now the elements too big to parse again while drawing (a
    /// whole document that is one long list), so that no frame waits on
    /// more than [`LAZY_LIMIT`] bytes of parsing.
    pub(super) fn build_large(&self, text: &str, blocks: &[Block]) {
        for container in self.containers.iter().filter(|c| c.len() > LAZY_LIMIT) {
            self.build(text, blocks, container.clone());
        }
    }

    /// The rich text of deferred block `index` of `blocks`, parsed from
    /// `text` if this is its first use.
    pub fn get(&self, text: &str, blocks: &[Block], index: usize) -> &RichText {
        if let Some(rich) = self.place(index).get() {
            return rich;
        }
        if let Some(container) = self.container_of(blocks, index) {
            self.build(text, blocks, container);
        }
        // Parsed apart, the element did not give this block back (it
        // should): show the source rather than nothing.
        self.place(index)
            .get_or_init(|| Box::new(fallback(text, blocks, index)))
    }

    /// The top-level element block `index` is in.
    fn container_of(&self, blocks: &[Block], index: usize) -> Option<Range<usize>> {
        let start = blocks[index].range.start;
        self.containers
            .partition_point(|c| c.start <= start)
            .checked_sub(1)
            .map(|i| self.containers[i].clone())
            .filter(|c| c.contains(&start) || c.start == start)
    }

    /// The displayed text of deferred block `index`, without keeping it
    /// (search reads a whole document once: keeping every block's text
    /// would double a large document's memory). `near` keeps the blocks of
    /// the element last parsed, as blocks are asked for in order.
    pub fn displayed(
        &self,
        text: &str,
        blocks: &[Block],
        index: usize,
        near: &mut HashMap<usize, Box<RichText>>,
    ) -> String {
        if let Some(rich) = self.place(index).get() {
            return rich.text.clone();
        }
        if !near.contains_key(&index) {
            near.clear();
            if let Some(container) = self.container_of(blocks, index) {
                self.visit(text, blocks, container, &mut |i, rich| {
                    near.insert(i, rich);
                });
            }
        }
        near.remove(&index)
            .map_or_else(|| fallback(text, blocks, index).text, |rich| rich.text)
    }

    /// Parse `container` on its own and keep the rich text of each of its
    /// deferred blocks.
    fn build(&self, text: &str, blocks: &[Block], container: Range<usize>) {
        self.visit(text, blocks, container, &mut |index, rich| {
            let _ = self.place(index).set(rich);
        });
    }

    /// Parse `container` on its own and hand on the rich text of each of
    /// its deferred blocks with the block's index.
    fn visit(
        &self,
        text: &str,
        blocks: &[Block],
        container: Range<usize>,
        found: &mut dyn FnMut(usize, Box<RichText>),
    ) {
        let labels = &self.labels;
        let known = |link: BrokenLink<'_>| {
            labels
                .get(&label_key(&link.reference))
                .map(|dest| (CowStr::from(dest.clone()), CowStr::from("")))
        };
        let mut builder = Builder::new(text, container.start, false, self.shared.clone());
        let base = container.start;
        let len = container.len();
        let piece = self.shared.with_notes(&text[container]);
        let parser = Parser::new_with_broken_link_callback(&piece, options(), Some(known));
        for (event, range) in parser.into_offset_iter() {
            // Past `len` are the stand-in notes, not this element's.
            if range.start < len {
                builder.event(event, range.start + base..range.end.min(len) + base);
            }
        }
        builder.close_pending();
        // Blocks already paired among those starting at the same byte.
        let mut claimed: Vec<usize> = Vec::new();
        for parsed in builder.blocks {
            let Some(rich) = parsed.rich else { continue };
            let first = blocks.partition_point(|b| b.range.start < parsed.range.start);
            claimed.retain(|&i| blocks[i].range.start == parsed.range.start);
            // Blocks starting at the same byte pair up in order.
            let same = (first..blocks.len())
                .take_while(|&i| blocks[i].range.start == parsed.range.start)
                .find(|&i| {
                    blocks[i].deferred && blocks[i].kind == parsed.kind && !claimed.contains(&i)
                });
            if let Some(index) = same {
                claimed.push(index);
                found(index, rich);
            }
        }
    }
}

/// A block shown as its source: what a deferred block falls back to.
fn fallback(text: &str, blocks: &[Block], index: usize) -> RichText {
    RichText {
        text: text[blocks[index].range.clone()].to_owned(),
        ..RichText::default()
    }
}
