//! The shape of a block of lines: prose to re-flow or lines to keep (verse,
//! tables, lists, contents), running page heads, and small range helpers.
//! Runs over every block, so each check is one cheap pass.

use super::scan::RawBlock;
use super::{BlockKind, Detector, rules};
use crate::text::lines as text_lines;
use memchr::memmem;
use std::sync::LazyLock;

/// Texts at least this long have their blocks' kinds worked out on two
/// threads.
const PARALLEL_FROM: usize = 1 << 20;

impl Detector<'_> {
    /// Prose to re-flow, or lines to keep as written: worked out ahead for
    /// the blocks as scanned (see [`Detector::work_out_kinds`]), else now.
    pub(super) fn body_kind(&self, raw: &RawBlock) -> BlockKind {
        let known = self
            .known_kinds
            .binary_search_by_key(&raw.range.start, |(range, _)| range.start)
            .ok()
            .map(|i| &self.known_kinds[i])
            .filter(|(range, _)| *range == raw.range);
        match known {
            Some((_, kind)) => *kind,
            None => self.shape_of(raw),
        }
    }

    /// The kind of every block of several lines in `raws`, in order. One
    /// pass over each block's lines and a pure function of them (and the
    /// typical width), so large texts share the work between two threads:
    /// it is a quarter of detection's time.
    pub(super) fn work_out_kinds(&mut self, raws: &[RawBlock]) {
        let this = &*self;
        let kinds_of = |part: &[RawBlock]| -> Vec<(std::ops::Range<usize>, BlockKind)> {
            part.iter()
                .filter(|raw| raw.line_count > 1)
                .map(|raw| (raw.range.clone(), this.shape_of(raw)))
                .collect()
        };
        let (first, second) = raws.split_at(raws.len() / 2);
        let known = if this.text.len() < PARALLEL_FROM {
            kinds_of(raws)
        } else {
            std::thread::scope(|scope| {
                let later = scope.spawn(|| kinds_of(second));
                let mut known = kinds_of(first);
                known.extend(later.join().unwrap_or_else(|_| kinds_of(second)));
                known
            })
        };
        self.known_kinds = known;
    }

    fn shape_of(&self, raw: &RawBlock) -> BlockKind {
        if raw.line_count == 1 {
            return BlockKind::Paragraph;
        }
        // One pass over the lines: this runs on every block of the document.
        let full_at = self.typical_width * 6 / 10;
        let (mut lines, mut tabular, mut bullets, mut full, mut last_full) = (0, 0, 0, 0, false);
        let (mut records, mut lower_starts) = (0, 0);
        // Verse steps its lines in and out; a paragraph's lines after the
        // first keep one indent (first-line indents are prose too, even
        // several paragraphs' run together).
        let mut indents: Vec<(usize, usize)> = Vec::new();
        for line in text_lines(&self.text[raw.range.clone()]) {
            if lines > 0 && !line.trim().is_empty() {
                let indent = line.len() - line.trim_start().len();
                match indents.iter_mut().find(|(i, _)| *i == indent) {
                    Some((_, count)) => *count += 1,
                    None => indents.push((indent, 1)),
                }
            }
            // Hard-wrapped prose runs on: its lines often open in lower
            // case; verse and lists open each line with a capital.
            if lines > 0 && line.trim_start().starts_with(|c: char| c.is_lowercase()) {
                lower_starts += 1;
            }
            lines += 1;
            tabular += usize::from(looks_tabular(line));
            bullets += usize::from(starts_with_bullet(line));
            records += usize::from(looks_like_record(line));
            last_full = char_width(line) >= full_at;
            full += usize::from(last_full);
        }
        // Log lines and data rows start with a number or a bracket; prose
        // lines hardly ever do.
        let following: usize = indents.iter().map(|(_, n)| n).sum();
        let usual = indents.iter().map(|(_, n)| *n).max().unwrap_or(0);
        let stepped = (following - usual) * 4 >= following && following >= 2;
        if tabular * 10 >= lines * 3
            || bullets >= 2
            || stepped
            || (lines >= 3 && records * 10 >= lines * 7)
        {
            return BlockKind::Preformatted;
        }
        // The last line of a paragraph may be short.
        let (full, body) = (full - usize::from(last_full), lines - 1);
        if full * 10 >= body * 7 || lower_starts * 2 >= body {
            BlockKind::Paragraph
        } else {
            BlockKind::Preformatted
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
        let has_gap = first.trim().contains("   ");
        let has_rfc = first.contains("RFC ");
        let has_date = first.split_whitespace().any(|w| {
            w.len() == 4
                && w.chars().all(|c| c.is_ascii_digit())
                && (w.starts_with("19") || w.starts_with("20"))
        });
        if !(has_rfc || has_date) {
            return 0;
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
            0
        }
    }
}

/// Table-ish lines: column gaps, dot leaders, box drawing.
/// Scans bytes once: column gaps (3+ spaces inside the line), `|`, `+-`,
/// `---`, box drawing (U+2500–U+257F), and dot leaders (checked by the
/// contents rule only when a run of dots is there).
pub(super) fn looks_tabular(line: &str) -> bool {
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
pub(super) fn char_width(line: &str) -> usize {
    if line.is_ascii() {
        line.len()
    } else {
        line.chars().count()
    }
}

pub(super) fn starts_with_bullet(line: &str) -> bool {
    let body = line.trim_start();
    ["- ", "* ", "o ", "• ", "+ "]
        .iter()
        .any(|b| body.starts_with(b))
}

/// A line of a log or a data file: it starts with a digit (a time stamp,
/// a count) or a bracket (`[INFO]`, `[12:00:01]`).
fn looks_like_record(line: &str) -> bool {
    matches!(skip_sgr(line).as_bytes().first(), Some(b'0'..=b'9' | b'['))
}

/// `line` after any colour codes (`ESC [ 32 m`) it opens with: a coloured
/// log line is still a log line.
fn skip_sgr(mut line: &str) -> &str {
    while let Some(rest) = line.strip_prefix("\u{1b}[") {
        match rest.find(|c: char| !(c.is_ascii_digit() || c == ';')) {
            Some(end) if rest[end..].starts_with('m') => line = &rest[end + 1..],
            _ => break,
        }
    }
    line
}

#[cfg(test)]
#[test]
fn coloured_log_lines_are_records() {
    assert!(looks_like_record(
        "\u{1b}[32m[228741.085647] \u{1b}[0mwlp3s0: associated"
    ));
    assert!(looks_like_record("2024-05-01 12:00:00 INFO started"));
    assert!(!looks_like_record("\u{1b}[1mBold prose\u{1b}[0m goes on"));
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
