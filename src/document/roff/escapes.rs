//! Roff's escapes in text: fonts (`\fB`), glyphs (`\(em`, `\[u2010]`),
//! and the sizes, registers and device escapes that show nothing.

use super::Font;

/// A line of roff text as it reads: runs of text, each in its font.
pub fn runs(line: &str) -> Vec<(Font, String)> {
    let mut runs: Vec<(Font, String)> = Vec::new();
    read_escapes(
        super::requests::strip_comment(line),
        |font, text| match runs.last_mut() {
            Some((last, run)) if *last == font => run.push_str(text),
            _ => runs.push((font, text.to_owned())),
        },
    );
    runs
}

/// A line of roff text as it reads, fonts left out (code, titles).
pub fn plain(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    read_escapes(super::requests::strip_comment(line), |_, text| {
        out.push_str(text)
    });
    out
}

/// Read `line`'s escapes, handing `put` each piece of text and its font.
fn read_escapes(line: &str, mut put: impl FnMut(Font, &str)) {
    let mut font = Font::Roman;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            put(font, c.encode_utf8(&mut [0; 4]));
            continue;
        }
        let Some(e) = chars.next() else { break };
        let shown: std::borrow::Cow<'_, str> = match e {
            'f' => {
                let name = escape_name(&mut chars);
                font = match name.as_str() {
                    "B" | "3" => Font::Bold,
                    "I" | "2" => Font::Italic,
                    _ => Font::Roman,
                };
                continue;
            }
            '(' | '[' | '*' => {
                let name = if e == '*' {
                    escape_name(&mut chars)
                } else if e == '(' {
                    chars.by_ref().take(2).collect()
                } else {
                    chars.by_ref().take_while(|&c| c != ']').collect()
                };
                glyph(&name).into()
            }
            's' => {
                // A size change: `\s+2`, `\s0`, `\s(12`.
                while chars
                    .next_if(|c| matches!(c, '+' | '-' | '(' | '0'..='9'))
                    .is_some()
                {}
                continue;
            }
            'n' => {
                escape_name(&mut chars);
                continue;
            }
            'X' | 'N' | 'm' | 'h' | 'v' | 'w' | 'o' | 'D' | 'l' | 'L' | 'k' => {
                // Device and drawing escapes take a quoted argument.
                if let Some(quote) = chars.next() {
                    let close = if quote == '[' { ']' } else { quote };
                    chars.by_ref().take_while(|&c| c != close).for_each(drop);
                }
                continue;
            }
            '-' => "-".into(),
            'e' | '\\' => "\\".into(),
            ' ' | '~' | '0' => " ".into(),
            '&' | '|' | '^' | 'c' | ')' | '%' | ':' | '/' | ',' => continue,
            '.' => ".".into(),
            '\'' => "'".into(),
            '`' => "`".into(),
            other => other.to_string().into(),
        };
        put(font, &shown);
    }
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
