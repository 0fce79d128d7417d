//! Inline HTML: words and the styles they are in, line breaks, code,
//! images, links, super- and subscripts.

use super::Walker;
use super::elements::left_out;
use crate::document::InlineStyle;
use crate::document::markdown::Script;
use crate::text::squeeze_whitespace as squeeze;
use scraper::{ElementRef, Node};

impl Walker<'_> {
    /// An inline element into the block being filled.
    pub(super) fn inline(&mut self, element: ElementRef<'_>) {
        if left_out(element) {
            return;
        }
        let value = element.value();
        match value.name() {
            "br" => self.out.line_break(),
            "em" | "i" | "cite" | "var" | "dfn" => self.styled(element, |s| s.emphasis = true),
            "strong" | "b" => self.styled(element, |s| s.strong = true),
            "del" | "s" | "strike" => self.styled(element, |s| s.strikethrough = true),
            "code" | "tt" | "kbd" | "samp" => {
                let text = squeeze(&element.text().collect::<String>());
                if !text.is_empty() {
                    // The backticks stay, as in Markdown: code reads as
                    // code without colour too.
                    let saved = self.out.style;
                    self.out.style.code = true;
                    self.out.words(&format!("`{text}`"));
                    self.out.style = saved;
                }
            }
            "sup" | "sub" => {
                let script = Script::from_tag(value.name()).unwrap_or(Script::Super);
                let text = squeeze(&element.text().collect::<String>());
                if !text.is_empty() {
                    self.out.words(&script.set(&text));
                }
            }
            "img" => {
                let alt = squeeze(value.attr("alt").unwrap_or(""));
                let shown = format!("[image: {alt}]");
                match value.attr("src") {
                    Some(src) => {
                        let target = self.target(src);
                        self.out.start_link(&target);
                        self.out.words(&shown);
                        self.out.end_link();
                    }
                    None => self.out.words(&shown),
                }
            }
            "a" => match value.attr("href") {
                Some(href) if !element.text().all(|t| t.trim().is_empty()) => {
                    let target = self.target(href);
                    self.out.start_link(&target);
                    self.inline_children(element);
                    self.out.end_link();
                }
                _ => self.inline_children(element),
            },
            _ => self.inline_children(element),
        }
    }

    pub(super) fn inline_children(&mut self, element: ElementRef<'_>) {
        for child in element.children() {
            match child.value() {
                Node::Text(text) => self.out.words(text),
                Node::Element(_) => {
                    if let Some(child) = ElementRef::wrap(child) {
                        self.note_id(child);
                        self.inline(child);
                    }
                }
                _ => {}
            }
        }
    }

    /// An element's content in a style (`set` says which).
    pub(super) fn styled(&mut self, element: ElementRef<'_>, set: fn(&mut InlineStyle)) {
        let saved = self.out.style;
        set(&mut self.out.style);
        self.inline_children(element);
        self.out.style = saved;
    }
}
