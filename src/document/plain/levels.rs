//! From heading candidates to the outline: levels from the ranks used
//! (after the adjustments of [`super::adjust`]), and the paragraph fallback
//! for documents without headings.

use super::{BlockKind, Detector, HeadingKind, Section, SectionKind, Structure, labels, rules};

impl Detector<'_> {
    /// [`Self::finish`], and why each entry is there (see `explain`).
    pub(super) fn finish_explained(mut self) -> (Structure, Vec<super::explain::Explanation>) {
        use super::explain::{Explanation, Verdict, reason, rule_name};
        let joined = self.settle_families();
        let rejected = std::mem::take(&mut self.rejected);
        let mut rules: Vec<(usize, &'static str)> = self
            .headings
            .iter()
            .map(|h| (h.block, rule_name(h.kind)))
            .collect();
        rules.sort_unstable_by_key(|&(block, _)| block);
        let structure = self.build(joined);
        let mut notes = Vec::new();
        for section in &structure.sections {
            let verdict = match section.kind {
                crate::document::SectionKind::Title => Verdict::Entry(reason::TITLE),
                _ => match rules.binary_search_by_key(&section.block, |&(block, _)| block) {
                    Ok(at) => Verdict::Entry(rules[at].1),
                    Err(_) => continue,
                },
            };
            let offset = structure.blocks[section.block].range.start;
            notes.push(Explanation {
                offset,
                title: section.title.clone(),
                verdict,
            });
        }
        for (block, title, why) in rejected {
            let offset = structure.blocks.get(block).map_or(0, |b| b.range.start);
            notes.push(Explanation {
                offset,
                title,
                verdict: Verdict::Rejected(why),
            });
        }
        notes.sort_by_key(|n| n.offset);
        (structure, notes)
    }

    /// Assign levels and build the outline.
    pub(super) fn finish(mut self) -> Structure {
        let joined = self.settle_families();
        self.build(joined)
    }

    /// The decisions that need every candidate: which families stay, what
    /// joins what, and how families rank. Returns the joined name blocks.
    fn settle_families(&mut self) -> Vec<(usize, usize)> {
        self.drop_contents_lists();
        self.drop_repeated_lines();
        self.drop_stray_capitals();
        self.keep_counting_numbers();
        self.head_restarted_counts();
        self.keep_diary_dates();
        let joined = self.join_numerals_and_names();
        self.promote_leading_caps_to_title();
        self.adjust_ranks();
        self.trust_underlines_over_families();
        self.nest_families_in_their_division();
        self.order_underlines_as_they_appear();
        self.order_books_and_parts_by_containment();
        joined
    }

    /// Levels from the nesting, and the outline.
    fn build(mut self, joined: Vec<(usize, usize)>) -> Structure {
        let base = u8::from(self.title.is_some());
        let mut sections = Vec::new();
        if let Some(title) = &self.title {
            let block = self
                .blocks
                .iter()
                .position(|b| matches!(b.kind, BlockKind::Heading { .. }))
                .unwrap_or(0);
            sections.push(Section {
                level: 1,
                title: title.clone(),
                block,
                kind: SectionKind::Title,
            });
        }
        if self.headings.is_empty() {
            sections.extend(self.paragraph_sections(base + 1));
        }
        // A heading's level is one more than the stronger headings still
        // open above it: depth follows the nesting actually present (a
        // chapter directly in a part is level 2, one in a sub-part 3).
        // Before the first of the strongest headings (a book whose `PART
        // ONE` line is missing), a heading takes the level of its kind.
        let mut ranks: Vec<u16> = self.headings.iter().map(|h| h.rank).collect();
        ranks.sort_unstable();
        ranks.dedup();
        let first_top = ranks
            .first()
            .and_then(|&top| self.headings.iter().position(|h| h.rank == top))
            .unwrap_or(0);
        let mut open: Vec<(u16, bool)> = Vec::new();
        for (index, heading) in self.headings.iter().enumerate() {
            while open.last().is_some_and(|&(rank, _)| rank >= heading.rank) {
                open.pop();
            }
            let numbered = heading.kind == Some(HeadingKind::Numbered);
            open.push((heading.rank, numbered));
            let depth = if index < first_top {
                ranks.binary_search(&heading.rank).unwrap_or(0) + 1
            } else if numbered {
                // `13.1.1` is three deep even where no `13.1` line stands.
                let above = open.iter().filter(|&&(_, n)| !n).count();
                above + usize::from((heading.rank - rules::RANK_CHAPTER) / 10) + 1
            } else {
                open.len()
            };
            let level = base + depth.min(250) as u8;
            self.blocks[heading.block].kind = BlockKind::Heading { level };
            sections.push(Section {
                level,
                title: heading.title.clone(),
                block: heading.block,
                kind: SectionKind::Heading,
            });
        }
        // The closing licence stands beside the top divisions, so it is
        // never read as part of the last chapter.
        if let Some(block) = self.licence_at.filter(|&b| b < self.blocks.len()) {
            sections.push(Section {
                level: base + 1,
                title: "Project Gutenberg licence".to_owned(),
                block,
                kind: SectionKind::Licence,
            });
        }
        for (name, numeral) in joined {
            self.blocks[name].kind = self.blocks[numeral].kind;
        }
        sections.sort_by_key(|s| s.block);
        Structure {
            links: Default::default(),
            title: self.title,
            blocks: self.blocks,
            sections,
            deferred: None,
        }
    }

    /// The fallback outline: every paragraph, labelled by its opening words.
    pub(super) fn paragraph_sections(&self, level: u8) -> Vec<Section> {
        let paragraphs: Vec<usize> = (0..self.blocks.len())
            .filter(|&i| {
                matches!(
                    self.blocks[i].kind,
                    BlockKind::Paragraph | BlockKind::Preformatted
                )
            })
            .collect();
        // Labels read the words, not a coloured log's codes.
        let texts: Vec<std::borrow::Cow<str>> = paragraphs
            .iter()
            .map(|&i| crate::text::strip_sgr(&self.text[self.blocks[i].range.clone()]))
            .collect();
        let labels = labels::paragraph_labels(texts.iter().map(|t| t.as_ref()));
        paragraphs
            .into_iter()
            .zip(labels)
            .map(|(block, title)| Section {
                level,
                title,
                block,
                kind: SectionKind::Paragraph,
            })
            .collect()
    }
}
