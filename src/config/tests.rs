use super::*;
use crate::app::Command;
use crate::app::Key;
use crate::app::keymap::{KeyContext, KeyMeaning};

/// A file with no mistakes.
fn read(text: &str) -> Config {
    let (config, mistakes) = parse(text);
    assert!(mistakes.is_empty(), "{mistakes:?}");
    config
}

/// The first mistake a file has.
fn first_mistake(text: &str) -> String {
    parse(text).1.into_iter().next().expect("a mistake")
}

fn action(config: &Config, key: &str, context: KeyContext) -> Option<KeyMeaning> {
    let key = Key::parse(key).unwrap();
    config.settings.keymap.meaning(key, context)
}

#[test]
fn an_empty_file_and_the_shipped_default_are_the_defaults() {
    assert_eq!(read(""), Config::default());
    let shipped = read(DEFAULT_CONFIG);
    assert_eq!(shipped.settings, Settings::default());
    assert!(shipped.resume);
    assert_eq!(shipped.theme.as_deref(), Some("dark"));
}

#[test]
fn the_printed_keys_uncommented_are_the_default_bindings() {
    let printed = default_with_keys();
    let uncommented: String = printed
        .lines()
        .map(|l| match l.strip_prefix("# ") {
            Some(rest)
                if BINDINGS
                    .iter()
                    .any(|b| rest.starts_with(&format!("{} = [", b.name))) =>
            {
                rest.split("  # ").next().unwrap()
            }
            _ => l,
        })
        .map(|l| format!("{l}\n"))
        .collect();
    let config = read(&uncommented);
    let default = crate::app::keymap::Keymap::default();
    for (index, binding) in BINDINGS.iter().enumerate() {
        assert_eq!(
            config.settings.keymap.keys(index),
            default.keys(index),
            "{}",
            binding.name
        );
    }
    assert!(
        uncommented.contains("scroll-down = [\"j\", \"Down\"]"),
        "{uncommented}"
    );
}

#[test]
fn every_field_is_read() {
    let config = read(
        "text-width = 72\ntab-width = 4\nresume = false\ntheme = \"light\"\n\
         [outline]\nvisible = false\nwidth = 24\n\
         [keys]\nscroll-down = [\"n\", \"Ctrl-e\"]\nquit = [\"x\"]\n",
    );
    let s = &config.settings;
    assert_eq!((s.measure, s.tab_width), (72, 4));
    assert_eq!((s.show_outline, s.outline_width), (false, Some(24)));
    assert!(!config.resume);
    assert_eq!(config.theme.as_deref(), Some("light"));
    assert_eq!(
        action(&config, "n", KeyContext::Text),
        Some(KeyMeaning::Command(Command::ScrollDown))
    );
    assert_eq!(
        action(&config, "Ctrl-e", KeyContext::Text),
        Some(KeyMeaning::Command(Command::ScrollDown))
    );
    assert_eq!(
        action(&config, "j", KeyContext::Text),
        None,
        "j no longer scrolls"
    );
    assert_eq!(
        action(&config, "x", KeyContext::Text),
        Some(KeyMeaning::Command(Command::Quit))
    );
    assert_eq!(action(&config, "q", KeyContext::Text), None);
    // `n` was search-next: the user's binding wins.
    assert_eq!(
        action(&config, "N", KeyContext::Text),
        Some(KeyMeaning::Command(Command::SearchPrevious))
    );
}

#[test]
fn mistakes_name_the_line_and_column() {
    let err = first_mistake("text-width = 100\ntab-width = \"wide\"\n");
    assert!(err.starts_with("2:13:"), "{err}");
    let err = first_mistake("\n\ncolour = \"red\"\n");
    assert!(err.starts_with("3:1:") && err.contains("colour"), "{err}");
    let err = first_mistake("[keys]\nscroll-dwn = [\"j\"]\n");
    assert!(
        err.starts_with("2:14:") && err.contains("scroll-dwn"),
        "{err}"
    );
    let err = first_mistake("[keys]\nquit = [\"Ctrl-\"]\n");
    assert!(err.contains("not a key"), "{err}");
    let err = first_mistake("text-width = [");
    assert!(err.starts_with("1:"), "{err}");
}

#[test]
fn a_bad_file_means_the_defaults_and_a_message_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    assert_eq!(load(&path), (Config::default(), Vec::new()), "no file");
    std::fs::write(&path, "resume = maybe\n").unwrap();
    let (config, warnings) = load(&path);
    assert_eq!(config, Config::default());
    assert!(warnings[0].contains("config.toml:1:10"), "{warnings:?}");
    assert!(warnings[0].contains("using the defaults"));
}

#[test]
fn heading_rules_per_file_glob_are_read_and_checked() {
    let config =
        read("[[headings]]\nfiles = \"*.log\"\npatterns = [\"^== (.*) ==$\", \"^-- (.*)$\"]\n");
    assert_eq!(config.headings.len(), 1);
    let headings = Headings::new(Vec::new(), &config.headings);
    let log = crate::source::Source::File("/var/tmp/server.log".into());
    let txt = crate::source::Source::File("/var/tmp/notes.txt".into());
    assert_eq!(headings.for_source(&log).len(), 2);
    assert!(headings.for_source(&txt).is_empty());
    let bad = first_mistake(
        "text-width = 80\n[[headings]]\nfiles = \"*.log\"\npatterns = [\"(unclosed\"]\n",
    );
    assert!(bad.starts_with("2:1: [[headings]] pattern"), "{bad}");
}

#[test]
fn a_bad_setting_falls_back_alone_and_the_others_hold() {
    let text = "text-width = 72\ntab-width = \"wide\"\ntheme = \"sepia\"\n\
                [outline]\nwidth = \"narrow\"\nvisible = false\n\
                [keys]\nquit = [\"Ctrl-\"]\nscroll-down = [\"n\"]\n";
    let (config, mistakes) = parse(text);
    assert_eq!(config.settings.measure, 72, "kept");
    assert_eq!(
        config.settings.tab_width,
        Settings::default().tab_width,
        "its default"
    );
    assert_eq!(config.settings.outline_width, None, "its default");
    assert!(!config.settings.show_outline, "kept");
    assert_eq!(
        action(&config, "n", KeyContext::Text),
        Some(KeyMeaning::Command(Command::ScrollDown))
    );
    assert_eq!(
        action(&config, "q", KeyContext::Text),
        Some(KeyMeaning::Command(Command::Quit)),
        "quit keeps its default key"
    );
    assert_eq!(config.theme.as_deref(), Some("sepia"), "checked by the UI");
    assert_eq!(config.theme_at, Some((3, 9)));
    let at: Vec<&str> = mistakes
        .iter()
        .map(|m| m.split(": ").next().unwrap())
        .collect();
    assert_eq!(at, ["2:13", "5:9", "8:8"], "{mistakes:?}");
    assert!(
        mistakes.iter().all(|m| m.contains("default")),
        "{mistakes:?}"
    );
}
