//! The state of searching: the prompt while a query is typed, the active
//! search whose matches are highlighted, its background count, the history
//! and the highlights for the rows on screen. Matches are byte ranges in the
//! document's source text.

use super::input::LineInput;
use super::viewport::Anchor;
use crate::search::Search;
use std::ops::Range;

/// The prompt while a query is typed.
#[derive(Debug, Clone, Default)]
pub struct SearchPrompt {
    pub input: LineInput,
    pub regex: bool,
    /// Why the query cannot be searched (invalid regular expression).
    pub error: Option<String>,
    /// Where the view was when `/` was pressed: Esc goes back there.
    pub origin: Anchor,
    /// Position in the history while browsing it with ↑/↓.
    pub history_pos: Option<usize>,
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
    /// More than [`MATCH_LIMIT`] matches: not kept, found as `n` goes.
    pub too_many: bool,
    /// The first match is being looked for on a worker, from the view at
    /// this anchor (shown again with it when the view has not moved).
    pub seeking: Option<Anchor>,
}

/// The most matches kept for one search (16 bytes each).
pub const MATCH_LIMIT: usize = 1_000_000;

/// The matches of `search` in `text`, or `None` when there are more than
/// [`MATCH_LIMIT`].
pub fn bounded_matches(search: &crate::search::Search, text: &str) -> Option<Vec<Range<usize>>> {
    bounded_matches_while(search, text, &|| true)
}

/// [`bounded_matches`], cut short when `keep_going` says so (what it
/// returns then is meaningless: the caller drops it).
pub fn bounded_matches_while(
    search: &crate::search::Search,
    text: &str,
    keep_going: &dyn Fn() -> bool,
) -> Option<Vec<Range<usize>>> {
    let matches = search.first_while(text, MATCH_LIMIT + 1, keep_going);
    (matches.len() <= MATCH_LIMIT).then_some(matches)
}

/// Every match of a search, counted (on large documents, in the background).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    pub matches: Vec<Range<usize>>,
    /// Matches in each section (same indices as the document's sections).
    pub per_section: Vec<u32>,
}

/// One row of the results list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultRow {
    /// A section with matches, and how many.
    Section { section: usize, count: u32 },
    /// A match (index into the active search's matches).
    Match(usize),
}

/// Everything about searching except the open prompt (an overlay).
#[derive(Debug, Default)]
pub struct SearchState {
    pub active: Option<ActiveSearch>,
    /// Numbers the searches.
    pub(super) generation: u64,
    /// Earlier queries, oldest first.
    pub history: Vec<String>,
    /// Search highlights for the blocks on screen: (block, ranges in its
    /// displayed text), and the current match's.
    pub highlights: Vec<(usize, Vec<Range<usize>>)>,
    pub current_highlight: Option<(usize, Range<usize>)>,
}

/// Documents up to this size are counted at once; larger ones in the
/// background, so typing a query never waits for a full count.
pub const COUNT_AT_ONCE_LIMIT: usize = 4 << 20;

/// How many earlier queries are kept.
pub const HISTORY_LIMIT: usize = 100;

impl SearchState {
    /// `match 3/41` for the status line.
    pub fn status(&self) -> Option<String> {
        let active = self.active.as_ref()?;
        if active.seeking.is_some() {
            return Some("searching…".to_owned());
        }
        Some(match (&active.counted, &active.current) {
            (Some(counted), Some(current)) => {
                let index = counted.matches.partition_point(|m| m.start < current.start);
                format!("match {}/{}", index + 1, counted.matches.len())
            }
            (Some(counted), None) => format!("{} matches", counted.matches.len()),
            (None, Some(_)) if active.too_many => "match (over 1,000,000)".to_owned(),
            (None, Some(_)) => "match (counting…)".to_owned(),
            (None, None) => "no match".to_owned(),
        })
    }

    /// Number a new search: answers about earlier ones are dropped.
    pub fn next_generation(&mut self) -> u64 {
        self.generation += 1;
        self.generation
    }

    /// The active search, if it is search `generation`: an answer from a
    /// worker about an older one is dropped.
    pub fn answered(&mut self, generation: u64) -> Option<&mut ActiveSearch> {
        self.active.as_mut().filter(|a| a.generation == generation)
    }

    /// Remember `query` as the newest in the history.
    pub fn remember(&mut self, query: &str) {
        self.history.retain(|q| q != query);
        self.history.push(query.to_owned());
        if self.history.len() > HISTORY_LIMIT {
            self.history.remove(0);
        }
    }

    /// A held position moved to `offset` in a new version of the text.
    pub fn remap(&mut self, remap: impl Fn(usize) -> Option<usize>) {
        if let Some(active) = &mut self.active {
            active.current = active.current.as_ref().and_then(|c| {
                let start = remap(c.start)?;
                Some(start..start + c.len())
            });
            active.counted = None;
        }
    }
}

/// Matches per section, walking matches and section starts together.
pub fn per_section(section_starts: &[usize], matches: &[Range<usize>]) -> Vec<u32> {
    let mut counts = vec![0u32; section_starts.len()];
    // Index of the first section starting after the match.
    let mut next = 0;
    for m in matches {
        while next < section_starts.len() && section_starts[next] <= m.start {
            next += 1;
        }
        if let Some(section) = next.checked_sub(1) {
            counts[section] += 1;
        }
    }
    counts
}
