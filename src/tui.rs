//! The imperative shell: owns the terminal. Sets it up (alternate screen,
//! raw mode, mouse), turns events into actions through the keymap, runs the
//! effects, redraws after each change, and always restores the terminal —
//! on quit, on SIGTERM/SIGHUP, and on a panic.

use crate::app::{Action, App, Effect, Settings, keymap};
use crate::document::Document;
use crate::session::Session;
use crate::store::DocIdentity;
use crate::store::file::Store;
use crate::ui::{self, Theme};
use crate::wrap::RowPos;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

/// How often the loop looks at the signal flag when no event comes.
const SIGNAL_CHECK: Duration = Duration::from_millis(250);

/// How long the event loop gets to stop by itself after SIGTERM/SIGHUP.
const GRACE: Duration = Duration::from_millis(500);

/// How often a background count's result is looked for.
const COUNT_CHECK: Duration = Duration::from_millis(15);

/// How often the reading position is saved while reading.
const AUTOSAVE: Duration = Duration::from_secs(30);

/// How the document arrives.
pub enum Opening {
    /// Loaded whole; this is what was saved about it.
    Ready(Box<Session>),
    /// The document shown is the opening of a large file; the whole of it
    /// (and what was saved about it) comes later on this channel, or why not.
    Loading(Receiver<Result<(Document, Session), String>>),
}

/// Read `doc` in the terminal until the user quits.
pub fn run(doc: Document, opening: Opening, resume: bool) -> anyhow::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    watch_signals(Arc::clone(&stop))?;
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
    let mut memory = Memory::default();
    let mut arriving = match opening {
        Opening::Ready(session) => {
            memory.start(&mut app, *session, resume);
            None
        }
        Opening::Loading(receiver) => {
            app.loading = true;
            Some(receiver)
        }
    };
    let mut last_save = Instant::now();
    let counter = Counter::start();
    let theme = Theme::default();
    terminal.draw(|frame| ui::render(&app, &theme, frame))?;
    while !stop.load(Ordering::Relaxed) {
        if let Some(arrived) = arriving.as_ref().and_then(|r| r.try_recv().ok()) {
            arriving = None;
            let effects = match arrived {
                Ok((doc, session)) => {
                    let untouched = app.top() == RowPos::default();
                    let effects = app.document_loaded(doc);
                    memory.start(&mut app, session, resume && untouched);
                    effects
                }
                Err(message) => {
                    app.loading = false;
                    app.message = Some(format!("could not read the rest of the file: {message}"));
                    Vec::new()
                }
            };
            run_effects(&mut app, effects, &mut memory, &counter);
            terminal.draw(|frame| ui::render(&app, &theme, frame))?;
        }
        // While work runs in the background, look for its result often.
        let busy = counter.busy() || arriving.is_some();
        let wait = if busy { COUNT_CHECK } else { SIGNAL_CHECK };
        let action = if let Some(counted) = counter.result() {
            Some(counted)
        } else if event::poll(wait)? {
            action_for(&event::read()?, &app)
        } else if last_save.elapsed() >= AUTOSAVE {
            last_save = Instant::now();
            Some(Action::Tick)
        } else {
            None
        };
        let Some(action) = action else {
            continue;
        };
        let effects = app.update(action);
        if run_effects(&mut app, effects, &mut memory, &counter) {
            return Ok(());
        }
        terminal.draw(|frame| ui::render(&app, &theme, frame))?;
    }
    // Stopped by a signal: save the position like a quit would.
    let effects = app.update(Action::Quit);
    run_effects(&mut app, effects, &mut memory, &counter);
    Ok(())
}

