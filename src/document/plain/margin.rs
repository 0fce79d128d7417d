//! Headings by position in an indented text: where nearly every line of the
//! body is indented (verse, man pages, RFCs), a short line at the margin
//! names what follows — a poem's title, a manual's section. Also bare
//! section numbers (`1`, `2`… alone at the head of a block), kept only when
//! they count up as sections do.

use super::scan::RawBlock;
use crate::text::lines as text_lines;

/// At least this share of body lines (in percent) must be indented.
const INDENTED_PERCENT: usize = 80;
/// The longest margin line taken for a heading.
const MAX_CHARS: usize = 70;

/// Whether the body in `raws` is an indented text: its lines start with
/// white space nearly everywhere.
pub fn indented_body(text: &str, raws: &[RawBlock]) -> bool {
    let (mut lines, mut indented) = (0usize, 0usize);
    for raw in raws {
        lines += raw.line_count;
        indented += match raw.scanned {
            Some(scanned) => scanned.indented_lines as usize,
            None => text_lines(&text[raw.range.clone()])
                .filter(|line| line.starts_with(char::is_whitespace))
                .count(),
        };
    }
    lines >= 20 && indented * 100 >= lines * INDENTED_PERCENT
}

/// Whether `line` (untrimmed) is a title standing at the margin of an
/// indented text: short, capitalised, not a sentence or a label.
pub fn margin_title(line: &str) -> bool {
    let trimmed = line.trim_end();
    !line.starts_with(char::is_whitespace)
        && trimmed.chars().count() <= MAX_CHARS
        && trimmed
            .chars()
            .next()
            .is_some_and(|c| !c.is_lowercase() && c.is_alphanumeric())
        && !trimmed.ends_with(['.', ',', ';', ':'])
        && !super::rules::has_column_gap(trimmed)
}

/// How few headings make an indent the headings' own.
const FEWEST_AT_INDENT: usize = 5;
/// The deepest indent taken for the headings' own.
const MAX_HEADING_INDENT: usize = 8;

/// The indent at which a document's headings stand, when not at the
/// margin: where most lines alone that a heading rule takes stand at one
/// indent (`  L'ALBATROS` over a poem indented like it) and few at the
/// margin.
pub fn heading_indent(text: &str, raws: &[RawBlock]) -> Option<usize> {
    let mut at_indent = [0usize; MAX_HEADING_INDENT + 1];
    for raw in raws
        .iter()
        .filter(|r| r.line_count <= 2 && r.blank_before > 0)
    {
        let mut lines = text_lines(&text[raw.range.clone()]);
        let line = lines.next().unwrap_or("").trim_end();
        let indent = line.len() - line.trim_start().len();
        if indent > MAX_HEADING_INDENT || line.starts_with('\t') {
            continue;
        }
        // An underlined title is a heading whatever its words.
        let heading = match lines.next() {
            Some(under) => super::rules::underline_rank(under.trim()).is_some(),
            None => super::rules::classify_line(line.trim_start()).is_some(),
        };
        at_indent[indent] += usize::from(heading);
    }
    let (indent, &count) = at_indent
        .iter()
        .enumerate()
        .skip(1)
        .max_by_key(|&(_, &count)| count)?;
    (count >= FEWEST_AT_INDENT && count > 2 * at_indent[0]).then_some(indent)
}

/// How few labels make a family.
const FEWEST_LABELS: usize = 3;

/// `Mathematics and sciences:` — a short capitalised label at the margin,
/// ending in a colon, over an indented block: a family of such labels names
/// a sampler's or a reference card's sections. Returns their block starts.
pub fn labels(text: &str, raws: &[RawBlock]) -> std::collections::HashSet<usize> {
    let found: std::collections::HashSet<usize> = raws
        .iter()
        .enumerate()
        .filter(|&(i, raw)| {
            if raw.line_count != 1 {
                return false;
            }
            let line = text[raw.range.clone()].trim_end();
            let over_indented = raws
                .get(i + 1)
                .is_some_and(|next| text[next.range.clone()].starts_with(char::is_whitespace));
            !line.starts_with(char::is_whitespace)
                && line.ends_with(':')
                && over_indented
                && line.chars().count() <= 50
                && line.split_whitespace().count() <= 6
                && line.chars().next().is_some_and(char::is_uppercase)
        })
        .map(|(_, raw)| raw.range.start)
        .collect();
    if found.len() >= FEWEST_LABELS {
        found
    } else {
        std::collections::HashSet::new()
    }
}

/// A bare section number: `1`, `52`, `七`, `十二`, alone on its line
/// (maybe indented).
pub fn bare_number(line: &str) -> Option<u32> {
    let trimmed = line.trim();
    if trimmed.is_empty() || trimmed.len() > 12 {
        return None;
    }
    if trimmed.bytes().all(|b| b.is_ascii_digit()) {
        return trimmed.parse().ok().filter(|_| trimmed.len() <= 3);
    }
    super::series::cjk_numeral(trimmed)
}

/// Which of the bare numbers found (in document order) count up as
/// sections do: each run starts at 1 and goes up by one. Numbers that break
/// the count (page numbers, verse numbers out of order) are dropped.
pub fn counting(numbers: &[u32]) -> Vec<bool> {
    let mut keep = vec![false; numbers.len()];
    let mut run: Vec<usize> = Vec::new();
    let mut close = |run: &mut Vec<usize>| {
        if run.len() >= 2 {
            run.iter().for_each(|&i| keep[i] = true);
        }
        run.clear();
    };
    for (i, &n) in numbers.iter().enumerate() {
        let follows = run.last().is_some_and(|&last| numbers[last] + 1 == n);
        if n == 1 {
            close(&mut run);
            run.push(i);
        } else if follows {
            run.push(i);
        }
    }
    close(&mut run);
    keep
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indented_texts_have_titles_at_the_margin() {
        let verse = "  I celebrate myself, and sing myself,\n".repeat(5);
        let poem = format!("Song of Myself\n{verse}").repeat(10);
        let raws = super::super::scan::scan(&poem, None).blocks;
        assert!(indented_body(&poem, &raws));
        let prose =
            "A paragraph at the margin\nwith more lines at the margin\n     and one indented\n"
                .repeat(10);
        let raws = super::super::scan::scan(&prose, None).blocks;
        assert!(!indented_body(&prose, &raws));
        assert!(margin_title("Song of Myself"));
        assert!(margin_title("Year of Meteors [1859-60"));
        assert!(!margin_title("  I celebrate myself,"));
        assert!(!margin_title("Poet:"));
        assert!(!margin_title("and a sentence goes on"));
    }

    #[test]
    fn bare_numbers_count_up_or_are_dropped() {
        assert_eq!(bare_number("       12"), Some(12));
        assert_eq!(bare_number("12a"), None);
        assert_eq!(bare_number("　七"), Some(7));
        assert_eq!(bare_number("二十三"), Some(23));
        assert_eq!(bare_number("十"), Some(10));
        assert_eq!(bare_number("１２"), Some(12));
        assert_eq!(bare_number("一一"), None);
        assert_eq!(
            counting(&[1, 2, 3, 1, 2, 7, 1, 40]),
            [true, true, true, true, true, false, false, false]
        );
    }
}
