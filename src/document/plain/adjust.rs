//! Rank adjustments that need the whole document: unnumbered RFC
//! headings, numbers that keep counting, underlines in the order they
//! appear, books and parts by containment, stray capitals, diary dates,
//! numerals joined to their names, a leading capital line as the title.

use super::shape::line_start;
use super::{Block, BlockKind, Candidate, Detector, HeadingKind, rules};
use crate::text::squeeze_whitespace;

/// Chapters a document needs before capitals in a few of them are strays.
const MIN_CHAPTERS: usize = 5;
/// Underlined headings a document needs before it counts as underlining
/// all of them.
const MIN_UNDERLINED: usize = 5;
/// Capitals are strays when they stand in fewer than one chapter in this many.
const STRAY_SHARE: usize = 5;

impl Detector<'_> {
    /// In an RFC-style document (numbered headings, indented body text), a
    /// short line at the margin followed by indented text is a heading too:
    /// `Abstract`, `Status of This Memo`, `Authors' Addresses`.
    pub(super) fn promote_unnumbered_rfc_headings(&mut self) {
        let numbered = self
            .headings
            .iter()
            .filter(|h| h.kind == Some(HeadingKind::Numbered))
            .count();
        if numbered < 3 {
            return;
        }
        let text = self.text;
        let indent_of = |b: &Block| {
            let s = &text[line_start(text, b.range.start)..b.range.end];
            s.len() - s.trim_start().len()
        };
        let mut promoted = Vec::new();
        for index in 0..self.blocks.len().saturating_sub(1) {
            let block = &self.blocks[index];
            let next = &self.blocks[index + 1];
            let line = &text[block.range.clone()];
            // The cheap tests first: this runs over every block.
            let candidate = block.kind == BlockKind::Paragraph
                && line.len() <= 50 * 4
                && line.chars().count() <= 50
                && !line.contains('\n')
                && indent_of(block) == 0
                && indent_of(next) >= 2
                && line.chars().next().is_some_and(char::is_uppercase)
                && !line.contains(':')
                && !line.ends_with(['.', ',', ';', ':']);
            if candidate {
                promoted.push(index);
            }
        }
        for index in promoted {
            self.blocks[index].kind = BlockKind::Heading { level: 1 };
            let title = squeeze_whitespace(&text[self.blocks[index].range.clone()]);
            let at = self.headings.partition_point(|h| h.block < index);
            self.headings.insert(
                at,
                Candidate {
                    block: index,
                    title,
                    rank: rules::RANK_CHAPTER,
                    kind: Some(HeadingKind::Caps),
                },
            );
        }
    }

    /// Bare section numbers stay headings only where they count up.
    pub(super) fn keep_counting_numbers(&mut self) {
        // Bare numbers count with the top-level numbered headings beside
        // them: `1` alone, then `2 The Second Part`, `3 …` is one family.
        let top_numbered =
            |h: &Candidate| h.kind == Some(HeadingKind::Numbered) && h.rank == rules::RANK_CHAPTER;
        let numbered: Vec<usize> = (0..self.headings.len())
            .filter(|&i| {
                let h = &self.headings[i];
                h.kind == Some(HeadingKind::BareNumber) || top_numbered(h)
            })
            .collect();
        let values: Vec<u32> = numbered
            .iter()
            .map(|&i| {
                let title = &self.headings[i].title;
                let number = title
                    .split(|c: char| !c.is_ascii_digit())
                    .next()
                    .unwrap_or("");
                number
                    .parse()
                    .ok()
                    .or_else(|| super::margin::bare_number(title))
                    .unwrap_or(0)
            })
            .collect();
        let keep = super::margin::counting(&values);
        let with_titles = numbered.iter().any(|&i| top_numbered(&self.headings[i]));
        for (&i, &kept) in numbered.iter().zip(&keep) {
            let h = &mut self.headings[i];
            if kept && with_titles && h.kind == Some(HeadingKind::BareNumber) {
                h.rank = rules::RANK_CHAPTER;
            }
        }
        let dropped: Vec<usize> = numbered
            .iter()
            .zip(keep)
            .filter(|&(&i, keep)| !keep && self.headings[i].kind == Some(HeadingKind::BareNumber))
            .map(|(&i, _)| self.headings[i].block)
            .collect();
        for heading in self.headings.iter().filter(|h| dropped.contains(&h.block)) {
            let reason = super::explain::reason::NOT_COUNTING;
            self.rejected
                .push((heading.block, heading.title.clone(), reason));
        }
        for &block in &dropped {
            self.blocks[block].kind = BlockKind::Paragraph;
        }
        self.headings.retain(|h| !dropped.contains(&h.block));
    }

    /// reStructuredText's rule: underline styles rank in the order they
    /// first appear (`=` then `-` then `~` in one document, `-` then `=` in
    /// another).
    pub(super) fn order_underlines_as_they_appear(&mut self) {
        let mut styles: Vec<char> = Vec::new();
        let text = self.text;
        for heading in &mut self.headings {
            if heading.kind != Some(HeadingKind::Underlined) {
                continue;
            }
            let after = &text[self.blocks[heading.block].range.end..];
            let Some(style) = after.trim_start_matches(['\r', '\n']).chars().next() else {
                continue;
            };
            let order = match styles.iter().position(|&c| c == style) {
                Some(order) => order,
                None => {
                    styles.push(style);
                    styles.len() - 1
                }
            };
            heading.rank = rules::RANK_PART + 5 + order as u16;
        }
    }

    /// `PART` over `Book` in one novel, `BOOK` over `PART` in another: of
    /// the two families, the one with fewer members holds the other.
    pub(super) fn order_books_and_parts_by_containment(&mut self) {
        let count = |rank: u16| {
            self.headings
                .iter()
                .filter(|h| {
                    h.kind == Some(HeadingKind::Keyword) && h.rank == rules::RANK_BOOK + rank
                })
                .count()
        };
        let (books, parts) = (count(0), count(rules::RANK_PART - rules::RANK_BOOK));
        if books == 0 || parts == 0 || parts >= books {
            return;
        }
        for heading in &mut self.headings {
            if heading.kind == Some(HeadingKind::Keyword) {
                heading.rank = match heading.rank {
                    rules::RANK_BOOK => rules::RANK_PART,
                    rules::RANK_PART => rules::RANK_BOOK,
                    other => other,
                };
            }
        }
    }

    /// Capitals inside the chapters of a few chapters only — a letter's
    /// salutation and signature, a proclamation, a newspaper's headlines —
    /// do not form a family with the document's divisions: they stay text.
    /// Capitals before the first chapter of a division (front matter) and
    /// capitals found all through the chapters are headings.
    pub(super) fn drop_stray_capitals(&mut self) {
        // The main division: the most numerous family above the capitals.
        let mut families: Vec<((Option<HeadingKind>, u16), usize)> = Vec::new();
        for h in self.headings.iter().filter(|h| h.rank < rules::RANK_CAPS) {
            match families.iter_mut().find(|(f, _)| *f == (h.kind, h.rank)) {
                Some((_, count)) => *count += 1,
                None => families.push(((h.kind, h.rank), 1)),
            }
        }
        let Some(&(main, chapters)) = families.iter().max_by_key(|(_, count)| *count) else {
            return;
        };
        if chapters < MIN_CHAPTERS {
            return;
        }
        // Each capitals line, and the chapter it stands in (if any).
        let mut inside: Vec<(usize, usize)> = Vec::new();
        let mut container: Option<usize> = None;
        for (index, h) in self.headings.iter().enumerate() {
            if h.rank < rules::RANK_CAPS {
                container = ((h.kind, h.rank) == main).then_some(index);
            } else if h.kind == Some(HeadingKind::Caps)
                && let Some(chapter) = container
            {
                inside.push((index, chapter));
            }
        }
        let mut holding: Vec<usize> = inside.iter().map(|&(_, chapter)| chapter).collect();
        holding.dedup();
        if holding.is_empty() || holding.len() * STRAY_SHARE >= chapters {
            return;
        }
        let stray: Vec<usize> = inside.iter().map(|&(index, _)| index).collect();
        for &index in stray.iter().rev() {
            let h = self.headings.remove(index);
            self.blocks[h.block].kind = BlockKind::Paragraph;
            let reason = super::explain::reason::STRAY_CAPITALS;
            self.rejected.push((h.block, h.title, reason));
        }
    }

    /// Dated entries are a diary's divisions only where they are a good
    /// part of the outline (one in ten); a few dated letters in a novel are
    /// text.
    pub(super) fn keep_diary_dates(&mut self) {
        let dates = self
            .headings
            .iter()
            .filter(|h| h.kind == Some(HeadingKind::Date))
            .count();
        if dates >= 3 && dates * 10 >= self.headings.len() {
            return;
        }
        for heading in self
            .headings
            .iter()
            .filter(|h| h.kind == Some(HeadingKind::Date))
        {
            self.blocks[heading.block].kind = BlockKind::Paragraph;
            let reason = super::explain::reason::FEW_DATES;
            self.rejected
                .push((heading.block, heading.title.clone(), reason));
        }
        self.headings.retain(|h| h.kind != Some(HeadingKind::Date));
    }

    /// A bare numeral followed at once by a name (`I`, then `БЭЛА`; `IV.`,
    /// then `THE RED-HEADED LEAGUE`) is one heading: the name joins the
    /// numeral's title, and its block is shown as part of that heading.
    /// Returns the name blocks, with the numeral's block.
    pub(super) fn join_numerals_and_names(&mut self) -> Vec<(usize, usize)> {
        let mut joined = Vec::new();
        let mut index = 0;
        while index + 1 < self.headings.len() {
            let (numeral, name) = (&self.headings[index], &self.headings[index + 1]);
            // A numeral alone, or a division word and its number alone
            // (`CHAPTER I` over `THE NAME`): a title in two lines.
            // Close under it: set two blank lines apart, a name is a
            // heading of its own (`BOOK II` over a poem's title).
            let close = self.blocks[name.block].line() <= self.blocks[numeral.block].line() + 2;
            let bare = numeral.kind == Some(HeadingKind::Roman)
                || numeral.kind == Some(HeadingKind::Keyword)
                    && numeral.title.split_whitespace().nth(2).is_none()
                    && close;
            let named = matches!(
                name.kind,
                Some(HeadingKind::Caps | HeadingKind::SetApart | HeadingKind::Margin)
            );
            if bare && named && name.block == numeral.block + 1 {
                let name = self.headings.remove(index + 1);
                let reason = super::explain::reason::NAME_JOINED;
                self.rejected.push((name.block, name.title.clone(), reason));
                let numeral = &mut self.headings[index];
                numeral.title = format!("{} {}", numeral.title, name.title);
                joined.push((name.block, numeral.block));
            }
            index += 1;
        }
        joined
    }

    /// With no title found, a capital heading before every stronger heading
    /// names the whole document (`THE CONSTITUTION OF THE UNITED STATES…`).
    pub(super) fn promote_leading_caps_to_title(&mut self) {
        if self.title.is_some() || self.headings.len() < 2 {
            return;
        }
        let first = &self.headings[0];
        let outranked = self.headings[1..].iter().all(|h| h.rank < first.rank);
        if first.kind == Some(HeadingKind::Caps) && outranked {
            let first = self.headings.remove(0);
            self.title = Some(first.title);
        }
    }

    /// A document that underlines its headings (`makeinfo`'s manuals)
    /// marks every one it has: a family of numbered lines there without
    /// underlines is a list (a licence's clauses in an appendix).
    pub(super) fn trust_underlines_over_families(&mut self) {
        let text = self.text;
        let underlined = |h: &Candidate| {
            let end = self.blocks[h.block].range.end;
            let rest = &text[end.min(text.len())..];
            let next = rest.trim_start_matches(['\r', ' ']).strip_prefix('\n');
            next.and_then(|r| r.lines().next())
                .is_some_and(|line| rules::underline_rank(line.trim()).is_some())
        };
        let ruled = self.headings.iter().filter(|h| underlined(h)).count();
        let others = self
            .headings
            .iter()
            .filter(|h| h.kind != Some(HeadingKind::Series))
            .count();
        if ruled >= MIN_UNDERLINED && ruled * 2 >= others {
            self.headings
                .retain(|h| h.kind != Some(HeadingKind::Series) || underlined(h));
        }
    }

    /// A family of numbered lines all inside one of a run of peer
    /// divisions (a licence's `0. PREAMBLE`… inside `Appendix A`, between
    /// `Appendix` peers) sits under that division, not beside it.
    pub(super) fn nest_families_in_their_division(&mut self) {
        let is_series = |h: &Candidate| h.kind == Some(HeadingKind::Series);
        let Some(first) = self.headings.iter().position(is_series) else {
            return;
        };
        let last = self.headings.iter().rposition(is_series).unwrap_or(first);
        if self.headings[first..=last].iter().any(|h| !is_series(h)) || first == 0 {
            return;
        }
        let (before, after) = (&self.headings[first - 1], self.headings.get(last + 1));
        let peer = |h: &Candidate| h.kind == before.kind && h.rank == before.rank;
        let closed = after.is_some_and(peer);
        let peers_earlier = self.headings[..first - 1].iter().any(peer);
        if closed && peers_earlier {
            let rank = before.rank + 1;
            for heading in &mut self.headings[first..=last] {
                heading.rank = heading.rank.max(rank);
            }
        }
    }

    /// Epilogues stand with the document's top divisions; in numbered
    /// (RFC-style) documents capital headings are peers of the chapters.
    pub(super) fn adjust_ranks(&mut self) {
        let top_keyword = self
            .headings
            .iter()
            .filter(|h| h.kind == Some(HeadingKind::Keyword))
            .map(|h| h.rank)
            .min();
        let numbered = self
            .headings
            .iter()
            .filter(|h| h.kind == Some(HeadingKind::Numbered))
            .count()
            >= 3;
        // A dictionary's letters: `C`, `D`, `I` are letters there, not numerals.
        let single_letter = |h: &Candidate| h.title.chars().count() == 1;
        let letters = self
            .headings
            .iter()
            .filter(|h| h.kind == Some(HeadingKind::Caps) && single_letter(h))
            .count()
            >= 3;
        for heading in &mut self.headings {
            if letters && heading.kind == Some(HeadingKind::Roman) && single_letter(heading) {
                heading.kind = Some(HeadingKind::Caps);
                heading.rank = rules::RANK_CAPS;
            }
            match heading.kind {
                Some(HeadingKind::Prologue) => heading.rank = top_keyword.unwrap_or(heading.rank),
                Some(HeadingKind::Caps) if numbered => heading.rank = rules::RANK_CHAPTER,
                _ => {}
            }
        }
    }
}
