//! A count that starts again names a higher division each time: the line
//! standing just over each new `1` (`中　両親と私` over `一`, `Part Two`
//! over `1`) is that division's heading, whatever its words.

use super::{BlockKind, Candidate, Detector, HeadingKind, margin, rules};
use crate::text::squeeze_whitespace;

/// The longest line taken for the heading over a restarted count.
const MAX_CHARS: usize = 40;

impl Detector<'_> {
    /// Make the short line straight over each restart of the bare numbers
    /// a heading above them.
    pub(super) fn head_restarted_counts(&mut self) {
        let restarts: Vec<usize> = self
            .headings
            .iter()
            .enumerate()
            .filter(|(_, h)| {
                h.kind == Some(HeadingKind::BareNumber) && margin::bare_number(&h.title) == Some(1)
            })
            .map(|(_, h)| h.block)
            .collect();
        if restarts.len() < 2 {
            return;
        }
        for block in restarts {
            let Some(over) = block.checked_sub(1) else {
                continue;
            };
            // Already a heading by its place: it heads the count, beside
            // the others over a restart.
            let at = self.headings.partition_point(|h| h.block < over);
            if let Some(h) = self.headings.get_mut(at).filter(|h| h.block == over) {
                if h.kind == Some(HeadingKind::SetApart) {
                    h.rank = rules::RANK_PART;
                    h.kind = Some(HeadingKind::Restart);
                }
                continue;
            }
            let source = &self.text[self.blocks[over].range.clone()];
            let line = squeeze_whitespace(source);
            // A part's name may have been read as a byline under the title.
            let kind = self.blocks[over].kind;
            let heads = matches!(kind, BlockKind::Paragraph | BlockKind::Byline)
                && !source.trim().contains('\n')
                && line.chars().count() <= MAX_CHARS
                && !line.ends_with(['.', '。', ',', '、', ';', ':', '」', '"', '”'])
                && margin::bare_number(&line).is_none();
            if !heads {
                continue;
            }
            self.blocks[over].kind = BlockKind::Heading { level: 1 };
            self.headings.insert(
                at,
                Candidate {
                    block: over,
                    title: line,
                    rank: rules::RANK_PART,
                    kind: Some(HeadingKind::Restart),
                },
            );
        }
    }
}
