use super::*;

/// Parsed with addresses shown after links, the default.
fn parse(text: &str) -> Structure {
    super::parse(text, LinkUrls::After)
}

fn outline(text: &str) -> Vec<(u8, String, usize)> {
    let s = parse(text);
    s.sections
        .iter()
        .map(|sec| (sec.level, sec.title.clone(), s.blocks[sec.block].line()))
        .collect()
}

#[test]
fn atx_and_setext_headings_with_levels_and_lines() {
    let got = outline("# One\n\ntext\n\nTwo\n---\n\n### Three *em*\n");
    assert_eq!(
        got,
        vec![
            (1, "One".into(), 0),
            (2, "Two".into(), 4),
            (3, "Three em".into(), 7)
        ]
    );
}

#[test]
fn hashes_in_fenced_code_are_not_headings() {
    let got = outline("# Real\n\n```sh\n# comment\n```\n\n    # indented code\n");
    assert_eq!(got.len(), 1);
}

#[test]
fn levels_are_the_documents_own_and_headings_are_styled_from_the_top() {
    let s = parse("## Two\n\n### Three\n");
    let levels: Vec<u8> = s.sections.iter().map(|sec| sec.level).collect();
    assert_eq!(levels, [2, 3]);
    assert_eq!(s.blocks[0].kind, BlockKind::Heading { level: 1 });
}

#[test]
fn the_front_matter_title_is_the_root_of_the_outline() {
    let s = parse("---\ntitle: Shell Scripts\n---\n\n## Variables\n\ntext\n");
    let got: Vec<(u8, &str, SectionKind)> = s
        .sections
        .iter()
        .map(|sec| (sec.level, sec.title.as_str(), sec.kind))
        .collect();
    assert_eq!(
        got,
        [
            (0, "Shell Scripts", SectionKind::Title),
            (2, "Variables", SectionKind::Heading)
        ]
    );
    // Not twice when the first heading already says it.
    let same = parse("---\ntitle: Guide\n---\n\n# Guide\n\ntext\n");
    assert_eq!(same.sections.len(), 1);
}

#[test]
fn yaml_and_toml_front_matter_are_skipped_and_give_the_title() {
    let yaml = parse("---\ntitle: \"My Doc\"\ntags: [a]\n---\n\n# Heading\n");
    assert_eq!(yaml.title.as_deref(), Some("My Doc"));
    // The title above the one heading; nothing of the front matter shows.
    assert_eq!(yaml.sections.len(), 2);
    assert_eq!(yaml.blocks.len(), 1);
    let toml = parse("+++\ntitle = \"Announcing\"\n[extra]\n+++\n\ntext\n");
    assert_eq!(toml.title.as_deref(), Some("Announcing"));
    assert_eq!(toml.blocks.len(), 1);
}

#[test]
fn inline_markup_becomes_styled_spans() {
    let text = "Some **bold** and `code`.\n";
    let s = parse(text);
    let rich = s.rich(text, 0).unwrap();
    // Inline code keeps its backticks (readable without colour).
    assert_eq!(rich.text, "Some bold and `code`.");
    assert!(
        rich.spans
            .iter()
            .any(|sp| sp.style.strong && &rich.text[sp.range.clone()] == "bold")
    );
    assert!(
        rich.spans
            .iter()
            .any(|sp| sp.style.code && &rich.text[sp.range.clone()] == "`code`")
    );
}

#[test]
fn lists_get_bullets_and_hanging_indents() {
    let text = "- one\n- two\n  - nested\n\n1. first\n";
    let s = parse(text);
    let prefixes: Vec<_> = (0..s.blocks.len())
        .map(|i| s.rich(text, i).unwrap().first_prefix.clone())
        .collect();
    assert_eq!(prefixes, vec!["• ", "• ", "  • ", "1. "]);
    assert_eq!(s.rich(text, 0).unwrap().rest_prefix, "  ");
}

#[test]
fn entity_escapes_stay_in_the_model_for_the_sanitiser() {
    let text = "bell &#7; esc &#27;[2J\n";
    let s = parse(text);
    assert!(s.rich(text, 0).unwrap().text.contains('\u{1b}'));
}

