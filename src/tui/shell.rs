//! What the event loop drives besides the terminal: the workers, the
//! documents' identities in the bookmarks store, and the sources to read
//! again. It carries out the app's effects; every outcome goes back to the
//! app as an `Event` through the loop's channel — it never writes app state.

use super::Incoming;
use super::workers::{AfterFrame, Finder, Saver, Searcher};
use crate::app::{App, DocId, Effect, Event, WindowTarget};
use crate::session::Session;
use crate::source::{Source, Window, WindowAt};
use crate::store::{Changes, DocIdentity};
use std::io::Write;
use std::sync::mpsc::Sender;

mod files;

/// Where the documents came from and how they were read, to read (parts
/// of) them again.
pub struct Origin {
    /// The documents given, in order (the shell keeps them as its files,
    /// by the id the app gives each).
    pub sources: Vec<Source>,
    pub read_as: crate::source::ReadAs,
    /// The heading patterns in force, per document.
    pub headings: crate::config::Headings,
    /// Where the bookmarks file is, to open more documents' sessions.
    pub paths: Option<crate::store::paths::Paths>,
}

/// How much of a large file is read to show its end or a match in it:
/// eight bytes for each cell of the terminal, room to scroll back a few
/// screens while the whole file loads, and no more (it is read and
/// structured while the key that asked for it waits).
const WINDOW_BYTES: std::ops::RangeInclusive<usize> = (32 << 10)..=(256 << 10);

pub struct Shell {
    send: Sender<Incoming>,
    searcher: Searcher,
    finder: Finder,
    saver: Saver,
    origin: Origin,
    /// The open documents' files, by id, and those still being read.
    files: Vec<OpenFile>,
    /// Saves asked for before the identities were known.
    waiting: Vec<(DocId, Changes)>,
    /// What was saved about the first document is still being read.
    session_expected: bool,
    /// Whether the grammars for code are loading or loaded.
    syntaxes_asked: bool,
    /// Threads to start once the frame being drawn is on screen.
    after_frame: AfterFrame,
    /// Where escape sequences for the terminal itself go (the clipboard):
    /// standard output, between frames.
    terminal_out: Box<dyn std::io::Write + Send>,
}

/// A document's file: where it came from, and how the bookmarks store
/// knows it (once its session is open; until then it is still being read).
struct OpenFile {
    source: Source,
    identity: Option<DocIdentity>,
}

impl Shell {
    pub fn start(send: Sender<Incoming>, mut origin: Origin) -> Shell {
        let mut after_frame = AfterFrame::default();
        let files = std::mem::take(&mut origin.sources)
            .into_iter()
            .map(|source| OpenFile {
                source,
                identity: None,
            })
            .collect();
        Shell {
            searcher: Searcher::start(send.clone(), &mut after_frame),
            finder: Finder::start(send.clone(), &mut after_frame),
            saver: Saver::new(send.clone()),
            send,
            origin,
            files,
            waiting: Vec::new(),
            session_expected: false,
            syntaxes_asked: false,
            after_frame,
            terminal_out: Box::new(std::io::stdout()),
        }
    }

    /// Run `work` on a thread of its own once the frame is drawn.
    pub fn after_frame(&mut self, work: impl FnOnce() + Send + 'static) {
        self.after_frame.push(work);
    }

    /// Run `work` on a thread of its own as soon as the frame is written,
    /// before the others (the terminal reader).
    pub fn at_first_frame(&mut self, work: impl FnOnce() + Send + 'static) {
        self.after_frame.push_at_once(work);
    }

    /// A frame is on screen: compile the grammars it asked for and start
    /// the threads that waited for it.
    pub fn frame_drawn(&mut self) {
        self.saver.begin(&mut self.after_frame);
        self.after_frame.start();
    }

    /// Send the terminal's own sequences to `out` instead (tests).
    pub fn with_terminal_out(mut self, out: Box<dyn std::io::Write + Send>) -> Shell {
        self.terminal_out = out;
        self
    }

