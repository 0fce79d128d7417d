use crate::document::{BlockKind, Document, Format, InlineStyle};

fn page(html: &str) -> Document {
    Document::from_text("t.html", html, Format::Html)
}

fn texts(doc: &Document) -> Vec<&str> {
    (0..doc.blocks.len()).map(|i| doc.block_text(i)).collect()
}

fn prefixes(doc: &Document, index: usize) -> (String, String) {
    doc.rich(index).map_or_else(Default::default, |r| {
        (r.first_prefix.clone(), r.rest_prefix.clone())
    })
}

#[test]
fn headings_paragraphs_and_inline_markup() {
    let doc = page(
        "<html><head><title>T</title><style>p{}</style></head><body>\
         <h1 id='top'>Title</h1><p>Some <em>em</em> and <b>bold</b>, \
         <code>x*y</code>, a <a href='b.html#c'>link</a>.</p></body></html>",
    );
    assert_eq!(doc.title.as_deref(), Some("T"));
    assert_eq!(doc.sections[0].title, "Title");
    assert_eq!(doc.blocks[0].kind, BlockKind::Heading { level: 1 });
    assert_eq!(
        doc.block_text(1),
        "Some em and bold, `x*y`, a link (b.html#c)."
    );
    let styled = |pick: fn(&InlineStyle) -> bool| -> Vec<&str> {
        let rich = doc.rich(1).unwrap();
        rich.spans
            .iter()
            .filter(|s| pick(&s.style))
            .map(|s| &doc.block_text(1)[s.range.clone()])
            .collect()
    };
    assert_eq!(styled(|s| s.emphasis), ["em"]);
    assert_eq!(styled(|s| s.strong), ["bold"]);
    assert_eq!(styled(|s| s.code), ["`x*y`"]);
    assert_eq!(styled(|s| s.link), ["link"]);
    let links = doc.rich(1).unwrap().links();
    assert_eq!(&doc.block_text(1)[links[0].range.clone()], "link");
    assert_eq!(doc.links.list[0].target, "b.html#c");
    assert!(!doc.text().contains("p{}"), "styles are left out");
    // What is displayed is the document's text, every block exactly.
    for index in 0..doc.blocks.len() {
        assert!(!doc.blocks[index].is_rich(), "block {index} is exact");
    }
    assert_eq!(
        doc.links.resolve("#top", &doc.sections),
        crate::document::links::Destination::Section(0)
    );
}

#[test]
fn text_that_looks_like_markup_is_text() {
    let doc = page("<p>1. Not a list * or _emphasis_ [x](y) # hash</p><p>- nor this</p>");
    assert!(doc.sections.is_empty());
    assert_eq!(
        texts(&doc),
        ["1. Not a list * or _emphasis_ [x](y) # hash", "- nor this"]
    );
}

#[test]
fn lists_quotes_pre_and_tables() {
    let doc = page(
        "<ul><li>one</li><li>two<ol start='3'><li>three</li></ol></li></ul>\
         <blockquote><p>quoted</p></blockquote>\
         <pre class='language-rust'>fn x() {}\n  indented</pre>\
         <table><tr><th>A</th><th>B|C</th></tr><tr><td>1</td><td>2</td></tr></table>",
    );
    let texts = texts(&doc);
    assert_eq!(texts[..4], ["one", "two", "three", "quoted"]);
    assert_eq!(prefixes(&doc, 0).0, "• ");
    assert_eq!(prefixes(&doc, 2), ("  3. ".to_owned(), "     ".to_owned()));
    assert_eq!(prefixes(&doc, 3).0, "│ ");
    assert_eq!(texts[4], "fn x() {}\n  indented");
    assert_eq!(doc.blocks[4].kind, BlockKind::Code);
    assert_eq!(doc.rich(4).and_then(|r| r.language()), Some("rust"));
    let table = doc.rich(5).and_then(|r| r.table()).expect("a table");
    assert_eq!(table.natural_widths(texts[5]), [1, 3]);
    assert!(texts[5].contains("B|C"));
}

#[test]
fn escape_sequences_in_text_and_attributes_stay_text() {
    let doc = page("<p title='\u{1b}]0;x\u{7}'>a \u{1b}[2J b</p><a href='\u{1b}]8;;x'>l</a>");
    // The text keeps its escape for the sanitiser to show as a placeholder;
    // the attribute's never becomes text.
    assert!(doc.block_text(0).contains("a \u{1b}[2J b"));
    assert!(!doc.text().contains("]0;x"));
}

