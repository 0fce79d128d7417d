//! Command-line arguments (clap). Declarations only: `lib::run` decides what
//! to do with them.

use crate::document::{Format, readers};
use clap::Parser;
use std::path::PathBuf;

/// A terminal reader for long documents: an outline beside the text.
#[derive(Debug, Parser)]
#[command(
    name = "lectern",
    version,
    about,
    after_help = "Examples:\n  lectern                        read the bundled document\n  lectern notes.txt              read a file\n  lectern --outline rfc.txt      print the outline and exit\n  some-command | lectern         read standard input (or `lectern -`)\n  lectern --theme light book.md  colours for a light background\n  lectern --print-config > \"$(lectern --paths | sed -n 's/^config file: *//p')\"\n                                 start a config file\n\nKeys: press ? in the reader. Files: lectern --paths."
)]
pub struct Args {
    /// The documents to read: files (text, Markdown, HTML, EPUB, man pages;
    /// gzip or zstd compressed too), folders (the documents in them), `-`
    /// for standard input; none: the bundled one.
    #[arg(value_name = "PATH")]
    pub documents: Vec<PathBuf>,

    /// Print the outline and exit.
    #[arg(long, group = "listing")]
    pub outline: bool,

    /// With --outline: say which rule made each entry, and why near misses
    /// were turned down.
    #[arg(long, requires = "outline", conflicts_with = "json")]
    pub explain: bool,

    /// List saved bookmarks (of PATH's document, or of all documents) and exit.
    #[arg(long, group = "listing")]
    pub bookmarks: bool,

    /// With --outline or --bookmarks: print JSON.
    #[arg(long, requires = "listing")]
    pub json: bool,

    /// Start at the top instead of where you stopped last time.
    #[arg(long)]
    pub no_resume: bool,

    /// Print where lectern keeps its files and exit.
    #[arg(long, exclusive = true)]
    pub paths: bool,

    /// Read the document as this format instead of guessing from its name.
    #[arg(long = "format", value_enum, value_name = "FORMAT")]
    pub format_arg: Option<FormatArg>,

    /// Read the file in this encoding (`euc-kr`, `shift_jis`, `windows-1251`,
    /// `latin1`…) instead of the one lectern guesses.
    #[arg(long, value_name = "NAME", value_parser = parse_encoding)]
    pub encoding: Option<&'static encoding_rs::Encoding>,

    /// Whether Markdown links show their address: the config's
    /// `link-urls`, set once the config is read.
    #[arg(skip)]
    pub link_urls: crate::document::LinkUrls,

    /// Colours: dark, light or mono (overrides the config file and NO_COLOR).
    #[arg(long = "theme", value_enum, value_name = "NAME")]
    pub theme_arg: Option<ThemeArg>,

    /// Print the formats lectern reads (the registry of readers) and exit.
    #[arg(long, exclusive = true)]
    pub formats: bool,

    /// Print the default configuration, fully commented, and exit.
    #[arg(long, exclusive = true)]
    pub print_config: bool,

    /// Print shell completions and exit.
    #[arg(long, value_name = "SHELL", exclusive = true)]
    pub completions: Option<clap_complete::Shell>,

    /// A line matching REGEX is a heading (repeat for deeper levels; the first
    /// capture group, if any, is the title). Replaces heading detection.
    #[arg(long = "heading", value_name = "REGEX")]
    pub headings: Vec<String>,
}

/// `--format`: a reader of the registry, by the name its row gives (the
/// values, their help and the completions all come from that table).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormatArg(pub Format);

impl clap::ValueEnum for FormatArg {
    fn value_variants<'a>() -> &'a [Self] {
        static ALL: std::sync::LazyLock<Vec<FormatArg>> = std::sync::LazyLock::new(|| {
            readers::READERS
                .iter()
                .map(|r| FormatArg(r.format))
                .collect()
        });
        &ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let reader = readers::reader(self.0);
        Some(clap::builder::PossibleValue::new(reader.name).help(reader.summary))
    }
}

/// `--theme`: one of the built-in themes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeArg {
    Dark,
    Light,
    Mono,
}

/// An encoding by any of its WHATWG labels.
fn parse_encoding(name: &str) -> Result<&'static encoding_rs::Encoding, String> {
    encoding_rs::Encoding::for_label(name.trim().as_bytes())
        .ok_or_else(|| format!("no encoding is called {name:?} (try utf-8, euc-kr, shift_jis, gbk, big5, koi8-r, windows-1251, latin1)"))
}

impl Args {
    /// How to read the documents: the format and encoding asked for.
    pub fn read_as(&self) -> crate::source::ReadAs {
        crate::source::ReadAs {
            format: self.format(),
            encoding: self.encoding,
            link_urls: self.link_urls,
        }
    }

    /// The format asked for, if any.
    pub fn format(&self) -> Option<Format> {
        self.format_arg.map(|f| f.0)
    }

    /// The theme asked for by name, if any.
    pub fn theme(&self) -> Option<&'static str> {
        self.theme_arg.map(|t| match t {
            ThemeArg::Dark => "dark",
            ThemeArg::Light => "light",
            ThemeArg::Mono => "mono",
        })
    }
}
