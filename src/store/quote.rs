//! Finding a saved quote again when the text around it is shown another
//! way: by its words alone. A place saved by an older lectern quotes what
//! that version held (for an EPUB, HTML or man page, the Markdown it was
//! read through: `**--memlimit=***limit*`, `![Illo4](<…>)`); the words a
//! reader saw are still there, in order, with other characters between
//! them. Only a link's address, never shown, is left out of the quote:
//! its first words must all be found, so a place whose own words are gone
//! is never moved onto later text.

use regex::Regex;

/// Words in a row that make a quote specific enough to trust.
const WORDS: usize = 6;

/// Where the words of `quote` stand in `text`, in order, with anything but
/// letters and digits between them: the place nearest `near` of the first
/// run of [`WORDS`] words found, trying runs from the quote's start on.
pub fn find_words(text: &str, quote: &str, near: usize) -> Option<usize> {
    let shown = without_addresses(quote);
    let words: Vec<&str> = shown
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // The last word may be cut where the quote ends.
    if words.len() <= WORDS {
        return None;
    }
    let run: Vec<String> = words[..WORDS].iter().map(|w| regex::escape(w)).collect();
    // The first word may be the end of one (a place saved inside a word).
    let pattern = format!(r"{}\b", run.join(r"[^\p{L}\p{N}]+"));
    let found = Regex::new(&pattern).ok()?;
    found
        .find_iter(text)
        .map(|m| m.start())
        .min_by_key(|at| at.abs_diff(near))
}

/// `quote` without the addresses of its Markdown links and images
/// (`](…)`), which no reader saw.
fn without_addresses(quote: &str) -> String {
    let mut out = String::with_capacity(quote.len());
    let mut rest = quote;
    while let Some(at) = rest.find("](") {
        out.push_str(&rest[..at + 1]);
        rest = match rest[at..].find(')') {
            Some(end) => &rest[at + end + 1..],
            None => "",
        };
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_between_the_words_is_looked_through() {
        let text = "intro\n\nThe memory usage limiter can be enabled with the command line option --memlimit=limit. Often it is";
        let quote = "The memory usage limiter can be enabled with the command line option **--memlimit=***limit*. Often i";
        assert_eq!(find_words(text, quote, 0), Some(7));
    }

    #[test]
    fn a_link_address_is_no_word_of_the_quote() {
        let text = "[image: Illo4]\n\nThe Pool Of Tears\n\nCuriouser and curiouser! cried Alice";
        let quote = "![Illo4](<epub:OPS/images/i004_th.jpg>)\n\n## The Pool Of Tears\n\nCuriouser and curiouser!\" cried Alice";
        let at = find_words(text, quote, 0).unwrap();
        assert!(text[at..].starts_with("Illo4]"), "{}", &text[at..]);
    }

    #[test]
    fn a_quote_whose_first_words_are_gone_is_not_found_by_later_ones() {
        let text = "Rewritten.\n\nCHAPTER 2\n\nSecond chapter text, with a passage";
        let quote = "First chapter text here.\n\nCHAPTER 2\n\nSecond chapter text, with a passage";
        assert_eq!(find_words(text, quote, 0), None);
    }

    #[test]
    fn of_several_places_the_nearest_and_too_few_words_find_nothing() {
        let text = "one two three four five six seven | one two three four five six seven";
        let quote = "one two three four five six seven";
        assert_eq!(find_words(text, quote, 60), Some(36));
        assert_eq!(find_words(text, "one two three", 0), None);
        assert_eq!(
            find_words(text, "eight nine ten eleven twelve thirteen x", 0),
            None
        );
    }
}
