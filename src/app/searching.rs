//! Search in the app: the `/` prompt (incremental, with history and a
//! regex toggle), `n`/`N` with wrap-around, the results list, and the
//! highlights of the rows on screen.

use super::input::SelectList;
use super::overlay::SearchResults;
use super::search_state::{
    ActiveSearch, COUNT_AT_ONCE_LIMIT, Counted, ResultRow, bounded_matches, per_section,
};
use super::viewport::{Anchor, block_at};
use super::{App, Effect, Overlay, SearchPrompt};
use crate::search::{Search, Within, next_index, previous_index};
use crate::store::Changes;
use std::ops::Range;

impl App {
    pub(super) fn open_search(&mut self) {
        self.overlay = Overlay::Search(SearchPrompt {
            origin: self.viewport.anchor(),
            ..SearchPrompt::default()
        });
    }

    /// The query changed: search again from where the search started.
    pub(super) fn search_edited(&mut self) -> Vec<Effect> {
        let Overlay::Search(prompt) = &mut self.overlay else {
            return Vec::new();
        };
        let origin = prompt.origin;
        let within = Within {
            colour_codes: self.doc.has_colour_codes(),
            accents: !self.doc.is_ascii(),
        };
        match Search::in_text(prompt.input.text(), prompt.regex, within) {
            Ok(Some(search)) => {
                prompt.error = None;
                self.search_from(search, origin)
            }
            Ok(None) => {
                prompt.error = None;
                self.search.active = None;
                self.viewport.go_to_anchor(&self.doc, origin);
                Vec::new()
            }
            Err(err) => {
                prompt.error = Some(err.0);
                self.search.active = None;
                Vec::new()
            }
        }
    }

    /// Show the first match of `search` after `origin` (or go back there).
    fn search_from(&mut self, search: Search, origin: Anchor) -> Vec<Effect> {
        // In a part of a file still loading, wrapping around would skip the
        // rest of the file: that is searched on disk.
        let found = search
            .next_from(self.doc.text(), origin.offset, self.loading.is_none())
            .map(|(m, _)| m);
        let mut effects = self.activate(search.clone(), found.clone());
        match &found {
            Some(m) => self.viewport.reveal_offset(&self.doc, m.start),
            None => self.viewport.go_to_anchor(&self.doc, origin),
        }
        if found.is_none()
            && let Some(loading) = &self.loading
        {
            effects.push(Effect::FindInFile {
                generation: self.search.generation,
                search,
                from: loading.window.base + self.doc.text().len() as u64,
            });
        }
        effects
    }

    pub(super) fn search_toggle_regex(&mut self) -> Vec<Effect> {
        if let Overlay::Search(p) = &mut self.overlay {
            p.regex = !p.regex;
        }
        self.search_edited()
    }

    /// ↑ (older) and ↓ (newer) through the history.
    pub(super) fn search_history(&mut self, older: bool) -> Vec<Effect> {
        let history = &self.search.history;
        let Overlay::Search(p) = &mut self.overlay else {
            return Vec::new();
        };
        if history.is_empty() {
            return Vec::new();
        }
        let pos = match (p.history_pos, older) {
            (None, true) => Some(history.len() - 1),
            (None, false) => None,
            (Some(i), true) => Some(i.saturating_sub(1)),
            (Some(i), false) if i + 1 < history.len() => Some(i + 1),
            (Some(_), false) => None,
        };
        p.history_pos = pos;
        p.input
            .set(pos.map(|i| history[i].clone()).unwrap_or_default());
        self.search_edited()
    }

    /// Enter: keep the position and the highlights; remember the query.
    pub(super) fn search_accept(&mut self, prompt: SearchPrompt) -> Vec<Effect> {
        let query = prompt.input.text();
        if prompt.error.is_some() || query.trim().is_empty() {
            return Vec::new();
        }
        if self
            .search
            .active
            .as_ref()
            .is_some_and(|a| a.current.is_none())
        {
            self.message = Some(format!("no match for \"{query}\""));
        }
        self.search.remember(query);
        self.save(Changes {
            searches: vec![query.to_owned()],
            ..Changes::default()
        })
    }

    /// Esc in the prompt: back to where the search started, no highlights.
    pub(super) fn search_cancel(&mut self, prompt: SearchPrompt) {
        self.search.active = None;
        self.viewport.go_to_anchor(&self.doc, prompt.origin);
    }

