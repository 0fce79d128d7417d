//! Work the shell runs off the event loop, each on a thread of its own,
//! answering with actions. Only the newest request of each kind matters.

use crate::app::Action;
use crate::search::Search;
use std::cell::Cell;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

/// Counts search matches on a thread of its own. Only the newest request
/// matters: one that arrives while a count runs replaces any waiting one, and
/// results of older searches are dropped by the app (by generation).
pub struct Counter {
    requests: Sender<(u64, Search, Arc<String>)>,
    results: Receiver<Action>,
    pending: Cell<usize>,
}

impl Counter {
    pub fn start() -> Counter {
        let (requests, jobs) = channel::<(u64, Search, Arc<String>)>();
        let (done, results) = channel();
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
            pending: Cell::new(0),
        }
    }

    pub fn count(&self, generation: u64, search: Search, text: Arc<String>) {
        if self.requests.send((generation, search, text)).is_ok() {
            self.pending.set(self.pending.get() + 1);
        }
    }

    pub fn busy(&self) -> bool {
        self.pending.get() > 0
    }

    pub fn result(&self) -> Option<Action> {
        let action = self.results.try_recv().ok()?;
        self.pending.set(self.pending.get().saturating_sub(1));
        Some(action)
    }
}

/// Looks for a search in a file on disk while the file loads. A newer
/// request cancels the scan of an older one between chunks.
pub struct Finder {
    requests: Sender<FindJob>,
    results: Receiver<(u64, Option<u64>)>,
    newest: Arc<AtomicU64>,
    pending: Cell<usize>,
}

struct FindJob {
    generation: u64,
    path: PathBuf,
    regex: regex::bytes::Regex,
    from: u64,
}

impl Finder {
    pub fn start() -> Finder {
        let (requests, jobs) = channel::<FindJob>();
        let (done, results) = channel();
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
                if done.send((job.generation, found)).is_err() {
                    break;
                }
            }
        });
        Finder {
            requests,
            results,
            newest,
            pending: Cell::new(0),
        }
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
        if self.requests.send(job).is_ok() {
            self.pending.set(self.pending.get() + 1);
        }
    }

    pub fn busy(&self) -> bool {
        self.pending.get() > 0
    }

    /// A finished scan: the search's generation and the file offset found.
    pub fn result(&self) -> Option<(u64, Option<u64>)> {
        let result = self.results.try_recv().ok()?;
        self.pending.set(self.pending.get().saturating_sub(1));
        Some(result)
    }
}
