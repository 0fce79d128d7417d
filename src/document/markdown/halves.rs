//! Building a long Markdown text's blocks in two halves on two threads.
//! The text is already cut into pieces that parse the same apart
//! ([`super::chunks`]), and after each piece the builder is at rest (no
//! list, quote or block open), so a second builder can start at the
//! first piece of the second half. What it cannot know is how footnotes
//! were numbered before it: when it numbered one, its half is built again
//! after the first, as one builder would: the result never depends on the
//! cut.

use super::{Builder, Labels, notes};
use crate::document::Block;
use std::ops::Range;

/// Texts at least this long are built on two threads.
const TWO_THREADS_FROM: usize = 4 << 20;

/// Where the pieces are cut between two threads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cut {
    /// Halfway, in a long text; not at all in a short one.
    Halfway,
    /// Before the piece of this index, whatever the text's length (for
    /// tests).
    #[cfg_attr(not(test), allow(dead_code))]
    Before(usize),
}

/// The builder that has taken every piece of `text`, and the reference
/// definitions found.
pub(super) fn build<'t>(
    text: &'t str,
    pieces: &[Range<usize>],
    shared: notes::Shared,
    cut: Cut,
) -> (Builder<'t>, Labels) {
    let mut labels = Labels::new();
    let mut builder = Builder::new(text, 0, true, shared.clone());
    let cut = match cut {
        Cut::Halfway if text.len() >= TWO_THREADS_FROM && pieces.len() >= 2 => pieces.len() / 2,
        Cut::Halfway => pieces.len(),
        Cut::Before(index) => index.min(pieces.len()),
    };
    let (first, second) = pieces.split_at(cut);
    if second.is_empty() {
        builder.parse_pieces(pieces, &mut labels);
        return (builder, labels);
    }
    let ((), later) = crate::parallel::both(
        || builder.parse_pieces(first, &mut labels),
        || Later::build(text, second, shared),
    );
    match later {
        Some(mut later) if !later.builder.shared.numbered_any() => {
            labels.extend(std::mem::take(&mut later.labels));
            builder.append(later);
        }
        _ => builder.parse_pieces(second, &mut labels),
    }
    (builder, labels)
}

/// How many blocks the second half's builder hands on at a time.
const BATCH_BLOCKS: usize = 1 << 16;

/// What the builder of the second half built: its blocks and elements'
/// ranges are handed on in batches, so that taking them on costs the
/// memory of a batch, not of a half.
struct Later<'t> {
    builder: Builder<'t>,
    labels: Labels,
    /// Blocks and top-level elements' ranges, batch by batch.
    batches: Vec<(Vec<Block>, Vec<Range<usize>>)>,
}

impl<'t> Later<'t> {
    fn build(text: &'t str, pieces: &[Range<usize>], shared: notes::Shared) -> Self {
        let start = pieces.first().map_or(text.len(), |piece| piece.start);
        let mut builder = Builder::new(text, start, true, shared);
        let lines_before = memchr::memchr_iter(b'\n', &text.as_bytes()[..start]).count();
        builder.line_cursor = (start, lines_before);
        let (mut labels, mut batches) = (Labels::new(), Vec::new());
        let mut hand_on = |builder: &mut Builder<'t>| {
            let blocks = std::mem::take(&mut builder.blocks);
            builder.blocks_before += blocks.len();
            batches.push((blocks, std::mem::take(&mut builder.containers)));
        };
        for piece in pieces {
            builder.parse_pieces(std::slice::from_ref(piece), &mut labels);
            if builder.blocks.len() >= BATCH_BLOCKS {
                hand_on(&mut builder);
            }
        }
        hand_on(&mut builder);
        Later {
            builder,
            labels,
            batches,
        }
    }
}

impl Builder<'_> {
    /// Take on what `later` built from the pieces after this one's.
    fn append(&mut self, later: Later) {
        let Later {
            builder: later,
            batches,
            ..
        } = later;
        let blocks = self.blocks.len();
        let sections = self.sections.len();
        for (built, containers) in batches {
            self.blocks.extend(built);
            self.containers.extend(containers);
        }
        self.sections
            .extend(later.sections.into_iter().map(|mut section| {
                section.block += blocks;
                section
            }));
        let links = later.links;
        self.links
            .list
            .extend(links.list.into_iter().map(|mut link| {
                link.block += blocks;
                link
            }));
        let shift = |offset: usize| move |(name, at): (String, usize)| (name, at + offset);
        self.links
            .notes
            .extend(links.notes.into_iter().map(shift(blocks)));
        self.links
            .places
            .extend(links.places.into_iter().map(shift(blocks)));
        self.links
            .ids
            .extend(links.ids.into_iter().map(shift(sections)));
        self.line_cursor = later.line_cursor;
        // Front matter opens the first piece only.
        self.metadata_title = self.metadata_title.take().or(later.metadata_title);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{CHUNK_BYTES, chunks, notes};
    use super::{Cut, build};
    use crate::document::{LinkUrls, Structure};

    /// The structure built, the top-level elements' ranges and the
    /// reference definitions, sorted.
    type Built = (
        Structure,
        Vec<std::ops::Range<usize>>,
        Vec<(String, String)>,
    );

    fn built(text: &str, target: usize, cut: Cut) -> Built {
        let pieces = chunks(text, target);
        let shared = notes::Shared::new(text, LinkUrls::default());
        let (builder, labels) = build(text, &pieces, shared, cut);
        let containers = builder.containers.clone();
        let mut labels: Vec<_> = labels.into_iter().collect();
        labels.sort();
        (builder.finish(), containers, labels)
    }

    /// Markdown documents of the test corpus, cut into small pieces and
    /// built in two halves cut at several places, come out as built by one
    /// builder; so does one whose notes are numbered in both halves.
    #[test]
    fn building_in_halves_changes_nothing() {
        let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
        let mut texts = vec![
            "# A\n\nSee[^x].\n\n# B\n\nAnd[^y] [link][r].\n\n# C\n\n[^y]: why\n[^x]: ex\n[r]: /r\n"
                .to_owned(),
        ];
        for entry in std::fs::read_dir(folder).expect("the test corpus") {
            let path = entry.expect("an entry").path();
            if path.extension().is_some_and(|e| e == "md")
                && let Ok(text) = std::fs::read_to_string(&path)
            {
                texts.push(text);
            }
        }
        let mut compared = 0;
        for text in &texts {
            let target = (text.len() / 10).clamp(1, CHUNK_BYTES);
            let (whole, containers, labels) = built(text, target, Cut::Halfway);
            let pieces = chunks(text, target).len();
            if pieces < 2 {
                continue;
            }
            compared += 1;
            for cut in 0..=pieces {
                let (halves, their_containers, their_labels) =
                    built(text, target, Cut::Before(cut));
                let at = format!("cut before piece {cut}");
                assert_eq!(halves.title, whole.title, "{at}");
                assert_eq!(halves.sections, whole.sections, "{at}");
                assert_eq!(halves.blocks, whole.blocks, "{at}");
                assert_eq!(halves.links, whole.links, "{at}");
                assert_eq!(their_containers, containers, "{at}");
                assert_eq!(their_labels, labels, "{at}");
            }
        }
        assert!(compared >= 4, "only {compared} texts in several pieces");
    }
}
