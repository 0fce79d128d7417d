//! Links in the real binary: followed within the document and back, to
//! another file, and to the web — the exact OSC 8 and OSC 52 bytes a
//! terminal receives, and none for a hostile address.

mod pty;

use base64::Engine;
use pty::{Session, status_line};

fn guide(dir: &std::path::Path) -> std::path::PathBuf {
    let mut text = String::from(
        "# Guide\n\nRead [the other file](other.md#second-part), [the site](https://example.com/x), \
         [Setup](#setup), [bad](javascript:alert(1)) and [evil](<https://e.example/\u{7}\u{1b}]0;owned>).\n\n",
    );
    text.push_str(&"A filler paragraph of words.\n\n".repeat(30));
    text.push_str("## Setup\n\nInstall it.\n");
    let path = dir.join("guide.md");
    std::fs::write(&path, text).unwrap();
    std::fs::write(
        dir.join("other.md"),
        format!(
            "# Other\n\n{}## Second Part\n\nHere it is.\n",
            "Words.\n\n".repeat(30)
        ),
    )
    .unwrap();
    path
}

fn top_line(screen: &str) -> String {
    screen.lines().next().unwrap_or("").to_owned()
}

fn sent(s: &Session) -> String {
    String::from_utf8_lossy(&s.raw.lock().unwrap()).into_owned()
}

#[test]
fn an_anchor_is_followed_and_ctrl_o_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let file = guide(dir.path());
    let mut s = Session::start(&[file.to_str().unwrap(), "--no-resume"], 90, 20);
    s.wait_for("the guide", |sc| sc.contains("the other file"));
    s.keys("Lsetup\r");
    s.wait_for("the Setup section on top", |sc| {
        top_line(sc).contains("Setup")
    });
    s.keys("\x0f");
    s.wait_for("the start again", |sc| top_line(sc).contains("Guide"));
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
}

#[test]
fn a_relative_link_opens_the_other_file_at_its_fragment() {
    let dir = tempfile::tempdir().unwrap();
    let file = guide(dir.path());
    let mut s = Session::start(&[file.to_str().unwrap(), "--no-resume"], 90, 20);
    s.wait_for("the guide", |sc| sc.contains("the other file"));
    s.keys("Lother\r");
    let other = s.wait_for("the other file's section", |sc| {
        top_line(sc).contains("Second Part")
    });
    assert!(status_line(&other).contains("other.md"), "{other}");
    s.keys("\x0f");
    let back = s.wait_for("the guide again", |sc| sc.contains("the other file"));
    assert!(status_line(&back).contains("guide.md"), "{back}");
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
}

#[test]
fn a_web_link_is_a_hyperlink_and_copied_and_a_hostile_one_is_neither() {
    let dir = tempfile::tempdir().unwrap();
    let file = guide(dir.path());
    let mut s = Session::start(&[file.to_str().unwrap(), "--no-resume"], 90, 20);
    s.wait_for("the guide", |sc| sc.contains("the site"));
    // Each glyph of the link's text links on its own, under one id (its
    // block, 1, and where its text starts there, byte 44).
    let url = "https://example.com/x";
    let linked_t = format!("\x1b]8;id=1-44;{url}\x1b\\t\x1b]8;;\x1b\\");
    let raw = sent(&s);
    assert!(raw.contains(&linked_t), "the link's first glyph: {raw:?}");
    // Hostile addresses are never handed to the terminal.
    assert_eq!(
        raw.matches("\x1b]8;id=").count(),
        7,
        "only the site's 7 glyphs"
    );
    assert!(!raw.contains("\x1b]0;owned") && !raw.contains("javascript:alert(1)\x1b"));
    s.keys("Lbad\r");
    s.wait_for("the refusal", |sc| {
        status_line(sc).contains("does not follow")
    });
    s.keys("Levil\r");
    s.wait_for("the refusal", |sc| {
        status_line(sc).contains("does not follow")
    });
    assert!(!sent(&s).contains("\x1b]52"), "nothing copied");
    s.keys("Lsite\r");
    s.wait_for("the copy", |sc| status_line(sc).contains("copied"));
    let encoded = base64::engine::general_purpose::STANDARD.encode(url);
    let copy = format!("\x1b]52;c;{encoded}\x07");
    let raw = sent(&s);
    assert_eq!(raw.matches("\x1b]52").count(), 1, "one clipboard write");
    assert!(raw.contains(&copy), "{raw:?}");
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
}
