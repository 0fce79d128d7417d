//! Following links and coming back, and copying to the clipboard: `L`
//! lists the links, Enter follows one — a section or footnote of this
//! document, another file (opened beside it by the shell), or a web address
//! (copied, as following it is the browser's job) — and `Ctrl-o` returns
//! to where each jump was made from. `y` copies the code block on screen,
//! the selected link's address, or the outline's section.

use super::DocId;
use super::link_list::LinkListState;
use super::overlay::Overlay;
use super::viewport::Anchor;
use super::{App, Effect, Focus};
use crate::document::BlockKind;
use crate::document::links::Destination;

/// The most bytes `y` hands to the terminal (OSC 52 has limits; tmux's is
/// about a megabyte).
const COPY_LIMIT: usize = 1 << 20;

/// A place to come back to with `Ctrl-o`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub doc: DocId,
    pub anchor: Anchor,
}

impl App {
    /// `L`: the link list, the links on screen first.
    pub(super) fn open_links(&mut self) {
        let links = &self.library.doc().links.list;
        if links.is_empty() {
            self.message = Some("no links in this document".to_owned());
            return;
        }
        let view = self.viewport.view();
        let shown = match (view.first(), view.last()) {
            (Some(first), Some(last)) => first.block..last.block + 1,
            _ => 0..0,
        };
        let sections = &self.library.doc().sections;
        let section = match self.current_section() {
            Some(current) => {
                let end = sections
                    .get(current + 1)
                    .map_or(self.library.doc().blocks.len(), |s| s.block);
                sections[current].block..end
            }
            None => 0..0,
        };
        let state = LinkListState::open(links, shown, section);
        self.overlay = Overlay::Links(Box::new(state));
    }

    /// Enter in the link list.
    pub(super) fn follow_selected(&mut self, state: LinkListState) -> Vec<Effect> {
        let Some(index) = state.selected() else {
            // Nothing matches: the list stays open.
            self.overlay = Overlay::Links(Box::new(state));
            return Vec::new();
        };
        let target = self.library.doc().links.list[index].target.clone();
        self.follow(&target)
    }

    /// Follow a link's target from the document on screen.
    pub(super) fn follow(&mut self, target: &str) -> Vec<Effect> {
        self.focus = Focus::Text;
        match self
            .library
            .doc()
            .links
            .resolve(target, &self.library.doc().sections)
        {
            Destination::Section(section) => {
                self.remember_place();
                self.jump_to_section(section);
            }
            Destination::Block(block) => {
                self.remember_place();
                let offset = self.library.doc().blocks[block].range.start;
                self.viewport.go_to_offset(self.library.doc(), offset);
            }
            Destination::File { path, fragment } => {
                self.remember_place();
                return vec![Effect::OpenLinked {
                    from: self.library.current,
                    path,
                    fragment,
                }];
            }
            Destination::External(url) => {
                self.message = Some(format!("copied {url} (open it in your browser)"));
                return vec![Effect::Copy { text: url }];
            }
            Destination::Nowhere(why) => self.message = Some(why),
        }
        Vec::new()
    }

    /// The linked file is open as document `doc`: show it, at `fragment`.
    pub(super) fn show_linked(&mut self, doc: DocId, fragment: Option<&str>) -> Vec<Effect> {
        let effects = if doc == self.library.current {
            Vec::new()
        } else {
            self.switch_document(doc)
        };
        if let Some(anchor) = fragment {
            match self
                .library
                .doc()
                .links
                .section_for(anchor, &self.library.doc().sections)
            {
                Some(section) => self.jump_to_section(section),
                None => self.message = Some(format!("no heading there is #{anchor}")),
            }
        }
        effects
    }

    fn remember_place(&mut self) {
        let place = Place {
            doc: self.library.current,
            anchor: self.viewport.anchor(),
        };
        self.library.back.push(place);
    }

