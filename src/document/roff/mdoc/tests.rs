use crate::document::{BlockKind, Document, Format};

const PAGE: &str = r#".Dd $Mdocdate: December 16 2022 $
.Dt SCP 1
.Os
.Sh NAME
.Nm scp
.Nd secure file copy
.Sh SYNOPSIS
.Nm scp
.Op Fl 346
.Op Fl c Ar cipher
.Ar source ... target
.Sh DESCRIPTION
.Nm
uses the
.Xr ssh 1
protocol, in the form
.Sm off
.Oo user @ Oc host : Op path ,
.Sm on
as
.Dq remote .
.Bl -tag -width Ds
.It Fl 3
Copies through the local host.
.It Fl c Ar cipher
Selects the cipher.
.El
.Ss Lists
.Bl -bullet
.It
One.
.It
Two.
.El
.Bd -literal -offset indent
$ scp a b
.Ed
.Ex -std
"#;

fn page() -> Document {
    Document::from_text("scp.1", PAGE, Format::ManRoff)
}

#[test]
fn mdoc_sections_are_the_outline_and_the_page_is_named_by_dt() {
    let doc = page();
    let outline: Vec<(u8, &str)> = doc
        .sections
        .iter()
        .map(|s| (s.level, s.title.as_str()))
        .collect();
    assert_eq!(
        outline,
        [
            (1, "NAME"),
            (1, "SYNOPSIS"),
            (1, "DESCRIPTION"),
            (2, "Lists")
        ]
    );
    assert_eq!(doc.title.as_deref(), Some("SCP(1)"));
}

#[test]
fn mdoc_words_read_as_man_sets_them() {
    let doc = page();
    let text = doc.text();
    for shown in [
        "scp — secure file copy",
        "scp [-346] [-c cipher] source ... target",
        "scp uses the ssh(1) protocol, in the form [user@]host:[path], as “remote”.",
        "The scp utility exits 0 on success, and >0 if an error occurs.",
        "$ scp a b",
    ] {
        assert!(text.contains(shown), "{shown:?} not in {text:?}");
    }
    for hidden in [".Nm", "Fl ", "Op ", "Mdocdate", ".Bl"] {
        assert!(!text.contains(hidden), "{hidden:?} shown in {text:?}");
    }
    // A tag list hangs its text under each flag; a bullet list marks items.
    let blocks: Vec<&str> = (0..doc.blocks.len()).map(|i| doc.block_text(i)).collect();
    let tag = blocks
        .iter()
        .position(|b| b.trim() == "-c cipher")
        .expect("the tag");
    assert!(
        blocks[tag + 1].contains("Selects the cipher."),
        "{blocks:?}"
    );
    let one = blocks.iter().position(|b| *b == "One.").expect("the item");
    let mark = doc.rich(one).map_or("", |r| r.first_prefix.as_str());
    assert!(mark.contains('•'), "{mark:?}");
    assert!(doc.blocks.iter().any(|b| b.kind == BlockKind::Code));
    // The flag is bold, the argument italic.
    let rich = doc.rich(tag).expect("styled");
    let style_of = |word: &str| {
        let at = blocks[tag].find(word).unwrap();
        rich.spans
            .iter()
            .find(|s| s.range.contains(&at))
            .map(|s| s.style)
    };
    assert!(style_of("-c").is_some_and(|s| s.strong));
    assert!(style_of("cipher").is_some_and(|s| s.emphasis));
}

#[test]
fn a_line_of_two_hundred_thousand_enclosures_is_read_without_recursion() {
    let line = format!(".Op {}x\n", "Op ".repeat(200_000));
    let page = format!(".Dd today\n.Dt X 1\n.Sh NAME\n{line}");
    let doc = Document::from_text("x.1", &page, Format::ManRoff);
    assert!(doc.text().contains("[[[[x]]]]"));
}
