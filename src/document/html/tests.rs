use super::*;

fn md(html: &str) -> String {
    to_markdown(html).markdown
}

/// Converted Markdown as the document it displays.
fn shown(markdown: &str) -> crate::document::Document {
    crate::document::Document::from_text("t.md", markdown, crate::document::Format::Markdown)
}

#[test]
fn headings_paragraphs_and_inline_markup() {
    let got = md(
        "<html><head><title>T</title><style>p{}</style></head><body>\
                  <h1 id='top'>Title</h1><p>Some <em>em</em> and <b>bold</b>, \
                  <code>x*y</code>, a <a href='b.html#c'>link</a>.</p></body></html>",
    );
    assert!(got.contains("# Title\n"), "{got}");
    // Styles are tags in the Markdown (they open and close anywhere):
    // what matters is what is displayed, and how.
    let doc = shown(&got);
    let para = (0..doc.blocks.len())
        .find(|&i| doc.block_text(i).starts_with("Some"))
        .unwrap();
    assert!(
        doc.block_text(para)
            .starts_with("Some em and bold, `x*y`, a link"),
        "{:?}",
        doc.block_text(para)
    );
    let styled = |pick: fn(&crate::document::InlineStyle) -> bool| -> Vec<String> {
        let rich = doc.rich(para).unwrap();
        rich.spans
            .iter()
            .filter(|s| pick(&s.style))
            .map(|s| doc.block_text(para)[s.range.clone()].to_owned())
            .collect()
    };
    assert_eq!(styled(|s| s.emphasis), ["em"]);
    assert_eq!(styled(|s| s.strong), ["bold"]);
    assert!(!got.contains("p{}"), "styles are left out: {got}");
    let converted = to_markdown("<title> The  Book </title><h2 id='c1'>One</h2>");
    assert_eq!(converted.title.as_deref(), Some("The Book"));
    assert_eq!(converted.ids.len(), 1);
    assert!(converted.markdown[converted.ids[0].1..].starts_with("## One"));
}

#[test]
fn text_never_reads_as_markdown() {
    let got = md("<p>1. Not a list * or _emphasis_ [x](y) # hash</p><p>- nor this</p>");
    let doc = crate::document::Document::from_text("t.md", &got, crate::document::Format::Markdown);
    assert!(doc.sections.is_empty(), "{got}");
    assert_eq!(
        doc.block_text(0),
        "1. Not a list * or _emphasis_ [x](y) # hash"
    );
    assert_eq!(doc.block_text(1), "- nor this");
}

#[test]
fn lists_quotes_pre_and_tables() {
    let got = md(
        "<ul><li>one</li><li>two<ol start='3'><li>three</li></ol></li></ul>\
                  <blockquote><p>quoted</p></blockquote>\
                  <pre class='language-rust'>fn x() {}\n  indented</pre>\
                  <table><tr><th>A</th><th>B|C</th></tr><tr><td>1</td><td>2</td></tr></table>",
    );
    assert!(got.contains("- one"), "{got}");
    assert!(got.contains("  3. three"), "{got}");
    assert!(got.contains("> quoted"), "{got}");
    assert!(got.contains("```rust\nfn x() {}\n  indented\n```"), "{got}");
    assert!(got.contains("| A | B\\|C |\n|---|---|\n| 1 | 2 |"), "{got}");
}

#[test]
fn escape_sequences_in_text_and_attributes_stay_text() {
    let got = md("<p title='\u{1b}]0;x\u{7}'>a \u{1b}[2J b</p><a href='\u{1b}]8;;x'>l</a>");
    let doc = crate::document::Document::from_text("t.md", &got, crate::document::Format::Markdown);
    // The text keeps its escape for the sanitiser to show as a placeholder;
    // the attribute's never becomes text.
    assert!(doc.block_text(0).contains("a \u{1b}[2J b"));
    assert!(!doc.text().contains("]0;x"));
}

#[test]
fn line_breaks_break_lines_but_never_end_a_paragraph() {
    let got = md("<p>one<br/>two<br/></p><p><br>three</p><h2>a<br>b</h2>\
                  <table><tr><th>x</th><th>y</th></tr><tr><td>c<br>d</td><td>e</td></tr></table>");
    let doc = shown(&got);
    let texts: Vec<&str> = (0..doc.blocks.len()).map(|i| doc.block_text(i)).collect();
    assert_eq!(texts[..2], ["one\ntwo", "three"], "{got:?}");
    assert_eq!(texts[2], "a\nb", "in a heading too: {got:?}");
    assert_eq!(
        doc.sections[0].title, "a b",
        "the outline's title is one line"
    );
}

#[test]
fn tight_lists_stay_tight_and_loose_ones_loose() {
    let html = "<ul><li>one</li><li>two <b>b</b><ul><li>inner</li></ul></li></ul><p>after</p>\
                <ul><li><p>para one</p></li><li><p>para two</p></li></ul>";
    let doc = crate::document::Document::from_text("t.html", html, crate::document::Format::Html);
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
    let doc = crate::document::Document::from_text("t.html", html, crate::document::Format::Html);
    let titles: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Title", "Section"]);
    for gone in ["index", "previous topic", "¶", "Navigation"] {
        assert!(!doc.text().contains(gone), "{gone:?} in {:?}", doc.text());
    }
}

#[test]
fn definitions_hang_under_their_terms_and_wrap() {
    let html = "<dl><dt>term</dt><dd>A definition long enough to wrap.</dd><dd>Another.</dd></dl>";
    let doc = crate::document::Document::from_text("t.html", html, crate::document::Format::Html);
    let texts: Vec<&str> = (0..doc.blocks.len()).map(|i| doc.block_text(i)).collect();
    assert_eq!(
        texts,
        ["term", "A definition long enough to wrap.", "Another."]
    );
    assert_eq!(
        doc.blocks[1].kind,
        crate::document::BlockKind::Paragraph,
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
    let doc = crate::document::Document::from_text("t.html", html, crate::document::Format::Html);
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