/// Carry out the app's effects in order; true when it asked to quit. A
/// failed save goes back to the app, which keeps the changes and says so.
fn run_effects(
    app: &mut App,
    effects: Vec<Effect>,
    memory: &mut Memory,
    counter: &Counter,
) -> bool {
    let mut quit = false;
    for effect in effects {
        match effect {
            Effect::Save(changes) => memory.save(app, changes),
            Effect::CountMatches { generation, search } => {
                counter.count(generation, search, app.doc.shared_text())
            }
            Effect::Quit => quit = true,
        }
    }
    quit
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

/// On SIGTERM or SIGHUP, ask the loop to stop. A hung-up terminal can keep
/// crossterm reading end-of-file inside `poll` forever, so if the loop has
/// not ended after a grace period, restore what can be restored and exit.
fn watch_signals(stop: Arc<AtomicBool>) -> std::io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP])?;
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            stop.store(true, Ordering::Relaxed);
            std::thread::sleep(GRACE);
            restore_terminal();
            std::process::exit(128 + signal);
        }
    });
    Ok(())
}

/// Restores the terminal when the reader ends, however it ends.
struct RestoreGuard;

impl Drop for RestoreGuard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

/// Undo everything `run` set up. Errors are ignored: the terminal may be
/// gone (hung up), and `ratatui::restore` would print to a dead stderr,
/// which panics.
fn restore_terminal() {
    use ratatui::crossterm::{cursor, terminal};
    let _ = terminal::disable_raw_mode();
    let _ = execute!(
        std::io::stdout(),
        DisableMouseCapture,
        terminal::LeaveAlternateScreen,
        cursor::Show
    );
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

/// Counts search matches on a thread of its own. Only the newest request
/// matters: one that arrives while a count runs replaces any waiting one, and
/// results of older searches are dropped by the app (by generation).
struct Counter {
    requests: std::sync::mpsc::Sender<(u64, crate::search::Search, Arc<String>)>,
    results: std::sync::mpsc::Receiver<Action>,
    pending: std::cell::Cell<usize>,
}

impl Counter {
    fn start() -> Counter {
        let (requests, jobs) =
            std::sync::mpsc::channel::<(u64, crate::search::Search, Arc<String>)>();
        let (done, results) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            while let Ok(mut job) = jobs.recv() {
                // Skip to the newest request. A skipped one is answered with
                // nothing, so the pending count stays right; the app drops
                // it, as it is for an older search.
                while let Ok(newer) = jobs.try_recv() {
                    let _ = done.send(Action::MatchesCounted {
                        generation: job.0,
                        matches: Vec::new(),
                    });
                    job = newer;
                }
                let (generation, search, text) = job;
                let matches = search.all(&text);
                if done
                    .send(Action::MatchesCounted {
                        generation,
                        matches,
                    })
                    .is_err()
                {
                    break;
                }
            }
        });
        Counter {
            requests,
            results,
            pending: std::cell::Cell::new(0),
        }
    }

    fn count(&self, generation: u64, search: crate::search::Search, text: Arc<String>) {
        if self.requests.send((generation, search, text)).is_ok() {
            self.pending.set(self.pending.get() + 1);
        }
    }

    fn busy(&self) -> bool {
        self.pending.get() > 0
    }

    fn result(&self) -> Option<Action> {
        let action = self.results.try_recv().ok()?;
        self.pending.set(self.pending.get().saturating_sub(1));
        Some(action)
    }
}

/// The bookmarks store and this document's identity in it, once known.
/// While a large file is still loading its identity (a fingerprint of the
/// whole text) is not, so saves wait here and go out when it arrives.
#[derive(Default)]
struct Memory {
    session: Option<(Store, DocIdentity)>,
    waiting: Vec<crate::store::Changes>,
}

impl Memory {
    /// The document is complete: restore what was saved, then send what
    /// waited.
    fn start(&mut self, app: &mut App, session: Session, resume: bool) {
        let Session {
            store,
            identity,
            saved,
            warnings,
        } = session;
        app.restore(saved, resume);
        if !warnings.is_empty() {
            app.message = Some(warnings.join("; "));
        }
        self.session = Some((store, identity));
        for changes in std::mem::take(&mut self.waiting) {
            self.save(app, changes);
        }
    }

    fn save(&mut self, app: &mut App, changes: crate::store::Changes) {
        let Some((store, identity)) = &self.session else {
            self.waiting.push(changes);
            return;
        };
        if let Err(err) = store.save(identity, &changes) {
            app.update(Action::SaveFailed {
                message: err.to_string(),
                changes,
            });
        }
    }
}
