//! EPUB 2 and 3 books: the zip is opened (read only: nothing is ever
//! written out, whatever its entries are called), `META-INF/container.xml`
//! names the package (OPF), whose spine gives the chapters in reading
//! order. Each chapter is read as HTML ([`super::html`]) into one
//! document; the outline is the book's own table of contents — the
//! EPUB 3 `nav` (nested lists, unlinked `span` entries as group headings,
//! `hidden` lists left out) or the EPUB 2 NCX — placed where its entries
//! point. Refused, with one line saying why: encrypted (DRM) content, a
//! package missing, entries that would expand past a sane size.

use super::compose::Composer;
use super::{LinkUrls, Structure, html};
use std::collections::HashMap;
use std::io::Read;

/// The most a book's entries may expand to in all (a megabyte in unit
/// tests, which build a bomb to hit it).
const EXPANDED_LIMIT: u64 = if cfg!(test) { 1 << 20 } else { 512 << 20 };

/// A book read: its text and structure, and what the package says of it.
#[derive(Debug, Default)]
pub struct Book {
    /// Its chapters' displayed text, one after another.
    pub text: String,
    pub structure: Structure,
    pub title: Option<String>,
    pub author: Option<String>,
    /// The table of contents: depth (1 at the top), title, and the block
    /// it points at.
    pub toc: Vec<super::epub_toc::Placed>,
    /// Each chapter's zip path, and `path#id` of each id in it, with the
    /// block where it begins.
    pub places: Vec<(String, usize)>,
}

/// Whether `bytes` are a zip (an EPUB is one).
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Whether `bytes` are an EPUB beyond doubt: a zip whose first entry is
/// the `mimetype` file, stored, saying `application/epub+zip` (as the OCF
/// standard requires of every EPUB).
pub fn is_epub(bytes: &[u8]) -> bool {
    is_zip(bytes)
        && bytes.get(30..38) == Some(b"mimetype")
        && bytes
            .get(38..38 + 64)
            .is_some_and(|after| memchr::memmem::find(after, b"application/epub+zip").is_some())
}

/// Read an EPUB from its bytes.
pub fn read(bytes: &[u8], link_urls: LinkUrls) -> Result<Book, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("not a readable EPUB (the zip: {e})"))?;
    let mut budget = EXPANDED_LIMIT;
    let mut entry = |zip: &mut zip::ZipArchive<_>, name: &str| -> Result<Option<String>, String> {
        let Ok(mut file) = zip.by_name(name) else {
            return Ok(None);
        };
        let mut bytes = Vec::new();
        (&mut file)
            .take(budget + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("not a readable EPUB ({name}: {e})"))?;
        if bytes.len() as u64 > budget {
            return Err(format!(
                "its contents expand past {} MB; lectern stops there",
                EXPANDED_LIMIT >> 20
            ));
        }
        budget -= bytes.len() as u64;
        Ok(Some(String::from_utf8_lossy(&bytes).into_owned()))
    };
    let container = entry(&mut zip, "META-INF/container.xml")?
        .ok_or("not an EPUB: META-INF/container.xml is missing")?;
    if let Some(encryption) = entry(&mut zip, "META-INF/encryption.xml")?
        && encryption.contains("EncryptedData")
    {
        return Err("its contents are encrypted (DRM); lectern cannot read them".to_owned());
    }
    let opf_path = attribute_of(&container, "rootfile", "full-path")
        .ok_or("not an EPUB: its container names no package")?;
    let opf = entry(&mut zip, &opf_path)?
        .ok_or_else(|| format!("not an EPUB: the package {opf_path} is missing"))?;
    let package = Package::parse(&opf, &opf_path)?;
    let mut book = Book {
        title: package.title.clone(),
        author: package.author.clone(),
        ..Book::default()
    };
    // The block each chapter (and each id in it) starts at.
    let mut places: HashMap<String, usize> = HashMap::new();
    let mut composer = Composer::new(link_urls);
    for path in &package.spine {
        let Some(chapter) = entry(&mut zip, path)? else {
            continue;
        };
        places.insert(path.clone(), composer.next_block());
        let before = composer.ids().len();
        html::append(&chapter, &mut composer, Some(path));
        for (id, block) in &composer.ids()[before..] {
            places.insert(format!("{path}#{id}"), *block);
        }
    }
    (book.text, book.structure) = composer.finish(None);
    // Its links are to places in the book (`epub:`), not to ids.
    book.structure.links.ids.clear();
    let toc = match (&package.nav, &package.ncx) {
        (Some(nav), _) => entry(&mut zip, nav)?.map(|text| super::epub_toc::from_nav(&text, nav)),
        (None, Some(ncx)) => {
            entry(&mut zip, ncx)?.map(|text| super::epub_toc::from_ncx(&text, ncx))
        }
        _ => None,
    };
    book.toc = super::epub_toc::place(toc.unwrap_or_default(), &places);
    book.places = places.into_iter().collect();
    Ok(book)
}

/// What links into the book lead to: `epub:` and the zip path and fragment.
pub const IN_BOOK: &str = "epub:";

