//! Classifying a long text's blocks in two halves on two threads. The
//! classifier carries little from block to block: whether the title has
//! come, an open table of contents, a page just turned, and (rarely) the
//! last block or heading. Far into a long text that state is nearly always
//! at rest, so a second detector starting halfway with it at rest reaches
//! the same verdicts. When the first half ends with it not at rest, or
//! the second half needed what came before it, the second half is
//! classified again after the first, as one detector would: the result
//! never depends on the cut.

use super::scan::RawBlock;
use super::{Book, Detector, TitlePhase};

/// Texts at least this long are scanned and classified on two threads.
pub(super) const TWO_THREADS_FROM: usize = 1 << 20;

/// Where the blocks are cut between two threads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cut {
    /// Halfway, in a long text; not at all in a short one.
    Halfway,
    /// Before the block of this index, whatever the text's length (for
    /// tests).
    #[cfg_attr(not(test), allow(dead_code))]
    Before(usize),
}

impl Detector<'_> {
    /// Classify every scanned block in `raws`.
    pub(super) fn take_all(&mut self, raws: &[RawBlock], book: &Book) {
        let cut = match self.cut {
            Cut::Halfway if self.text.len() >= TWO_THREADS_FROM => {
                (raws.len() / 2..raws.len()).find(|&i| !raws[i].after_page_break)
            }
            Cut::Halfway => None,
            Cut::Before(index) => Some(index.min(raws.len())),
        };
        let Some(cut) = cut else {
            self.take_range(raws, 0..raws.len(), book);
            return;
        };
        let mut later = self.midway();
        let ((), later) = crate::parallel::both(
            || self.take_range(raws, 0..cut, book),
            || {
                later.take_range(raws, cut..raws.len(), book);
                later
            },
        );
        match later {
            Some(later) if self.at_rest() && !later.missed_earlier => self.append(later),
            _ => self.take_range(raws, cut..raws.len(), book),
        }
    }

    fn take_range(&mut self, raws: &[RawBlock], range: std::ops::Range<usize>, book: &Book) {
        for index in range {
            self.take(index, &raws[index], book);
        }
    }

    /// A detector for the blocks from halfway, knowing what this one knew
    /// before the first block (the title, the rules' families), with its
    /// state at rest.
    fn midway(&self) -> Self {
        Detector {
            text: self.text,
            typical_width: self.typical_width,
            blocks: Vec::new(),
            headings: Vec::new(),
            title: None,
            title_phase: TitlePhase::Closed,
            toc: None,
            title_at: self.title_at,
            set_apart: self.set_apart.clone(),
            series: self.series.clone(),
            indented_body: self.indented_body,
            heading_indent: self.heading_indent,
            running_heads: self.running_heads.clone(),
            labels: self.labels.clone(),
            licence_at: None,
            page_turned: false,
            rejected: Vec::new(),
            widths: self.widths.clone(),
            started_midway: true,
            missed_earlier: false,
            cut: self.cut,
        }
    }

    /// Whether nothing this detector has seen bears on the blocks to come
    /// but what a detector started midway knows too.
    fn at_rest(&self) -> bool {
        self.title_phase == TitlePhase::Closed && self.toc.is_none() && !self.page_turned
    }

    /// Take on what `later` found in the blocks after this one's.
    fn append(&mut self, later: Self) {
        let offset = self.blocks.len();
        self.blocks.extend(later.blocks);
        self.headings
            .extend(later.headings.into_iter().map(|mut heading| {
                heading.block += offset;
                heading
            }));
        self.rejected.extend(
            later
                .rejected
                .into_iter()
                .map(|(block, title, why)| (block + offset, title, why)),
        );
        if let Some(at) = later.licence_at {
            self.licence_at = Some(at + offset);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Cut;
    use crate::document::plain::{Detector, scan};

    fn classified(text: &str, cut: Cut) -> crate::document::Structure {
        let scan = scan::scan(text, None);
        let mut detector = Detector::new(text, scan.typical_width, scan.widths);
        detector.cut = cut;
        detector.classify_all(&scan.blocks);
        detector.finish()
    }

    /// Every document of the test corpus, cut between the threads at
    /// several places, comes out as classified in one pass.
    #[test]
    fn classifying_in_halves_changes_nothing() {
        let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
        let mut compared = 0;
        for entry in std::fs::read_dir(folder).expect("the test corpus") {
            let path = entry.expect("an entry").path();
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let whole = classified(&text, Cut::Halfway);
            let blocks = scan::scan(&text, None).blocks.len();
            for eighth in 0..=8 {
                let cut = blocks * eighth / 8;
                let halves = classified(&text, Cut::Before(cut));
                let name = format!("{} cut before block {cut}", path.display());
                assert_eq!(halves.title, whole.title, "{name}");
                assert_eq!(halves.sections, whole.sections, "{name}");
                assert_eq!(halves.blocks, whole.blocks, "{name}");
            }
            compared += 1;
        }
        assert!(compared >= 10, "only {compared} documents");
    }
}
