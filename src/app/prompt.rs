//! A one-line text prompt at the bottom of the screen (a bookmark's label).

use super::input::LineInput;
use super::overlay::BookmarkList;
use crate::store::Place;

/// What the typed text is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptPurpose {
    /// Label a new bookmark at this place.
    NewBookmark(Place),
    /// Rename the bookmark with this id, then go back to the list.
    Rename { id: String, list: BookmarkList },
    /// Go to a line, a percentage or a section (`:`).
    GoTo,
}

/// The prompt's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub purpose: PromptPurpose,
    pub input: LineInput,
    /// Used when Enter is pressed on an empty input; shown dimmed.
    pub default: String,
}

impl Prompt {
    pub fn new(purpose: PromptPurpose, default: String) -> Prompt {
        Prompt {
            purpose,
            input: LineInput::default(),
            default,
        }
    }

    /// What Enter accepts: the input, or the default when it is blank.
    pub fn value(&self) -> String {
        let typed = self.input.text().trim();
        if typed.is_empty() {
            self.default.clone()
        } else {
            typed.to_owned()
        }
    }

    /// The words before the input, shown on the prompt line.
    pub fn label(&self) -> &'static str {
        match self.purpose {
            PromptPurpose::NewBookmark(_) => "Bookmark label",
            PromptPurpose::Rename { .. } => "New label",
            PromptPurpose::GoTo => "Go to (line, N%, or section)",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enter_on_blank_input_takes_the_default() {
        let purpose = PromptPurpose::Rename {
            id: "x".into(),
            list: BookmarkList::default(),
        };
        let mut p = Prompt::new(purpose, "the default".into());
        assert_eq!(p.value(), "the default");
        p.input.set("  mine ".into());
        assert_eq!(p.value(), "mine");
    }
}
