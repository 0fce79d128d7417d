//! Inline content into the block being filled: words and their white
//! space, text kept as it is, line breaks, links and their addresses.

use super::{Composer, Open};
use crate::document::links::{Link, shows_address};
use crate::document::{BlockKind, InlineStyle, LinkSpan, LinkUrls, StyledSpan};
use crate::text::squeeze_whitespace;

impl Composer {
    /// Words, their white space squeezed to single spaces (none at the
    /// start of a block or a line).
    pub fn words(&mut self, text: &str) {
        if text.trim().is_empty() {
            if let Some(open) = &mut self.open {
                open.space |= !text.is_empty();
            }
            return;
        }
        let style = self.style;
        let open = self.open();
        // Every piece after the first had white space before it.
        for (at, word) in text.split(char::is_whitespace).enumerate() {
            if at > 0 {
                open.space = true;
            }
            if word.is_empty() {
                continue;
            }
            if open.space && !open.text.is_empty() && !open.text.ends_with('\n') {
                // A space inside a run of one style is in that style.
                let len = open.text.len();
                let inside = open
                    .spans
                    .last()
                    .is_some_and(|s| s.range.end == len && s.style == style);
                push_styled(
                    open,
                    " ",
                    if inside {
                        style
                    } else {
                        InlineStyle::default()
                    },
                );
            }
            open.space = false;
            push_styled(open, word, style);
        }
    }

    /// Text as it is, white space and all (code).
    pub fn verbatim(&mut self, text: &str) {
        let style = self.style;
        let open = self.open();
        push_styled(open, text, style);
    }

    /// A line break: the next words begin a new row.
    pub fn line_break(&mut self) {
        if let Some(open) = &mut self.open
            && !open.text.is_empty()
            && !open.text.ends_with('\n')
        {
            open.text.push('\n');
            open.space = false;
        }
    }

    /// A link begins; its text follows (white space waiting before it
    /// is not part of it).
    pub fn start_link(&mut self, target: &str) {
        let open = self.open();
        if open.space && !open.text.is_empty() && !open.text.ends_with('\n') {
            open.text.push(' ');
        }
        open.space = false;
        let from = open.text.len();
        self.style.link = true;
        self.link = Some((from, target.to_owned()));
    }

    /// The link ends: it joins the block's links and the document's, its
    /// address after its text when that is worth showing.
    pub fn end_link(&mut self) {
        self.style.link = false;
        let Some((from, target)) = self.link.take() else {
            return;
        };
        let block = self.next_block();
        let Some(open) = &mut self.open else {
            return;
        };
        let range = from.min(open.text.len())..open.text.len();
        let text = open.text[range.clone()].to_owned();
        if text.trim().is_empty() {
            return;
        }
        open.links.push(LinkSpan {
            range,
            target: target.clone(),
        });
        self.links.list.push(Link {
            block,
            text: squeeze_whitespace(&text),
            target: target.clone(),
        });
        // Not in a heading: its title is the outline's too.
        let in_heading = matches!(open.kind, BlockKind::Heading { .. });
        if self.link_urls == LinkUrls::After && shows_address(&target, &text) && !in_heading {
            let saved = std::mem::take(&mut self.style);
            self.style.url = true;
            self.words(&format!(" ({target})"));
            self.style = saved;
        }
    }

    /// A link in something that keeps no links of its own (a table's
    /// cell): listed, with the block that holds it.
    pub fn link_elsewhere(&mut self, text: &str, target: &str) {
        let block = self.next_block();
        self.links.list.push(Link {
            block,
            text: squeeze_whitespace(text),
            target: target.to_owned(),
        });
    }

    /// Whether a block is being filled.
    pub fn is_open(&self) -> bool {
        self.open.is_some()
    }
}

/// Append `text` in `style` to the open block.
fn push_styled(open: &mut Open, text: &str, style: InlineStyle) {
    let start = open.text.len();
    open.text.push_str(text);
    if style == InlineStyle::default() || open.kind == BlockKind::Code {
        return;
    }
    let range = start..open.text.len();
    match open.spans.last_mut() {
        Some(last) if last.style == style && last.range.end == range.start => {
            last.range.end = range.end;
        }
        _ => open.spans.push(StyledSpan { range, style }),
    }
}
