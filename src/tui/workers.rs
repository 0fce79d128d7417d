//! Work the shell runs off the event loop, each on a thread of its own, all
//! answering on the loop's one channel: the terminal reader, the clock, the
//! searcher, the finder (a search in a file on disk) and the saver.

use super::Incoming;
use crate::app::{Clock, Event};
use crate::search::Search;
use crate::store::file::Store;
use crate::store::{Changes, DocIdentity};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

/// How often the clock ticks (bookmark times, autosave).
const TICK: Duration = Duration::from_secs(1);

/// Read terminal events and pass them on (a thread's whole work). A read
/// error (a hung-up terminal) ends the loop with that error instead of
/// spinning.
pub fn read_terminal(send: &Sender<Incoming>) {
    loop {
        let incoming = match ratatui::crossterm::event::read() {
            Ok(event) => Incoming::Terminal(event),
            Err(err) => Incoming::Gone(err),
        };
        let stop = matches!(incoming, Incoming::Gone(_));
        if send.send(incoming).is_err() || stop {
            break;
        }
    }
}

/// The clock, now.
pub fn clock() -> Clock {
    Clock {
        now: crate::store::now(),
        instance: std::process::id(),
    }
}

/// Send the time every [`TICK`] until the loop is gone (a thread's whole
/// work), and look each
/// time whether the terminal hung up: the terminal reader cannot tell
/// (crossterm reads an ended terminal again and again, at full speed), and
/// a hang-up does not always bring SIGHUP (under sudo or strace, say).
pub fn tick(send: &Sender<Incoming>) {
    loop {
        std::thread::sleep(TICK);
        let message = if terminal_hung_up() {
            Incoming::Gone(std::io::Error::other("it hung up"))
        } else {
            Incoming::App(Event::Tick(clock()))
        };
        let gone = matches!(message, Incoming::Gone(_));
        if send.send(message).is_err() || gone {
            break;
        }
    }
}

/// Whether the terminal on standard output (always one in the reader) hung
/// up: polled for nothing, a terminal whose other end closed answers
/// `POLLHUP`, and no input is taken from it.
fn terminal_hung_up() -> bool {
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsFd;
        hung_up(std::io::stdout().as_fd())
    }
    #[cfg(not(target_os = "linux"))]
    {
        false
    }
}

#[cfg(target_os = "linux")]
fn hung_up(terminal: std::os::fd::BorrowedFd) -> bool {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    let mut polled = [PollFd::from_borrowed_fd(terminal, PollFlags::empty())];
    let now = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    poll(&mut polled, Some(&now)).is_ok() && polled[0].revents().contains(PollFlags::HUP)
}

/// Lower the calling thread's priority, for work behind the screen (the
/// whole of a large file, the documents after the first, a file read
/// again): on two cores, such a thread and the threads it starts (which
/// inherit its priority) would otherwise take turns with the thread that
/// draws a keystroke's frame. On Linux a thread has a nice value of its
/// own; elsewhere this does nothing.
pub fn lower_priority() {
    #[cfg(target_os = "linux")]
    {
        const BACKGROUND_NICE: i32 = 10;
        let thread = rustix::thread::gettid();
        let _ = rustix::process::setpriority_process(Some(thread), BACKGROUND_NICE);
    }
}

/// Threads that wait for a frame to be on screen before they start: on
/// two cores, a thread started before the first frame (a large file's
/// loader, the grammars) takes a core from drawing it.
#[derive(Default)]
pub struct AfterFrame {
    /// Started as soon as the frame is written (the terminal reader, so a
    /// key is read at once).
    at_once: Vec<Box<dyn FnOnce() + Send>>,
    /// Started a moment later ([`TERMINAL_FIRST`]).
    later: Vec<Box<dyn FnOnce() + Send>>,
}

/// How long the threads wait once the frame is written: the terminal
/// needs a processor to show it, and half a dozen threads starting at once
/// took them both. In tmux on two cores the first screen showed 0.5 to 2
/// ms later (medians of 18 to 24 launches, interleaved); the loader's
/// work alone made no difference.
const TERMINAL_FIRST: Duration = Duration::from_millis(10);

