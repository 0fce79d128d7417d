//! Structure detection for plain text: our core skill. A linear scan groups
//! lines into raw blocks ([`scan`]); each block is then classified — heading
//! ([`heading`], by the [`rules`]), title and bylines ([`title`]), prose to re-flow or
//! lines to keep ([`shape`]) — and the outline is built from the headings,
//! or from the paragraphs when there are none ([`levels`], [`labels`]).
//! This file holds the classifier itself and the table-of-contents logic.

mod adjust;
mod contents;
pub mod explain;
mod halves;
mod heading;
mod isolated;
mod labels;
mod levels;
mod margin;
mod marked;
pub mod markup;
mod repeated;
mod restarts;
mod rules;
mod scan;
mod series;
mod shape;
mod splits;
mod tally;
mod title;

use super::{Block, BlockKind, Section, SectionKind, Structure};
use crate::text::squeeze_whitespace;
use rules::{HeadingKind, HeadingMatch};
use scan::{Marker, RawBlock};
use shape::trimmed_range;

pub use labels::{LABEL_COLUMNS, cut_to_width};
use marked::detect_marked;
pub use marked::detect_with_patterns;

/// Detect the structure of `text` with the built-in rules: markup headings
/// when the text is in a markup (`hint` from its file name, else by its
/// content), else the heading rules for plain text.
pub fn detect(text: &str, hint: Option<markup::Markup>) -> Structure {
    detector(text, hint).finish()
}

/// [`detect`], with why each entry is there and why near misses are not.
pub fn detect_explained(
    text: &str,
    hint: Option<markup::Markup>,
) -> (Structure, Vec<explain::Explanation>) {
    detector(text, hint).finish_explained()
}

/// The detector, run over `text`, before levels are assigned.
fn detector(text: &str, hint: Option<markup::Markup>) -> Detector<'_> {
    if let Some(marked) = markup::find(text, hint) {
        return detect_marked(text, &marked);
    }
    let scan = scan::scan(text, None);
    let mut detector = Detector::new(text, scan.typical_width, scan.widths);
    detector.classify_all(&scan.blocks);
    detector
}

/// A heading found in the body, before levels are known.
struct Candidate {
    block: usize,
    title: String,
    rank: u16,
    kind: Option<HeadingKind>,
}

struct Detector<'t> {
    text: &'t str,
    typical_width: usize,
    blocks: Vec<Block>,
    headings: Vec<Candidate>,
    title: Option<String>,
    /// Whether the next content block may still be the title or a byline.
    title_phase: TitlePhase,
    /// An open table of contents, whose entries look like headings.
    toc: Option<TocRegion>,
    /// Where the title block chosen by [`Detector::choose_title`] starts.
    title_at: Option<usize>,
    /// Starts of the one-line blocks set apart by blank lines ([`isolated`]).
    set_apart: std::collections::HashSet<usize>,
    /// Lines that are headings by their family, and their ranks.
    series: series::Families,
    /// The body is indented nearly everywhere: the margin holds titles.
    indented_body: bool,
    /// The indent at which this document's headings stand, when it is
    /// not the margin (a book of poems indented throughout).
    heading_indent: Option<usize>,
    /// The lines that open page after page ([`shape::running_heads`]).
    running_heads: std::collections::HashSet<String>,
    /// Starts of the label lines (`Greek:`) that form a family ([`margin`]).
    labels: std::collections::HashSet<usize>,
    /// The block where Project Gutenberg's closing licence starts.
    licence_at: Option<usize>,
    /// A page break came since the last block was classified.
    page_turned: bool,
    /// Candidates turned down: (block, title, reason), for `--explain`.
    rejected: Vec<(usize, String, &'static str)>,
    /// Each line's width, as scanned ([`scan::Scan::widths`]).
    widths: std::sync::Arc<[u8]>,
    /// This detector classifies the blocks from halfway ([`halves`]).
    started_midway: bool,
    /// … and needed a block or heading from before where it started.
    missed_earlier: bool,
    /// Where the blocks are cut between two threads.
    cut: halves::Cut,
}

