//! Render snapshots: the whole screen drawn into ratatui's TestBackend.

use lectern::app::{App, Command, Event, Settings};
use lectern::document::{Document, Format};
use lectern::source::SEED_TEXT;
use lectern::ui::{Theme, render};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "ui/formats.rs"]
mod formats;
#[path = "ui/markdown.rs"]
mod markdown;
#[path = "ui/tables.rs"]
mod tables;

fn draw(app: &mut App, width: u16, height: u16) -> Terminal<TestBackend> {
    app.update(Event::Resized { width, height });
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let theme = Theme::default();
    terminal.draw(|f| render(app, &theme, f)).unwrap();
    terminal
}

fn seed() -> App {
    app_for("seed.txt", SEED_TEXT, Format::Plain)
}

/// An app reading `text` as a document called `name`.
fn app_for(name: &str, text: &str, format: Format) -> App {
    App::new(Document::from_text(name, text, format), Settings::default())
}

/// `/` and the query typed (the prompt still open).
fn type_search(app: &mut App, query: &str) {
    app.press("/");
    for c in query.chars() {
        app.update(Event::Typed(c));
    }
}

/// Every cell's symbol, row after row.
fn screen_of(terminal: &Terminal<TestBackend>) -> String {
    terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect()
}

#[test]
fn seed_at_three_sizes() {
    for (w, h) in [(100, 30), (60, 20), (20, 5)] {
        let mut app = seed();
        let terminal = draw(&mut app, w, h);
        insta::assert_snapshot!(format!("seed_{w}x{h}"), terminal.backend());
    }
}

#[test]
fn seed_without_outline_and_after_moving() {
    let mut app = seed();
    app.press("o");
    app.press("]");
    app.press("]");
    let terminal = draw(&mut app, 100, 30);
    insta::assert_snapshot!("seed_100x30_no_outline_section_2", terminal.backend());
}

#[test]
fn help_overlay() {
    let mut app = seed();
    app.press("?");
    let terminal = draw(&mut app, 100, 30);
    insta::assert_snapshot!("seed_100x30_help", terminal.backend());
}

#[test]
fn current_section_is_highlighted_in_the_outline() {
    let mut app = seed();
    app.press("]");
    app.press("]");
    let terminal = draw(&mut app, 100, 30);
    let buf = terminal.backend().buffer();
    // Row 2 of the outline is "the goal…", the current section.
    let current = buf[(3, 2)].style();
    let other = buf[(3, 4)].style();
    assert_eq!(current.fg, Theme::default().outline_current.fg);
    assert_ne!(current, other);
}

#[test]
fn control_characters_render_as_placeholders_never_raw() {
    let text = "Title\n\nnul \u{0} esc \u{1b}[2J bell \u{7} csi \u{9b}1m rlo \u{202e}x\n\n\tindented\tcode\n\tline two\n";
    let mut app = app_for("x.txt", text, Format::Plain);
    let terminal = draw(&mut app, 80, 10);
    let screen = screen_of(&terminal);
    assert!(screen.contains('␀') && screen.contains("␛[2J") && screen.contains('␇'));
    assert!(screen.contains("<U+009B>") && screen.contains("<U+202E>"));
    assert!(
        !screen.chars().any(|c| c.is_control()),
        "a raw control reached the buffer"
    );
}

#[test]
fn wide_text_never_overflows_the_pane() {
    let text =
        "紅樓夢\n\n".to_owned() + &"第一回　甄士隱夢幻識通靈　賈雨村風塵怀閨秀 👩‍👩‍👧 ".repeat(20);
    let mut app = app_for("zh.txt", &text, Format::Plain);
    for width in [61, 62, 80, 100] {
        let terminal = draw(&mut app, width, 12);
        let buf = terminal.backend().buffer();
        let border = app.panes().outline.unwrap().right() - 1;
        for y in 0..11 {
            assert_eq!(
                buf[(border, y)].symbol(),
                "│",
                "border intact at width {width}, row {y}"
            );
        }
    }
}

