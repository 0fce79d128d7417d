//! The help overlay, built from the keymap's own table.

use super::{Theme, put};
use crate::app::keymap::{BINDINGS, KeyContext, Keymap};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Clear, Widget};

/// Help's lines: group headers, then `keys  what they do`.
pub fn lines(keymap: &Keymap) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut group = "";
    for (index, binding) in BINDINGS.iter().enumerate() {
        if binding.group != group {
            if !group.is_empty() {
                out.push((String::new(), false));
            }
            group = binding.group;
            out.push((group.to_owned(), true));
        }
        let keys: Vec<String> = keymap.keys(index).iter().map(|k| k.label()).collect();
        let help = match where_(binding.contexts) {
            Some(opener) => format!("(in {opener}) {}", binding.help),
            None => binding.help.to_owned(),
        };
        out.push((format!("  {:<18} {help}", keys.join(" ")), false));
    }
    out
}

/// For a key that works only inside one overlay, the key that opens it.
fn where_(contexts: &[KeyContext]) -> Option<&'static str> {
    match contexts {
        [KeyContext::Palette] => Some("f"),
        [KeyContext::Search] => Some("/"),
        [KeyContext::SearchResults] => Some("F"),
        [KeyContext::Bookmarks] => Some("B"),
        [KeyContext::Prompt] => Some("m"),
        [KeyContext::Help] => Some("?"),
        [KeyContext::Documents] => Some("D"),
        [KeyContext::Links] => Some("L"),
        _ => None,
    }
}

/// Width of one column of help.
const COLUMN_WIDTH: u16 = 49;

pub fn render(keymap: &Keymap, theme: &Theme, screen: Rect, scroll: usize, buf: &mut Buffer) {
    let lines = lines(keymap);
    // Two columns, split between groups, when one would not fit the height.
    let two = lines.len() as u16 + 2 > screen.height && screen.width >= 2 * COLUMN_WIDTH + 2;
    let columns: Vec<&[(String, bool)]> = if two {
        // Split at the group boundary nearest the middle: even columns.
        let split = (0..lines.len())
            .filter(|&i| lines[i].0.is_empty())
            .min_by_key(|&i| (2 * i).abs_diff(lines.len()))
            .map_or(lines.len() / 2, |i| i + 1);
        vec![&lines[..split], &lines[split..]]
    } else {
        vec![&lines[..]]
    };
    let tallest = columns.iter().map(|c| c.len()).max().unwrap_or(0) as u16;
    let width = screen.width.min(COLUMN_WIDTH * columns.len() as u16 + 2);
    let height = screen.height.min(tallest + 2);
    let area = Rect::new(
        screen.x + (screen.width - width) / 2,
        screen.y + (screen.height - height) / 2,
        width,
        height,
    );
    Clear.render(area, buf);
    let overflow = usize::from(tallest).saturating_sub(usize::from(height.saturating_sub(2)));
    let scroll = scroll.min(overflow);
    let title = if overflow > 0 {
        " Keys — j/k scroll, ? or Esc to close "
    } else {
        " Keys — ? or Esc to close "
    };
    let frame = Block::new().borders(Borders::ALL).title(title);
    let inner = frame.inner(area);
    frame.render(area, buf);
    for (n, column) in columns.iter().enumerate() {
        let x = inner.x + n as u16 * COLUMN_WIDTH;
        let room = inner.right().saturating_sub(x);
        let shown = column.iter().skip(scroll).take(usize::from(inner.height));
        for (i, (line, header)) in shown.enumerate() {
            let style = if *header { theme.help_key } else { theme.help };
            put(buf, x, inner.y + i as u16, line, room, style);
        }
    }
}
