//! Re-flowed text: where a line may break, and how source lines join.
//! Break opportunities follow Unicode's line breaking algorithm (UAX #14,
//! the `unicode-linebreak` crate), so Chinese and Japanese break between
//! characters and closing punctuation (`，` `。` `」`) never opens a line.
//! A hard-wrapped source joins with a space between Latin words and with
//! nothing between ideographs; a line opening with an ideographic space
//! (`　　`) starts a paragraph, indent kept.

use std::ops::Range;
use unicode_linebreak::{BreakOpportunity, linebreaks};
use unicode_segmentation::UnicodeSegmentation;

/// A piece of text no row may split (unless it is wider than the row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub range: Range<usize>,
    pub width: usize,
    /// Columns of space after it when the next word shares its row.
    pub gap: u8,
    /// It must stay on the row of the word before it (it joined across a
    /// source line break and opens with closing punctuation).
    pub glued: bool,
    /// It starts a new row whatever the room (a forced break before it).
    pub breaks: bool,
}

/// Whether a character is set wide (ideographs, kana, hangul, full-width
/// punctuation): next to one, a source line break is no space.
fn wide(c: char) -> bool {
    crate::text::display_width(c.encode_utf8(&mut [0; 4])) >= 2
}

/// Closing punctuation that must not open a line.
fn closing(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '？'
            | '！'
            | '」'
            | '』'
            | '）'
            | '》'
            | '〉'
            | '】'
            | '．'
            | '…'
            | '·'
            | ','
            | '.'
            | ';'
            | ':'
            | '?'
            | '!'
            | ')'
            | ']'
            | '}'
    )
}

/// White space between words: not the ideographic space (an indent to
/// keep), and not a control (VT, FF, NEL are shown as placeholders, never
/// lost as a space).
fn blank(c: char) -> bool {
    c == '\t' || (c.is_whitespace() && !c.is_control() && c != '\u{3000}')
}

/// The words of `text`; `hard_breaks`: every `\n` is a forced break (rich
/// text), else source lines join (plain prose).
pub fn words(text: &str, hard_breaks: bool) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut line_start = 0;
    for line in text.split('\n') {
        let base = line_start;
        line_start += line.len() + 1;
        let lead = line.len() - line.trim_start_matches(blank).len();
        let indented = line[lead..].starts_with('\u{3000}');
        let end = base + line.trim_end_matches(blank).len();
        if base + lead >= end {
            if hard_breaks {
                // An empty line of rich text is an empty row.
                out.push(Word {
                    range: base..base,
                    width: 0,
                    gap: 0,
                    glued: false,
                    breaks: !out.is_empty(),
                });
            }
            continue;
        }
        let offset = base + lead;
        let content = &text[offset..end];
        // How this line joins the one before.
        let first = content.chars().next().unwrap_or(' ');
        let forced = hard_breaks || indented;
        if let Some(last) = out.last_mut() {
            if forced {
                last.gap = 0;
            } else {
                let previous = text[..last.range.end].chars().next_back().unwrap_or(' ');
                last.gap = if wide(previous) || wide(first) { 0 } else { 1 };
            }
        }
        let line_words = split_line(content, offset);
        for (index, mut word) in line_words.into_iter().enumerate() {
            if index == 0 {
                word.breaks = forced && !out.is_empty();
                word.glued = !word.breaks && closing(first) && !out.is_empty();
            }
            out.push(word);
        }
    }
    out
}

/// The words of one source line, split where UAX #14 allows a break.
fn split_line(line: &str, offset: usize) -> Vec<Word> {
    let mut words = Vec::new();
    let mut start = 0;
    for (at, opportunity) in linebreaks(line) {
        if at <= start && opportunity != BreakOpportunity::Mandatory {
            continue;
        }
        let piece = &line[start..at];
        // An ideographic space is an indent to keep, not a gap.
        let trimmed = piece.trim_end_matches(blank);
        if !trimmed.is_empty() {
            let gap = u8::from(trimmed.len() < piece.len());
            words.push(Word {
                range: offset + start..offset + start + trimmed.len(),
                width: crate::text::display_width(trimmed),
                gap,
                glued: false,
                breaks: false,
            });
        }
        start = at;
    }
    if let Some(last) = words.last_mut() {
        last.gap = 0;
    }
    words
}