#[test]
fn jump_palette_with_highlighted_matches() {
    let mut app = seed();
    app.press("f");
    for c in "pla act".chars() {
        app.press(&c.to_string());
    }
    let terminal = draw(&mut app, 100, 30);
    insta::assert_snapshot!("seed_100x30_palette_pla_act", terminal.backend());
    let buf = terminal.backend().buffer();
    // Find the result row and check that the matched letters are highlighted.
    let row = (0..30)
        .find(|&y| {
            (0..100)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
                .contains("the platform")
        })
        .expect("the result is listed");
    let line: Vec<_> = (0..100)
        .map(|x| (buf[(x, row)].symbol().to_owned(), buf[(x, row)].style()))
        .collect();
    let start = line
        .windows(3)
        .position(|w| w.iter().map(|c| c.0.as_str()).collect::<String>() == "pla")
        .unwrap();
    let highlight = Theme::default().help_key.fg;
    assert!(
        line[start..start + 3].iter().all(|c| c.1.fg == highlight),
        "p, l, a are highlighted"
    );
    assert_ne!(line[start - 2].1.fg, highlight, "the text before is not");
}

#[test]
fn jump_palette_says_when_nothing_matches() {
    let mut app = seed();
    app.press("f");
    for c in "xyzq".chars() {
        app.press(&c.to_string());
    }
    let terminal = draw(&mut app, 60, 20);
    let screen = screen_of(&terminal);
    assert!(screen.contains("no match") && screen.contains("0/9"));
}

#[test]
fn help_scrolls_to_show_every_key() {
    let mut app = seed();
    app.press("?");
    for _ in 0..100 {
        app.press("j");
    }
    let terminal = draw(&mut app, 100, 30);
    let screen = screen_of(&terminal);
    assert!(screen.contains("j/k scroll"));
    assert!(
        screen.contains("quit, always"),
        "the last binding comes into view"
    );
}

#[test]
fn help_fits_100_columns_every_line_whole_with_one_general_group() {
    let mut app = seed();
    app.press("?");
    let terminal = draw(&mut app, 100, 60);
    let buf = terminal.backend().buffer();
    let rows: Vec<String> = (0..60)
        .map(|y| (0..100).map(|x| buf[(x, y)].symbol()).collect())
        .collect();
    let screen = rows.join("\n");
    for binding in lectern::app::keymap::BINDINGS {
        assert!(screen.contains(binding.help), "cut: {}", binding.help);
    }
    let general = rows
        .iter()
        .filter(|r| r.contains("│General") || r.contains(" General "))
        .count();
    assert_eq!(general, 1, "{screen}");
}

#[test]
fn bookmarks_show_in_the_margin_the_outline_and_the_list() {
    let mut app = seed();
    app.update(Event::Resized {
        width: 100,
        height: 30,
    });
    for key in ["]", "]", "m", "Enter", "B"] {
        app.press(key);
    }
    let terminal = draw(&mut app, 100, 30);
    insta::assert_snapshot!("seed_100x30_bookmark_list", terminal.backend());
    app.press("Esc");
    let terminal = draw(&mut app, 100, 30);
    let buf = terminal.backend().buffer();
    let column = app.panes().column;
    assert_eq!(
        buf[(column.x - 1, 0)].symbol(),
        "▍",
        "margin mark on the bookmarked row"
    );
    assert_eq!(buf[(column.x - 1, 1)].symbol(), " ");
    let outline_row: String = (0..30).map(|x| buf[(x, 2)].symbol()).collect();
    assert!(outline_row.contains("•the goal"), "{outline_row}");
}

