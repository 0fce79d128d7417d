//! Man page sources (roff with the `man` macros) read as the Markdown they
//! mean: `.SH` a level-1 heading and `.SS` level 2, `.B`/`.I` and their
//! alternating forms bold and italic, `.TP`/`.IP` list items, `.nf`/`.fi`
//! and `.EX`/`.EE` code, tbl tables (`.TS`/`.TE`) drawn simply, `.ig`
//! blocks and comments left out. Nothing is expanded: macros a page defines
//! (`.de`) are skipped with their bodies, `.so` includes are named, never
//! followed, so no page can make lectern loop or read another file.

mod escapes;

use super::hanging::TAG_ITEM;
use super::html::BREAK;
use super::source_lines::{LineMap, line_of_slice};
use escapes::{inline, plain};

/// A font as the tags that open and close it. Tags, not `**` and `*`:
/// Markdown's emphasis does not open or close beside punctuation in the
/// middle of a word (`**--memlimit=**limit`), and roff switches fonts
/// anywhere.
type Font = (&'static str, &'static str);
const BOLD: Font = ("<b>", "</b>");
const ITALIC: Font = ("<i>", "</i>");
const ROMAN: Font = ("", "");

/// Whether `text` is roff: a `.TH` among its first requests.
pub fn is_roff(text: &str) -> bool {
    text.lines()
        .take(200)
        .filter(|l| l.starts_with('.') || l.starts_with('\''))
        .any(|l| l.starts_with(".TH ") || l.starts_with(".Dd "))
}

/// A man page source as Markdown, and its title (`XZ(1)`).
#[cfg(test)]
pub fn to_markdown(source: &str) -> (String, Option<String>) {
    let (markdown, title, _) = converted(source);
    (markdown, title)
}

/// A man page source as Markdown, its title, and the source line each
/// block of the Markdown came from.
pub fn converted(source: &str) -> (String, Option<String>, LineMap) {
    let mut page = Page::default();
    let mut lines = source.lines();
    let mut last = (0, 0);
    while let Some(line) = lines.next() {
        page.at = line_of_slice(source, line, &mut last);
        let line = line.trim_end_matches('\r');
        if let Some(request) = line.strip_prefix('.').or_else(|| line.strip_prefix('\'')) {
            let (name, rest) = split_request(request);
            match name {
                "ig" => skip_until(&mut lines, ".."),
                "de" | "de1" | "am" => skip_until(&mut lines, ".."),
                "TS" => page.table(&mut lines),
                _ => page.request(name, rest),
            }
        } else {
            page.text(line);
        }
    }
    page.end_block();
    (page.out, page.title, page.lines)
}

fn skip_until<'a>(lines: &mut impl Iterator<Item = &'a str>, end: &str) {
    for line in lines.by_ref() {
        if line.trim_end() == end || line.trim_end().starts_with(&format!("{end} ")) {
            return;
        }
    }
}

/// A request's name and the rest of its line (comments removed).
fn split_request(request: &str) -> (&str, &str) {
    let request = request.trim_start();
    if request.starts_with("\\\"") {
        return ("\\\"", "");
    }
    let end = request.find([' ', '\t']).unwrap_or(request.len());
    (&request[..end], request[end..].trim_start())
}

/// A request's arguments: separated by spaces, `"…"` quoting (with `""`
/// for a quote).
fn arguments(rest: &str) -> Vec<String> {
    let rest = strip_comment(rest);
    let mut args = Vec::new();
    let mut chars = rest.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c == ' ' || c == '\t' {
            chars.next();
            continue;
        }
        let mut arg = String::new();
        if c == '"' {
            chars.next();
            while let Some(c) = chars.next() {
                if c == '"' {
                    if chars.peek() == Some(&'"') {
                        chars.next();
                        arg.push('"');
                        continue;
                    }
                    break;
                }
                arg.push(c);
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == ' ' || c == '\t' {
                    break;
                }
                arg.push(c);
                chars.next();
            }
        }
        args.push(arg);
    }
    args
}

