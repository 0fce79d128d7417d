//! The text pane: only the rows on screen, taken from the wrap cache.

use super::sanitize::{expand_tabs, sanitize_pieces};
use super::{Theme, put};
use crate::app::App;
use crate::document::{BlockKind, InlineStyle, RichText};
use crate::wrap::Row;
use ratatui::buffer::Buffer;
use ratatui::style::Style;
use unicode_width::UnicodeWidthStr;

/// Tab stops in preformatted text.
const TAB_WIDTH: usize = 8;

pub fn render(app: &App, theme: &Theme, buf: &mut Buffer) {
    let column = app.panes.column;
    for (i, pos) in app.view().iter().enumerate() {
        let y = column.y + i as u16;
        let Some(wrapped) = app.wrapped().peek(pos.block) else {
            continue;
        };
        let block = &app.doc.blocks[pos.block];
        let text = app.doc.block_text(pos.block);
        let rich = block.rich.as_deref();
        let base = match block.kind {
            BlockKind::Heading { level } => theme.heading(level),
            BlockKind::Byline => theme.byline,
            BlockKind::Code => theme.code,
            _ => theme.text,
        };
        if column.x > app.panes.text.x && row_is_marked(app, pos.block, pos.row, wrapped) {
            put(buf, column.x - 1, y, "▍", 1, theme.bookmark);
        }
        match &wrapped.rows[pos.row] {
            Row::Gap => {}
            Row::Words { words, first } => {
                let mut x =
                    column.x + draw_prefix(rich, *first, theme, column.x, y, column.width, buf);
                for (n, range) in wrapped.words[words.clone()].iter().enumerate() {
                    if n > 0 {
                        x += 1;
                    }
                    let limit = column.right().saturating_sub(x);
                    x += draw_styled(buf, x, y, limit, text, range.clone(), rich, base, theme);
                }
            }
            Row::Line { .. } if block.kind == BlockKind::Rule => {
                put(
                    buf,
                    column.x,
                    y,
                    &"─".repeat(usize::from(column.width)),
                    column.width,
                    theme.prefix,
                );
            }
            Row::Line { range, first } => {
                let x = column.x + draw_prefix(rich, *first, theme, column.x, y, column.width, buf);
                let limit = column.right().saturating_sub(x);
                let line = text[range.clone()].trim_start_matches('\u{c}');
                let line = expand_tabs(line, TAB_WIDTH);
                let used = draw_pieces(buf, x, y, limit, &line, base, theme);
                if crate::wrap::display_width(&line) > usize::from(used) && limit > 0 {
                    // Preformatted text is never re-wrapped: mark what is cut.
                    put(buf, column.right() - 1, y, "›", 1, theme.clipped);
                }
            }
        }
    }
}

/// Whether a bookmark starts in the text this row shows.
fn row_is_marked(app: &App, block: usize, row: usize, wrapped: &crate::wrap::WrappedBlock) -> bool {
    if matches!(wrapped.rows[row], Row::Gap) {
        return false;
    }
    let from = if row == 0 { 0 } else { wrapped.row_offset(row) };
    let to = match wrapped.rows.get(row + 1) {
        Some(Row::Gap) | None => usize::MAX,
        Some(_) => wrapped.row_offset(row + 1),
    };
    app.bookmarks.marked(block, from, to)
}

fn draw_prefix(
    rich: Option<&RichText>,
    first: bool,
    theme: &Theme,
    x: u16,
    y: u16,
    width: u16,
    buf: &mut Buffer,
) -> u16 {
    let Some(rich) = rich else {
        return 0;
    };
    let prefix = if first {
        &rich.first_prefix
    } else {
        &rich.rest_prefix
    };
    if prefix.is_empty() {
        return 0;
    }
    put(buf, x, y, prefix, width, theme.prefix);
    (prefix.width() as u16).min(width)
}

/// Draw a word, splitting it where inline styles change.
#[allow(clippy::too_many_arguments)]
fn draw_styled(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    width: u16,
    text: &str,
    range: std::ops::Range<usize>,
    rich: Option<&RichText>,
    base: Style,
    theme: &Theme,
) -> u16 {
    let spans = rich.map_or(&[][..], |r| r.spans.as_slice());
    let mut used = 0;
    let mut at = range.start;
    while at < range.end {
        let span = spans
            .iter()
            .find(|s| s.range.start <= at && at < s.range.end);
        let next_change = spans
            .iter()
            .flat_map(|s| [s.range.start, s.range.end])
            .filter(|&b| b > at)
            .min()
            .unwrap_or(range.end)
            .min(range.end);
        let style = span.map_or(base, |s| base.patch(inline_style(s.style, theme)));
        used += draw_pieces(
            buf,
            x + used,
            y,
            width.saturating_sub(used),
            &text[at..next_change],
            style,
            theme,
        );
        at = next_change;
    }
    used
}

fn inline_style(style: InlineStyle, theme: &Theme) -> Style {
    let mut out = Style::new();
    if style.emphasis {
        out = out.patch(theme.emphasis);
    }
    if style.strong {
        out = out.patch(theme.strong);
    }
    if style.code {
        out = out.patch(theme.code);
    }
    if style.link {
        out = out.patch(theme.link);
    }
    if style.strikethrough {
        out = out.add_modifier(ratatui::style::Modifier::CROSSED_OUT);
    }
    out
}

/// Draw document text with its controls shown as dimmed placeholders.
fn draw_pieces(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    width: u16,
    text: &str,
    style: Style,
    theme: &Theme,
) -> u16 {
    let mut used = 0;
    sanitize_pieces(text, |piece, placeholder| {
        let style = if placeholder {
            style.patch(theme.placeholder)
        } else {
            style
        };
        used += put(buf, x + used, y, piece, width.saturating_sub(used), style);
    });
    used
}
