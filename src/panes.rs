//! Screen size → the rectangles of the outline pane, the text pane (and the
//! centred reading column inside it) and the status line. Pure; shared by the
//! app (for scrolling and mouse hits) and the UI (for drawing, which turns
//! an [`Area`] into ratatui's `Rect`); knows nothing of ratatui.

/// A rectangle of the screen, in cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Area {
    pub x: u16,
    pub y: u16,
    pub width: u16,
    pub height: u16,
}

impl Area {
    pub const fn new(x: u16, y: u16, width: u16, height: u16) -> Area {
        Area {
            x,
            y,
            width,
            height,
        }
    }

    /// The column just past the area.
    pub const fn right(self) -> u16 {
        self.x.saturating_add(self.width)
    }

    /// The row just past the area.
    pub const fn bottom(self) -> u16 {
        self.y.saturating_add(self.height)
    }

    /// Whether the cell at `column`, `row` is inside.
    pub const fn contains(self, column: u16, row: u16) -> bool {
        column >= self.x && column < self.right() && row >= self.y && row < self.bottom()
    }
}

/// Below this width the outline hides itself.
pub const MIN_WIDTH_FOR_OUTLINE: u16 = 60;
/// Comfortable reading measure, in columns.
pub const DEFAULT_MEASURE: u16 = 100;

/// Where everything goes on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Panes {
    /// The outline, including its right border; `None` when hidden.
    pub outline: Option<Area>,
    /// The whole text pane.
    pub text: Area,
    /// The column text is wrapped to and drawn in, centred in `text`.
    pub column: Area,
    pub status: Area,
}

impl Panes {
    /// The jump palette: over the text pane (the whole body on screens too
    /// small for one), two thirds of its height, at least 5 rows.
    pub fn palette(&self) -> Area {
        let area = if self.text.width >= 30 {
            self.text
        } else {
            Area::new(
                self.status.x,
                self.text.y,
                self.status.width,
                self.text.height,
            )
        };
        let height = (area.height * 2 / 3).max(5).min(area.height);
        Area { height, ..area }
    }

    /// Result rows in the palette: inside its border, below the query line.
    pub fn palette_list_height(&self) -> usize {
        usize::from(self.palette().height.saturating_sub(3))
    }

    /// Split `area`: status line at the bottom; outline on the left (30 % of
    /// the width, 20–40 columns) when wanted and there is room.
    /// `outline_width` in columns, or `None` for 30 % of the screen (20 to
    /// 40 columns); the text pane always keeps at least 20 columns.
    pub fn compute(
        area: Area,
        outline_wanted: bool,
        measure: u16,
        outline_width: Option<u16>,
    ) -> Panes {
        let status_height = area.height.min(1);
        let body_height = area.height - status_height;
        let status = Area::new(area.x, area.y + body_height, area.width, status_height);
        let body = Area::new(area.x, area.y, area.width, body_height);
        let (outline, text) = if outline_wanted && area.width >= MIN_WIDTH_FOR_OUTLINE {
            let width = outline_width
                .unwrap_or((area.width * 3 / 10).clamp(20, 40))
                .clamp(8, area.width - 20);
            (
                Some(Area::new(body.x, body.y, width, body.height)),
                Area::new(body.x + width, body.y, body.width - width, body.height),
            )
        } else {
            (None, body)
        };
        // One column of margin each side when there is room for it.
        let margin = u16::from(text.width > 20);
        let inner = text.width.saturating_sub(2 * margin);
        let column_width = inner.min(measure.max(1));
        let left = text.x + margin + (inner - column_width) / 2;
        let column = Area::new(left, text.y, column_width, text.height);
        Panes {
            outline,
            text,
            column,
            status,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outline_takes_thirty_percent_within_bounds() {
        let p = Panes::compute(Area::new(0, 0, 100, 30), true, 100, None);
        assert_eq!(p.outline.unwrap().width, 30);
        assert_eq!(p.text.width, 70);
        assert_eq!(p.status, Area::new(0, 29, 100, 1));
        let wide = Panes::compute(Area::new(0, 0, 300, 100), true, 100, None);
        assert_eq!(wide.outline.unwrap().width, 40);
        assert_eq!(wide.column.width, 100);
    }

    #[test]
    fn narrow_screens_hide_the_outline() {
        assert!(
            Panes::compute(Area::new(0, 0, 59, 20), true, 100, None)
                .outline
                .is_none()
        );
    }

    #[test]
    fn tiny_screens_do_not_underflow() {
        for (w, h) in [(0, 0), (1, 1), (10, 3), (2, 1)] {
            let p = Panes::compute(Area::new(0, 0, w, h), true, 100, None);
            assert!(p.column.width <= w && p.text.height + p.status.height == h);
        }
    }
}
