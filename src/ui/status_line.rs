//! The status line: document, current section, message, position.

use super::{Theme, put};
use crate::app::App;
use crate::text::sanitize::sanitize;
use crate::text::truncate_to_width;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    buf.set_style(area, theme.status);
    let loading = if app.is_loading() {
        " · loading…"
    } else {
        ""
    };
    // How long kept lines are shown: wrapped, or scrolled sideways.
    let layout = match (app.viewport().kept_lines(), app.viewport().shift()) {
        (crate::wrap::KeptLines::Wrap, _) => " · wrap".to_owned(),
        (_, 0) => String::new(),
        (_, shift) => format!(" · col {}", shift + 1),
    };
    // A count being typed (`3` before `j`).
    let layout = match app.count {
        Some(count) => format!(" · {count}…{layout}"),
        None => layout,
    };
    let position = match app.search.status() {
        Some(status) => format!(" {status} · {}{layout}{loading} ", app.position_label()),
        None => format!(" {}{layout}{loading} ", app.position_label()),
    };
    let position_width = position.width() as u16;
    let left_room = area.width.saturating_sub(position_width);
    let mut left = format!(" {}", sanitize(app.doc.display_title()));
    if let Some(section) = app.current_section() {
        let title = &app.doc.sections[section].title;
        if Some(title.as_str()) != app.doc.title.as_deref() {
            left = format!("{left} › {}", sanitize(title));
        }
    }
    let (left, style) = match &app.message {
        Some(message) => (format!(" {}", sanitize(message)), theme.status_message),
        None => (left, theme.status),
    };
    let left = truncate_to_width(&left, usize::from(left_room.saturating_sub(1)));
    put(buf, area.x, area.y, &left, left_room, style);
    if position_width <= area.width {
        put(
            buf,
            area.right() - position_width,
            area.y,
            &position,
            position_width,
            theme.status,
        );
    }
}
