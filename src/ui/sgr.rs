//! Colour codes in a document's lines (`ESC [ … m`, as a log or a terminal
//! recording carries them) drawn as styles, as `less -R` does: colours,
//! bold, italic, underline, reverse, 256 colours and true colour. Only SGR
//! is interpreted; every other escape stays a visible placeholder, and in a
//! theme without colour (`mono`, `NO_COLOR`) the codes are simply dropped.

use ratatui::style::{Color, Modifier, Style};
use std::ops::Range;

/// A piece of the line and the style it is drawn in.
pub struct Run {
    pub range: Range<usize>,
    pub style: Style,
}

/// Whether `line` carries a colour code at all.
pub fn has_codes(line: &str) -> bool {
    line.contains("\u{1b}[") && crate::text::sgr_code_at(line, 0..line.len()).is_some()
}

/// `line` cut into runs of text between its colour codes, each with the
/// style the codes before it set on top of `base`. The codes themselves are
/// in no run.
pub fn runs(line: &str, base: Style, colour: bool) -> Vec<Run> {
    let mut out = Vec::new();
    let mut style = base;
    let mut at = 0;
    while let Some((code, params)) = crate::text::sgr_code_at(line, at..line.len()) {
        if code.start > at {
            out.push(Run {
                range: at..code.start,
                style,
            });
        }
        if colour {
            style = apply(style, base, params);
        }
        at = code.end;
    }
    if at < line.len() {
        out.push(Run {
            range: at..line.len(),
            style,
        });
    }
    out
}

/// `style` after the SGR parameters `params` (`0` or empty resets to `base`).
fn apply(mut style: Style, base: Style, params: &str) -> Style {
    let numbers: Vec<u16> = params.split(';').map(|p| p.parse().unwrap_or(0)).collect();
    let mut i = 0;
    while i < numbers.len() {
        let n = numbers[i];
        style = match n {
            0 => base,
            1 => style.add_modifier(Modifier::BOLD),
            2 => style.add_modifier(Modifier::DIM),
            3 => style.add_modifier(Modifier::ITALIC),
            4 => style.add_modifier(Modifier::UNDERLINED),
            7 => style.add_modifier(Modifier::REVERSED),
            22 => style.remove_modifier(Modifier::BOLD | Modifier::DIM),
            23 => style.remove_modifier(Modifier::ITALIC),
            24 => style.remove_modifier(Modifier::UNDERLINED),
            27 => style.remove_modifier(Modifier::REVERSED),
            30..=37 => style.fg(Color::Indexed((n - 30) as u8)),
            90..=97 => style.fg(Color::Indexed((n - 90 + 8) as u8)),
            39 => style.fg(base.fg.unwrap_or(Color::Reset)),
            40..=47 => style.bg(Color::Indexed((n - 40) as u8)),
            100..=107 => style.bg(Color::Indexed((n - 100 + 8) as u8)),
            49 => style.bg(base.bg.unwrap_or(Color::Reset)),
            38 | 48 => {
                let (color, used) = extended(&numbers[i + 1..]);
                i += used;
                match (color, n) {
                    (Some(c), 38) => style.fg(c),
                    (Some(c), _) => style.bg(c),
                    (None, _) => style,
                }
            }
            _ => style,
        };
        i += 1;
    }
    style
}

/// `5;N` (256 colours) or `2;R;G;B` (true colour) after a 38 or 48.
fn extended(rest: &[u16]) -> (Option<Color>, usize) {
    match rest {
        [5, n, ..] => (Some(Color::Indexed(*n as u8)), 2),
        [2, r, g, b, ..] => (Some(Color::Rgb(*r as u8, *g as u8, *b as u8)), 4),
        _ => (None, rest.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_codes_become_styles_and_vanish_from_the_text() {
        let line = "\u{1b}[32m[1.5] \u{1b}[0m\u{1b}[1;33mwlp3s0\u{1b}[0m: up";
        let runs = runs(line, Style::new(), true);
        let texts: Vec<&str> = runs.iter().map(|r| &line[r.range.clone()]).collect();
        assert_eq!(texts, ["[1.5] ", "wlp3s0", ": up"]);
        assert_eq!(runs[0].style.fg, Some(Color::Indexed(2)));
        assert_eq!(runs[1].style.fg, Some(Color::Indexed(3)));
        assert!(runs[1].style.add_modifier.contains(Modifier::BOLD));
        assert_eq!(runs[2].style, Style::new());
    }

    #[test]
    fn extended_colours_and_no_colour_themes() {
        let line = "\u{1b}[38;5;208mamber\u{1b}[48;2;1;2;3mdeep";
        let styled = runs(line, Style::new(), true);
        assert_eq!(styled[0].style.fg, Some(Color::Indexed(208)));
        assert_eq!(styled[1].style.bg, Some(Color::Rgb(1, 2, 3)));
        let mono = runs(line, Style::new(), false);
        assert!(mono.iter().all(|r| r.style == Style::new()));
        assert_eq!(mono.len(), 2, "codes dropped, text kept");
    }

    #[test]
    fn other_escapes_are_not_colour_codes() {
        assert!(!has_codes("clear \u{1b}[2J and \u{1b}]0;title\u{7}"));
        let line = "\u{1b}[31mred\u{1b}[2J";
        let runs = runs(line, Style::new(), true);
        assert_eq!(
            &line[runs[0].range.clone()],
            "red\u{1b}[2J",
            "the cursor code stays, to be shown as a placeholder"
        );
    }
}
