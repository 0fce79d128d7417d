//! The jump palette's state: the query being typed, the ranked results (from
//! [`crate::jump::Ranker`]), the selection and the list's scroll. Pure.

use crate::jump::{JumpIndex, Ranker, Target};

/// Query, results and selection of the open palette.
#[derive(Debug, Default)]
pub struct PaletteState {
    pub query: String,
    pub ranker: Ranker,
    /// Index into the ranked results.
    pub selected: usize,
    /// First result shown.
    pub scroll: usize,
}

impl PaletteState {
    /// A fresh palette listing everything, with `current` (a candidate
    /// index: the section being read) selected.
    pub fn open(index: &JumpIndex, current: Option<usize>) -> PaletteState {
        let mut state = PaletteState::default();
        state.ranker.rank(index, "");
        state.selected = current
            .and_then(|c| state.ranker.results().iter().position(|r| r.candidate == c))
            .unwrap_or(0);
        state
    }

    /// Type a character.
    pub fn push(&mut self, index: &JumpIndex, c: char) {
        self.query.push(c);
        self.rerank(index);
    }

    /// Delete the last character.
    pub fn backspace(&mut self, index: &JumpIndex) {
        self.query.pop();
        self.rerank(index);
    }

    /// Delete the last word (and the spaces after it), like a shell's Ctrl-w.
    pub fn delete_word(&mut self, index: &JumpIndex) {
        crate::text::delete_last_word(&mut self.query);
        self.rerank(index);
    }

    /// Clear the query.
    pub fn clear(&mut self, index: &JumpIndex) {
        self.query.clear();
        self.rerank(index);
    }

    fn rerank(&mut self, index: &JumpIndex) {
        self.ranker.rank(index, &self.query);
        self.selected = 0;
        self.scroll = 0;
    }

    /// Move the selection, stopping at the ends of the list.
    pub fn move_by(&mut self, delta: isize) {
        let last = self.ranker.results().len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    /// Scroll so the selection is among the `height` rows shown.
    pub fn keep_selection_in_view(&mut self, height: usize) {
        if height == 0 {
            return;
        }
        if self.selected < self.scroll {
            self.scroll = self.selected;
        } else if self.selected >= self.scroll + height {
            self.scroll = self.selected + 1 - height;
        }
    }

    /// Where the selected result leads, if anything matches.
    pub fn target(&self, index: &JumpIndex) -> Option<Target> {
        let ranked = self.ranker.results().get(self.selected)?;
        Some(index.candidates[ranked.candidate].target)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Format};

    fn index() -> JumpIndex {
        let doc = Document::from_text(
            "t.md",
            "# Alpha\n## Beta\n## Gamma\n# Delta\n",
            Format::Markdown,
        );
        JumpIndex::new(&[&doc], &[])
    }

    #[test]
    fn opening_preselects_the_current_section() {
        let index = index();
        assert_eq!(PaletteState::open(&index, Some(2)).selected, 2);
        assert_eq!(PaletteState::open(&index, None).selected, 0);
    }

    #[test]
    fn editing_the_query_reranks() {
        let index = index();
        let mut p = PaletteState::open(&index, Some(2));
        for c in "gam".chars() {
            p.push(&index, c);
        }
        assert_eq!(p.ranker.results().len(), 1);
        assert_eq!(
            p.target(&index),
            Some(Target::Section { doc: 0, section: 2 })
        );
        p.backspace(&index);
        assert_eq!(p.query, "ga");
        p.push(&index, ' ');
        p.push(&index, 'x');
        p.delete_word(&index);
        assert_eq!(p.query, "ga ");
        p.clear(&index);
        assert_eq!(p.ranker.results().len(), 4);
    }

    #[test]
    fn selection_stops_at_the_ends_and_scrolls_into_view() {
        let index = index();
        let mut p = PaletteState::open(&index, None);
        p.move_by(-1);
        assert_eq!(p.selected, 0);
        p.move_by(10);
        assert_eq!(p.selected, 3);
        p.keep_selection_in_view(2);
        assert_eq!(p.scroll, 2);
        p.move_by(-3);
        p.keep_selection_in_view(2);
        assert_eq!((p.selected, p.scroll), (0, 0));
    }

    #[test]
    fn no_match_has_no_target() {
        let index = index();
        let mut p = PaletteState::open(&index, None);
        for c in "xyzq".chars() {
            p.push(&index, c);
        }
        assert_eq!(p.target(&index), None);
        p.move_by(1);
        assert_eq!(p.selected, 0);
    }
}
