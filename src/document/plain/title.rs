//! The title block at the top of a plain-text document: which line is the
//! title (skipping credits), and the bylines under it.

use super::scan::RawBlock;
use super::{Block, BlockKind, Detector, HeadingKind, TitlePhase, is_contents_line, rules};
use crate::text::lines as text_lines;
use crate::text::squeeze_whitespace;

impl Detector<'_> {
    /// The title is one of the single lines at the top of the body, before
    /// any prose or structural heading; credits and stray words are skipped.
    /// The line Project Gutenberg's marker names wins, else an ALL-CAPS line
    /// (`WAR AND PEACE` over the volunteers' names).
    pub(super) fn choose_title(&self, body: &[RawBlock], marker: Option<&str>) -> Option<usize> {
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
            let first = text_lines(text).next().unwrap_or("");
            if (raw.line_count > 1 && !underlined)
                || first.ends_with(['.', ';', ',', '。', '、'])
                || rules::strong_heading(first).is_some()
                || rules::numbered_heading(first).is_some()
                || self.series.headings.contains_key(&raw.range.start)
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

    pub(super) fn push_title(&mut self, raw: &RawBlock, title: String) {
        self.title_phase = TitlePhase::Bylines(0);
        self.blocks.push(Block::plain(
            BlockKind::Heading { level: 1 },
            self.heading_range(raw),
            raw.line,
        ));
        self.title = Some(title);
    }

    pub(super) fn looks_like_title(&self, raw: &RawBlock) -> bool {
        let text = self.text[raw.range.clone()].trim();
        let words = text
            .split_whitespace()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .count();
        // Wide letters say more each: `こころ` is a title.
        let letters: String = text.chars().filter(|c| c.is_alphabetic()).collect();
        let width = crate::text::display_width(&letters);
        let wide = width > letters.chars().count() && width >= 6;
        raw.line_count == 1
            && (words >= 2 || wide || letters.chars().count() >= 8)
            && !text.chars().any(char::is_control)
            && text.chars().count() <= 200
            && !text.contains("   ")
            && !text.ends_with(['.', ',', ';', ':', '。', '、', '：'])
    }

    pub(super) fn looks_like_byline(&self, raw: &RawBlock) -> bool {
        let text = self.text[raw.range.clone()].trim();
        if raw.line_count > 1
            || text.chars().count() > 160
            || rules::classify_line(text).is_some_and(|m| m.kind != HeadingKind::Caps)
            || self.series.headings.contains_key(&raw.range.start)
        {
            return false;
        }
        let lower = text.to_lowercase();
        lower == "by"
            || lower.starts_with("by ")
            || lower.contains(" by ")
            || (text.chars().count() <= 60 && !text.ends_with(['.', ',', ';']))
    }
}

/// Credits before a book's title: `Produced by …`, `E-text prepared by …`.
pub(super) fn is_credit(text: &str) -> bool {
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
