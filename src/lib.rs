//! lectern: a terminal reader for long documents.
//!
//! The layers, each depending only on those before it:
//! - model: [`document`] (loading, structure detection), [`outline`], [`wrap`];
//! - [`app`]: the reader's state and its pure `update(action) -> effects`;
//! - [`ui`]: draws an `App` into a ratatui frame, never mutating it;
//! - [`tui`]: the imperative shell that owns the terminal and the clock;
//! - [`run`] picks the mode: `--outline`, plain output, or the TUI.

pub mod app;
pub mod cli;
pub mod config;
pub mod document;
pub mod error;
pub mod highlight;
pub mod jump;
pub mod outline;
pub mod panes;
pub mod parallel;
pub mod plain_output;
mod reading;
pub mod search;
pub mod session;
pub mod source;
pub mod store;
pub mod text;
pub mod tui;
pub mod ui;
pub mod wrap;

use error::RunError;
use std::io::{IsTerminal, Write};

/// Run lectern with parsed arguments; `paths` is where its files live
/// (resolved once, by `main`).
pub fn run(mut args: cli::Args, paths: Option<store::paths::Paths>) -> Result<(), RunError> {
    let given = args
        .headings
        .iter()
        .map(|p| {
            regex::Regex::new(p).map_err(|e| error::PatternError {
                pattern: p.clone(),
                message: e.to_string(),
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let (config, config_notices) = match &paths {
        Some(paths) => config::load(&paths.config),
        None => (config::Config::default(), Vec::new()),
    };
    let patterns = config::Headings::new(given, &config.headings);
    args.link_urls = config.link_urls;
    let mut setup = Setup {
        config,
        notices: config_notices,
        paths,
    };
    let paths = setup.paths.clone();
    let mut stdout = std::io::stdout().lock();
    if args.paths {
        return write_out(&mut stdout, &session::paths_report(paths.as_ref()));
    }
    if args.print_config {
        return write_out(&mut stdout, &config::default_with_keys());
    }
    if args.formats {
        return write_out(&mut stdout, &document::readers::table());
    }
    if let Some(shell) = args.completions {
        let mut command = <cli::Args as clap::CommandFactory>::command();
        let mut out = Vec::new();
        clap_complete::generate(shell, &mut command, "lectern", &mut out);
        return finish_write(stdout.write_all(&out));
    }
    let (named, folder_notices) = source::expand(&args.documents)?;
    setup.notices.extend(folder_notices);
    if named.len() > 1 {
        drop(stdout);
        return read_many(named, &args, &patterns, setup);
    }
    // `some-command | lectern` reads the pipe; the keys still come from the
    // terminal.
    let given = !named.is_empty();
    let source = match named.into_iter().next() {
        Some(source) => source,
        None if !std::io::stdin().is_terminal() => source::Source::Stdin,
        None => source::Source::Seed,
    };
    if args.bookmarks && !given {
        let (out, warnings) = session::bookmarks_report(paths, None, args.json);
        warnings
            .iter()
            .for_each(|w| eprintln!("lectern: {}", text::sanitize::sanitize(w)));
        return write_out(&mut stdout, &out);
    }
    // A terminal that cannot take a full-screen program gets plain text.
    let full_screen = stdout.is_terminal() && !dumb_terminal();
    let reading = !args.bookmarks && !args.outline && full_screen;
    if reading
        && !source.is_packed()
        && let Some(preview) = reading::preview_bytes(source.file_size())
    {
        drop(stdout);
        return reading::read_large(&source, preview, &args, patterns, setup);
    }
    let mut doc = source.load(args.read_as(), patterns.for_source(&source))?;
    // Nothing piped in (stdin closed at once, as under many runners): the
    // bundled document, as with no arguments.
    let (source, doc) = if !given && source == source::Source::Stdin && doc.text().is_empty() {
        doc = source::Source::Seed.load(args.read_as(), &[])?;
        (source::Source::Seed, doc)
    } else {
        (source, doc)
    };
    if args.bookmarks {
        let (out, warnings) = session::bookmarks_report(paths, Some((&doc, &source)), args.json);
        warnings
            .iter()
            .for_each(|w| eprintln!("lectern: {}", text::sanitize::sanitize(w)));
        return write_out(&mut stdout, &out);
    }
    let written = if args.outline {
        let out = if args.explain {
            outline::explain(&doc, !patterns.for_source(&source).is_empty())
        } else if args.json {
            outline::to_json(&doc) + "\n"
        } else {
            outline::to_text(&doc)
        };
        stdout.write_all(out.as_bytes())
    } else if !full_screen {
        plain_output::write(&doc, plain_output::width_from_env(), &mut stdout)
    } else {
        drop(stdout);
        return reading::read_all(
            vec![(source, doc)],
            Vec::new(),
            None,
            &args,
            patterns,
            setup,
        );
    };
    finish_write(written)
}

/// Several documents: all in the reader, or one after the other on a pipe.
fn read_many(
    sources: Vec<source::Source>,
    args: &cli::Args,
    patterns: &config::Headings,
    setup: Setup,
) -> Result<(), RunError> {
    if args.outline || args.bookmarks {
        return Err(RunError::Usage(
            "--outline and --bookmarks take one document at a time",
        ));
    }
    let mut stdout = std::io::stdout().lock();
    if stdout.is_terminal() && !dumb_terminal() {
        drop(stdout);
        return read_first_then_more(sources, args, patterns, setup);
    }
    // What cannot be read is left out with one line each; only when
    // nothing can is it an error.
    let mut loaded = Vec::with_capacity(sources.len());
    let mut first_error = None;
    for source in sources {
        match source.load(args.read_as(), patterns.for_source(&source)) {
            Ok(doc) => loaded.push((source, doc)),
            Err(err) => {
                eprintln!(
                    "lectern: {}; left out",
                    text::sanitize::sanitize(&err.to_string())
                );
                first_error.get_or_insert(err);
            }
        }
    }
    if let (true, Some(err)) = (loaded.is_empty(), first_error) {
        return Err(err.into());
    }
    source::name_apart(&mut loaded);
    for (index, (_, doc)) in loaded.iter().enumerate() {
        // As `head` does: a line naming each document before it.
        let gap = if index == 0 { "" } else { "\n" };
        let name = text::sanitize::sanitize(&doc.name);
        finish_write(writeln!(stdout, "{gap}==> {name} <=="))?;
        let written = plain_output::write(doc, plain_output::width_from_env(), &mut stdout);
        finish_write(written)?;
    }
    Ok(())
}

/// Several documents in the reader: the first that can be read on screen
/// as soon as it is, the others read on a worker and joining it when they
/// are. What cannot be read is left out with one line each (an error only
/// when nothing can be).
fn read_first_then_more(
    mut sources: Vec<source::Source>,
    args: &cli::Args,
    patterns: &config::Headings,
    mut setup: Setup,
) -> Result<(), RunError> {
    let mut names = source::names_apart(&sources);
    let (first, doc) = loop {
        if sources.is_empty() {
            return Err(RunError::Usage("none of the documents could be read"));
        }
        let source = sources.remove(0);
        let name = names.remove(0);
        match source.load(args.read_as(), patterns.for_source(&source)) {
            Ok(mut doc) => {
                doc.name = name;
                break (source, doc);
            }
            Err(err) if !sources.is_empty() => setup.notices.push(format!("{err}; left out")),
            Err(err) => return Err(err.into()),
        }
    };
    // `names` now holds the names of the documents after the first.
    names.insert(0, doc.name.clone());
    let rest = std::mem::take(&mut sources);
    let (how, headings, paths) = (args.read_as(), patterns.clone(), setup.paths.clone());
    let later_sources = rest.clone();
    let later: tui::Later = Box::new(move || {
        later_sources
            .iter()
            .zip(names.into_iter().skip(1))
            .map(|(source, name)| {
                let mut doc = source
                    .load(how, headings.for_source(source))
                    .map_err(|e| e.to_string())?;
                doc.shown();
                doc.name = name;
                let session = session::open(paths.clone(), &doc, source);
                Ok((doc, session))
            })
            .collect()
    });
    reading::read_all(
        vec![(first, doc)],
        rest,
        Some(later),
        args,
        patterns.clone(),
        setup,
    )
}

/// The reader's settings and theme: the config file, then the command line
/// (and `NO_COLOR`, which only `--theme` overrides).
pub(crate) fn reader_options(args: &cli::Args, setup: Setup) -> tui::Options {
    let Setup {
        config,
        mut notices,
        paths,
    } = setup;
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let name = match (args.theme(), &config.theme) {
        (Some(name), _) => name.to_owned(),
        (None, _) if no_color => "mono".to_owned(),
        (None, Some(name)) => name.clone(),
        (None, None) => "dark".to_owned(),
    };
    // crossterm drops colours under NO_COLOR by itself: an explicit
    // --theme asks for them.
    if args.theme().is_some() {
        ratatui::crossterm::style::force_color_output(true);
    }
    let theme = ui::Theme::named(&name).unwrap_or_else(|| {
        // Only the config file can name a theme that does not exist
        // (`--theme` takes known names): say where it does.
        let file = paths.map_or("config.toml".into(), |p| p.config.display().to_string());
        let (line, column) = config.theme_at.unwrap_or((1, 1));
        notices.push(format!(
            "{file}:{line}:{column}: no theme is called \"{name}\" (try {}); using dark",
            ui::theme::THEME_NAMES.join(", ")
        ));
        ui::Theme::dark()
    });
    let theme = ui::Theme {
        hyperlinks: config.hyperlinks,
        ..theme
    };
    tui::Options {
        settings: config.settings,
        theme,
        resume: config.resume && !args.no_resume,
        notices,
    }
}

/// What `run` read once at start: the config file, where lectern's files
/// live, and what the reader should be told (the config file's mistakes, a
/// folder cut at its limit).
pub(crate) struct Setup {
    config: config::Config,
    notices: Vec<String>,
    paths: Option<store::paths::Paths>,
}

/// `TERM=dumb` (or unset): no cursor addressing, so no full-screen reader.
fn dumb_terminal() -> bool {
    std::env::var("TERM").map_or(true, |term| term.is_empty() || term == "dumb")
}

fn write_out(out: &mut impl Write, text: &str) -> Result<(), RunError> {
    finish_write(out.write_all(text.as_bytes()))
}

fn finish_write(written: std::io::Result<()>) -> Result<(), RunError> {
    match written {
        // A closed pipe (`lectern --outline | head`) is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(RunError::Output),
    }
}
