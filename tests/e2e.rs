//! The real binary in a pseudo-terminal, its screen read by a vt100 parser:
//! what a person sees, and that the terminal is given back as it was.

mod pty;

use portable_pty::PtySize;
use pty::{Session, status_line};
use std::time::Duration;

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
fn sigterm_sigint_and_sigquit_restore_the_terminal_and_exit() {
    // SIGINT and SIGQUIT reach lectern only from `kill` (in raw mode
    // Ctrl-C is a key), and must not leave the terminal raw either.
    for (signal, number) in [("TERM", 15), ("INT", 2), ("QUIT", 3)] {
        let mut s = Session::start(&[], 80, 24);
        s.wait_for("the first screen", |sc| sc.contains("Jointly"));
        s.signal(signal);
        assert_eq!(
            s.exit_code(),
            128 + number,
            "SIG{signal}: the status says so"
        );
        assert!(
            s.restored(),
            "SIG{signal}: alternate screen and mouse reporting are switched off"
        );
    }
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
fn a_bookmark_follows_its_paragraph_after_7_kb_are_inserted_before_it() {
    let config = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("seed-copy.txt");
    std::fs::write(&path, lectern::source::SEED_TEXT).unwrap();
    let file = path.to_str().unwrap();
    let mut s = Session::start_in(config.path(), &[file], 100, 30);
    s.wait_for("the first screen", |sc| sc.contains("Jointly"));
    s.keys("]]]");
    s.wait_for("the pathway on top", |sc| {
        sc.lines()
            .next()
            .is_some_and(|l| l.contains("the pathway is"))
    });
    s.keys("m");
    s.wait_for("the label prompt", |sc| sc.contains("Bookmark label:"));
    s.keys("\r");
    s.wait_for("the confirmation", |sc| sc.contains("bookmarked"));
    s.keys("q");
    assert_eq!(s.exit_code(), 0);

    // 7 KB inserted before it; open (and search, which saves) and quit.
    let inserted = "An inserted paragraph of new words, written later.\n\n".repeat(140);
    std::fs::write(&path, inserted + lectern::source::SEED_TEXT).unwrap();
    let mut again = Session::start_in(config.path(), &[file], 100, 30);
    again.wait_for("the resume message", |sc| sc.contains("Resumed at"));
    again.keys("/inserted\r");
    again.wait_for("the search", |sc| status_line(sc).contains("match"));
    again.keys("q");
    assert_eq!(again.exit_code(), 0);

    let listed = std::process::Command::new(env!("CARGO_BIN_EXE_lectern"))
        .args(["--bookmarks", "--json", file])
        .env("LECTERN_CONFIG_DIR", config.path())
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    let offset = json[0]["offset"].as_u64().unwrap() as usize;
    let text = std::fs::read_to_string(&path).unwrap();
    let paragraph_start = text[..offset].rfind("\n\n").map_or(0, |i| i + 2);
    assert!(
        text[paragraph_start..].starts_with("By jointly building")
            || text[paragraph_start..offset + 200].contains("the pathway is"),
        "the stored offset is in the bookmarked paragraph: {}",
        &text[paragraph_start..offset + 80]
    );

    // B and Enter open that paragraph.
    let mut third = Session::start_in(config.path(), &[file], 100, 30);
    third.wait_for("the first screen", |sc| sc.contains("inserted paragraph"));
    third.keys("gB");
    third.wait_for("the list", |sc| sc.contains("Bookmarks, this document"));
    third.keys("\r");
    third.wait_for("the bookmarked paragraph on top", |sc| {
        sc.lines()
            .next()
            .is_some_and(|l| l.contains("the pathway is"))
    });
    third.keys("q");
}

#[test]
fn counts_percentages_and_n_after_a_jump_in_pride_and_prejudice() {
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/gutenberg_pride_and_prejudice_pg1342.txt"
    );
    let mut s = Session::start(&[file, "--no-resume"], 100, 30);
    s.wait_for("the first chapter", |sc| sc.contains("Chapter 1"));
    s.keys("50%");
    s.wait_for("half way", |sc| {
        let status = status_line(sc);
        status.contains("49%") || status.contains("50%")
    });
    s.keys("g/Darcy\r");
    s.wait_for("the first match", |sc| status_line(sc).contains("match 1/"));
    // Jump to chapter 30, then n: the next match after the view, not
    // match 2 at the start.
    s.keys("f");
    s.wait_for("the palette", |sc| sc.contains("Jump"));
    s.keys("Chapter 30\r");
    s.wait_for("chapter 30 on top", |sc| {
        sc.lines().next().is_some_and(|l| l.contains("Chapter 30"))
    });
    s.keys("n");
    let after = s.wait_for("the next match", |sc| !status_line(sc).contains("match 1/"));
    let status = status_line(&after);
    let index: usize = status
        .split("match ")
        .nth(1)
        .and_then(|m| m.split('/').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(index > 100, "n went on from chapter 30: {status}");
    s.keys("3");
    let counting = s.wait_for("the count shown", |sc| status_line(sc).contains("3…"));
    assert!(status_line(&counting).contains("3…"));
    s.keys("q");
}

#[test]
fn the_palette_matches_the_path_and_the_status_line_names_every_level() {
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/gutenberg_war_and_peace_pg2600_excerpt.txt"
    );
    let mut s = Session::start(&[file, "--no-resume"], 100, 30);
    s.wait_for("the first screen", |sc| sc.contains("WAR AND PEACE"));
    s.keys("f");
    s.wait_for("the palette", |sc| sc.contains("Jump"));
    // `two vii`: the book in the path, the chapter in the title.
    s.keys("two vii");
    s.wait_for("the book two chapter", |sc| {
        sc.contains("BOOK TWO: 1805 › CHAPTER VII")
    });
    s.keys("\r");
    let screen = s.wait_for("the jump", |sc| {
        status_line(sc).contains("BOOK TWO: 1805 › CHAPTER VII")
    });
    assert!(
        screen.lines().next().unwrap().contains("CHAPTER VII"),
        "{screen}"
    );
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
}
