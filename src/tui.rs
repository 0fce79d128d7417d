//! The imperative shell: owns the terminal. Sets it up (alternate screen,
//! raw mode, mouse), blocks on one channel fed by the input thread, the
//! clock, the workers and the signal handler, turns what arrives into app
//! events, runs the effects, redraws after each change, and always restores
//! the terminal — on quit, on SIGTERM/SIGHUP, and on a panic.
//!
//! The loop is generic over ratatui's `Backend`, so a test runs it headless
//! against `TestBackend` with scripted events.

mod opening;
mod shell;
mod workers;

use opening::open;
pub use opening::{Later, Opening};

use crate::app::{App, Event, Key, MouseKind, Settings};
use crate::document::Document;
use crate::session::Session;
use crate::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::crossterm::event::{
    self as term, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste,
    EnableMouseCapture, KeyModifiers, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;
pub use shell::{Origin, Shell};
use std::io::{BufWriter, Stdout};
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

/// How long the event loop gets to stop by itself after SIGTERM/SIGHUP.
const GRACE: Duration = Duration::from_millis(500);

/// What arrives on the loop's channel.
#[allow(clippy::large_enum_variant)] // a few per key press
pub enum Incoming {
    /// A terminal event from the input thread.
    Terminal(term::Event),
    /// An event for the app, from a worker or the clock.
    App(Event),
    /// The whole of a large file, and what was saved about it (or why not).
    Arrived(Result<Box<(Document, Session)>, String>),
    /// A search of the file on disk found its match at this byte.
    Found { generation: u64, offset: u64 },
    /// Document `doc` read again (on a worker), with how the store knows
    /// it now, or why it could not be.
    Reloaded {
        doc: crate::app::DocId,
        result: Result<Box<(Document, crate::store::DocIdentity)>, String>,
        /// The document's bookmarks as the file on disk holds them now.
        stored: Option<Vec<crate::store::Bookmark>>,
    },
    /// The documents after the first, read on a worker (each, or why not).
    More(Vec<Result<(Document, Session), String>>),
    /// What was saved about the one document on screen, read after its
    /// first screen (see [`Opening::Waiting`]).
    SessionOpened(Box<Session>),
    /// A signal: save and leave.
    Stop,
    /// The terminal cannot be read any more (it hung up).
    Gone(std::io::Error),
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

/// Read the documents in the terminal until the user quits. Returns what
/// to tell the user once the screen is back (saves that failed at the end).
pub fn run(opening: Opening, origin: Origin, options: Options) -> std::io::Result<Vec<String>> {
    let (send, incoming) = channel();
    let act_on_signals = watch_signals(send.clone())?;
    install_panic_hook();
    let _guard = RestoreGuard;
    let mut terminal = init_terminal()?;
    let size = terminal.size()?;
    let mut shell = Shell::start(send.clone(), origin);
    // The first frame first: keys typed meanwhile wait in the terminal,
    // a signal in signal-hook's pipe.
    shell.after_frame(act_on_signals);
    let (keys, clock) = (send.clone(), send.clone());
    shell.at_first_frame(move || workers::read_terminal(&keys));
    shell.after_frame(move || workers::tick(&clock));
    let (mut app, opened) = open(opening, options.settings, &mut shell, &send);
    let mut first = vec![
        Event::Tick(workers::clock()),
        Event::Resized {
            width: size.width,
            height: size.height,
        },
    ];
    first.extend(opened.into_events(options.resume, options.notices));
    for event in first {
        let effects = app.update(event);
        shell.run_effects(&app, effects);
    }
    let theme = &options.theme;
    let ended = event_loop(
        &mut terminal,
        &mut app,
        &mut shell,
        &incoming,
        theme,
        options.resume,
    );
    // The cursor back now, as ratatui would when the terminal is dropped
    // (reporting a failure on standard error): on a hung-up terminal this
    // is the write that fails, and `Screen` lets those after it go.
    let _ = terminal.show_cursor();
    shell.await_session(&incoming);
    let unheard = shell.finish();
    ended.map(|()| unheard)
}

/// Read until the app asks to quit (or a signal stops it).
pub fn event_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    shell: &mut Shell,
    incoming: &Receiver<Incoming>,
    theme: &Theme,
    resume: bool,
) -> std::io::Result<()> {
    shell.prepare_highlighting(app);
    draw(terminal, app, theme)?;
    shell.frame_drawn();
    let mut gone = None;
    while let Ok(message) = incoming.recv() {
        let event = match message {
            Incoming::Terminal(event) => match event_for(&event, app) {
                Some(event) => event,
                None => continue,
            },
            Incoming::App(event) => event,
            Incoming::Arrived(Ok(loaded)) => {
                let (doc, session) = *loaded;
                let parts = shell.sessions_opened(vec![session]).remove(0);
                Event::Loaded {
                    doc: Box::new(doc),
                    saved: parts.saved,
                    resume,
                    warnings: parts.warnings,
                }
            }
            Incoming::Arrived(Err(message)) => Event::LoadFailed(message),
            Incoming::More(results) => Event::Opened(shell.more_opened(results)),
            Incoming::SessionOpened(session) => {
                let parts = shell.sessions_opened(vec![*session]).remove(0);
                Event::Restored {
                    saved: parts.saved,
                    resume,
                    warnings: parts.warnings,
                }
            }
            Incoming::Reloaded {
                doc,
                result,
                stored,
            } => {
                // What the file holds now first: a bookmark deleted in
                // another lectern meanwhile must not come back.
                if let Some(bookmarks) = stored {
                    let effects = app.update(Event::StoredBookmarks { doc, bookmarks });
                    shell.run_effects(app, effects);
                }
                Event::Reloaded(result.map(|read| {
                    let (document, identity) = *read;
                    shell.reidentify(doc, identity);
                    Box::new(document)
                }))
            }
            Incoming::Found { generation, offset } => {
                shell.found(app, generation, offset);
                continue;
            }
            Incoming::Stop => Event::Command(crate::app::Command::Quit),
            // Save and leave as for a signal, then say why.
            Incoming::Gone(err) => {
                let why = format!("the terminal went away ({err})");
                gone = Some(std::io::Error::other(why));
                Event::Command(crate::app::Command::Quit)
            }
        };
        // The clock alone changes nothing on screen.
        let redraw = !matches!(event, Event::Tick(_));
        let effects = app.update(event);
        let redraw = redraw || !effects.is_empty();
        if shell.run_effects(app, effects) {
            break;
        }
        if redraw {
            shell.prepare_highlighting(app);
            draw(terminal, app, theme)?;
            shell.frame_drawn();
        }
    }
    gone.map_or(Ok(()), Err)
}

fn draw<B: Backend>(terminal: &mut Terminal<B>, app: &App, theme: &Theme) -> std::io::Result<()> {
    terminal
        .draw(|frame| ui::render(app, theme, frame))
        .map(|_| ())
        .map_err(|e| std::io::Error::other(e.to_string()))
}

/// A terminal event as the app sees it: keys through the keymap (key
/// releases dropped), the size, the mouse.
fn event_for(event: &term::Event, app: &App) -> Option<Event> {
    match event {
        term::Event::Key(key) if key.is_press() => app.event_for(key_from(key)?),
        term::Event::Paste(text) => Some(Event::Pasted(text.clone())),
        term::Event::Resize(width, height) => Some(Event::Resized {
            width: *width,
            height: *height,
        }),
        term::Event::Mouse(mouse) => {
            let kind = match mouse.kind {
                MouseEventKind::ScrollDown => MouseKind::ScrollDown,
                MouseEventKind::ScrollUp => MouseKind::ScrollUp,
                MouseEventKind::Down(MouseButton::Left) => MouseKind::Click,
                _ => return None,
            };
            Some(Event::Mouse {
                kind,
                column: mouse.column,
                row: mouse.row,
            })
        }
        _ => None,
    }
}

/// crossterm's key as the app's; Shift is part of the character.
fn key_from(key: &term::KeyEvent) -> Option<Key> {
    use crate::app::key::{KeyCode, Modifiers};
    use term::KeyCode as T;
    let code = match key.code {
        T::Char(c) => KeyCode::Char(c),
        T::Enter => KeyCode::Enter,
        T::Tab => KeyCode::Tab,
        T::BackTab => KeyCode::BackTab,
        T::Esc => KeyCode::Esc,
        T::Backspace => KeyCode::Backspace,
        T::Delete => KeyCode::Delete,
        T::Up => KeyCode::Up,
        T::Down => KeyCode::Down,
        T::Left => KeyCode::Left,
        T::Right => KeyCode::Right,
        T::PageUp => KeyCode::PageUp,
        T::PageDown => KeyCode::PageDown,
        T::Home => KeyCode::Home,
        T::End => KeyCode::End,
        T::F(n) => KeyCode::F(n),
        _ => return None,
    };
    let modifiers = Modifiers {
        ctrl: key.modifiers.contains(KeyModifiers::CONTROL),
        alt: key.modifiers.contains(KeyModifiers::ALT),
    };
    Some(Key::new(code, modifiers))
}

/// The signal that stopped the reader, if one did (0 for none): lectern
/// then exits with 128 and its number, as a program the signal ended.
static STOPPED_BY: AtomicI32 = AtomicI32::new(0);

/// The signal that stopped the reader, if one did.
pub fn stopped_by_signal() -> Option<i32> {
    Some(STOPPED_BY.load(Ordering::Relaxed)).filter(|&signal| signal != 0)
}

/// On SIGTERM, SIGHUP, SIGINT or SIGQUIT, ask the loop to stop (it saves
/// and leaves). A hung-up terminal can keep the loop from ending, so if it
/// has not after a grace period, restore what can be restored and exit.
/// The signals are caught from now on; the returned work acts on them, on
/// a thread started after the first frame (a signal meanwhile waits).
fn watch_signals(send: Sender<Incoming>) -> std::io::Result<impl FnOnce() + Send + 'static> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    // SIGINT and SIGQUIT too: in raw mode Ctrl-C is a key, so these come
    // only from `kill`, and must not leave the terminal raw.
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    Ok(move || {
        if let Some(signal) = signals.forever().next() {
            STOPPED_BY.store(signal, Ordering::Relaxed);
            let _ = send.send(Incoming::Stop);
            std::thread::sleep(GRACE);
            restore_terminal();
            std::process::exit(128 + signal);
        }
    })
}

