//! Headings known by their family: lines standing alone that share a
//! shape, one word of which is a counter that advances (`Erstes Kapitel`,
//! `Zweites Kapitel`…; `Inferno • Canto I`, `Inferno • Canto II`…), in
//! any notation a counter is written in: digits, roman numerals, capital
//! letters, number words. Alone, such a line may read like text; the
//! family is the evidence. A family whose counter starts again after
//! each line of another family sits under it.

use super::rules;
use super::scan::RawBlock;
use crate::text::lines as text_lines;
pub(super) use counters::cjk_numeral;
use counters::counter_value;
use lead::Lead;
use std::collections::HashMap;

/// The longest line taken for one of a family.
const MAX_CHARS: usize = 60;
/// How few lines make a family.
const FEWEST: usize = 3;

/// What the families of lines in a text say of its lines.
#[derive(Debug, Default, Clone)]
pub struct Families {
    /// The starts of the lines that are headings by their family, and each
    /// one's rank.
    pub headings: HashMap<usize, u16>,
    /// The starts of numbered lines close together: a list, whatever a
    /// rule makes of one of them alone.
    pub listed: std::collections::HashSet<usize>,
}

/// The lines among `raws` that are headings by their family, and those
/// that are a numbered list.
pub fn families(text: &str, raws: &[RawBlock]) -> Families {
    // Lines by their shape: the words, the counter's place left blank.
    let mut by_shape: HashMap<String, Vec<Member<'_>>> = HashMap::new();
    // Every line alone that holds a counter, of whatever shape.
    let mut counted: Vec<(usize, u32)> = Vec::new();
    // Numbered headings at the margin: where a document has them, numbered
    // lines indented into its text are items of that text, not headings.
    let mut numbered_at_margin = 0;
    for raw in raws {
        if raw.line_count != 1 || raw.blank_before == 0 {
            continue;
        }
        let untrimmed = text_lines(&text[raw.range.clone()]).next().unwrap_or("");
        let line = untrimmed.trim();
        let indented = untrimmed.starts_with(char::is_whitespace);
        if !indented && rules::numbered_heading(line).is_some() {
            numbered_at_margin += 1;
        }
        let whole = shape_of(line).map(|(shape, value)| (shape, value, Lead::Title));
        for (shape, value, lead) in [whole, lead::lead_shape_of(line)].into_iter().flatten() {
            counted.push((raw.range.start, value));
            by_shape.entry(shape).or_default().push(Member {
                start: raw.range.start,
                line_number: raw.line,
                value,
                text: line,
                lead,
                indented,
            });
        }
    }
    // Made only if a family has lines close together (most have not).
    let lines = std::cell::OnceCell::new();
    let lines = || lines.get_or_init(|| LinesAlone::of(text, raws));
    let mut listed = std::collections::HashSet::new();
    // Each family: how deep its dotted numbers go, if it has them, and
    // its lines.
    let mut found: Vec<(Option<usize>, Family)> = by_shape
        .into_iter()
        .filter(|(shape, members)| {
            let indented = members.iter().filter(|m| m.indented).count();
            !(lead::is_lead(shape) && numbered_at_margin >= FEWEST && indented * 2 > members.len())
        })
        .map(|(shape, members)| (shape, lead::only_needed(members, |m| m.value, |m| m.lead)))
        .filter(|(_, members)| members.len() >= FEWEST)
        .map(|(shape, members)| {
            let numbered = lead::is_lead(&shape);
            let mut members = without_contents(members, numbered, &lines, &mut listed);
            fill_single_gaps(&mut members, &counted);
            (lead::dotted_depth(&shape), members)
        })
        .filter(|(_, members)| members.len() >= FEWEST && counts(members))
        .collect();
    found.sort_by_key(|(_, members)| members[0].0);
    // A line of two families (`1. Vinternatt.`) is one of the first.
    found.dedup();
    let mut out = HashMap::new();
    for (index, (depth, members)) in found.iter().enumerate() {
        // Under another family when its counter starts again after that
        // family's lines; `4.5.1` as deep as its number.
        let nested = found
            .iter()
            .enumerate()
            .any(|(other, (_, outer))| other != index && starts_again_under(members, outer));
        let rank = match depth {
            Some(depth) => rules::RANK_CHAPTER + 10 * (*depth as u16 - 1),
            None if nested => rules::RANK_CHAPTER,
            None => rules::RANK_PART,
        };
        out.extend(members.iter().map(|&(start, _)| (start, rank)));
    }
    Families {
        headings: out,
        listed,
    }
}

