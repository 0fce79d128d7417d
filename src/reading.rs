//! The reader on its documents: loaded whole (the first on screen, what
//! was saved about it read beside it, or after its first screen when the
//! bookmarks file is very large), or a large file's opening while the rest
//! loads.

use crate::error::RunError;
use crate::{Setup, cli, config, document, reader_options, session, source, store, text, tui};

/// The reader on documents already loaded (the first on screen).
pub(crate) fn read_all(
    loaded: Vec<(source::Source, document::Document)>,
    more: Vec<source::Source>,
    later: Option<tui::Later>,
    args: &cli::Args,
    patterns: config::Headings,
    setup: Setup,
) -> Result<(), RunError> {
    let alone = later.is_none() && more.is_empty();
    let sessions = open_sessions(&loaded, setup.paths.clone(), alone);
    let paths = setup.paths.clone();
    let options = reader_options(args, setup);
    // Shown in the status line, and again here once the screen is back,
    // so a moved-aside bookmarks file or a config mistake is not missed.
    let mut warnings: Vec<String> = options.notices.clone();
    for warning in sessions.iter().flatten().flat_map(|s| &s.warnings) {
        if !warnings.contains(warning) {
            warnings.push(warning.clone());
        }
    }
    let sources = loaded
        .iter()
        .map(|(source, _)| source.clone())
        .chain(more)
        .collect();
    let mut docs: Vec<document::Document> = loaded.into_iter().map(|(_, doc)| doc).collect();
    let origin = tui::Origin {
        sources,
        read_as: args.read_as(),
        headings: patterns,
        paths,
    };
    let opening = match sessions {
        Ok(sessions) => tui::Opening::Ready {
            loaded: docs.into_iter().zip(sessions).collect(),
            later,
        },
        Err(session) => tui::Opening::Waiting {
            doc: docs.remove(0),
            session,
        },
    };
    warnings.extend(tui::run(opening, origin, options)?);
    warnings
        .iter()
        .for_each(|w| eprintln!("lectern: {}", text::sanitize::sanitize(w)));
    Ok(())
}

/// What was saved about each document, read from the bookmarks file. A
/// very large file takes a while to read (a second for 150 MB): a document
/// read `alone` waits for it at most [`SESSION_WAIT`], then shows its first
/// screen, and what was saved arrives from the receiver (`Err`). A small
/// bookmarks file, or none, is read here: a thread costs more.
fn open_sessions(
    loaded: &[(source::Source, document::Document)],
    paths: Option<store::paths::Paths>,
    alone: bool,
) -> Result<Vec<session::Session>, std::sync::mpsc::Receiver<session::Session>> {
    let [(source, doc)] = loaded else {
        return Ok(loaded
            .iter()
            .map(|(source, doc)| session::open(paths.clone(), doc, source))
            .collect());
    };
    let small_store = paths.as_ref().is_none_or(|paths| {
        std::fs::metadata(&paths.bookmarks).map_or(true, |file| file.len() <= READ_AT_ONCE)
    });
    // The document is copied for the reading thread: not a large one.
    if !alone || doc.text().len() > 4 << 20 || small_store {
        return Ok(vec![session::open(paths, doc, source)]);
    }
    let (send, session) = std::sync::mpsc::channel();
    let (source, doc) = (source.clone(), doc.clone());
    std::thread::spawn(move || {
        let _ = send.send(session::open(paths, &doc, &source));
    });
    match session.recv_timeout(SESSION_WAIT) {
        Ok(opened) => Ok(vec![opened]),
        Err(_) => Err(session),
    }
}

/// How long a first screen waits for the bookmarks file.
const SESSION_WAIT: std::time::Duration = std::time::Duration::from_millis(40);
/// A bookmarks file this small is read before the first screen without a
/// thread of its own (a few milliseconds at most).
const READ_AT_ONCE: u64 = 1 << 20;

/// How much is read and structured before the first screen: four bytes
/// for each cell of the terminal, so the opening fills the screen (more
/// arrives with the whole file a moment later).
const PREVIEW_BYTES: std::ops::RangeInclusive<usize> = (16 << 10)..=(256 << 10);
/// Below this a file is read whole before its first screen whatever the
/// terminal: structuring it costs less than half a millisecond.
const WHOLE_UP_TO: u64 = 64 << 10;

/// How much of a file of `file_size` bytes to show first, when it is
/// worth showing its opening at once while the whole loads: when the file
/// is more than twice what fills the terminal. A book of 400 KB would
/// otherwise keep its first screen waiting some 3 ms on its structure.
pub(crate) fn preview_bytes(file_size: Option<u64>) -> Option<usize> {
    preview_for(file_size?, ratatui::crossterm::terminal::size().ok())
}

/// [`preview_bytes`] on a terminal of `screen` (columns, rows).
fn preview_for(file_size: u64, screen: Option<(u16, u16)>) -> Option<usize> {
    let bytes = source::bytes_for_screen(screen, 4, PREVIEW_BYTES);
    (file_size > WHOLE_UP_TO && file_size > 2 * bytes as u64).then_some(bytes)
}

/// Open a large file in the reader: show its first `preview` bytes now,
/// load and structure the whole of it on another thread, and swap it in
/// when done.
pub(crate) fn read_large(
    source: &source::Source,
    preview: usize,
    args: &cli::Args,
    patterns: config::Headings,
    setup: Setup,
) -> Result<(), RunError> {
    let paths = setup.paths.clone();
    let store_paths = paths.clone();
    let headings = patterns.for_source(source).to_vec();
    let preview = source.load_preview(preview, args.read_as(), &headings)?;
    let (whole_source, how) = (source.clone(), args.read_as());
    let load = Box::new(move || {
        whole_source
            .load(how, &headings)
            .map(|doc| {
                // What search reads, put together here rather than on the
                // first search, on the event loop.
                doc.shown();
                let session = session::open(paths, &doc, &whole_source);
                (doc, session)
            })
            .map_err(|e| e.to_string())
    });
    let opening = tui::Opening::Loading {
        preview,
        file_len: source.file_size().unwrap_or(0),
        load,
    };
    let origin = tui::Origin {
        sources: vec![source.clone()],
        read_as: args.read_as(),
        headings: patterns,
        paths: store_paths,
    };
    let options = reader_options(args, setup);
    let mut notices = options.notices.clone();
    notices.extend(tui::run(opening, origin, options)?);
    notices
        .iter()
        .for_each(|w| eprintln!("lectern: {}", text::sanitize::sanitize(w)));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::preview_for;

    #[test]
    fn a_file_opens_with_a_preview_when_over_twice_a_screenful() {
        // 120x40 at four bytes a cell: 19,200 bytes fill the screen.
        let screen = Some((120, 40));
        assert_eq!(preview_for(400 << 10, screen), Some(19_200));
        assert_eq!(preview_for(100 << 10, screen), Some(19_200));
        // Small enough to structure whole before the first screen.
        assert_eq!(preview_for(64 << 10, screen), None);
        assert_eq!(preview_for(1_000, screen), None);
        // A large terminal: up to twice its screenful, the file is read whole.
        let large = Some((400, 100));
        assert_eq!(preview_for(300_000, large), None);
        assert_eq!(preview_for(400_000, large), Some(160_000));
        // A 1x1 terminal (or none known) still reads at least 16 KB.
        assert_eq!(preview_for(1 << 20, Some((1, 1))), Some(16 << 10));
        assert_eq!(preview_for(1 << 20, None), Some(16 << 10));
        // The largest preview is 256 KB.
        assert_eq!(preview_for(100 << 20, Some((1000, 1000))), Some(256 << 10));
    }
}