/// What the package (OPF) says: title, author, the chapters in order, and
/// where the table of contents is.
struct Package {
    title: Option<String>,
    author: Option<String>,
    /// Zip paths of the chapters, in reading order.
    spine: Vec<String>,
    nav: Option<String>,
    ncx: Option<String>,
}

impl Package {
    fn parse(opf: &str, opf_path: &str) -> Result<Package, String> {
        let options = roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        };
        let xml = roxmltree::Document::parse_with_options(opf, options)
            .map_err(|e| format!("not a readable EPUB (its package: {e})"))?;
        let named = |name: &str| {
            xml.descendants()
                .find(|n| n.tag_name().name() == name)
                .and_then(|n| n.text())
                .map(crate::text::squeeze_whitespace)
                .filter(|t| !t.is_empty())
        };
        let base = parent_of(opf_path);
        let mut manifest: HashMap<&str, (String, &str, &str)> = HashMap::new();
        for item in xml.descendants().filter(|n| n.tag_name().name() == "item") {
            let (Some(id), Some(href)) = (item.attribute("id"), item.attribute("href")) else {
                continue;
            };
            let path = join(&base, href);
            let kind = item.attribute("media-type").unwrap_or("");
            let properties = item.attribute("properties").unwrap_or("");
            manifest.insert(id, (path, kind, properties));
        }
        let spine_node = xml.descendants().find(|n| n.tag_name().name() == "spine");
        let spine = xml
            .descendants()
            .filter(|n| n.tag_name().name() == "itemref")
            .filter_map(|r| manifest.get(r.attribute("idref")?))
            .map(|(path, _, _)| path.clone())
            .collect();
        let nav = manifest
            .values()
            .find(|(_, _, properties)| properties.split_whitespace().any(|p| p == "nav"))
            .map(|(path, _, _)| path.clone());
        let ncx = spine_node
            .and_then(|s| s.attribute("toc"))
            .and_then(|id| manifest.get(id))
            .or_else(|| {
                manifest
                    .values()
                    .find(|(_, kind, _)| kind.contains("dtbncx"))
            })
            .map(|(path, _, _)| path.clone());
        Ok(Package {
            title: named("title"),
            author: named("creator"),
            spine,
            nav,
            ncx,
        })
    }
}

/// The value of `attribute` on the first `element` in an XML text.
fn attribute_of(xml: &str, element: &str, attribute: &str) -> Option<String> {
    let doc = roxmltree::Document::parse(xml).ok()?;
    doc.descendants()
        .find(|n| n.tag_name().name() == element)?
        .attribute(attribute)
        .map(str::to_owned)
}

/// The folder part of a zip path (`OEBPS/` for `OEBPS/content.opf`).
pub(super) fn parent_of(path: &str) -> String {
    path.rfind('/')
        .map_or(String::new(), |i| path[..=i].to_owned())
}

/// `href` relative to folder `base`, as a zip path: `..` and `.` resolved
/// (never above the zip's root), `%20` decoded.
pub(super) fn join(base: &str, href: &str) -> String {
    let href = percent_encoding::percent_decode_str(href).decode_utf8_lossy();
    let mut parts: Vec<&str> = base.split('/').filter(|p| !p.is_empty()).collect();
    for part in href.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    parts.join("/")
}

#[cfg(test)]
mod tests;

impl super::Document {
    /// A document from a book read: its outline the book's table of
    /// contents, its title (and author) the package's.
    pub fn from_book(name: &str, book: Book) -> super::Document {
        let Book {
            text,
            structure,
            title,
            author,
            toc,
            places,
        } = book;
        let mut doc = super::Document::from_structure(name, text, structure);
        let Some(last) = doc.blocks.len().checked_sub(1) else {
            doc.title = title;
            return doc;
        };
        if !toc.is_empty() {
            let mut sections: Vec<(super::Section, String)> = toc
                .into_iter()
                .map(|(depth, title, block, source)| {
                    let section = super::Section {
                        level: depth,
                        title,
                        block: block.min(last),
                        kind: super::SectionKind::Heading,
                    };
                    (section, source)
                })
                .collect();
            // Sections go in reading order, however the contents list them.
            sections.sort_by_key(|(s, _)| s.block);
            let (sections, sources) = sections.into_iter().unzip();
            doc.sections = sections;
            doc.section_sources = sources;
        }
        // Where links inside the book land.
        for (target, block) in places {
            doc.links.places.push((target, block.min(last)));
        }
        doc.title = match (title, author) {
            (Some(title), Some(author)) => Some(format!("{title} — {author}")),
            (title, _) => title.or(doc.title),
        };
        doc
    }

    /// A document of a book's displayed text and structure.
    fn from_structure(name: &str, text: String, structure: Structure) -> super::Document {
        let mut doc = super::Document::empty();
        doc.name = name.to_owned();
        doc.format = super::Format::Epub;
        doc.title = structure.title;
        doc.highlights = super::Highlighted::new(&structure.blocks);
        doc.colour_codes = memchr::memmem::find(text.as_bytes(), b"\x1b[").is_some();
        doc.ascii = text.is_ascii();
        doc.text = std::sync::Arc::new(text);
        doc.blocks = structure.blocks;
        doc.sections = structure.sections;
        doc.links = structure.links;
        doc
    }
}
