//! The real event loop, headless: scripted terminal events and worker
//! results through the one channel, drawn into ratatui's `TestBackend`.

use super::*;
use crate::document::Format;
use crate::store::DocIdentity;
use crate::store::file::Store;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

fn key(c: char) -> Incoming {
    Incoming::Terminal(term::Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::NONE,
    )))
}

fn screen(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_loop_runs_headless_through_a_load_finishing_mid_scroll_and_a_resize() {
    let mut text = String::from("Big Title\n\n");
    for chapter in 1..=40 {
        text.push_str(&format!("CHAPTER {chapter}\n\n"));
        for p in 0..15 {
            text.push_str(&format!(
                "Paragraph {p} of chapter {chapter} reads on and on.\n\n"
            ));
        }
    }
    let cut = text[..text.len() / 8].rfind("\n\n").unwrap() + 2;
    let preview = Document::from_text("big.txt", &text[..cut], Format::Plain);
    let whole = Document::from_text("big.txt", &text, Format::Plain);
    let (send, incoming) = channel();
    let origin = Origin {
        sources: vec![crate::source::Source::Seed],
        read_as: Default::default(),
        headings: Default::default(),
        paths: None,
    };
    let mut shell = Shell::start(send.clone(), origin);
    let mut app = App::new_loading(preview, Settings::default(), text.len() as u64);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    app.update(Event::Resized {
        width: 80,
        height: 24,
    });
    // Scroll, let the whole file arrive mid-scroll, scroll on, resize, quit.
    for c in "jjjjj".chars() {
        send.send(key(c)).unwrap();
    }
    let session = Session {
        store: Store::in_memory(),
        identity: DocIdentity::of(&whole, None),
        saved: Default::default(),
        warnings: Vec::new(),
    };
    send.send(Incoming::Arrived(Ok(Box::new((whole, session)))))
        .unwrap();
    send.send(key('j')).unwrap();
    send.send(Incoming::Terminal(term::Event::Resize(60, 20)))
        .unwrap();
    send.send(key('q')).unwrap();
    let theme = Theme::mono();
    event_loop(&mut terminal, &mut app, &mut shell, &incoming, &theme, true).unwrap();

    assert!(!app.is_loading(), "the whole document arrived");
    assert_eq!(app.doc().text(), text);
    assert!(app.doc().sections.len() > 20, "the whole outline");
    assert_eq!(app.panes().status.width, 60, "the resize went through");
    // The same keys on the whole document from the start: the same passage.
    let mut reference = App::new(
        Document::from_text("big.txt", &text, Format::Plain),
        Settings::default(),
    );
    reference.update(Event::Resized {
        width: 80,
        height: 24,
    });
    for _ in 0..6 {
        reference.press("j");
    }
    reference.update(Event::Resized {
        width: 60,
        height: 20,
    });
    assert_eq!(app.source_position(), reference.source_position());
    assert_eq!(app.top(), reference.top());
    let top = app.source_position();
    let first_words: String = text[top..].chars().take(20).collect();
    let shown = screen(&terminal);
    assert!(
        shown.lines().next().unwrap().contains(&first_words),
        "{first_words:?} on top: {shown}"
    );
    assert!(shown.contains("CHAPTER 2"), "the outline is drawn: {shown}");
    let last = app.doc().sections.last().map(|s| s.title.as_str());
    assert_eq!(last, Some("CHAPTER 40"), "the outline reaches the end");
    assert_eq!(shell.finish(), Vec::<String>::new());
}

/// `r` reads the file on a worker: keys pressed meanwhile are handled, and
/// the new text arrives through the loop. A file that became a FIFO (whose
/// read never ends) keeps no key waiting.
#[test]
fn reload_reads_on_a_worker_and_a_fifo_freezes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.txt");
    std::fs::write(&path, "Title Here\n\nFirst version.\n").unwrap();
    let source = crate::source::Source::File(path.clone());
    let doc = source.load(None, &[]).unwrap();
    let (send, incoming) = channel();
    let origin = Origin {
        sources: vec![source],
        read_as: Default::default(),
        headings: Default::default(),
        paths: None,
    };
    let mut shell = Shell::start(send.clone(), origin);
    let mut app = App::new(doc, Settings::default());
    let mut terminal = Terminal::new(TestBackend::new(60, 10)).unwrap();
    std::fs::write(&path, "Title Here\n\nSecond version.\n").unwrap();
    send.send(key('r')).unwrap();
    // The loop ends on the reloaded text's arrival: quit after it.
    let quit_after = send.clone();
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(500));
        let _ = quit_after.send(key('q'));
    });
    run(&mut terminal, &mut app, &mut shell, &incoming);
    assert!(app.doc().text().contains("Second version."));

    // Now a FIFO: `r` starts a read that never ends; `j` and `q` still act.
    std::fs::remove_file(&path).unwrap();
    let made = std::process::Command::new("mkfifo").arg(&path).status();
    assert!(
        made.is_ok_and(|s| s.success()),
        "mkfifo (coreutils) makes the FIFO"
    );
    send.send(key('r')).unwrap();
    send.send(key('j')).unwrap();
    send.send(key('q')).unwrap();
    run(&mut terminal, &mut app, &mut shell, &incoming);
    assert!(
        app.doc().text().contains("Second version."),
        "the version loaded stays"
    );
}

/// The loop over what was sent, until `q`.
fn run(
    terminal: &mut Terminal<TestBackend>,
    app: &mut App,
    shell: &mut Shell,
    incoming: &std::sync::mpsc::Receiver<Incoming>,
) {
    event_loop(terminal, app, shell, incoming, &Theme::mono(), false).unwrap();
}

/// A bookmarks file too large to read before the first screen: the
/// document is shown and used at once, and a bookmark made and quit
/// before the file has been read are saved once it has, not lost.
#[test]
fn saves_made_before_the_bookmarks_file_is_read_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.txt");
    std::fs::write(&path, "Title Here\n\nSome text to keep a bookmark in.\n").unwrap();
    let source = crate::source::Source::File(path.clone());
    let doc = source.load(None, &[]).unwrap();
    let paths = crate::store::paths::Paths::in_dir(&dir.path().join("config"));
    let (send, incoming) = channel();
    let origin = Origin {
        sources: vec![source.clone()],
        read_as: Default::default(),
        headings: Default::default(),
        paths: Some(paths.clone()),
    };
    let mut shell = Shell::start(send.clone(), origin);
    let (session_send, session) = channel();
    let opening = Opening::Waiting {
        doc: doc.clone(),
        session,
    };
    let (mut app, _) = open(opening, Settings::default(), &mut shell, &send);
    let mut terminal = Terminal::new(TestBackend::new(60, 10)).unwrap();
    send.send(key('m')).unwrap();
    send.send(Incoming::Terminal(term::Event::Key(KeyEvent::new(
        KeyCode::Enter,
        KeyModifiers::NONE,
    ))))
    .unwrap();
    send.send(key('q')).unwrap();
    run(&mut terminal, &mut app, &mut shell, &incoming);
    assert_eq!(app.bookmarks.list.len(), 1, "made while the file was read");
    let late = paths.clone();
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(200));
        let _ = session_send.send(crate::session::open(Some(late), &doc, &source));
    });
    shell.await_session(&incoming);
    assert!(shell.finish().is_empty(), "saved without a failure");
    let (_, stored) = Store::open(Some(paths));
    assert_eq!(stored.file.documents.len(), 1);
    assert_eq!(stored.file.documents[0].bookmarks.len(), 1);
}
