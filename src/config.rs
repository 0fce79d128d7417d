//! The user's `config.toml`: reading it, reporting mistakes by line and
//! column, and turning it into the reader's [`Settings`]. A bad file never
//! stops lectern: what is wrong is reported, and a bad setting falls back to
//! its default while the others hold (a file that is not TOML at all means
//! the defaults).

use crate::app::Settings;
use crate::app::keymap::BINDINGS;
use crate::document::LinkUrls;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// The fully commented default configuration (`lectern --print-config`).
pub const DEFAULT_CONFIG: &str = include_str!("../assets/config.toml");

/// The file's settings, each value with where it stands, so that a bad
/// one is reported at its line and column and only it falls back to its
/// default.
type Entries = BTreeMap<toml::Spanned<String>, toml::Spanned<toml::Value>>;

/// The tables of the file, read again as they stand so that their entries
/// keep their places too.
#[derive(Debug, Default, Deserialize)]
struct Tables {
    #[serde(default)]
    outline: Entries,
    #[serde(default)]
    keys: Entries,
    #[serde(default)]
    headings: Vec<toml::Spanned<toml::Value>>,
}

/// `[[headings]]`: heading patterns for the files a glob matches.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct HeadingsFile {
    files: String,
    patterns: Vec<String>,
}

/// What the configuration decides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub settings: Settings,
    pub resume: bool,
    /// Whether Markdown links show their address after their text.
    pub link_urls: LinkUrls,
    /// Whether links are drawn as OSC 8 hyperlinks (clickable).
    pub hyperlinks: bool,
    /// A theme name, checked by the UI.
    pub theme: Option<String>,
    /// Where the theme's name stands in the file (line, column), for the
    /// UI's message when there is no such theme.
    pub theme_at: Option<(usize, usize)>,
    /// `[[headings]]` rules, in the file's order; checked when read.
    pub headings: Vec<HeadingRule>,
}

/// Heading patterns used instead of detection for matching files: a line
/// matching pattern *n* is a heading of level *n*.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadingRule {
    /// A glob on the file's name or path (`*.log`, `notes/*.txt`).
    pub files: String,
    pub patterns: Vec<String>,
}

/// The heading patterns in force: `--heading` for every document, else
/// the first `[[headings]]` rule whose glob matches a document's file.
#[derive(Debug, Clone, Default)]
pub struct Headings {
    given: Vec<regex::Regex>,
    rules: Vec<(glob::Pattern, Vec<regex::Regex>)>,
}

impl Headings {
    /// `given` from the command line, `rules` from the config file (already
    /// checked: a rule that does not compile is left out).
    pub fn new(given: Vec<regex::Regex>, rules: &[HeadingRule]) -> Headings {
        let rules = rules
            .iter()
            .filter_map(|rule| {
                let glob = glob::Pattern::new(&rule.files).ok()?;
                let patterns = rule
                    .patterns
                    .iter()
                    .map(|p| regex::Regex::new(p))
                    .collect::<Result<Vec<_>, _>>()
                    .ok()?;
                Some((glob, patterns))
            })
            .collect();
        Headings { given, rules }
    }

    /// Whether the command line gave patterns.
    pub fn given(&self) -> bool {
        !self.given.is_empty()
    }

    /// The patterns for a document read from `source`: none means detect.
    pub fn for_source(&self, source: &crate::source::Source) -> &[regex::Regex] {
        if !self.given.is_empty() {
            return &self.given;
        }
        let crate::source::Source::File(path) = source else {
            return &[];
        };
        let name = path.file_name().map(std::path::Path::new).unwrap_or(path);
        self.rules
            .iter()
            .find(|(glob, _)| glob.matches_path(name) || glob.matches_path(path))
            .map_or(&[], |(_, patterns)| patterns)
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            settings: Settings::default(),
            resume: true,
            link_urls: LinkUrls::default(),
            hyperlinks: true,
            theme: None,
            theme_at: None,
            headings: Vec::new(),
        }
    }
}

/// Read `path` (a missing file is the defaults). The messages say what was
/// wrong, where: a file that is not TOML means the defaults; a bad setting
/// means that setting's default.
pub fn load(path: &Path) -> (Config, Vec<String>) {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            let (config, mistakes) = parse(&text);
            let messages = mistakes
                .into_iter()
                .map(|m| format!("{}:{m}", path.display()))
                .collect();
            (config, messages)
        }
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => (Config::default(), Vec::new()),
        Err(err) => (
            Config::default(),
            vec![format!("{}: {err}; using the defaults", path.display())],
        ),
    }
}

/// Parse a configuration: what it decides, and its mistakes as `line:column:
/// what is wrong; using …`.
pub fn parse(text: &str) -> (Config, Vec<String>) {
    let entries: Entries = match toml::from_str(text) {
        Ok(entries) => entries,
        Err(e) => {
            let (line, column) = e.span().map_or((1, 1), |s| line_column(text, s.start));
            let message = format!(
                "{line}:{column}: {}; using the defaults",
                e.message().trim()
            );
            return (Config::default(), vec![message]);
        }
    };
    let mut reader = Reader {
        text,
        config: Config::default(),
        mistakes: Vec::new(),
    };
    for (key, value) in &entries {
        reader.setting(key, value);
    }
    let tables: Tables = toml::from_str(text).unwrap_or_else(|e| {
        let (line, column) = e.span().map_or((1, 1), |s| line_column(text, s.start));
        let message = format!("{}; using its defaults", e.message().trim());
        reader.mistakes.push(format!("{line}:{column}: {message}"));
        Tables::default()
    });
    for (key, value) in &tables.outline {
        reader.outline_setting(key, value);
    }
    for (key, value) in &tables.keys {
        reader.key_binding(key, value);
    }
    for rule in &tables.headings {
        reader.heading_rule(rule);
    }
    (reader.config, reader.mistakes)
}