#[test]
fn search_highlights_every_visible_match_and_the_current_one_distinctly() {
    let mut app = seed();
    app.update(Event::Resized {
        width: 100,
        height: 30,
    });
    type_search(&mut app, "belt and road");
    app.press("Enter");
    let terminal = draw(&mut app, 100, 30);
    insta::assert_snapshot!("seed_100x30_search_belt_and_road", terminal.backend());
    let buf = terminal.backend().buffer();
    let theme = Theme::default();
    // Collect the background colour of every "Belt" on screen, in order.
    let mut found = Vec::new();
    for y in 0..29u16 {
        let row: Vec<&str> = (0..100u16).map(|x| buf[(x, y)].symbol()).collect();
        for x in 0..96usize {
            if row[x..x + 4].concat() == "Belt" {
                found.push(buf[(x as u16, y)].style().bg);
            }
        }
    }
    assert!(found.len() >= 3, "{found:?}");
    assert_eq!(found[0], theme.match_current.bg, "the current match");
    assert!(
        found[1..].iter().all(|bg| *bg == theme.match_other.bg),
        "the others"
    );
    let status: String = (0..100u16).map(|x| buf[(x, 29)].symbol()).collect();
    assert!(status.contains("match 1/3"), "{status}");
}

#[test]
fn a_phrase_broken_across_lines_is_highlighted_on_both() {
    let text = "Title Line\n\nbuilding a global\ncommunity of shared future, and more words to fill the rest of the line.\n";
    let mut app = app_for("t.txt", text, Format::Plain);
    app.update(Event::Resized {
        width: 30,
        height: 10,
    });
    type_search(&mut app, "global community");
    app.press("Enter");
    let terminal = draw(&mut app, 30, 10);
    let buf = terminal.backend().buffer();
    let lit: String = buf
        .content()
        .iter()
        .filter(|c| c.style().bg == Theme::default().match_current.bg)
        .map(|c| c.symbol())
        .collect();
    assert_eq!(lit, "globalcommunity", "both words, across the line break");
}

#[test]
fn a_match_in_a_coloured_log_line_is_found_through_its_codes_and_lit_over_its_colours() {
    let line = |n: u32| {
        format!("[    {n}.000000] \x1b[1mkernel\x1b[0m:\x1b[33m \x1b[0musb {n}-1: new device\n")
    };
    let text: String = (1..=12).map(line).collect();
    let mut app = app_for("dmesg.txt", &text, Format::Plain);
    app.update(Event::Resized {
        width: 60,
        height: 10,
    });
    type_search(&mut app, "kernel: usb 3");
    app.press("Enter");
    let terminal = draw(&mut app, 60, 10);
    let buf = terminal.backend().buffer();
    let current: Vec<_> = buf
        .content()
        .iter()
        .filter(|c| c.style().bg == Theme::default().match_current.bg)
        .collect();
    let lit: String = current.iter().map(|c| c.symbol()).collect();
    assert_eq!(lit, "kernel: usb 3", "the match, without its codes");
    assert!(
        current[0]
            .style()
            .add_modifier
            .contains(ratatui::style::Modifier::BOLD),
        "the highlight keeps the line's own bold"
    );
    // The list of every match shows the text as read, without codes.
    app.press("F");
    let terminal = draw(&mut app, 60, 10);
    let screen = screen_of(&terminal);
    assert!(screen.contains("kernel: usb 3-1"), "{screen}");
    assert!(!screen.contains('␛'), "{screen}");
}

#[test]
fn wrapped_records_continue_behind_a_mark_and_lose_no_character() {
    let record = |n: u32| {
        format!(
            "2024-05-0{n} 12:00:0{n} INFO worker-{n}: {}\n",
            "payload ".repeat(12).trim_end()
        )
    };
    let text: String = (1..=3).map(record).collect();
    let mut app = app_for("app.log", &text, Format::Plain);
    app.update(Event::Resized {
        width: 50,
        height: 12,
    });
    app.press("o");
    app.press("w");
    let terminal = draw(&mut app, 50, 12);
    let buf = terminal.backend().buffer();
    let rows: Vec<String> = (0..11)
        .map(|y| {
            (0..50)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
                .trim_end()
                .to_owned()
        })
        .filter(|row| !row.is_empty())
        .collect();
    let mut records: Vec<String> = Vec::new();
    for row in &rows {
        let row = row.trim_start();
        match (row.strip_prefix("↪"), records.last_mut()) {
            (Some(rest), Some(record)) => record.push_str(rest),
            _ => records.push(row.to_owned()),
        }
    }
    let expected: Vec<String> = text.lines().map(str::to_owned).collect();
    assert_eq!(records, expected, "{rows:#?}");
    assert!(rows.len() > 3, "each record wrapped: {rows:#?}");
}