#[test]
fn tables_become_aligned_preformatted_lines() {
    let text = "| a | bb |\n|---|---|\n| ccc | d \\| e |\n";
    let s = parse(text);
    let rich = s.rich(text, 0).unwrap();
    assert_eq!(s.blocks[0].kind, BlockKind::Preformatted);
    assert_eq!(rich.text, "a   │ bb\n────┼──────\nccc │ d | e");
    assert!(rich.table().is_some(), "its cells are kept for fitting");
}

#[test]
fn table_columns_are_aligned_as_their_delimiter_row_says() {
    let text = "| left | centre | right |\n|:--|:-:|--:|\n| a | b | c |\n";
    let s = parse(text);
    let rich = s.rich(text, 0).unwrap();
    assert_eq!(rich.text.lines().last(), Some("a    │   b    │     c"));
}

#[test]
fn html_headings_count() {
    let got = outline("<h1 dir='rtl'>كتاب</h1>\n\n<p>text</p>\n\n<h2>باب</h2>\n");
    assert_eq!(got.iter().map(|g| g.0).collect::<Vec<_>>(), vec![1, 2]);
}

#[test]
fn chunks_split_at_headings_outside_fences_and_parse_the_same() {
    let mut text = String::from("# Top\n\n");
    for i in 0..50 {
        text.push_str(&format!(
            "## Part {i}\n\nSome text *here*.\n\n```\n# not a heading {i}\n```\n\n- a\n- b\n\n"
        ));
    }
    let pieces = chunks(&text, 200);
    assert!(pieces.len() > 10);
    assert_eq!(pieces.first().unwrap().start, 0);
    assert_eq!(pieces.last().unwrap().end, text.len());
    for p in &pieces[1..] {
        assert!(
            text[p.clone()].starts_with("## Part"),
            "{:?}",
            &text[p.clone()][..20]
        );
    }
    let whole = parse(&text);
    assert_eq!(whole.sections.len(), 51);
    assert_eq!(whole.sections[50].title, "Part 49");
    // Same blocks as one big parse would give.
    let mut one = Builder::new(&text, 0, true, notes::Shared::default());
    for (event, range) in Parser::new_ext(&text, options()).into_offset_iter() {
        one.event(event, range);
    }
    let one = one.finish();
    assert_eq!(one.blocks, whole.blocks);
}

#[test]
fn a_fence_opened_before_a_split_point_keeps_its_hashes() {
    let text = format!(
        "# A\n\n{}\n```\n{}\n# inside\n```\n# B\n",
        "x ".repeat(300),
        "y\n".repeat(10)
    );
    let pieces = chunks(&text, 100);
    assert!(
        pieces
            .iter()
            .all(|p| !text[p.clone()].starts_with("# inside"))
    );
}

/// Every block's text as one eager parse of the whole would display it.
fn eager(text: &str) -> Vec<Option<RichText>> {
    let mut builder = Builder::new(text, 0, false, notes::Shared::default());
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        builder.event(event, range);
    }
    builder
        .finish()
        .blocks
        .into_iter()
        .map(|b| b.rich.map(|r| *r))
        .collect()
}

fn deferred_matches_eager(text: &str) {
    let lazy = parse(text);
    let eager = eager(text);
    assert_eq!(lazy.blocks.len(), eager.len());
    // Last block first: building out of order must not matter.
    for index in (0..eager.len()).rev() {
        let built = lazy.rich(text, index).cloned();
        assert_eq!(
            built, eager[index],
            "block {index}: {:?}",
            lazy.blocks[index]
        );
    }
}

#[test]
fn deferred_text_is_what_the_whole_parse_displays() {
    deferred_matches_eager(concat!(
        "# Title\n\nSome *em* and [a ref][Later Label] and [plain].\n\n",
        "> quoted **strong**\n> - item `code`\n>   more\n\n",
        "1. first\n2. second\n\n   with a second *paragraph*\n\n",
        "```rust\nfn main() {}\n```\n\n    indented code\n\n",
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n<p>html <b>bold</b></p>\n\n",
        "- [x] done\n- [ ] not\n\nline  \nbreak\n\n",
        "[later label]: https://example.org\n",
    ));
}

#[test]
fn deferred_text_matches_on_the_corpus_markdown() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            let text = std::fs::read_to_string(&path).unwrap();
            deferred_matches_eager(&text);
            seen += 1;
        }
    }
    assert!(seen >= 3, "corpus Markdown files: {seen}");
}

