//! Fuzzy jump: the candidates (every section of every open document) and
//! their ranking for a query, with skim's V2 matcher and smart case. Words of
//! the query match independently; a leading `#` keeps sections only, a
//! leading `'` bookmarks only (none exist yet). When the query only grows,
//! ranking narrows the previous results instead of starting again. Pure.

use crate::document::Document;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// What choosing a candidate leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A section of an open document.
    Section { doc: usize, section: usize },
    /// A bookmark of the open document (an index into its list).
    Bookmark { index: usize },
}

impl Target {
    pub fn is_bookmark(self) -> bool {
        matches!(self, Target::Bookmark { .. })
    }
}

/// One thing the palette can jump to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// What the query is matched against: the section's title.
    pub title: String,
    /// Where it sits: `Document › Chapter`, shown before the title.
    pub path: String,
    pub level: u8,
    pub target: Target,
}

/// Every candidate, in document order.
#[derive(Debug, Clone, Default)]
pub struct JumpIndex {
    pub candidates: Vec<Candidate>,
    /// Which ASCII letters and digits each title holds (see [`char_bag`]):
    /// a candidate lacking one of the query's cannot match and is skipped
    /// without calling the matcher.
    bags: Vec<u64>,
}

/// A bit per ASCII letter (either case) and digit present in `text`.
fn char_bag(text: &str) -> u64 {
    text.bytes().fold(0, |bag, b| match b.to_ascii_lowercase() {
        c @ b'a'..=b'z' => bag | 1 << (c - b'a'),
        c @ b'0'..=b'9' => bag | 1 << (26 + c - b'0'),
        _ => bag,
    })
}

impl JumpIndex {
    /// Candidates for every section of `docs`, each with its ancestors'
    /// path, then the open document's `bookmarks`.
    pub fn new(docs: &[&Document], bookmarks: &[crate::store::Bookmark]) -> JumpIndex {
        let mut candidates = Vec::new();
        for (doc_index, doc) in docs.iter().enumerate() {
            // Ancestors' titles by level, kept as a stack while walking.
            let mut ancestors: Vec<(u8, &str)> = Vec::new();
            for (section_index, section) in doc.sections.iter().enumerate() {
                while ancestors
                    .last()
                    .is_some_and(|&(level, _)| level >= section.level)
                {
                    ancestors.pop();
                }
                let mut path = doc.name.clone();
                for (_, title) in &ancestors {
                    path.push_str(" › ");
                    path.push_str(title);
                }
                candidates.push(Candidate {
                    title: section.title.clone(),
                    path,
                    level: section.level,
                    target: Target::Section {
                        doc: doc_index,
                        section: section_index,
                    },
                });
                ancestors.push((section.level, &section.title));
            }
        }
        for (index, bookmark) in bookmarks.iter().enumerate() {
            let mut path = String::from("★ bookmark");
            if let Some(section) = &bookmark.place.section {
                path.push_str(" › ");
                path.push_str(section);
            }
            candidates.push(Candidate {
                title: bookmark.label.clone(),
                path,
                level: 1,
                target: Target::Bookmark { index },
            });
        }
        let bags = candidates
            .iter()
            .map(|c| char_bag(&c.title) | char_bag(&c.path))
            .collect();
        JumpIndex { candidates, bags }
    }
}

/// A candidate that matches, with its score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ranked {
    pub candidate: usize,
    pub score: i64,
}

/// Above this many candidates the matcher scores greedily (its own
/// `element_limit` mode) instead of by dynamic programming, so a keystroke
/// stays within a frame on 100,000 sections. The choice depends on the index
/// only, so narrowing and ranking afresh always agree.
const EXACT_SCORING_LIMIT: usize = 20_000;

/// Ranks candidates for a query, remembering the last result to narrow it.
pub struct Ranker {
    exact: SkimMatcherV2,
    greedy: SkimMatcherV2,
    query: String,
    results: Vec<Ranked>,
}

impl std::fmt::Debug for Ranker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ranker")
            .field("query", &self.query)
            .field("results", &self.results.len())
            .finish()
    }
}

impl Default for Ranker {
    fn default() -> Self {
        Ranker {
            exact: SkimMatcherV2::default().smart_case(),
            greedy: SkimMatcherV2::default().smart_case().element_limit(1),
            query: String::new(),
            results: Vec::new(),
        }
    }
}

