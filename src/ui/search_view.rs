//! Search on screen: the `/` prompt on the status line, and the results
//! list (`F`): sections with their match counts, each match with a snippet.

use super::{Theme, list_row_style, list_scroll, put};
use crate::app::App;
use crate::app::overlay::SearchResults;
use crate::app::{ResultRow, SearchPrompt};
use crate::text::sanitize::sanitize;
use crate::text::{squeeze_whitespace, truncate_to_width};
use ratatui::buffer::Buffer;
use ratatui::widgets::{Clear, Widget};

/// `/query` on the status line, with the mode and any error.
pub fn render_prompt(app: &App, prompt: &SearchPrompt, theme: &Theme, buf: &mut Buffer) {
    let area = ratatui::layout::Rect::from(app.panes().status);
    if area.width == 0 || area.height == 0 {
        return;
    }
    // The prompt replaces the status line: clear what it showed.
    Clear.render(area, buf);
    buf.set_style(area, theme.status);
    let mode = if prompt.regex { "regex" } else { "text" };
    let right = match (&prompt.error, app.search.status()) {
        (Some(error), _) => format!(" {} ", sanitize(error)),
        (None, Some(status)) => format!(" {status} · {mode} (Ctrl-r) "),
        (None, None) => format!(" {mode} (Ctrl-r) "),
    };
    let right = truncate_to_width(&right, usize::from(area.width / 2));
    let right_width = crate::text::cell_width(&right) as u16;
    let left_room = area.width.saturating_sub(right_width);
    let x = area.x + put(buf, area.x, area.y, "/", left_room, theme.status);
    let query = crate::text::truncate_start_to_width(
        &sanitize(prompt.input.text()),
        usize::from(left_room.saturating_sub(2)),
    );
    let end = x + put(
        buf,
        x,
        area.y,
        &query,
        left_room.saturating_sub(1),
        theme.status,
    );
    if let Some(cell) = buf.cell_mut((end, area.y)) {
        cell.set_style(theme.outline_cursor);
    }
    let style = if prompt.error.is_some() {
        theme.status_message
    } else {
        theme.status
    };
    put(
        buf,
        area.right() - right_width,
        area.y,
        &right,
        right_width,
        style,
    );
}

/// The results list overlay.
pub fn render_results(app: &App, results: &SearchResults, theme: &Theme, buf: &mut Buffer) {
    let area = ratatui::layout::Rect::from(app.panes().palette());
    let Some((active, counted)) = app
        .search
        .active
        .as_ref()
        .and_then(|a| Some((a, a.counted.as_ref()?)))
    else {
        return;
    };
    if area.width < 3 || area.height < 3 {
        return;
    }
    let title = format!(
        " {} matches for \"{}\" · Enter go · Esc close ",
        counted.matches.len(),
        truncate_to_width(&sanitize(&active.search.query), 20)
    );
    let inner = super::overlay_frame(area, title, theme, buf);
    let selected = results.list.selected;
    let scroll = list_scroll(&results.list, inner);
    let shown = results.rows.iter().enumerate().skip(scroll);
    for (i, row) in shown.take(usize::from(inner.height)) {
        let y = inner.y + (i - scroll) as u16;
        let base = list_row_style(buf, inner, y, i == selected, theme);
        match *row {
            ResultRow::Section { section, count } => {
                let title = sanitize(&app.doc().sections[section].title).into_owned();
                let line = format!("{title} ({count})");
                put(
                    buf,
                    inner.x,
                    y,
                    &line,
                    inner.width,
                    base.patch(theme.heading(1)),
                );
            }
            ResultRow::Match(index) => {
                let m = &counted.matches[index];
                let (before, hit, after) = snippet(
                    app.doc().shown().text(),
                    m.clone(),
                    usize::from(inner.width),
                );
                let mut x = inner.x + put(buf, inner.x, y, "    ", inner.width, base);
                for (piece, style) in [
                    (before, base),
                    (hit, base.patch(theme.match_current)),
                    (after, base),
                ] {
                    x += put(buf, x, y, &piece, inner.right().saturating_sub(x), style);
                }
            }
        }
    }
}

/// Text around a match on one line: (before, the match, after), white
/// space squeezed, colour codes dropped and other control characters made
/// visible.
fn snippet(text: &str, m: std::ops::Range<usize>, width: usize) -> (String, String, String) {
    let context = width.saturating_sub(8) / 2;
    let line_start = text[..m.start].rfind('\n').map_or(0, |i| i + 1);
    let before_start =
        crate::text::floor_char_boundary(text, m.start.saturating_sub(context * 2).max(line_start));
    let after_end = crate::text::ceil_char_boundary(text, (m.end + context * 2).min(text.len()));
    let clean = |s: &str| sanitize(&squeeze_whitespace(&crate::text::strip_sgr(s))).into_owned();
    let before_raw = crate::text::strip_sgr(&text[before_start..m.start]);
    let before = crate::text::truncate_start_to_width(&clean(&before_raw), context);
    // A space before the match only where the text has one (not mid-word).
    let before = if before.is_empty() || !before_raw.ends_with(char::is_whitespace) {
        before
    } else {
        before + " "
    };
    let hit = clean(&text[m.clone()]);
    let after = text[m.end..after_end].split('\n').next().unwrap_or("");
    let after = truncate_to_width(&clean(after), context);
    let after = if after.is_empty() || text[m.end..].starts_with(char::is_whitespace) {
        format!(" {after}")
    } else {
        after
    };
    (before, hit, after)
}

#[cfg(test)]
mod tests {
    use super::snippet;

    #[test]
    fn snippets_space_the_match_only_where_the_text_does() {
        let text = "[228741.141525] \u{1b}[0m\u{1b}[33mwlp3s0\u{1b}[0m: associate";
        let at = |needle: &str| {
            let start = text.find(needle).unwrap();
            start..start + needle.len()
        };
        let (before, hit, _) = snippet(text, at("141525]"), 60);
        assert_eq!(format!("{before}{hit}"), "[228741.141525]", "mid-word");
        let (before, hit, after) = snippet(text, at("wlp3s0"), 60);
        assert_eq!(
            format!("{before}{hit}{after}"),
            "[228741.141525] wlp3s0: associate",
            "codes dropped, the space kept"
        );
    }
}
