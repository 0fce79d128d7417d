//! Contents lists found by what they are: a run of headings with nothing
//! but headings between them, most of which come round again later in
//! the text. The later ones are the headings; the run was the list of
//! them (however it is headed, or not headed at all).

use super::{BlockKind, Detector, explain};
use std::collections::HashSet;

/// How few entries make a list (three headings in a row are as often a
/// part, a chapter and its title).
const FEWEST: usize = 4;

impl Detector<'_> {
    /// Drop every heading that is an entry of a contents list.
    pub(super) fn drop_contents_lists(&mut self) {
        let runs = self.heading_runs();
        if runs.is_empty() {
            return;
        }
        let keys: Vec<Vec<String>> = self.headings.iter().map(|h| key(&h.title)).collect();
        // What the headings after each run are called, gathered from the
        // last heading back, so that every heading is looked at once.
        let (mut whole, mut opening) = (HashSet::new(), HashSet::new());
        let mut next = keys.len();
        let mut listed = vec![false; keys.len()];
        for &(at, end) in runs.iter().rev() {
            while next > end {
                next -= 1;
                if keys[next].len() >= 2 {
                    opening.insert(&keys[next][..2]);
                }
                whole.insert(&keys[next][..]);
            }
            // The same title later, or the same first two words (one word
            // alone, `SCENE`, names no one heading).
            let again = keys[at..end]
                .iter()
                .filter(|k| {
                    !k.is_empty()
                        && (whole.contains(&k[..]) || k.len() >= 2 && opening.contains(&k[..2]))
                })
                .count();
            if again * 3 >= (end - at) * 2 {
                listed[at..end].iter_mut().for_each(|l| *l = true);
            }
        }
        if !listed.contains(&true) {
            return;
        }
        let mut index = 0;
        let (blocks, rejected) = (&mut self.blocks, &mut self.rejected);
        self.headings.retain(|h| {
            let keep = !listed[index];
            index += 1;
            if !keep {
                blocks[h.block].kind = BlockKind::Preformatted;
                rejected.push((h.block, h.title.clone(), explain::reason::CONTENTS));
            }
            keep
        });
    }

    /// Runs of headings, in order, that may be lists: each heading's block
    /// right after the one before, or only short blocks between (page
    /// numbers, `Page`). A list names each heading once: a title said
    /// again starts something else (the text after its list, a title
    /// page said again).
    fn heading_runs(&self) -> Vec<(usize, usize)> {
        let mut runs = Vec::new();
        let mut at = 0;
        while at < self.headings.len() {
            // Each by its first two words: `CHAPTER 1` over its name is
            // the chapter `CHAPTER 1 THE START` listed.
            let named = |index: usize| {
                let mut words = key(&self.headings[index].title);
                words.truncate(2);
                words
            };
            let mut seen = HashSet::from([named(at)]);
            let mut end = at + 1;
            while end < self.headings.len()
                && self.adjacent(end - 1, end)
                && seen.insert(named(end))
            {
                end += 1;
            }
            if end - at >= FEWEST {
                runs.push((at, end));
            }
            at = end;
        }
        runs
    }

    /// Whether heading `b` follows heading `a` with no prose between.
    fn adjacent(&self, a: usize, b: usize) -> bool {
        let (from, to) = (self.headings[a].block, self.headings[b].block);
        to > from
            && to - from <= 4
            && self.blocks[from + 1..to]
                .iter()
                .all(|block| block.range.len() <= 12 && !block.kind.is_preformatted())
    }
}

/// A title's words in capitals, `Page` left out (`Chapter 1 PETER BREAKS
/// THROUGH  Page 3` lists `CHAPTER 1 …`).
fn key(title: &str) -> Vec<String> {
    title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("page"))
        .map(str::to_uppercase)
        .collect()
}

#[cfg(test)]
mod tests;
