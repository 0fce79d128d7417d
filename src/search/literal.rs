//! A literal query as a pattern that matches the text as the reader sees
//! it: any run of white space for white space (a phrase broken across
//! hard-wrapped lines), colour codes anywhere in a coloured text, and, as
//! smart case does for capitals, accents ignored when the query has none
//! (`ecole` finds `École`, `cafe` finds `café`; `café` finds only `café`).

use super::Within;
use std::collections::HashMap;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// A colour code (SGR) as a pattern: what [`crate::text::sgr_code_at`]
/// takes for one.
const CODE: &str = r"\x1b\[[0-9;]*m";

/// The pattern for a literal `query` in a text holding what `within` says.
pub fn pattern(query: &str, within: Within) -> String {
    let fold = within.accents && !has_accents(query);
    let (between_chars, between_words) = if within.colour_codes {
        let codes = format!("(?:{CODE})*");
        let words = format!(r"{codes}\s(?:\s|{CODE})*");
        (codes, words)
    } else {
        (String::new(), r"\s+".to_owned())
    };
    query
        .split_whitespace()
        .map(|word| {
            let chars: Vec<String> = word.chars().map(|c| char_pattern(c, fold)).collect();
            chars.join(&between_chars)
        })
        .collect::<Vec<_>>()
        .join(&between_words)
}

/// Whether `query` carries an accent (then it is matched exactly).
fn has_accents(query: &str) -> bool {
    query.nfd().any(is_combining_mark)
}

/// One character of the query; with `fold`, a letter also matches its
/// accented forms, and itself followed by combining accents.
fn char_pattern(c: char, fold: bool) -> String {
    let escaped = regex::escape(c.encode_utf8(&mut [0; 4]));
    match ACCENTED.get(&c).filter(|_| fold) {
        Some(forms) => format!(r"[{escaped}{forms}]\p{{Mn}}*"),
        None => escaped,
    }
}

/// Every precomposed accented letter of the Latin, Greek and Cyrillic
/// blocks, by the letter it is built on (`e` → `èéêë…`).
static ACCENTED: LazyLock<HashMap<char, String>> = LazyLock::new(|| {
    let mut forms: HashMap<char, String> = HashMap::new();
    let letters = ('\u{c0}'..='\u{24f}')
        .chain('\u{370}'..='\u{4ff}')
        .chain('\u{1e00}'..='\u{1fff}');
    for c in letters {
        let mut parts = std::iter::once(c).nfd();
        let Some(base) = parts.next() else {
            continue;
        };
        if base != c && parts.all(is_combining_mark) {
            forms.entry(base).or_default().push(c);
        }
    }
    forms
});

#[cfg(test)]
mod tests {
    use super::*;
    use regex::RegexBuilder;

    fn finds(query: &str, text: &str) -> Vec<String> {
        let within = Within {
            colour_codes: false,
            accents: true,
        };
        let regex = RegexBuilder::new(&pattern(query, within))
            .case_insensitive(!query.chars().any(char::is_uppercase))
            .build()
            .unwrap();
        regex
            .find_iter(text)
            .map(|m| m.as_str().to_owned())
            .collect()
    }

    #[test]
    fn a_query_without_accents_finds_every_accented_form() {
        let text = "une École, un café, cafe\u{301} noir, Ἀθῆναι, ёлка, CAFÉ";
        assert_eq!(finds("ecole", text), ["École"]);
        assert_eq!(finds("cafe", text), ["café", "cafe\u{301}", "CAFÉ"]);
        assert_eq!(finds("αθηναι", text), ["Ἀθῆναι"]);
        assert_eq!(finds("елка", text), ["ёлка"]);
    }

    #[test]
    fn a_query_with_accents_or_capitals_is_exact_about_them() {
        let text = "café, cafe, CAFÉ";
        assert_eq!(
            finds("café", text),
            ["café", "CAFÉ"],
            "accent kept, case ignored"
        );
        assert_eq!(
            finds("CAFE", text),
            ["CAFÉ"],
            "capitals kept, accent ignored"
        );
        assert_eq!(finds("c.fe", text), Vec::<String>::new(), "a literal dot");
    }
}
