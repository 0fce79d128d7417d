//! The outline pane's state: which entries are collapsed and so visible,
//! which is selected, and how far the list is scrolled. Pure.

use crate::document::Section;

/// Selection, folding and scroll of the outline.
#[derive(Debug, Clone, Default)]
pub struct OutlineState {
    /// Section index of the selected entry.
    pub selected: usize,
    /// First row shown: rows are `lead` document names, the visible
    /// entries, then `trail` document names.
    pub scroll: usize,
    /// Rows above the entries (other documents' names and this one's).
    pub lead: usize,
    /// Rows below the entries (the documents after this one).
    pub trail: usize,
    collapsed: Vec<bool>,
    /// Section indices not hidden inside a collapsed entry, in order.
    visible: Vec<usize>,
    /// Each section's parent, found once so a path costs its depth.
    parents: Vec<Option<usize>>,
    /// How many sections each is nested in.
    depths: Vec<usize>,
}

impl OutlineState {
    pub fn new(sections: &[Section]) -> Self {
        let parents = crate::outline::parents(sections);
        let mut state = OutlineState {
            collapsed: vec![false; sections.len()],
            depths: crate::outline::depths(&parents),
            parents,
            ..OutlineState::default()
        };
        state.rebuild(sections);
        state
    }

    /// Section indices of the entries that can be shown.
    pub fn visible(&self) -> &[usize] {
        &self.visible
    }

    pub fn is_collapsed(&self, section: usize) -> bool {
        self.collapsed.get(section).copied().unwrap_or(false)
    }

    fn rebuild(&mut self, sections: &[Section]) {
        self.visible.clear();
        let mut hide_deeper_than: Option<u8> = None;
        for (index, section) in sections.iter().enumerate() {
            if let Some(level) = hide_deeper_than {
                if section.level > level {
                    continue;
                }
                hide_deeper_than = None;
            }
            self.visible.push(index);
            if self.collapsed[index] {
                hide_deeper_than = Some(section.level);
            }
        }
    }

    /// Whether `section` has entries nested under it.
    pub fn has_children(sections: &[Section], section: usize) -> bool {
        sections
            .get(section + 1)
            .is_some_and(|next| next.level > sections[section].level)
    }

    /// How many sections `section` is nested in (its indent in the pane).
    pub fn depth(&self, section: usize) -> usize {
        self.depths.get(section).copied().unwrap_or(0)
    }

    fn parent(&self, section: usize) -> Option<usize> {
        self.parents.get(section).copied().flatten()
    }

    /// `section` and the sections it is nested in, outermost first.
    pub fn path_to(&self, section: usize) -> Vec<usize> {
        let mut path: Vec<usize> =
            std::iter::successors(Some(section), |&s| self.parent(s)).collect();
        path.reverse();
        path
    }

    /// Select `section`, or the nearest ancestor of it that is visible.
    pub fn select_visible(&mut self, mut section: usize) {
        while self.visible.binary_search(&section).is_err() {
            match self.parent(section) {
                Some(parent) => section = parent,
                None => break,
            }
        }
        self.selected = section;
    }

    /// Move the selection by `delta` visible entries.
    pub fn move_by(&mut self, delta: isize) {
        if self.visible.is_empty() {
            return;
        }
        let at = self
            .visible
            .binary_search(&self.selected)
            .unwrap_or_else(|i| i.min(self.visible.len() - 1));
        let target = at.saturating_add_signed(delta).min(self.visible.len() - 1);
        self.selected = self.visible[target];
    }

    /// Collapse the selected entry, or select its parent when it is a leaf or
    /// already collapsed.
    pub fn collapse(&mut self, sections: &[Section]) {
        let selected = self.selected;
        if Self::has_children(sections, selected) && !self.is_collapsed(selected) {
            self.collapsed[selected] = true;
            self.rebuild(sections);
        } else if let Some(parent) = self.parent(selected) {
            self.selected = parent;
        }
    }

    /// Expand the selected entry, or step into its first child when open.
    pub fn expand(&mut self, sections: &[Section]) {
        let selected = self.selected;
        if self.is_collapsed(selected) {
            self.collapsed[selected] = false;
            self.rebuild(sections);
        } else if Self::has_children(sections, selected) {
            self.selected = selected + 1;
        }
    }

