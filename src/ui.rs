//! Drawing: the whole screen from an `&App`, in layers — panes, status line,
//! then overlays. Nothing here mutates state; document text is sanitised
//! (`sanitize`) on its way into the buffer.

mod bookmark_list;
mod document_list;
mod help;
mod outline_pane;
mod palette;
mod search_view;
mod status_line;
mod text_pane;
pub mod theme;

use crate::app::{App, Overlay};
use ratatui::Frame;
pub use theme::Theme;

/// Draw the whole screen.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame) {
    let buf = frame.buffer_mut();
    if let Some(area) = app.panes.outline {
        outline_pane::render(app, theme, area, buf);
    }
    text_pane::render(app, theme, buf);
    status_line::render(app, theme, app.panes.status, buf);
    match app.overlay {
        Overlay::Help => help::render(
            &app.settings.keymap,
            theme,
            frame.area(),
            app.help_scroll,
            frame.buffer_mut(),
        ),
        Overlay::Palette => palette::render(app, theme, frame.buffer_mut()),
        Overlay::Bookmarks => bookmark_list::render(app, theme, frame.buffer_mut()),
        Overlay::Prompt => bookmark_list::render_prompt(app, theme, frame.buffer_mut()),
        Overlay::Search => search_view::render_prompt(app, theme, frame.buffer_mut()),
        Overlay::SearchResults => search_view::render_results(app, theme, frame.buffer_mut()),
        Overlay::Documents => document_list::render(app, theme, frame.buffer_mut()),
        Overlay::None => {}
    }
}

/// For a list drawn in `area` with row `selected` selected: the first row
/// to show so the selection is in view.
pub(crate) fn list_scroll(selected: usize, area: ratatui::layout::Rect) -> usize {
    (selected + 1).saturating_sub(usize::from(area.height))
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

/// Write `text` at (x, y) clipped to `width` columns (ratatui never splits
/// a wide character at the edge); returns the columns used.
pub(crate) fn put(
    buf: &mut ratatui::buffer::Buffer,
    x: u16,
    y: u16,
    text: &str,
    width: u16,
    style: ratatui::style::Style,
) -> u16 {
    if width == 0 || !buf.area.contains((x, y).into()) {
        return 0;
    }
    let (end, _) = buf.set_stringn(x, y, text, usize::from(width), style);
    end.saturating_sub(x)
}
