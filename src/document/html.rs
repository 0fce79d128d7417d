//! HTML read as Markdown: a real HTML parser (html5ever, through scraper)
//! builds the tree, which is written out as the Markdown it means —
//! headings, paragraphs, emphasis, lists, quotes, `pre`, tables, images,
//! links — so the Markdown reader lays it out and every feature (search,
//! bookmarks, links, the outline) works on it unchanged. Scripts, styles
//! and navigation chrome are left out. Text is escaped, so nothing in it
//! reads as Markdown; control characters pass through to the sanitiser
//! like any document text.

mod elements;
mod inline;
mod lines;
mod table;

use elements::{BLOCKS, left_out};

pub(crate) use inline::{BREAK, escape};
use inline::{guard_line_start, inline, inline_children, squeeze_inline};
pub(crate) use table::gfm_table;

use super::hanging::TAG_ITEM;
use super::source_lines::LineMap;
use crate::text::squeeze_whitespace as squeeze;
use scraper::{ElementRef, Node};

/// HTML converted: Markdown, its title, and where each element id begins.
#[derive(Debug, Default)]
pub struct Converted {
    pub markdown: String,
    pub title: Option<String>,
    /// `id` (or `name` of an `<a>`) and the byte of `markdown` where its
    /// element begins.
    pub ids: Vec<(String, usize)>,
    /// The line of the HTML each block of `markdown` came from.
    pub lines: LineMap,
}

/// Whether a text with no name to go by is HTML: it opens (after a BOM,
/// white space and comments) with a doctype or an `<html>` tag.
pub fn looks_like_html(text: &str) -> bool {
    let mut rest = text.trim_start_matches('\u{feff}').trim_start();
    while let Some(comment) = rest.strip_prefix("<!--") {
        let Some(end) = comment.find("-->") else {
            return false;
        };
        rest = comment[end + 3..].trim_start();
    }
    let opening = rest.get(..14).unwrap_or(rest).to_ascii_lowercase();
    opening.starts_with("<!doctype html") || opening.starts_with("<html")
}

/// Convert an HTML document.
pub fn to_markdown(html: &str) -> Converted {
    let mut out = Converted::default();
    append(html, &mut out);
    out
}

/// Convert an HTML document onto the end of `out` (an EPUB's chapters).
pub fn append(html: &str, out: &mut Converted) {
    let document = scraper::Html::parse_document(html);
    let lines = lines::of_elements(&document, html);
    let root = document.root_element();
    if out.title.is_none() {
        out.title = root
            .descendants()
            .filter_map(ElementRef::wrap)
            .find(|e| e.value().name() == "title")
            .map(|t| squeeze(&t.text().collect::<String>()))
            .filter(|t| !t.is_empty());
    }
    let body = root
        .children()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "body")
        .unwrap_or(root);
    let mut writer = Writer {
        out,
        prefix: Vec::new(),
        inline: String::new(),
        lines: &lines,
        line: 0,
        inline_line: None,
        tight: false,
    };
    writer.blocks(body);
    writer.flush();
}

/// What the HTML says beyond its Markdown: its `<title>` is the document's
/// title, and its element ids are anchors (`#id`) for the sections they
/// open or fall in.
pub fn adopt(structure: &mut super::Structure, title: Option<String>, ids: &[(String, usize)]) {
    if title.is_some() {
        structure.title = title;
    }
    for (id, offset) in ids {
        let block = structure
            .blocks
            .partition_point(|b| b.range.start < *offset);
        if let Some(section) = crate::outline::section_at(&structure.sections, block) {
            structure.links.ids.push((id.clone(), section));
        }
    }
}

struct Writer<'o> {
    out: &'o mut Converted,
    /// What each line in the current container starts with (`> `, list
    /// indents).
    prefix: Vec<String>,
    /// Inline Markdown waiting to become a paragraph.
    inline: String,
    /// The line of the HTML each element begins on.
    lines: &'o lines::Lines,
    /// The line of the element being written.
    line: usize,
    /// The line the waiting inline text began on.
    inline_line: Option<usize>,
    /// Inside a tight list: blocks follow each other without a blank line.
    tight: bool,
}

