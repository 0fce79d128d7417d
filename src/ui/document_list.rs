//! The list of open documents (`D`).

use super::{Theme, list_row_style, list_scroll, put};
use crate::app::App;
use crate::app::input::SelectList;
use crate::text::sanitize::sanitize;
use ratatui::buffer::Buffer;

pub fn render(app: &App, list: &SelectList, theme: &Theme, buf: &mut Buffer) {
    let area = ratatui::layout::Rect::from(app.panes().palette());
    if area.width < 3 || area.height < 3 {
        return;
    }
    let title = " Documents · Enter read · Ctrl-o back to the last one ".to_owned();
    let inner = super::overlay_frame(area, title, theme, buf);
    let library = &app.library;
    let docs = library.documents();
    let names: Vec<&str> = docs.iter().map(|doc| doc.name.as_str()).collect();
    let selected = list.selected.min(names.len() - 1);
    let scroll = list_scroll(list, inner);
    for (i, name) in names
        .iter()
        .enumerate()
        .skip(scroll)
        .take(usize::from(inner.height))
    {
        let y = inner.y + (i - scroll) as u16;
        let style = list_row_style(buf, inner, y, i == selected, theme);
        let marker = if i == library.current.0 { "▸ " } else { "  " };
        let line = format!("{marker}{}", sanitize(name));
        let used = put(buf, inner.x, y, &line, inner.width, style);
        // The document's own title, dimmed, when it says more than its name.
        let title = docs.get(i).and_then(|doc| doc.title.as_ref());
        if let Some(title) = title.filter(|t| t.as_str() != *name) {
            let room = inner.width.saturating_sub(used + 2);
            put(
                buf,
                inner.x + used + 2,
                y,
                &sanitize(title),
                room,
                style.patch(theme.outline_read),
            );
        }
    }
}
