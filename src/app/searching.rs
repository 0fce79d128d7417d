//! Search in the app: the `/` prompt (incremental, with history and a
//! regex toggle), the active search whose matches are highlighted, `n`/`N`
//! with wrap-around, per-section match counts for the outline, and the
//! results list. Matches are byte ranges in the document's source text.

use super::{Anchor, App, Effect, Focus, Overlay};
use crate::search::{Search, next_index, previous_index};
use crate::store::Changes;
use std::ops::Range;

/// The prompt while a query is typed.
#[derive(Debug, Clone, Default)]
pub struct SearchPrompt {
    pub input: String,
    pub regex: bool,
    /// Why the query cannot be searched (invalid regular expression).
    pub error: Option<String>,
    /// Where the view was when `/` was pressed: Esc goes back there.
    origin: Anchor,
    /// Position in the history while browsing it with ↑/↓.
    history_pos: Option<usize>,
}

/// A search whose matches are highlighted.
#[derive(Debug, Clone)]
pub struct ActiveSearch {
    pub search: Search,
    /// Which search this is, so a late background count of an older query
    /// is ignored.
    pub generation: u64,
    /// The current match, in the source text.
    pub current: Option<Range<usize>>,
    /// Every match and the per-section counts, once counted.
    pub counted: Option<Counted>,
}

/// Every match of a search, counted (on large documents, in the background).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    pub matches: Vec<Range<usize>>,
    /// Matches in each section (same indices as the document's sections).
    pub per_section: Vec<u32>,
}

/// Documents up to this size are counted at once; larger ones in the
/// background, so typing a query never waits for a full count.
pub const COUNT_AT_ONCE_LIMIT: usize = 4 << 20;

/// One row of the results list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultRow {
    /// A section with matches, and how many.
    Section { section: usize, count: u32 },
    /// A match (index into the active search's matches).
    Match(usize),
}

/// Everything about searching.
#[derive(Debug, Default)]
pub struct SearchState {
    pub prompt: Option<SearchPrompt>,
    pub active: Option<ActiveSearch>,
    /// Numbers the searches.
    generation: u64,
    /// Earlier queries, oldest first.
    pub history: Vec<String>,
    /// The results list and its selection, while open.
    pub results: Vec<ResultRow>,
    pub selected: usize,
}

/// How many earlier queries are kept.
pub const HISTORY_LIMIT: usize = 100;

impl App {
    /// Open the search prompt.
    pub(super) fn open_search(&mut self) {
        self.search.prompt = Some(SearchPrompt {
            origin: self.anchor,
            ..SearchPrompt::default()
        });
        self.overlay = Overlay::Search;
    }

    /// The query changed: search again from where the search started.
    pub(super) fn search_edited(&mut self) -> Vec<Effect> {
        let Some(prompt) = &mut self.search.prompt else {
            return Vec::new();
        };
        let origin = prompt.origin;
        match Search::new(&prompt.input, prompt.regex) {
            Ok(Some(search)) => {
                prompt.error = None;
                let from = self.offset_of(origin);
                // In a part of a file still loading, wrapping around would
                // skip the rest of the file: that is searched on disk.
                let found = search
                    .next_from(self.doc.text(), from, !self.loading)
                    .map(|(m, _)| m);
                let mut effects = self.activate(search.clone(), found.clone());
                match &found {
                    Some(m) => self.go_to_offset(m.start),
                    None => self.return_to(origin),
                }
                if found.is_none()
                    && let Some(window) = self.window.filter(|_| self.loading)
                {
                    effects.push(Effect::FindInFile {
                        generation: self.search.generation,
                        search,
                        from: window.base + self.doc.text().len() as u64,
                    });
                }
                effects
            }
            Ok(None) => {
                prompt.error = None;
                self.search.active = None;
                self.return_to(origin);
                Vec::new()
            }
            Err(err) => {
                prompt.error = Some(err.0);
                self.search.active = None;
                self.refresh_view();
                Vec::new()
            }
        }
    }

    pub(super) fn search_input(&mut self, c: char) -> Vec<Effect> {
        if let Some(p) = &mut self.search.prompt {
            p.input.push(c);
            p.history_pos = None;
        }
        self.search_edited()
    }

    pub(super) fn search_backspace(&mut self) -> Vec<Effect> {
        if let Some(p) = &mut self.search.prompt {
            p.input.pop();
        }
        self.search_edited()
    }

    pub(super) fn search_delete_word(&mut self) -> Vec<Effect> {
        if let Some(p) = &mut self.search.prompt {
            crate::text::delete_last_word(&mut p.input);
        }
        self.search_edited()
    }

    pub(super) fn search_clear(&mut self) -> Vec<Effect> {
        if let Some(p) = &mut self.search.prompt {
            p.input.clear();
        }
        self.search_edited()
    }

