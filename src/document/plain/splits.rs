//! Cutting raw blocks where a heading stands at their top: a strong
//! heading over its chapter's first lines, a CJK chapter line run on from
//! the last chapter, a margin title over indented verse, a section number
//! over its text, and a page's running head.

use super::scan::RawBlock;
use super::{Detector, margin, rules};
use crate::text::lines as text_lines;
use memchr::memmem;
use std::sync::LazyLock;

impl Detector<'_> {
    /// What follows a page's running head of `lines` lines: a heading of
    /// the section the page continues (`SEGMENT ARRIVES` again) is part of
    /// the running head too.
    pub(super) fn after_running_head(&mut self, raw: &RawBlock, lines: usize) -> RawBlock {
        let rest = split_after_lines(self.text, raw, lines).1;
        let first = self.text[rest.range.clone()]
            .lines()
            .next()
            .unwrap_or("")
            .trim();
        let repeated = match self.headings.last() {
            Some(last) => last.title == first,
            None => {
                self.missed_earlier |= self.started_midway;
                false
            }
        };
        match (repeated, rest.line_count) {
            (true, 1) => RawBlock {
                line_count: 0,
                ..rest
            },
            (true, _) => split_after_lines(self.text, &rest, 1).1,
            (false, _) => rest,
        }
    }

    /// A strong heading (`第二回　…`, `CHAPTER IV`) on the first line of a
    /// block of text: split it off (with its underline, if any).
    pub(super) fn split_leading_heading(&self, raw: &RawBlock) -> Option<(RawBlock, RawBlock)> {
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
        // A diary entry's date over its first lines, however indented.
        if let Some(first) = text_lines(text).next()
            && rules::date_line(first).is_some()
        {
            return Some(split_after_lines(self.text, raw, 1));
        }
        // A title at the margin over indented lines, or a section number
        // over its first lines.
        let mut lines = text_lines(text);
        let (first, second) = (lines.next()?, lines.next()?);
        let numbered = rules::numbered_heading(first.trim_end()).is_some();
        let titled = self.indented_body
            && (raw.blank_before >= 2 || numbered)
            && margin::margin_title(first)
            && second.starts_with(char::is_whitespace);
        if titled || margin::bare_number(first).is_some() {
            return Some(split_after_lines(self.text, raw, 1));
        }
        // In an indented text, a line at the margin after indented lines
        // opens what follows (`13.5.4 Combining Byte Ranges` straight
        // after the last paragraph).
        if self.indented_body
            && let Some(last) = text_lines(text).last()
            && margin::margin_title(last)
            && text
                .lines()
                .take(raw.line_count - 1)
                .all(|l| l.starts_with(char::is_whitespace))
        {
            return Some(split_after_lines(self.text, raw, raw.line_count - 1));
        }
        let first = text_lines(text).next()?;
        // A long first line is prose, unless it is a CJK chapter line whose
        // title runs on (`第三十一回　 撕扇子作千金一笑　因麒麟伏白首雙星　話`).
        let long = first.split_whitespace().nth(3).is_some();
        if first.starts_with(char::is_whitespace) || long && rules::cjk_chapter(first).is_none() {
            return None;
        }
        rules::strong_heading(first.trim_end())?;
        let mut head_lines = 1;
        let mut head_end = raw.range.start + first.len();
        if let Some(second) = text_lines(text).nth(1)
            && rules::underline_rank(second.trim()).is_some()
        {
            head_lines = 2;
            head_end += 1 + second.len();
        }
        if head_lines == raw.line_count {
            return None;
        }
        let head = raw.head(head_end, head_lines);
        let rest = raw.rest(head_end + 1, raw.line + head_lines);
        Some((head, rest))
    }

    /// `第三回` can follow the previous chapter's last line with no blank
    /// line between: split the block before it.
    fn split_at_cjk_chapter(&self, raw: &RawBlock) -> Option<(RawBlock, RawBlock)> {
        let text = &self.text[raw.range.clone()];
        static NEWLINE_DI: LazyLock<memmem::Finder<'static>> =
            LazyLock::new(|| memmem::Finder::new("\n第"));
        static NEWLINE_JE: LazyLock<memmem::Finder<'static>> =
            LazyLock::new(|| memmem::Finder::new("\n제"));
        let bytes = text.as_bytes();
        let mut newlines: Vec<usize> = NEWLINE_DI.find_iter(bytes).collect();
        newlines.extend(NEWLINE_JE.find_iter(bytes));
        newlines.sort_unstable();
        for newline in newlines {
            let offset = newline + 1;
            let line = text_lines(&text[offset..]).next().unwrap_or("");
            if rules::cjk_chapter(line.trim_end()).is_some() {
                let index = memchr::memchr_iter(b'\n', &text.as_bytes()[..offset]).count();
                let head = raw.head(raw.range.start + newline, index);
                let rest = raw.rest(raw.range.start + offset, raw.line + index);
                return Some((head, rest));
            }
        }
        None
    }
}

/// `raw` cut after its first `lines` lines (fewer than it has).
pub(super) fn split_after_lines(text: &str, raw: &RawBlock, lines: usize) -> (RawBlock, RawBlock) {
    let block = &text[raw.range.clone()];
    let head_len = block
        .match_indices('\n')
        .nth(lines - 1)
        .map_or(block.len(), |(at, _)| at);
    let head = raw.head(raw.range.start + head_len, lines);
    let rest = raw.rest(raw.range.start + head_len + 1, raw.line + lines);
    (head, rest)
}
