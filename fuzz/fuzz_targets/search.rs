//! Any query (literal or regular expression) over any text: compiling is
//! an answer or an error, and every match found lies on character
//! boundaries inside the text.
#![no_main]

use lectern::search::Search;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (bool, u16, &str, &str)| {
    let (regex_mode, from, query, text) = input;
    let Ok(Some(search)) = Search::new(query, regex_mode) else {
        return;
    };
    let from = usize::from(from) % (text.len() + 1);
    let ok = |m: &std::ops::Range<usize>| {
        m.start < m.end
            && m.end <= text.len()
            && text.is_char_boundary(m.start)
            && text.is_char_boundary(m.end)
    };
    if let Some((m, _)) = search.next_from(text, from, true) {
        assert!(ok(&m), "{m:?}");
    }
    if let Some((m, _)) = search.previous_before(text, from, true) {
        assert!(ok(&m), "{m:?}");
    }
    let all = search.all(text);
    assert!(all.iter().all(ok));
    assert!(all.windows(2).all(|w| w[0].end <= w[1].start));
    let _ = search.bytes_regex();
});
