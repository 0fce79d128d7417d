//! The last step of building a Markdown document: heading levels from the
//! document's own top level, and the front matter's title as the root of
//! the outline.

use super::Builder;
use crate::document::{BlockKind, Section, SectionKind, Structure};

impl Builder<'_> {
    pub(super) fn finish(mut self) -> Structure {
        self.close_pending();
        // Sections keep the document's own levels (`##` is 2 in a document
        // without a `#`); headings are styled from the top one down.
        let top = self.sections.iter().map(|s| s.level).min().unwrap_or(1);
        for block in &mut self.blocks {
            if let BlockKind::Heading { level } = &mut block.kind {
                *level = level.saturating_sub(top - 1).max(1);
            }
        }
        let first_heading = self.sections.first().map(|s| s.title.clone());
        match &self.metadata_title {
            // The front matter's title is the root of the outline (level 0,
            // above `#`), unless the first heading already says it.
            Some(title) if !self.blocks.is_empty() && first_heading.as_ref() != Some(title) => {
                for (_, section) in &mut self.links.ids {
                    *section += 1;
                }
                self.sections.insert(
                    0,
                    Section {
                        level: 0,
                        title: title.clone(),
                        block: 0,
                        kind: SectionKind::Title,
                    },
                );
            }
            _ => {}
        }
        let first_h1 = self
            .sections
            .iter()
            .find(|s| s.level == top && s.kind == SectionKind::Heading)
            .map(|s| s.title.clone());
        Structure {
            title: self.metadata_title.or(first_h1),
            blocks: self.blocks,
            sections: self.sections,
            links: self.links,
            deferred: None,
        }
    }
}

/// `title: Foo` (YAML) or `title = "Foo"` (TOML) in front matter.
pub(super) fn front_matter_title(metadata: &str) -> Option<String> {
    metadata.lines().find_map(|line| {
        let rest = line.strip_prefix("title")?.trim_start();
        let value = rest
            .strip_prefix(':')
            .or_else(|| rest.strip_prefix('='))?
            .trim();
        let value = value.trim_matches(|c| c == '"' || c == '\'').trim();
        (!value.is_empty()).then(|| value.to_owned())
    })
}
