//! Work the shell runs off the event loop, each on a thread of its own, all
//! answering on the loop's one channel: the terminal reader, the clock, the
//! match counter, the finder (a search in a file on disk) and the saver.

use super::Incoming;
use crate::app::{Clock, Event};
use crate::search::Search;
use crate::store::file::Store;
use crate::store::{Changes, DocIdentity};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread::JoinHandle;
use std::time::Duration;

/// How often the clock ticks (bookmark times, autosave).
const TICK: Duration = Duration::from_secs(1);

/// Read terminal events and pass them on. A read error (a hung-up
/// terminal) asks the loop to stop instead of spinning.
pub fn read_terminal(send: Sender<Incoming>) {
    std::thread::spawn(move || {
        loop {
            let incoming = match ratatui::crossterm::event::read() {
                Ok(event) => Incoming::Terminal(event),
                Err(_) => Incoming::Stop,
            };
            let stop = matches!(incoming, Incoming::Stop);
            if send.send(incoming).is_err() || stop {
                break;
            }
        }
    });
}

/// The clock, now.
pub fn clock() -> Clock {
    Clock {
        now: crate::store::now(),
        instance: std::process::id(),
    }
}

/// Send the time every [`TICK`] until the loop is gone.
pub fn tick(send: Sender<Incoming>) {
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(TICK);
            if send.send(Incoming::App(Event::Tick(clock()))).is_err() {
                break;
            }
        }
    });
}

/// Counts search matches. Only the newest request matters: older ones
/// waiting are skipped, and the app drops results of older searches (by
/// generation).
pub struct Counter {
    requests: Sender<(u64, Search, Arc<String>)>,
}

impl Counter {
    pub fn start(send: Sender<Incoming>) -> Counter {
        let (requests, jobs) = channel::<(u64, Search, Arc<String>)>();
        std::thread::spawn(move || {
            while let Ok(mut job) = jobs.recv() {
                while let Ok(newer) = jobs.try_recv() {
                    job = newer;
                }
                let (generation, search, text) = job;
                let matches = crate::app::bounded_matches(&search, &text);
                let counted = Event::MatchesCounted {
                    generation,
                    matches,
                };
                if send.send(Incoming::App(counted)).is_err() {
                    break;
                }
            }
        });
        Counter { requests }
    }

    pub fn count(&self, generation: u64, search: Search, text: Arc<String>) {
        let _ = self.requests.send((generation, search, text));
    }
}

/// Looks for a search in a file on disk while the file loads. A newer
/// request cancels the scan of an older one between chunks.
pub struct Finder {
    requests: Sender<FindJob>,
    newest: Arc<AtomicU64>,
}

struct FindJob {
    generation: u64,
    path: PathBuf,
    regex: regex::bytes::Regex,
    from: u64,
}

impl Finder {
    pub fn start(send: Sender<Incoming>) -> Finder {
        let (requests, jobs) = channel::<FindJob>();
        let newest = Arc::new(AtomicU64::new(0));
        let wanted = Arc::clone(&newest);
        std::thread::spawn(move || {
            while let Ok(job) = jobs.recv() {
                let cancelled = || wanted.load(Ordering::Relaxed) != job.generation;
                let found =
                    crate::source::find_in_file(&job.path, &job.regex, job.from, &cancelled)
                        .ok()
                        .flatten()
                        .filter(|_| !cancelled());
                let Some(offset) = found else { continue };
                let message = Incoming::Found {
                    generation: job.generation,
                    offset,
                };
                if send.send(message).is_err() {
                    break;
                }
            }
        });
        Finder { requests, newest }
    }

    /// Look for `search` in the file at `path` from byte `from`.
    pub fn find(&self, generation: u64, search: &Search, path: PathBuf, from: u64) {
        let Some(regex) = search.bytes_regex() else {
            return;
        };
        self.newest.store(generation, Ordering::Relaxed);
        let job = FindJob {
            generation,
            path,
            regex,
            from,
        };
        let _ = self.requests.send(job);
    }
}

/// What the saver is asked to do.
enum SaveJob {
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
    thread: Option<JoinHandle<Vec<String>>>,
}

impl Saver {
    pub fn start(send: Sender<Incoming>) -> Saver {
        let (jobs, receive) = channel::<SaveJob>();
        let thread = std::thread::spawn(move || save_all(&receive, &send));
        Saver {
            jobs: Some(jobs),
            thread: Some(thread),
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

    /// Wait for every save asked for; what failed, to tell the user.
    pub fn finish(&mut self) -> Vec<String> {
        self.jobs = None;
        self.thread
            .take()
            .and_then(|t| t.join().ok())
            .unwrap_or_default()
    }
}

/// The saver thread: save each job; the failures nobody heard about
/// (the loop may be gone) are returned at the end.
fn save_all(jobs: &Receiver<SaveJob>, send: &Sender<Incoming>) -> Vec<String> {
    let mut store = None;
    let mut unheard = Vec::new();
    while let Ok(job) = jobs.recv() {
        match job {
            SaveJob::Store(opened) => store = Some(opened),
            SaveJob::Save { identity, changes } => {
                let Some(store) = &store else { continue };
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
    }
    unheard
}
