//! Text whose heading lines are known before it is read: by the user's
//! `--heading` patterns, or by its lightweight markup ([`super::markup`]).

use super::{Detector, markup, scan};
use crate::document::Structure;
use crate::text::squeeze_whitespace;
use regex::Regex;

/// Detect structure with the user's `--heading` patterns instead of the
/// built-in heading rules: a line matching pattern *n* is a heading of level
/// *n*; its first capture group, if any, is the title.
pub fn detect_with_patterns(text: &str, patterns: &[Regex]) -> Structure {
    let marked: Vec<markup::Marked> = text
        .lines()
        .enumerate()
        .filter_map(|(line, raw)| {
            let index = patterns.iter().position(|p| p.is_match(raw))?;
            let title = patterns[index]
                .captures(raw)
                .and_then(|c| c.get(1))
                .map_or(raw, |m| m.as_str());
            Some(markup::Marked {
                line,
                depth: (index + 1).min(250) as u8,
                title: squeeze_whitespace(title),
            })
        })
        .collect();
    detect_marked(text, &marked).finish()
}

/// The detector for a text whose heading lines are already known: each
/// stands as a block of its own; the rest is body text.
pub(super) fn detect_marked<'t>(text: &'t str, marked: &[markup::Marked]) -> Detector<'t> {
    let at: std::collections::HashMap<usize, &markup::Marked> =
        marked.iter().map(|m| (m.line, m)).collect();
    let scan = scan::scan(text, Some(&|line| at.contains_key(&line)));
    let mut detector = Detector::new(text, scan.typical_width, scan.widths);
    for raw in &scan.blocks {
        match at.get(&raw.line).filter(|_| raw.line_count == 1) {
            Some(m) => detector.push_heading(raw, m.title.clone(), u16::from(m.depth) * 10),
            None => detector.push_body(raw),
        }
    }
    detector
}
