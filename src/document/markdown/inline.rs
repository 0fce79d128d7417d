//! Inline content: text into the block (or table cell) being filled, with
//! its styles, inline HTML, links and footnote references.

use super::{BlockKind, Builder, InlineStyle, StyledSpan, front_matter_title, html};
use std::ops::Range;

impl Builder<'_> {
    pub(super) fn text(&mut self, text: &str, range: Range<usize>) {
        if self.in_metadata {
            self.metadata_title = self
                .metadata_title
                .take()
                .or_else(|| front_matter_title(text));
            return;
        }
        if let Some(cell) = self.cell() {
            // A cell is one line of its table.
            cell.push_str(&text.replace('\n', " "));
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
                    let pending = self.pending.as_ref().map_or(0, |p| p.rich.text.len());
                    let from = self.cell().map_or(pending, |cell| cell.len());
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