    /// `n` and `N`: from the current match (or the top of the view).
    pub(super) fn search_step(&mut self, forward: bool) {
        let Some(active) = &self.search.active else {
            self.message = Some("no search: / starts one".to_owned());
            return;
        };
        let here = self.viewport.offset();
        let text = self.doc.text();
        // From the current match while it is on screen; once the reader has
        // moved away (a jump, `G`, scrolling), from the top of the view, as
        // less and vim do.
        let shown = here..self.view_end();
        let current = active.current.as_ref().filter(|c| shown.contains(&c.start));
        let found = match (&active.counted, forward) {
            (Some(counted), true) => {
                let from = current.map_or(here, |c| c.start + 1);
                next_index(&counted.matches, from).map(|(i, w)| (counted.matches[i].clone(), w))
            }
            (Some(counted), false) => {
                let before = current.map_or(here, |c| c.start);
                previous_index(&counted.matches, before)
                    .map(|(i, w)| (counted.matches[i].clone(), w))
            }
            (None, true) => {
                let from = current.map_or(here, |c| c.end);
                active.search.next_from(text, from, true)
            }
            (None, false) => {
                let before = current.map_or(here, |c| c.start);
                active.search.previous_before(text, before, true)
            }
        };
        match found {
            Some((m, wrapped)) => {
                self.show_match(m);
                if wrapped {
                    self.message = Some("search wrapped".to_owned());
                }
            }
            None => self.message = Some(format!("no match for \"{}\"", active.search.query)),
        }
    }

    /// The source offset just past the last block on screen.
    fn view_end(&self) -> usize {
        self.viewport
            .view()
            .last()
            .and_then(|pos| self.doc.blocks.get(pos.block))
            .map_or(self.doc.text().len(), |b| b.range.end)
    }

    /// Run the active search again (the document changed under it).
    pub(super) fn search_rerun(&mut self) -> Vec<Effect> {
        let Some(active) = self.search.active.take() else {
            return Vec::new();
        };
        // No match in the part that was loaded: look again in the whole.
        let had_match = active.current.is_some();
        let current = active.current.or_else(|| {
            let from = self.viewport.offset();
            active
                .search
                .next_from(self.doc.text(), from, true)
                .map(|(m, _)| m)
        });
        let found = !had_match && current.is_some();
        let effects = self.activate(active.search, current.clone());
        if let Some(m) = current.filter(|_| found) {
            self.viewport.reveal_offset(&self.doc, m.start);
        }
        effects
    }

    /// A background count came back: keep it if it is for this search.
    pub(super) fn matches_counted(
        &mut self,
        generation: u64,
        matches: Option<Vec<Range<usize>>>,
    ) -> Vec<Effect> {
        let starts = self.section_starts();
        let Some(active) = self
            .search
            .active
            .as_mut()
            .filter(|a| a.generation == generation)
        else {
            return Vec::new();
        };
        match matches {
            Some(matches) => {
                let per_section = per_section(&starts, &matches);
                active.counted = Some(Counted {
                    matches,
                    per_section,
                });
            }
            None => active.too_many = true,
        }
        Vec::new()
    }

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
        for (index, m) in counted.matches.iter().enumerate() {
            let section =
                crate::outline::section_at(&self.doc.sections, block_at(&self.doc, m.start));
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

    /// Make `search` the highlighted one, with `current` as its current
    /// match; count every match now on small documents, else ask the shell
    /// to count in the background.
    pub(super) fn activate(
        &mut self,
        search: Search,
        current: Option<Range<usize>>,
    ) -> Vec<Effect> {
        self.search.generation += 1;
        let generation = self.search.generation;
        let small = self.doc.text().len() <= COUNT_AT_ONCE_LIMIT;
        let at_once = small.then(|| bounded_matches(&search, self.doc.text()));
        let too_many = matches!(at_once, Some(None));
        let counted = at_once.flatten().map(|matches| {
            let per_section = per_section(&self.section_starts(), &matches);
            Counted {
                matches,
                per_section,
            }
        });
        let effects = match (counted.is_some(), too_many) {
            (true, _) | (_, true) => Vec::new(),
            (false, false) => vec![Effect::CountMatches {
                generation,
                search: search.clone(),
            }],
        };
        self.search.active = Some(ActiveSearch {
            search,
            generation,
            current,
            counted,
            too_many,
        });
        effects
    }

    fn section_starts(&self) -> Vec<usize> {
        self.doc
            .sections
            .iter()
            .map(|s| self.doc.blocks[s.block].range.start)
            .collect()
    }

    /// Make `m` the current match and show it a few rows below the top.
    fn show_match(&mut self, m: Range<usize>) {
        let start = m.start;
        if let Some(active) = &mut self.search.active {
            active.current = Some(m);
        }
        self.viewport.reveal_offset(&self.doc, start);
    }

    /// Highlights for the rows on screen, found by running the search over
    /// the part of each block's displayed text those rows show (plus a
    /// margin for matches that straddle the edge) — never more than a screen
    /// of text, however long the block — and the current match, mapped from
    /// the source where the block shows its source as it is.
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
            let text = self.doc.block_text(block_index);
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
            let block = &self.doc.blocks[block_index];
            if let Some(current) = &active.current
                && !block.is_rich()
                && block.range.contains(&current.start)
            {
                let start = current.start - block.range.start;
                let end = current.end.min(block.range.end) - block.range.start;
                self.search.current_highlight = Some((block_index, start..end));
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
            let len = self.doc.block_text(pos.block).len();
            let wrapped = self.viewport.wrapped(&self.doc, pos.block);
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
