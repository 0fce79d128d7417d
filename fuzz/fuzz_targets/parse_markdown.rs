//! Any text, read as Markdown: parsing (and building every deferred
//! block's text) never panics, and the structure stays inside the text.
#![no_main]

use lectern::document::{Document, Format};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let doc = Document::from_text("fuzz.md", text, Format::Markdown);
    checks::structure_holds(&doc);
});

mod checks {
    include!("../checks.rs");
}
