//! The outline pane: nested entries, the current one highlighted with how
//! much of it has been read, the ones above it dimmed as read.

use super::{Theme, put};
use crate::app::{App, Focus, OutlineRow};
use crate::text::sanitize::sanitize;
use crate::text::truncate_to_width;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let border_x = area.right() - 1;
    for y in area.top()..area.bottom() {
        put(buf, border_x, y, "│", 1, theme.border);
    }
    let width = area.width - 1;
    let sections = &app.doc().sections;
    let current = app.current_section();
    // With several documents open, this one's sections sit under its name.
    let nested = usize::from(app.library.is_shared());
    for row in 0..usize::from(area.height) {
        let y = area.y + row as u16;
        let index = match app.outline_row(app.outline.scroll + row) {
            Some(OutlineRow::Section(index)) => index,
            Some(OutlineRow::Document(doc)) => {
                let (mark, style) = if doc == app.library.current {
                    ("▾ ", theme.outline_current)
                } else {
                    ("▸ ", theme.outline)
                };
                let name = app.library.get(doc).map_or("", |doc| doc.name.as_str());
                let line =
                    truncate_to_width(&format!("{mark}{}", sanitize(name)), usize::from(width));
                put(buf, area.x, y, &line, width, style);
                continue;
            }
            None => break,
        };
        let section = &sections[index];
        let depth = app.outline.depth(index) + nested;
        let indent = "  ".repeat(depth);
        let fold = if app.outline.is_collapsed(index) {
            "▸"
        } else if section_has_bookmark(app, index) {
            "•"
        } else {
            " "
        };
        // While a search is highlighted, sections with matches show how many;
        // the section being read shows how much of it has been read.
        let matches = app
            .search
            .active
            .as_ref()
            .and_then(|a| a.counted.as_ref())
            .map_or(0, |c| c.per_section.get(index).copied().unwrap_or(0));
        let progress = match (matches, Some(index) == current) {
            (0, true) => Some(format!(" {}%", app.section_progress(index))),
            (0, false) => None,
            (n, true) => Some(format!(" [{n}] {}%", app.section_progress(index))),
            (n, false) => Some(format!(" [{n}]")),
        };
        let room = usize::from(width)
            .saturating_sub(indent.width() + 1 + progress.as_deref().map_or(0, str::width));
        let title = truncate_to_width(&sanitize(&section.title), room);
        let mut style = if Some(index) == current {
            theme.outline_current
        } else if current.is_some_and(|c| index < c) {
            theme.outline_read
        } else {
            theme.outline
        };
        if app.focus == Focus::Outline && index == app.outline.selected {
            style = style.patch(theme.outline_cursor);
        }
        let line = format!("{indent}{fold}{title}");
        let used = put(buf, area.x, y, &line, width, style);
        if let Some(progress) = progress {
            let x = area.x + width.saturating_sub(progress.width() as u16).max(used);
            let style = if matches > 0 {
                theme.match_other
            } else {
                theme.outline_read
            };
            put(buf, x, y, &progress, area.x + width - x, style);
        }
    }
}

/// Whether a bookmark lies in `section` (between its block and the next
/// section's), found by binary search in the sorted marks.
fn section_has_bookmark(app: &App, section: usize) -> bool {
    let sections = &app.doc().sections;
    let start = sections[section].block;
    let end = sections.get(section + 1).map_or(usize::MAX, |s| s.block);
    let marks = &app.bookmarks.marks;
    let first = marks.partition_point(|&(block, _)| block < start);
    marks.get(first).is_some_and(|&(block, _)| block < end)
}
