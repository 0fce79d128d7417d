use crate::document::plain::detect;

/// A novel's chapters after its contents list: every chapter twice.
fn novel(list_spacing: &str) -> String {
    let names = ["THE START", "THE MIDDLE", "THE TURN", "THE END"];
    let mut text = String::from("THE NOVEL\n\nby Someone\n\n\n\n");
    for (n, name) in names.iter().enumerate() {
        text.push_str(&format!("CHAPTER {} {name}{list_spacing}", n + 1));
    }
    text.push_str("\n\n\n");
    for (n, name) in names.iter().enumerate() {
        text.push_str(&format!(
            "CHAPTER {}\n\n{name}\n\n{}\n\n",
            n + 1,
            "Prose that tells the story goes on here, line after line of it.\n".repeat(6)
        ));
    }
    text
}

#[test]
fn a_list_of_the_chapters_is_not_them_however_it_is_headed() {
    let text = novel("\n\n");
    let structure = detect(&text, None);
    let chapters: Vec<(&str, usize)> = structure
        .sections
        .iter()
        .filter(|s| s.title.starts_with("CHAPTER"))
        .map(|s| (s.title.as_str(), structure.blocks[s.block].line()))
        .collect();
    assert_eq!(chapters.len(), 4, "{:?}", structure.sections);
    assert!(chapters.iter().all(|&(_, line)| line > 14), "{chapters:?}");
    // A number and a name under it, close together, are one title.
    assert_eq!(chapters[0].0, "CHAPTER 1 THE START");
}
