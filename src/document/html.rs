//! HTML read as Markdown: a real HTML parser (html5ever, through scraper)
//! builds the tree, which is written out as the Markdown it means —
//! headings, paragraphs, emphasis, lists, quotes, `pre`, tables, images,
//! links — so the Markdown reader lays it out and every feature (search,
//! bookmarks, links, the outline) works on it unchanged. Scripts, styles
//! and navigation chrome are left out. Text is escaped, so nothing in it
//! reads as Markdown; control characters pass through to the sanitiser
//! like any document text.

mod lines;

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

/// Elements left out with all they hold.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "head", "nav", "form", "button", "select", "svg",
    "math", "iframe", "object",
];

/// Classes of a site's chrome rather than the page's text: Sphinx's
/// related links and sidebar, navigation bars, breadcrumbs, and the `¶`
/// permalinks beside headings.
const CHROME_CLASSES: &[&str] = &[
    "headerlink",
    "related",
    "sphinxsidebar",
    "navbar",
    "breadcrumb",
    "breadcrumbs",
];

/// Whether `element` is left out with all it holds: scripts and styles,
/// navigation (`<nav>`, `role="navigation"`), a site's chrome, and a
/// permalink (a link to its own heading that says only `¶` or `#`).
fn left_out(element: ElementRef<'_>) -> bool {
    let value = element.value();
    if DROPPED.contains(&value.name()) {
        return true;
    }
    if value
        .attr("role")
        .is_some_and(|r| r.eq_ignore_ascii_case("navigation") || r.eq_ignore_ascii_case("search"))
    {
        return true;
    }
    if value.classes().any(|c| CHROME_CLASSES.contains(&c)) {
        return true;
    }
    value.name() == "a"
        && value.attr("href").is_some_and(|h| h.starts_with('#'))
        && matches!(
            element.text().collect::<String>().trim(),
            "¶" | "#" | "§" | "🔗"
        )
}

/// Elements that are blocks (everything else is inline).
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "blockquote",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "pre",
    "table",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "figure",
    "figcaption",
    "address",
    "center",
    "body",
    "html",
    "hgroup",
    "details",
    "summary",
];

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
            "dt" => {
                let text = squeeze_inline(&inline_children(element));
                if !text.is_empty() {
                    self.block(&format!("**{text}**"));
                }
            }
            "dd" => self.contained("    ", element),
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
        let rows: Vec<Vec<String>> = table
            .descendants()
            .filter_map(ElementRef::wrap)
            .filter(|e| e.value().name() == "tr")
            .map(|row| {
                row.children()
                    .filter_map(ElementRef::wrap)
                    .filter(|c| matches!(c.value().name(), "td" | "th"))
                    .map(|cell| squeeze_inline(&inline_children(cell)))
                    .collect()
            })
            .filter(|cells: &Vec<String>| !cells.is_empty())
            .collect();
        if let Some(table) = gfm_table(&rows) {
            self.block(table.trim_end());
        }
    }
}

/// Rows of cells (Markdown already) as a GitHub table, the first row its
/// header; `None` when there are no cells.
pub(crate) fn gfm_table(rows: &[Vec<String>]) -> Option<String> {
    let columns = rows.iter().map(Vec::len).max().filter(|&c| c > 0)?;
    let line = |cells: &[String]| {
        let mut padded: Vec<&str> = cells.iter().map(String::as_str).collect();
        padded.resize(columns, "");
        format!("| {} |\n", padded.join(" | "))
    };
    let mut out = line(&rows[0]);
    out.push_str(&format!("|{}\n", "---|".repeat(columns)));
    rows[1..].iter().for_each(|row| out.push_str(&line(row)));
    Some(out)
}

/// An inline element as Markdown.
fn inline(element: ElementRef<'_>) -> String {
    if left_out(element) {
        return String::new();
    }
    let value = element.value();
    let inner = || inline_children(element);
    match value.name() {
        // Tags, not `\`, `*` and `**`: a tag breaks a line in a heading or
        // a table cell too, and opens and closes beside punctuation inside
        // a word, where Markdown's emphasis would not.
        "br" => BREAK.to_owned(),
        "em" | "i" | "cite" | "var" | "dfn" => wrap(("<i>", "</i>"), &inner()),
        "strong" | "b" => wrap(("<b>", "</b>"), &inner()),
        "del" | "s" | "strike" => wrap(("<s>", "</s>"), &inner()),
        "code" | "tt" | "kbd" | "samp" => {
            let text: String = element.text().collect();
            let text = squeeze(&text);
            if text.is_empty() {
                String::new()
            } else if text.contains('`') {
                format!("`` {text} ``")
            } else {
                format!("`{text}`")
            }
        }
        "sup" | "sub" => format!("<{0}>{1}</{0}>", value.name(), inner()),
        "img" => {
            let alt = escape(value.attr("alt").unwrap_or(""));
            match value.attr("src") {
                Some(src) => format!("![{alt}](<{}>)", src.replace('>', "%3E")),
                None => format!("[image: {alt}]"),
            }
        }
        "a" => {
            let text = inner();
            match value.attr("href") {
                Some(href) if !text.trim().is_empty() => {
                    format!("[{text}](<{}>)", href.trim().replace('>', "%3E"))
                }
                _ => text,
            }
        }
        _ => inner(),
    }
}

fn inline_children(element: ElementRef<'_>) -> String {
    let mut out = String::new();
    for child in element.children() {
        match child.value() {
            Node::Text(text) => out.push_str(&escape(text)),
            Node::Element(_) => {
                if let Some(child) = ElementRef::wrap(child) {
                    out.push_str(&inline(child));
                }
            }
            _ => {}
        }
    }
    out
}

/// A line break inside a paragraph, a heading or a cell.
pub(crate) const BREAK: &str = "<br>";

/// `text` between the tags that open and close a style, hugging the words
/// (`<i>word</i>`).
fn wrap((open, close): (&str, &str), text: &str) -> String {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return text.to_owned();
    }
    let before = if text.starts_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    let after = if text.ends_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    format!("{before}{open}{trimmed}{close}{after}")
}

/// Text with every character Markdown would read as markup escaped.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '&' | '~' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A paragraph whose text would open a list or a quote (`1. `, `- `, `+ `,
/// `= `) keeps it as text.
fn guard_line_start(text: &str) -> String {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let after_digits = text[digits..].chars().next();
    let opens_list = (digits > 0 && matches!(after_digits, Some('.' | ')')))
        || text.starts_with("- ")
        || text.starts_with("+ ")
        || text.starts_with('=')
        || text.starts_with("---");
    if !opens_list {
        return text.to_owned();
    }
    let at = if digits > 0 { digits } else { 0 };
    format!("{}\\{}", &text[..at], &text[at..])
}

/// Inline Markdown with white space squeezed, line breaks kept between
/// lines (a `<br>` that opens or ends a paragraph breaks nothing).
fn squeeze_inline(text: &str) -> String {
    let lines: Vec<String> = text
        .split(BREAK)
        .map(squeeze)
        .filter(|line| !line.is_empty())
        .collect();
    lines.join(BREAK)
}

#[cfg(test)]
mod tests;
