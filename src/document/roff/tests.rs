use super::*;

#[test]
fn sections_fonts_items_and_escapes() {
    let page = ".\\\" a comment\n.ig\nhidden licence\n..\n.TH XZ 1 \"2025\"\n.SH NAME\nxz \\- compress\n\
                .SS \"Memory usage\"\nUse \\fBxz\\fR with \\fIcare\\fP \\(em or not.\n\
                .TP\n.B \\-\\-keep\nKeep the files.\n.BR gzip (1),\n.I file\n";
    let (markdown, title) = to_markdown(page);
    assert_eq!(title.as_deref(), Some("XZ(1)"));
    assert!(markdown.contains("# NAME\n"), "{markdown}");
    assert!(markdown.contains("xz - compress"), "{markdown}");
    assert!(markdown.contains("## Memory usage\n"), "{markdown}");
    assert!(
        markdown.contains("Use <b>xz</b> with <i>care</i> — or not."),
        "{markdown}"
    );
    assert!(markdown.contains("+ <b>--keep</b>"), "{markdown}");
    assert!(markdown.contains("<b>gzip</b>(1),"), "{markdown}");
    assert!(!markdown.contains("hidden licence") && !markdown.contains("comment"));
}

#[test]
fn fonts_switch_beside_punctuation_inside_a_word() {
    // `.BR`/`.BI` and `\fB` switch fonts anywhere; Markdown's `**` would
    // not close between `=` and a letter and show itself.
    let page = ".TH T 1\n.SH OPTIONS\n.BI \\-\\-memlimit= limit\nand \\fB\\-M\\fRlimit too.\n";
    let doc = crate::document::Document::from_text("t.1", page, crate::document::Format::ManRoff);
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
    let page = ".TH T 1\n.SH EXAMPLES\n.nf\n  xz -k file\n.fi\n.TS\ntab(@);\nl l.\nA@B\n_\n1@2\n.TE\n.so other.1\n";
    let (markdown, _) = to_markdown(page);
    assert!(markdown.contains("```\n  xz -k file\n```"), "{markdown}");
    assert!(
        markdown.contains("| A | B |\n|---|---|\n| 1 | 2 |"),
        "{markdown}"
    );
    assert!(markdown.contains("include: other.1"), "{markdown}");
}

#[test]
fn defined_macros_are_skipped_not_expanded() {
    // A macro that calls itself would recurse forever if expanded.
    let page = ".TH T 1\n.de XX\n.XX\n..\n.XX\n.SH NAME\nok\n";
    let (markdown, _) = to_markdown(page);
    assert_eq!(markdown, "# NAME\n\nok\n\n");
}

#[test]
fn named_glyphs_and_unicode_escapes() {
    assert_eq!(inline("a\\[u2010]b \\(bu \\*(Lqq\\*(Rq"), "a‐b • “q”");
}

#[test]
fn tagged_items_hang_and_untagged_ones_go_on() {
    let page = ".TH T 1\n.SH OPTIONS\n.TP\n.B \\-k\nKeep the files.\n.IP\nMore about keeping.\n\
                .IP \\(bu 2\nA bullet.\n.IP \"\\-T n\" 4\nThreads.\n.br\nAt most 8.\n";
    let doc = crate::document::Document::from_text("t.1", page, crate::document::Format::ManRoff);
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