/// A line without its `\"` comment.
fn strip_comment(line: &str) -> &str {
    let mut escaped = false;
    for (at, c) in line.char_indices() {
        if escaped {
            if c == '"' {
                return &line[..at - 1];
            }
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        }
    }
    line
}

#[derive(Default)]
struct Page {
    out: String,
    /// Where each block of `out` came from.
    lines: LineMap,
    /// The source line being read.
    at: usize,
    /// The source line the block being filled began on.
    began: Option<usize>,
    title: Option<String>,
    /// Text of the paragraph being filled (Markdown).
    paragraph: String,
    /// The paragraph opens a list item (`.TP`, `.IP`).
    item: bool,
    /// Inside a list item's body (its later paragraphs hang under it).
    in_item: bool,
    /// The item opening is a tag (`.TP`, a tagged `.IP`), not a bullet.
    tagged: bool,
    /// `.TP`: the next text line is the item's tag.
    tag_next: bool,
    /// No filling: lines kept as written (`.nf`, `.EX`).
    code: Option<Vec<String>>,
    /// A `.SH`/`.SS` with no title takes the next line.
    heading_next: Option<usize>,
}

impl Page {
    fn request(&mut self, name: &str, rest: &str) {
        if let Some(code) = &mut self.code {
            match name {
                "fi" | "EE" => self.end_code(),
                _ => code.push(String::new()),
            }
            return;
        }
        let args = arguments(rest);
        let joined = || args.join(" ");
        match name {
            "TH" => {
                let name = args.first().map(|n| inline(n)).unwrap_or_default();
                let section = args.get(1).map(|s| inline(s)).unwrap_or_default();
                self.title = Some(format!("{name}({section})"));
            }
            "SH" | "SS" => {
                self.end_block();
                self.in_item = false;
                let level = if name == "SH" { 1 } else { 2 };
                if args.is_empty() {
                    self.heading_next = Some(level);
                } else {
                    self.heading(level, &joined());
                }
            }
            "PP" | "P" | "LP" | "sp" => {
                self.end_block();
                if name != "sp" {
                    self.in_item = false;
                }
            }
            "TP" | "TQ" => {
                self.end_block();
                self.tag_next = true;
            }
            "IP" => {
                self.end_block();
                let tag = args.first().map(|t| inline(t)).unwrap_or_default();
                self.in_item = true;
                match tag.trim() {
                    // No tag: the item's text goes on, indented.
                    "" => {}
                    "•" | "\\-" | "-" | "*" | "o" => self.item = true,
                    // A tag hangs in the margin, its paragraph under it.
                    tag => {
                        self.item = true;
                        self.tagged = true;
                        self.began = Some(self.at);
                        self.paragraph.push_str(tag);
                        self.end_block();
                    }
                }
            }
            "RE" => {
                self.end_block();
                self.in_item = false;
            }
            "br" => self.paragraph.push_str(BREAK),
            "nf" | "EX" => {
                self.end_block();
                self.began = Some(self.at + 1);
                self.code = Some(Vec::new());
            }
            "B" | "SB" => self.styled(&[(BOLD, &joined())]),
            "I" => self.styled(&[(ITALIC, &joined())]),
            "BR" | "BI" | "IB" | "IR" | "RB" | "RI" => {
                let marks: Vec<Font> = name
                    .chars()
                    .map(|c| match c {
                        'B' => BOLD,
                        'I' => ITALIC,
                        _ => ROMAN,
                    })
                    .collect();
                let parts: Vec<(Font, &str)> = args
                    .iter()
                    .enumerate()
                    .map(|(i, a)| (marks[i % 2], a.as_str()))
                    .collect();
                self.styled(&parts);
            }
            "SM" => self.text(&joined()),
            "so" => self.text(&format!("[include: {}]", joined())),
            "UR" | "MT" => self.text(&format!("<{}>", joined())),
            _ => {}
        }
    }

    fn heading(&mut self, level: usize, title: &str) {
        let title = inline(title);
        let heading = format!("{} {}\n\n", "#".repeat(level), title.trim());
        self.lines.write(&mut self.out, self.at, &heading);
    }

