//! Work the shell runs off the event loop, each on a thread of its own, all
//! answering on the loop's one channel: the terminal reader, the clock, the
//! searcher, the finder (a search in a file on disk) and the saver.

use super::Incoming;
use crate::app::{Clock, Event};
use crate::search::Search;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Sender, channel};
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

mod saver;

pub use saver::Saver;
#[cfg(test)]
use saver::{SaveJob, save_all};

#[cfg(test)]
mod tests;
