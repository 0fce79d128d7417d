//! The two pieces every prompt and list is made of: one line of typed text
//! ([`LineInput`]) and a selection in a list with its scroll
//! ([`SelectList`]). Pure; each overlay owns the ones it needs.

/// A line of typed text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineInput {
    text: String,
}

impl LineInput {
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn set(&mut self, text: String) {
        self.text = text;
    }

    pub fn push(&mut self, c: char) {
        self.text.push(c);
    }

    /// Delete the last character.
    pub fn delete_char(&mut self) {
        self.text.pop();
    }

    /// Delete the last word and the spaces after it, like a shell's Ctrl-w.
    pub fn delete_word(&mut self) {
        crate::text::delete_last_word(&mut self.text);
    }

    pub fn clear(&mut self) {
        self.text.clear();
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }
}

/// The selected row of a list of `len` rows, and the first row shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SelectList {
    pub selected: usize,
    pub scroll: usize,
    len: usize,
}

impl SelectList {
    /// A list of `len` rows with row `selected` selected (clamped).
    pub fn new(len: usize, selected: usize) -> SelectList {
        let mut list = SelectList {
            selected,
            scroll: 0,
            len,
        };
        list.clamp();
        list
    }

    /// The list now has `len` rows; the selection stays in it.
    pub fn set_len(&mut self, len: usize) {
        self.len = len;
        self.clamp();
    }

    /// Move the selection, stopping at the ends.
    pub fn move_by(&mut self, delta: isize) {
        self.selected = self.selected.saturating_add_signed(delta);
        self.clamp();
    }

    fn clamp(&mut self) {
        self.selected = self.selected.min(self.len.saturating_sub(1));
    }

    /// Scroll so the selection is among the `height` rows shown.
    pub fn keep_in_view(&mut self, height: usize) {
        if height == 0 {
            return;
        }
        if self.selected < self.scroll {
            self.scroll = self.selected;
        } else if self.selected >= self.scroll + height {
            self.scroll = self.selected + 1 - height;
        }
        self.scroll = self.scroll.min(self.len.saturating_sub(height));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_input_edits_by_character_and_word() {
        let mut input = LineInput::default();
        "one two".chars().for_each(|c| input.push(c));
        input.delete_char();
        assert_eq!(input.text(), "one tw");
        input.delete_word();
        assert_eq!(input.text(), "one ");
        input.clear();
        assert!(input.is_empty());
    }

    #[test]
    fn selection_stops_at_the_ends_and_scrolls_into_view() {
        let mut list = SelectList::new(4, 9);
        assert_eq!(list.selected, 3);
        list.move_by(-10);
        assert_eq!(list.selected, 0);
        list.move_by(3);
        list.keep_in_view(2);
        assert_eq!((list.selected, list.scroll), (3, 2));
        list.set_len(2);
        assert_eq!(list.selected, 1);
        list.keep_in_view(2);
        assert_eq!(list.scroll, 0);
        let mut empty = SelectList::new(0, 0);
        empty.move_by(1);
        assert_eq!(empty.selected, 0);
    }
}