impl Writer<'_> {
    fn prefix(&self) -> String {
        self.prefix.concat()
    }

    /// Write a block's lines, then a blank line.
    fn block(&mut self, lines: &str) {
        let prefix = self.prefix();
        let mut block = String::with_capacity(lines.len() + 16);
        for line in lines.split('\n') {
            block.push_str(&prefix);
            block.push_str(line);
            block.push('\n');
        }
        if !self.tight {
            block.push_str(prefix.trim_end());
            block.push('\n');
        }
        self.write(&block);
    }

    /// Write Markdown that came from the element being written.
    fn write(&mut self, markdown: &str) {
        let out = &mut *self.out;
        out.lines.write(&mut out.markdown, self.line, markdown);
    }

    /// The line `element` begins on in the HTML.
    fn line_of(&self, element: ElementRef<'_>) -> usize {
        self.lines.get(&element.id()).copied().unwrap_or(self.line)
    }

    /// The waiting inline text as a paragraph.
    fn flush(&mut self) {
        let text = squeeze_inline(&std::mem::take(&mut self.inline));
        let line = self.inline_line.take();
        if !text.is_empty() {
            let began = line.unwrap_or(self.line);
            let block_line = std::mem::replace(&mut self.line, began);
            self.block(&guard_line_start(&text));
            self.line = block_line;
        }
    }

    fn note_id(&mut self, element: ElementRef<'_>) {
        let value = element.value();
        let id = value
            .id()
            .or_else(|| (value.name() == "a").then(|| value.attr("name")).flatten());
        if let Some(id) = id {
            let at = self.out.markdown.len();
            self.out.ids.push((id.to_owned(), at));
        }
    }

    /// The children of a block container.
    fn blocks(&mut self, element: ElementRef<'_>) {
        for child in element.children() {
            match child.value() {
                Node::Text(text) => {
                    if !text.trim().is_empty() {
                        self.inline_line.get_or_insert(self.line);
                    }
                    self.inline.push_str(&escape(text));
                }
                Node::Element(_) => {
                    let Some(child) = ElementRef::wrap(child) else {
                        continue;
                    };
                    let name = child.value().name();
                    if left_out(child) {
                        continue;
                    }
                    if BLOCKS.contains(&name) {
                        self.flush();
                        self.note_id(child);
                        self.line = self.line_of(child);
                        self.element_block(child);
                    } else {
                        self.note_id(child);
                        let line = self.line_of(child);
                        self.inline_line.get_or_insert(line);
                        let inline = inline(child);
                        self.inline.push_str(&inline);
                    }
                }
                _ => {}
            }
        }
    }

    fn element_block(&mut self, element: ElementRef<'_>) {
        let name = element.value().name();
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let level = usize::from(name.as_bytes()[1] - b'0');
                let text = squeeze_inline(&inline_children(element));
                if !text.is_empty() {
                    self.block(&format!("{} {text}", "#".repeat(level)));
                }
            }
            "hr" => self.block("---"),
            "pre" => {
                let code: String = element.text().collect();
                let fence = if code.contains("```") { "~~~~" } else { "```" };
                let language = element
                    .descendants()
                    .filter_map(ElementRef::wrap)
                    .filter_map(|e| e.value().attr("class"))
                    .find_map(|c| {
                        c.split_whitespace()
                            .find_map(|w| w.strip_prefix("language-"))
                    })
                    .unwrap_or("");
                let body = code.trim_end_matches('\n');
                self.block(&format!("{fence}{language}\n{body}\n{fence}"));
            }
            "blockquote" => {
                self.contained("> ", element);
                // The quote ends before what follows.
                let prefix = self.prefix();
                self.write(&format!("{}\n", prefix.trim_end()));
            }
            "ul" | "ol" => self.list(element, name == "ol"),
            "table" => self.table(element),
            // A term hangs in the margin, its definitions under it.
            "dt" => {
                let text = squeeze_inline(&inline_children(element));
                if !text.is_empty() {
                    self.block(&format!("{TAG_ITEM}<b>{text}</b>"));
                }
            }
            "dd" => self.contained("  ", element),
            "summary" => {
                let text = squeeze_inline(&inline_children(element));
                self.block(&format!("▸ **{text}**"));
            }
            _ => {
                self.blocks(element);
                self.flush();
            }
        }
    }

    /// An element's blocks, each line behind `prefix`.
    fn contained(&mut self, prefix: &str, element: ElementRef<'_>) {
        self.prefix.push(prefix.to_owned());
        self.blocks(element);
        self.flush();
        self.prefix.pop();
    }

    fn list(&mut self, list: ElementRef<'_>, ordered: bool) {
        // A list whose items hold only text (and lists) is tight, as it
        // is drawn in a browser: no blank line between its items.
        let tight = list
            .children()
            .filter_map(ElementRef::wrap)
            .filter(|item| item.value().name() == "li")
            .all(|item| {
                item.children().filter_map(ElementRef::wrap).all(|child| {
                    let name = child.value().name();
                    !BLOCKS.contains(&name) || matches!(name, "ul" | "ol")
                })
            });
        let was_tight = std::mem::replace(&mut self.tight, tight);
        let mut number: usize = list
            .value()
            .attr("start")
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(1);
        for item in list.children().filter_map(ElementRef::wrap) {
            if item.value().name() != "li" {
                continue;
            }
            self.note_id(item);
            self.line = self.line_of(item);
            let marker = if ordered {
                format!("{number}. ")
            } else {
                "- ".to_owned()
            };
            number += 1;
            // The item's first line takes the marker, the rest hang under it.
            let hang = " ".repeat(marker.len());
            let start = self.out.markdown.len();
            self.contained(&hang, item);
            let prefix_len = self.prefix().len();
            let first = start + prefix_len;
            if self.out.markdown.len() > first && self.out.markdown.is_char_boundary(first) {
                self.out
                    .markdown
                    .replace_range(first..first + hang.len(), &marker);
            } else {
                self.block(marker.trim_end());
            }
        }
        self.tight = was_tight;
        if tight && !was_tight {
            // The list ends before what follows.
            let prefix = self.prefix();
            self.write(&format!("{}\n", prefix.trim_end()));
        }
    }

    fn table(&mut self, table: ElementRef<'_>) {
        let (caption, rows) = table::read(table);
        if let Some(caption) = caption {
            self.block(&guard_line_start(&caption));
        }
        if let Some(table) = gfm_table(&rows) {
            self.block(table.trim_end());
        }
    }
}

#[cfg(test)]
mod tests;
