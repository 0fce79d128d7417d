//! What each opening and closing tag of pulldown-cmark's event stream does
//! to the blocks being built: a paragraph or heading opens a block, a list
//! or quote changes the prefixes of the blocks inside it, a table gathers
//! its cells until it ends.

use super::{Builder, ListLevel, Table, html};
use crate::document::BlockKind;
use crate::document::table::{Align, TableCells};
use pulldown_cmark::{Alignment, CodeBlockKind, HeadingLevel, Tag, TagEnd};
use std::ops::Range;

impl Builder<'_> {
    pub(super) fn start(&mut self, tag: Tag<'_>, range: Range<usize>) {
        match tag {
            Tag::Paragraph => self.open(BlockKind::Paragraph, range, false),
            Tag::Heading { level, id, .. } => {
                self.open(
                    BlockKind::Heading {
                        level: heading_level(level),
                    },
                    range,
                    false,
                );
                self.heading_id = id.map(|id| id.to_string());
            }
            Tag::FootnoteDefinition(label) => {
                self.close_pending();
                let number = self.shared.number(&label);
                self.links
                    .notes
                    .push((label.to_string(), self.next_block()));
                self.item_marker = Some(format!("[{number}] "));
            }
            Tag::CodeBlock(kind) => {
                self.open(BlockKind::Code, range, false);
                if let (CodeBlockKind::Fenced(info), Some(pending)) = (kind, &mut self.pending) {
                    // `rust`, `rust,ignore`, `{.rust}`: the first word.
                    let language = info
                        .split(|c: char| c == ',' || c.is_whitespace() || c == '{' || c == '}')
                        .map(|word| word.trim_start_matches('.'))
                        .find(|word| !word.is_empty());
                    if let Some(language) = language {
                        pending.rich.extra_mut().language = Some(language.to_owned());
                    }
                }
            }
            Tag::BlockQuote(_) => {
                self.close_pending();
                self.quote_depth += 1;
            }
            Tag::List(first) => {
                self.close_pending();
                self.lists.push(ListLevel { next_number: first });
            }
            Tag::Item => {
                self.close_pending();
                let marker = match self.lists.last_mut().and_then(|l| l.next_number.as_mut()) {
                    Some(n) => {
                        *n += 1;
                        format!("{}. ", *n - 1)
                    }
                    None => "• ".to_owned(),
                };
                self.item_marker = Some(marker);
            }
            Tag::Table(aligns) => {
                self.close_pending();
                let aligns = aligns.iter().map(|a| match a {
                    Alignment::Center => Align::Center,
                    Alignment::Right => Align::Right,
                    Alignment::Left | Alignment::None => Align::Left,
                });
                self.table = Some(Table {
                    cells: TableCells {
                        aligns: aligns.collect(),
                        ..TableCells::default()
                    },
                    range,
                });
            }
            Tag::TableHead | Tag::TableRow => {
                if let Some(table) = &mut self.table {
                    table.cells.rows.push(Vec::new());
                }
            }
            Tag::TableCell => {
                if let Some(row) = self.table.as_mut().and_then(|t| t.cells.rows.last_mut()) {
                    row.push(String::new());
                }
            }
            Tag::Emphasis => self.style.emphasis = true,
            Tag::Strong => self.style.strong = true,
            Tag::Strikethrough => self.style.strikethrough = true,
            Tag::Link { dest_url, .. } => self.start_link(&dest_url),
            Tag::Image { dest_url, .. } => {
                self.start_link(&dest_url);
                self.text("[image: ", range);
            }
            Tag::MetadataBlock(_) => self.in_metadata = true,
            Tag::HtmlBlock => {
                self.close_pending();
                self.html = Some((html::Gathered::default(), range));
            }
            _ => {}
        }
    }

    pub(super) fn end(&mut self, tag: TagEnd, range: Range<usize>) {
        match tag {
            TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock => self.close_pending(),
            TagEnd::BlockQuote(_) => {
                self.close_pending();
                self.quote_depth = self.quote_depth.saturating_sub(1);
            }
            TagEnd::Item => {
                self.close_pending();
                self.item_marker = None;
            }
            TagEnd::List(_) => {
                self.close_pending();
                self.lists.pop();
                if let Some(last) = self.blocks.last_mut() {
                    last.gap_after = true;
                }
            }
            TagEnd::TableHead => {
                if let Some(table) = &mut self.table {
                    table.cells.header_rows = table.cells.rows.len();
                }
            }
            TagEnd::Table => self.finish_table(),
            TagEnd::Emphasis => self.style.emphasis = false,
            TagEnd::Strong => self.style.strong = false,
            TagEnd::Strikethrough => self.style.strikethrough = false,
            TagEnd::Link => self.end_link(range),
            TagEnd::Image => {
                self.text("]", range.clone());
                self.end_link(range);
            }
            TagEnd::FootnoteDefinition => {
                self.close_pending();
                self.item_marker = None;
            }
            TagEnd::MetadataBlock(_) => self.in_metadata = false,
            TagEnd::HtmlBlock => {
                if let Some((html, range)) = self.html.take() {
                    self.html_block(&html, range);
                }
            }
            _ => {}
        }
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    level as u8
}
