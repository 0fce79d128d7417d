use super::*;
use crate::document::{BlockKind, Document, Format};

fn page(source: &str) -> Document {
    Document::from_text("t.1", source, Format::ManRoff)
}

fn texts(doc: &Document) -> Vec<&str> {
    (0..doc.blocks.len()).map(|i| doc.block_text(i)).collect()
}

/// The words of block `index` in a style (`pick` says which).
fn styled(doc: &Document, index: usize, pick: fn(&InlineStyle) -> bool) -> Vec<&str> {
    let text = doc.block_text(index);
    doc.rich(index).map_or(Vec::new(), |rich| {
        rich.spans
            .iter()
            .filter(|s| pick(&s.style))
            .map(|s| &text[s.range.clone()])
            .collect()
    })
}

#[test]
fn sections_fonts_items_and_escapes() {
    let source = ".\\\" a comment\n.ig\nhidden licence\n..\n.TH XZ 1 \"2025\"\n.SH NAME\nxz \\- compress\n\
                  .SS \"Memory usage\"\nUse \\fBxz\\fR with \\fIcare\\fP \\(em or not.\n\
                  .TP\n.B \\-\\-keep\nKeep the files.\n.BR gzip (1),\n.I file\n";
    let doc = page(source);
    assert_eq!(doc.title.as_deref(), Some("XZ(1)"));
    let titles: Vec<(u8, &str)> = doc
        .sections
        .iter()
        .map(|s| (s.level, s.title.as_str()))
        .collect();
    assert_eq!(titles, [(1, "NAME"), (2, "Memory usage")]);
    assert_eq!(
        texts(&doc),
        [
            "NAME",
            "xz - compress",
            "Memory usage",
            "Use xz with care — or not.",
            "--keep",
            "Keep the files. gzip(1), file"
        ]
    );
    assert_eq!(styled(&doc, 3, |s| s.strong), ["xz"]);
    assert_eq!(styled(&doc, 3, |s| s.emphasis), ["care"]);
    assert_eq!(styled(&doc, 5, |s| s.strong), ["gzip"]);
    assert_eq!(styled(&doc, 5, |s| s.emphasis), ["file"]);
    assert!(!doc.text().contains("hidden licence") && !doc.text().contains("comment"));
    // Lines are the page's own: `.SH NAME` is line 5 (zero-based 5).
    assert_eq!(doc.blocks[0].line(), 5);
    assert_eq!(doc.blocks[3].line(), 8);
}

#[test]
fn fonts_switch_beside_punctuation_inside_a_word() {
    // `.BR`/`.BI` and `\fB` switch fonts anywhere; Markdown's `**` would
    // not close between `=` and a letter and show itself.
    let source = ".TH T 1\n.SH OPTIONS\n.BI \\-\\-memlimit= limit\nand \\fB\\-M\\fRlimit too.\n";
    let doc = page(source);
    let body = (0..doc.blocks.len())
        .find(|&i| doc.block_text(i).contains("memlimit"))
        .unwrap();
    assert_eq!(doc.block_text(body), "--memlimit=limit and -Mlimit too.");
    let rich = doc.rich(body).unwrap();
    let styled: Vec<&str> = rich
        .spans
        .iter()
        .map(|s| &doc.block_text(body)[s.range.clone()])
        .collect();
    assert_eq!(styled, ["--memlimit=", "limit", "-M"]);
}

#[test]
fn code_tables_and_includes() {
    let doc = page(
        ".TH T 1\n.SH EXAMPLES\n.nf\n  xz -k file\n.fi\n.TS\ntab(@);\nl l.\nA@B\n_\n1@2\n.TE\n.so other.1\n",
    );
    let texts = texts(&doc);
    assert_eq!(texts[1], "  xz -k file");
    assert_eq!(doc.blocks[1].kind, BlockKind::Code);
    assert_eq!(doc.blocks[1].line(), 3, "code starts after .nf");
    let table = doc.rich(2).and_then(|r| r.table()).expect("a table");
    assert_eq!(table.natural_widths(texts[2]), [1, 1]);
    assert!(
        texts[2].contains('A') && texts[2].contains('2'),
        "{texts:?}"
    );
    assert_eq!(texts[3], "[include: other.1]");
}

#[test]
fn defined_macros_are_skipped_not_expanded() {
    // A macro that calls itself would recurse forever if expanded.
    let doc = page(".TH T 1\n.de XX\n.XX\n..\n.XX\n.SH NAME\nok\n");
    assert_eq!(doc.text(), "NAME\nok\n\n");
}

#[test]
fn named_glyphs_and_unicode_escapes() {
    assert_eq!(plain("a\\[u2010]b \\(bu \\*(Lqq\\*(Rq"), "a‐b • “q”");
}

#[test]
fn space_between_blocks_is_where_the_page_asks_for_it() {
    let doc = page(
        ".TH T 1\n.SH NAME\nt\n.PP\nOne.\n.RS\n.B inner\n.RS\nUnder it.\n.RE\n.RE\nBack.\n\nAfter a blank.\n",
    );
    let gaps: Vec<(&str, bool)> = (0..doc.blocks.len())
        .map(|i| (doc.block_text(i), doc.blocks[i].gap_after))
        .collect();
    assert_eq!(
        gaps,
        [
            ("NAME", false),
            ("t", true),
            ("One.", false),
            ("inner", false),
            ("Under it.", false),
            ("Back.", true),
            ("After a blank.", true)
        ]
    );
    let prefix = |i: usize| doc.rich(i).map_or(0, |r| r.first_prefix.len());
    assert_eq!(
        [prefix(2), prefix(3), prefix(4), prefix(5)],
        [0, 2, 4, 0],
        ".RS indents, .RE comes back"
    );
}

#[test]
fn tagged_items_hang_and_untagged_ones_go_on() {
    let source = ".TH T 1\n.SH OPTIONS\n.TP\n.B \\-k\nKeep the files.\n.IP\nMore about keeping.\n\
                .IP \\(bu 2\nA bullet.\n.IP \"\\-T n\" 4\nThreads.\n.br\nAt most 8.\n";
    let doc = page(source);
    let find = |text: &str| {
        (0..doc.blocks.len())
            .find(|&i| doc.block_text(i) == text)
            .unwrap_or_else(|| panic!("{text:?} in {:?}", doc.text()))
    };
    let prefix = |i: usize| {
        doc.rich(i)
            .map_or("", |r| r.first_prefix.as_str())
            .to_owned()
    };
    let tag = find("-k");
    assert_eq!(prefix(tag), "", "a tag has no bullet");
    assert!(!doc.blocks[tag].gap_after, "its paragraph follows at once");
    let body = find("Keep the files.");
    assert!(
        prefix(body).trim().is_empty() && !prefix(body).is_empty(),
        "indented under it"
    );
    let more = find("More about keeping.");
    assert!(
        !prefix(more).contains('•'),
        "an untagged .IP is no new item"
    );
    assert!(prefix(find("A bullet.")).contains('•'));
    assert_eq!(prefix(find("-T n")), "");
    assert_eq!(
        doc.block_text(find("Threads.\nAt most 8.")),
        "Threads.\nAt most 8.",
        ".br breaks the line"
    );
}
