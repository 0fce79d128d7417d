//! Documents of other formats on screen: a man page's overstrike drawn as
//! bold and underline, never as control characters.

use super::*;
use ratatui::style::Modifier;

#[test]
fn a_man_pages_overstrike_is_bold_and_underline() {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus/formats/dropbear.8.overstrike.txt");
    let doc = lectern::source::Source::File(path).load(None, &[]).unwrap();
    let mut app = App::new(doc, Settings::default());
    let terminal = draw(&mut app, 100, 30);
    let buf = terminal.backend().buffer();
    let find = |text: &str| {
        (0..30u16)
            .find_map(|y| {
                let row: String = (0..100u16).map(|x| buf[(x, y)].symbol()).collect();
                row.find(text)
                    .map(|at| (row[..at].chars().count() as u16, y))
            })
            .unwrap_or_else(|| panic!("{text:?} is not on screen"))
    };
    // SYNOPSIS: `dropbear` in bold, then `flag  arguments` underlined.
    let (x, y) = find("dropbear  [");
    assert!(buf[(x, y)].style().add_modifier.contains(Modifier::BOLD));
    let (x, y) = find("flag  arguments");
    assert!(
        buf[(x, y)]
            .style()
            .add_modifier
            .contains(Modifier::UNDERLINED)
    );
    let screen = terminal.backend().to_string();
    assert!(!screen.contains('␈') && !screen.contains('␛'), "{screen}");
    insta::assert_snapshot!("dropbear_overstrike_100x30", terminal.backend());
}