/// A family's lines: where each starts, and its counter's value.
type Family = Vec<(usize, u32)>;

/// A line of a family: where it is, its counter's value, its text.
struct Member<'t> {
    start: usize,
    /// The line of the file it is on.
    line_number: usize,
    value: u32,
    text: &'t str,
    /// How sure a numbered title is of being one.
    lead: Lead,
    /// It stands indented.
    indented: bool,
}

/// Lines of a contents list are at most this many lines apart.
const LISTED: usize = 6;
/// Lines with only blank lines between them are at most this many apart.
const ADJACENT: usize = 3;

/// The lines standing alone in a text, as a contents list names them:
/// capitals ignored, with and without their first word (`FIRST BOOK`
/// lists `THE FIRST BOOK`), and the line each is on.
struct LinesAlone(HashMap<String, Vec<usize>>);

impl LinesAlone {
    fn of(text: &str, raws: &[RawBlock]) -> LinesAlone {
        let mut map: HashMap<String, Vec<usize>> = HashMap::new();
        for raw in raws.iter().filter(|r| r.line_count == 1) {
            let line = text[raw.range.clone()].trim().to_uppercase();
            if line.chars().count() > MAX_CHARS {
                continue;
            }
            if let Some((_, rest)) = line.split_once(' ') {
                map.entry(rest.trim().to_owned())
                    .or_default()
                    .push(raw.line);
            }
            map.entry(line).or_default().push(raw.line);
        }
        LinesAlone(map)
    }

    /// Whether `line` stands alone again after line `after`.
    fn again_after(&self, line: &str, after: usize) -> bool {
        self.0
            .get(&line.trim().to_uppercase())
            .is_some_and(|at| at.iter().any(|&l| l > after))
    }
}

/// A family without its contents list: lines close together (a few lines
/// apart, nothing between them), most of which stand alone again later,
/// are the list of what comes later, not headings. Numbered titles with
/// nothing between them (`1. Milk`, `2. Eggs`) are a list whether or not
/// they recur.
fn without_contents<'l>(
    members: Vec<Member<'_>>,
    numbered: bool,
    lines: &impl Fn() -> &'l LinesAlone,
    listed: &mut std::collections::HashSet<usize>,
) -> Vec<(usize, u32)> {
    let mut kept = Vec::with_capacity(members.len());
    let mut at = 0;
    while at < members.len() {
        let mut end = at + 1;
        // Numbered lines are a list when nothing stands between them.
        let close = if numbered { ADJACENT } else { LISTED };
        while end < members.len()
            && members[end].line_number - members[end - 1].line_number <= close
        {
            end += 1;
        }
        let last = members[end - 1].line_number;
        let is_list = (numbered && end - at >= 2)
            || end - at >= FEWEST && {
                let again = members[at..end]
                    .iter()
                    .filter(|m| lines().again_after(m.text, last))
                    .count();
                again * 3 >= (end - at) * 2
            };
        if !is_list {
            kept.extend(members[at..end].iter().map(|m| (m.start, m.value)));
        } else if numbered {
            listed.extend(members[at..end].iter().map(|m| m.start));
        }
        at = end;
    }
    kept
}

