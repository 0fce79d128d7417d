//! The bookmark list overlay (`B`) and the label prompt on the status line.

use super::{Theme, list_row_style, list_scroll, put};
use crate::app::overlay::BookmarkList;
use crate::app::{App, ListRow, Prompt};
use crate::text::sanitize::sanitize;
use crate::text::truncate_to_width;
use ratatui::buffer::Buffer;
use ratatui::widgets::{Clear, Widget};
use unicode_width::UnicodeWidthStr;

pub fn render(app: &App, list: &BookmarkList, theme: &Theme, buf: &mut Buffer) {
    let area = ratatui::layout::Rect::from(app.panes().palette());
    if area.width < 3 || area.height < 3 {
        return;
    }
    let scope = if list.show_all {
        "all documents"
    } else {
        "this document"
    };
    let title = format!(" Bookmarks, {scope} · Enter go · d delete · u undo · r rename · a all ");
    let inner = super::overlay_frame(area, title, theme, buf);
    let rows = app.bookmarks.rows(list.show_all);
    if rows.is_empty() {
        put(
            buf,
            inner.x,
            inner.y,
            "  no bookmarks yet: m marks the passage at the top",
            inner.width,
            theme.outline_read,
        );
        return;
    }
    let selected = list.list.selected;
    let scroll = list_scroll(&list.list, inner);
    let total = app.doc().text().len().max(1);
    for (i, row) in rows
        .iter()
        .enumerate()
        .skip(scroll)
        .take(usize::from(inner.height))
    {
        let y = inner.y + (i - scroll) as u16;
        let style = list_row_style(buf, inner, y, i == selected, theme);
        let (label, detail) = match row {
            ListRow::Here(b) if b.not_found => {
                (b.label.as_str(), "not found in this version".to_owned())
            }
            ListRow::Here(b) => {
                let percent = b.place.offset * 100 / total;
                // A label that is the section's title needs no repeat of it.
                match b.place.section.as_deref().filter(|s| *s != b.label) {
                    Some(section) => (b.label.as_str(), format!("{section} · {percent}%")),
                    None => (b.label.as_str(), format!("{percent}%")),
                }
            }
            ListRow::Elsewhere(e) => (e.bookmark.label.as_str(), format!("in {}", e.document)),
        };
        // The label matters most: the detail gets at most half the row.
        let detail = truncate_to_width(&sanitize(&detail), usize::from(inner.width / 2));
        let room = usize::from(inner.width).saturating_sub(crate::text::cell_width(&detail) + 4);
        let label = truncate_to_width(&sanitize(label), room);
        let used = put(buf, inner.x, y, &format!("  {label}"), inner.width, style);
        let x = (inner.right().saturating_sub(detail.width() as u16 + 1)).max(inner.x + used + 1);
        put(
            buf,
            x,
            y,
            &detail,
            inner.right().saturating_sub(x),
            style.patch(theme.outline_read),
        );
    }
}

/// The label prompt, drawn over the status line.
pub fn render_prompt(app: &App, prompt: &Prompt, theme: &Theme, buf: &mut Buffer) {
    let area = ratatui::layout::Rect::from(app.panes().status);
    if area.width == 0 || area.height == 0 {
        return;
    }
    // The prompt replaces the status line: clear what it showed.
    Clear.render(area, buf);
    buf.set_style(area, theme.status);
    let head = format!(" {}: ", prompt.label());
    let mut x = area.x + put(buf, area.x, area.y, &head, area.width, theme.status);
    let room = area.right().saturating_sub(x);
    if prompt.input.is_empty() {
        // The default, dimmed: Enter takes it.
        put(
            buf,
            x,
            area.y,
            &sanitize(&prompt.default),
            room,
            theme.status.patch(theme.outline_read),
        );
    } else {
        x += put(
            buf,
            x,
            area.y,
            &sanitize(prompt.input.text()),
            room,
            theme.status,
        );
    }
    if let Some(cell) = buf.cell_mut((x, area.y)) {
        cell.set_style(theme.outline_cursor);
    }
}