/// Reads the settings one at a time into `config`, noting each mistake.
struct Reader<'t> {
    text: &'t str,
    config: Config,
    mistakes: Vec<String>,
}

impl Reader<'_> {
    fn mistake<T>(&mut self, at: &toml::Spanned<T>, message: String) {
        let (line, column) = line_column(self.text, at.span().start);
        self.mistakes.push(format!("{line}:{column}: {message}"));
    }

    /// `value` as a `T`, or a mistake at it naming `what` was wanted.
    fn value<T: serde::de::DeserializeOwned>(
        &mut self,
        name: &str,
        value: &toml::Spanned<toml::Value>,
        what: &str,
    ) -> Option<T> {
        match value.get_ref().clone().try_into() {
            Ok(read) => Some(read),
            Err(_) => {
                let found = &self.text[value.span()];
                self.mistake(
                    value,
                    format!("{name} should be {what}, not {found}; using the default"),
                );
                None
            }
        }
    }

    fn setting(&mut self, key: &toml::Spanned<String>, value: &toml::Spanned<toml::Value>) {
        let name = key.get_ref().as_str();
        match name {
            "text-width" => {
                if let Some(width) = self.value::<u16>(name, value, "a number of columns") {
                    self.config.settings.measure = width.max(10);
                }
            }
            "tab-width" => {
                if let Some(width) = self.value::<u16>(name, value, "a number of columns") {
                    self.config.settings.tab_width = width.clamp(1, 16);
                }
            }
            "resume" => {
                if let Some(resume) = self.value(name, value, "true or false") {
                    self.config.resume = resume;
                }
            }
            "link-urls" => match self.value::<String>(name, value, "\"after\" or \"hidden\"") {
                Some(choice) if choice == "after" => self.config.link_urls = LinkUrls::After,
                Some(choice) if choice == "hidden" => self.config.link_urls = LinkUrls::Hidden,
                Some(other) => self.mistake(
                    value,
                    format!("link-urls should be \"after\" or \"hidden\", not {other:?}; using the default"),
                ),
                None => {}
            },
            "hyperlinks" => {
                if let Some(on) = self.value(name, value, "true or false") {
                    self.config.hyperlinks = on;
                }
            }
            "theme" => {
                if let Some(theme) = self.value(name, value, "a theme's name") {
                    self.config.theme = Some(theme);
                    self.config.theme_at = Some(line_column(self.text, value.span().start));
                }
            }
            // Read from [`Tables`], where their entries keep their places.
            "outline" | "keys" | "headings" => {}
            _ => self.mistake(key, format!("unknown setting `{name}`; it is left out")),
        }
    }

    fn outline_setting(&mut self, key: &toml::Spanned<String>, value: &toml::Spanned<toml::Value>) {
        let name = format!("[outline] {}", key.get_ref());
        match key.get_ref().as_str() {
            "visible" => {
                if let Some(visible) = self.value(&name, value, "true or false") {
                    self.config.settings.show_outline = visible;
                }
            }
            "width" => {
                if let Some(width) = self.value(&name, value, "a number of columns") {
                    self.config.settings.outline_width = Some(width);
                }
            }
            _ => self.mistake(key, format!("unknown setting `{name}`; it is left out")),
        }
    }

    fn key_binding(&mut self, key: &toml::Spanned<String>, value: &toml::Spanned<toml::Value>) {
        let name = key.get_ref();
        let what = format!("[keys] {name}");
        let Some(keys) = self.value::<Vec<String>>(&what, value, "a list of keys") else {
            return;
        };
        if let Err(e) = self.config.settings.keymap.rebind(name, &keys) {
            self.mistake(value, format!("{what}: {e}; its default keys are kept"));
        }
    }

    fn heading_rule(&mut self, rule: &toml::Spanned<toml::Value>) {
        let Some(HeadingsFile { files, patterns }) =
            self.value("[[headings]]", rule, "files = \"…\" and patterns = [\"…\"]")
        else {
            return;
        };
        if let Err(e) = glob::Pattern::new(&files) {
            let message = format!("[[headings]] files {files:?}: {}; rule left out", e.msg);
            return self.mistake(rule, message);
        }
        for pattern in &patterns {
            if let Err(e) = regex::Regex::new(pattern) {
                let first = e.to_string().lines().last().unwrap_or("").to_owned();
                let message = format!("[[headings]] pattern {pattern:?}: {first}; rule left out");
                return self.mistake(rule, message);
            }
        }
        self.config.headings.push(HeadingRule { files, patterns });
    }
}

/// One-based line and column (in characters) of byte `at`.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..crate::text::floor_char_boundary(text, at)];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// The default configuration with every key binding written out, as
/// `--print-config` shows it.
pub fn default_with_keys() -> String {
    let mut out = DEFAULT_CONFIG.to_owned();
    for binding in BINDINGS {
        let keys: Vec<String> = binding.keys.split(' ').map(|k| format!("{k:?}")).collect();
        out.push_str(&format!(
            "# {} = [{}]  # {}\n",
            binding.name,
            keys.join(", "),
            binding.help
        ));
    }
    out
}

#[cfg(test)]
mod tests;
