//! Headings set apart by space alone: a short line with two or more blank
//! lines above and below it, in a document whose paragraphs are one blank
//! line apart (book titles in a Bible, a volume's title, `FOOTNOTES`).
//! Such lines form a family only when there are a few of them and they are
//! rare: a document spaced out everywhere says nothing by spacing.

use super::scan::RawBlock;
use crate::text::lines as text_lines;
use std::collections::HashSet;

/// The longest set-apart line taken for a heading.
const MAX_CHARS: usize = 70;

/// How few set-apart lines make a family.
const FEWEST: usize = 3;
/// At most one block in this many may be set apart.
const RARITY: usize = 10;

/// The starts of the one-line blocks among `raws` that stand apart.
pub fn set_apart(text: &str, raws: &[RawBlock]) -> HashSet<usize> {
    let apart: HashSet<usize> = raws
        .iter()
        .enumerate()
        .filter(|&(i, raw)| {
            // The cheap tests first: this runs over every block.
            if raw.blank_before < 2 || raw.line_count > 2 || raw.marker.is_some() {
                return false;
            }
            let mut lines = text_lines(&text[raw.range.clone()]).map(str::trim);
            let line = lines.next().unwrap_or("");
            // An alternative title in brackets may follow, on the next line
            // or after one blank line.
            let subtitled = lines.next().is_some_and(is_subtitle);
            let spaced = |at: usize| raws.get(at).is_none_or(|next| next.blank_before >= 2);
            let bracket_block = |at: usize| {
                raws.get(at)
                    .is_some_and(|b| b.line_count == 1 && is_subtitle(text[b.range.clone()].trim()))
            };
            // Three blank lines above set a line apart even with one below.
            let after = spaced(i + 1)
                || (bracket_block(i + 1) && spaced(i + 2))
                || (raw.blank_before >= 3 && raws.get(i + 1).is_some_and(|n| n.blank_before >= 1));
            (raw.line_count == 1 || raw.line_count == 2 && subtitled)
                && after
                && line.chars().count() <= MAX_CHARS
                && line.chars().any(char::is_alphanumeric)
                && line.chars().next().is_some_and(|c| !c.is_lowercase())
                // A sentence, or one that leads into what follows.
                && !line.ends_with(['.', ';', ':', ','])
                && !is_book_furniture(line)
                && !super::rules::has_column_gap(line)
        })
        .map(|(_, raw)| raw.range.start)
        .collect();
    if apart.len() >= FEWEST && apart.len() * RARITY <= raws.len() {
        apart
    } else {
        HashSet::new()
    }
}

/// `[The Wisdom of Solomon]`: a title's alternative, in brackets.
fn is_subtitle(line: &str) -> bool {
    (line.starts_with('[') && line.ends_with(']')) || (line.starts_with('(') && line.ends_with(')'))
}

/// Lines every e-book edition carries that are not the book's divisions:
/// its producer credit and the Project Gutenberg notes around it.
fn is_book_furniture(line: &str) -> bool {
    line.starts_with("Produced by") || line.contains("Project Gutenberg")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apart_lines(text: &str) -> Vec<&str> {
        let raws = super::super::scan::scan(text, None).blocks;
        let found = set_apart(text, &raws);
        raws.iter()
            .filter(|r| found.contains(&r.range.start))
            .map(|r| &text[r.range.clone()])
            .collect()
    }

    #[test]
    fn lines_with_two_blank_lines_around_them_form_a_family_when_rare() {
        let verses = "1 Esdr 1:1\nAnd Josias held the feast.\n\n".repeat(12);
        let text = format!(
            "\n\n\nThe First Book\n\n\n{verses}\n\nThe Second Book\n[Or Another Name]\n\n\n{verses}\n\nThe Book of Tobit\n\n[Tobias]\n\n\n{verses}"
        );
        assert_eq!(
            apart_lines(&text),
            [
                "The First Book",
                "The Second Book\n[Or Another Name]",
                "The Book of Tobit"
            ]
        );
    }

    #[test]
    fn a_document_spaced_out_everywhere_has_no_such_family() {
        let text = "A line\n\n\nAnother line\n\n\nA third line\n\n\nA fourth\n\n\n".repeat(3);
        assert!(apart_lines(&text).is_empty());
        let sentences =
            "Prose.\n\n\nMore prose:\n\n\n----------\n\n\nProduced by a volunteer\n\n\n";
        assert!(apart_lines(&format!("{sentences}{}", "p\n\n".repeat(40))).is_empty());
    }
}
