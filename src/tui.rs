//! The imperative shell: owns the terminal. Sets it up (alternate screen,
//! raw mode, mouse), turns events into actions through the keymap, runs the
//! effects, redraws after each change, and always restores the terminal —
//! on quit, on SIGTERM/SIGHUP, and on a panic.

mod workers;

use crate::app::{Action, App, Effect, Settings, WindowTarget};
use crate::document::{Document, Format};
use crate::session::Session;
use crate::source::{FileWindow, Source, Window, WindowAt};
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
use workers::{Counter, Finder};

/// How often the loop looks at the signal flag when no event comes.
const SIGNAL_CHECK: Duration = Duration::from_millis(250);

/// How long the event loop gets to stop by itself after SIGTERM/SIGHUP.
const GRACE: Duration = Duration::from_millis(500);

/// How often a background count's result is looked for.
const COUNT_CHECK: Duration = Duration::from_millis(15);

/// How often a search of the file on disk is looked for: someone waits.
const FIND_CHECK: Duration = Duration::from_millis(3);

/// How often the reading position is saved while reading.
const AUTOSAVE: Duration = Duration::from_secs(30);

/// How the document arrives.
pub enum Opening {
    /// Loaded whole: the other documents opened beside the first, and
    /// what was saved about each (the first's first).
    Ready {
        others: Vec<Document>,
        sessions: Vec<Session>,
    },
    /// The document shown is the opening of a large file still loading.
    Loading(Loading),
}

/// A large file loading on another thread.
pub struct Loading {
    /// The whole document (and what was saved about it), or why not.
    pub arriving: Receiver<Result<(Document, Session), String>>,
    pub file_len: u64,
}

/// Where the document came from and how it was read, to read (parts of)
/// it again.
pub struct Origin {
    /// One per open document, in order.
    pub sources: Vec<Source>,
    pub format: Option<Format>,
    pub headings: Vec<regex::Regex>,
}

/// How the reader looks and behaves (config file and command line).
pub struct Options {
    pub settings: Settings,
    pub theme: Theme,
    /// Go back to where the reader stopped last time.
    pub resume: bool,
    /// Said in the status line at start (config mistakes).
    pub notices: Vec<String>,
}

/// How much of a large file is read to show its end or a match in it.
const WINDOW_BYTES: usize = 256 << 10;