/// First-fit rows over `words`: the first row `first` columns wide, the
/// rest `rest`. A word wider than a row is cut between graphemes. Returns
/// the words as laid out (cut ones split) and each row's range of them.
pub fn rows(
    text: &str,
    words: Vec<Word>,
    first: usize,
    rest: usize,
) -> (Vec<Word>, Vec<Range<usize>>) {
    let mut laid: Vec<Word> = Vec::with_capacity(words.len());
    for word in words {
        cut_wide(text, word, rest.max(1), &mut laid);
    }
    let mut rows = Vec::new();
    let mut row_start = 0;
    let mut used = 0;
    for index in 0..laid.len() {
        let limit = if rows.is_empty() { first } else { rest }.max(1);
        let word = &laid[index];
        let gap = if index > row_start {
            usize::from(laid[index - 1].gap)
        } else {
            0
        };
        let fits = used + gap + word.width <= limit;
        if index > row_start && (word.breaks || !fits) {
            // A glued word takes the word before it along to the new row.
            let cut = if word.glued && !word.breaks && index - 1 > row_start {
                index - 1
            } else {
                index
            };
            rows.push(row_start..cut);
            row_start = cut;
            used = laid[cut..index]
                .iter()
                .map(|w| w.width + usize::from(w.gap))
                .sum();
            used += word.width;
            continue;
        }
        used += gap + word.width;
    }
    rows.push(row_start..laid.len());
    (laid, rows)
}

/// `word`, or its pieces at most `max` columns wide when it is wider.
fn cut_wide(text: &str, word: Word, max: usize, out: &mut Vec<Word>) {
    if word.width <= max {
        out.push(word);
        return;
    }
    let slice = &text[word.range.clone()];
    let (mut piece_start, mut piece_width) = (0, 0);
    let mut first = true;
    for (at, grapheme) in slice.grapheme_indices(true) {
        let w = crate::text::display_width(grapheme);
        if piece_width + w > max && piece_width > 0 {
            out.push(Word {
                range: word.range.start + piece_start..word.range.start + at,
                width: piece_width,
                gap: 0,
                glued: first && word.glued,
                breaks: first && word.breaks,
            });
            first = false;
            piece_start = at;
            piece_width = 0;
        }
        piece_width += w;
    }
    out.push(Word {
        range: word.range.start + piece_start..word.range.end,
        width: piece_width,
        gap: word.gap,
        glued: first && word.glued,
        breaks: first && word.breaks,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn laid_out(text: &str, width: usize) -> Vec<String> {
        let (laid, rows) = rows(text, words(text, false), width, width);
        rows.iter()
            .map(|r| {
                let mut row = String::new();
                for i in r.clone() {
                    row.push_str(&text[laid[i].range.clone()]);
                    if i + 1 < r.end {
                        row.push_str(&" ".repeat(usize::from(laid[i].gap)));
                    }
                }
                row
            })
            .collect()
    }

    #[test]
    fn latin_lines_join_with_a_space() {
        let text = "This is a paragraph that was\nhard wrapped by its author.\n";
        assert_eq!(
            laid_out(text, 30),
            [
                "This is a paragraph that was",
                "hard wrapped by its author."
            ]
        );
        assert_eq!(
            laid_out(text, 80),
            ["This is a paragraph that was hard wrapped by its author."]
        );
    }

    #[test]
    fn chinese_lines_join_without_spaces_and_break_between_characters() {
        let text = "　　此開卷第一回也．作者自云：因曾歷過\n一番夢幻之后，故將真事隱去，而借\n「通靈」之說，撰此《石頭記》一書也．\n";
        let rows = laid_out(text, 20);
        assert!(rows.iter().all(|r| !r.contains(' ')), "{rows:?}");
        assert!(rows[0].starts_with("　　此開卷"), "indent kept: {rows:?}");
        for row in &rows[1..] {
            let first = row.chars().next().unwrap();
            assert!(!closing(first), "a row opens with {first}: {rows:?}");
        }
        let widths: Vec<usize> = rows.iter().map(|r| crate::text::display_width(r)).collect();
        assert!(
            widths[..widths.len() - 1].iter().all(|&w| w >= 18),
            "{widths:?}"
        );
    }

    #[test]
    fn an_ideographic_space_starts_a_new_paragraph() {
        let text = "　　第一段的文字。\n　　第二段的文字。\n";
        assert_eq!(
            laid_out(text, 40),
            ["　　第一段的文字。", "　　第二段的文字。"]
        );
    }

    #[test]
    fn closing_punctuation_across_a_line_break_stays_with_its_word() {
        let text = "甲乙丙丁戊己庚辛\n，壬癸\n";
        let rows = laid_out(text, 16);
        assert_eq!(rows, ["甲乙丙丁戊己庚", "辛，壬癸"]);
    }
}
