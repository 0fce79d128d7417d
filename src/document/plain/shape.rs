//! The shape of a block of lines: prose to re-flow or lines to keep (verse,
//! tables, lists, contents), running page heads, and small range helpers.
//! Runs over every block, so each check is one cheap pass.

use super::scan::{RawBlock, ShapeHint};
use super::tally::Tally;
use super::{BlockKind, Detector};
use crate::text::lines as text_lines;

impl Detector<'_> {
    /// Prose to re-flow, or lines to keep as written. A block as scanned
    /// comes with its lines counted ([`ShapeHint`]); a piece cut from one
    /// has its lines read again.
    pub(super) fn body_kind(&self, raw: &RawBlock) -> BlockKind {
        if raw.line_count == 1 {
            return BlockKind::Paragraph;
        }
        match raw.scanned.map(|s| s.shape) {
            Some(ShapeHint::Kept) => BlockKind::Preformatted,
            Some(ShapeHint::Prose) => BlockKind::Paragraph,
            Some(ShapeHint::ByWidth) => {
                let widths = &self.widths[raw.line..raw.line + raw.line_count];
                let full_at = self.full_at();
                let full = widths[..widths.len() - 1]
                    .iter()
                    .filter(|&&w| usize::from(w) >= full_at)
                    .count();
                by_width(full, raw.line_count)
            }
            None => self.shape_of(raw),
        }
    }

    /// How wide a line of prose runs before the end of its paragraph.
    fn full_at(&self) -> usize {
        self.typical_width * 6 / 10
    }

    fn shape_of(&self, raw: &RawBlock) -> BlockKind {
        let full_at = self.full_at();
        let mut tally = Tally::default();
        let (mut full, mut last_full) = (0, false);
        for line in text_lines(&self.text[raw.range.clone()]) {
            last_full = tally.add(line) >= full_at;
            full += usize::from(last_full);
        }
        match shape_hint(&tally) {
            ShapeHint::Kept => BlockKind::Preformatted,
            ShapeHint::Prose => BlockKind::Paragraph,
            // The last line of a paragraph may be short.
            ShapeHint::ByWidth => by_width(full - usize::from(last_full), tally.lines),
        }
    }

    /// After a page break: when the paragraph before it stopped mid-sentence
    /// and `raw` goes on in lower case, `raw` joins it. The joined block
    /// shows its text without the page's furniture between (as rich text;
    /// its range still spans the source, so search and bookmarks keep
    /// their places).
    pub(super) fn join_across_page(&mut self, raw: &RawBlock) -> bool {
        let text = self.text;
        let Some(last) = self.blocks.last_mut() else {
            self.missed_earlier |= self.started_midway;
            return false;
        };
        let before = text[last.range.clone()].trim_end();
        let after = text[raw.range.clone()].trim();
        let stopped_mid = !before.ends_with(['.', '!', '?', ':', ';', '"', '”', ')']);
        let goes_on = after.starts_with(|c: char| c.is_lowercase());
        if last.kind != BlockKind::Paragraph || last.rich.is_some() || !stopped_mid || !goes_on {
            return false;
        }
        if self.body_kind(raw) != BlockKind::Paragraph {
            return false;
        }
        let Some(last) = self.blocks.last_mut() else {
            return false;
        };
        let joined = |part: &str| part.split_whitespace().collect::<Vec<_>>().join(" ");
        let shown = format!("{} {}", joined(before), joined(after));
        last.range.end = raw.range.end;
        last.rich = Some(Box::new(crate::document::RichText {
            text: shown,
            ..Default::default()
        }));
        true
    }

    /// How many lines at the top of `raw` (a block after a page break) are
    /// the running head: `RFC 6455  The WebSocket Protocol  December 2011`,
    /// or a date over the protocol's and the chapter's names, set far right.
    pub(super) fn page_header_lines(&self, raw: &RawBlock) -> usize {
        let mut lines = text_lines(&self.text[raw.range.clone()]);
        let first = lines.next().unwrap_or("");
        let running = usize::from(self.running_heads.contains(&running_key(first)));
        let has_gap = first.trim().contains("   ");
        let has_rfc = first.contains("RFC ");
        let has_date = first.split_whitespace().any(|w| {
            w.len() == 4
                && w.chars().all(|c| c.is_ascii_digit())
                && (w.starts_with("19") || w.starts_with("20"))
        });
        if !(has_rfc || has_date) {
            return running;
        }
        // The head's lines sit at the far right on one page and at the
        // margin on the next: a date set right opens a head of up to four
        // short lines; a date at the margin, one followed by lines set right.
        let set_right = |l: &&str| l.len() - l.trim_start().len() >= 20;
        let short = self.text[raw.range.clone()]
            .lines()
            .all(|l| l.trim().chars().count() <= 50);
        if set_right(&first) && short && raw.line_count <= 4 {
            return raw.line_count;
        }
        let following = lines.take(2).take_while(set_right).count();
        if following > 0 || has_gap {
            1 + following
        } else {
            running
        }
    }
}