/// How much of a frame is written at once: stdout's own buffer is 1 KB,
/// so a 120x40 frame went out in six writes, each a chance for the
/// terminal to show part of a frame, and each a system call.
const FRAME_BUFFER: usize = 256 << 10;

/// Raw mode, the alternate screen, the mouse, and bracketed paste (a paste
/// arrives as one event, so a search is compiled once for it, not once
/// per character), sent in one write; frames are drawn through a buffer
/// flushed once per frame.
fn init_terminal() -> std::io::Result<Terminal<CrosstermBackend<Screen>>> {
    ratatui::crossterm::terminal::enable_raw_mode()?;
    let mut out = Screen {
        out: BufWriter::with_capacity(FRAME_BUFFER, std::io::stdout()),
        gone: false,
    };
    execute!(
        out,
        ratatui::crossterm::terminal::EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste
    )?;
    Terminal::new(CrosstermBackend::new(out))
}

/// Where frames go: standard output, through a buffer. Once a write fails
/// (the terminal hung up) the loop ends on that error, and whatever is
/// written after it (ratatui showing the cursor again as it is dropped) is
/// let go quietly: there is nobody to show it to, and ratatui reports a
/// failure there on standard error, which is gone too.
struct Screen {
    out: BufWriter<Stdout>,
    gone: bool,
}

impl Screen {
    fn watch<T>(&mut self, result: std::io::Result<T>, nothing: T) -> std::io::Result<T> {
        match result {
            Err(_) if self.gone => Ok(nothing),
            Err(err) => {
                self.gone = true;
                Err(err)
            }
            ok => ok,
        }
    }
}

impl std::io::Write for Screen {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        let written = self.out.write(bytes);
        self.watch(written, bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let flushed = self.out.flush();
        self.watch(flushed, ())
    }
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
        DisableBracketedPaste,
        terminal::LeaveAlternateScreen,
        cursor::Show
    );
}

/// A panic restores the terminal first, then the default hook prints the
/// message on the restored screen.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        previous(info);
    }));
}

#[cfg(test)]
mod tests;
