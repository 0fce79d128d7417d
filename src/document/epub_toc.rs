//! An EPUB's table of contents: the EPUB 3 `nav` document or the EPUB 2
//! NCX, as entries, then placed in the book's Markdown where they point.

use super::epub::{join, parent_of};
use crate::text::squeeze_whitespace as squeeze;
use scraper::{ElementRef, Html};
use std::collections::HashMap;

/// One entry: its depth (1 at the top), its title, and the zip path and
/// fragment it points at (`None` for an unlinked group heading).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub depth: u8,
    pub title: String,
    pub target: Option<String>,
}

/// `href` from the table-of-contents file at `from` as `path#fragment`.
fn target(from: &str, href: &str) -> String {
    let base = parent_of(from);
    match href.split_once('#') {
        Some(("", fragment)) => format!("{from}#{fragment}"),
        Some((path, fragment)) => format!("{}#{fragment}", join(&base, path)),
        None => join(&base, href),
    }
}

/// The EPUB 3 navigation document's `toc` list (read with an HTML parser:
/// real files are not always well-formed XML).
pub fn from_nav(text: &str, path: &str) -> Vec<Entry> {
    let document = Html::parse_document(text);
    let navs: Vec<ElementRef> = document
        .root_element()
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| e.value().name() == "nav")
        .collect();
    let is_toc = |nav: &ElementRef| {
        nav.value().attrs().any(|(name, value)| {
            name.ends_with("type") && value.split_whitespace().any(|v| v == "toc")
        })
    };
    let Some(nav) = navs.iter().find(|n| is_toc(n)).or(navs.first()) else {
        return Vec::new();
    };
    let mut entries = Vec::new();
    if let Some(list) = child(*nav, "ol") {
        walk_list(list, 1, path, &mut entries);
    }
    entries
}

fn child<'a>(element: ElementRef<'a>, name: &str) -> Option<ElementRef<'a>> {
    element
        .children()
        .filter_map(ElementRef::wrap)
        .find(|c| c.value().name() == name)
}

fn walk_list(list: ElementRef<'_>, depth: u8, from: &str, entries: &mut Vec<Entry>) {
    if list.value().attr("hidden").is_some() {
        return;
    }
    for item in list.children().filter_map(ElementRef::wrap) {
        if item.value().name() != "li" || item.value().attr("hidden").is_some() {
            continue;
        }
        let label = item
            .children()
            .filter_map(ElementRef::wrap)
            .find(|c| matches!(c.value().name(), "a" | "span"));
        if let Some(label) = label {
            let title = squeeze(&label.text().collect::<String>());
            let href = (label.value().name() == "a")
                .then(|| label.value().attr("href"))
                .flatten();
            if !title.is_empty() {
                entries.push(Entry {
                    depth,
                    title,
                    target: href.map(|h| target(from, h)),
                });
            }
        }
        if let Some(nested) = child(item, "ol") {
            walk_list(nested, depth.saturating_add(1), from, entries);
        }
    }
}

/// The EPUB 2 NCX's `navMap`, its `navPoint`s nested as they are.
pub fn from_ncx(text: &str, path: &str) -> Vec<Entry> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    let Ok(xml) = roxmltree::Document::parse_with_options(text, options) else {
        return Vec::new();
    };
    let Some(map) = xml.descendants().find(|n| n.tag_name().name() == "navMap") else {
        return Vec::new();
    };
    let mut entries = Vec::new();
    walk_points(map, 1, path, &mut entries);
    entries
}

fn walk_points(parent: roxmltree::Node<'_, '_>, depth: u8, from: &str, entries: &mut Vec<Entry>) {
    for point in parent
        .children()
        .filter(|n| n.tag_name().name() == "navPoint")
    {
        let title = point
            .children()
            .find(|n| n.tag_name().name() == "navLabel")
            .and_then(|label| label.descendants().find(|n| n.tag_name().name() == "text"))
            .and_then(|text| text.text())
            .map(squeeze)
            .unwrap_or_default();
        let href = point
            .children()
            .find(|n| n.tag_name().name() == "content")
            .and_then(|c| c.attribute("src"));
        if !title.is_empty() {
            entries.push(Entry {
                depth,
                title,
                target: href.map(|h| target(from, h)),
            });
        }
        walk_points(point, depth.saturating_add(1), from, entries);
    }
}

/// Each entry with the byte of the Markdown it points at: its target's
/// id, else its chapter's start; an unlinked heading takes the place of
/// the entry after it (its first child). Entries whose chapter is not in
/// the spine are left out.
/// An entry placed: its depth, title, the byte of the Markdown it points
/// at, and its target in the book (`path#fragment`).
pub type Placed = (u8, String, usize, String);

pub fn place(entries: Vec<Entry>, places: &HashMap<String, usize>) -> Vec<Placed> {
    let found = |target: &str| {
        places.get(target).copied().or_else(|| {
            let chapter = target.split('#').next().unwrap_or(target);
            places.get(chapter).copied()
        })
    };
    let mut placed: Vec<(u8, String, Option<usize>, String)> = entries
        .into_iter()
        .filter_map(|e| match e.target {
            Some(target) => found(&target).map(|at| (e.depth, e.title, Some(at), target)),
            None => Some((e.depth, e.title, None, String::new())),
        })
        .collect();
    // Unlinked headings, last first so a chain of them all find a place.
    for index in (0..placed.len()).rev() {
        if placed[index].2.is_none() {
            let next = placed.get(index + 1).map(|next| (next.2, next.3.clone()));
            if let Some((at, source)) = next {
                placed[index].2 = at;
                placed[index].3 = source;
            }
        }
    }
    placed
        .into_iter()
        .filter_map(|(depth, title, at, source)| Some((depth, title, at?, source)))
        .collect()
}
