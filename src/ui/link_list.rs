//! The link list overlay: the filter with its `N/M` count, then each link's
//! text and, dimmed, where it leads.

use super::{Theme, list_row_style, put};
use crate::app::App;
use crate::app::link_list::LinkListState;
use crate::text::sanitize::sanitize;
use crate::text::{truncate_start_to_width, truncate_to_width};
use ratatui::buffer::Buffer;

pub fn render(app: &App, state: &LinkListState, theme: &Theme, buf: &mut Buffer) {
    let area = ratatui::layout::Rect::from(app.panes().palette());
    if area.width < 3 || area.height < 3 {
        return;
    }
    let title = " Links · Enter follow · Ctrl-y copy · Esc close ".to_owned();
    let inner = super::overlay_frame(area, title, theme, buf);
    let links = &app.doc().links.list;
    let count = format!(" {}/{}", state.shown.len(), links.len());
    let Some(list) = super::query_line(
        buf,
        inner,
        (state.input.text(), &count),
        !state.shown.is_empty(),
        theme,
    ) else {
        return;
    };
    let scroll = super::list_scroll(&state.list, list);
    for (row, &index) in state
        .shown
        .iter()
        .enumerate()
        .skip(scroll)
        .take(usize::from(list.height))
    {
        let y = list.y + (row - scroll) as u16;
        let link = &links[index];
        let base = list_row_style(buf, list, y, row == state.list.selected, theme);
        // The text first, the address in what is left (its end kept).
        let text = truncate_to_width(&sanitize(&link.text), usize::from(list.width) * 2 / 3);
        let mut x = list.x + put(buf, list.x, y, &text, list.width, base);
        let room = list.right().saturating_sub(x + 2);
        if room >= 4 {
            x += 2;
            let target = truncate_start_to_width(&sanitize(&link.target), usize::from(room));
            put(buf, x, y, &target, room, base.patch(theme.outline_read));
        }
    }
}
