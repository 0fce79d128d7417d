//! Wide content in the real binary: kept lines and tables wider than the
//! pane are reached by scrolling sideways or wrapping, never lost; and many
//! documents at once, the first on screen before the others are read.

mod pty;

use pty::{Session, status_line};

#[test]
fn a_wide_code_line_scrolls_sideways_and_wraps_with_w() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("wide.md");
    let tail = "THE-END-OF-THE-LINE";
    let code = format!("let s = \"{}{tail}\";", "0123456789".repeat(12));
    std::fs::write(&file, format!("# Wide\n\nProse.\n\n```\n{code}\n```\n")).unwrap();
    let mut s = Session::start(&[file.to_str().unwrap(), "--no-resume"], 80, 20);
    let screen = s.wait_for("the code", |sc| sc.contains("let s = "));
    assert!(!screen.contains(tail), "cut at first: {screen}");
    let marked = screen
        .lines()
        .find(|l| l.contains("let s = "))
        .unwrap()
        .to_owned();
    assert!(
        marked.trim_end().ends_with('›'),
        "the cut is marked: {marked}"
    );
    s.keys("\x1b[C\x1b[C\x1b[C\x1b[C\x1b[C");
    let moved = s.wait_for("the end of the line", |sc| sc.contains(tail));
    assert!(status_line(&moved).contains("col "), "{moved}");
    s.keys("w");
    let wrapped = s.wait_for("the line wrapped", |sc| {
        sc.contains("let s = ") && sc.contains(tail) && status_line(sc).contains("wrap")
    });
    assert!(
        !wrapped.contains('›'),
        "nothing hidden when wrapped: {wrapped}"
    );
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
}

#[test]
fn a_wide_table_fits_the_pane_and_scrolls_when_its_words_cannot() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("table.md");
    let long = "an_identifier_far_too_long_to_break_anywhere_in_a_cell_of_any_table";
    std::fs::write(
        &file,
        format!(
            "# Tables\n\n\
             | API | Description | Auth | HTTPS |\n|---|---|:-:|---|\n\
             | Cats | Pictures of cats from Tumblr, one a day, and facts about them too | apiKey | Yes |\n\n\
             | Name | Value | Last |\n|---|---|---|\n| x | {long} | LAST_CELL_HERE |\n"
        ),
    )
    .unwrap();
    let mut s = Session::start(&[file.to_str().unwrap(), "--no-resume"], 70, 20);
    let screen = s.wait_for("the tables", |sc| sc.contains("Cats"));
    // The first table is fitted: every column in view, the long cell wrapped.
    for text in ["Description", "HTTPS", "apiKey", "Yes", "them too"] {
        assert!(screen.contains(text), "{text}:\n{screen}");
    }
    let cats = screen.lines().find(|l| l.contains("Cats")).unwrap();
    assert!(!cats.contains('›'), "{cats}");
    // The second cannot shrink below its identifier: its end is marked,
    // and reached sideways.
    assert!(!screen.contains("LAST_CELL_HERE"), "{screen}");
    let cut = screen
        .lines()
        .find(|l| l.contains("an_identifier"))
        .unwrap();
    assert!(cut.trim_end().ends_with('›'), "{cut}");
    s.keys("\x1b[C\x1b[C\x1b[C");
    let moved = s.wait_for("the last column", |sc| sc.contains("LAST_CELL_HERE"));
    assert!(status_line(&moved).contains("col "), "{moved}");
    // Wrapped, the identifier is cut inside its cell and nothing is hidden.
    s.keys("w");
    let wrapped = s.wait_for("the table wrapped", |sc| {
        sc.contains("LAST_CELL_HERE") && status_line(sc).contains("wrap")
    });
    let rows: Vec<&str> = wrapped.lines().collect();
    assert!(
        rows[..rows.len() - 1].iter().all(|l| !l.contains('›')),
        "nothing hidden when wrapped:\n{wrapped}"
    );
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
}

#[test]
fn forty_documents_open_the_first_at_once_and_the_rest_join_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut args: Vec<String> = Vec::new();
    for n in 0..40 {
        let path = dir.path().join(format!("doc{n:02}.txt"));
        std::fs::write(
            &path,
            format!("Document {n}\n\nThe text of document {n}.\n"),
        )
        .unwrap();
        args.push(path.to_str().unwrap().to_owned());
    }
    // A file that turns out not to be text is left out, saying why.
    let binary = dir.path().join("blob.txt");
    std::fs::write(&binary, [0u8, 1, 2, 3, 0, 0, 7, 8].repeat(100)).unwrap();
    args.insert(5, binary.to_str().unwrap().to_owned());
    args.push("--no-resume".to_owned());
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut s = Session::start(&refs, 100, 30);
    s.wait_for("the first document", |sc| {
        sc.contains("The text of document 0.")
    });
    s.wait_for("the others joined", |sc| sc.contains("doc02.txt"));
    s.keys("D");
    let list = s.wait_for("the document list", |sc| sc.contains("Documents"));
    assert!(!list.contains("blob.txt"), "{list}");
    s.keys(&format!("{}\r", "j".repeat(39)));
    s.wait_for("the last document", |sc| {
        sc.contains("The text of document 39.")
    });
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
}

#[test]
fn emoji_sequences_never_push_their_row_past_the_pane() {
    // tmux 3.3 draws `👍🏽` and `👩‍💻` part by part, four columns each;
    // terminals that join them draw two. Counted as two and drawn as four,
    // each would shift the rest of its row past the edge. lectern gives
    // them four, blanks the four, steps back, draws the sequence, then
    // places the cursor itself: right however the terminal draws it.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("emoji.md");
    let line = format!("{}👍🏽 👩\u{200d}💻 end", "word ".repeat(13));
    let many = "👍🏽".repeat(20);
    let text = format!("# Emoji\n\n{line}\n\n{line}\n\nThe {many} row.\n");
    std::fs::write(&file, text).unwrap();
    let mut s = Session::start(&[file.to_str().unwrap(), "--no-resume"], 80, 14);
    let screen = s.wait_for("the text", |sc| sc.contains("row."));
    for row in screen.lines().filter(|r| r.contains("word word 👍")) {
        assert!(row.trim_end().ends_with("end"), "{row:?}\n{screen}");
    }
    assert!(status_line(&screen).trim_end().ends_with("All"), "{screen}");
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
    let raw = String::from_utf8_lossy(&s.raw.lock().unwrap()).into_owned();
    for sequence in ["👍🏽", "👩\u{200d}💻"] {
        let drawn = format!("    \u{1b}[4D{sequence}");
        let places: Vec<usize> = raw.match_indices(&drawn).map(|(at, _)| at).collect();
        assert!(places.len() >= 2, "{sequence} drawn in its room: {raw:?}");
        for at in places {
            // What follows is a cursor position (ESC [ row ; column H),
            // never text that would land wherever the terminal left off.
            let after = &raw[at + drawn.len()..];
            let placed = after.strip_prefix("\u{1b}[").is_some_and(|rest| {
                let end = rest.find(|c: char| !c.is_ascii_digit() && c != ';');
                end.is_some_and(|end| rest[end..].starts_with('H'))
            });
            assert!(
                placed,
                "{sequence} then {:?}",
                &after[..after.len().min(20)]
            );
        }
    }
}
