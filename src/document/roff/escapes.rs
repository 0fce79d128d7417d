//! Roff's escapes in text: fonts (`\fB`), glyphs (`\(em`, `\[u2010]`),
//! and the sizes, registers and device escapes that show nothing.

use crate::document::html::escape;

/// A line of roff text as Markdown: escapes read, fonts as `<b>` and `<i>`, the
/// rest escaped so it never reads as Markdown.
pub fn inline(line: &str) -> String {
    read_escapes(super::strip_comment(line), true)
}

/// A line of roff text as it reads, for code (no Markdown).
pub(super) fn plain(line: &str) -> String {
    read_escapes(super::strip_comment(line), false)
}

fn read_escapes(line: &str, markdown: bool) -> String {
    let mut out = String::with_capacity(line.len());
    let mut font: super::Font = super::ROMAN;
    let mut chars = line.chars().peekable();
    let put = |out: &mut String, text: &str| {
        if markdown {
            out.push_str(&escape(text));
        } else {
            out.push_str(text);
        }
    };
    while let Some(c) = chars.next() {
        if c != '\\' {
            put(&mut out, c.encode_utf8(&mut [0; 4]));
            continue;
        }
        let Some(e) = chars.next() else { break };
        match e {
            'f' => {
                let name = escape_name(&mut chars);
                let mark = match name.as_str() {
                    "B" | "3" => super::BOLD,
                    "I" | "2" => super::ITALIC,
                    _ => super::ROMAN,
                };
                if markdown && mark != font {
                    out.push_str(font.1);
                    out.push_str(mark.0);
                    font = mark;
                }
            }
            '(' | '[' | '*' => {
                let name = if e == '*' {
                    escape_name(&mut chars)
                } else if e == '(' {
                    chars.by_ref().take(2).collect()
                } else {
                    chars.by_ref().take_while(|&c| c != ']').collect()
                };
                put(&mut out, &glyph(&name));
            }
            's' => {
                // A size change: `\s+2`, `\s0`, `\s(12`.
                while chars
                    .next_if(|c| matches!(c, '+' | '-' | '(' | '0'..='9'))
                    .is_some()
                {}
            }
            'n' => {
                escape_name(&mut chars);
            }
            'X' | 'N' | 'm' | 'h' | 'v' | 'w' | 'o' | 'D' | 'l' | 'L' | 'k' => {
                // Device and drawing escapes take a quoted argument.
                if let Some(quote) = chars.next() {
                    let close = if quote == '[' { ']' } else { quote };
                    chars.by_ref().take_while(|&c| c != close).for_each(drop);
                }
            }
            '-' => put(&mut out, "-"),
            'e' | '\\' => put(&mut out, "\\"),
            ' ' | '~' | '0' => put(&mut out, " "),
            '&' | '|' | '^' | 'c' | ')' | '%' | ':' | '/' | ',' => {}
            '.' => put(&mut out, "."),
            '\'' => put(&mut out, "'"),
            '`' => put(&mut out, "`"),
            other => put(&mut out, other.encode_utf8(&mut [0; 4])),
        }
    }
    out.push_str(font.1);
    out
}

/// An escape's name: one character, `(xx`, or `[long]`.
fn escape_name(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> String {
    match chars.next() {
        Some('(') => chars.by_ref().take(2).collect(),
        Some('[') => chars.by_ref().take_while(|&c| c != ']').collect(),
        Some(c) => c.to_string(),
        None => String::new(),
    }
}

/// A named glyph (`\(em`, `\[u2010]`, `\*(Lq`); nothing for one lectern
/// does not know.
fn glyph(name: &str) -> String {
    if let Some(code) = name.strip_prefix('u')
        && let Ok(value) = u32::from_str_radix(code, 16)
    {
        return char::from_u32(value).map(String::from).unwrap_or_default();
    }
    let known = match name {
        "em" => "—",
        "en" => "–",
        "hy" | "-" | "mi" => "-",
        "bu" => "•",
        "aq" => "'",
        "dq" => "\"",
        "lq" | "Lq" => "“",
        "rq" | "Rq" => "”",
        "oq" => "‘",
        "cq" => "’",
        "co" => "©",
        "rg" | "R" => "®",
        "tm" => "™",
        "de" => "°",
        "mu" => "×",
        "->" | "ra" => "→",
        "<-" | "la" => "←",
        "ti" => "~",
        "ha" => "^",
        "rs" => "\\",
        _ => "",
    };
    known.to_owned()
}
