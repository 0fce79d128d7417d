//! The jump palette's state: the query being typed, the ranked results (from
//! [`crate::jump::Ranker`]) and the selection. Pure.

use super::input::{LineInput, SelectList};
use crate::jump::{JumpIndex, Ranker, Target};

/// Query, results and selection of the open palette.
#[derive(Debug, Default)]
pub struct PaletteState {
    pub input: LineInput,
    pub ranker: Ranker,
    /// Over the ranked results.
    pub list: SelectList,
    /// Enter was pressed on this query while a large file loads and
    /// nothing matched yet: go when the whole file is in, if it matches.
    pub accept_when_whole: bool,
}

impl PaletteState {
    /// A fresh palette listing everything, with `current` (a candidate
    /// index: the section being read) selected.
    pub fn open(index: &JumpIndex, current: Option<usize>) -> PaletteState {
        let mut state = PaletteState::default();
        state.ranker.rank(index, "");
        let selected = current
            .and_then(|c| state.ranker.results().iter().position(|r| r.candidate == c))
            .unwrap_or(0);
        state.list = SelectList::new(state.ranker.results().len(), selected);
        state
    }

    /// The query changed: rank again and select the best.
    pub fn rerank(&mut self, index: &JumpIndex) {
        self.ranker.rank(index, self.input.text());
        self.list = SelectList::new(self.ranker.results().len(), 0);
    }

    /// Where the selected result leads, if anything matches.
    pub fn target(&self, index: &JumpIndex) -> Option<Target> {
        let ranked = self.ranker.results().get(self.list.selected)?;
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

    fn typed(p: &mut PaletteState, index: &JumpIndex, text: &str) {
        text.chars().for_each(|c| p.input.push(c));
        p.rerank(index);
    }

    #[test]
    fn opening_preselects_the_current_section() {
        let index = index();
        assert_eq!(PaletteState::open(&index, Some(2)).list.selected, 2);
        assert_eq!(PaletteState::open(&index, None).list.selected, 0);
    }

    #[test]
    fn editing_the_query_reranks() {
        let index = index();
        let mut p = PaletteState::open(&index, Some(2));
        typed(&mut p, &index, "gam");
        assert_eq!(p.ranker.results().len(), 1);
        assert_eq!(
            p.target(&index),
            Some(Target::Section { doc: 0, section: 2 })
        );
        p.input.clear();
        p.rerank(&index);
        assert_eq!(p.ranker.results().len(), 4);
    }

    #[test]
    fn no_match_has_no_target() {
        let index = index();
        let mut p = PaletteState::open(&index, None);
        typed(&mut p, &index, "xyzq");
        assert_eq!(p.target(&index), None);
        p.list.move_by(1);
        assert_eq!(p.list.selected, 0);
    }
}
