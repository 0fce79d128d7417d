use super::*;
use crate::document::{Document, Format};

const BOOK: &str = "斜陽\n太宰治\n\n-------------------------------------------------------\n\
【テキスト中に現れる記号について】\n\n《》：ルビ\n（例）幽《かす》かな\n\
-------------------------------------------------------\n\n\
［＃５字下げ］一［＃「一」は中見出し］\n\n\
\u{3000}朝、食堂で｜御《おん》下宿を幽《かす》かに見た。\n\
「あ」\n\n\
［＃改頁］\n\
［＃２字下げ］［＃大見出し］第一篇　嫉妬《しっと》［＃大見出し終わり］\n\
\u{3000}※［＃「女＋章」、第4水準2-5-75］の字。\n";

fn book() -> Document {
    Document::from_text("book.txt", BOOK, Format::Aozora)
}

#[test]
fn annotations_are_never_shown_and_headings_take_their_size() {
    let doc = book();
    assert!(!doc.text().contains('［'), "{:?}", doc.text());
    assert!(!doc.text().contains(LEGEND), "the legend is left out");
    let outline: Vec<(u8, &str, usize)> = doc
        .sections
        .iter()
        .map(|s| (s.level, s.title.as_str(), doc.section_line(s)))
        .collect();
    assert_eq!(
        outline,
        [(2, "一", 10), (1, "第一篇 嫉妬《しっと》", 16)],
        "大 above 中; titles as drawn (white space squeezed); lines of the file"
    );
    assert_eq!(doc.title.as_deref(), Some("斜陽"));
}

#[test]
fn ruby_follows_its_text_dimmed_and_the_bar_is_not_shown() {
    let doc = book();
    let index = (0..doc.blocks.len())
        .find(|&i| doc.block_text(i).contains("朝"))
        .unwrap();
    let text = doc.block_text(index);
    assert_eq!(text, "　朝、食堂で御《おん》下宿を幽《かす》かに見た。");
    let rich = doc.rich(index).unwrap();
    let dim: Vec<&str> = rich
        .spans
        .iter()
        .filter(|s| s.style.aside)
        .map(|s| &text[s.range.clone()])
        .collect();
    assert_eq!(dim, ["《おん》", "《かす》"]);
    assert!(!doc.blocks[index].gap_after, "lines follow each other");
    let rules = doc.blocks.iter().filter(|b| b.kind == BlockKind::Rule);
    assert_eq!(rules.count(), 1, "［＃改頁］ breaks the page");
}

#[test]
fn it_is_known_in_shift_jis_and_in_utf_8() {
    let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(BOOK);
    assert!(is_aozora(&Head::of(&sjis)));
    assert!(is_aozora(&Head::of(BOOK.as_bytes())));
    assert!(!is_aozora(&Head::of("［注］ plain notes".as_bytes())));
}
