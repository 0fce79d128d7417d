use super::*;

fn md(html: &str) -> String {
    to_markdown(html).markdown
}

#[test]
fn headings_paragraphs_and_inline_markup() {
    let got = md(
        "<html><head><title>T</title><style>p{}</style></head><body>\
                  <h1 id='top'>Title</h1><p>Some <em>em</em> and <b>bold</b>, \
                  <code>x*y</code>, a <a href='b.html#c'>link</a>.</p></body></html>",
    );
    assert!(got.contains("# Title\n"), "{got}");
    assert!(
        got.contains("Some *em* and **bold**, `x*y`, a [link](<b.html#c>)."),
        "{got}"
    );
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
    let got = md("<p>one<br/>two<br/></p><p><br>three</p>");
    assert!(got.contains("one\\\ntwo\n"), "{got:?}");
    assert!(got.contains("\nthree\n"), "{got:?}");
}
