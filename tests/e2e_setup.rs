//! The real binary in a pseudo-terminal, set up as users set it up: dumb
//! terminals, pipes, config files, colours, missing homes, several
//! documents, reloads, hostile files.

mod pty;

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use pty::{Session, status_line};
use std::time::Duration;

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
    // Ctrl-o goes to a document that is there: wait for beta to join.
    s.wait_for("both documents again", |sc| sc.contains("▸ beta.md"));
    s.keys("\x0f");
    s.wait_for("beta resumed", |sc| {
        sc.contains("▾ beta.md") && sc.lines().next().is_some_and(|l| l.contains("Part 3"))
    });
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
}

#[test]
fn a_chinese_novel_at_60_columns_joins_lines_without_spaces_and_fills_its_rows() {
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/gutenberg_hong_lou_meng_pg24264_zh_excerpt.txt"
    );
    let mut s = Session::start(&[file, "--no-resume"], 60, 24);
    s.wait_for("the novel", |sc| sc.contains("第一回"));
    s.keys("o");
    s.keys("jjjjjjjj");
    s.wait_for("the text without the outline", |sc| !sc.contains('│'));
    // Read the screen once the eight scrolls are all drawn, not mid-frame.
    s.settle_for(
        std::time::Duration::from_millis(300),
        std::time::Duration::from_secs(5),
    );
    let screen = s.screen();
    let rows: Vec<&str> = screen.lines().take(22).map(str::trim_end).collect();
    let widths: Vec<usize> = rows
        .iter()
        .map(|r| unicode_width::UnicodeWidthStr::width(*r))
        .collect();
    let widest = *widths.iter().max().unwrap();
    let mut filled = 0;
    for (row, width) in rows.iter().zip(&widths) {
        let text = row.trim_start();
        if text.is_empty() {
            continue;
        }
        assert!(
            !text.starts_with(['，', '。', '」', '、', '．']),
            "a row opens with closing punctuation: {row}\n{screen}"
        );
        let chars: Vec<char> = text.chars().collect();
        for pair in chars.windows(3) {
            let wide = |c: char| unicode_width::UnicodeWidthChar::width(c) == Some(2);
            assert!(
                !(pair[1] == ' ' && wide(pair[0]) && wide(pair[2])),
                "a space between ideographs: {row}"
            );
        }
        filled += usize::from(width + 2 >= widest);
    }
    let non_empty = rows.iter().filter(|r| !r.trim().is_empty()).count();
    assert!(
        filled * 10 >= non_empty * 7,
        "most rows filled: {filled}/{non_empty}\n{screen}"
    );
    s.keys("q");
}

#[test]
fn a_coloured_log_shows_one_record_a_row_in_colour_and_other_escapes_stay_visible() {
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/ansi_terminal_recording_dmesg.txt"
    );
    let mut s = Session::start(&[file, "--no-resume", "--theme", "dark"], 120, 30);
    let screen = s.wait_for("the log", |sc| sc.contains("wlp3s0"));
    let records: Vec<&str> = screen.lines().filter(|l| l.contains("[2287")).collect();
    assert!(records.len() >= 5, "one record a row: {screen}");
    assert!(
        !screen.contains("␛[32m"),
        "colour codes are styles, not placeholders: {screen}"
    );
    {
        let parser = s.parser.lock().unwrap();
        let grid = parser.screen();
        let (row, col) = (0..30u16)
            .find_map(|r| {
                let line = grid.contents_between(r, 0, r, 119);
                line.find("[2287")
                    .map(|c| (r, line[..c].chars().count() as u16 + 1))
            })
            .unwrap();
        let cell = grid.cell(row, col).unwrap();
        assert_eq!(
            cell.fgcolor(),
            vt100::Color::Idx(2),
            "the timestamp is green"
        );
    }
    s.keys("q");
    assert_eq!(s.exit_code(), 0);

    // Colour codes next to other escapes: only the colours are interpreted.
    let dir = tempfile::tempdir().unwrap();
    let hostile = dir.path().join("hostile.log");
    std::fs::write(
        &hostile,
        "[1] \x1b[31mred\x1b[2J\x1b[0m then \x1b]0;pwned\x07 title\n[2] \x1b[32mok\x1b[0m \x1b[10;10H moved\n[3] plain\n",
    )
    .unwrap();
    let mut s = Session::start(&[hostile.to_str().unwrap(), "--no-resume"], 100, 20);
    let screen = s.wait_for("the hostile log", |sc| sc.contains("plain"));
    assert!(
        screen.contains("␛[2J") && screen.contains("␛]0;pwned␇") && screen.contains("␛[10;10H"),
        "{screen}"
    );
    assert!(!screen.contains("␛[31m"), "{screen}");
    {
        let raw = s.raw.lock().unwrap();
        let sent = String::from_utf8_lossy(&raw);
        assert!(!sent.contains("\x1b]0;pwned") && !sent.contains("\x1b[10;10H moved"));
    }
    s.keys("q");
}
