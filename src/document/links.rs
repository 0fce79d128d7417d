//! A document's links and footnotes, and where a link leads: a section of
//! this document (`#anchor`, by a heading's explicit id or GitHub's slug of
//! its title), a footnote, another file beside it, or the web.

use super::Section;

/// What a footnote reference links to: this scheme and the note's label.
pub const FOOTNOTE: &str = "footnote:";

/// One link, as the link list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The block the link is in.
    pub block: usize,
    pub text: String,
    pub target: String,
}

/// Every link of a document, its footnotes and its headings' ids.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Links {
    pub list: Vec<Link>,
    /// Each footnote's label and the block its note starts at.
    pub notes: Vec<(String, usize)>,
    /// Headings' explicit ids (`{#id}`, `<h2 id=…>`) and their sections.
    pub ids: Vec<(String, usize)>,
    /// In a book: each chapter's path and `path#id`, and the block there.
    pub places: Vec<(String, usize)>,
}

/// Whether a link's address is worth showing after its text: not for
/// places in the document (`#anchor`, a footnote, a chapter of the book),
/// nor when the text already says it (`<https://…>`).
pub fn shows_address(target: &str, text: &str) -> bool {
    let inside = ["#", FOOTNOTE, super::epub::IN_BOOK];
    !target.is_empty() && !inside.iter().any(|p| target.starts_with(p)) && text.trim() != target
}

/// Where following a link leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    Section(usize),
    /// A block of this document (a footnote).
    Block(usize),
    /// A file named relative to this document's, and a fragment in it.
    File {
        path: String,
        fragment: Option<String>,
    },
    /// A web or mail address, safe to hand to the terminal.
    External(String),
    /// Nothing lectern can follow (an unknown anchor, a `javascript:`
    /// address, one with control characters): say so.
    Nowhere(String),
}

impl Links {
    /// Where `target` leads from this document.
    pub fn resolve(&self, target: &str, sections: &[Section]) -> Destination {
        if let Some(label) = target.strip_prefix(FOOTNOTE) {
            return self.notes.iter().find(|(l, _)| l == label).map_or_else(
                || Destination::Nowhere(format!("no note [^{label}]")),
                |&(_, block)| Destination::Block(block),
            );
        }
        if let Some(place) = target.strip_prefix(super::epub::IN_BOOK) {
            let chapter = place.split('#').next().unwrap_or(place);
            let found = self.places.iter().find(|(p, _)| p == place);
            let found = found.or_else(|| self.places.iter().find(|(p, _)| p == chapter));
            return match found {
                Some(&(_, block)) => Destination::Block(block),
                None => Destination::Nowhere(format!("{place} is not in this book")),
            };
        }
        if let Some(anchor) = target.strip_prefix('#') {
            return match self.section_for(anchor, sections) {
                Some(section) => Destination::Section(section),
                None => Destination::Nowhere(format!("no heading here is #{anchor}")),
            };
        }
        if let Some(url) = external(target) {
            return Destination::External(url.to_owned());
        }
        if target.contains(':') || target.starts_with("//") || !printable(target) {
            return Destination::Nowhere(format!("lectern does not follow {}", scheme(target)));
        }
        let (path, fragment) = match target.split_once('#') {
            Some((path, fragment)) => (path, Some(fragment.to_owned())),
            None => (target, None),
        };
        Destination::File {
            path: percent_decoded(path),
            fragment,
        }
    }

    /// The section an `#anchor` names: a heading's explicit id, else the
    /// heading whose GitHub slug it is (the n-th repeat as `slug-n`).
    pub fn section_for(&self, anchor: &str, sections: &[Section]) -> Option<usize> {
        let anchor = percent_decoded(anchor);
        if let Some(&(_, section)) = self.ids.iter().find(|(id, _)| *id == anchor) {
            return Some(section);
        }
        let wanted = anchor.to_lowercase();
        let mut seen: std::collections::HashMap<String, usize> = Default::default();
        let mut loose = None;
        for (index, section) in sections.iter().enumerate() {
            let base = slug(&section.title);
            let repeat = seen.entry(base.clone()).or_insert(0);
            let slug = match *repeat {
                0 => base.clone(),
                n => format!("{base}-{n}"),
            };
            *repeat += 1;
            if slug == wanted {
                return Some(index);
            }
            // Titles whose markup the slug keeps differently (emoji
            // codes, `&nbsp;`) still match with dashes squeezed.
            if loose.is_none() && squeeze_dashes(&slug) == squeeze_dashes(&wanted) {
                loose = Some(index);
            }
        }
        loose
    }
}

