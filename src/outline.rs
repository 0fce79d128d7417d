//! Queries on a document's section list: which section holds a block, the
//! next or previous section, and the printable outline (`--outline`). Pure.

use crate::document::{Document, Section, SectionKind};
use serde::Serialize;

/// The index of the section that contains `block`: the last one starting at
/// or before it. `None` before the first section.
pub fn section_at(sections: &[Section], block: usize) -> Option<usize> {
    sections
        .partition_point(|s| s.block <= block)
        .checked_sub(1)
}

/// The first section after `block` whose level is at most `max_level`.
pub fn next_section(sections: &[Section], block: usize, max_level: u8) -> Option<usize> {
    let from = sections.partition_point(|s| s.block <= block);
    (from..sections.len()).find(|&i| sections[i].level <= max_level)
}

/// The last section starting before `block` whose level is at most `max_level`.
pub fn previous_section(sections: &[Section], block: usize, max_level: u8) -> Option<usize> {
    let until = sections.partition_point(|s| s.block < block);
    (0..until).rev().find(|&i| sections[i].level <= max_level)
}

/// The level of the top-most sections (1 unless the outline is empty).
pub fn top_level(sections: &[Section]) -> u8 {
    sections.iter().map(|s| s.level).min().unwrap_or(1)
}

/// Each section's parent: the nearest section before it of a lower level.
pub fn parents(sections: &[Section]) -> Vec<Option<usize>> {
    let mut open: Vec<usize> = Vec::new();
    sections
        .iter()
        .enumerate()
        .map(|(index, section)| {
            while open
                .last()
                .is_some_and(|&i| sections[i].level >= section.level)
            {
                open.pop();
            }
            let parent = open.last().copied();
            open.push(index);
            parent
        })
        .collect()
}

/// How many sections each section is nested in, from [`parents`]: what
/// it is indented by, so a `###` straight under a title is one step in.
pub fn depths(parents: &[Option<usize>]) -> Vec<usize> {
    let mut depths: Vec<usize> = Vec::with_capacity(parents.len());
    for parent in parents {
        depths.push(parent.map_or(0, |p| depths[p] + 1));
    }
    depths
}

/// One outline entry as `--outline --json` prints it.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct OutlineEntry<'a> {
    pub level: u8,
    pub title: &'a str,
    pub line: usize,
    pub kind: SectionKind,
    /// Where the entry is in the source, when `line` counts lines of
    /// lectern's own rendering (an EPUB's `content.xhtml#fragment`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<&'a str>,
}

/// The outline as printable entries. Levels count the document's
/// divisions: 1 is the top division, and the document's own title, when
/// one was found, is level 0 above them.
pub fn entries(doc: &Document) -> Vec<OutlineEntry<'_>> {
    // The title's own level counts as 0: plain text's title is 1 with its
    // divisions from 2, Markdown's front-matter title 0 above `#`.
    let shift = doc
        .sections
        .iter()
        .find(|s| s.kind == SectionKind::Title)
        .map_or(0, |title| title.level);
    doc.sections
        .iter()
        .enumerate()
        .map(|(index, s)| OutlineEntry {
            level: s.level.saturating_sub(shift),
            title: &s.title,
            line: doc.section_line(s),
            kind: s.kind,
            source: doc.section_sources.get(index).map(String::as_str),
        })
        .collect()
}

/// The text form: one entry a line, two spaces of indent a level below the
/// top. Titles are sanitised: they come from the document.
pub fn to_text(doc: &Document) -> String {
    let mut out = String::new();
    let depths = depths(&parents(&doc.sections));
    for (entry, depth) in entries(doc).into_iter().zip(depths) {
        let indent = "  ".repeat(depth);
        out.push_str(&indent);
        out.push_str(&crate::text::sanitize::sanitize(entry.title));
        out.push('\n');
    }
    out
}

/// `--outline --explain`: every entry and near miss of a plain-text
/// document with its source line and the rule that made it (or the reason
/// it was turned down).
pub fn explain(doc: &Document, by_patterns: bool) -> String {
    use crate::document::plain::{self, explain::Verdict};
    let reader = crate::document::readers::reader(doc.format);
    let mut out = format!("read as {} ({})\n", reader.title, doc.read_by);
    if by_patterns && doc.format.is_detected() {
        out.push_str("the headings are the lines your --heading patterns match\n");
        return out;
    }
    if !reader.headings.is_empty() {
        out.push_str(&format!("the headings are {}\n", reader.headings));
        return out;
    }
    let (_, notes) = plain::detect_explained(doc.text(), doc.format.markup());
    for note in notes {
        let (mark, why) = match note.verdict {
            Verdict::Entry(rule) => ("+", rule),
            Verdict::Rejected(reason) => ("-", reason),
        };
        let title =
            crate::text::truncate_to_width(&crate::text::sanitize::sanitize(&note.title), 48);
        out.push_str(&format!(
            "{:>6} {mark} {title:<48}  {why}\n",
            doc.line_of(note.offset)
        ));
    }
    out
}

/// The JSON form (an array). serde_json escapes control characters itself.
pub fn to_json(doc: &Document) -> String {
    let json = serde_json::to_string_pretty(&entries(doc)).unwrap_or_else(|_| "[]".to_owned());
    crate::text::json_for_terminal(json)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    #[test]
    fn json_escapes_what_a_terminal_would_act_on() {
        let doc = Document::from_text(
            "t.md",
            "# Title \u{9b}2J \u{202e}evil \u{7f}\n\ntext\n",
            Format::Markdown,
        );
        let json = to_json(&doc);
        for escaped in ["\\u009b2J", "\\u202eevil", "\\u007f"] {
            assert!(json.contains(escaped), "{escaped}: {json}");
        }
        assert!(!json.contains(['\u{9b}', '\u{202e}', '\u{7f}']));
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back[0]["title"], "Title \u{9b}2J \u{202e}evil \u{7f}");
    }

    fn doc() -> Document {
        Document::from_text(
            "t.md",
            "# A\n\ntext\n\n## B\n\n## C\n\n# D\n",
            Format::Markdown,
        )
    }

    #[test]
    fn section_at_finds_the_enclosing_section() {
        let d = doc();
        assert_eq!(section_at(&d.sections, 0), Some(0));
        assert_eq!(section_at(&d.sections, 1), Some(0));
        assert_eq!(section_at(&d.sections, 2), Some(1));
    }

    #[test]
    fn next_and_previous_respect_the_level() {
        let d = doc();
        assert_eq!(next_section(&d.sections, 0, 9), Some(1));
        assert_eq!(next_section(&d.sections, 0, 1), Some(3));
        assert_eq!(previous_section(&d.sections, 4, 9), Some(2));
        assert_eq!(previous_section(&d.sections, 4, 1), Some(0));
        assert_eq!(previous_section(&d.sections, 0, 9), None);
    }

    #[test]
    fn text_outline_indents_two_spaces_a_level() {
        assert_eq!(to_text(&doc()), "A\n  B\n  C\nD\n");
    }

    #[test]
    fn json_outline_has_the_documented_fields() {
        let json: serde_json::Value = serde_json::from_str(&to_json(&doc())).unwrap();
        assert_eq!(json[1]["level"], 2);
        assert_eq!(json[1]["title"], "B");
        assert_eq!(json[1]["line"], 4);
        assert_eq!(json[1]["kind"], "heading");
    }
}
