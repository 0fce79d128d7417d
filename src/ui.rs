//! Drawing: the whole screen from an `&App`, in layers — panes, status line,
//! then overlays. Nothing here mutates state; document text is sanitised
//! (`sanitize`) on its way into the buffer.

mod bookmark_list;
mod cells;
mod document_list;
mod help;
mod hyperlink;
mod link_list;
mod outline_pane;
mod palette;
mod search_view;
mod sgr;
mod status_line;
mod table_row;
mod text_pane;
pub mod theme;

use crate::app::{App, Overlay};
use ratatui::Frame;
use ratatui::layout::Rect;

pub(crate) use cells::put;
pub use theme::Theme;

/// The panes' areas as ratatui draws them.
impl From<crate::panes::Area> for Rect {
    fn from(area: crate::panes::Area) -> Rect {
        Rect::new(area.x, area.y, area.width, area.height)
    }
}

/// Draw the whole screen.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame) {
    let buf = frame.buffer_mut();
    let panes = app.panes();
    if let Some(area) = panes.outline {
        outline_pane::render(app, theme, area.into(), buf);
    }
    text_pane::render(app, theme, buf);
    status_line::render(app, theme, panes.status.into(), buf);
    let area = frame.area();
    let buf = frame.buffer_mut();
    match app.overlay() {
        Overlay::Help { scroll } => help::render(&app.settings.keymap, theme, area, *scroll, buf),
        Overlay::Palette(palette) => palette::render(app, palette, theme, buf),
        Overlay::Bookmarks(list) => bookmark_list::render(app, list, theme, buf),
        Overlay::Prompt(prompt) => bookmark_list::render_prompt(app, prompt, theme, buf),
        Overlay::Search(prompt) => search_view::render_prompt(app, prompt, theme, buf),
        Overlay::SearchResults(results) => search_view::render_results(app, results, theme, buf),
        Overlay::Documents(list) => document_list::render(app, list, theme, buf),
        Overlay::Links(state) => link_list::render(app, state, theme, buf),
        Overlay::None => {}
    }
}

/// For `list` drawn in `area`: the first row to show. The list's own
/// scroll, moved only as far as needed to keep the selection in view.
pub(crate) fn list_scroll(
    list: &crate::app::input::SelectList,
    area: ratatui::layout::Rect,
) -> usize {
    let height = usize::from(area.height).max(1);
    list.scroll
        .min(list.selected)
        .max((list.selected + 1).saturating_sub(height))
}

/// The first row of a filtering list: `› query`, its cursor, and the
/// `N/M` count at the right. Returns the area for the list under it, or
/// `None` (after saying "no match") when nothing matches.
pub(crate) fn query_line(
    buf: &mut ratatui::buffer::Buffer,
    inner: ratatui::layout::Rect,
    (query, count): (&str, &str),
    matches: bool,
    theme: &Theme,
) -> Option<ratatui::layout::Rect> {
    use crate::text::{cell_width, sanitize::sanitize, truncate_start_to_width};
    let count_width = cell_width(count) as u16;
    let room = inner.width.saturating_sub(count_width);
    let used = put(buf, inner.x, inner.y, "› ", room, theme.help_key);
    let shown = truncate_start_to_width(&sanitize(query), usize::from(room.saturating_sub(used)));
    let used = used
        + put(
            buf,
            inner.x + used,
            inner.y,
            &shown,
            room - used,
            theme.text,
        );
    if let Some(cell) = buf.cell_mut((inner.x + used, inner.y)) {
        cell.set_style(theme.outline_cursor);
    }
    let right = inner.right().saturating_sub(count_width);
    put(buf, right, inner.y, count, count_width, theme.outline_read);
    let list = ratatui::layout::Rect::new(
        inner.x,
        inner.y + 1,
        inner.width,
        inner.height.saturating_sub(1),
    );
    if !matches {
        put(
            buf,
            list.x,
            list.y,
            "  no match",
            list.width,
            theme.outline_read,
        );
        return None;
    }
    Some(list)
}

/// Clear `area` and draw a titled border round it, as every overlay list
/// has; the rectangle inside the border.
pub(crate) fn overlay_frame(
    area: ratatui::layout::Rect,
    title: String,
    theme: &Theme,
    buf: &mut ratatui::buffer::Buffer,
) -> ratatui::layout::Rect {
    use ratatui::widgets::{Block, Borders, Clear, Widget};
    Clear.render(area, buf);
    let frame = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(title);
    let inner = frame.inner(area);
    frame.render(area, buf);
    inner
}

/// The style of a list row, painting the whole row when it is selected.
pub(crate) fn list_row_style(
    buf: &mut ratatui::buffer::Buffer,
    area: ratatui::layout::Rect,
    y: u16,
    selected: bool,
    theme: &Theme,
) -> ratatui::style::Style {
    if selected {
        buf.set_style(
            ratatui::layout::Rect::new(area.x, y, area.width, 1),
            theme.outline_cursor,
        );
        theme.outline_cursor
    } else {
        theme.text
    }
}
