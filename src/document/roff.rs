//! Man page sources (roff with the `man` macros) read into the document
//! model: `.SH` a level-1 heading and `.SS` level 2, `.B`/`.I` and their
//! alternating forms bold and italic spans, `.TP` a tag hanging in the
//! margin with its paragraphs under it, `.IP` bulleted or tagged items,
//! `.nf`/`.fi` and `.EX`/`.EE` code, tbl tables (`.TS`/`.TE`) drawn simply,
//! `.ig` blocks and comments left out; the mdoc macros too (see [`mdoc`]). Nothing is expanded: macros a page
//! defines (`.de`) are skipped with their bodies, `.so` includes are named,
//! never followed, so no page can make lectern loop or read another file.

mod escapes;
mod mdoc;
mod requests;

use super::compose::Composer;
use super::source_lines::line_of_slice;
use super::table::TableCells;
use super::{BlockKind, InlineStyle, LinkUrls, Structure};
use escapes::{plain, runs};
use requests::{arguments, skip_until, split_request};

/// A font roff sets text in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Font {
    Roman,
    Bold,
    Italic,
}

impl Font {
    /// `style` with this font added.
    fn over(self, mut style: InlineStyle) -> InlineStyle {
        match self {
            Font::Roman => {}
            Font::Bold => style.strong = true,
            Font::Italic => style.emphasis = true,
        }
        style
    }
}

/// Whether `text` is roff: a `.TH` among its first requests.
pub fn is_roff(text: &str) -> bool {
    text.lines()
        .take(200)
        .filter(|l| l.starts_with('.') || l.starts_with('\''))
        .any(|l| l.starts_with(".TH ") || l.starts_with(".Dd "))
}

/// Read a man page source: its displayed text and structure, its title
/// the page's name and section (`XZ(1)`).
pub fn read(source: &str, link_urls: LinkUrls) -> (String, Structure) {
    let mut out = Composer::new(link_urls);
    // Blocks stand apart only where the page asks for space (`.PP`,
    // `.sp`, a blank line, a new item or section), as `man` sets them.
    out.tight = true;
    let mut page = Page {
        out,
        title: None,
        at: 0,
        opened: Vec::new(),
        tag_next: false,
        code: None,
        heading_next: None,
        name: None,
        lists: Vec::new(),
        displays: Vec::new(),
        in_synopsis: false,
        spacing: true,
    };
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
    page.end_code();
    let title = page.title.take();
    page.out.finish(title)
}

/// What a page's requests open around the text that follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opened {
    /// `.RS`: an indent, until `.RE`.
    Indent,
    /// A list item or the body under a tag, until the next item or `.PP`.
    Item,
}

struct Page {
    out: Composer,
    title: Option<String>,
    /// The source line being read.
    at: usize,
    /// What the text is inside now, innermost last: indents `.RS` opened,
    /// and the item (or the body of a tag) being read.
    opened: Vec<Opened>,
    /// `.TP`: the next text line is the item's tag.
    tag_next: bool,
    /// No filling: lines kept as written (`.nf`, `.EX`), and the line
    /// they began on.
    code: Option<(Vec<String>, usize)>,
    /// A `.SH`/`.SS` with no title takes the next line.
    heading_next: Option<u8>,
    /// mdoc: the page's name, as `.Nm` first gave it.
    name: Option<String>,
    /// mdoc: the lists `.Bl` opened, innermost last.
    lists: Vec<mdoc::List>,
    /// mdoc: the displays `.Bd` opened, whether each keeps its lines.
    displays: Vec<bool>,
    /// mdoc: in the SYNOPSIS, where each `.Nm` starts a line.
    in_synopsis: bool,
    /// mdoc: `.Sm off` sets words without spaces between them.
    spacing: bool,
}

