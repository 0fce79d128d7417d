//! HTML read into the document model: a real HTML parser (html5ever,
//! through scraper) builds the tree, and its elements become blocks
//! straight away ([`Composer`]): headings, paragraphs, emphasis, lists,
//! quotes, `pre`, tables, images, links, terms and their definitions.
//! Scripts, styles and navigation chrome are left out. What the blocks
//! display is the document's text, so search, bookmarks and the outline
//! see the page as it is drawn; control characters pass through to the
//! sanitiser like any document text.

mod elements;
mod inline;
mod lines;
mod table;

use super::compose::Composer;
use super::{BlockKind, LinkUrls, Structure};
use crate::text::squeeze_whitespace as squeeze;
use elements::{BLOCKS, left_out};
use scraper::{ElementRef, Node};

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

/// Read an HTML document: its displayed text and structure, its title the
/// `<title>` when it has one.
pub fn read(html: &str, link_urls: LinkUrls) -> (String, Structure) {
    let mut composer = Composer::new(link_urls);
    let title = append(html, &mut composer, None);
    composer.finish(title)
}

/// Add an HTML document's blocks to `composer`; its `<title>`. In a book,
/// `chapter` is the zip path of the file, and links to other files of the
/// book become `epub:` links to their zip paths.
pub fn append(html: &str, composer: &mut Composer, chapter: Option<&str>) -> Option<String> {
    let document = scraper::Html::parse_document(html);
    let lines = lines::of_elements(&document, html);
    let root = document.root_element();
    let title = root
        .descendants()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "title")
        .map(|t| squeeze(&t.text().collect::<String>()))
        .filter(|t| !t.is_empty());
    let body = root
        .children()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "body")
        .unwrap_or(root);
    let mut walker = Walker {
        out: composer,
        lines: &lines,
        chapter,
    };
    walker.blocks(body);
    walker.out.end();
    title
}

/// Walks the tree, telling the composer what each element is.
struct Walker<'w> {
    out: &'w mut Composer,
    /// The line of the HTML each element begins on.
    lines: &'w lines::Lines,
    /// The book's zip path of this file, in a book.
    chapter: Option<&'w str>,
}

impl Walker<'_> {
    /// The line `element` begins on in the HTML.
    fn line_of(&self, element: ElementRef<'_>) -> usize {
        self.lines
            .get(&element.id())
            .copied()
            .unwrap_or(self.out.line)
    }

    /// An element's `id` (or an `<a>`'s `name`) is an anchor here.
    fn note_id(&mut self, element: ElementRef<'_>) {
        let value = element.value();
        let id = value
            .id()
            .or_else(|| (value.name() == "a").then(|| value.attr("name")).flatten());
        if let Some(id) = id {
            self.out.id(id);
        }
    }

    /// The children of a block container: text and inline elements fill
    /// paragraphs, block elements stand on their own.
    fn blocks(&mut self, element: ElementRef<'_>) {
        for child in element.children() {
            match child.value() {
                Node::Text(text) => self.out.words(text),
                Node::Element(_) => {
                    let Some(child) = ElementRef::wrap(child) else {
                        continue;
                    };
                    if left_out(child) {
                        continue;
                    }
                    self.note_id(child);
                    if BLOCKS.contains(&child.value().name()) {
                        self.out.end();
                        self.out.line = self.line_of(child);
                        self.element_block(child);
                    } else {
                        if !self.out.is_open() {
                            self.out.line = self.line_of(child);
                        }
                        self.inline(child);
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
                let level = name.as_bytes()[1] - b'0';
                self.out.begin(BlockKind::Heading { level });
                self.inline_children(element);
                self.out.end();
            }
            "hr" => self.out.rule(),
            "pre" => {
                let code: String = element.text().collect();
                let language = element
                    .descendants()
                    .filter_map(ElementRef::wrap)
                    .filter_map(|e| e.value().attr("class"))
                    .find_map(|c| {
                        c.split_whitespace()
                            .find_map(|w| w.strip_prefix("language-"))
                    });
                self.out.code(&code, language);
            }
            "blockquote" => {
                self.out.enter_quote();
                self.blocks(element);
                self.out.leave();
            }
            "ul" | "ol" => self.list(element, name == "ol"),
            "table" => self.table(element),
            // A term hangs in the margin, its definitions under it.
            "dt" => {
                self.out.begin(BlockKind::Paragraph);
                self.styled(element, |s| s.strong = true);
                self.out.end();
                self.out.hang_last();
            }
            "dd" => {
                self.out.enter_indent();
                self.blocks(element);
                self.out.leave();
            }
            "summary" => {
                self.out.begin(BlockKind::Paragraph);
                self.out.words("▸ ");
                self.styled(element, |s| s.strong = true);
                self.out.end();
            }
            _ => {
                self.blocks(element);
                self.out.end();
            }
        }
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
        let was_tight = std::mem::replace(&mut self.out.tight, tight);
        let mut number: u64 = list
            .value()
            .attr("start")
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(1);
        for item in list.children().filter_map(ElementRef::wrap) {
            if item.value().name() != "li" {
                continue;
            }
            self.note_id(item);
            self.out.line = self.line_of(item);
            let marker = if ordered {
                format!("{number}. ")
            } else {
                "• ".to_owned()
            };
            number = number.saturating_add(1);
            self.out.enter_item(&marker);
            self.blocks(item);
            self.out.leave();
        }
        self.out.tight = was_tight;
        if tight && !was_tight {
            // The list ends before what follows.
            self.out.gap_after_last();
        }
    }

    fn table(&mut self, element: ElementRef<'_>) {
        let table = table::read(element);
        if let Some(caption) = table.caption {
            self.out.begin(BlockKind::Paragraph);
            self.out.words(&caption);
            self.out.end();
        }
        for (text, target) in &table.links {
            let target = self.target(target);
            self.out.link_elsewhere(text, &target);
        }
        self.out.table(table.cells);
    }

    /// Where a link leads: in a book, a file of the book by its zip path.
    fn target(&self, href: &str) -> String {
        let href = href.trim();
        match self.chapter {
            Some(path) if !href.contains(':') && !href.starts_with("//") => {
                let base = super::epub::parent_of(path);
                let target = match href.split_once('#') {
                    Some(("", fragment)) => format!("{path}#{fragment}"),
                    Some((file, fragment)) => {
                        format!("{}#{fragment}", super::epub::join(&base, file))
                    }
                    None => super::epub::join(&base, href),
                };
                format!("{}{target}", super::epub::IN_BOOK)
            }
            _ => href.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests;