#[test]
fn line_breaks_break_lines_but_never_end_a_paragraph() {
    let doc = page(
        "<p>one<br/>two<br/></p><p><br>three</p><h2>a<br>b</h2>\
         <table><tr><th>x</th><th>y</th></tr><tr><td>c<br>d</td><td>e</td></tr></table>",
    );
    let texts = texts(&doc);
    assert_eq!(texts[..3], ["one\ntwo", "three", "a\nb"]);
    assert_eq!(
        doc.sections[0].title, "a b",
        "the outline's title is one line"
    );
    assert_eq!(texts[3].lines().count(), 4, "a row a line: {:?}", texts[3]);
}

#[test]
fn tight_lists_stay_tight_and_loose_ones_loose() {
    let html = "<ul><li>one</li><li>two <b>b</b><ul><li>inner</li></ul></li></ul><p>after</p>\
                <ul><li><p>para one</p></li><li><p>para two</p></li></ul>";
    let doc = page(html);
    let gap = |text: &str| {
        let i = (0..doc.blocks.len())
            .find(|&i| doc.block_text(i) == text)
            .unwrap_or_else(|| panic!("{text:?} in {:?}", doc.text()));
        doc.blocks[i].gap_after
    };
    assert!(!gap("one") && !gap("two b"), "{:?}", doc.text());
    assert!(gap("inner"), "the list ends before the paragraph");
    assert!(gap("para one"), "items of paragraphs stand apart");
}

#[test]
fn navigation_and_permalinks_are_left_out_of_text_and_outline() {
    let html = "<div role='navigation'><a href='index.html'>index</a> next</div>\
                <div class='related'><ul><li>previous topic</li></ul></div>\
                <h1>Title<a class='headerlink' href='#title'>¶</a></h1>\
                <h2 id='s'>Section <a href='#s'>#</a></h2><p>Text.</p>\
                <div class='sphinxsidebar'><h3>Navigation</h3></div>";
    let doc = page(html);
    let titles: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Title", "Section"]);
    for gone in ["index", "previous topic", "¶", "Navigation"] {
        assert!(!doc.text().contains(gone), "{gone:?} in {:?}", doc.text());
    }
}

#[test]
fn definitions_hang_under_their_terms_and_wrap() {
    let html = "<dl><dt>term</dt><dd>A definition long enough to wrap.</dd><dd>Another.</dd></dl>";
    let doc = page(html);
    let texts: Vec<&str> = (0..doc.blocks.len()).map(|i| doc.block_text(i)).collect();
    assert_eq!(
        texts,
        ["term", "A definition long enough to wrap.", "Another."]
    );
    assert_eq!(
        doc.blocks[1].kind,
        BlockKind::Paragraph,
        "wrapped, not code"
    );
    let prefix = |i: usize| {
        doc.rich(i)
            .map_or(String::new(), |r| r.first_prefix.clone())
    };
    assert_eq!(prefix(0), "", "the term has no bullet");
    assert!(
        !prefix(1).is_empty() && prefix(1).trim().is_empty(),
        "indented under it"
    );
}

#[test]
fn tables_keep_their_caption_and_spanned_cells_keep_columns() {
    let html = "<table><caption>Sizes</caption><tr><th colspan='2'>wide</th><th>z</th></tr>\
                <tr><td rowspan='2'>a</td><td>b</td><td>c</td></tr><tr><td>d</td><td>e</td></tr></table>";
    let doc = page(html);
    assert_eq!(doc.block_text(0), "Sizes");
    let table = doc.rich(1).and_then(|r| r.table()).expect("a table");
    let rows: Vec<Vec<&str>> = table
        .lines
        .iter()
        .filter_map(|line| match line {
            crate::document::table::TableLine::Cells(cells) => Some(
                cells
                    .iter()
                    .map(|c| &doc.block_text(1)[c.clone()])
                    .collect(),
            ),
            _ => None,
        })
        .collect();
    let cells = |row: usize| rows[row].clone();
    assert_eq!(cells(0), ["wide", "", "z"]);
    assert_eq!(cells(1), ["a", "b", "c"]);
    assert_eq!(cells(2), ["", "d", "e"], "d stays under b");
}
