//! The saver: writes the bookmarks file off the event loop, in order,
//! saves made meanwhile taken together.

use super::super::Incoming;
use super::AfterFrame;
use crate::app::Event;
use crate::store::file::Store;
use crate::store::{Changes, DocIdentity};
use std::sync::mpsc::{Receiver, Sender, channel};

/// What the saver is asked to do.
pub(super) enum SaveJob {
    /// The bookmarks store, once it is open.
    Store(Store),
    Save {
        identity: DocIdentity,
        changes: Changes,
    },
}

/// Writes the bookmarks file off the event loop, in order. Each save is
/// answered with `Saved` or `SaveFailed`.
pub struct Saver {
    jobs: Option<Sender<SaveJob>>,
    /// The saver's work until it is handed on to start after the frame.
    waiting: Option<(Receiver<SaveJob>, Sender<Incoming>)>,
    /// What failed and nobody heard, once the saver's thread ends.
    done: Option<Receiver<Vec<String>>>,
}

impl Saver {
    /// The saver; saves asked for before [`Saver::begin`] wait for it.
    pub fn new(send: Sender<Incoming>) -> Saver {
        let (jobs, receive) = channel::<SaveJob>();
        Saver {
            jobs: Some(jobs),
            waiting: Some((receive, send)),
            done: None,
        }
    }

    /// A frame is drawn: the saver's thread starts with the others after
    /// it (nothing to save before the first frame).
    pub fn begin(&mut self, after_frame: &mut AfterFrame) {
        if let Some((receive, send)) = self.waiting.take() {
            let (finished, done) = channel();
            after_frame.push(move || {
                let _ = finished.send(save_all(&receive, &send));
            });
            self.done = Some(done);
        }
    }

    pub fn set_store(&self, store: Store) {
        if let Some(jobs) = &self.jobs {
            let _ = jobs.send(SaveJob::Store(store));
        }
    }

    pub fn save(&self, identity: DocIdentity, changes: Changes) {
        if let Some(jobs) = &self.jobs {
            let _ = jobs.send(SaveJob::Save { identity, changes });
        }
    }

    /// Wait for every save asked for; what failed, to tell the user. A
    /// saver never begun (no frame was drawn) saves here instead.
    pub fn finish(&mut self) -> Vec<String> {
        self.jobs = None;
        if let Some((receive, send)) = self.waiting.take() {
            return save_all(&receive, &send);
        }
        self.done
            .take()
            .and_then(|done| done.recv().ok())
            .unwrap_or_default()
    }
}

/// The saver thread: save each job; the failures nobody heard about
/// (the loop may be gone) are returned at the end. Saves asked for while
/// one was written are taken together, one per document: each save reads,
/// merges and writes the whole file, a second for a 100 MB one, so quitting
/// after a few bookmarks waits for one write, not one per bookmark.
pub(super) fn save_all(jobs: &Receiver<SaveJob>, send: &Sender<Incoming>) -> Vec<String> {
    let mut store = None;
    let mut unheard = Vec::new();
    while let Ok(first) = jobs.recv() {
        let mut batch: Vec<(DocIdentity, Changes)> = Vec::new();
        for job in std::iter::once(first).chain(jobs.try_iter()) {
            match job {
                SaveJob::Store(opened) => store = Some(opened),
                SaveJob::Save { identity, changes } => {
                    match batch.iter_mut().find(|(held, _)| *held == identity) {
                        Some((_, held)) => held.absorb(changes),
                        None => batch.push((identity, changes)),
                    }
                }
            }
        }
        let Some(store) = &store else { continue };
        for (identity, changes) in batch {
            let event = match store.save(&identity, &changes) {
                Ok(()) => Event::Saved,
                Err(err) => {
                    let message = err.to_string();
                    unheard.push(message.clone());
                    Event::SaveFailed { message, changes }
                }
            };
            if matches!(event, Event::Saved) {
                unheard.clear();
            }
            let _ = send.send(Incoming::App(event));
        }
    }
    unheard
}