    /// Words in fonts, run together (`.BR name (1)` is `**name**(1)`).
    fn styled(&mut self, parts: &[(Font, &str)]) {
        let text: String = parts
            .iter()
            .filter(|(_, t)| !t.is_empty())
            .map(|((open, close), t)| {
                let t = inline(t);
                if open.is_empty() || t.trim().is_empty() {
                    t
                } else {
                    format!("{open}{t}{close}")
                }
            })
            .collect();
        self.text_markdown(&text);
    }

    /// A line of text (roff escapes to read).
    fn text(&mut self, line: &str) {
        if let Some(code) = &mut self.code {
            code.push(plain(line));
            return;
        }
        if let Some(level) = self.heading_next.take() {
            return self.heading(level, line);
        }
        if line.trim().is_empty() {
            return self.end_block();
        }
        // A line opening with a space starts a new line of output.
        if line.starts_with(' ') && !self.paragraph.is_empty() {
            self.paragraph.push_str(BREAK);
        }
        self.text_markdown(&inline(line));
    }

    fn text_markdown(&mut self, markdown: &str) {
        if self.tag_next {
            self.tag_next = false;
            self.item = true;
            self.tagged = true;
            self.in_item = true;
            self.began.get_or_insert(self.at);
            self.paragraph.push_str(markdown);
            return self.end_block();
        }
        if !self.paragraph.is_empty() && !self.paragraph.ends_with(BREAK) {
            self.paragraph.push(' ');
        }
        self.began.get_or_insert(self.at);
        self.paragraph.push_str(markdown);
    }

    fn end_block(&mut self) {
        if self.code.is_some() {
            return self.end_code();
        }
        let text = std::mem::take(&mut self.paragraph);
        let text = text.trim().trim_end_matches(BREAK).trim();
        let began = self.began.take().unwrap_or(self.at);
        if text.is_empty() {
            return;
        }
        let (first, rest) = if self.item && self.tagged {
            (TAG_ITEM, "  ")
        } else if self.item {
            ("- ", "  ")
        } else if self.in_item {
            ("  ", "  ")
        } else {
            ("", "")
        };
        self.item = false;
        self.tagged = false;
        let mut block = String::with_capacity(text.len() + 8);
        for (i, line) in text.split('\n').enumerate() {
            block.push_str(if i == 0 { first } else { rest });
            block.push_str(line);
            block.push('\n');
        }
        block.push('\n');
        self.lines.write(&mut self.out, began, &block);
    }

    fn end_code(&mut self) {
        let Some(lines) = self.code.take() else {
            return;
        };
        let body = lines.join("\n");
        let fence = if body.contains("```") { "~~~~" } else { "```" };
        let code = format!("{fence}\n{}\n{fence}\n\n", body.trim_end());
        let began = self.began.take().unwrap_or(self.at);
        self.lines.write(&mut self.out, began, &code);
    }

    /// A tbl table, `.TS` to `.TE`: options and format lines skipped, rows
    /// split at tabs, rules left out.
    fn table<'a>(&mut self, lines: &mut impl Iterator<Item = &'a str>) {
        self.end_block();
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut tab = '\t';
        let mut in_format = true;
        for line in lines.by_ref() {
            let line = line.trim_end();
            if line.starts_with(".TE") {
                break;
            }
            if in_format {
                if line.ends_with(';') {
                    if let Some(at) = line.find("tab(") {
                        tab = line[at + 4..].chars().next().unwrap_or('\t');
                    }
                } else if line.ends_with('.') {
                    in_format = false;
                }
                continue;
            }
            if line.starts_with('.') || matches!(line, "_" | "=" | "") {
                continue;
            }
            let cells = line
                .split(tab)
                .map(|c| inline(c.trim_start_matches("T{").trim_end_matches("T}")))
                .collect();
            rows.push(cells);
        }
        if let Some(table) = super::html::gfm_table(&rows) {
            self.lines.write(&mut self.out, self.at, &(table + "\n"));
        }
    }
}

#[cfg(test)]
mod tests;