impl AfterFrame {
    pub fn push(&mut self, work: impl FnOnce() + Send + 'static) {
        self.later.push(Box::new(work));
    }

    /// `work` starts as soon as the frame is written.
    pub fn push_at_once(&mut self, work: impl FnOnce() + Send + 'static) {
        self.at_once.push(Box::new(work));
    }

    /// A frame is written: start the threads for it, most once the
    /// terminal has had a moment to show it.
    pub fn start(&mut self) {
        for work in self.at_once.drain(..) {
            std::thread::spawn(work);
        }
        if self.later.is_empty() {
            return;
        }
        let works = std::mem::take(&mut self.later);
        std::thread::spawn(move || {
            std::thread::sleep(TERMINAL_FIRST);
            for work in works {
                std::thread::spawn(work);
            }
        });
    }
}

/// Searches the document off the event loop: the first match (when asked)
/// then every match. Only the newest search matters: older requests
/// waiting are skipped, one running stops at its next match, and the app
/// drops answers to older searches (by generation).
pub struct Searcher {
    requests: Sender<SearchJob>,
    newest: Arc<AtomicU64>,
}

struct SearchJob {
    generation: u64,
    search: Search,
    text: Arc<String>,
    first_from: Option<(usize, bool)>,
}

impl Searcher {
    /// The searcher; its thread starts with the others after the frame
    /// (searches asked for before wait in its channel).
    pub fn start(send: Sender<Incoming>, after_frame: &mut AfterFrame) -> Searcher {
        let (requests, jobs) = channel::<SearchJob>();
        let newest = Arc::new(AtomicU64::new(0));
        let current = Arc::clone(&newest);
        after_frame.push(move || {
            while let Ok(mut job) = jobs.recv() {
                while let Ok(newer) = jobs.try_recv() {
                    job = newer;
                }
                let keep_going = || current.load(Ordering::Relaxed) == job.generation;
                if search(&job, &keep_going, &send).is_err() {
                    break;
                }
            }
        });
        Searcher { requests, newest }
    }

    /// Stop the search running unless it is search `generation`.
    pub fn keep_only(&self, generation: Option<u64>) {
        let newest = self.newest.load(Ordering::Relaxed);
        if generation != Some(newest) {
            // No search has this number: whatever runs stops.
            self.newest.store(u64::MAX, Ordering::Relaxed);
        }
    }

    pub fn search(
        &self,
        generation: u64,
        search: Search,
        text: Arc<String>,
        first_from: Option<(usize, bool)>,
    ) {
        self.newest.store(generation, Ordering::Relaxed);
        let _ = self.requests.send(SearchJob {
            generation,
            search,
            text,
            first_from,
        });
    }
}

/// Run one search job, answering while it is still the newest; `Err` when
/// the loop is gone.
fn search(
    job: &SearchJob,
    keep_going: &dyn Fn() -> bool,
    send: &Sender<Incoming>,
) -> Result<(), ()> {
    let answer = |event| send.send(Incoming::App(event)).map_err(|_| ());
    if let Some((from, wrap)) = job.first_from {
        let found = job
            .search
            .next_from_while(&job.text, from, wrap, keep_going)
            .map(|(m, _)| m);
        if !keep_going() {
            return Ok(());
        }
        answer(Event::FirstMatch {
            generation: job.generation,
            found,
        })?;
    }
    let matches = crate::app::bounded_matches_while(&job.search, &job.text, keep_going);
    if !keep_going() {
        return Ok(());
    }
    answer(Event::MatchesCounted {
        generation: job.generation,
        matches,
    })
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
    /// The finder; its thread starts with the others after the frame.
    pub fn start(send: Sender<Incoming>, after_frame: &mut AfterFrame) -> Finder {
        let (requests, jobs) = channel::<FindJob>();
        let newest = Arc::new(AtomicU64::new(0));
        let wanted = Arc::clone(&newest);
        after_frame.push(move || {
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
fn save_all(jobs: &Receiver<SaveJob>, send: &Sender<Incoming>) -> Vec<String> {
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

#[cfg(test)]
mod tests;