impl Page {
    fn request(&mut self, name: &str, rest: &str) {
        if let Some((code, _)) = &mut self.code {
            match name {
                "fi" | "EE" => self.end_code(),
                // mdoc's literal display ends.
                "Ed" => {
                    self.displays.pop();
                    self.end_code();
                }
                _ => code.push(String::new()),
            }
            return;
        }
        let args = arguments(rest);
        let joined = || args.join(" ");
        match name {
            "TH" => {
                let name = args.first().map(|n| plain(n)).unwrap_or_default();
                let section = args.get(1).map(|s| plain(s)).unwrap_or_default();
                self.title = Some(format!("{name}({section})"));
            }
            "SH" | "SS" => {
                while self.opened.pop().is_some() {
                    self.out.leave();
                }
                self.out.gap_after_last();
                let level = if name == "SH" { 1 } else { 2 };
                if args.is_empty() {
                    self.heading_next = Some(level);
                } else {
                    self.heading(level, &joined());
                }
            }
            "PP" | "P" | "LP" => {
                self.leave_item();
                self.out.gap_after_last();
            }
            "sp" => self.out.gap_after_last(),
            "RS" => {
                self.out.enter_indent();
                self.opened.push(Opened::Indent);
            }
            "RE" => {
                while let Some(opened) = self.opened.pop() {
                    self.out.leave();
                    if opened == Opened::Indent {
                        break;
                    }
                }
            }
            "TP" | "TQ" => {
                self.leave_item();
                if name == "TP" {
                    self.out.gap_after_last();
                }
                self.tag_next = true;
            }
            "IP" => {
                let tag = args.first().map(|t| plain(t)).unwrap_or_default();
                let in_item = self.opened.last() == Some(&Opened::Item);
                if !(tag.trim().is_empty() && in_item) {
                    self.leave_item();
                }
                self.out.gap_after_last();
                match tag.trim() {
                    // No tag: the item's text goes on, indented.
                    "" if in_item => {}
                    "" => {
                        self.out.enter_indent();
                        self.opened.push(Opened::Item);
                    }
                    "•" | "-" | "*" | "o" => {
                        self.out.enter_item("• ");
                        self.opened.push(Opened::Item);
                    }
                    // A tag hangs in the margin, its paragraph under it.
                    _ => {
                        let tag = args.first().cloned().unwrap_or_default();
                        self.tag(&[(Font::Roman, &tag)]);
                    }
                }
            }
            "br" => self.out.line_break(),
            "nf" | "EX" => {
                self.out.end();
                self.code = Some((Vec::new(), self.at + 1));
            }
            "B" | "SB" => self.styled(&[(Font::Bold, &joined())]),
            "I" => self.styled(&[(Font::Italic, &joined())]),
            "BR" | "BI" | "IB" | "IR" | "RB" | "RI" => {
                let fonts: Vec<Font> = name
                    .chars()
                    .map(|c| match c {
                        'B' => Font::Bold,
                        'I' => Font::Italic,
                        _ => Font::Roman,
                    })
                    .collect();
                let parts: Vec<(Font, &str)> = args
                    .iter()
                    .enumerate()
                    .map(|(i, a)| (fonts[i % 2], a.as_str()))
                    .collect();
                self.styled(&parts);
            }
            "SM" => self.text(&joined()),
            "so" => self.styled(&[(Font::Roman, &format!("[include: {}]", joined()))]),
            "UR" | "MT" => self.styled(&[(Font::Roman, &format!("<{}>", joined()))]),
            _ => {
                self.mdoc(name, &args);
            }
        }
    }

    /// The item or tagged paragraph open ends; what follows is at the
    /// page's margin.
    fn leave_item(&mut self) {
        if self.opened.last() == Some(&Opened::Item) {
            self.opened.pop();
            self.out.leave();
        } else {
            self.out.end();
        }
    }

    fn heading(&mut self, level: u8, title: &str) {
        self.out.line = self.at;
        self.out.begin(BlockKind::Heading { level });
        self.put(&[(Font::Roman, title)]);
        self.out.end();
    }

    /// A tag in the margin; the paragraphs after it hang under it.
    fn tag(&mut self, parts: &[(Font, &str)]) {
        self.out.line = self.at;
        self.out.begin(BlockKind::Paragraph);
        self.put(parts);
        self.out.end();
        self.out.enter_indent();
        self.opened.push(Opened::Item);
    }

    /// Words in fonts, run together (`.BR name (1)` is `name(1)`).
    fn styled(&mut self, parts: &[(Font, &str)]) {
        if self.tag_next {
            self.tag_next = false;
            return self.tag(parts);
        }
        if let Some(level) = self.heading_next.take() {
            let title: String = parts.iter().map(|(_, t)| *t).collect();
            return self.heading(level, &title);
        }
        if !self.out.is_open() {
            self.out.line = self.at;
        }
        // Lines of a paragraph are joined by a space.
        self.out.words(" ");
        self.put(parts);
    }

    /// Roff text in fonts (escapes to read) into the open block.
    fn put(&mut self, parts: &[(Font, &str)]) {
        for &(font, text) in parts {
            for (inner, run) in runs(text) {
                let base = font.over(InlineStyle::default());
                self.out.style = if inner == Font::Roman {
                    base
                } else {
                    inner.over(base)
                };
                self.out.words(&run);
            }
        }
        self.out.style = InlineStyle::default();
    }

    /// A line of text (roff escapes to read).
    fn text(&mut self, line: &str) {
        if let Some((code, _)) = &mut self.code {
            code.push(plain(line));
            return;
        }
        if line.trim().is_empty() {
            return self.out.gap_after_last();
        }
        // A line opening with a space starts a new line of output.
        if line.starts_with(' ') && !self.tag_next && self.heading_next.is_none() {
            self.out.line_break();
        }
        self.styled(&[(Font::Roman, line)]);
    }

    fn end_code(&mut self) {
        let Some((lines, began)) = self.code.take() else {
            return;
        };
        self.out.line = began;
        let body = lines.join("\n");
        self.out.code(body.trim_end(), None);
    }

    /// A tbl table, `.TS` to `.TE`: options and format lines skipped, rows
    /// split at tabs, rules left out.
    fn table<'a>(&mut self, lines: &mut impl Iterator<Item = &'a str>) {
        self.end_code();
        self.out.end();
        self.out.line = self.at;
        let mut cells = TableCells::default();
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
            let row = line
                .split(tab)
                .map(|c| plain(c.trim_start_matches("T{").trim_end_matches("T}")))
                .collect();
            cells.rows.push(row);
        }
        self.out.table(cells);
    }
}

#[cfg(test)]
mod tests;
