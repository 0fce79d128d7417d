use super::*;

/// A file of `lines` numbered lines in `encoding` (with a BOM for UTF-16).
fn file_in(encoding: &'static Encoding, lines: usize) -> (tempfile::TempDir, Source, String) {
    let text: String = (0..lines)
        .map(|n| format!("Ligne numéro {n:05} — café crème.\n"))
        .collect();
    let mut bytes = Vec::new();
    if encoding == UTF_16LE {
        bytes.extend([0xff, 0xfe]);
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    } else if encoding == UTF_16BE {
        bytes.extend([0xfe, 0xff]);
        bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    } else {
        bytes.extend(encoding.encode(&text).0.iter());
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.txt");
    std::fs::write(&path, bytes).unwrap();
    (dir, Source::File(path), text)
}

#[test]
fn windows_and_the_end_read_right_in_every_encoding() {
    for encoding in [UTF_8, encoding_rs::WINDOWS_1252, UTF_16LE, UTF_16BE] {
        let (_dir, source, text) = file_in(encoding, 3_000);
        let file_len = std::fs::metadata(match &source {
            Source::File(p) => p,
            _ => unreachable!(),
        })
        .unwrap()
        .len();
        let end = source
            .load_window(WindowAt::End, 4_096, None, &[])
            .unwrap()
            .unwrap_or_else(|| panic!("{}: no end window", encoding.name()));
        assert!(
            text.ends_with(end.doc.text()),
            "{}: {:?}",
            encoding.name(),
            &end.doc.text()[..60]
        );
        assert!(
            end.doc.text().starts_with("Ligne numéro"),
            "{}: whole lines",
            encoding.name()
        );
        let around = source
            .load_window(WindowAt::Around(file_len / 2), 4_096, None, &[])
            .unwrap()
            .unwrap();
        let focus = around.focus.unwrap();
        let line = &around.doc.text()[focus..];
        assert!(
            line.contains("Ligne numéro 01"),
            "{}: {}",
            encoding.name(),
            &line[..40.min(line.len())]
        );
        assert!(
            !around.doc.text().contains('\u{fffd}'),
            "{}",
            encoding.name()
        );
    }
}

#[test]
fn a_utf16_preview_is_cut_at_a_whole_line() {
    let (_dir, source, _) = file_in(UTF_16LE, 3_000);
    let preview = source.load_preview(10_001, None, &[]).unwrap();
    assert!(
        preview.text().ends_with("crème.\n"),
        "{:?}",
        &preview.text()[preview.text().len() - 20..]
    );
    assert!(!preview.text().contains('\u{fffd}'));
}

#[test]
fn a_search_on_disk_finds_text_in_every_encoding() {
    let regex = regex::bytes::Regex::new("numéro 02000 — café").unwrap();
    for encoding in [UTF_8, encoding_rs::WINDOWS_1252, UTF_16LE, UTF_16BE] {
        let (_dir, source, text) = file_in(encoding, 3_000);
        let Source::File(path) = &source else {
            unreachable!()
        };
        let at = super::super::find_in_file(path, &regex, 0, &|| false)
            .unwrap()
            .unwrap_or_else(|| panic!("{}: not found", encoding.name()));
        // The window around that byte shows the line.
        let window = source
            .load_window(WindowAt::Around(at), 4_096, None, &[])
            .unwrap()
            .unwrap();
        let focus = window.focus.unwrap();
        assert!(
            window.doc.text()[focus..].starts_with("numéro 02000"),
            "{}: {:?}",
            encoding.name(),
            &window.doc.text()[focus..focus + 20]
        );
        assert!(text.contains("numéro 02000"));
    }
}

#[test]
fn a_screen_is_read_a_few_times_over_within_bounds() {
    use super::bytes_for_screen;
    let preview = (16 << 10)..=(256 << 10);
    assert_eq!(
        bytes_for_screen(Some((80, 24)), 4, preview.clone()),
        16 << 10
    );
    assert_eq!(
        bytes_for_screen(Some((200, 60)), 4, preview.clone()),
        4 * 200 * 60
    );
    assert_eq!(bytes_for_screen(Some((1, 1)), 4, preview.clone()), 16 << 10);
    let huge = bytes_for_screen(Some((u16::MAX, u16::MAX)), 4, preview.clone());
    assert_eq!(huge, 256 << 10);
    let unknown = bytes_for_screen(None, 8, 1..=(1 << 20));
    assert_eq!(unknown, 8 * 80 * 24, "80x24 when unknown");
}
