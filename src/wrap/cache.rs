//! The blocks laid out for the current measure, kept until it changes, and
//! moving through rows: only what is asked for is ever wrapped.

use super::{KeptLines, Measure, RowPos, WrappedBlock, wrap_block_with};
use crate::document::Document;
use std::collections::HashMap;

/// Wrapped blocks for the current width.
#[derive(Debug, Default)]
pub struct WrapCache {
    measure: Measure,
    blocks: HashMap<usize, WrappedBlock>,
}

/// Blocks kept before the cache starts again (bounded memory on huge files).
const CACHE_LIMIT: usize = 4096;

impl WrapCache {
    /// Set the widths rows are laid out for: `width` for prose, `room` for
    /// kept lines and tables. A change empties the cache.
    pub fn set_widths(&mut self, width: usize, room: usize) {
        self.remeasure(Measure {
            width,
            room: room.max(width),
            ..self.measure
        });
    }

    pub fn width(&self) -> usize {
        self.measure.width
    }

    /// Cut or wrap long kept lines; a change empties the cache.
    pub fn set_kept_lines(&mut self, kept: KeptLines) {
        self.remeasure(Measure {
            kept,
            ..self.measure
        });
    }

    fn remeasure(&mut self, measure: Measure) {
        if measure != self.measure {
            self.measure = measure;
            self.blocks.clear();
        }
    }

    pub fn kept_lines(&self) -> KeptLines {
        self.measure.kept
    }

    /// The block wrapped at the current width, computing it if needed.
    pub fn get(&mut self, doc: &Document, block: usize) -> &WrappedBlock {
        if !self.blocks.contains_key(&block) && self.blocks.len() >= CACHE_LIMIT {
            self.blocks.clear();
        }
        let measure = self.measure;
        self.blocks
            .entry(block)
            .or_insert_with(|| wrap_block_with(doc, block, measure))
    }

    /// The block if it is already wrapped (for drawing, which must not mutate).
    pub fn peek(&self, block: usize) -> Option<&WrappedBlock> {
        self.blocks.get(&block)
    }

    fn row_count(&mut self, doc: &Document, block: usize) -> usize {
        self.get(doc, block).rows.len()
    }

    /// The last row of the document.
    pub fn last_row(&mut self, doc: &Document) -> RowPos {
        let Some(block) = doc.blocks.len().checked_sub(1) else {
            return RowPos::default();
        };
        let rows = self.row_count(doc, block);
        RowPos {
            block,
            row: rows.saturating_sub(1),
        }
    }

    /// Move `delta` rows from `pos`, stopping at the first and last rows.
    /// Costs O(|delta|) rows, never O(document).
    pub fn advance(&mut self, doc: &Document, mut pos: RowPos, delta: isize) -> RowPos {
        if doc.blocks.is_empty() {
            return RowPos::default();
        }
        let mut left = delta.unsigned_abs();
        if delta >= 0 {
            while left > 0 {
                let rows = self.row_count(doc, pos.block);
                let room = rows.saturating_sub(1) - pos.row.min(rows.saturating_sub(1));
                if left <= room {
                    pos.row += left;
                    break;
                }
                if pos.block + 1 >= doc.blocks.len() {
                    pos.row = rows.saturating_sub(1);
                    break;
                }
                left -= room + 1;
                pos = RowPos {
                    block: pos.block + 1,
                    row: 0,
                };
            }
        } else {
            while left > 0 {
                if left <= pos.row {
                    pos.row -= left;
                    break;
                }
                if pos.block == 0 {
                    pos.row = 0;
                    break;
                }
                left -= pos.row + 1;
                let block = pos.block - 1;
                pos = RowPos {
                    block,
                    row: self.row_count(doc, block).saturating_sub(1),
                };
            }
        }
        pos
    }

    /// `count` rows starting at `pos`, wrapping what they need.
    pub fn rows_from(&mut self, doc: &Document, pos: RowPos, count: usize) -> Vec<RowPos> {
        let mut out = Vec::with_capacity(count);
        let mut current = pos;
        while out.len() < count && current.block < doc.blocks.len() {
            let rows = self.row_count(doc, current.block);
            if current.row < rows {
                out.push(current);
                current.row += 1;
            } else {
                current = RowPos {
                    block: current.block + 1,
                    row: 0,
                };
            }
        }
        out
    }
}
