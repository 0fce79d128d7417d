//! Output when standard output is not a terminal (`lectern FILE | cat`): the
//! document as wrapped plain text, through the same wrapping as the reader
//! and the same sanitiser, so no control byte from the file is written.

use crate::document::{BlockKind, Document};
use crate::text::sanitize::{expand_tabs, sanitize};
use crate::wrap::{Row, wrap_block};
use std::io::Write;

/// Width for plain output: `$COLUMNS` when set, else 80.
pub fn width_from_env() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|&w: &usize| w > 0)
        .unwrap_or(80)
}

/// Write the document wrapped to `width` columns.
pub fn write(doc: &Document, width: usize, out: &mut impl Write) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::new(out);
    for index in 0..doc.blocks.len() {
        let block = &doc.blocks[index];
        let text = doc.block_text(index);
        let wrapped = wrap_block(doc, index, width);
        for row in &wrapped.rows {
            let prefix = doc.rich(index).map(|r| {
                if row.is_first() {
                    r.first_prefix.as_str()
                } else {
                    r.rest_prefix.as_str()
                }
            });
            // A blank row carries no indent.
            if !matches!(row, Row::Gap) {
                out.write_all(prefix.unwrap_or("").as_bytes())?;
            }
            if block.kind == BlockKind::Code && matches!(row, Row::Line { .. }) {
                out.write_all(crate::wrap::CODE_RULE.as_bytes())?;
            }
            match row {
                Row::Words { words, .. } => {
                    let row = wrapped.row_text(text, words.clone());
                    out.write_all(sanitize(&row).as_bytes())?;
                }
                Row::Line { .. } if block.kind == BlockKind::Rule => {
                    out.write_all("─".repeat(width.min(40)).as_bytes())?
                }
                Row::Line { range, .. } => {
                    // Colour codes are dropped; any other escape shows.
                    let raw = crate::text::strip_sgr(&text[range.clone()]);
                    let line = expand_tabs(raw.trim_start_matches('\u{c}'), 8);
                    out.write_all(sanitize(&line).trim_end().as_bytes())?;
                }
                Row::Cells { .. } | Row::TableRule { .. } => {
                    let row = crate::wrap::table::row_text(text, &wrapped.columns, row);
                    out.write_all(sanitize(&row).as_bytes())?;
                }
                Row::Label { .. } => {
                    let language = doc.rich(index).and_then(|r| r.language());
                    let label = format!("{}{}", crate::wrap::CODE_LABEL, language.unwrap_or(""));
                    out.write_all(sanitize(&label).as_bytes())?;
                }
                Row::Gap => out.write_all(doc.quote_bars_after(index).trim_end().as_bytes())?,
            }
            out.write_all(b"\n")?;
        }
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    #[test]
    fn plain_output_wraps_and_neutralises_escapes() {
        let doc = Document::from_text(
            "t.txt",
            "Title Line Here\n\nword \u{1b}[2J word word word word word word\n",
            Format::Plain,
        );
        let mut out = Vec::new();
        write(&doc, 20, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(!text.contains('\u{1b}'));
        assert!(text.contains("␛[2J"));
        assert!(
            text.lines()
                .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 20)
        );
    }

    #[test]
    fn piped_tables_fit_the_width_with_every_word() {
        let doc = Document::from_text(
            "t.md",
            "| Name | Description |\n|---|---|\n| Cats | Pictures of cats from Tumblr, one a day |\n",
            Format::Markdown,
        );
        let mut out = Vec::new();
        write(&doc, 30, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.lines().all(|l| crate::text::display_width(l) <= 30),
            "{text}"
        );
        assert!(text.contains("Cats │ Pictures of cats from"), "{text}");
        assert!(text.contains("     │ Tumblr, one a day"), "{text}");
    }
}
