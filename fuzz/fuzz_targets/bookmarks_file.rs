//! Any bookmarks file: parsing is a document or an error, and whatever it
//! holds (offsets past the end, inside a character, odd snippets) is taken
//! in by the reader, found again after an edit, and jumped to without a
//! panic.
#![no_main]

use lectern::app::{App, Event, Saved, Settings};
use lectern::document::{Document, Format};
use lectern::source::SEED_TEXT;
use lectern::store::{Match, StoreFile, restore};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let Ok(file) = StoreFile::parse(text) else {
        return;
    };
    let doc = Document::from_text("seed.txt", SEED_TEXT, Format::Plain);
    for record in &file.documents {
        for how in [Match::SameContent, Match::Edited] {
            let found = restore(&doc, record, how);
            let mut app = App::new(doc.clone(), Settings::default());
            app.update(Event::Restored {
                saved: Saved {
                    bookmarks: found.bookmarks,
                    others: Vec::new(),
                    position: found.position,
                    position_lost: found.position_lost,
                    search_history: file.search_history.clone(),
                    corrections: found.changes,
                },
                resume: true,
                warnings: Vec::new(),
            });
            for key in ["B", "Enter", "'", "B", "j", "Enter", "f", "'", "Enter", "q"] {
                app.press(key);
            }
        }
    }
});
