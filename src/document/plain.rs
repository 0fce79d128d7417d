//! Structure detection for plain text: our core skill. A linear scan groups
//! lines into raw blocks ([`scan`]); each block is then classified — heading
//! (by the [`rules`]), title and byline, prose to re-flow, or preformatted
//! lines to keep — and the outline is built from the headings, or from the
//! paragraphs when there are none ([`labels`]).

mod labels;
mod rules;
mod scan;

use super::{Block, BlockKind, Section, SectionKind, Structure};
use crate::text::squeeze_whitespace;
use memchr::memmem;
use regex::Regex;
use rules::{HeadingKind, HeadingMatch};
use scan::{Marker, RawBlock};
use std::sync::LazyLock;

pub use labels::{LABEL_COLUMNS, cut_to_width};

/// Detect the structure of `text` with the built-in rules.
pub fn detect(text: &str) -> Structure {
    let scan = scan::scan(text, None);
    let mut detector = Detector::new(text, scan.typical_width);
    detector.classify_all(&scan.blocks);
    detector.finish()
}

/// Detect structure with the user's `--heading` patterns instead of the
/// built-in heading rules: a line matching pattern *n* is a heading of level
/// *n*; its first capture group, if any, is the title.
pub fn detect_with_patterns(text: &str, patterns: &[Regex]) -> Structure {
    let level_of = |line: &str| patterns.iter().position(|p| p.is_match(line));
    let scan = scan::scan(text, Some(&|line| level_of(line).is_some()));
    let mut detector = Detector::new(text, scan.typical_width);
    for raw in &scan.blocks {
        let line = &text[raw.range.clone()];
        match level_of(line).filter(|_| raw.line_count == 1) {
            Some(index) => {
                let title = patterns[index]
                    .captures(line)
                    .and_then(|c| c.get(1))
                    .map_or(line, |m| m.as_str());
                detector.push_heading(raw, squeeze_whitespace(title), (index as u16 + 1) * 10);
            }
            None => detector.push_body(raw),
        }
    }
    detector.finish()
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
    fn new(text: &'t str, typical_width: usize) -> Self {
        Detector {
            text,
            typical_width,
            blocks: Vec::new(),
            headings: Vec::new(),
            title: None,
            title_phase: TitlePhase::Open,
            toc: None,
            title_at: None,
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
        self.title_at = self.choose_title(&raws[body_from..body_to], named.as_deref());
        if self.title_at.is_none() {
            self.title_phase = TitlePhase::Closed;
        }
        for (index, raw) in raws.iter().enumerate() {
            if raw.after_page_break && self.is_page_header(raw) {
                continue;
            }
            if index < body_from || index >= body_to {
                let kind = self.body_kind(raw);
                self.push_block(raw, kind);
                continue;
            }
            self.classify(raw);
        }
        self.promote_unnumbered_rfc_headings();
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

    /// The title is one of the single lines at the top of the body, before
    /// any prose or structural heading; credits and stray words are skipped.
    /// The line Project Gutenberg's marker names wins, else an ALL-CAPS line
    /// (`WAR AND PEACE` over the volunteers' names).
    fn choose_title(&self, body: &[RawBlock], marker: Option<&str>) -> Option<usize> {
        let mut candidates = Vec::new();
        for (index, raw) in body.iter().enumerate().take(12) {
            let raw_text = &self.text[raw.range.clone()];
            let text = raw_text.trim();
            if is_credit(text) || raw_text.starts_with(char::is_whitespace) && raw.line_count > 1 {
                continue;
            }
            let underlined = raw.line_count == 2
                && text
                    .lines()
                    .nth(1)
                    .is_some_and(|l| rules::underline_rank(l.trim()).is_some());
            let first = text.lines().next().unwrap_or("");
            if (raw.line_count > 1 && !underlined)
                || first.ends_with(['.', ';', ','])
                || rules::strong_heading(first).is_some()
                || rules::numbered_heading(first).is_some()
            {
                break;
            }
            if is_contents_line(text) || !self.looks_like_title(raw) && !underlined {
                continue;
            }
            if index + 1 < body.len() {
                candidates.push(raw);
            }
        }
        let all_caps = |raw: &&&RawBlock| {
            let text = &self.text[raw.range.clone()];
            text.chars().any(char::is_uppercase) && !text.chars().any(char::is_lowercase)
        };
        let in_marker = |raw: &&&RawBlock| {
            let text = squeeze_whitespace(&self.text[raw.range.clone()]).to_uppercase();
            marker.is_some_and(|m| text.len() > 3 && m.contains(&text))
        };
        let chosen = candidates
            .iter()
            .find(in_marker)
            .or_else(|| candidates.iter().find(all_caps))
            .or(candidates.first())?;
        Some(chosen.range.start)
    }

    /// A strong heading (`第二回　…`, `CHAPTER IV`) on the first line of a
    /// block of text: split it off (with its underline, if any).
    fn split_leading_heading(&self, raw: &RawBlock) -> Option<(RawBlock, RawBlock)> {
        if raw.line_count < 3 && self.heading_in(raw).is_some() {
            return None;
        }
        if raw.line_count < 2 {
            return None;
        }
        let text = &self.text[raw.range.clone()];
        if let Some(split) = self.split_at_cjk_chapter(raw) {
            return Some(split);
        }
        let first = text.lines().next()?;
        if first.starts_with(char::is_whitespace) || first.split_whitespace().nth(3).is_some() {
            return None;
        }
        rules::strong_heading(first.trim_end())?;
        let mut head_lines = 1;
        let mut head_end = raw.range.start + first.len();
        if let Some(second) = text.lines().nth(1)
            && rules::underline_rank(second.trim()).is_some()
        {
            head_lines = 2;
            head_end += 1 + second.len();
        }
        if head_lines == raw.line_count {
            return None;
        }
        let head = RawBlock {
            range: raw.range.start..head_end,
            line_count: head_lines,
            ..raw.clone()
        };
        let rest = RawBlock {
            range: head_end + 1..raw.range.end,
            line: raw.line + head_lines,
            line_count: raw.line_count - head_lines,
            after_page_break: false,
            marker: None,
        };
        Some((head, rest))
    }

    /// `第三回` can follow the previous chapter's last line with no blank
    /// line between: split the block before it.
    fn split_at_cjk_chapter(&self, raw: &RawBlock) -> Option<(RawBlock, RawBlock)> {
        let text = &self.text[raw.range.clone()];
        static NEWLINE_DI: LazyLock<memmem::Finder<'static>> =
            LazyLock::new(|| memmem::Finder::new("\n第"));
        for newline in NEWLINE_DI.find_iter(text.as_bytes()) {
            let offset = newline + 1;
            let line = text[offset..].split('\n').next().unwrap_or("");
            if rules::cjk_chapter(line.trim_end()).is_some() {
                let index = memchr::memchr_iter(b'\n', &text.as_bytes()[..offset]).count();
                let head = RawBlock {
                    range: raw.range.start..raw.range.start + newline,
                    line_count: index,
                    ..raw.clone()
                };
                let rest = RawBlock {
                    range: raw.range.start + offset..raw.range.end,
                    line: raw.line + index,
                    line_count: raw.line_count - index,
                    after_page_break: false,
                    marker: None,
                };
                return Some((head, rest));
            }
        }
        None
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
                    self.headings.retain(|h| {
                        let keep = !listed.contains(&h.block);
                        if !keep {
                            blocks[h.block].kind = BlockKind::Preformatted;
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

    fn push_title(&mut self, raw: &RawBlock, title: String) {
        self.title_phase = TitlePhase::Bylines(0);
        self.blocks.push(Block::plain(
            BlockKind::Heading { level: 1 },
            self.heading_range(raw),
            raw.line,
        ));
        self.title = Some(title);
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

    /// The heading a raw block is, with its outline title.
    fn heading_in(&self, raw: &RawBlock) -> Option<(String, HeadingMatch)> {
        let text = &self.text[raw.range.clone()];
        let mut lines = text.lines();
        let first = lines.next()?;
        let second = lines.next();
        if raw.line_count > 2 || !self.stands_like_heading(first) {
            return None;
        }
        let trimmed = first.trim();
        match second.map(str::trim) {
            None => rules::classify_line(trimmed).map(|m| (squeeze_whitespace(trimmed), m)),
            Some(under) => {
                if let Some(rank) = rules::underline_rank(under) {
                    let found = rules::classify_line(trimmed)
                        .filter(|m| m.kind != HeadingKind::Caps)
                        .unwrap_or(HeadingMatch {
                            rank,
                            kind: HeadingKind::Underlined,
                        });
                    return Some((squeeze_whitespace(trimmed), found));
                }
                // "CHAPTER I." with its title on the next line.
                let found =
                    rules::keyword_heading(trimmed).or_else(|| rules::cjk_chapter(trimmed))?;
                let bare = trimmed.split_whitespace().count() <= 2;
                let short = under.chars().count() <= 60 && !under.ends_with([',', ';']);
                (bare && short).then(|| (format!("{trimmed} {under}"), found))
            }
        }
    }

    /// A heading line starts at the margin or is centred on the page.
    fn stands_like_heading(&self, line: &str) -> bool {
        let indent = line.len() - line.trim_start().len();
        if indent == 0 {
            return true;
        }
        let width = line.trim().chars().count();
        let right = self.typical_width.saturating_sub(indent + width);
        indent >= 6 && indent.abs_diff(right) <= (self.typical_width / 8).max(4)
    }

    fn heading_range(&self, raw: &RawBlock) -> std::ops::Range<usize> {
        let text = &self.text[raw.range.clone()];
        let first_len = text.find('\n').unwrap_or(text.len());
        let underlined = rules::underline_rank(text[first_len..].trim()).is_some();
        let end = if underlined {
            raw.range.start + first_len
        } else {
            raw.range.end
        };
        trimmed_range(self.text, raw.range.start..end)
    }

    fn looks_like_title(&self, raw: &RawBlock) -> bool {
        let text = self.text[raw.range.clone()].trim();
        let words = text
            .split_whitespace()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .count();
        raw.line_count == 1
            && (words >= 2 || text.chars().filter(|c| c.is_alphabetic()).count() >= 8)
            && !text.chars().any(char::is_control)
            && text.chars().count() <= 200
            && !text.contains("   ")
            && !text.ends_with(['.', ',', ';', ':'])
    }

    fn looks_like_byline(&self, raw: &RawBlock) -> bool {
        let text = self.text[raw.range.clone()].trim();
        if raw.line_count > 1
            || text.chars().count() > 160
            || rules::classify_line(text).is_some_and(|m| m.kind != HeadingKind::Caps)
        {
            return false;
        }
        let lower = text.to_lowercase();
        lower == "by"
            || lower.starts_with("by ")
            || lower.contains(" by ")
            || (text.chars().count() <= 60 && !text.ends_with(['.', ',', ';']))
    }

    /// Prose to re-flow, or lines to keep as written.
    fn body_kind(&self, raw: &RawBlock) -> BlockKind {
        if raw.line_count == 1 {
            return BlockKind::Paragraph;
        }
        // One pass over the lines: this runs on every block of the document.
        let full_at = self.typical_width * 6 / 10;
        let (mut lines, mut tabular, mut bullets, mut full, mut last_full) = (0, 0, 0, 0, false);
        for line in self.text[raw.range.clone()].split('\n') {
            lines += 1;
            tabular += usize::from(looks_tabular(line));
            bullets += usize::from(starts_with_bullet(line));
            last_full = char_width(line) >= full_at;
            full += usize::from(last_full);
        }
        if tabular * 10 >= lines * 3 || bullets >= 2 {
            return BlockKind::Preformatted;
        }
        // The last line of a paragraph may be short.
        let (full, body) = (full - usize::from(last_full), lines - 1);
        if full * 10 >= body * 7 {
            BlockKind::Paragraph
        } else {
            BlockKind::Preformatted
        }
    }

    /// Running heads at the top of a page: `RFC 6455  The WebSocket Protocol
    /// December 2011`, or a date over the protocol's name.
    fn is_page_header(&self, raw: &RawBlock) -> bool {
        if raw.line_count > 2 {
            return false;
        }
        let first = self.text[raw.range.clone()].lines().next().unwrap_or("");
        let has_gap = first.trim().contains("   ");
        let has_rfc = first.contains("RFC ");
        let has_date = first.split_whitespace().any(|w| {
            w.len() == 4
                && w.chars().all(|c| c.is_ascii_digit())
                && (w.starts_with("19") || w.starts_with("20"))
        });
        (has_rfc || has_date) && (has_gap || raw.line_count == 2)
    }

    /// In an RFC-style document (numbered headings, indented body text), a
    /// short line at the margin followed by indented text is a heading too:
    /// `Abstract`, `Status of This Memo`, `Authors' Addresses`.
    fn promote_unnumbered_rfc_headings(&mut self) {
        let numbered = self
            .headings
            .iter()
            .filter(|h| h.kind == Some(HeadingKind::Numbered))
            .count();
        if numbered < 3 {
            return;
        }
        let text = self.text;
        let indent_of = |b: &Block| {
            let s = &text[line_start(text, b.range.start)..b.range.end];
            s.len() - s.trim_start().len()
        };
        let mut promoted = Vec::new();
        for index in 0..self.blocks.len().saturating_sub(1) {
            let block = &self.blocks[index];
            let next = &self.blocks[index + 1];
            let line = &text[block.range.clone()];
            let candidate = block.kind == BlockKind::Paragraph
                && !line.contains('\n')
                && indent_of(block) == 0
                && indent_of(next) >= 2
                && line.chars().count() <= 50
                && line.chars().next().is_some_and(char::is_uppercase)
                && !line.contains(':')
                && !line.ends_with(['.', ',', ';', ':']);
            if candidate {
                promoted.push(index);
            }
        }
        for index in promoted {
            self.blocks[index].kind = BlockKind::Heading { level: 1 };
            let title = squeeze_whitespace(&text[self.blocks[index].range.clone()]);
            let at = self.headings.partition_point(|h| h.block < index);
            self.headings.insert(
                at,
                Candidate {
                    block: index,
                    title,
                    rank: rules::RANK_CHAPTER,
                    kind: Some(HeadingKind::Caps),
                },
            );
        }
    }

    /// Assign levels and build the outline.
    fn finish(mut self) -> Structure {
        self.promote_leading_caps_to_title();
        self.adjust_ranks();
        let mut ranks: Vec<u16> = self.headings.iter().map(|h| h.rank).collect();
        ranks.sort_unstable();
        ranks.dedup();
        let base = u8::from(self.title.is_some());
        let mut sections = Vec::new();
        if let Some(title) = &self.title {
            let block = self
                .blocks
                .iter()
                .position(|b| matches!(b.kind, BlockKind::Heading { .. }))
                .unwrap_or(0);
            sections.push(Section {
                level: 1,
                title: title.clone(),
                block,
                kind: SectionKind::Heading,
            });
        }
        if self.headings.is_empty() {
            sections.extend(self.paragraph_sections(base + 1));
        }
        for heading in &self.headings {
            let level = base + 1 + ranks.binary_search(&heading.rank).unwrap_or(0).min(250) as u8;
            self.blocks[heading.block].kind = BlockKind::Heading { level };
            sections.push(Section {
                level,
                title: heading.title.clone(),
                block: heading.block,
                kind: SectionKind::Heading,
            });
        }
        sections.sort_by_key(|s| s.block);
        Structure {
            title: self.title,
            blocks: self.blocks,
            sections,
        }
    }

    /// With no title found, a capital heading before every stronger heading
    /// names the whole document (`THE CONSTITUTION OF THE UNITED STATES…`).
    fn promote_leading_caps_to_title(&mut self) {
        if self.title.is_some() || self.headings.len() < 2 {
            return;
        }
        let first = &self.headings[0];
        let outranked = self.headings[1..].iter().all(|h| h.rank < first.rank);
        if first.kind == Some(HeadingKind::Caps) && outranked {
            let first = self.headings.remove(0);
            self.title = Some(first.title);
        }
    }

    /// Epilogues stand with the document's top divisions; in numbered
    /// (RFC-style) documents capital headings are peers of the chapters.
    fn adjust_ranks(&mut self) {
        let top_keyword = self
            .headings
            .iter()
            .filter(|h| h.kind == Some(HeadingKind::Keyword))
            .map(|h| h.rank)
            .min();
        let numbered = self
            .headings
            .iter()
            .filter(|h| h.kind == Some(HeadingKind::Numbered))
            .count()
            >= 3;
        // A dictionary's letters: `C`, `D`, `I` are letters there, not numerals.
        let single_letter = |h: &Candidate| h.title.chars().count() == 1;
        let letters = self
            .headings
            .iter()
            .filter(|h| h.kind == Some(HeadingKind::Caps) && single_letter(h))
            .count()
            >= 3;
        for heading in &mut self.headings {
            if letters && heading.kind == Some(HeadingKind::Roman) && single_letter(heading) {
                heading.kind = Some(HeadingKind::Caps);
                heading.rank = rules::RANK_CAPS;
            }
            match heading.kind {
                Some(HeadingKind::Prologue) => heading.rank = top_keyword.unwrap_or(heading.rank),
                Some(HeadingKind::Caps) if numbered => heading.rank = rules::RANK_CHAPTER,
                _ => {}
            }
        }
    }

    /// The fallback outline: every paragraph, labelled by its opening words.
    fn paragraph_sections(&self, level: u8) -> Vec<Section> {
        let paragraphs: Vec<usize> = (0..self.blocks.len())
            .filter(|&i| {
                matches!(
                    self.blocks[i].kind,
                    BlockKind::Paragraph | BlockKind::Preformatted
                )
            })
            .collect();
        let labels = labels::paragraph_labels(
            paragraphs
                .iter()
                .map(|&i| &self.text[self.blocks[i].range.clone()]),
        );
        paragraphs
            .into_iter()
            .zip(labels)
            .map(|(block, title)| Section {
                level,
                title,
                block,
                kind: SectionKind::Paragraph,
            })
            .collect()
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

/// Credits before a book's title: `Produced by …`, `E-text prepared by …`.
fn is_credit(text: &str) -> bool {
    let lower = text.trim_start().to_lowercase();
    [
        "produced by",
        "e-text prepared",
        "etext prepared",
        "transcribe",
        "note:",
        "this etext",
        "this ebook",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
        || lower.contains("gutenberg")
}

/// What identifies a heading across a contents list and the text: its first
/// two words, letters and digits only (`PART I--_Drill._` ~ `PART I.--DRILL.`).
fn heading_key(title: &str) -> String {
    title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(2)
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase()
}

/// Table-ish lines: column gaps, dot leaders, box drawing.
/// Scans bytes once: column gaps (3+ spaces inside the line), `|`, `+-`,
/// `---`, box drawing (U+2500–U+257F), and dot leaders (checked by the
/// contents rule only when a run of dots is there).
fn looks_tabular(line: &str) -> bool {
    let bytes = line.trim().as_bytes();
    // Most prose lines have none of the telltale bytes: skip them with SIMD
    // searchers built once.
    static TWO_SPACES: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new("  "));
    static TWO_DOTS: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new(".."));
    let suspicious = memchr::memchr3(b'|', b'-', 0xe2, bytes).is_some()
        || TWO_SPACES.find(bytes).is_some()
        || TWO_DOTS.find(bytes).is_some();
    if !suspicious {
        return false;
    }
    let (mut spaces, mut dashes, mut dots) = (0, 0, 0);
    for (i, &b) in bytes.iter().enumerate() {
        spaces = if b == b' ' { spaces + 1 } else { 0 };
        dashes = if b == b'-' { dashes + 1 } else { 0 };
        dots = if b == b'.' || (b == b' ' && dots > 0) {
            dots + 1
        } else {
            0
        };
        let box_drawing = b == 0xe2 && matches!(bytes.get(i + 1), Some(0x94 | 0x95));
        if spaces >= 3
            || dashes >= 3
            || b == b'|'
            || box_drawing
            || (b == b'-' && i > 0 && bytes[i - 1] == b'+')
        {
            return true;
        }
        if dots >= 4 && rules::is_toc_entry(line.trim()) {
            return true;
        }
    }
    false
}

/// Characters in a line (its width for ASCII and most prose).
fn char_width(line: &str) -> usize {
    if line.is_ascii() {
        line.len()
    } else {
        line.chars().count()
    }
}

fn starts_with_bullet(line: &str) -> bool {
    let body = line.trim_start();
    ["- ", "* ", "o ", "• ", "+ "]
        .iter()
        .any(|b| body.starts_with(b))
}

fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// `range` without leading and trailing white space (and form feeds).
fn trimmed_range(text: &str, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.start + slice.trim_end().len();
    start..end.max(start)
}

#[cfg(test)]
mod tests;