/// The lines that open page after page (a PDF's running head, the
/// book's title on the left pages, the chapter's on the right), by
/// [`running_key`]: furniture, never text or headings.
pub(super) fn running_heads(text: &str, raws: &[RawBlock]) -> std::collections::HashSet<String> {
    let mut times: std::collections::HashMap<String, usize> = Default::default();
    let mut pages = 0;
    for raw in raws.iter().filter(|r| r.after_page_break) {
        pages += 1;
        let first = text_lines(&text[raw.range.clone()]).next().unwrap_or("");
        if first.trim().chars().count() <= MAX_RUNNING_HEAD {
            *times.entry(running_key(first)).or_default() += 1;
        }
    }
    times
        .into_iter()
        .filter(|(key, n)| !key.is_empty() && *n >= 3 && *n * 3 >= pages)
        .map(|(key, _)| key)
        .collect()
}

/// The longest line taken for a running head.
const MAX_RUNNING_HEAD: usize = 90;

/// A line as running heads are compared: no page number, no case, white
/// space squeezed.
fn running_key(line: &str) -> String {
    let words: Vec<String> = line
        .split_whitespace()
        .filter(|w| {
            !w.chars()
                .all(|c| c.is_ascii_digit() || c.is_ascii_punctuation())
        })
        .map(str::to_lowercase)
        .collect();
    words.join(" ")
}

/// What a block's counted lines say of its kind, as far as they can
/// without the document's usual width.
pub(super) fn shape_hint(tally: &Tally) -> ShapeHint {
    let lines = tally.lines;
    if lines <= 1 {
        return ShapeHint::Prose;
    }
    // Verse steps its lines in and out; a paragraph's lines after the
    // first keep one indent (first-line indents are prose too, even
    // several paragraphs' run together).
    let (following, usual) = tally.following_and_usual();
    let stepped = (following - usual) * 4 >= following && following >= 2;
    // Log lines and data rows start with a number or a bracket; prose
    // lines hardly ever do.
    if tally.tabular * 10 >= lines * 3
        || tally.bullets >= 2
        || stepped
        || (lines >= 3 && tally.records * 10 >= lines * 7)
    {
        return ShapeHint::Kept;
    }
    // Hard-wrapped prose runs on: its lines often open in lower case;
    // verse and lists open each line with a capital.
    if tally.lower_starts * 2 >= lines - 1 {
        ShapeHint::Prose
    } else {
        ShapeHint::ByWidth
    }
}

/// Prose when most lines but the last (`full` of them) run nearly the
/// full width.
fn by_width(full: usize, lines: usize) -> BlockKind {
    if full * 10 >= (lines - 1) * 7 {
        BlockKind::Paragraph
    } else {
        BlockKind::Preformatted
    }
}

pub(super) fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// `range` without leading and trailing white space (and form feeds).
pub(super) fn trimmed_range(text: &str, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.start + slice.trim_end().len();
    start..end.max(start)
}