    /// Show `depth` levels of nesting, folding the entries below (levels
    /// may skip numbers: an entry's depth is how deep it is nested; a lone
    /// root, the document's title, does not count); `None` unfolds every
    /// entry.
    pub fn fold_to_depth(&mut self, sections: &[Section], depth: Option<u8>) {
        // How deep each entry is nested: 1 with no parent.
        let depths: Vec<usize> = self.depths.iter().map(|d| d + 1).collect();
        let lone_root = depths.iter().filter(|&&d| d == 1).count() == 1;
        let shown = depth.map(|d| usize::from(d.max(1)) + usize::from(lone_root));
        for (index, &nested) in depths.iter().enumerate() {
            self.collapsed[index] =
                shown.is_some_and(|shown| nested >= shown) && Self::has_children(sections, index);
        }
        self.rebuild(sections);
    }

    /// Scroll so the selection is among the `height` rows shown.
    pub fn keep_selection_in_view(&mut self, height: usize) {
        if height == 0 {
            return;
        }
        let at = match self.visible.binary_search(&self.selected) {
            Ok(at) => at + self.lead,
            // No entries: keep the document names in view.
            Err(_) if self.visible.is_empty() => self.lead.saturating_sub(1),
            Err(_) => return,
        };
        if at < self.scroll {
            self.scroll = at;
        } else if at >= self.scroll + height {
            self.scroll = at + 1 - height;
        }
        self.scroll = self.scroll.min(self.rows().saturating_sub(height));
    }

    /// All rows: document names and entries.
    pub fn rows(&self) -> usize {
        self.lead + self.visible.len() + self.trail
    }

    /// Scroll the list without moving the selection (mouse wheel).
    pub fn scroll_by(&mut self, delta: isize, height: usize) {
        let max = self.rows().saturating_sub(height);
        self.scroll = self.scroll.saturating_add_signed(delta).min(max);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Format};

    fn sections() -> Vec<Section> {
        Document::from_text(
            "t.md",
            "# A\n## A1\n## A2\n### A2x\n# B\n",
            Format::Markdown,
        )
        .sections
    }

    #[test]
    fn collapsing_hides_descendants_and_expanding_shows_them() {
        let s = sections();
        let mut o = OutlineState::new(&s);
        assert_eq!(o.visible(), &[0, 1, 2, 3, 4]);
        o.collapse(&s);
        assert_eq!(o.visible(), &[0, 4]);
        o.move_by(1);
        assert_eq!(o.selected, 4);
        o.move_by(-1);
        o.expand(&s);
        assert_eq!(o.visible().len(), 5);
        o.expand(&s);
        assert_eq!(o.selected, 1, "l on an open entry steps into it");
    }

    #[test]
    fn collapse_on_a_leaf_goes_to_the_parent_and_hidden_entries_select_ancestors() {
        let s = sections();
        let mut o = OutlineState::new(&s);
        o.selected = 3;
        o.collapse(&s);
        assert_eq!(o.selected, 2);
        o.selected = 0;
        o.collapse(&s);
        o.select_visible(3);
        assert_eq!(o.selected, 0);
    }

    #[test]
    fn selection_stays_in_bounds_and_in_view() {
        let s = sections();
        let mut o = OutlineState::new(&s);
        o.move_by(-3);
        assert_eq!(o.selected, 0);
        o.move_by(99);
        assert_eq!(o.selected, 4);
        o.keep_selection_in_view(2);
        assert_eq!(o.scroll, 3);
    }

    #[test]
    fn folding_counts_nesting_not_level_numbers_and_skips_a_lone_title() {
        let mut state = OutlineState::new(&sections());
        state.fold_to_depth(&sections(), Some(1));
        assert_eq!(state.visible(), [0, 4], "A and B");
        state.fold_to_depth(&sections(), Some(2));
        assert_eq!(state.visible(), [0, 1, 2, 4]);
        state.fold_to_depth(&sections(), None);
        assert_eq!(state.visible(), [0, 1, 2, 3, 4]);
        let titled = Document::from_text(
            "t.md",
            "# Title
### A
#### A1
### B
",
            Format::Markdown,
        );
        let mut state = OutlineState::new(&titled.sections);
        state.fold_to_depth(&titled.sections, Some(1));
        assert_eq!(state.visible(), [0, 1, 3], "the title and its chapters");
    }
}
