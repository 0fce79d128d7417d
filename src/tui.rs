//! The imperative shell: owns the terminal. Sets it up (alternate screen,
//! raw mode, mouse), turns events into actions through the keymap, runs the
//! effects, redraws after each change, and always restores the terminal —
//! on quit, on SIGTERM/SIGHUP, and on a panic.

use crate::app::{Action, App, Effect, Settings, keymap};
use crate::document::Document;
use crate::ui::{self, Theme};
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// How often the loop looks at the signal flag when no event comes.
const SIGNAL_CHECK: Duration = Duration::from_millis(250);

/// Read `doc` in the terminal until the user quits.
pub fn run(doc: Document) -> anyhow::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    install_panic_hook();
    let mut terminal = ratatui::try_init()?;
    // ratatui::restore() does not undo mouse capture: the guard does.
    let _guard = RestoreGuard;
    execute!(std::io::stdout(), EnableMouseCapture)?;
    let mut app = App::new(doc, Settings::default());
    let size = terminal.size()?;
    app.update(Action::Resize {
        width: size.width,
        height: size.height,
    });
    let theme = Theme::default();
    terminal.draw(|frame| ui::render(&app, &theme, frame))?;
    while !stop.load(Ordering::Relaxed) {
        if !event::poll(SIGNAL_CHECK)? {
            continue;
        }
        let Some(action) = action_for(&event::read()?, &app) else {
            continue;
        };
        let effects = app.update(action);
        if effects.contains(&Effect::Quit) {
            break;
        }
        terminal.draw(|frame| ui::render(&app, &theme, frame))?;
    }
    Ok(())
}

fn action_for(event: &Event, app: &App) -> Option<Action> {
    match event {
        Event::Key(key) if key.is_press() => keymap::action_for(key, app.key_context()),
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => Some(Action::MouseScroll {
                column: mouse.column,
                row: mouse.row,
                down: mouse.kind == MouseEventKind::ScrollDown,
            }),
            MouseEventKind::Down(MouseButton::Left) => Some(Action::MouseClick {
                column: mouse.column,
                row: mouse.row,
            }),
            _ => None,
        },
        _ => None,
    }
}

/// Restores the terminal when the reader ends, however it ends.
struct RestoreGuard;

impl Drop for RestoreGuard {
    fn drop(&mut self) {
        let _ = execute!(std::io::stdout(), DisableMouseCapture);
        ratatui::restore();
    }
}

/// Our hook runs inside ratatui's (installed later by `try_init`), which
/// restores the screen first; we also turn mouse reporting off, then let the
/// default hook print the message on the restored screen.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(std::io::stdout(), DisableMouseCapture);
        previous(info);
    }));
}