    pub(super) fn search_toggle_regex(&mut self) -> Vec<Effect> {
        if let Some(p) = &mut self.search.prompt {
            p.regex = !p.regex;
        }
        self.search_edited()
    }

    /// ↑ (older) and ↓ (newer) through the history.
    pub(super) fn search_history(&mut self, older: bool) -> Vec<Effect> {
        let history = &self.search.history;
        let Some(p) = &mut self.search.prompt else {
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
        p.input = pos.map(|i| history[i].clone()).unwrap_or_default();
        self.search_edited()
    }

    /// Enter: keep the position and the highlights; remember the query.
    pub(super) fn search_accept(&mut self) -> Vec<Effect> {
        let Some(prompt) = self.search.prompt.take() else {
            return Vec::new();
        };
        self.overlay = Overlay::None;
        if prompt.error.is_some() || prompt.input.trim().is_empty() {
            return Vec::new();
        }
        if self
            .search
            .active
            .as_ref()
            .is_some_and(|a| a.current.is_none())
        {
            self.message = Some(format!("no match for \"{}\"", prompt.input));
        }
        let history = &mut self.search.history;
        history.retain(|q| *q != prompt.input);
        history.push(prompt.input.clone());
        if history.len() > HISTORY_LIMIT {
            history.remove(0);
        }
        vec![Effect::Save(Changes {
            searches: vec![prompt.input],
            ..Changes::default()
        })]
    }

    /// Esc in the prompt: back to where the search started, no highlights.
    pub(super) fn search_cancel(&mut self) {
        if let Some(prompt) = self.search.prompt.take() {
            self.search.active = None;
            self.return_to(prompt.origin);
        }
        self.overlay = Overlay::None;
    }

    /// `n` and `N`: from the current match (or the top of the view).
    pub(super) fn search_step(&mut self, forward: bool) {
        let Some(active) = &self.search.active else {
            self.message = Some("no search: / starts one".to_owned());
            return;
        };
        let text = self.doc.text();
        let found = match (&active.counted, forward) {
            (Some(counted), true) => {
                let from = active
                    .current
                    .as_ref()
                    .map_or(self.source_position(), |c| c.start + 1);
                next_index(&counted.matches, from).map(|(i, w)| (counted.matches[i].clone(), w))
            }
            (Some(counted), false) => {
                let before = active
                    .current
                    .as_ref()
                    .map_or(self.source_position(), |c| c.start);
                previous_index(&counted.matches, before)
                    .map(|(i, w)| (counted.matches[i].clone(), w))
            }
            (None, true) => {
                let from = active
                    .current
                    .as_ref()
                    .map_or(self.source_position(), |c| c.end);
                active.search.next_from(text, from, true)
            }
            (None, false) => {
                let before = active
                    .current
                    .as_ref()
                    .map_or(self.source_position(), |c| c.start);
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

    /// Run the active search again (the document changed under it).
    pub(super) fn search_rerun(&mut self) -> Vec<Effect> {
        let Some(active) = self.search.active.take() else {
            return Vec::new();
        };
        // No match in the part that was loaded: look again in the whole.
        let had_match = active.current.is_some();
        let current = active.current.or_else(|| {
            let from = self.source_position();
            active
                .search
                .next_from(self.doc.text(), from, true)
                .map(|(m, _)| m)
        });
        let found = !had_match && current.is_some();
        let effects = self.activate(active.search, current.clone());
        match current {
            Some(m) if found => self.go_to_offset(m.start),
            _ => self.refresh_view(),
        }
        effects
    }

    /// A background count came back: keep it if it is for this search.
    pub(super) fn matches_counted(&mut self, generation: u64, matches: Vec<Range<usize>>) {
        let per_section = self.per_section(&matches);
        if let Some(active) = self
            .search
            .active
            .as_mut()
            .filter(|a| a.generation == generation)
        {
            active.counted = Some(Counted {
                matches,
                per_section,
            });
        }
    }

    /// Clear the highlights (Esc or `\` while reading).
    pub(super) fn search_clear_highlights(&mut self) {
        self.search.active = None;
        self.refresh_view();
    }

    /// Open the results list: sections with matches, each followed by its
    /// matches.
    pub(super) fn open_search_results(&mut self) {
        let Some(active) = &self.search.active else {
            self.message = Some("no search: / starts one".to_owned());
            return;
        };
        let Some(counted) = &active.counted else {
            self.message = Some("still counting the matches…".to_owned());
            return;
        };
        let mut rows = Vec::with_capacity(counted.matches.len() + counted.per_section.len());
        let mut section_of_last = None;
        for (index, m) in counted.matches.iter().enumerate() {
            let section = self.section_of_offset(m.start);
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
        self.search.selected = rows
            .iter()
            .position(|r| Some(*r) == current.map(ResultRow::Match))
            .unwrap_or(0);
        self.search.results = rows;
        self.overlay = Overlay::SearchResults;
    }

    pub(super) fn search_results_move(&mut self, delta: isize) {
        let last = self.search.results.len().saturating_sub(1);
        self.search.selected = self.search.selected.saturating_add_signed(delta).min(last);
    }

    pub(super) fn search_results_jump(&mut self) {
        let index = match self.search.results.get(self.search.selected) {
            Some(ResultRow::Match(i)) => *i,
            Some(ResultRow::Section { .. }) => {
                match self.search.results.get(self.search.selected + 1) {
                    Some(ResultRow::Match(i)) => *i,
                    _ => return,
                }
            }
            None => return,
        };
        let Some(m) = self
            .search
            .active
            .as_ref()
            .and_then(|a| a.counted.as_ref())
            .and_then(|c| c.matches.get(index).cloned())
        else {
            return;
        };
        self.overlay = Overlay::None;
        self.focus = Focus::Text;
        self.show_match(m);
    }

    /// `match 3/41` for the status line.
    pub fn search_status(&self) -> Option<String> {
        let active = self.search.active.as_ref()?;
        Some(match (&active.counted, &active.current) {
            (Some(counted), Some(current)) => {
                let index = counted.matches.partition_point(|m| m.start < current.start);
                format!("match {}/{}", index + 1, counted.matches.len())
            }
            (Some(counted), None) => format!("{} matches", counted.matches.len()),
            (None, Some(_)) => "match (counting…)".to_owned(),
            (None, None) => "no match".to_owned(),
        })
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
        let counted = (self.doc.text().len() <= COUNT_AT_ONCE_LIMIT).then(|| {
            let matches = search.all(self.doc.text());
            let per_section = self.per_section(&matches);
            Counted {
                matches,
                per_section,
            }
        });
        let effects = match counted {
            Some(_) => Vec::new(),
            None => vec![Effect::CountMatches {
                generation,
                search: search.clone(),
            }],
        };
        self.search.active = Some(ActiveSearch {
            search,
            generation,
            current,
            counted,
        });
        effects
    }

    /// Matches per section, walking matches and section starts together.
    fn per_section(&self, matches: &[Range<usize>]) -> Vec<u32> {
        let sections = &self.doc.sections;
        let starts: Vec<usize> = sections
            .iter()
            .map(|s| self.doc.blocks[s.block].range.start)
            .collect();
        let mut counts = vec![0u32; sections.len()];
        // Index of the first section starting after the match.
        let mut next = 0;
        for m in matches {
            while next < starts.len() && starts[next] <= m.start {
                next += 1;
            }
            if let Some(section) = next.checked_sub(1) {
                counts[section] += 1;
            }
        }
        counts
    }

    /// Make `m` the current match and put its row at the top.
    fn show_match(&mut self, m: Range<usize>) {
        let start = m.start;
        if let Some(active) = &mut self.search.active {
            active.current = Some(m);
        }
        self.go_to_offset(start);
    }

    fn return_to(&mut self, origin: Anchor) {
        let offset = self.offset_of(origin);
        self.go_to_offset(offset);
    }

    /// The source offset an anchor stands for.
    fn offset_of(&self, anchor: Anchor) -> usize {
        match self.doc.blocks.get(anchor.block) {
            Some(b) if !b.is_rich() && anchor.offset != crate::wrap::GAP_OFFSET => {
                (b.range.start + anchor.offset).min(b.range.end)
            }
            Some(b) => b.range.start,
            None => 0,
        }
    }

    fn section_of_offset(&self, offset: usize) -> Option<usize> {
        let block = self
            .doc
            .blocks
            .partition_point(|b| b.range.start <= offset)
            .saturating_sub(1);
        crate::outline::section_at(&self.doc.sections, block)
    }

    /// Highlights for the rows on screen, found by running the search over
    /// the part of each block's displayed text those rows show (plus a
    /// margin for matches that straddle the edge) — never more than a screen
    /// of text, however long the block — and the current match, mapped from
    /// the source where the block shows its source as it is.
    pub(super) fn refresh_highlights(&mut self) {
        self.highlights.clear();
        self.current_highlight = None;
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
                self.current_highlight = Some((block_index, start..end));
            }
            if !ranges.is_empty() {
                self.highlights.push((block_index, ranges));
            }
        }
    }

    /// For each block on screen, the byte range of its text the screen shows.
    fn visible_spans(&mut self) -> Vec<(usize, Range<usize>)> {
        let mut spans: Vec<(usize, Range<usize>)> = Vec::new();
        for pos in self.view.clone() {
            let len = self.doc.block_text(pos.block).len();
            let wrapped = self.wrap.get(&self.doc, pos.block);
            let start = match wrapped.rows[pos.row] {
                crate::wrap::Row::Gap => continue,
                _ => wrapped.row_offset(pos.row),
            };
            let end = match wrapped.rows.get(pos.row + 1) {
                Some(crate::wrap::Row::Gap) | None => len,
                Some(_) => wrapped.row_offset(pos.row + 1),
            };
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
