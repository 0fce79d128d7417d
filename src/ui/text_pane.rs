//! The text pane: only the rows on screen, taken from the wrap cache.

use super::{Theme, put, sgr};
use crate::app::App;
use crate::document::{BlockKind, InlineStyle, RichText};
use crate::text::sanitize::{expand_tabs, sanitize, sanitize_pieces};
use crate::wrap::Row;
use ratatui::buffer::Buffer;
use ratatui::style::Style;
use unicode_width::UnicodeWidthStr;

pub fn render(app: &App, theme: &Theme, buf: &mut Buffer) {
    let column = app.panes().column;
    let viewport = app.viewport();
    for (i, pos) in viewport.view().iter().enumerate() {
        let y = column.y + i as u16;
        let Some(wrapped) = viewport.wrap().peek(pos.block) else {
            continue;
        };
        let block = &app.doc().blocks[pos.block];
        let text = app.doc().block_text(pos.block);
        let rich = app.doc().rich(pos.block);
        let syntax = app.doc().highlights(pos.block);
        let base = match block.kind {
            BlockKind::Heading { level } => theme.heading(level),
            BlockKind::Byline => theme.byline,
            // Highlighted code takes its colours from its tokens.
            BlockKind::Code if syntax.is_none() => theme.code,
            _ => theme.text,
        };
        let paint = Paint {
            block: pos.block,
            text,
            rich,
            base,
            theme,
            syntax: syntax.map_or(&[][..], Vec::as_slice),
            highlights: app
                .search
                .highlights
                .iter()
                .find(|(b, _)| *b == pos.block)
                .map_or(&[][..], |(_, ranges)| ranges.as_slice()),
            current: app
                .search
                .current_highlight
                .as_ref()
                .filter(|(b, _)| *b == pos.block)
                .map(|(_, r)| r.clone()),
        };
        if column.x > app.panes().text.x && row_is_marked(app, pos.block, pos.row, wrapped) {
            put(buf, column.x - 1, y, "▍", 1, theme.bookmark);
        }
        match &wrapped.rows[pos.row] {
            Row::Gap => {
                let bars = app.doc().quote_bars_after(pos.block);
                put(buf, column.x, y, &bars, column.width, theme.prefix);
            }
            Row::Label { first } => {
                let x = column.x + draw_prefix(rich, *first, theme, column.x, y, column.width, buf);
                let language = rich.and_then(|r| r.language()).unwrap_or("");
                let label = format!("{}{}", crate::wrap::CODE_LABEL, sanitize(language));
                let room = column.right().saturating_sub(x);
                put(buf, x, y, &label, room, theme.prefix);
            }
            Row::Words { words, first } => {
                let mut x =
                    column.x + draw_prefix(rich, *first, theme, column.x, y, column.width, buf);
                for (range, gap) in wrapped.row_words(words.clone()) {
                    let limit = column.right().saturating_sub(x);
                    x += draw_styled(buf, x, y, limit, range, &paint);
                    x += u16::from(gap);
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
                let mut x =
                    column.x + draw_prefix(rich, *first, theme, column.x, y, column.width, buf);
                if block.kind == BlockKind::Code {
                    x += put(
                        buf,
                        x,
                        y,
                        crate::wrap::CODE_RULE,
                        column.width,
                        theme.prefix,
                    );
                }
                if crate::wrap::continues_line(text, range) {
                    let room = column.right().saturating_sub(x);
                    x += put(buf, x, y, crate::wrap::CONTINUED, room, theme.clipped);
                }
                // Kept lines (code, tables, verse) may use the whole text
                // pane, and scroll sideways past it.
                let right = app.panes().text.right().max(column.right());
                let limit = right.saturating_sub(x);
                let shift = viewport.shift();
                let raw = &text[range.clone()];
                let line = raw.trim_start_matches('\u{c}');
                let start = range.end - line.len();
                let (used, width) = if sgr::has_codes(line) {
                    // A coloured log line: its codes drawn as styles.
                    draw_coloured(buf, (x, y), limit, start..range.end, shift, &paint)
                } else if line.contains('\t') {
                    // Tabs move columns: drawn expanded, without highlights.
                    let expanded = expand_tabs(line, usize::from(app.settings.tab_width.max(1)));
                    let (skip, pad) = crate::text::skip_columns(&expanded, shift);
                    let shown = format!("{}{}", " ".repeat(pad), &expanded[skip..]);
                    let used = draw_pieces(buf, x, y, limit, &shown, base, theme);
                    (used, crate::text::display_width(&expanded))
                } else {
                    let (skip, pad) = crate::text::skip_columns(line, shift);
                    let at = x + pad as u16;
                    let used = draw_styled(
                        buf,
                        at,
                        y,
                        limit.saturating_sub(pad as u16),
                        start + skip..range.end,
                        &paint,
                    );
                    (used + pad as u16, crate::text::display_width(line))
                };
                edge_marks(buf, (x, y), right, (used, width), shift, theme);
            }
            row @ (Row::Cells { .. } | Row::TableRule { .. }) => {
                let x = column.x
                    + draw_prefix(rich, row.is_first(), theme, column.x, y, column.width, buf);
                let right = app.panes().text.right().max(column.right());
                let shift = viewport.shift();
                let (used, width) = super::table_row::draw(
                    buf,
                    (x, y),
                    right.saturating_sub(x),
                    (row, &wrapped.columns),
                    shift,
                    &paint,
                );
                edge_marks(buf, (x, y), right, (used, width), shift, theme);
            }
        }
    }
}

/// Marks at the edges of a kept line scrolled or cut: `‹` when its start is
/// scrolled out of sight, and how many columns are hidden to the right.
fn edge_marks(
    buf: &mut Buffer,
    (x, y): (u16, u16),
    right: u16,
    (used, width): (u16, usize),
    shift: usize,
    theme: &Theme,
) {
    if shift > 0 && width > 0 {
        put(buf, x, y, "‹", 1, theme.clipped);
    }
    let hidden = width.saturating_sub(shift + usize::from(used));
    let limit = right.saturating_sub(x);
    if hidden > 0 && limit > 0 {
        let mark = format!("{hidden}›");
        let mark_width = (crate::text::display_width(&mark) as u16).min(limit);
        put(buf, right - mark_width, y, &mark, mark_width, theme.clipped);
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

/// What a block's text is drawn with: its inline styles and the search
/// highlights (ranges in the block's displayed text).
pub(super) struct Paint<'a> {
    /// The block's index (names its links to the terminal).
    block: usize,
    pub text: &'a str,
    rich: Option<&'a RichText>,
    pub base: Style,
    theme: &'a Theme,
    /// Highlighted code: its pieces' roles, in order.
    syntax: &'a [(std::ops::Range<usize>, crate::highlight::Role)],
    highlights: &'a [std::ops::Range<usize>],
    current: Option<std::ops::Range<usize>>,
}

/// Draw a piece of the block's text, splitting it where inline styles or
/// highlights change.
pub(super) fn draw_styled(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    width: u16,
    range: std::ops::Range<usize>,
    paint: &Paint,
) -> u16 {
    let (text, theme) = (paint.text, paint.theme);
    let spans = paint.rich.map_or(&[][..], |r| r.spans.as_slice());
    let edges = spans
        .iter()
        .map(|s| &s.range)
        .chain(paint.highlights)
        .chain(paint.current.as_ref())
        .flat_map(|r| [r.start, r.end]);
    // The code pieces that overlap the range (found by binary search: a
    // block may have thousands).
    let first = paint.syntax.partition_point(|(r, _)| r.end <= range.start);
    let syntax = paint.syntax[first..]
        .iter()
        .take_while(|(r, _)| r.start < range.end);
    let syntax_edges = syntax.clone().flat_map(|(r, _)| [r.start, r.end]);
    let mut cuts: Vec<usize> = edges
        .chain(syntax_edges)
        .filter(|&b| b > range.start && b < range.end)
        .collect();
    cuts.push(range.end);
    cuts.sort_unstable();
    let mut used = 0;
    let mut at = range.start;
    for next_change in cuts {
        if next_change <= at {
            continue;
        }
        let inside = |r: &std::ops::Range<usize>| r.start <= at && at < r.end;
        let mut style = spans
            .iter()
            .find(|s| inside(&s.range))
            .map_or(paint.base, |s| {
                paint.base.patch(inline_style(s.style, theme))
            });
        if let Some((_, role)) = syntax.clone().find(|(r, _)| inside(r)) {
            style = style.patch(theme.syntax[role.index()]);
        }
        if paint.current.as_ref().is_some_and(inside) {
            style = style.patch(theme.match_current);
        } else if paint.highlights.iter().any(inside) {
            style = style.patch(theme.match_other);
        }
        let drawn = draw_pieces(
            buf,
            x + used,
            y,
            width.saturating_sub(used),
            &text[at..next_change],
            style,
            theme,
        );
        if theme.hyperlinks {
            let links = paint.rich.map_or(&[][..], |r| r.links());
            let link = links.iter().find(|l| inside(&l.range));
            if let Some(url) = link.and_then(|l| crate::document::links::external(&l.target)) {
                let id = format!("{}-{}", paint.block, link.map_or(0, |l| l.range.start));
                super::hyperlink::link_cells(buf, (x + used, y), drawn, url, &id);
            }
        }
        used += drawn;
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
    if style.url || style.aside {
        out = out.patch(theme.url);
    }
    if style.strikethrough {
        out = out.add_modifier(ratatui::style::Modifier::CROSSED_OUT);
    }
    out
}

/// Draw a kept line (`line`, a range of the block's text) that carries
/// colour codes, from column `shift` on, its search highlights over its
/// colours: returns the columns used and the line's whole width.
fn draw_coloured(
    buf: &mut Buffer,
    (x, y): (u16, u16),
    limit: u16,
    line: std::ops::Range<usize>,
    shift: usize,
    paint: &Paint,
) -> (u16, usize) {
    let text = &paint.text[line.clone()];
    let (mut skip, mut used, mut width) = (shift, 0u16, 0usize);
    for run in sgr::runs(text, paint.base, paint.theme.colour) {
        let piece = &text[run.range.clone()];
        let w = crate::text::display_width(piece);
        width += w;
        if skip >= w {
            skip -= w;
            continue;
        }
        let (at, pad) = crate::text::skip_columns(piece, skip);
        skip = 0;
        used += (pad as u16).min(limit.saturating_sub(used));
        let room = limit.saturating_sub(used);
        let in_colour = Paint {
            base: run.style,
            current: paint.current.clone(),
            ..*paint
        };
        let range = line.start + run.range.start + at..line.start + run.range.end;
        used += draw_styled(buf, x + used, y, room, range, &in_colour);
    }
    (used, width)
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
