//! The link list (`L`): the document's links, those on screen first, then
//! the rest of the section, then the rest of the document, filtered as you
//! type with the same fuzzy matching as the palette. Pure.

use super::input::{LineInput, SelectList};
use crate::document::links::Link;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use std::ops::Range;

#[derive(Debug, Default)]
pub struct LinkListState {
    pub input: LineInput,
    /// Link indices in the order they are offered with no query.
    order: Vec<usize>,
    /// The links the query matches, best first.
    pub shown: Vec<usize>,
    pub list: SelectList,
}

impl LinkListState {
    /// The list over `links`, the ones in blocks `view` first, then those
    /// in blocks `section`, then the others, each group in reading order.
    pub fn open(links: &[Link], view: Range<usize>, section: Range<usize>) -> LinkListState {
        let rank = |link: &Link| {
            if view.contains(&link.block) {
                0
            } else if section.contains(&link.block) {
                1
            } else {
                2
            }
        };
        let mut order: Vec<usize> = (0..links.len()).collect();
        order.sort_by_key(|&i| rank(&links[i]));
        let mut state = LinkListState {
            order,
            ..LinkListState::default()
        };
        state.filter(links);
        state
    }

    /// The query changed: keep the links it matches, best first.
    pub fn filter(&mut self, links: &[Link]) {
        let query = self.input.text();
        self.shown = if query.is_empty() {
            self.order.clone()
        } else {
            let matcher = SkimMatcherV2::default().smart_case();
            let mut scored: Vec<(i64, usize)> = self
                .order
                .iter()
                .filter_map(|&i| {
                    let link = &links[i];
                    let haystack = format!("{} {}", link.text, link.target);
                    matcher.fuzzy_match(&haystack, query).map(|s| (s, i))
                })
                .collect();
            // Best first; ties keep the no-query order.
            scored.sort_by_key(|&(score, _)| std::cmp::Reverse(score));
            scored.into_iter().map(|(_, i)| i).collect()
        };
        self.list = SelectList::new(self.shown.len(), 0);
    }

    /// The selected link's index, if any matches.
    pub fn selected(&self) -> Option<usize> {
        self.shown.get(self.list.selected).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(block: usize, text: &str, target: &str) -> Link {
        Link {
            block,
            text: text.into(),
            target: target.into(),
        }
    }

    #[test]
    fn links_on_screen_come_first_then_the_section_then_the_rest() {
        let links = [
            link(1, "early", "https://a.example"),
            link(5, "in section", "#setup"),
            link(9, "on screen", "other.md"),
            link(20, "later", "https://b.example"),
        ];
        let state = LinkListState::open(&links, 8..12, 4..15);
        assert_eq!(state.shown, [2, 1, 0, 3]);
        assert_eq!(state.selected(), Some(2));
    }

    #[test]
    fn typing_filters_by_text_and_address() {
        let links = [
            link(1, "Rust", "https://rust-lang.org"),
            link(2, "Guide", "docs/guide.md"),
        ];
        let mut state = LinkListState::open(&links, 0..1, 0..1);
        "guide".chars().for_each(|c| state.input.push(c));
        state.filter(&links);
        assert_eq!(state.shown, [1]);
        state.input.clear();
        "lang.org".chars().for_each(|c| state.input.push(c));
        state.filter(&links);
        assert_eq!(state.selected(), Some(0));
    }
}
