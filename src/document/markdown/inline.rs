//! Inline content: text into the block (or table cell) being filled, with
//! its styles, inline HTML, links and footnote references.

use super::finish::front_matter_title;
use super::{BlockKind, Builder, InlineStyle, StyledSpan, html};
use crate::document::links::{FOOTNOTE, Link, shows_address};
use crate::document::{LinkSpan, LinkUrls};
use std::ops::Range;

impl Builder<'_> {
    /// Where the next text goes: the length of the cell or block being
    /// filled.
    fn filled_len(&mut self) -> usize {
        let pending = self.pending.as_ref().map_or(0, |p| p.rich.text.len());
        self.cell().map_or(pending, |cell| cell.len())
    }

    pub(super) fn start_link(&mut self, target: &str) {
        self.style.link = true;
        let from = self.filled_len();
        self.link = Some((from, target.to_owned()));
    }

    /// The link ends: it joins the block's links and the document's, and
    /// its address follows its text when it is one to show (see
    /// [`shows_address`]); a link with no text before it in its block (`[](…)`
    /// opening an item) opens the block at `range`, where the link stands.
    pub(super) fn end_link(&mut self, range: Range<usize>) {
        self.style.link = false;
        let Some((from, target)) = self.link.take() else {
            return;
        };
        let in_cell = self
            .cell()
            .map(|cell| cell.get(from..).unwrap_or("").to_owned());
        let text = match (in_cell, &mut self.pending) {
            (Some(cell_text), _) => cell_text,
            (None, Some(pending)) => {
                let rich = &mut pending.rich;
                let range = from.min(rich.text.len())..rich.text.len();
                rich.extra_mut().links.push(LinkSpan {
                    range: range.clone(),
                    target: target.clone(),
                });
                rich.text[range].to_owned()
            }
            (None, None) => String::new(),
        };
        // Not in a heading: its title is the outline's too (`## [1.0.0]`
        // in a changelog names the version, not where it is compared).
        let in_heading = self
            .pending
            .as_ref()
            .is_some_and(|p| matches!(p.kind, BlockKind::Heading { .. }));
        let shown = self.shared.link_urls == LinkUrls::After
            && shows_address(&target, &text)
            && !in_heading;
        self.links.list.push(Link {
            block: self.next_block(),
            text: crate::text::squeeze_whitespace(&text),
            target: target.clone(),
        });
        if shown {
            let saved = self.style;
            self.style = InlineStyle {
                url: true,
                ..InlineStyle::default()
            };
            self.text(&format!(" ({target})"), range);
            self.style = saved;
        }
    }

    /// `[^label]`: the note's number, as a link to it.
    pub(super) fn footnote_reference(&mut self, label: &str, range: Range<usize>) {
        let number = self.shared.number(label);
        self.start_link(&format!("{FOOTNOTE}{label}"));
        self.text(&format!("[{number}]"), range.clone());
        self.end_link(range);
    }

    pub(super) fn text(&mut self, text: &str, range: Range<usize>) {
        if self.in_metadata {
            self.metadata_title = self
                .metadata_title
                .take()
                .or_else(|| front_matter_title(text));
            return;
        }
        if let Some(cell) = self.cell() {
            // A line break in a cell (`<br>`) is kept: its row is laid out
            // as as many lines as its tallest cell has.
            cell.push_str(text);
            return;
        }
        if self.pending.is_none() {
            // Text straight inside a tight list item.
            self.open(BlockKind::Paragraph, range, true);
        }
        let style = self.style;
        if let Some(pending) = &mut self.pending {
            let start = pending.rich.text.len();
            pending.rich.text.push_str(text);
            if pending.kind != BlockKind::Code && style != InlineStyle::default() {
                push_span(
                    &mut pending.rich.spans,
                    start..pending.rich.text.len(),
                    style,
                );
            }
        }
    }

    /// The table cell being filled, if any.
    pub(super) fn cell(&mut self) -> Option<&mut String> {
        self.table
            .as_mut()
            .and_then(|t| t.cells.rows.last_mut())
            .and_then(|r| r.last_mut())
    }

    /// HTML inside a paragraph: line breaks, emphasis, keys, images and
    /// super- and subscripts; other tags are left out.
    pub(super) fn inline_html(&mut self, source: &str, range: Range<usize>) {
        let Some(tag) = html::tag(source) else {
            return;
        };
        let open = !tag.closing;
        match tag.name.as_str() {
            "br" => self.text("\n", range),
            "kbd" | "code" | "tt" | "samp" => self.style.code = open,
            "b" | "strong" => self.style.strong = open,
            "i" | "em" => self.style.emphasis = open,
            "s" | "del" | "strike" => self.style.strikethrough = open,
            "img" if open => {
                let alt = html::attribute(tag.source, "alt").unwrap_or_default();
                self.text(&format!("[image: {alt}]"), range);
            }
            name => match html::Script::from_tag(name) {
                Some(script) if open => {
                    let from = self.filled_len();
                    self.script = Some((script, from));
                }
                Some(_) => self.close_script(),
                None => {}
            },
        }
    }

    /// Set the text since `<sup>`/`<sub>` in its script.
    pub(super) fn close_script(&mut self) {
        let Some((script, from)) = self.script.take() else {
            return;
        };
        let style = self.style;
        if let Some(cell) = self.cell() {
            if let Some(raised) = cell.get(from..).map(|t| script.set(t)) {
                cell.truncate(from);
                cell.push_str(&raised);
            }
            return;
        }
        let Some(pending) = &mut self.pending else {
            return;
        };
        let rich = &mut pending.rich;
        let Some(raised) = rich.text.get(from..).map(|t| script.set(t)) else {
            return;
        };
        rich.text.truncate(from);
        rich.text.push_str(&raised);
        rich.spans.retain(|span| span.range.start < from);
        for span in &mut rich.spans {
            span.range.end = span.range.end.min(from);
        }
        if style != InlineStyle::default() {
            push_span(&mut rich.spans, from..rich.text.len(), style);
        }
    }
}

pub(super) fn push_span(spans: &mut Vec<StyledSpan>, range: Range<usize>, style: InlineStyle) {
    if let Some(last) = spans.last_mut()
        && last.style == style
        && last.range.end == range.start
    {
        last.range.end = range.end;
        return;
    }
    spans.push(StyledSpan { range, style });
}
