//! Searching in the real binary can never freeze it: a regular expression
//! whose matches take a scan of a megabyte line each (hours to count them
//! all) runs on a worker, and Esc, `q` and the keys still answer at once.

mod pty;

use pty::{Session, status_line};
use std::time::{Duration, Instant};

/// A one-line file of a megabyte of `a`.
fn long_line() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("line.txt");
    std::fs::write(&file, format!("{}\n", "a".repeat(1 << 20))).unwrap();
    let path = file.to_str().unwrap().to_owned();
    (dir, path)
}

#[test]
fn esc_and_q_answer_while_a_quadratic_regex_is_counted() {
    let (_dir, file) = long_line();
    let mut s = Session::start(&[&file, "--no-resume"], 80, 20);
    s.wait_for("the line", |sc| sc.contains("aaaa"));
    // Ctrl-r: a regular expression. `a*b|a` finds each `a` only after
    // looking to the end of the line for a `b`.
    s.keys("/\x12a*b|a");
    s.wait_for("the first match, still counting", |sc| {
        status_line(sc).contains("counting")
    });
    let asked = Instant::now();
    s.keys("\x1b");
    s.wait_for("the prompt closed", |sc| !status_line(sc).contains("a*b|a"));
    // A freeze would be hours; a frame is milliseconds. The bound only
    // keeps a loaded CI machine from failing the test.
    assert!(
        asked.elapsed() < Duration::from_secs(2),
        "{:?}",
        asked.elapsed()
    );
    // An empty-matching pattern is searched for what it matches that is
    // not empty, in one pass: no match here, and no hang.
    s.keys("/\x12(a*b)?\r");
    let said = s.wait_for("the answer", |sc| status_line(sc).contains("no match"));
    assert!(status_line(&said).contains("no match for"), "{said}");
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
    assert!(s.restored());
}
