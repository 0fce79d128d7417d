use super::*;

fn composed(build: impl FnOnce(&mut Composer)) -> (String, Structure) {
    let mut composer = Composer::new(LinkUrls::After);
    build(&mut composer);
    composer.finish(None)
}

#[test]
fn words_are_squeezed_and_blocks_stand_apart() {
    let (text, structure) = composed(|c| {
        c.begin(BlockKind::Heading { level: 2 });
        c.words("  A   title ");
        c.words("\n");
        c.words("here ");
        c.end();
        c.words(" first  line ");
        c.line_break();
        c.line_break();
        c.words(" second");
        c.begin(BlockKind::Paragraph);
        c.words("   ");
        c.end();
    });
    assert_eq!(text, "A title here\n\nfirst line\nsecond\n\n");
    assert_eq!(structure.blocks.len(), 2, "an empty block is dropped");
    assert_eq!(structure.sections[0].title, "A title here");
    assert_eq!(structure.sections[0].level, 2, "the document's own level");
    assert_eq!(
        structure.blocks[0].kind,
        BlockKind::Heading { level: 1 },
        "styled from its top level"
    );
    assert_eq!(structure.title.as_deref(), Some("A title here"));
    for block in &structure.blocks {
        assert!(!block.is_rich(), "every block is its own slice");
    }
    let breaks = structure.blocks[1].rich.as_ref();
    assert!(
        breaks.is_some_and(|r| r.in_document),
        "its line break is forced, so it is rich text"
    );
}

#[test]
fn styles_and_links_fall_on_their_words() {
    let (text, structure) = composed(|c| {
        c.words("see ");
        c.style.strong = true;
        c.words("bold words ");
        c.style.strong = false;
        c.start_link("https://example.org");
        c.words("a link");
        c.end_link();
        c.words(" and ");
        c.start_link("#here");
        c.words("a place");
        c.end_link();
    });
    let block = &structure.blocks[0];
    let shown = &text[block.range.clone()];
    assert_eq!(
        shown,
        "see bold words a link (https://example.org) and a place"
    );
    let rich = block.rich.as_ref().unwrap();
    let spans: Vec<(&str, InlineStyle)> = rich
        .spans
        .iter()
        .map(|s| (&shown[s.range.clone()], s.style))
        .collect();
    assert_eq!(spans[0].0, "bold words");
    assert!(spans[0].1.strong);
    assert_eq!(spans[1].0, "a link");
    assert!(spans[1].1.link);
    assert_eq!(spans[2].0, "(https://example.org)", "the address, dimmed");
    assert!(spans[2].1.url);
    let links: Vec<&str> = rich
        .links()
        .iter()
        .map(|l| &shown[l.range.clone()])
        .collect();
    assert_eq!(links, ["a link", "a place"]);
    assert_eq!(structure.links.list.len(), 2);
}

#[test]
fn containers_give_prefixes_and_tight_lists_no_gaps() {
    let (_, structure) = composed(|c| {
        c.enter_quote();
        c.words("quoted");
        c.leave();
        c.tight = true;
        c.enter_item("• ");
        c.words("one");
        c.begin(BlockKind::Paragraph);
        c.words("more of one");
        c.leave();
        c.enter_item("10. ");
        c.words("ten");
        c.leave();
        c.tight = false;
        c.gap_after_last();
        c.words("term");
        c.end();
        c.hang_last();
        c.enter_indent();
        c.words("its definition");
        c.leave();
    });
    let prefixes: Vec<(String, String, bool)> = structure
        .blocks
        .iter()
        .map(|b| {
            let rich = b.rich.as_deref().cloned().unwrap_or_default();
            (rich.first_prefix, rich.rest_prefix, b.gap_after)
        })
        .collect();
    let row = |first: &str, rest: &str, gap: bool| (first.to_owned(), rest.to_owned(), gap);
    assert_eq!(
        prefixes,
        [
            row("│ ", "│ ", true),
            row("• ", "  ", false),
            row("  ", "  ", false),
            row("10. ", "    ", true),
            row("", "", false),
            row("  ", "  ", true),
        ]
    );
}

#[test]
fn ids_find_their_sections_and_code_keeps_its_lines() {
    let (text, structure) = composed(|c| {
        c.id("top");
        c.begin(BlockKind::Heading { level: 1 });
        c.words("Top");
        c.end();
        c.line = 7;
        c.code("  let x = 1;\n\n  x\n\n", Some("rust"));
        c.id("late");
        c.begin(BlockKind::Heading { level: 2 });
        c.words("Later");
        c.end();
    });
    let code = &structure.blocks[1];
    assert_eq!(&text[code.range.clone()], "  let x = 1;\n\n  x");
    assert_eq!(code.line(), 7);
    assert_eq!(code.rich.as_ref().unwrap().language(), Some("rust"));
    assert_eq!(
        structure.links.ids,
        [("top".to_owned(), 0), ("late".to_owned(), 1)]
    );
}
