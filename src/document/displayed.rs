//! Documents that keep what they display. A reader that converts its
//! document (HTML and roff are read through Markdown) leaves behind a text
//! no one wrote; keeping it would mean searching, quoting and bookmarking
//! markup that is never on screen. Instead the document's text becomes the
//! blocks' displayed text, one after another, and each block's rich text
//! keeps only its styles, prefixes and links over its own slice.

use super::{Block, Document, RichText};

impl Document {
    /// Replace the text by what the blocks display. Block indices do not
    /// change (sections, links and notes refer to blocks), only their
    /// ranges; every position inside a block is then exact.
    pub fn keep_displayed(&mut self) {
        let mut text = String::with_capacity(self.text.len());
        let mut blocks = Vec::with_capacity(self.blocks.len());
        for index in 0..self.blocks.len() {
            let rich: Option<RichText> = self.rich(index).cloned();
            let block = &self.blocks[index];
            let start = text.len();
            text.push_str(self.block_text(index));
            let range = start..text.len();
            // Blocks stand apart as they do on screen: a blank line after
            // each, none inside a tight list.
            text.push_str(if block.gap_after { "\n\n" } else { "\n" });
            let mut kept = Block::plain(block.kind, range, block.line());
            kept.gap_after = block.gap_after;
            kept.rich = rich.map(|rich| {
                Box::new(RichText {
                    text: String::new(),
                    in_document: true,
                    ..rich
                })
            });
            blocks.push(kept);
        }
        self.blocks = blocks;
        self.deferred = None;
        self.ascii = text.is_ascii();
        self.colour_codes = memchr::memmem::find(text.as_bytes(), b"\x1b[").is_some();
        self.text = std::sync::Arc::new(text);
        self.shown = std::sync::OnceLock::new();
    }
}

#[cfg(test)]
mod tests {
    use crate::document::{Document, Format};

    #[test]
    fn converted_html_keeps_the_words_on_screen_not_its_markdown() {
        let html = "<h1>Title</h1><p>whether they were <em>real</em> princesses</p>\
                    <ul><li>one</li><li>two <b>bold</b></li></ul>";
        let doc = Document::from_text("page.html", html, Format::Html);
        let text = doc.text();
        assert!(
            text.contains("whether they were real princesses"),
            "{text:?}"
        );
        assert!(!text.contains('*') && !text.contains('#'), "{text:?}");
        for index in 0..doc.blocks.len() {
            assert!(!doc.blocks[index].is_rich(), "block {index} is exact");
            assert_eq!(
                doc.block_text(index),
                &text[doc.blocks[index].range.clone()]
            );
        }
        // The styles are still there, over the displayed words.
        let para = (0..doc.blocks.len())
            .find(|&i| doc.block_text(i).contains("real"))
            .unwrap();
        let rich = doc.rich(para).unwrap();
        let styled = &rich.spans[0].range;
        assert_eq!(&doc.block_text(para)[styled.clone()], "real");
    }
}