/// A line's shape and its counter's value: at least one word besides the
/// counter, exactly one counter.
fn shape_of(line: &str) -> Option<(String, u32)> {
    // The cheap tests first: this runs over every line standing alone.
    if line.len() > 4 * MAX_CHARS || line.split_whitespace().nth(5).is_some() {
        return None;
    }
    let chars = line.chars().count();
    if chars > MAX_CHARS || chars == 0 || line.ends_with([',', ';', ':']) {
        return None;
    }
    let mut shape = String::new();
    let mut counter = None;
    let mut words = 0;
    for token in line.split_whitespace() {
        let bare = token.trim_matches(|c: char| !c.is_alphanumeric());
        match counter_value(bare) {
            Some(value) if counter.is_none() => {
                counter = Some(value);
                shape.push_str("# ");
            }
            Some(_) => return None,
            None => {
                if bare.chars().any(char::is_alphabetic) {
                    words += 1;
                }
                shape.push_str(&token.to_lowercase());
                shape.push(' ');
            }
        }
    }
    // A sentence is no heading, however it counts; nor is a caption,
    // which labels a figure or a table, not a division of the text.
    if words == 0 || words > 4 || is_caption(&shape) {
        return None;
    }
    Some((shape, counter?))
}

/// Whether the values advance: most steps go up by one, the others start
/// again at one (under a higher division), and going up is the rule (a
/// line said again and again, `I do.`, does not count).
fn counts(members: &[(usize, u32)]) -> bool {
    let steps = members.len() - 1;
    let up = members
        .windows(2)
        .filter(|pair| pair[1].1 == pair[0].1 + 1)
        .count();
    let again = members
        .windows(2)
        .filter(|pair| pair[1].1 == 1 && pair[0].1 != 1)
        .count();
    // The same value twice running is a listing (`State 8`, `State 8`).
    let repeated = members.windows(2).any(|pair| pair[1].1 == pair[0].1);
    members[0].1 <= 2 && !repeated && (up + again) * 10 >= steps * 8 && up * 2 >= steps
}

/// Where a family skips one value (`FIFTEENTH`, `SEVENTEENTH`), the line
/// between them that holds the missing one is of the family, whatever
/// else it says (`THE SIXTEENTH REMOVAL`, a misprint of `REMOVE`).
fn fill_single_gaps(members: &mut Vec<(usize, u32)>, counted: &[(usize, u32)]) {
    let mut filled = Vec::new();
    for pair in members.windows(2) {
        let ((from, before), (to, after)) = (pair[0], pair[1]);
        if after != before + 2 {
            continue;
        }
        let at = counted.partition_point(|&(start, _)| start <= from);
        let between = counted[at..].iter().take_while(|&&(start, _)| start < to);
        let mut missing: Vec<usize> = between
            .filter(|&&(_, value)| value == before + 1)
            .map(|&(start, _)| start)
            .collect();
        // A line of two shapes is counted twice.
        missing.dedup();
        if let [start] = missing[..] {
            filled.push((start, before + 1));
        }
    }
    if !filled.is_empty() {
        members.extend(filled);
        members.sort_unstable();
    }
}

/// Whether `inner`'s counter starts again (at 1) after lines of `outer`.
fn starts_again_under(inner: &[(usize, u32)], outer: &[(usize, u32)]) -> bool {
    let restarts: Vec<usize> = inner
        .iter()
        .skip(1)
        .filter(|&&(_, value)| value == 1)
        .map(|&(start, _)| start)
        .collect();
    !restarts.is_empty()
        && restarts.iter().all(|&at| {
            // The nearest line of either family before the restart is
            // the outer one's.
            let outer_before = outer.iter().filter(|(s, _)| *s < at).map(|(s, _)| *s).max();
            let inner_before = inner.iter().filter(|(s, _)| *s < at).map(|(s, _)| *s).max();
            matches!((outer_before, inner_before), (Some(o), Some(i)) if o > i)
        })
}

/// Whether a shape is a caption's: `figure #`, `[figure #]`, `(plate #)`.
fn is_caption(shape: &str) -> bool {
    let bare = shape.trim_start_matches(['[', '(', '{', '_', '*']);
    CAPTIONS.iter().any(|c| bare.starts_with(c))
}

/// How captions open (the shape is in small letters).
const CAPTIONS: &[&str] = &[
    "figure ",
    "fig. ",
    "table ",
    "plate ",
    "illustration ",
    "exhibit ",
    "listing ",
    "abbildung ",
    "abb. ",
    "tabelle ",
    "tafel ",
    "tableau ",
    "tabla ",
    "tabella ",
    "figura ",
];

mod counters;
mod lead;

#[cfg(test)]
mod tests;