/// The query split into its filter and its words.
struct Parsed<'q> {
    bookmarks_only: bool,
    sections_only: bool,
    words: Vec<&'q str>,
}

fn parse(query: &str) -> Parsed<'_> {
    let (bookmarks_only, sections_only, rest) = match query.chars().next() {
        Some('#') => (false, true, &query[1..]),
        Some('\'') => (true, false, &query[1..]),
        _ => (false, false, query),
    };
    Parsed {
        bookmarks_only,
        sections_only,
        words: rest.split_whitespace().collect(),
    }
}

impl Ranker {
    /// The ranked matches of the last query: best first, ties in document
    /// order. An empty query lists everything in document order.
    pub fn results(&self) -> &[Ranked] {
        &self.results
    }

    pub fn query(&self) -> &str {
        &self.query
    }

    /// Rank `index` for `query`. If `query` extends the previous one, only
    /// the previous matches are looked at again: a longer query can only
    /// match fewer candidates.
    pub fn rank(&mut self, index: &JumpIndex, query: &str) {
        let narrowing =
            !self.query.is_empty() && query.starts_with(&self.query) && !self.results.is_empty();
        let parsed = parse(query);
        let pool: Vec<usize> = if narrowing {
            self.results.iter().map(|r| r.candidate).collect()
        } else {
            (0..index.candidates.len()).collect()
        };
        let mut results: Vec<Ranked> = {
            let matcher = self.matcher_for(index);
            let query_bag = char_bag(&parsed.words.concat());
            let wanted = |i: usize| {
                let bookmark = index.candidates[i].target.is_bookmark();
                !(parsed.bookmarks_only && !bookmark || parsed.sections_only && bookmark)
            };
            // One thread: spreading this over threads measured slower, as the
            // matcher's per-thread scratch space is built anew each time.
            pool.into_iter()
                .filter(|&i| wanted(i) && index.bags[i] & query_bag == query_bag)
                .filter_map(|i| {
                    let candidate = &index.candidates[i];
                    let score = score(matcher, &candidate.title, &candidate.path, &parsed.words)?;
                    Some(Ranked {
                        candidate: i,
                        score,
                    })
                })
                .collect()
        };
        if !parsed.words.is_empty() {
            // (score, index) pairs are unique, so an unstable sort is exact.
            results
                .sort_unstable_by(|a, b| b.score.cmp(&a.score).then(a.candidate.cmp(&b.candidate)));
        }
        self.query = query.to_owned();
        self.results = results;
    }

    fn matcher_for(&self, index: &JumpIndex) -> &SkimMatcherV2 {
        if index.candidates.len() > EXACT_SCORING_LIMIT {
            &self.greedy
        } else {
            &self.exact
        }
    }

    /// The character indices of `title` that the current query matched, for
    /// highlighting (computed only for the rows on screen).
    pub fn matched_indices(&self, title: &str) -> Vec<usize> {
        self.indices(title, |_| true)
    }

    /// The character indices of `path` matched by the query's words that
    /// did not match `title` (where they scored).
    pub fn matched_path_indices(&self, title: &str, path: &str) -> Vec<usize> {
        let in_title = |w: &str| self.exact.fuzzy_match(title, w).is_some();
        self.indices(path, |w| !in_title(w) && in_path(path, w))
    }

    fn indices(&self, text: &str, wanted: impl Fn(&str) -> bool) -> Vec<usize> {
        let mut indices: Vec<usize> = parse(&self.query)
            .words
            .iter()
            .filter(|w| wanted(w))
            .filter_map(|w| self.exact.fuzzy_indices(text, w))
            .flat_map(|(_, idx)| idx)
            .collect();
        indices.sort_unstable();
        indices.dedup();
        indices
    }
}

/// The sum of the words' scores; `None` unless every word matches.
/// Each word of the query must match the title fuzzily or, failing that,
/// stand in the path shown before it (`war and peace › BOOK THREE: 1812 ›
/// CHAPTER VII`, so `three vii` finds it): the path takes whole pieces
/// only, as a long path would match almost any letters fuzzily.
fn score(matcher: &SkimMatcherV2, title: &str, path: &str, words: &[&str]) -> Option<i64> {
    let mut total = 0;
    for word in words {
        total += match matcher.fuzzy_match(title, word) {
            Some(score) => score,
            None if in_path(path, word) => matcher.fuzzy_match(path, word)? / 2,
            None => return None,
        };
    }
    Some(total)
}