    /// The documents are complete: remember how the store knows each, and
    /// send the saves that waited. Returns what was saved about each.
    /// The first document's session will come as `SessionOpened`.
    pub fn expect_session(&mut self) {
        self.session_expected = true;
    }

    /// At quit, before the saver finishes: if the bookmarks file is still
    /// being read, wait for it, so the saves asked for meanwhile (kept in
    /// `waiting`) are written, not lost.
    pub fn await_session(&mut self, incoming: &std::sync::mpsc::Receiver<Incoming>) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        while self.session_expected {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match incoming.recv_timeout(left) {
                Ok(Incoming::SessionOpened(session)) => {
                    self.sessions_opened(vec![*session]);
                }
                Ok(_) => {}
                Err(_) => break,
            }
        }
    }

    pub fn sessions_opened(&mut self, sessions: Vec<Session>) -> Vec<SessionParts> {
        self.session_expected = false;
        let mut parts = Vec::with_capacity(sessions.len());
        for session in sessions {
            let Session {
                store,
                identity,
                saved,
                warnings,
            } = session;
            if !self.any_identity() {
                self.saver.set_store(store);
            }
            if let Some(file) = self.files.iter_mut().find(|f| f.identity.is_none()) {
                file.identity = Some(identity);
            }
            parts.push(SessionParts { saved, warnings });
        }
        for (doc, changes) in std::mem::take(&mut self.waiting) {
            self.save(doc, changes);
        }
        parts
    }

    /// The documents after the first have been read: those that could be
    /// join the others (their sources stay in order), those that could not
    /// are left out and say why.
    pub fn more_opened(
        &mut self,
        results: Vec<Result<(crate::document::Document, Session), String>>,
    ) -> Vec<(crate::document::Document, crate::app::Saved)> {
        let known = self
            .files
            .iter()
            .take_while(|f| f.identity.is_some())
            .count();
        let later = self.files.split_off(known);
        let mut docs = Vec::new();
        for (file, result) in later.into_iter().zip(results) {
            match result {
                Ok((doc, session)) => {
                    self.files.push(OpenFile {
                        source: file.source,
                        identity: Some(session.identity),
                    });
                    session
                        .warnings
                        .into_iter()
                        .for_each(|w| self.tell(Event::OpenFailed(w)));
                    docs.push((doc, session.saved));
                }
                Err(why) => self.tell(Event::OpenFailed(why)),
            }
        }
        docs
    }

    fn save(&mut self, doc: DocId, changes: Changes) {
        match self.files.get(doc.0).and_then(|f| f.identity.as_ref()) {
            Some(identity) => self.saver.save(identity.clone(), changes),
            None if !self.any_identity() => self.waiting.push((doc, changes)),
            None => {}
        }
    }

    /// Whether the store knows any document yet (the bookmarks file has
    /// been read).
    fn any_identity(&self) -> bool {
        self.files.iter().any(|f| f.identity.is_some())
    }

    /// The first document's source (the one a large file loads into).
    fn first_source(&self) -> Option<&Source> {
        self.files.first().map(|f| &f.source)
    }

    /// Carry out the app's effects in order; true when it asked to quit.
    pub fn run_effects(&mut self, app: &App, effects: Vec<Effect>) -> bool {
        let mut quit = false;
        for effect in effects {
            match effect {
                Effect::Save { doc, changes } => self.save(doc, changes),
                Effect::Search {
                    generation,
                    search,
                    first_from,
                } => {
                    self.searcher
                        .search(generation, search, app.doc().shown().shared(), first_from)
                }
                Effect::ShowFileEnd => self.send_window(WindowAt::End, WindowTarget::End),
                Effect::ShowFileAt { offset } => {
                    self.send_window(WindowAt::Around(offset), WindowTarget::Place)
                }
                Effect::FindInFile {
                    generation,
                    search,
                    from,
                } => {
                    // Only while the file loads (the app asks only then).
                    if let Some(Source::File(path)) = self.first_source() {
                        self.finder.find(generation, &search, path.clone(), from);
                    }
                }
                Effect::OpenBookmark { path, id } => {
                    if let Some(doc) = self.open_file(path) {
                        self.tell(Event::ShowBookmark { doc, id });
                    }
                }
                Effect::OpenLinked {
                    from,
                    path,
                    fragment,
                } => {
                    let beside = match self.files.get(from.0).map(|f| &f.source) {
                        Some(Source::File(file)) => file.parent().map(|p| p.join(&path)),
                        _ => std::env::current_dir().ok().map(|d| d.join(&path)),
                    };
                    if let Some(doc) = beside.and_then(|path| self.open_file(path)) {
                        self.tell(Event::ShowLinked { doc, fragment });
                    }
                }
                Effect::Copy { text } => self.copy(&text),
                Effect::Reload { doc } => self.reload(doc),
                Effect::CompileGrammar { language, sample } => {
                    self.on_grammar_worker(move || crate::highlight::compile(&language, &sample))
                }
                Effect::Quit => quit = true,
            }
        }
        // A search given up (Esc, `\`) or replaced by one answered at once
        // stops the worker's, which could otherwise run on for minutes.
        let searching = app.search.active.as_ref().map(|a| a.generation);
        self.searcher.keep_only(searching);
        quit
    }

    /// A search on disk found a match at file byte `offset`: show the part
    /// of the file around it, if the file is still loading (the app holds
    /// whether it is).
    pub fn found(&mut self, app: &App, generation: u64, offset: u64) {
        if app.is_loading() {
            self.send_window(WindowAt::Around(offset), WindowTarget::Match { generation });
        }
    }

    /// Read part of the file still loading and hand it to the app (which
    /// asks for one only while the file loads).
    fn send_window(&self, at: WindowAt, target: WindowTarget) {
        if let Some(window) = self.window(at) {
            let event = Event::WindowLoaded {
                window: Box::new(window),
                target,
            };
            let _ = self.send.send(Incoming::App(event));
        }
    }

    fn window(&self, at: WindowAt) -> Option<Window> {
        let Origin {
            read_as, headings, ..
        } = &self.origin;
        let source = self.first_source()?;
        source
            .load_window(at, window_bytes(), *read_as, headings.for_source(source))
            .ok()
            .flatten()
    }

    /// When the document on screen has code, load the grammars on another
    /// thread (once); the app hears `SyntaxesLoaded` and draws it coloured.
    pub fn prepare_highlighting(&mut self, app: &App) {
        if self.syntaxes_asked || !app.doc().has_code() {
            return;
        }
        self.syntaxes_asked = true;
        self.on_grammar_worker(crate::highlight::load);
    }

    /// Run `work` on a thread of its own once the frame is drawn, then
    /// tell the app that code may now be drawn coloured.
    fn on_grammar_worker(&mut self, work: impl FnOnce() + Send + 'static) {
        let send = self.send.clone();
        self.after_frame.push(move || {
            work();
            let _ = send.send(Incoming::App(Event::SyntaxesLoaded));
        });
    }

    fn tell(&self, event: Event) {
        let _ = self.send.send(Incoming::App(event));
    }

    /// Put `text` on the clipboard with OSC 52: the terminal (or tmux, or
    /// the terminal at the other end of SSH) sets it. Sent between frames.
    fn copy(&mut self, text: &str) {
        use base64::Engine;
        let encoded = base64::engine::general_purpose::STANDARD.encode(text);
        let sequence = format!("\x1b]52;c;{encoded}\x07");
        let _ = self.terminal_out.write_all(sequence.as_bytes());
        let _ = self.terminal_out.flush();
    }

    /// Wait for the saves asked for; what failed, for stderr.
    pub fn finish(&mut self) -> Vec<String> {
        self.saver.finish()
    }
}

fn window_bytes() -> usize {
    let size = ratatui::crossterm::terminal::size().ok();
    crate::source::bytes_for_screen(size, 8, WINDOW_BYTES)
}

/// What was saved about a document, and what to tell the user about it.
pub struct SessionParts {
    pub saved: crate::app::Saved,
    pub warnings: Vec<String>,
}