#[test]
fn the_search_prompt_shows_errors() {
    let mut app = seed();
    type_search(&mut app, "(x");
    app.press("Ctrl-r");
    let terminal = draw(&mut app, 80, 10);
    let status: String = (0..80u16)
        .map(|x| terminal.backend().buffer()[(x, 9)].symbol())
        .collect();
    assert!(
        status.starts_with("/(x") && status.contains("unclosed"),
        "{status}"
    );
}

fn corpus_app(name: &str) -> App {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(name);
    let doc = lectern::source::Source::File(path)
        .load(None, &[])
        .expect("corpus file loads");
    App::new(doc, Settings::default())
}

/// A cell holding the tail of a grapheme (a combining mark, a joiner, a
/// variation selector) means a grapheme was split between cells.
fn starts_mid_grapheme(symbol: &str) -> bool {
    use unicode_segmentation::UnicodeSegmentation;
    !symbol.is_empty() && format!("a{symbol}").graphemes(true).count() == 1
}

/// Chinese, Japanese, Arabic, Hebrew, emoji with joiners and flags,
/// combining marks and zero-width characters, at widths from tiny to wide,
/// scrolled through: nothing crosses the outline border or the text
/// column, and no cell holds part of a grapheme.
#[test]
fn scripts_of_every_width_stay_inside_their_panes() {
    for name in [
        "gutenberg_hong_lou_meng_pg24264_zh_excerpt.txt",
        "the_art_of_command_line_README-zh.md",
        "hadith_bukhari_revelation_ar_rtl.md",
        "utf8_demo_markus_kuhn.txt",
        "big_list_of_naughty_strings.txt",
    ] {
        let mut app = corpus_app(name);
        for width in [7u16, 33, 61, 80, 133] {
            for page in 0..6 {
                let terminal = draw(&mut app, width, 16);
                let buf = terminal.backend().buffer();
                let column = app.panes().column;
                for y in 0..column.bottom() {
                    if let Some(outline) = app.panes().outline {
                        let border = outline.right() - 1;
                        assert_eq!(
                            buf[(border, y)].symbol(),
                            "│",
                            "{name} w{width} p{page} row {y}"
                        );
                    }
                    // Prose stays in the column; lines kept as written
                    // (code, tables, verse) may use the whole text pane.
                    let kept = app
                        .viewport()
                        .view()
                        .get(usize::from(y.saturating_sub(column.y)))
                        .is_some_and(|pos| app.doc().blocks[pos.block].kind.is_preformatted());
                    let edge = if kept {
                        app.panes().text.right()
                    } else {
                        column.right()
                    };
                    for x in edge..app.panes().text.right() {
                        assert_eq!(
                            buf[(x, y)].symbol(),
                            " ",
                            "{name} w{width}: ({x},{y}) outside the column"
                        );
                    }
                    for x in 0..width {
                        let symbol = buf[(x, y)].symbol();
                        assert!(
                            !starts_mid_grapheme(symbol),
                            "{name} w{width} ({x},{y}): {symbol:?}"
                        );
                    }
                }
                app.press("Space");
            }
            app.press("g");
        }
    }
}

#[test]
fn chinese_and_arabic_documents_render() {
    for (name, snapshot) in [
        (
            "gutenberg_hong_lou_meng_pg24264_zh_excerpt.txt",
            "corpus_zh_80x20",
        ),
        ("hadith_bukhari_revelation_ar_rtl.md", "corpus_ar_80x20"),
    ] {
        let mut app = corpus_app(name);
        let terminal = draw(&mut app, 80, 20);
        insta::assert_snapshot!(snapshot, terminal.backend());
    }
}