/// Where the book proper stands among the scanned blocks (by index):
/// Project Gutenberg's licence may come before and after it.
struct Book {
    /// Whether Project Gutenberg's lines mark the book off, so that what
    /// follows its end is the licence.
    marked: bool,
    body: std::ops::Range<usize>,
}

/// Headings seen since a `Contents` line. The region ends at the first prose;
/// if the first entry's heading later comes round again, the book proper has
/// started and the region's entries were a table of contents, not headings.
struct TocRegion {
    first_key: Option<String>,
    start_block: usize,
    end_block: Option<usize>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum TitlePhase {
    Open,
    Bylines(u8),
    Closed,
}

impl<'t> Detector<'t> {
    fn new(text: &'t str, typical_width: usize, widths: Vec<u8>) -> Self {
        Detector {
            text,
            typical_width,
            blocks: Vec::new(),
            headings: Vec::new(),
            title: None,
            title_phase: TitlePhase::Open,
            toc: None,
            title_at: None,
            set_apart: Default::default(),
            series: Default::default(),
            indented_body: false,
            heading_indent: None,
            running_heads: Default::default(),
            labels: Default::default(),
            licence_at: None,
            page_turned: false,
            rejected: Vec::new(),
            widths: widths.into(),
            started_midway: false,
            missed_earlier: false,
            cut: halves::Cut::Halfway,
        }
    }

    /// Classify every raw block, honouring Project Gutenberg's licence
    /// boundaries: nothing outside the book proper is a heading or a title.
    fn classify_all(&mut self, raws: &[RawBlock]) {
        let start = raws
            .iter()
            .position(|b| b.marker == Some(Marker::GutenbergStart));
        let body_from = start.map_or(0, |i| i + 1);
        let body_to = raws[body_from..]
            .iter()
            .position(|b| b.marker == Some(Marker::GutenbergEnd))
            .map_or(raws.len(), |i| body_from + i);
        let named = start.map(|i| self.text[raws[i].range.clone()].to_uppercase());
        self.set_apart = isolated::set_apart(self.text, &raws[body_from..body_to]);
        self.series = series::families(self.text, &raws[body_from..body_to]);
        self.indented_body = margin::indented_body(self.text, &raws[body_from..body_to]);
        self.heading_indent = margin::heading_indent(self.text, &raws[body_from..body_to]);
        self.running_heads = shape::running_heads(self.text, raws);
        self.labels = margin::labels(self.text, &raws[body_from..body_to]);
        self.title_at = self.choose_title(&raws[body_from..body_to], named.as_deref());
        if self.title_at.is_none() {
            self.title_phase = TitlePhase::Closed;
        }
        let book = Book {
            marked: start.is_some(),
            body: body_from..body_to,
        };
        self.take_all(raws, &book);
        self.promote_unnumbered_rfc_headings();
    }

    /// Classify `raw`, block `index` of the scan.
    fn take(&mut self, index: usize, raw: &RawBlock, book: &Book) {
        let header = if raw.after_page_break {
            self.page_header_lines(raw)
        } else {
            0
        };
        if raw.after_page_break {
            self.page_turned = true;
        }
        if header >= raw.line_count {
            return;
        }
        let raw = &match header {
            0 => raw.clone(),
            n => self.after_running_head(raw, n),
        };
        if raw.line_count == 0 {
            return;
        }
        // A sentence the page break cut in two is one paragraph again.
        if std::mem::take(&mut self.page_turned) && self.join_across_page(raw) {
            return;
        }
        if index == book.body.end && book.marked {
            self.licence_at = Some(self.blocks.len());
        }
        if !book.body.contains(&index) {
            let kind = self.body_kind(raw);
            self.push_block(raw, kind);
            return;
        }
        self.classify(raw);
    }

    fn classify(&mut self, raw: &RawBlock) {
        if let Some((head, rest)) = self.split_leading_heading(raw) {
            self.classify(&head);
            self.classify(&rest);
            return;
        }
        let contents = is_contents_line(self.text[raw.range.clone()].trim());
        self.classify_one(raw);
        if contents {
            self.toc = Some(TocRegion {
                first_key: None,
                start_block: self.blocks.len(),
                end_block: None,
            });
        }
    }

