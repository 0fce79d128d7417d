//! Lines said again and again just before a heading: a running title over
//! every book (`PUBLI VERGILI MARONIS` over `LIBER II`), a signature at
//! the end of every essay. They close or dress a division; they are not
//! divisions. A heading said again and again over text (`Bug fixes:` in
//! every release, `FOOTNOTES:` after every chapter) stays one, but not a
//! line known only by its place that stands on page after page.

use super::{BlockKind, Detector, HeadingKind};
use std::collections::HashMap;

/// How many times a heading's words may stand before they are furniture.
const MOST_REPEATS: usize = 3;
/// How many times a line known only by its place (set apart by blank
/// lines) may stand before it is a running head, over text or not.
const MOST_SET_APART: usize = 9;

impl Detector<'_> {
    /// Drop the headings whose title stands more than [`MOST_REPEATS`]
    /// times, mostly straight over another heading, unless their kind
    /// counts (numbers, numerals, families).
    pub(super) fn drop_repeated_lines(&mut self) {
        // Per title: how often it stands, how often over a heading, and
        // how often set apart.
        let mut times: HashMap<String, (usize, usize, usize)> = HashMap::new();
        for (index, h) in self.headings.iter().enumerate() {
            let over_heading = self
                .headings
                .get(index + 1)
                .is_some_and(|next| next.block == h.block + 1);
            let entry = times.entry(key(&h.title)).or_default();
            entry.0 += 1;
            entry.1 += usize::from(over_heading);
            entry.2 += usize::from(h.kind == Some(HeadingKind::SetApart));
        }
        let furniture = |&(all, over, apart): &(usize, usize, usize)| {
            all > MOST_REPEATS && over * 2 >= all || apart > MOST_SET_APART
        };
        if !times.values().any(furniture) {
            return;
        }
        let mut kept = Vec::with_capacity(self.headings.len());
        for h in std::mem::take(&mut self.headings) {
            if counts(h.kind) || !furniture(&times[&key(&h.title)]) {
                kept.push(h);
            } else {
                self.blocks[h.block].kind = BlockKind::Paragraph;
                let reason = super::explain::reason::REPEATED;
                self.rejected.push((h.block, h.title, reason));
            }
        }
        self.headings = kept;
    }
}

/// A title as compared: its letters and digits, in small letters.
fn key(title: &str) -> String {
    title
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether a heading's kind holds a counter, so that its words repeat
/// by nature (`SCENE`, `Canto`) while the heading does not.
fn counts(kind: Option<HeadingKind>) -> bool {
    matches!(
        kind,
        Some(
            HeadingKind::Keyword
                | HeadingKind::Numbered
                | HeadingKind::Roman
                | HeadingKind::BareNumber
                | HeadingKind::Date
                | HeadingKind::Series
        )
    )
}
