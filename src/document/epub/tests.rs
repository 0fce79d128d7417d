use super::*;

/// A book read with the default settings.
fn read_book(bytes: &[u8]) -> Result<Book, String> {
    read(bytes, LinkUrls::default())
}

#[test]
fn paths_join_inside_the_zip_and_never_above_it() {
    assert_eq!(join("OEBPS/", "text/ch1.xhtml"), "OEBPS/text/ch1.xhtml");
    assert_eq!(
        join("OEBPS/text/", "../images/a%20b.jpg"),
        "OEBPS/images/a b.jpg"
    );
    assert_eq!(join("", "../../etc/passwd"), "etc/passwd");
    assert_eq!(parent_of("OEBPS/content.opf"), "OEBPS/");
    assert_eq!(parent_of("content.opf"), "");
}

#[test]
fn what_is_not_an_epub_says_why() {
    assert!(
        read_book(b"not a zip")
            .unwrap_err()
            .contains("not a readable EPUB")
    );
}

/// A zip holding `entries` (name, bytes), deflated.
fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

const CONTAINER: &[u8] = br#"<?xml version="1.0"?><container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>"#;

fn opf(spine: &[(&str, &str)]) -> Vec<u8> {
    let items: String = spine
        .iter()
        .map(|(id, href)| {
            format!(r#"<item id="{id}" href="{href}" media-type="application/xhtml+xml"/>"#)
        })
        .collect();
    let refs: String = spine
        .iter()
        .map(|(id, _)| format!(r#"<itemref idref="{id}"/>"#))
        .collect();
    format!(
        r#"<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="2.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Tiny</dc:title><dc:creator>Someone</dc:creator></metadata><manifest>{items}</manifest><spine>{refs}</spine></package>"#
    )
    .into_bytes()
}

#[test]
fn a_small_book_reads_in_spine_order_with_its_metadata() {
    let bytes = zip_of(&[
        ("mimetype", b"application/epub+zip\r\n"),
        ("META-INF/container.xml", CONTAINER),
        (
            "OEBPS/content.opf",
            &opf(&[("b", "two.xhtml"), ("a", "one.xhtml")]),
        ),
        (
            "OEBPS/one.xhtml",
            b"<html><body><h1>One</h1><p>First &amp; only.</p></body></html>",
        ),
        (
            "OEBPS/two.xhtml",
            b"<html><body><h1>Two</h1><p>Unclosed <b>tags<p>still read",
        ),
    ]);
    let book = read_book(&bytes).unwrap();
    assert_eq!(book.title.as_deref(), Some("Tiny"));
    assert_eq!(book.author.as_deref(), Some("Someone"));
    let text = &book.text;
    let two = text.find("Two").unwrap();
    assert!(two < text.find("One").unwrap(), "spine order: {text}");
    assert!(
        text.contains("still read") && text.contains("First & only."),
        "{text}"
    );
    // What is displayed is the text: no markup anywhere.
    assert!(!text.contains('#') && !text.contains('*'), "{text}");
}

#[test]
fn hostile_books_are_refused_with_one_line() {
    let encrypted = zip_of(&[
        ("META-INF/container.xml", CONTAINER),
        (
            "META-INF/encryption.xml",
            b"<encryption><EncryptedData/></encryption>",
        ),
        ("OEBPS/content.opf", &opf(&[])),
    ]);
    assert!(
        read_book(&encrypted)
            .unwrap_err()
            .contains("encrypted (DRM)")
    );
    let no_package = zip_of(&[("META-INF/container.xml", CONTAINER)]);
    assert!(
        read_book(&no_package)
            .unwrap_err()
            .contains("package OEBPS/content.opf is missing")
    );
    let no_container = zip_of(&[("mimetype", b"application/epub+zip")]);
    assert!(
        read_book(&no_container)
            .unwrap_err()
            .contains("container.xml is missing")
    );
    let mut truncated = zip_of(&[("META-INF/container.xml", CONTAINER)]);
    truncated.truncate(truncated.len() / 2);
    assert!(
        read_book(&truncated)
            .unwrap_err()
            .contains("not a readable EPUB")
    );
    // A chapter that expands past the limit (a zip bomb) stops there.
    let zeros = vec![b' '; (EXPANDED_LIMIT + 1) as usize];
    let bomb = zip_of(&[
        ("META-INF/container.xml", CONTAINER),
        ("OEBPS/content.opf", &opf(&[("a", "one.xhtml")])),
        ("OEBPS/one.xhtml", &zeros),
    ]);
    assert!(bomb.len() < 2 << 20, "small on disk: {}", bomb.len());
    assert!(read_book(&bomb).unwrap_err().contains("expand past"));
}

#[test]
fn a_path_climbing_out_of_the_zip_is_only_a_name() {
    // `../../x` in the spine: read (if present) from inside the zip, never
    // from the disk, and nothing is written anywhere.
    let bytes = zip_of(&[
        ("META-INF/container.xml", CONTAINER),
        ("OEBPS/content.opf", &opf(&[("a", "../../x.xhtml")])),
        ("x.xhtml", b"<h1>Inside</h1>"),
    ]);
    let book = read_book(&bytes).unwrap();
    assert_eq!(book.text, "Inside\n\n");
}

#[test]
fn links_between_chapters_lead_to_their_place_in_the_book() {
    let bytes = zip_of(&[
        ("META-INF/container.xml", CONTAINER),
        (
            "OEBPS/content.opf",
            &opf(&[("a", "text/one.xhtml"), ("b", "text/two.xhtml")]),
        ),
        (
            "OEBPS/text/one.xhtml",
            b"<h1>One</h1><p>See <a href='two.xhtml#note'>the note</a>.</p>",
        ),
        (
            "OEBPS/text/two.xhtml",
            b"<h1>Two</h1><p>Filler.</p><p id='note'>The note itself.</p>",
        ),
    ]);
    let doc = crate::document::Document::from_book("b.epub", read_book(&bytes).unwrap());
    let link = &doc.links.list[0];
    assert_eq!(link.target, "epub:OEBPS/text/two.xhtml#note");
    let crate::document::links::Destination::Block(block) =
        doc.links.resolve(&link.target, &doc.sections)
    else {
        panic!("not found: {:?}", doc.links.places);
    };
    assert_eq!(doc.block_text(block), "The note itself.");
    // The address of a link inside the book is not shown after its text.
    assert!(
        !doc.block_text(1).contains("epub:"),
        "{}",
        doc.block_text(1)
    );
}
