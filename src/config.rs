//! The user's `config.toml`: reading it, reporting mistakes by line and
//! column, and turning it into the reader's [`Settings`]. A bad file never
//! stops lectern: what is wrong is reported and the defaults are used.

use crate::app::Settings;
use crate::app::keymap::BINDINGS;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// The fully commented default configuration (`lectern --print-config`).
pub const DEFAULT_CONFIG: &str = include_str!("../assets/config.toml");

/// The file's contents; every field optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct File {
    text_width: Option<u16>,
    tab_width: Option<u16>,
    resume: Option<bool>,
    theme: Option<String>,
    #[serde(default)]
    outline: OutlineFile,
    #[serde(default)]
    keys: BTreeMap<String, toml::Spanned<Vec<String>>>,
    #[serde(default)]
    headings: Vec<toml::Spanned<HeadingsFile>>,
}

/// `[[headings]]`: heading patterns for the files a glob matches.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct HeadingsFile {
    files: String,
    patterns: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct OutlineFile {
    visible: Option<bool>,
    width: Option<u16>,
}

/// What the configuration decides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub settings: Settings,
    pub resume: bool,
    /// A theme name, checked by the UI.
    pub theme: Option<String>,
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
            theme: None,
            headings: Vec::new(),
        }
    }
}

/// Read `path` (a missing file is the defaults). The messages say what was
/// wrong, where; with any of them the result is the defaults.
pub fn load(path: &Path) -> (Config, Vec<String>) {
    match std::fs::read_to_string(path) {
        Ok(text) => match parse(&text) {
            Ok(config) => (config, Vec::new()),
            Err(message) => (
                Config::default(),
                vec![format!("{}:{message}; using the defaults", path.display())],
            ),
        },
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => (Config::default(), Vec::new()),
        Err(err) => (
            Config::default(),
            vec![format!("{}: {err}; using the defaults", path.display())],
        ),
    }
}

/// Parse a configuration; the error is `line:column: what is wrong`.
pub fn parse(text: &str) -> Result<Config, String> {
    let file: File = toml::from_str(text).map_err(|e| {
        let (line, column) = e.span().map_or((1, 1), |s| line_column(text, s.start));
        format!("{line}:{column}: {}", e.message().trim())
    })?;
    let mut config = Config::default();
    let settings = &mut config.settings;
    if let Some(width) = file.text_width {
        settings.measure = width.max(10);
    }
    if let Some(width) = file.tab_width {
        settings.tab_width = width.clamp(1, 16);
    }
    if let Some(visible) = file.outline.visible {
        settings.show_outline = visible;
    }
    settings.outline_width = file.outline.width;
    if let Some(resume) = file.resume {
        config.resume = resume;
    }
    config.theme = file.theme;
    for rule in &file.headings {
        let at = || line_column(text, rule.span().start);
        let HeadingsFile { files, patterns } = rule.get_ref();
        if let Err(e) = glob::Pattern::new(files) {
            let (line, column) = at();
            return Err(format!(
                "{line}:{column}: [[headings]] files {files:?}: {}",
                e.msg
            ));
        }
        for pattern in patterns {
            if let Err(e) = regex::Regex::new(pattern) {
                let (line, column) = at();
                let first = e.to_string().lines().last().unwrap_or("").to_owned();
                return Err(format!(
                    "{line}:{column}: [[headings]] pattern {pattern:?}: {first}"
                ));
            }
        }
        config.headings.push(HeadingRule {
            files: files.clone(),
            patterns: patterns.clone(),
        });
    }
    for (name, keys) in &file.keys {
        settings.keymap.rebind(name, keys.get_ref()).map_err(|e| {
            let (line, column) = line_column(text, keys.span().start);
            format!("{line}:{column}: [keys] {name}: {e}")
        })?;
    }
    Ok(config)
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