/// Whether `word` stands in `path` as it is typed (case ignored).
fn in_path(path: &str, word: &str) -> bool {
    path.to_lowercase().contains(&word.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    fn seed_index() -> JumpIndex {
        let doc = Document::from_text("seed.txt", crate::source::SEED_TEXT, Format::Plain);
        JumpIndex::new(&[&doc], &[])
    }

    fn top(index: &JumpIndex, query: &str) -> Option<String> {
        let mut ranker = Ranker::default();
        ranker.rank(index, query);
        ranker
            .results()
            .first()
            .map(|r| index.candidates[r.candidate].title.clone())
    }

    #[test]
    fn seed_queries_land_on_the_right_paragraphs() {
        let index = seed_index();
        assert!(top(&index, "goal").unwrap().starts_with("the goal"));
        assert!(
            top(&index, "princ")
                .unwrap()
                .starts_with("the guiding principle")
        );
        assert!(
            top(&index, "pla act")
                .unwrap()
                .starts_with("the platform for action")
        );
        assert_eq!(top(&index, "xyzq"), None);
    }

    #[test]
    fn empty_query_lists_all_in_document_order() {
        let index = seed_index();
        let mut ranker = Ranker::default();
        ranker.rank(&index, "");
        let order: Vec<usize> = ranker.results().iter().map(|r| r.candidate).collect();
        assert_eq!(order, (0..index.candidates.len()).collect::<Vec<_>>());
    }

    #[test]
    fn smart_case_and_filters() {
        let index = seed_index();
        assert!(
            top(&index, "GOAL").is_none(),
            "capitals make the query case-sensitive"
        );
        assert!(top(&index, "#goal").is_some());
        assert!(top(&index, "'goal").is_none(), "no bookmarks here");
    }

    #[test]
    fn narrowing_gives_the_same_result_as_ranking_afresh() {
        let index = seed_index();
        let mut grown = Ranker::default();
        for query in ["t", "th", "the", "the p", "the pa"] {
            grown.rank(&index, query);
        }
        let mut fresh = Ranker::default();
        fresh.rank(&index, "the pa");
        assert_eq!(grown.results(), fresh.results());
    }

    #[test]
    fn paths_name_the_ancestors() {
        let doc = Document::from_text(
            "b.md",
            "# Book\n## Chapter\n### Section\n",
            Format::Markdown,
        );
        let index = JumpIndex::new(&[&doc], &[]);
        assert_eq!(index.candidates[2].path, "b.md › Book › Chapter");
        assert_eq!(index.candidates[0].path, "b.md");
    }

    #[test]
    fn highlights_are_the_matched_characters() {
        let index = seed_index();
        let mut ranker = Ranker::default();
        ranker.rank(&index, "goal");
        let title = &index.candidates[ranker.results()[0].candidate].title;
        let chars: Vec<char> = title.chars().collect();
        let picked: String = ranker
            .matched_indices(title)
            .iter()
            .map(|&i| chars[i])
            .collect();
        assert_eq!(picked, "goal");
    }

    #[test]
    fn words_match_the_path_shown_as_well_as_the_title() {
        let mut text = String::new();
        for book in ["ONE", "TWO", "THREE"] {
            text.push_str(&format!("BOOK {book}: 1805\n\n"));
            for chapter in ["I", "II", "VII"] {
                text.push_str(&format!(
                    "CHAPTER {chapter}\n\nSome prose of the chapter, long enough.\n\n"
                ));
            }
        }
        let doc = Document::from_text("war.txt", &text, Format::Plain);
        let index = JumpIndex::new(&[&doc], &[]);
        let mut ranker = Ranker::default();
        ranker.rank(&index, "three vii");
        let best = &index.candidates[ranker.results()[0].candidate];
        assert_eq!(best.title, "CHAPTER VII");
        assert!(best.path.contains("THREE"), "{}", best.path);
        assert_eq!(
            ranker.matched_path_indices(&best.title, &best.path).len(),
            5
        );
        ranker.rank(&index, "chapter vii");
        assert_eq!(ranker.results().len(), 3, "one chapter VII a book");
    }
}
