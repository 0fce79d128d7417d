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
    let room = usize::from(left_room.saturating_sub(1));
    let (left, style) = match &app.message {
        Some(message) => (format!(" {}", sanitize(message)), theme.status_message),
        None => {
            let path: Vec<String> = app.current_section().map_or(Vec::new(), |section| {
                let titles = app.outline.path_to(section).into_iter();
                titles
                    .map(|s| sanitize(&app.doc().sections[s].title).into_owned())
                    .collect()
            });
            let path: Vec<&str> = path.iter().map(String::as_str).collect();
            let doc = sanitize(app.doc().display_title());
            (breadcrumb(&doc, &path, room), theme.status)
        }
    };
    let left = truncate_to_width(&left, room);
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

/// The document and every level of the current section, ` doc › part ›
/// chapter`, fitted to `room` columns: the document's name goes first,
/// then the levels in the middle (` part › … › section`); the current
/// section's own label always shows, cut only when it alone is too wide.
fn breadcrumb(doc: &str, path: &[&str], room: usize) -> String {
    let join = |pieces: &[&str]| format!(" {}", pieces.join(" › "));
    let fits = |line: &String| crate::text::cell_width(line) <= room;
    let Some((current, ancestors)) = path.split_last() else {
        return format!(" {doc}");
    };
    // The document's title is often the outline's root: said once.
    let mut whole = vec![doc];
    whole.extend(path.iter().skip_while(|title| **title == doc));
    for pieces in [whole.as_slice(), path] {
        let line = join(pieces);
        if fits(&line) {
            return line;
        }
    }
    for nearest in (0..ancestors.len().saturating_sub(1)).rev() {
        let mut pieces = vec![ancestors[0], "…"];
        pieces.extend(&ancestors[ancestors.len() - nearest..]);
        pieces.push(current);
        let line = join(&pieces);
        if fits(&line) {
            return line;
        }
    }
    join(&[current])
}

#[cfg(test)]
mod tests {
    use super::breadcrumb;

    const PATH: [&str; 4] = [
        "WAR AND PEACE",
        "BOOK THREE: 1812",
        "PART ONE",
        "CHAPTER VII",
    ];

    #[test]
    fn every_level_shows_when_it_fits_the_title_once() {
        assert_eq!(
            breadcrumb("WAR AND PEACE", &PATH, 80),
            " WAR AND PEACE › BOOK THREE: 1812 › PART ONE › CHAPTER VII"
        );
        assert_eq!(
            breadcrumb("war.txt", &PATH[1..], 80),
            " war.txt › BOOK THREE: 1812 › PART ONE › CHAPTER VII"
        );
        assert_eq!(breadcrumb("war.txt", &[], 80), " war.txt");
    }

    #[test]
    fn short_of_room_the_document_goes_then_the_middle_levels() {
        let doc = "war.txt";
        let path = &PATH[1..];
        assert_eq!(
            breadcrumb(doc, path, 45),
            " BOOK THREE: 1812 › PART ONE › CHAPTER VII"
        );
        assert_eq!(
            breadcrumb(doc, &PATH, 45),
            " WAR AND PEACE › … › PART ONE › CHAPTER VII"
        );
        assert_eq!(
            breadcrumb(doc, &PATH, 35),
            " WAR AND PEACE › … › CHAPTER VII"
        );
        assert_eq!(
            breadcrumb(doc, &PATH, 20),
            " CHAPTER VII",
            "the label always"
        );
    }
}
