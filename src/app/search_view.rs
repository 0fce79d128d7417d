//! What a search shows besides the current match: the results list (`F`)
//! and the highlights of the rows on screen.

use super::input::SelectList;
use super::overlay::SearchResults;
use super::search_state::ResultRow;
use super::{App, Overlay};
use std::ops::Range;

impl App {
    /// Open the results list: sections with matches, each followed by its
    /// matches.
    pub(super) fn open_search_results(&mut self) {
        let Some(active) = &self.search.active else {
            self.message = Some("no search: / starts one".to_owned());
            return;
        };
        let Some(counted) = &active.counted else {
            self.message = Some(if active.too_many {
                "over 1,000,000 matches: too many to list; n and N go through them".to_owned()
            } else {
                "still counting the matches…".to_owned()
            });
            return;
        };
        let mut rows = Vec::with_capacity(counted.matches.len() + counted.per_section.len());
        let mut section_of_last = None;
        let shown = self.library.doc().shown();
        for (index, m) in counted.matches.iter().enumerate() {
            let block = shown.place(self.library.doc(), m.start).0;
            let section = crate::outline::section_at(&self.library.doc().sections, block);
            if section != section_of_last {
                if let Some(section) = section {
                    rows.push(ResultRow::Section {
                        section,
                        count: counted.per_section[section],
                    });
                }
                section_of_last = section;
            }
            rows.push(ResultRow::Match(index));
        }
        let current = active
            .current
            .as_ref()
            .map(|c| counted.matches.partition_point(|m| m.start < c.start));
        let selected = rows
            .iter()
            .position(|r| Some(*r) == current.map(ResultRow::Match))
            .unwrap_or(0);
        let list = SelectList::new(rows.len(), selected);
        self.overlay = Overlay::SearchResults(SearchResults { rows, list });
    }

    /// Enter in the results list: go to the selected match (or the first of
    /// the selected section).
    pub(super) fn search_results_jump(&mut self, results: &SearchResults) {
        let selected = results.list.selected;
        let index = match results.rows.get(selected) {
            Some(ResultRow::Match(i)) => i,
            Some(ResultRow::Section { .. }) => match results.rows.get(selected + 1) {
                Some(ResultRow::Match(i)) => i,
                _ => return,
            },
            None => return,
        };
        let found = self
            .search
            .active
            .as_ref()
            .and_then(|a| a.counted.as_ref())
            .and_then(|c| c.matches.get(*index).cloned());
        if let Some(m) = found {
            self.show_match(m);
        }
    }

    /// Highlights for the rows on screen, found by running the search over
    /// the part of each block's displayed text those rows show (plus a
    /// margin for matches that straddle the edge) — never more than a screen
    /// of text, however long the block — and the current match, from the
    /// displayed text search reads.
    pub(super) fn refresh_highlights(&mut self) {
        self.search.highlights.clear();
        self.search.current_highlight = None;
        if self.search.active.is_none() {
            return;
        }
        let spans = self.visible_spans();
        let Some(active) = &self.search.active else {
            return;
        };
        for (block_index, shown) in spans {
            let text = self.library.doc().block_text(block_index);
            let from = crate::text::floor_char_boundary(
                text,
                shown.start.saturating_sub(HIGHLIGHT_MARGIN),
            );
            let to = crate::text::ceil_char_boundary(
                text,
                (shown.end + HIGHLIGHT_MARGIN).min(text.len()),
            );
            let ranges: Vec<Range<usize>> = active
                .search
                .all(&text[from..to])
                .into_iter()
                .map(|r| r.start + from..r.end + from)
                .filter(|r| r.end > shown.start && r.start < shown.end)
                .collect();
            if let Some(current) = &active.current {
                let (block, start) = self
                    .library
                    .doc()
                    .shown()
                    .place(self.library.doc(), current.start);
                if block == block_index && start < text.len() {
                    let end = (start + current.len()).min(text.len());
                    self.search.current_highlight = Some((block_index, start..end));
                }
            }
            if !ranges.is_empty() {
                self.search.highlights.push((block_index, ranges));
            }
        }
    }

    /// For each block on screen, the byte range of its text the screen shows.
    fn visible_spans(&mut self) -> Vec<(usize, Range<usize>)> {
        let mut spans: Vec<(usize, Range<usize>)> = Vec::new();
        for pos in self.viewport.view().to_vec() {
            let len = self.library.doc().block_text(pos.block).len();
            let wrapped = self.viewport.wrapped(self.library.doc(), pos.block);
            let start = match wrapped.rows[pos.row] {
                crate::wrap::Row::Gap => continue,
                _ => wrapped.row_offset(pos.row),
            };
            let mut end = match wrapped.rows.get(pos.row + 1) {
                Some(crate::wrap::Row::Gap) | None => len,
                Some(_) => wrapped.row_offset(pos.row + 1),
            };
            // A fitted table row's later columns reach past the next row's start.
            if let crate::wrap::Row::Cells { pieces, .. } = &wrapped.rows[pos.row] {
                end = pieces.iter().map(|p| p.end).fold(end, usize::max);
            }
            match spans.last_mut() {
                Some((block, range)) if *block == pos.block => range.end = end,
                _ => spans.push((pos.block, start..end)),
            }
        }
        spans
    }
}

/// Bytes searched beyond the visible text, so a match that starts just off
/// screen and runs onto it is still lit.
const HIGHLIGHT_MARGIN: usize = 512;