/// Read `doc` in the terminal until the user quits.
pub fn run(
    doc: Document,
    opening: Opening,
    origin: Origin,
    options: Options,
) -> std::io::Result<()> {
    let Options {
        settings,
        theme,
        resume,
        notices,
    } = options;
    let stop = Arc::new(AtomicBool::new(false));
    watch_signals(Arc::clone(&stop))?;
    install_panic_hook();
    let mut terminal = ratatui::try_init()?;
    // ratatui::restore() does not undo mouse capture: the guard does.
    let _guard = RestoreGuard;
    execute!(std::io::stdout(), EnableMouseCapture)?;
    let mut app = App::new(doc, settings);
    if let Some(first) = notices.first() {
        app.message = Some(first.clone());
    }
    let size = terminal.size()?;
    app.update(Action::Resize {
        width: size.width,
        height: size.height,
    });
    let mut shell = Shell {
        memory: Memory::default(),
        counter: Counter::start(),
        finder: Finder::start(),
        loading: None,
        origin,
    };
    match opening {
        Opening::Ready { others, sessions } => {
            app.resume_on_switch = resume;
            let saved_others = sessions.iter().skip(1).map(|s| s.saved.clone());
            app.add_documents(others.into_iter().zip(saved_others).collect());
            shell.memory.start(&mut app, sessions, resume)
        }
        Opening::Loading(loading) => {
            app.loading = true;
            app.window = Some(FileWindow {
                base: 0,
                file_len: loading.file_len,
            });
            shell.loading = Some(loading);
        }
    }
    let mut last_save = Instant::now();
    terminal.draw(|frame| ui::render(&app, &theme, frame))?;
    while !stop.load(Ordering::Relaxed) {
        if let Some(arrived) = shell.arrived() {
            let effects = match arrived {
                Ok((doc, session)) => {
                    let untouched = app.top() == RowPos::default();
                    let effects = app.document_loaded(doc);
                    shell
                        .memory
                        .start(&mut app, vec![session], resume && untouched);
                    effects
                }
                Err(message) => {
                    app.loading = false;
                    app.message = Some(format!("could not read the rest of the file: {message}"));
                    Vec::new()
                }
            };
            shell.run_effects(&mut app, effects);
            terminal.draw(|frame| ui::render(&app, &theme, frame))?;
        }
        if let Some(effects) = shell.found_in_file(&mut app) {
            shell.run_effects(&mut app, effects);
            terminal.draw(|frame| ui::render(&app, &theme, frame))?;
        }
        // While work runs in the background, look for its result often.
        let wait = if shell.finder.busy() {
            FIND_CHECK
        } else if shell.counter.busy() || shell.loading.is_some() {
            COUNT_CHECK
        } else {
            SIGNAL_CHECK
        };
        let action = if let Some(counted) = shell.counter.result() {
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
        if shell.run_effects(&mut app, effects) {
            return Ok(());
        }
        terminal.draw(|frame| ui::render(&app, &theme, frame))?;
    }
    // Stopped by a signal: save the position like a quit would.
    let effects = app.update(Action::Quit);
    shell.run_effects(&mut app, effects);
    Ok(())
}

/// What the event loop drives besides the terminal.
struct Shell {
    memory: Memory,
    counter: Counter,
    finder: Finder,
    /// Until the whole document has arrived.
    loading: Option<Loading>,
    origin: Origin,
}

impl Shell {
    /// The whole document, once the loading thread has sent it.
    fn arrived(&mut self) -> Option<Result<(Document, Session), String>> {
        let arrived = self.loading.as_ref()?.arriving.try_recv().ok()?;
        self.loading = None;
        Some(arrived)
    }

    /// A search on disk found a match: show the part of the file around it.
    fn found_in_file(&mut self, app: &mut App) -> Option<Vec<Effect>> {
        let (generation, offset) = self.finder.result()?;
        let window = self.window(WindowAt::Around(offset?))?;
        Some(app.window_loaded(window, WindowTarget::Match { generation }))
    }

    /// Part of the file still loading.
    fn window(&self, at: WindowAt) -> Option<Window> {
        self.loading.as_ref()?;
        let Origin {
            sources,
            format,
            headings,
        } = &self.origin;
        sources
            .first()?
            .load_window(at, WINDOW_BYTES, *format, headings)
            .ok()
            .flatten()
    }

    /// `r`: read the file again; a file that is gone or unreadable leaves
    /// the version loaded on screen, and says so.
    fn reload(&mut self, app: &mut App) -> Vec<Effect> {
        let Origin {
            sources,
            format,
            headings,
        } = &self.origin;
        let doc = app.library.current;
        let Some(source) = sources.get(doc) else {
            return Vec::new();
        };
        if !matches!(source, Source::File(_)) {
            app.message = Some(format!("{} cannot be read again", source.name()));
            return Vec::new();
        }
        match source.load(*format, headings) {
            Ok(doc) => {
                let identity = crate::session::identity(&doc, source);
                self.memory.document_changed(app.library.current, identity);
                app.document_reloaded(doc)
            }
            Err(err) => {
                app.message = Some(format!("{err}; showing the version loaded"));
                Vec::new()
            }
        }
    }

    /// Carry out the app's effects in order; true when it asked to quit. A
    /// failed save goes back to the app, which keeps the changes and says so.
    fn run_effects(&mut self, app: &mut App, effects: Vec<Effect>) -> bool {
        let mut quit = false;
        let mut effects = std::collections::VecDeque::from(effects);
        while let Some(effect) = effects.pop_front() {
            match effect {
                Effect::Save(changes) => self.memory.save(app, changes),
                Effect::SaveFor { doc, changes } => self.memory.save_for(app, Some(doc), changes),
                Effect::CountMatches { generation, search } => {
                    self.counter
                        .count(generation, search, app.doc.shared_text())
                }
                Effect::ShowFileEnd => {
                    if let Some(window) = self.window(WindowAt::End) {
                        effects.extend(app.window_loaded(window, WindowTarget::End));
                    }
                }
                Effect::Reload => effects.extend(self.reload(app)),
                Effect::FindInFile {
                    generation,
                    search,
                    from,
                } => {
                    if let (Some(_), Some(Source::File(path))) =
                        (&self.loading, self.origin.sources.first())
                    {
                        self.finder.find(generation, &search, path.clone(), from);
                    }
                }
                Effect::Quit => quit = true,
            }
        }
        quit
    }
}

fn action_for(event: &Event, app: &App) -> Option<Action> {
    match event {
        Event::Key(key) if key.is_press() => app.settings.keymap.action_for(key, app.key_context()),
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

/// The bookmarks store and this document's identity in it, once known.
/// While a large file is still loading its identity (a fingerprint of the
/// whole text) is not, so saves wait here and go out when it arrives.
#[derive(Default)]
struct Memory {
    store: Option<Store>,
    /// How each open document is known in the store, in library order.
    identities: Vec<DocIdentity>,
    /// Changes made before the store was there: (document, changes).
    waiting: Vec<(Option<usize>, crate::store::Changes)>,
}

impl Memory {
    /// The documents are complete: restore what was saved about the one on
    /// screen (the others take theirs when first shown), then send what
    /// waited.
    fn start(&mut self, app: &mut App, sessions: Vec<Session>, resume: bool) {
        let mut warnings: Vec<String> = Vec::new();
        let mut first_saved = None;
        for session in sessions {
            let Session {
                store,
                identity,
                saved,
                warnings: said,
            } = session;
            for warning in said {
                if !warnings.contains(&warning) {
                    warnings.push(warning);
                }
            }
            first_saved.get_or_insert(saved);
            self.identities.push(identity);
            self.store.get_or_insert(store);
        }
        if let Some(saved) = first_saved {
            app.restore(saved, resume);
        }
        if !warnings.is_empty() {
            app.message = Some(warnings.join("; "));
        }
        for (doc, changes) in std::mem::take(&mut self.waiting) {
            self.save_for(app, doc, changes);
        }
    }

    /// The document on screen was read again: later saves go to its new
    /// identity.
    fn document_changed(&mut self, doc: usize, identity: DocIdentity) {
        if let Some(current) = self.identities.get_mut(doc) {
            *current = identity;
        }
    }

    fn save(&mut self, app: &mut App, changes: crate::store::Changes) {
        self.save_for(app, None, changes);
    }

    /// Save `changes` for open document `doc` (`None`: the one on screen).
    fn save_for(&mut self, app: &mut App, doc: Option<usize>, changes: crate::store::Changes) {
        let Some(store) = &self.store else {
            self.waiting.push((doc, changes));
            return;
        };
        let doc = doc.unwrap_or(app.library.current);
        let Some(identity) = self.identities.get(doc) else {
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