fn draw_with(app: &mut App, theme: &Theme, width: u16, height: u16) -> Terminal<TestBackend> {
    app.update(Event::Resized { width, height });
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| render(app, theme, f)).unwrap();
    terminal
}

/// Themes change colours, never the text: each one draws the same screen
/// (one snapshot), mono without a single colour, light and dark with their
/// own heading colour, every colour one of the 16 a basic terminal has.
#[test]
fn themes_change_colours_not_text() {
    use ratatui::style::Color;
    let mut screens = Vec::new();
    for name in lectern::ui::theme::THEME_NAMES {
        let theme = Theme::named(name).unwrap();
        let mut app = seed();
        type_search(&mut app, "future");
        let terminal = draw_with(&mut app, &theme, 80, 20);
        let buf = terminal.backend().buffer().clone();
        let colours: Vec<Color> = buf
            .content()
            .iter()
            .flat_map(|cell| [cell.fg, cell.bg])
            .filter(|c| *c != Color::Reset)
            .collect();
        match name {
            "mono" => assert!(colours.is_empty(), "mono: {colours:?}"),
            _ => assert!(!colours.is_empty(), "{name} has colour"),
        }
        assert!(
            colours
                .iter()
                .all(|c| !matches!(c, Color::Rgb(..) | Color::Indexed(_))),
            "{name}: 16-colour terminals show every colour"
        );
        let title = app.panes().column.x;
        let expected = match name {
            "dark" => Color::Yellow,
            "light" => Color::Blue,
            _ => Color::Reset,
        };
        assert_eq!(buf[(title, 0)].fg, expected, "{name}: the title's colour");
        screens.push(terminal.backend().to_string());
    }
    assert!(
        screens.windows(2).all(|w| w[0] == w[1]),
        "same text in every theme"
    );
    insta::assert_snapshot!("seed_80x20_searching_future", screens[0]);
}

/// A Chinese novel, a coloured log and an RFC across a page break, at a
/// small and a large size: filled CJK rows, one record a row, no running
/// heads.
#[test]
fn faithful_text_of_three_kinds_at_two_sizes() {
    for (name, scroll, tag) in [
        ("gutenberg_hong_lou_meng_pg24264_zh_excerpt.txt", 6, "zh"),
        ("ansi_terminal_recording_dmesg.txt", 0, "dmesg"),
        ("rfc793_tcp_1981.txt", 300, "rfc793_page_break"),
    ] {
        for (w, h) in [(60, 20), (120, 40)] {
            let mut app = corpus_app(name);
            draw(&mut app, w, h);
            for _ in 0..scroll {
                app.update(Event::Command(Command::ScrollDown));
            }
            let terminal = draw(&mut app, w, h);
            insta::assert_snapshot!(format!("faithful_{tag}_{w}x{h}"), terminal.backend());
        }
    }
}

/// Without colour, code still reads as code: inline code keeps its
/// backticks and a code block's lines stand behind a rule.
#[test]
fn code_is_set_apart_in_mono() {
    let text =
        "# Code\n\nThe variable `s` refers to a string.\n\n```rust\nlet s = \"hello\";\n```\n";
    let mut app = app_for("c.md", text, Format::Markdown);
    app.update(Event::Resized {
        width: 80,
        height: 10,
    });
    let mut terminal = Terminal::new(TestBackend::new(80, 10)).unwrap();
    terminal
        .draw(|frame| render(&app, &Theme::mono(), frame))
        .unwrap();
    let screen: String = terminal.backend().to_string();
    assert!(screen.contains("The variable `s` refers"), "{screen}");
    assert!(screen.contains("│ let s = \"hello\";"), "{screen}");
    let buf = terminal.backend().buffer();
    assert!(
        buf.content()
            .iter()
            .all(|c| c.fg == ratatui::style::Color::Reset),
        "no colour in mono"
    );
}
