//! The real binary in a pseudo-terminal, its screen read by a vt100 parser:
//! what a person sees, and that the terminal is given back as it was.

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

struct Session {
    parser: Arc<Mutex<vt100::Parser>>,
    /// Every byte lectern wrote to the terminal.
    raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    /// The terminal's side of the pty; dropping it hangs the terminal up.
    master: Option<Box<dyn portable_pty::MasterPty + Send>>,
    _config: Option<tempfile::TempDir>,
}

impl Session {
    fn start(args: &[&str], cols: u16, rows: u16) -> Session {
        Session::launch(args, cols, rows, true)
    }

    /// Without a thread reading the screen, dropping the master really hangs
    /// the terminal up (the reader would hold a copy of it open).
    fn start_unwatched(args: &[&str], cols: u16, rows: u16) -> Session {
        Session::launch(args, cols, rows, false)
    }

    /// Like `start`, keeping lectern's files in `config` (shared between runs).
    fn start_in(config: &std::path::Path, args: &[&str], cols: u16, rows: u16) -> Session {
        Session::launch_in(Some(config), args, cols, rows, true, &[])
    }

    /// Like `start`, with environment variables set (`Some`) or removed.
    fn start_with_env(args: &[&str], env: &[(&str, Option<&str>)]) -> Session {
        Session::launch_in(None, args, 100, 30, true, env)
    }

    fn launch(args: &[&str], cols: u16, rows: u16, watch: bool) -> Session {
        Session::launch_in(None, args, cols, rows, watch, &[])
    }

    fn launch_in(
        shared: Option<&std::path::Path>,
        args: &[&str],
        cols: u16,
        rows: u16,
        watch: bool,
        env: &[(&str, Option<&str>)],
    ) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pty");
        let own = shared.is_none().then(|| tempfile::tempdir().unwrap());
        let config_path =
            shared.map_or_else(|| own.as_ref().unwrap().path().to_owned(), |p| p.to_owned());
        // `sh -c` runs a pipeline (`… | lectern`); anything else is lectern's arguments.
        let mut cmd = match args {
            ["sh", "-c", script] => {
                let mut cmd = CommandBuilder::new("sh");
                cmd.args(["-c", script]);
                cmd
            }
            _ => {
                let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_lectern"));
                cmd.args(args);
                cmd
            }
        };
        cmd.env("TERM", "xterm-256color");
        cmd.env("LECTERN_CONFIG_DIR", &config_path);
        for (name, value) in env {
            match value {
                Some(value) => cmd.env(name, value),
                None => cmd.env_remove(name),
            }
        }
        let child = pty.slave.spawn_command(cmd).expect("lectern starts");
        drop(pty.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let sink = Arc::clone(&parser);
        let raw = Arc::new(Mutex::new(Vec::new()));
        let raw_sink = Arc::clone(&raw);
        let mut reader = match watch {
            true => pty.master.try_clone_reader().unwrap(),
            false => Box::new(std::io::empty()),
        };
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
                raw_sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        let writer = pty.master.take_writer().unwrap();
        Session {
            parser,
            raw,
            writer,
            child,
            master: Some(pty.master),
            _config: own,
        }
    }

    fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    fn wait_for(&self, what: &str, predicate: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let screen = self.screen();
            if predicate(&screen) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn keys(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    fn hang_up(&mut self) {
        self.master = None;
        self.writer = Box::new(std::io::sink());
    }

    fn signal(&self, name: &str) {
        let pid = self.child.process_id().expect("a pid").to_string();
        let status = std::process::Command::new("kill")
            .args(["-s", name, &pid])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Wait until the screen has not changed for `quiet` (at most `limit`).
    fn settle_for(&self, quiet: Duration, limit: Duration) {
        let deadline = Instant::now() + limit;
        let mut last = self.screen();
        let mut since = Instant::now();
        while Instant::now() < deadline && since.elapsed() < quiet {
            std::thread::sleep(Duration::from_millis(5));
            let now = self.screen();
            if now != last {
                last = now;
                since = Instant::now();
            }
        }
    }

    fn exit_code(&mut self) -> u32 {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.exit_code();
            }
            assert!(Instant::now() < deadline, "lectern did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The last bytes may still be in flight after the exit: give them time.
    fn restored(&self) -> bool {
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            {
                let parser = self.parser.lock().unwrap();
                let screen = parser.screen();
                if !screen.alternate_screen()
                    && screen.mouse_protocol_mode() == vt100::MouseProtocolMode::None
                {
                    return true;
                }
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }
}

impl Drop for Session {
    /// A failed assertion must not leave lectern running.
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

fn status_line(screen: &str) -> String {
    screen.lines().last().unwrap_or("").to_owned()
}

#[test]
fn reading_the_seed_end_to_end() {
    let mut s = Session::start(&[], 100, 30);
    let first = s.wait_for("the first screen", |sc| {
        sc.contains("Jointly Build") && sc.contains("Top")
    });
    assert!(
        first.contains("the goal is to build"),
        "outline shows the paragraphs:\n{first}"
    );

    s.keys("G");
    let end = s.wait_for("the end", |sc| status_line(sc).trim_end().ends_with("End"));
    assert!(
        end.contains("peace, security, prosperity and progress for the world."),
        "{end}"
    );

    // Sections below the last page still come to the top.
    s.keys("]");
    s.wait_for("the platform paragraph on top", |sc| {
        sc.lines()
            .next()
            .is_some_and(|l| l.contains("the platform for"))
    });
    s.keys("]]");
    s.wait_for("the no-next message", |sc| sc.contains("no next section"));

    s.keys("g");
    s.wait_for("the top", |sc| status_line(sc).trim_end().ends_with("Top"));
    s.keys("\t");
    s.keys("jjj");
    s.keys("\r");
    // Three entries down from the title: the pathway paragraph.
    let jumped = s.wait_for("the jump", |sc| {
        sc.lines()
            .next()
            .is_some_and(|l| l.contains("In building a global community of shared future, the"))
    });
    assert!(
        jumped.lines().next().unwrap().contains("the pathway"),
        "{jumped}"
    );

    s.keys("q");
    assert_eq!(s.exit_code(), 0);
    assert!(
        s.restored(),
        "alternate screen and mouse reporting are switched off"
    );
}

#[test]
fn ctrl_c_quits_cleanly_from_help() {
    let mut s = Session::start(&[], 80, 24);
    s.wait_for("the first screen", |sc| sc.contains("Jointly"));
    s.keys("?");
    s.wait_for("help", |sc| sc.contains("one line down"));
    s.keys("\u{3}");
    assert_eq!(s.exit_code(), 0);
    assert!(s.restored());
}

#[test]
fn hostile_text_shows_placeholders_not_effects() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("evil.txt");
    std::fs::write(
        &file,
        "Evil Title Here\n\nclear \x1b[2J title \x1b]0;pwned\x07 clip \x1b]52;c;aGk=\x07 end\n",
    )
    .unwrap();
    let mut s = Session::start(&[file.to_str().unwrap()], 100, 20);
    let screen = s.wait_for("the document", |sc| sc.contains("Evil Title"));
    assert!(
        screen.contains("␛[2J") && screen.contains("␛]0;pwned␇"),
        "{screen}"
    );
    {
        let raw = s.raw.lock().unwrap();
        let sent = String::from_utf8_lossy(&raw);
        assert!(
            !sent.contains("\x1b]0;pwned") && !sent.contains("\x1b]52"),
            "no title or clipboard write"
        );
        assert!(!sent.contains("\x1b[2J clear") && !sent.contains('\x07'));
    }
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
}

#[test]
fn sigterm_restores_the_terminal_and_exits() {
    let mut s = Session::start(&[], 80, 24);
    s.wait_for("the first screen", |sc| sc.contains("Jointly"));
    s.signal("TERM");
    s.exit_code();
    assert!(
        s.restored(),
        "alternate screen and mouse reporting are switched off"
    );
}

#[test]
fn a_hung_up_terminal_ends_lectern_instead_of_spinning() {
    let mut s = Session::start_unwatched(&[], 80, 24);
    std::thread::sleep(Duration::from_millis(500));
    s.hang_up();
    // 129 (SIGHUP) when it was waiting for keys; 1 if the hang-up met it
    // while it was still writing its first screen. Either way it ends.
    let code = s.exit_code();
    assert!(code == 128 + 1 || code == 1, "exit code {code}");
}

#[test]
fn fuzzy_jump_to_the_platform_paragraph() {
    let mut s = Session::start(&[], 100, 30);
    s.wait_for("the first screen", |sc| sc.contains("Jointly"));
    s.keys("f");
    s.wait_for("the palette", |sc| sc.contains("9/9"));
    s.keys("platform");
    s.wait_for("one match", |sc| sc.contains("1/9"));
    s.keys("\r");
    let screen = s.wait_for("the jump", |sc| !sc.contains("1/9"));
    let top = screen.lines().next().unwrap();
    assert!(
        top.contains("In building a global community of shared future, the platform for"),
        "{screen}"
    );
    assert!(
        screen.lines().nth(1).unwrap().contains("Belt and Road"),
        "{screen}"
    );
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
}

#[test]
fn bookmark_quit_reopen_resumes_and_lists_it() {
    let config = tempfile::tempdir().unwrap();
    let mut s = Session::start_in(config.path(), &[], 100, 30);
    s.wait_for("the first screen", |sc| sc.contains("Jointly"));
    s.keys("]]]");
    let marked = s.wait_for("the pathway on top", |sc| {
        sc.lines()
            .next()
            .is_some_and(|l| l.contains("the pathway is"))
    });
    // The text on the top row, without the outline or the margin mark.
    let text_of = |line: &str| {
        line.split('│')
            .nth(1)
            .unwrap_or("")
            .trim_start_matches(['▍', ' '])
            .trim_end()
            .to_owned()
    };
    let top_line = text_of(marked.lines().next().unwrap());
    s.keys("m");
    s.wait_for("the label prompt", |sc| sc.contains("Bookmark label:"));
    s.keys("\r");
    s.wait_for("the confirmation", |sc| sc.contains("bookmarked"));
    s.keys("q");
    assert_eq!(s.exit_code(), 0);

    let mut again = Session::start_in(config.path(), &[], 100, 30);
    let resumed = again.wait_for("the resume message", |sc| sc.contains("Resumed at"));
    assert_eq!(
        text_of(resumed.lines().next().unwrap()),
        top_line,
        "the same passage on top"
    );
    assert!(resumed.contains("▍"), "the bookmark shows in the margin");
    again.keys("g");
    again.wait_for("the top", |sc| status_line(sc).trim_end().ends_with("Top"));
    again.keys("B");
    again.wait_for("the list", |sc| {
        sc.contains("Bookmarks, this document") && sc.contains("the pathway")
    });
    again.keys("\r");
    again.wait_for("the jump back", |sc| {
        sc.lines().next().is_some_and(|l| text_of(l) == top_line)
    });
    again.keys("q");
    assert_eq!(again.exit_code(), 0);
}

#[test]
fn search_belt_and_road_then_next() {
    let mut s = Session::start(&[], 100, 30);
    s.wait_for("the first screen", |sc| sc.contains("Jointly"));
    s.keys("/");
    s.wait_for("the prompt", |sc| status_line(sc).starts_with('/'));
    s.keys("Belt and Road");
    s.wait_for("the first match", |sc| {
        status_line(sc).contains("match 1/3")
    });
    s.keys("\r");
    s.keys("n");
    let screen = s.wait_for("the second match", |sc| {
        status_line(sc).contains("match 2/3")
    });
    assert!(screen.contains("Belt and Road"), "{screen}");
    // The current match is drawn in its own colours; another match is not
    // in the plain text colours either.
    let parser = s.parser.lock().unwrap();
    let grid = parser.screen();
    let mut backgrounds = Vec::new();
    for row in 0..29u16 {
        let line = grid.contents_between(row, 0, row, 100);
        let mut from = 0;
        while let Some(at) = line[from..].find("Belt") {
            let col = line[..from + at].chars().count() as u16;
            backgrounds.push(grid.cell(row, col).map(|c| c.bgcolor()));
            from += at + 4;
        }
    }
    drop(parser);
    assert!(backgrounds.len() >= 2, "{backgrounds:?}");
    assert!(
        backgrounds
            .iter()
            .all(|bg| *bg != Some(vt100::Color::Default)),
        "every match is highlighted: {backgrounds:?}"
    );
    assert!(
        backgrounds.windows(2).any(|w| w[0] != w[1]),
        "the current match differs: {backgrounds:?}"
    );
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
}

#[test]
fn a_large_file_shows_its_opening_at_once_and_the_rest_arrives() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.txt");
    let mut text = String::from("A Very Large File\n\n");
    let mut chapter = 0;
    while text.len() < 9 << 20 {
        chapter += 1;
        text.push_str(&format!("CHAPTER {chapter}\n\n"));
        for _ in 0..40 {
            text.push_str(
                "Some prose that fills the file, one paragraph after another, for a while.\n\n",
            );
        }
    }
    text.push_str("THE LAST LINE OF THE FILE\n");
    std::fs::write(&file, &text).unwrap();
    let mut s = Session::start(&[file.to_str().unwrap()], 100, 30);
    s.wait_for("the opening", |sc| sc.contains("A Very Large File"));
    // `G` shows the end of the file from disk at once, then the whole
    // document replaces it and the end stays on screen.
    s.keys("G");
    s.wait_for("the end", |sc| sc.contains("THE LAST LINE OF THE FILE"));
    let loaded = s.wait_for("the whole file", |sc| !status_line(sc).contains("loading"));
    assert!(loaded.contains("THE LAST LINE OF THE FILE"), "{loaded}");
    assert!(status_line(&loaded).contains("End"), "{loaded}");
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
}

#[test]
fn a_search_typed_while_a_large_file_loads_finds_a_match_near_its_end() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.md");
    let mut text = String::from("# A Very Large File\n\n");
    let mut chapter = 0;
    while text.len() < 9 << 20 {
        chapter += 1;
        text.push_str(&format!("## Chapter {chapter}\n\n"));
        for _ in 0..40 {
            text.push_str("Some *prose* that fills the file, one paragraph after another.\n\n");
        }
    }
    text.push_str("A unique ZQXNEEDLE sits near the end.\n\n## The last chapter\n\nBye.\n");
    std::fs::write(&file, &text).unwrap();
    let mut s = Session::start(&[file.to_str().unwrap()], 100, 30);
    s.wait_for("the opening", |sc| sc.contains("A Very Large File"));
    s.keys("/ZQXNEEDLE");
    s.wait_for("the match", |sc| sc.contains("A unique ZQXNEEDLE sits"));
    s.keys("\r");
    // Loaded and counted (the count runs in the background).
    let loaded = s.wait_for("the whole file", |sc| {
        !status_line(sc).contains("loading") && status_line(sc).contains("match 1/1")
    });
    assert!(loaded.contains("A unique ZQXNEEDLE sits"), "{loaded}");
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
}

/// A small deterministic generator for the monkey test (no extra crate).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

/// 20,000 random keys (10,000 a document) and 40 resizes, on the seed and on a Markdown
/// document: lectern never dies, and still quits cleanly afterwards.
#[test]
fn monkey_keys_and_resizes_never_crash() {
    let keys: &[&str] = &[
        "j", "k", " ", "b", "g", "G", "]", "[", "}", "{", "\t", "o", "?", "\x1b", "\r", "f", "/",
        "n", "N", "m", "B", "d", "u", "r", "a", "F", "\\", "h", "l", "x", "é", "紅", "\x7f",
        "\x17", "\x15", "\x12", "\x10", "\x0e", "\x04", "\x02", "\x06", "\x1b[A", "\x1b[B",
        "\x1b[C", "\x1b[D", "\x1b[5~", "\x1b[6~", "\x1b[H", "\x1b[F", "\x1b[Z",
    ];
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus/rust_book_ch04-01-what-is-ownership.md");
    for (seed, args) in [
        (1u64, vec![]),
        (2, vec![corpus.to_str().unwrap().to_owned()]),
    ] {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let mut s = Session::start(&args, 90, 28);
        s.wait_for("the first screen", |sc| !sc.trim().is_empty());
        let mut rng = Lcg(seed);
        // Keys go in batches, and lectern is given time to take each batch:
        // bytes piling up in the terminal's input would be read glued
        // together, and a lone Esc glued to what follows is not a key a
        // terminal would send. Esc comes only at the end of a batch.
        let plain: Vec<&str> = keys.iter().copied().filter(|k| *k != "\x1b").collect();
        for batch in 0..100 {
            let mut bytes = String::new();
            for _ in 0..100 {
                bytes.push_str(plain[(rng.next() % plain.len() as u64) as usize]);
            }
            if rng.next().is_multiple_of(2) {
                bytes.push('\x1b');
            }
            s.keys(&bytes);
            if batch % 5 == 4
                && let Some(master) = &s.master
            {
                let (cols, rows) = (1 + (rng.next() % 160) as u16, 1 + (rng.next() % 60) as u16);
                let _ = master.resize(PtySize {
                    rows,
                    cols,
                    pixel_width: 0,
                    pixel_height: 0,
                });
            }
            s.settle_for(Duration::from_millis(30), Duration::from_secs(5));
            assert!(
                s.child.try_wait().unwrap().is_none(),
                "lectern died after batch {batch}"
            );
        }
        // Back to a sane size; let lectern work through the keys (a debug
        // build draws every one), then close any overlay and quit.
        if let Some(master) = &s.master {
            master
                .resize(PtySize {
                    rows: 28,
                    cols: 90,
                    pixel_width: 0,
                    pixel_height: 0,
                })
                .unwrap();
        }
        s.settle_for(Duration::from_millis(300), Duration::from_secs(30));
        assert!(s.child.try_wait().unwrap().is_none(), "lectern died");
        for _ in 0..4 {
            s.keys("\x1b");
            std::thread::sleep(Duration::from_millis(50));
        }
        s.keys("q");
        std::thread::sleep(Duration::from_millis(100));
        s.keys("\x03");
        assert_eq!(s.exit_code(), 0);
    }
}

#[test]
fn term_dumb_gets_plain_text_instead_of_a_full_screen() {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_lectern"));
    cmd.env("TERM", "dumb");
    cmd.env("LECTERN_CONFIG_DIR", std::env::temp_dir());
    let mut child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let status = child.wait().unwrap();
    drop(pty.master);
    let mut out = Vec::new();
    let _ = reader.read_to_end(&mut out);
    let text = String::from_utf8_lossy(&out);
    assert!(status.success());
    assert!(text.contains("Jointly Build") && text.contains("Belt and Road"));
    assert!(
        !text.contains("\x1b[?1049h"),
        "no alternate screen on a dumb terminal"
    );
}

#[test]
fn hostile_corpus_files_page_through_without_leaking_sequences() {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    for name in [
        "ansi_terminal_recording_dmesg.txt",
        "big_list_of_naughty_strings.txt",
    ] {
        let path = corpus.join(name);
        let mut s = Session::start(&[path.to_str().unwrap()], 100, 30);
        s.wait_for("the first screen", |sc| !sc.trim().is_empty());
        for _ in 0..40 {
            s.keys(" ");
        }
        let screen = s.wait_for("the end", |sc| status_line(sc).trim_end().ends_with("End"));
        {
            let parser = s.parser.lock().unwrap();
            let grid = parser.screen();
            assert!(grid.alternate_screen(), "{name}: still lectern's screen");
        }
        {
            let raw = s.raw.lock().unwrap();
            let sent = String::from_utf8_lossy(&raw);
            // lectern itself never sends OSC (titles, clipboard, links),
            // nor clears the screen by escape: any would come from the file.
            assert!(
                !sent.contains("\x1b]"),
                "{name}: an OSC sequence reached the terminal"
            );
            assert!(!sent.contains('\x07'), "{name}: a BEL reached the terminal");
            assert!(
                !sent.contains('\u{9b}'),
                "{name}: a C1 CSI reached the terminal"
            );
            assert_eq!(
                status_line(&screen).chars().next(),
                Some(' '),
                "{name}: the status line is intact"
            );
        }
        s.keys("q");
        assert_eq!(s.exit_code(), 0, "{name}");
    }
}

#[test]
fn r_reloads_a_changed_file_and_keeps_the_last_version_when_it_vanishes() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("notes.txt");
    let chapters = |from: usize| -> String {
        (from..=12)
            .map(|n| format!("CHAPTER {n}\n\nThe text of chapter {n}, which is not long.\n\n"))
            .collect()
    };
    std::fs::write(&file, format!("Notes\n\n{}", chapters(1))).unwrap();
    let mut s = Session::start(&[file.to_str().unwrap()], 80, 12);
    s.wait_for("the opening", |sc| sc.contains("CHAPTER 1"));
    s.keys("]]]]]]");
    s.wait_for("chapter 6", |sc| {
        sc.lines().next().is_some_and(|l| l.contains("CHAPTER 6"))
    });
    // Edited: the first chapters gone. The same passage stays on top.
    std::fs::write(&file, format!("Notes\n\n{}", chapters(5))).unwrap();
    s.keys("r");
    let reloaded = s.wait_for("reloaded", |sc| status_line(sc).contains("reloaded"));
    assert!(
        reloaded.lines().next().unwrap().contains("CHAPTER 6"),
        "{reloaded}"
    );
    assert!(status_line(&reloaded).contains("shorter"), "{reloaded}");
    // Gone: said so, and the text stays.
    std::fs::remove_file(&file).unwrap();
    s.keys("r");
    let gone = s.wait_for("the file gone", |sc| {
        status_line(sc).contains("showing the version loaded")
    });
    assert!(gone.contains("CHAPTER 6"), "{gone}");
    s.keys("j");
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
}

/// Without `HOME` the XDG directory is still used. (With neither, the
/// directories crate asks the password database, so a test cannot take
/// the config directory away without touching the real one; the store's
/// own tests cover "no directory at all".)
#[test]
fn no_home_reads_and_keeps_bookmarks_in_the_xdg_directory() {
    let xdg = tempfile::tempdir().unwrap();
    let mut s = Session::start_with_env(
        &[],
        &[
            ("LECTERN_CONFIG_DIR", None),
            ("HOME", None),
            ("XDG_CONFIG_HOME", xdg.path().to_str()),
        ],
    );
    s.wait_for("the seed", |sc| sc.contains("Jointly Build"));
    s.keys("m\r");
    s.wait_for("the bookmark's mark", |sc| sc.contains('▍'));
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
    let saved = std::fs::read_to_string(xdg.path().join("lectern/bookmarks.json")).unwrap();
    assert!(saved.contains("\"bookmarks\""), "{saved}");
}

/// `/proc/self` exists and nobody, root included, can create files in it:
/// an unwritable configuration directory.
#[cfg(target_os = "linux")]
#[test]
fn an_unwritable_config_directory_says_saves_fail_and_keeps_reading() {
    let mut s = Session::start_with_env(&[], &[("LECTERN_CONFIG_DIR", Some("/proc/self"))]);
    s.wait_for("the seed", |sc| sc.contains("Jointly Build"));
    s.keys("]m\r");
    let failed = s.wait_for("the failed save", |sc| status_line(sc).contains("save"));
    assert!(
        failed.contains('▍'),
        "the bookmark is kept for the session: {failed}"
    );
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
}

/// A config file in the session's config directory.
fn config_dir_with(config: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("config.toml"), config).unwrap();
    dir
}

#[test]
fn keys_rebound_in_the_config_file_take_effect() {
    let dir = config_dir_with("[keys]\nquit = [\"x\"]\nscroll-down = [\"n\", \"Ctrl-e\"]\n");
    let mut s = Session::start_in(dir.path(), &[], 100, 30);
    let first = s.wait_for("the seed", |sc| sc.contains("Jointly Build"));
    s.keys("n");
    s.wait_for("a line down", |sc| {
        sc.lines().next() != first.lines().next()
    });
    s.keys("q");
    std::thread::sleep(Duration::from_millis(300));
    assert!(s.child.try_wait().unwrap().is_none(), "q no longer quits");
    s.keys("?");
    s.wait_for("help lists the new keys", |sc| sc.contains("n Ctrl-e"));
    s.keys("?");
    s.wait_for("help closed", |sc| sc.contains("Jointly Build"));
    s.keys("x");
    assert_eq!(s.exit_code(), 0);
}

#[test]
fn a_config_mistake_is_named_and_the_document_opens_with_defaults() {
    let dir = config_dir_with("text-width = 60\ntab-width = \"wide\"\n");
    let mut s = Session::start_in(dir.path(), &[], 100, 30);
    let screen = s.wait_for("the message", |sc| {
        status_line(sc).contains("config.toml:2:13")
    });
    assert!(screen.contains("Jointly Build"), "{screen}");
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
}

#[test]
fn no_color_draws_without_colour_and_theme_overrides_it() {
    let colours = |s: &Session| {
        let parser = s.parser.lock().unwrap();
        let screen = parser.screen();
        let (rows, cols) = screen.size();
        (0..rows)
            .flat_map(|r| (0..cols).map(move |c| (r, c)))
            .filter_map(|(r, c)| screen.cell(r, c))
            .filter(|cell| {
                cell.fgcolor() != vt100::Color::Default || cell.bgcolor() != vt100::Color::Default
            })
            .count()
    };
    let mut plain = Session::start_with_env(&[], &[("NO_COLOR", Some("1"))]);
    plain.wait_for("the seed", |sc| sc.contains("Jointly Build"));
    plain.keys("/the\r");
    plain.wait_for("a search", |sc| status_line(sc).contains("match"));
    assert_eq!(colours(&plain), 0, "NO_COLOR: no colour at all");
    plain.keys("q");
    assert_eq!(plain.exit_code(), 0);

    let mut light = Session::start_with_env(&["--theme", "light"], &[("NO_COLOR", Some("1"))]);
    light.wait_for("the seed", |sc| sc.contains("Jointly Build"));
    assert!(colours(&light) > 0, "--theme wins over NO_COLOR");
    light.keys("q");
    assert_eq!(light.exit_code(), 0);
}

#[test]
fn a_document_piped_in_is_read_while_keys_come_from_the_terminal() {
    let bin = env!("CARGO_BIN_EXE_lectern");
    let script = format!(
        "printf '# Piped Title\\n\\n## First part\\n\\nSome piped text.\\n\\n## Second part\\n\\nMore.\\n' | {bin}"
    );
    let mut s = Session::start(&["sh", "-c", &script], 100, 30);
    let screen = s.wait_for("the piped document", |sc| sc.contains("Some piped text"));
    assert!(
        screen.contains("Second part"),
        "sniffed as Markdown, with an outline: {screen}"
    );
    s.keys("]");
    s.wait_for("a key from the terminal", |sc| {
        status_line(sc).contains("First part")
    });
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
}

#[test]
fn several_documents_open_together_and_each_keeps_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let config = tempfile::tempdir().unwrap();
    let chapters = |name: &str| -> String {
        (1..=15)
            .map(|n| format!("CHAPTER {n}\n\n{name} chapter {n} reads like this.\n\n"))
            .collect()
    };
    let a = dir.path().join("alpha.txt");
    let b = dir.path().join("beta.md");
    std::fs::write(&a, format!("Alpha Book\n\n{}", chapters("Alpha"))).unwrap();
    let beta: String = (1..=15)
        .map(|n| format!("## Part {n}\n\nBeta part {n} reads like this.\n\n"))
        .collect();
    std::fs::write(&b, format!("# Beta Book\n\n{beta}")).unwrap();
    let args = [a.to_str().unwrap(), b.to_str().unwrap()];
    let mut s = Session::start_in(config.path(), &args, 100, 30);
    let first = s.wait_for("both documents", |sc| sc.contains("▸ beta.md"));
    assert!(first.contains("▾ alpha.txt"), "{first}");
    s.keys("]]]]");
    s.wait_for("alpha chapter 4", |sc| {
        sc.lines().next().is_some_and(|l| l.contains("CHAPTER 4"))
    });
    s.keys("Dj\r");
    let second = s.wait_for("beta on screen", |sc| sc.contains("▾ beta.md"));
    assert!(second.contains("Beta Book"), "{second}");
    s.keys("]]]");
    s.wait_for("beta part 3", |sc| {
        sc.lines().next().is_some_and(|l| l.contains("Part 3"))
    });
    s.keys("\x0f"); // Ctrl-o
    s.wait_for("alpha where it was", |sc| {
        sc.contains("▾ alpha.txt") && sc.lines().next().is_some_and(|l| l.contains("CHAPTER 4"))
    });
    s.keys("q");
    assert_eq!(s.exit_code(), 0);

    // Next time, each document is where its reader left it.
    let mut s = Session::start_in(config.path(), &args, 100, 30);
    s.wait_for("alpha resumed", |sc| {
        sc.lines().next().is_some_and(|l| l.contains("CHAPTER 4"))
    });
    s.keys("\x0f");
    s.wait_for("beta resumed", |sc| {
        sc.contains("▾ beta.md") && sc.lines().next().is_some_and(|l| l.contains("Part 3"))
    });
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
}
