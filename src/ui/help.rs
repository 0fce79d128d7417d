//! The help overlay, built from the keymap's own table.

use super::{Theme, put};
use crate::app::keymap::{BINDINGS, key_label};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Clear, Widget};

/// Help's lines: group headers, then `keys  what they do`.
pub fn lines() -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut group = "";
    for binding in BINDINGS {
        if binding.group != group {
            if !group.is_empty() {
                out.push((String::new(), false));
            }
            group = binding.group;
            out.push((group.to_owned(), true));
        }
        let keys: Vec<String> = binding.keys.iter().map(key_label).collect();
        out.push((format!("  {:<22}{}", keys.join(" "), binding.help), false));
    }
    out
}

pub fn render(theme: &Theme, screen: Rect, buf: &mut Buffer) {
    let lines = lines();
    let width = screen.width.min(64);
    let height = screen.height.min(lines.len() as u16 + 2);
    let area = Rect::new(
        screen.x + (screen.width - width) / 2,
        screen.y + (screen.height - height) / 2,
        width,
        height,
    );
    Clear.render(area, buf);
    let frame = Block::new()
        .borders(Borders::ALL)
        .title(" Keys — ? or Esc to close ");
    let inner = frame.inner(area);
    frame.render(area, buf);
    for (i, (line, header)) in lines.iter().take(usize::from(inner.height)).enumerate() {
        let style = if *header { theme.help_key } else { theme.help };
        put(buf, inner.x, inner.y + i as u16, line, inner.width, style);
    }
}
