// Invariants every fuzz target checks on a loaded document (included).

use lectern::document::{Document, SectionKind};

/// Blocks lie inside the text, in order, on character boundaries; every
/// section points at a block; every block's text can be had.
pub fn structure_holds(doc: &Document) {
    let text = doc.text();
    let mut previous_start = 0;
    for (index, block) in doc.blocks.iter().enumerate() {
        assert!(block.range.start <= block.range.end, "{block:?}");
        assert!(block.range.end <= text.len(), "{block:?}");
        assert!(text.is_char_boundary(block.range.start), "{block:?}");
        assert!(text.is_char_boundary(block.range.end), "{block:?}");
        assert!(block.range.start >= previous_start, "blocks out of order");
        previous_start = block.range.start;
        let _ = doc.block_text(index);
    }
    for section in &doc.sections {
        assert!(section.block < doc.blocks.len(), "{section:?}");
        // Only a document's own title (front matter's) sits at level 0.
        assert!(section.level >= 1 || section.kind == SectionKind::Title);
    }
}
