//! Which heading a raw block is, if any: one the [`rules`] find in its
//! lines (with an underline, a title on the next line, or wrapped), or one
//! its place sets apart (a line alone between wide gaps, a bare number, a
//! label, a title in the margin of an indented text).

use super::rules::{self, HeadingKind, HeadingMatch};
use super::scan::RawBlock;
use super::shape::trimmed_range;
use super::{Detector, TitlePhase, margin};
use crate::text::lines as text_lines;
use crate::text::squeeze_whitespace;

impl Detector<'_> {
    /// The heading a raw block is, with its outline title.
    pub(super) fn heading_in(&self, raw: &RawBlock) -> Option<(String, HeadingMatch)> {
        let first = text_lines(&self.text[raw.range.clone()])
            .next()
            .unwrap_or("");
        if raw.line_count == 1 && rules::is_the_end(first) {
            return None;
        }
        let listed = self.series.listed.contains(&raw.range.start);
        let by_rule = self
            .heading_by_rule(raw)
            .filter(|_| !listed)
            .map(|(title, found)| {
                // Capitals that count (`LIBER I`, `LIBER II`…) are known by
                // their family, which places them better than their letters.
                let weak = matches!(found.kind, HeadingKind::Caps | HeadingKind::Roman);
                match self.series.headings.get(&raw.range.start) {
                    Some(&rank) if weak => (
                        title,
                        HeadingMatch {
                            rank,
                            kind: HeadingKind::Series,
                        },
                    ),
                    _ => (title, found),
                }
            });
        by_rule.or_else(|| {
            let line = first.trim_end();
            // A bare number counts with its family, however set apart.
            let bare = raw.line_count == 1 && margin::bare_number(line).is_some();
            let apart = !bare
                && self.set_apart.contains(&raw.range.start)
                && self.title_phase == TitlePhase::Closed
                && self.stands_like_heading(line);
            let (rank, kind) = if apart {
                (rules::RANK_BOOK, HeadingKind::SetApart)
            } else if let Some(&rank) = self.series.headings.get(&raw.range.start) {
                (rank, HeadingKind::Series)
            } else if raw.line_count > 1 {
                return None;
            } else if bare {
                (rules::RANK_SECTION, HeadingKind::BareNumber)
            } else if self.labels.contains(&raw.range.start) {
                (rules::RANK_SECTION, HeadingKind::Label)
            } else if self.indented_body && raw.blank_before >= 2 && margin::margin_title(line) {
                (rules::RANK_CHAPTER, HeadingKind::Margin)
            } else {
                return None;
            };
            Some((squeeze_whitespace(line), HeadingMatch { rank, kind }))
        })
    }

    /// The heading one of the [`rules`] finds in a raw block.
    fn heading_by_rule(&self, raw: &RawBlock) -> Option<(String, HeadingMatch)> {
        let text = &self.text[raw.range.clone()];
        let mut lines = text_lines(text);
        let first = lines.next()?;
        let second = lines.next();
        if !self.stands_like_heading(first) {
            // Indented like a paragraph's first line (`     Часть первая`):
            // only a strong heading alone on its line, or a date.
            let trimmed = first.trim();
            // Headings indented with tabs (a technical text's chapters):
            // their section numbers count too.
            let tabbed = first.starts_with('\t');
            let strong = rules::strong_heading(trimmed)
                .or_else(|| rules::date_line(trimmed))
                .or_else(|| rules::numbered_heading(trimmed).filter(|_| tabbed));
            let sentence = trimmed.ends_with('.') && trimmed.split_whitespace().nth(3).is_some();
            return strong
                .filter(|_| raw.line_count == 1 && !sentence)
                .map(|m| (squeeze_whitespace(trimmed), m));
        }
        let trimmed = first.trim();
        if raw.line_count > 2 {
            return self.wrapped_keyword_heading(raw, trimmed);
        }
        match second.map(str::trim) {
            None => rules::classify_line(trimmed).map(|m| (squeeze_whitespace(trimmed), m)),
            Some(under) => {
                if let Some(rank) = rules::underline_rank(under) {
                    let ruled =
                        rules::classify_line(trimmed).filter(|m| m.kind != HeadingKind::Caps);
                    // An underline runs about as long as its text; a long
                    // rule under a short line of prose is a separator.
                    let fits = under.chars().count() <= 2 * crate::text::display_width(trimmed) + 4;
                    let found = match ruled {
                        Some(found) => found,
                        None if fits => HeadingMatch {
                            rank,
                            kind: HeadingKind::Underlined,
                        },
                        None => return None,
                    };
                    return Some((squeeze_whitespace(trimmed), found));
                }
                // "CHAPTER I." with its title on the next line — unless that
                // line is a heading itself (`제4장 정부` over `제1절 대통령`).
                let found =
                    rules::keyword_heading(trimmed).or_else(|| rules::cjk_chapter(trimmed))?;
                if rules::strong_heading(under).is_some() {
                    return None;
                }
                let bare = trimmed.split_whitespace().count() <= 2;
                let short = under.chars().count() <= 60 && !under.ends_with([',', ';']);
                if bare && short {
                    return Some((format!("{trimmed} {under}"), found));
                }
                self.wrapped_keyword_heading(raw, trimmed)
            }
        }
    }

    /// `Capítulo XI. De lo que le sucedió a don Quijote…` wrapped onto two
    /// more lines: a keyword heading set apart above, whose block is a few
    /// lines of title.
    fn wrapped_keyword_heading(
        &self,
        raw: &RawBlock,
        first: &str,
    ) -> Option<(String, HeadingMatch)> {
        let text = &self.text[raw.range.clone()];
        let found = rules::keyword_heading(first)?;
        let short = raw.line_count <= 3 && text.chars().count() <= 3 * rules::MAX_HEADING_CHARS;
        (short && raw.blank_before >= 2 && !text.ends_with(['.', ',', ';']))
            .then(|| (squeeze_whitespace(text), found))
    }

    /// A heading line starts at the margin or is centred on the page.
    fn stands_like_heading(&self, line: &str) -> bool {
        let indent = line.len() - line.trim_start().len();
        if indent == 0 || self.heading_indent == Some(indent) {
            return true;
        }
        let width = line.trim().chars().count();
        let right = self.typical_width.saturating_sub(indent + width);
        indent >= 6 && indent.abs_diff(right) <= (self.typical_width / 8).max(4)
    }

    pub(super) fn heading_range(&self, raw: &RawBlock) -> std::ops::Range<usize> {
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
}