/// GitHub's anchor for a heading: lower case, punctuation dropped (but
/// `-` and `_`), spaces as `-`.
pub fn slug(title: &str) -> String {
    title
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
}

fn squeeze_dashes(slug: &str) -> String {
    let parts: Vec<&str> = slug.split('-').filter(|p| !p.is_empty()).collect();
    parts.join("-")
}

/// A link lectern hands to the terminal: `http`, `https` or `mailto`, every
/// character printable (no escape, no bell, no bidi override).
pub fn external(target: &str) -> Option<&str> {
    let lower = target.get(..8).unwrap_or(target).to_ascii_lowercase();
    let web = ["http://", "https://", "mailto:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme));
    (web && printable(target)).then_some(target)
}

/// No control, format (bidi) or white-space character but the plain space.
fn printable(text: &str) -> bool {
    text.chars().all(|c| {
        !c.is_control()
            && !matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
            && (c == ' ' || !c.is_whitespace())
    })
}

/// A target's scheme for a message, sanitised and short.
fn scheme(target: &str) -> String {
    let head = target.split(':').next().unwrap_or(target);
    let shown = crate::text::sanitize::sanitize(head);
    format!("{}: links", crate::text::truncate_to_width(&shown, 20))
}

/// `%20` and the like in a relative path or anchor, decoded.
fn percent_decoded(text: &str) -> String {
    percent_encoding::percent_decode_str(text)
        .decode_utf8_lossy()
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::SectionKind;

    fn sections(titles: &[&str]) -> Vec<Section> {
        titles
            .iter()
            .enumerate()
            .map(|(block, title)| Section {
                level: 2,
                title: (*title).to_owned(),
                block,
                kind: SectionKind::Heading,
            })
            .collect()
    }

    #[test]
    fn anchors_follow_github_slugs_repeats_and_explicit_ids() {
        let s = sections(&[
            "What Is Ownership?",
            "The `String` Type",
            "Notes",
            "Notes",
            ":anger: Table of Contents",
        ]);
        let links = Links {
            ids: vec![("custom".into(), 2)],
            ..Links::default()
        };
        let go = |t: &str| links.resolve(t, &s);
        assert_eq!(go("#what-is-ownership"), Destination::Section(0));
        assert_eq!(go("#the-string-type"), Destination::Section(1));
        assert_eq!(go("#notes-1"), Destination::Section(3));
        assert_eq!(go("#custom"), Destination::Section(2));
        assert_eq!(go("#anger-table-of-contents"), Destination::Section(4));
        assert!(matches!(go("#missing"), Destination::Nowhere(_)));
    }

    #[test]
    fn files_web_addresses_and_refusals() {
        let links = Links::default();
        let go = |t: &str| links.resolve(t, &[]);
        assert_eq!(
            go("docs/My%20Guide.md#setup"),
            Destination::File {
                path: "docs/My Guide.md".into(),
                fragment: Some("setup".into())
            }
        );
        assert_eq!(
            go("https://example.com/a?b=c"),
            Destination::External("https://example.com/a?b=c".into())
        );
        assert_eq!(
            go("mailto:a@b.org"),
            Destination::External("mailto:a@b.org".into())
        );
        for hostile in [
            "javascript:alert(1)",
            "https://evil.example/\u{1b}]0;owned\u{7}",
            "https://a.example/\u{202e}gpj.exe",
            "file:///etc/passwd",
        ] {
            assert!(
                matches!(go(hostile), Destination::Nowhere(_)),
                "{hostile:?}"
            );
        }
    }

    #[test]
    fn footnotes_lead_to_their_notes() {
        let links = Links {
            notes: vec![("1".into(), 7)],
            ..Links::default()
        };
        assert_eq!(links.resolve("footnote:1", &[]), Destination::Block(7));
        assert!(matches!(
            links.resolve("footnote:2", &[]),
            Destination::Nowhere(_)
        ));
    }
}
