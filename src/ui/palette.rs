//! The jump palette overlay: the query with its `N/M` count, then the
//! ranked results as `path › title`, indented by level, the matched
//! characters highlighted, the selection reversed.

use super::{Theme, list_row_style, put};
use crate::app::{App, PaletteState};
use crate::text::sanitize::sanitize;
use crate::text::{truncate_start_to_width, truncate_to_width};
use ratatui::buffer::Buffer;
use ratatui::style::Style;

pub fn render(app: &App, palette: &PaletteState, theme: &Theme, buf: &mut Buffer) {
    let area = ratatui::layout::Rect::from(app.panes().palette());
    if area.width < 3 || area.height < 3 {
        return;
    }
    let title = " Jump · Enter go · Esc stay · #sections 'bookmarks ".to_owned();
    let inner = super::overlay_frame(area, title, theme, buf);
    let results = palette.ranker.results();
    let count = format!(" {}/{}", results.len(), app.jump_index.candidates.len());
    let Some(list) = super::query_line(
        buf,
        inner,
        (palette.input.text(), &count),
        !results.is_empty(),
        theme,
    ) else {
        return;
    };
    let scroll = super::list_scroll(&palette.list, list);
    let top = crate::outline::top_level(&app.doc().sections).max(1);
    for (row, ranked) in results
        .iter()
        .enumerate()
        .skip(scroll)
        .take(usize::from(list.height))
    {
        let y = list.y + (row - scroll) as u16;
        let candidate = &app.jump_index.candidates[ranked.candidate];
        let base = list_row_style(buf, list, y, row == palette.list.selected, theme);
        let indent = "  ".repeat(usize::from(candidate.level.saturating_sub(top)));
        let mut x = list.x + put(buf, list.x, y, &indent, list.width, base);
        let room = usize::from(list.right().saturating_sub(x));
        let title = sanitize(&candidate.title);
        let title_width = crate::text::cell_width(&title).min(room);
        // The title first; the path gets what is left, cut from the left.
        let path_room = room.saturating_sub(title_width + 3);
        if path_room >= 4 {
            let full = sanitize(&candidate.path);
            let path = truncate_start_to_width(&full, path_room);
            // Matches in the path, shifted to the part still shown.
            let cut = full.chars().count() - path.chars().count();
            let matched: Vec<usize> = palette
                .ranker
                .matched_path_indices(&candidate.title, &candidate.path)
                .into_iter()
                .filter(|&i| i >= cut)
                .map(|i| i - cut)
                .filter(|&i| i > 0 || cut == 0)
                .collect();
            let dim = base.patch(theme.outline_read);
            draw_highlighted(
                buf,
                x,
                y,
                path_room as u16,
                &path,
                &matched,
                dim,
                theme.help_key,
            );
            x += crate::text::cell_width(&path).min(path_room) as u16;
            x += put(buf, x, y, " › ", 3, dim);
        }
        let matched = palette.ranker.matched_indices(&candidate.title);
        draw_highlighted(
            buf,
            x,
            y,
            list.right().saturating_sub(x),
            &candidate.title,
            &matched,
            base,
            theme.help_key,
        );
    }
}

/// Draw `title` with the characters at `matched` (char indices) highlighted,
/// cut with `…` when it does not fit.
#[allow(clippy::too_many_arguments)]
fn draw_highlighted(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    width: u16,
    title: &str,
    matched: &[usize],
    base: Style,
    highlight: Style,
) {
    let fitted = truncate_to_width(title, usize::from(width));
    // Runs of characters that share a style, drawn run by run (a cut title
    // ends in `…`, which is never highlighted: it is past the title's chars).
    let mut runs: Vec<(String, bool)> = Vec::new();
    for (i, c) in fitted.chars().enumerate() {
        let lit = fitted.len() == title.len() || i + 1 < fitted.chars().count();
        let lit = lit && matched.binary_search(&i).is_ok();
        match runs.last_mut() {
            Some((run, run_lit)) if *run_lit == lit => run.push(c),
            _ => runs.push((c.to_string(), lit)),
        }
    }
    let mut used = 0;
    for (run, lit) in runs {
        let style = if lit { base.patch(highlight) } else { base };
        used += put(
            buf,
            x + used,
            y,
            &sanitize(&run),
            width.saturating_sub(used),
            style,
        );
    }
}
