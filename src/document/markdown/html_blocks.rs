//! Raw HTML blocks in Markdown, read as text: each `<h1>`…`<h6>` a
//! heading, the text between a paragraph, images as their alt text.

use super::{Builder, html};
use crate::document::BlockKind;
use std::ops::Range;

impl Builder<'_> {
    /// Raw HTML: each `<h1>`…`<h6>` becomes a heading; the text between
    /// shows without tags (nothing, when there are only tags).
    pub(super) fn html_block(&mut self, gathered: &html::Gathered, range: Range<usize>) {
        self.close_pending();
        let html = gathered.text.as_str();
        let mut from = 0;
        let text = self.text;
        let part = |r: Range<usize>| {
            let at =
                |offset| crate::text::floor_char_boundary(text, gathered.source_of(offset, &range));
            at(r.start)..at(r.end)
        };
        for heading in html::headings(html) {
            let whole = heading.whole;
            self.html_text(&html[from..whole.start], part(from..whole.start));
            let level = heading.level;
            self.open(BlockKind::Heading { level }, part(whole.clone()), false);
            self.heading_id = html::attribute(&html[whole.clone()], "id");
            self.text(&html::strip_tags(&html[heading.content]), 0..0);
            self.close_pending();
            from = whole.end;
        }
        self.html_text(&html[from..], part(from..html.len()));
    }

    fn html_text(&mut self, html: &str, range: Range<usize>) {
        let stripped = html::strip_tags(html);
        if !stripped.is_empty() {
            self.open(BlockKind::Paragraph, range, false);
            // The line that opens a `<details>` reads as one.
            if html.contains("<summary") {
                self.text("▸ ", 0..0);
            }
            self.text(&stripped, 0..0);
            self.close_pending();
        }
    }
}
