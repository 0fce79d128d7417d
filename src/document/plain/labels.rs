//! Outline labels for paragraphs, used when a document has no headings: each
//! paragraph is named by its opening words. When three or more paragraphs open
//! with the same phrase, that phrase is dropped from their labels so the
//! outline shows what differs.

use std::collections::HashMap;

/// Columns a label may take before it is cut with `…`.
pub const LABEL_COLUMNS: usize = 60;
/// Opening words looked at when comparing paragraphs.
const OPENING_WORDS: usize = 40;
/// A shared opening must be at least this many words to be dropped.
const MIN_SHARED_WORDS: usize = 3;
/// How many paragraphs must share an opening for it to be dropped.
const MIN_GROUP: usize = 3;

/// One label per paragraph text, in order.
pub fn paragraph_labels<'a>(paragraphs: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let openings: Vec<Vec<&str>> = paragraphs
        .into_iter()
        .map(|text| text.split_whitespace().take(OPENING_WORDS).collect())
        .collect();
    let mut groups: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
    for (index, words) in openings.iter().enumerate() {
        if words.len() > MIN_SHARED_WORDS {
            groups.entry((words[0], words[1])).or_default().push(index);
        }
    }
    let mut skip = vec![0; openings.len()];
    for members in groups.values().filter(|m| m.len() >= MIN_GROUP) {
        let shared = common_prefix_len(members.iter().map(|&i| openings[i].as_slice()));
        let shared = phrase_end(&openings[members[0]][..shared]);
        if shared >= MIN_SHARED_WORDS {
            for &i in members {
                if openings[i].len() > shared {
                    skip[i] = shared;
                }
            }
        }
    }
    openings
        .iter()
        .zip(skip)
        .map(|(words, skip)| cut_to_width(&words[skip..], LABEL_COLUMNS))
        .collect()
}

/// Where the shared phrase ends: after its last clause punctuation when it
/// has one ("In building X, the" → "In building X,"), else all of it.
fn phrase_end(shared: &[&str]) -> usize {
    shared
        .iter()
        .rposition(|w| w.ends_with([',', ';', ':', '.', '—']))
        .map_or(shared.len(), |i| i + 1)
}

fn common_prefix_len<'a>(mut lists: impl Iterator<Item = &'a [&'a str]>) -> usize {
    let Some(first) = lists.next() else {
        return 0;
    };
    lists.fold(first.len(), |len, other| {
        first
            .iter()
            .zip(other)
            .take(len)
            .take_while(|(a, b)| a == b)
            .count()
    })
}

/// Join words with single spaces, stopping at a word boundary so the result
/// fits `columns`; a cut label ends with `…`.
pub fn cut_to_width(words: &[&str], columns: usize) -> String {
    let mut label = String::new();
    for (i, word) in words.iter().enumerate() {
        let extra = usize::from(!label.is_empty()) + crate::text::cell_width(word);
        if crate::text::cell_width(&label) + extra > columns.saturating_sub(1) {
            if label.is_empty() {
                return crate::text::truncate_to_width(word, columns);
            }
            label.push('…');
            return label;
        }
        if i > 0 {
            label.push(' ');
        }
        label.push_str(word);
    }
    label
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn shared_openings_are_dropped_from_three_or_more() {
        let labels = paragraph_labels([
            "In building a community, the goal is peace.",
            "In building a community, the pathway is talk.",
            "In building a community, the principle is values.",
            "Something else entirely.",
        ]);
        assert_eq!(labels[0], "the goal is peace.");
        assert_eq!(labels[1], "the pathway is talk.");
        assert_eq!(labels[3], "Something else entirely.");
    }

    #[test]
    fn two_alike_paragraphs_keep_their_openings() {
        let labels = paragraph_labels(["It was the best of times.", "It was the worst of times."]);
        assert_eq!(labels[0], "It was the best of times.");
    }

    #[test]
    fn long_openings_are_cut_at_a_word_with_an_ellipsis() {
        let words: Vec<&str> = std::iter::repeat_n("word", 40).collect();
        let label = cut_to_width(&words, 20);
        assert_eq!(label, "word word word word…");
        assert!(label.width() <= 20);
    }

    #[test]
    fn one_giant_word_is_cut_mid_word() {
        let giant = "x".repeat(100);
        assert_eq!(cut_to_width(&[&giant], 10).width(), 10);
    }
}
