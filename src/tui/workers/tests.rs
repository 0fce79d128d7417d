use super::*;
use crate::store::file::Store;
use crate::store::{Changes, DocIdentity};
use std::sync::mpsc::Receiver;

/// The next answer of the app's kind from a worker, within `seconds`.
fn answer(incoming: &Receiver<Incoming>, seconds: u64) -> Event {
    match incoming.recv_timeout(Duration::from_secs(seconds)) {
        Ok(Incoming::App(event)) => event,
        Ok(_) => panic!("not an app event"),
        Err(e) => panic!("no answer: {e}"),
    }
}

#[test]
fn threads_wait_for_the_frame_then_all_start() {
    let (send, done) = channel();
    let mut after_frame = AfterFrame::default();
    for n in 0..3 {
        let send = send.clone();
        after_frame.push(move || send.send(n).unwrap());
    }
    let at_once = send.clone();
    after_frame.push_at_once(move || at_once.send(3).unwrap());
    std::thread::sleep(Duration::from_millis(50));
    assert!(done.try_recv().is_err(), "nothing started before the frame");
    after_frame.start();
    let mut started: Vec<i32> = (0..4)
        .map(|_| done.recv_timeout(Duration::from_secs(5)).unwrap())
        .collect();
    started.sort_unstable();
    assert_eq!(started, [0, 1, 2, 3]);
    after_frame.start();
    assert!(
        done.recv_timeout(Duration::from_millis(50)).is_err(),
        "each once"
    );
}

#[test]
fn saves_asked_for_meanwhile_are_written_together() {
    use crate::document::{Document, Format};
    use crate::store::paths::Paths;
    use crate::store::{Bookmark, new_id, place_at};
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = Store::open(Some(Paths::in_dir(dir.path())));
    let doc = Document::from_text("seed.txt", crate::source::SEED_TEXT, Format::Plain);
    let (jobs, queue) = channel();
    jobs.send(SaveJob::Store(store)).unwrap();
    for at in [100, 200, 300] {
        let mut changes = Changes::default();
        changes.upsert(Bookmark {
            id: new_id(),
            label: format!("at {at}"),
            place: place_at(&doc, at),
            created: 0,
            not_found: false,
            extra: Default::default(),
        });
        let identity = DocIdentity::of(&doc, None);
        jobs.send(SaveJob::Save { identity, changes }).unwrap();
    }
    drop(jobs);
    let (send, answers) = channel();
    assert!(save_all(&queue, &send).is_empty());
    let saved: Vec<Incoming> = answers.try_iter().collect();
    assert_eq!(saved.len(), 1, "one write for the three");
    let (_, opened) = Store::open(Some(Paths::in_dir(dir.path())));
    assert_eq!(opened.file.documents[0].bookmarks.len(), 3);
}

#[test]
fn a_newer_search_stops_one_still_running() {
    // Two megabytes of `a` on one line: `a*b|a` matches each `a` only
    // after scanning to the line's end, a quadratic count (hours).
    let text = Arc::new("a".repeat(2 << 20));
    let (send, incoming) = channel();
    let mut after_frame = AfterFrame::default();
    let searcher = Searcher::start(send, &mut after_frame);
    after_frame.start();
    let slow = Search::new("a*b|a", true).unwrap().unwrap();
    searcher.search(1, slow, Arc::clone(&text), Some((0, true)));
    // The first match comes at once; counting them all would not end.
    assert!(matches!(
        answer(&incoming, 30),
        Event::FirstMatch { generation: 1, found: Some(m) } if m == (0..1)
    ));
    let quick = Search::new("zzz", false).unwrap().unwrap();
    searcher.search(2, quick, text, Some((0, true)));
    assert!(
        matches!(
            answer(&incoming, 30),
            Event::FirstMatch {
                generation: 2,
                found: None
            }
        ),
        "the slow count was dropped, not finished"
    );
    assert!(matches!(
        answer(&incoming, 30),
        Event::MatchesCounted { generation: 2, matches: Some(m) } if m.is_empty()
    ));
}

#[cfg(target_os = "linux")]
#[test]
fn a_terminal_whose_other_end_closed_has_hung_up() {
    use rustix::fs::{Mode, OFlags, open};
    use rustix::pty::{OpenptFlags, grantpt, openpt, ptsname, unlockpt};
    use std::os::fd::AsFd;
    let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY).unwrap();
    grantpt(&master).unwrap();
    unlockpt(&master).unwrap();
    let name = ptsname(&master, Vec::new()).unwrap();
    let flags = OFlags::RDWR | OFlags::NOCTTY;
    let terminal = open(name.as_c_str(), flags, Mode::empty()).unwrap();
    assert!(!super::hung_up(terminal.as_fd()), "open at both ends");
    drop(master);
    assert!(super::hung_up(terminal.as_fd()), "its other end closed");
}
