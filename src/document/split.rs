//! Long blocks cut into pieces. Layout works a block at a time, so a block
//! of a million log lines (or one enormous paragraph) would be wrapped in
//! one go, on the first frame that shows it and again on every resize.
//! Pieces of bounded size keep every frame's work bounded. The pieces of a
//! block follow each other without a gap; a re-flowed paragraph gets a
//! line break at each cut, which only paragraphs of over 64 KB ever show.

use super::{Block, Structure};

/// The most bytes a piece holds (it is cut at a line end before this).
const PIECE_BYTES: usize = 64 << 10;

/// Cut every block longer than [`PIECE_BYTES`] that shows its source slice;
/// sections are moved to the first piece of their block.
pub fn split_long_blocks(text: &str, structure: &mut Structure) {
    if !structure.blocks.iter().any(is_long) {
        return;
    }
    let mut blocks = Vec::with_capacity(structure.blocks.len());
    let mut new_index = Vec::with_capacity(structure.blocks.len());
    for block in std::mem::take(&mut structure.blocks) {
        new_index.push(blocks.len());
        if !is_long(&block) {
            blocks.push(block);
            continue;
        }
        let mut start = block.range.start;
        let mut line = block.line();
        while start < block.range.end {
            let end = cut(text, start, block.range.end);
            let last = end == block.range.end;
            blocks.push(Block {
                range: start..end,
                gap_after: last && block.gap_after,
                ..Block::plain(block.kind, 0..0, line)
            });
            // The newline at a cut belongs to neither piece.
            let next = if last { end } else { skip_newline(text, end) };
            line += memchr::memchr_iter(b'\n', &text.as_bytes()[start..next]).count();
            start = next;
        }
    }
    for section in &mut structure.sections {
        section.block = new_index[section.block];
    }
    let moved = |block: usize| new_index.get(block).copied().unwrap_or(blocks.len());
    for link in &mut structure.links.list {
        link.block = moved(link.block);
    }
    for (_, block) in &mut structure.links.notes {
        *block = moved(*block);
    }
    structure.blocks = blocks;
}

fn is_long(block: &Block) -> bool {
    !block.has_rich_text() && block.range.len() > PIECE_BYTES
}

/// Where the piece from `start` ends: at the last line end within reach,
/// else the last space, else a character boundary.
fn cut(text: &str, start: usize, end: usize) -> usize {
    if end - start <= PIECE_BYTES {
        return end;
    }
    let limit = crate::text::floor_char_boundary(text, start + PIECE_BYTES);
    let window = &text.as_bytes()[start..limit];
    let at = memchr::memrchr(b'\n', window).or_else(|| memchr::memrchr(b' ', window));
    match at {
        Some(at) if at > 0 => start + at,
        _ => limit.max(start + 1).min(end),
    }
}

fn skip_newline(text: &str, at: usize) -> usize {
    match text.as_bytes().get(at) {
        Some(b'\n' | b' ') => at + 1,
        _ => at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{BlockKind, Section, SectionKind};

    fn structure(text: &str, kind: BlockKind) -> Structure {
        Structure {
            links: Default::default(),
            title: None,
            blocks: vec![
                Block::plain(BlockKind::Heading { level: 1 }, 0..5, 0),
                Block::plain(kind, 7..text.len(), 2),
            ],
            sections: vec![
                Section {
                    level: 1,
                    title: "Title".into(),
                    block: 0,
                    kind: SectionKind::Heading,
                },
                Section {
                    level: 2,
                    title: "Log".into(),
                    block: 1,
                    kind: SectionKind::Paragraph,
                },
            ],
            deferred: None,
        }
    }

    #[test]
    fn a_long_block_becomes_pieces_covering_every_line_once() {
        let mut text = String::from("Title\n\n");
        for i in 0..20_000 {
            text.push_str(&format!("line {i} of a long log\n"));
        }
        let mut s = structure(&text, BlockKind::Preformatted);
        split_long_blocks(&text, &mut s);
        assert!(s.blocks.len() > 5);
        assert!(s.blocks.iter().all(|b| b.range.len() <= PIECE_BYTES));
        let joined: Vec<&str> = s.blocks[1..]
            .iter()
            .map(|b| &text[b.range.clone()])
            .collect();
        assert_eq!(joined.join("\n"), &text[7..]);
        // Source lines carry on from piece to piece.
        for b in &s.blocks[1..] {
            let first = text[b.range.clone()].lines().next().unwrap();
            assert_eq!(first, format!("line {} of a long log", b.line() - 2));
        }
        assert!(s.blocks[1..s.blocks.len() - 1].iter().all(|b| !b.gap_after));
        assert_eq!(s.sections[1].block, 1);
    }

    #[test]
    fn one_enormous_line_is_cut_at_spaces_or_anywhere() {
        let text = format!("Title\n\n{}", "word ".repeat(40_000));
        let mut s = structure(&text, BlockKind::Paragraph);
        split_long_blocks(&text, &mut s);
        assert!(s.blocks.len() > 2);
        assert!(
            s.blocks[1..]
                .iter()
                .all(|b| !text[b.range.clone()].starts_with(' '))
        );

        let text = format!("Title\n\n{}", "é".repeat(100_000));
        let mut s = structure(&text, BlockKind::Preformatted);
        split_long_blocks(&text, &mut s);
        let total: usize = s.blocks[1..].iter().map(|b| b.range.len()).sum();
        assert_eq!(total, text.len() - 7, "no byte lost at char-boundary cuts");
    }
}
