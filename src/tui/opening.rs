//! How the documents arrive: loaded whole, one waiting for its bookmarks
//! file, or a large file's opening while the rest loads; and the app and
//! first events for each.

use super::Incoming;
use super::shell::Shell;
use crate::app::{App, Event, Settings};
use crate::document::Document;
use crate::session::Session;
use std::sync::mpsc::Sender;

/// Reads the documents after the first, off the event loop.
pub type Later = Box<dyn FnOnce() -> Vec<Result<(Document, Session), String>> + Send>;

/// How the documents arrive.
#[allow(clippy::large_enum_variant)] // one value per run
pub enum Opening {
    /// Loaded whole: the documents in order, with what was saved about
    /// each; `later` reads the rest of those named (their sources follow in
    /// the origin) while the first is on screen.
    Ready {
        loaded: Vec<(Document, Session)>,
        later: Option<Later>,
    },
    /// One document whose bookmarks file takes long to read (a very large
    /// one): shown at once, what was saved about it arrives from `session`.
    Waiting {
        doc: Document,
        session: std::sync::mpsc::Receiver<Session>,
    },
    /// The opening of a large file; `load` reads the whole of it.
    Loading {
        preview: Document,
        file_len: u64,
        load: Box<dyn FnOnce() -> Result<(Document, Session), String> + Send>,
    },
}

/// What the first events tell the app about the documents opened.
pub(super) struct Opened {
    /// The documents after the first, with what was saved about each.
    others: Vec<(Document, crate::app::Saved)>,
    /// What was saved about the first (none while a large file loads).
    first: Option<super::shell::SessionParts>,
    warnings: Vec<String>,
}

impl Opened {
    /// `Opened` for the other documents, then `Restored` for the first,
    /// whose warnings start with the config file's mistakes.
    pub(super) fn into_events(self, resume: bool, notices: Vec<String>) -> Vec<Event> {
        let mut warnings = notices;
        for warning in self.warnings {
            if !warnings.contains(&warning) {
                warnings.push(warning);
            }
        }
        let mut events = Vec::new();
        if !self.others.is_empty() {
            events.push(Event::Opened(self.others));
        }
        let saved = self.first.map(|p| p.saved).unwrap_or_default();
        events.push(Event::Restored {
            saved,
            resume,
            warnings,
        });
        events
    }
}

/// The app for the first document; a large file's loader starts here.
pub(super) fn open(
    opening: Opening,
    settings: Settings,
    shell: &mut Shell,
    send: &Sender<Incoming>,
) -> (App, Opened) {
    match opening {
        Opening::Ready { loaded, later } => {
            if let Some(later) = later {
                let send = send.clone();
                shell.after_frame(move || {
                    super::workers::lower_priority();
                    let _ = send.send(Incoming::More(later()));
                });
            }
            let (docs, sessions): (Vec<Document>, Vec<Session>) = loaded.into_iter().unzip();
            let mut parts = shell.sessions_opened(sessions).into_iter();
            let first = parts.next();
            let mut docs = docs.into_iter();
            let app = App::new(docs.next().unwrap_or_else(Document::empty), settings);
            let mut warnings: Vec<String> = Vec::new();
            warnings.extend(first.iter().flat_map(|p| p.warnings.clone()));
            let others = docs
                .zip(parts)
                .map(|(doc, p)| {
                    warnings.extend(p.warnings);
                    (doc, p.saved)
                })
                .collect();
            (
                app,
                Opened {
                    others,
                    first,
                    warnings,
                },
            )
        }
        Opening::Waiting { doc, session } => {
            shell.expect_session();
            let send = send.clone();
            std::thread::spawn(move || {
                if let Ok(session) = session.recv() {
                    let _ = send.send(Incoming::SessionOpened(Box::new(session)));
                }
            });
            let opened = Opened {
                others: Vec::new(),
                first: None,
                warnings: Vec::new(),
            };
            (App::new(doc, settings), opened)
        }
        Opening::Loading {
            preview,
            file_len,
            load,
        } => {
            let send = send.clone();
            shell.after_frame(move || {
                super::workers::lower_priority();
                let _ = send.send(Incoming::Arrived(load().map(Box::new)));
            });
            let app = App::new_loading(preview, settings, file_len);
            let opened = Opened {
                others: Vec::new(),
                first: None,
                warnings: Vec::new(),
            };
            (app, opened)
        }
    }
}