#[test]
fn a_huge_element_is_built_at_load_not_while_drawing() {
    let list: String = (0..20_000)
        .map(|i| format!("- item *{i}* of a long list\n"))
        .collect();
    let s = parse(&list);
    let deferred = s.deferred.as_ref().unwrap();
    assert!(s.blocks.iter().all(|b| b.deferred));
    assert!(deferred.is_built(s.blocks.len() - 1), "built already");
    assert_eq!(s.rich(&list, 0).unwrap().text, "item 0 of a long list");
}

#[test]
fn html_that_markdown_uses_reads_as_text() {
    let text = "2<sup>n</sup> and H<sub>2</sub>O, <kbd>Ctrl</kbd><br>next \
                <img src=\"a.png\" alt=\"A cat\"> &amp; x<sup>max value</sup>\n\n\
                <details>\n<summary>More &amp; more</summary>\n\nHidden.\n\n</details>\n";
    let s = parse(text);
    let first = s.rich(text, 0).unwrap();
    assert_eq!(
        first.text,
        "2ⁿ and H₂O, Ctrl\nnext [image: A cat] & x^(max value)"
    );
    let kbd = first.text.find("Ctrl").unwrap();
    assert!(
        first
            .spans
            .iter()
            .any(|sp| sp.range.start == kbd && sp.style.code)
    );
    let shown: Vec<String> = (1..s.blocks.len())
        .map(|i| {
            s.rich(text, i).map_or_else(
                || text[s.blocks[i].range.clone()].to_owned(),
                |r| r.text.clone(),
            )
        })
        .collect();
    assert_eq!(shown, ["▸ More & more", "Hidden."]);
}

#[test]
fn a_thematic_break_is_one_rule() {
    let text = "a\n\n---\n\nb\n";
    let doc = crate::document::Document::from_text("r.md", text, crate::document::Format::Markdown);
    let rule = doc
        .blocks
        .iter()
        .position(|b| b.kind == BlockKind::Rule)
        .unwrap();
    let wrapped = crate::wrap::wrap_block(&doc, rule, 40);
    let rows = wrapped
        .rows
        .iter()
        .filter(|r| !matches!(r, crate::wrap::Row::Gap));
    assert_eq!(rows.count(), 1);
}

#[test]
fn text_built_far_into_a_document_is_kept_there_only() {
    let text: String = (0..3000)
        .map(|i| format!("Paragraph *{i}* here.\n\n"))
        .collect();
    let s = parse(&text);
    let deferred = s.deferred.as_ref().unwrap();
    assert_eq!(s.rich(&text, 2500).unwrap().text, "Paragraph 2500 here.");
    assert!(deferred.is_built(2500));
    assert!(!deferred.is_built(10) && !deferred.is_built(2999));
    assert_eq!(s.rich(&text, 10).unwrap().text, "Paragraph 10 here.");
    assert!(deferred.is_built(10));
}

#[test]
fn images_in_html_blocks_show_their_alt_text() {
    let text = "<p align=\"center\">\n  <a href=\"x\"><img src=\"logo.png\" alt=\"Master\"></a>\n</p>\n\n\
                <p><img src=\"a.svg\" alt=\"PRs welcome\"> <img src=\"b.svg\"></p>\n";
    let doc = crate::document::Document::from_text("r.md", text, crate::document::Format::Markdown);
    let texts: Vec<&str> = (0..doc.blocks.len()).map(|i| doc.block_text(i)).collect();
    assert_eq!(texts, ["[image: Master]", "[image: PRs welcome] [image]"]);
}

#[test]
fn a_link_in_a_heading_names_its_text_not_its_address() {
    // Keep a Changelog: `## [1.0.0]` links the version to its comparison.
    let text = "# Changelog\n\n## [1.0.0] - 2017-06-20\n\nSee [the site](https://example.org).\n\n\
                [1.0.0]: https://github.com/o/r/compare/v0.9.0...v1.0.0\n";
    let got = outline(text);
    assert_eq!(got[1].1, "1.0.0 - 2017-06-20");
    let doc = crate::document::Document::from_text(
        "CHANGELOG.md",
        text,
        crate::document::Format::Markdown,
    );
    let body = (0..doc.blocks.len())
        .find(|&i| doc.block_text(i).starts_with("See"))
        .unwrap();
    assert_eq!(
        doc.block_text(body),
        "See the site (https://example.org).",
        "in the text the address still follows"
    );
    assert_eq!(
        doc.links.list.len(),
        2,
        "the heading's link is still a link"
    );
}
