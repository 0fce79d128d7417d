//! Inline HTML as Markdown: text escaped so that nothing in it reads as
//! markup, styles and line breaks as the tags the Markdown reader takes
//! (they open and close anywhere, where `*` and `**` would not), code,
//! images and links.

use super::elements::left_out;
use crate::text::squeeze_whitespace as squeeze;
use scraper::{ElementRef, Node};

/// An inline element as Markdown.
pub(super) fn inline(element: ElementRef<'_>) -> String {
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

pub(super) fn inline_children(element: ElementRef<'_>) -> String {
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
pub(super) fn guard_line_start(text: &str) -> String {
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
pub(super) fn squeeze_inline(text: &str) -> String {
    let lines: Vec<String> = text
        .split(BREAK)
        .map(squeeze)
        .filter(|line| !line.is_empty())
        .collect();
    lines.join(BREAK)
}
