//! Any bytes, read as a file: decoding and plain-text structure detection
//! never panic, and the structure stays inside the text.
#![no_main]

use lectern::document::{Document, Format, LinkUrls, load};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Some(decoded) = load::decode(bytes.to_vec()) else {
        return;
    };
    let doc = Document::from_decoded("fuzz.txt", decoded, Format::Plain, &[], LinkUrls::default());
    checks::structure_holds(&doc);
});

mod checks {
    include!("../checks.rs");
}