    /// `Ctrl-o`: back to where the last link was followed from; with no
    /// link followed, to the document shown before.
    pub(super) fn go_back(&mut self) -> Vec<Effect> {
        let Some(place) = self.library.back.pop() else {
            return self.switch_back();
        };
        let effects = if place.doc == self.library.current {
            Vec::new()
        } else {
            self.switch_document(place.doc)
        };
        self.viewport.go_to_anchor(self.library.doc(), place.anchor);
        effects
    }

    /// A click in the text: a link under it is followed.
    pub(super) fn click_text(&mut self, column: u16, row: u16) -> Vec<Effect> {
        match self.link_at(column, row) {
            Some(target) => self.follow(&target),
            None => Vec::new(),
        }
    }

    /// The target of the link drawn at screen cell (`column`, `row`).
    fn link_at(&self, column: u16, row: u16) -> Option<String> {
        let pane = self.viewport.panes().column;
        let pos = *self
            .viewport
            .view()
            .get(usize::from(row.checked_sub(pane.y)?))?;
        let wrapped = self.viewport.wrap().peek(pos.block)?;
        let crate::wrap::Row::Words { words, first } = &wrapped.rows[pos.row] else {
            return None;
        };
        let rich = self.library.doc().rich(pos.block)?;
        let prefix = if *first {
            &rich.first_prefix
        } else {
            &rich.rest_prefix
        };
        let text = self.library.doc().block_text(pos.block);
        let mut x = usize::from(pane.x) + crate::text::display_width(prefix);
        for (range, gap) in wrapped.row_words(words.clone()) {
            let width = crate::text::display_width(&text[range.clone()]);
            if (x..x + width).contains(&usize::from(column)) {
                let link = rich
                    .links()
                    .iter()
                    .find(|l| l.range.start < range.end && range.start < l.range.end)?;
                return Some(link.target.clone());
            }
            x += width + usize::from(gap);
        }
        None
    }

    /// `y`: copy what is at hand to the system clipboard.
    pub(super) fn copy(&mut self) -> Vec<Effect> {
        let (what, text) = match (&self.overlay, self.focus) {
            (Overlay::Links(state), _) => match state.selected() {
                Some(index) => (
                    "the address",
                    self.library.doc().links.list[index].target.clone(),
                ),
                None => return Vec::new(),
            },
            (_, Focus::Outline) => match self.outline_section_text() {
                Some(text) => ("the section", text),
                None => return Vec::new(),
            },
            _ => match self.code_on_screen() {
                Some(text) => ("the code block", text),
                None => {
                    self.message = Some("no code block on screen to copy".to_owned());
                    return Vec::new();
                }
            },
        };
        if text.len() > COPY_LIMIT {
            self.message = Some(format!(
                "{what} is too long to copy ({} KB; the most is {} KB)",
                text.len() >> 10,
                COPY_LIMIT >> 10
            ));
            return Vec::new();
        }
        let lines = text.lines().count().max(1);
        let chars = text.chars().count();
        let plural = if lines == 1 { "" } else { "s" };
        self.message = Some(format!(
            "copied {what}: {lines} line{plural}, {chars} characters"
        ));
        vec![Effect::Copy { text }]
    }

    /// The displayed text of the first code block on screen.
    fn code_on_screen(&self) -> Option<String> {
        let mut blocks: Vec<usize> = self.viewport.view().iter().map(|p| p.block).collect();
        blocks.dedup();
        let block = blocks
            .into_iter()
            .find(|&b| self.library.doc().blocks[b].kind == BlockKind::Code)?;
        Some(self.library.doc().block_text(block).to_owned())
    }

    /// The source text of the section selected in the outline.
    fn outline_section_text(&self) -> Option<String> {
        let sections = &self.library.doc().sections;
        let section = self.outline.selected;
        sections.get(section)?;
        let start = self.library.doc().blocks[sections[section].block]
            .range
            .start;
        let end = sections
            .get(section + 1)
            .and_then(|next| self.library.doc().blocks.get(next.block))
            .map_or(self.library.doc().text().len(), |b| b.range.start);
        Some(
            self.library.doc().text()[start..end.max(start)]
                .trim_end()
                .to_owned(),
        )
    }
}
