//! Search in the app: the `/` prompt (incremental, with history and a
//! regex toggle), `n`/`N` with wrap-around, the results list, and the
//! highlights of the rows on screen.

use super::search_state::{
    ActiveSearch, COUNT_AT_ONCE_LIMIT, Counted, bounded_matches, per_section,
};
use super::viewport::Anchor;
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
            colour_codes: self.library.doc().has_colour_codes(),
            accents: !self.library.doc().is_ascii(),
        };
        match Search::in_text(prompt.input.text(), prompt.regex, within) {
            Ok(Some(search)) => {
                prompt.error = None;
                self.search_from(search, origin)
            }
            Ok(None) => {
                prompt.error = None;
                self.search.active = None;
                self.viewport.go_to_anchor(self.library.doc(), origin);
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
    /// A regular expression, or any search of a large document, is run on
    /// a worker (answered by `FirstMatch`), so that no pattern can hold up
    /// the keys: a literal query over a few megabytes takes milliseconds,
    /// but a regular expression can take seconds on one long line
    /// (`a*b|a` over a megabyte of `a`).
    fn search_from(&mut self, search: Search, origin: Anchor) -> Vec<Effect> {
        // In a part of a file still loading, wrapping around would skip the
        // rest of the file: that is searched on disk.
        let wrap = self.loading.is_none();
        let from = self.search_offset_of(origin);
        if !self.searches_at_once(&search) {
            self.viewport.go_to_anchor(self.library.doc(), origin);
            let generation = self.search.next_generation();
            self.search.active = Some(ActiveSearch {
                search: search.clone(),
                generation,
                current: None,
                counted: None,
                too_many: false,
                seeking: Some(origin),
            });
            return vec![Effect::Search {
                generation,
                search,
                first_from: Some((from, wrap)),
            }];
        }
        let found = search
            .next_from(self.library.doc().shown().text(), from, wrap)
            .map(|(m, _)| m);
        let mut effects = self.activate(search.clone(), found.clone());
        match &found {
            Some(m) => self.reveal_match(m.start),
            None => self.viewport.go_to_anchor(self.library.doc(), origin),
        }
        if found.is_none() {
            effects.extend(self.find_in_file(search));
        }
        effects
    }

    /// Whether `search` is quick enough to run on the event loop: a literal
    /// query over a document of a few megabytes.
    fn searches_at_once(&self, search: &Search) -> bool {
        !search.regex_mode && self.library.doc().text().len() <= COUNT_AT_ONCE_LIMIT
    }

    /// No match in the part of a large file loaded so far: look on disk.
    fn find_in_file(&self, search: Search) -> Option<Effect> {
        let loading = self.loading.as_ref()?;
        Some(Effect::FindInFile {
            generation: self.search.generation,
            search,
            from: loading.window.base + self.library.doc().text().len() as u64,
        })
    }

    /// The worker found the first match of a search (or that there is
    /// none): show it, unless the reader has moved away meanwhile.
    pub(super) fn first_match(
        &mut self,
        generation: u64,
        found: Option<Range<usize>>,
    ) -> Vec<Effect> {
        let prompt_open = matches!(self.overlay, Overlay::Search(_));
        let here = self.viewport.anchor();
        let Some(active) = self.search.answered(generation) else {
            return Vec::new();
        };
        let Some(origin) = active.seeking.take() else {
            return Vec::new();
        };
        active.current = found.clone();
        let search = active.search.clone();
        match found {
            Some(m) if prompt_open || here == origin => {
                self.reveal_match(m.start);
                Vec::new()
            }
            Some(_) => Vec::new(),
            None => {
                if !prompt_open {
                    self.message = Some(format!("no match for \"{}\"", search.query));
                }
                self.find_in_file(search).into_iter().collect()
            }
        }
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
            .is_some_and(|a| a.current.is_none() && a.seeking.is_none())
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
        self.viewport
            .go_to_anchor(self.library.doc(), prompt.origin);
    }

    /// `n` and `N`: from the current match (or the top of the view).
    pub(super) fn search_step(&mut self, forward: bool) {
        let Some(active) = &self.search.active else {
            self.message = Some("no search: / starts one".to_owned());
            return;
        };
        if active.seeking.is_some() {
            self.message = Some("still searching…".to_owned());
            return;
        }
        // Without the count, `N` finds the previous match by going through
        // every match from the top: fine for text, but a regular expression
        // can take a scan of a long line for each (`a*b|a`).
        if !forward && active.counted.is_none() && active.search.regex_mode && !active.too_many {
            self.message = Some("still counting the matches: N once they are counted".to_owned());
            return;
        }
        let here = self.search_here();
        let view_end = self.search_view_end();
        let Some(active) = &self.search.active else {
            return;
        };
        let text = self.library.doc().shown().text();
        // From the current match while it is on screen; once the reader has
        // moved away (a jump, `G`, scrolling), from the top of the view, as
        // less and vim do.
        let shown = here..view_end;
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

    /// Run the active search again (the document changed under it).
    pub(super) fn search_rerun(&mut self) -> Vec<Effect> {
        let Some(active) = self.search.active.take() else {
            return Vec::new();
        };
        // No match in the part that was loaded: look again in the whole.
        let had_match = active.current.is_some();
        let from = self.search_here();
        let current = active.current.or_else(|| {
            active
                .search
                .next_from(self.library.doc().shown().text(), from, true)
                .map(|(m, _)| m)
        });
        let found = !had_match && current.is_some();
        let effects = self.activate(active.search, current.clone());
        if let Some(m) = current.filter(|_| found) {
            self.reveal_match(m.start);
        }
        effects
    }

    /// A background count came back: keep it if it is for this search.
    pub(super) fn matches_counted(
        &mut self,
        generation: u64,
        matches: Option<Vec<Range<usize>>>,
    ) -> Vec<Effect> {
        let starts = self.search_section_starts();
        let Some(active) = self.search.answered(generation) else {
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

    /// Make `search` the highlighted one, with `current` as its current
    /// match; count every match now on small documents, else ask the shell
    /// to count in the background.
    pub(super) fn activate(
        &mut self,
        search: Search,
        current: Option<Range<usize>>,
    ) -> Vec<Effect> {
        let generation = self.search.next_generation();
        let at_once = self
            .searches_at_once(&search)
            .then(|| bounded_matches(&search, self.library.doc().shown().text()));
        let too_many = matches!(at_once, Some(None));
        let counted = at_once.flatten().map(|matches| {
            let per_section = per_section(&self.search_section_starts(), &matches);
            Counted {
                matches,
                per_section,
            }
        });
        let effects = match (counted.is_some(), too_many) {
            (true, _) | (_, true) => Vec::new(),
            (false, false) => vec![Effect::Search {
                generation,
                search: search.clone(),
                first_from: None,
            }],
        };
        self.search.active = Some(ActiveSearch {
            search,
            generation,
            current,
            counted,
            too_many,
            seeking: None,
        });
        effects
    }

    /// Make `m` (in search offsets) the current match and show it a few
    /// rows below the top.
    pub(super) fn show_match(&mut self, m: Range<usize>) {
        let start = m.start;
        if let Some(active) = &mut self.search.active {
            active.current = Some(m);
        }
        self.reveal_match(start);
    }
}