    fn classify_one(&mut self, raw: &RawBlock) {
        if self.title_at == Some(raw.range.start) {
            let title = squeeze_whitespace(&self.text[self.heading_range(raw)]);
            self.push_title(raw, title);
            return;
        }
        if self.title_phase == TitlePhase::Open {
            // Credits and the like before the title.
            self.push_body(raw);
            return;
        }
        if let Some((title, found)) = self.heading_in(raw) {
            match self.title_phase {
                TitlePhase::Bylines(count)
                    if count < 2
                        && found.kind == HeadingKind::Caps
                        && self.looks_like_byline(raw) =>
                {
                    self.title_phase = TitlePhase::Bylines(count + 1);
                    self.push_block(raw, BlockKind::Byline);
                }
                _ => {
                    self.title_phase = TitlePhase::Closed;
                    self.push_candidate(raw, title, found);
                }
            }
            return;
        }
        match self.title_phase {
            TitlePhase::Bylines(count) if count < 2 && self.looks_like_byline(raw) => {
                self.title_phase = TitlePhase::Bylines(count + 1);
                self.push_block(raw, BlockKind::Byline);
            }
            _ => {
                self.title_phase = TitlePhase::Closed;
                self.push_body(raw);
                let prose = self
                    .blocks
                    .last()
                    .is_some_and(|b| b.kind == BlockKind::Paragraph);
                if let Some(toc) = self.toc.as_mut().filter(|t| t.end_block.is_none())
                    && prose
                    && raw.line_count > 1
                {
                    toc.end_block = Some(self.blocks.len() - 1);
                }
            }
        }
    }

    fn push_candidate(&mut self, raw: &RawBlock, title: String, found: HeadingMatch) {
        if let Some(toc) = &mut self.toc {
            let key = heading_key(&title);
            match &toc.first_key {
                None if toc.end_block.is_none() => toc.first_key = Some(key),
                Some(first) if *first == key => {
                    // The book proper starts: the contents entries were no headings.
                    let listed = toc.start_block..toc.end_block.unwrap_or(self.blocks.len());
                    let blocks = &mut self.blocks;
                    let rejected = &mut self.rejected;
                    self.headings.retain(|h| {
                        let keep = !listed.contains(&h.block);
                        if !keep {
                            blocks[h.block].kind = BlockKind::Preformatted;
                            rejected.push((h.block, h.title.clone(), explain::reason::CONTENTS));
                        }
                        keep
                    });
                    self.toc = None;
                }
                _ => {}
            }
        }
        self.blocks.push(Block::plain(
            BlockKind::Heading { level: 1 },
            self.heading_range(raw),
            raw.line,
        ));
        self.headings.push(Candidate {
            block: self.blocks.len() - 1,
            title,
            rank: found.rank,
            kind: Some(found.kind),
        });
    }

    fn push_heading(&mut self, raw: &RawBlock, title: String, rank: u16) {
        self.blocks.push(Block::plain(
            BlockKind::Heading { level: 1 },
            trimmed_range(self.text, raw.range.clone()),
            raw.line,
        ));
        self.headings.push(Candidate {
            block: self.blocks.len() - 1,
            title,
            rank,
            kind: None,
        });
    }

    fn push_body(&mut self, raw: &RawBlock) {
        let kind = self.body_kind(raw);
        self.push_block(raw, kind);
    }

    fn push_block(&mut self, raw: &RawBlock, kind: BlockKind) {
        let range = if kind.is_preformatted() {
            raw.range.clone()
        } else {
            trimmed_range(self.text, raw.range.clone())
        };
        self.blocks.push(Block::plain(kind, range, raw.line));
    }
}

/// `CONTENTS`, `Table of Contents.`
fn is_contents_line(line: &str) -> bool {
    if line.len() > "table of contents.".len() {
        return false;
    }
    let lower = line.trim_end_matches('.').to_lowercase();
    lower == "contents" || lower == "table of contents"
}

/// What identifies a heading across a contents list and the text: its first
/// three words, letters and digits only (`PART I--_Drill._` ~ `PART
/// I.--DRILL.`; `Book the First` is not `Book the Second`).
fn heading_key(title: &str) -> String {
    title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase()
}

#[cfg(test)]
mod family_tests;
#[cfg(test)]
mod tests;
