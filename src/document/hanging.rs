//! Hanging tags: a term or an option in the margin, its paragraphs
//! indented under it from the next line, as `man` sets `.TP` and a browser
//! a `<dt>` and its `<dd>`. Readers that go through Markdown write such an
//! item as a list item of a marker of its own ([`TAG_ITEM`]); once parsed,
//! its bullet is taken away.

/// How a tagged item opens in the Markdown: a list item of its own
/// marker, whose bullet [`hang_tags`] takes away again.
pub const TAG_ITEM: &str = "+ ";

/// Tagged items show their tag where a bullet would be, their paragraphs
/// indented under it from the next line, as `man` sets them: the bullet
/// of every item that [`TAG_ITEM`] opened in `markdown` is taken away.
pub fn hang_tags(markdown: &str, structure: &mut super::Structure) {
    for index in 0..structure.blocks.len() {
        let start = structure.blocks[index].range.start;
        if !markdown[..start].ends_with(TAG_ITEM) {
            continue;
        }
        let Some(rich) = structure.rich(markdown, index) else {
            continue;
        };
        let mut rich = rich.clone();
        let bullet = rich
            .first_prefix
            .trim_end()
            .chars()
            .last()
            .map_or(0, char::len_utf8);
        let keep = rich.first_prefix.trim_end().len().saturating_sub(bullet);
        rich.first_prefix.truncate(keep);
        let block = &mut structure.blocks[index];
        block.rich = Some(Box::new(rich));
        block.deferred = false;
        // The paragraph follows its tag on the next line.
        block.gap_after = false;
    }
}
