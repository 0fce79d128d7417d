//! Going to a place by number, as less does: `N%` (or `Np`) to a
//! percentage, `Ng` to line N of the source (the numbering `--outline
//! --json` uses, from 1 here as a person counts), and `:` for a prompt that
//! takes a line, a percentage or a section's name.

use super::overlay::Overlay;
use super::prompt::{Prompt, PromptPurpose};
use super::{App, Effect};

impl App {
    /// `50%`: the place that far through the text.
    pub(super) fn go_percent(&mut self, count: Option<usize>) -> Vec<Effect> {
        let Some(percent) = count else {
            self.message = Some("type a number first: 50% goes half way".to_owned());
            return Vec::new();
        };
        if let Some(effects) = self.go_percent_of_file(percent) {
            return effects;
        }
        let len = self.library.doc().text().len();
        let at = crate::text::floor_char_boundary(
            self.library.doc().text(),
            len * percent.min(100) / 100,
        );
        self.viewport.go_to_offset(self.library.doc(), at);
        Vec::new()
    }

    /// Line `line` (zero-based) of the source: in a book, of the chapter
    /// being read (each chapter is a file of its own, its lines its own).
    pub(super) fn go_to_line(&mut self, line: usize) {
        let blocks = &self.library.doc().blocks;
        let here = super::viewport::block_at(self.library.doc(), self.viewport.offset());
        let chapter = self.library.doc().chapter_blocks(here);
        let block = chapter.start
            + blocks[chapter.clone()]
                .partition_point(|b| b.line() <= line)
                .saturating_sub(1);
        let Some(found) = blocks.get(block) else {
            return;
        };
        // Within the block, the start of its line `within`, or of its last
        // line when the block is shorter.
        let text = &self.library.doc().text()[found.range.clone()];
        let within = line.saturating_sub(found.line());
        let line_starts = std::iter::once(0).chain(
            memchr::memchr_iter(b'\n', text.as_bytes())
                .map(|newline| newline + 1)
                .filter(|&start| start < text.len()),
        );
        let (reached, offset) = line_starts
            .take(within + 1)
            .enumerate()
            .last()
            .unwrap_or_default();
        self.viewport
            .go_to_offset(self.library.doc(), found.range.start + offset);
        if reached < within && block + 1 == chapter.end {
            self.message = Some("that is past the end: here is the last line".to_owned());
        }
    }

    /// `:`: ask where to go.
    pub(super) fn open_go_to(&mut self) {
        self.overlay = Overlay::Prompt(Prompt::new(PromptPurpose::GoTo, String::new()));
    }

    /// The go-to prompt's answer: `120` (a line), `40%`, or a section's name
    /// (the first whose title contains it, ignoring case).
    pub(super) fn go_to(&mut self, answer: &str) -> Vec<Effect> {
        let answer = answer.trim();
        if let Some(percent) = answer.strip_suffix('%').and_then(|n| n.trim().parse().ok()) {
            self.go_percent(Some(percent));
        } else if let Ok(line) = answer.parse::<usize>() {
            self.go_to_line(line.saturating_sub(1));
        } else if !answer.is_empty() {
            let wanted = answer.to_lowercase();
            match self
                .doc()
                .sections
                .iter()
                .position(|s| s.title.to_lowercase().contains(&wanted))
            {
                Some(section) => self.jump_to_section(section),
                None => self.message = Some(format!("no line, percentage or section \"{answer}\"")),
            }
        }
        Vec::new()
    }
}
