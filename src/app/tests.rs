//! App-level tests: an `App` built from a document, keys pressed through
//! the real keymap, fields and returned effects asserted. Split by subject;
//! the helpers they share are here.

use super::*;
use crate::document::Format;
use crate::source::SEED_TEXT;
use crate::wrap::{RowPos, WrapCache};
use search_state::COUNT_AT_ONCE_LIMIT;

mod bookmarks;
mod documents;
mod links;
mod loading;
mod moving;
mod outline;
mod overlays;
mod search;
mod search_workers;

/// An app reading `text` as a document called `name`, on a terminal of
/// `width` × `height`.
fn sized_app(name: &str, text: &str, format: Format, width: u16, height: u16) -> App {
    let mut app = App::new(Document::from_text(name, text, format), Settings::default());
    app.update(Event::Resized { width, height });
    app
}

fn seed_app(width: u16, height: u16) -> App {
    sized_app("seed.txt", SEED_TEXT, Format::Plain, width, height)
}

fn long_app() -> App {
    let mut text = String::new();
    for chapter in 1..=5 {
        text.push_str(&format!("CHAPTER {chapter}\n\n"));
        for p in 0..10 {
            text.push_str(&format!("Paragraph {p} of chapter {chapter}, with enough words to wrap onto more than one row of the pane.\n\n"));
        }
    }
    sized_app("long.txt", &text, Format::Plain, 80, 20)
}

fn palette(app: &App) -> &PaletteState {
    match &app.overlay {
        Overlay::Palette(palette) => palette,
        other => panic!("expected the palette, got {}", other.name()),
    }
}

fn label_prompt(app: &App) -> &Prompt {
    match &app.overlay {
        Overlay::Prompt(prompt) => prompt,
        other => panic!("expected the label prompt, got {}", other.name()),
    }
}

fn search_prompt(app: &App) -> &SearchPrompt {
    match &app.overlay {
        Overlay::Search(prompt) => prompt,
        other => panic!("expected the search prompt, got {}", other.name()),
    }
}

fn results(app: &App) -> &overlay::SearchResults {
    match &app.overlay {
        Overlay::SearchResults(results) => results,
        other => panic!("expected the results list, got {}", other.name()),
    }
}

/// The whole document of a large file arrives.
fn loaded(app: &mut App, whole: Document) -> Vec<Effect> {
    app.update(Event::Loaded {
        doc: Box::new(whole),
        saved: Saved::default(),
        resume: false,
        warnings: Vec::new(),
    })
}

/// A regular-expression search typed into the prompt (left open); the
/// effects of its last character.
fn regex_search_for(app: &mut App, query: &str) -> Vec<Effect> {
    app.press("/");
    app.press("Ctrl-r");
    let mut effects = Vec::new();
    for c in query.chars() {
        effects = app.update(Event::Typed(c));
    }
    effects
}

/// Do what the shell's searcher does for the search effects among
/// `effects`, answering the app at once.
fn run_searches(app: &mut App, effects: Vec<Effect>) {
    for effect in effects {
        if let Effect::Search {
            generation,
            search,
            first_from,
        } = effect
        {
            // As the shell does: the worker reads the displayed text.
            let text = app.doc().shown().shared();
            if let Some((from, wrap)) = first_from {
                let found = search.next_from(&text, from, wrap).map(|(m, _)| m);
                app.update(Event::FirstMatch { generation, found });
            }
            let matches = crate::app::bounded_matches(&search, &text);
            app.update(Event::MatchesCounted {
                generation,
                matches,
            });
        }
    }
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.press(&c.to_string());
    }
}

fn saved(effects: &[Effect]) -> &crate::store::Changes {
    match effects.first() {
        Some(Effect::Save { changes, .. }) => changes,
        other => panic!("expected a save, got {other:?}"),
    }
}

fn search_for(app: &mut App, query: &str) -> Vec<Effect> {
    app.press("/");
    let mut effects = Vec::new();
    for c in query.chars() {
        effects = app.update(Event::Typed(c));
    }
    effects
}

fn top_text(app: &App) -> String {
    row_text(app, app.top())
}

/// The text of the rows on screen, top first.
fn view_texts(app: &App) -> Vec<String> {
    app.viewport()
        .view()
        .iter()
        .map(|&pos| row_text(app, pos))
        .collect()
}

fn row_text(app: &App, pos: RowPos) -> String {
    let wrapped = app.viewport().wrap().peek(pos.block).unwrap();
    let text = app.doc().block_text(pos.block);
    match &wrapped.rows[pos.row] {
        crate::wrap::Row::Words { words, .. } => wrapped.row_text(text, words.clone()),
        _ => String::new(),
    }
}

fn preview_and_whole() -> (Document, Document) {
    let mut text = String::from("Big Title\n\n");
    for chapter in 1..=50 {
        text.push_str(&format!("CHAPTER {chapter}\n\n"));
        for p in 0..20 {
            text.push_str(&format!("Paragraph {p} of chapter {chapter}, long enough to wrap across the pane a little.\n\n"));
        }
    }
    text.push_str("The very last words, with a NEEDLE in them.\n");
    let cut = text[..text.len() / 10].rfind("\n\n").unwrap() + 2;
    (
        Document::from_text("big.txt", &text[..cut], Format::Plain),
        Document::from_text("big.txt", &text, Format::Plain),
    )
}

/// The app showing the opening of `whole` as a large file still loading.
fn loading_app(preview: Document, whole: &Document) -> App {
    let file_len = whole.text().len() as u64;
    let mut app = App::new_loading(preview, Settings::default(), file_len);
    app.update(Event::Resized {
        width: 80,
        height: 20,
    });
    app
}

/// The part of `whole` from the line start at or before `from`, as the
/// shell would read it from the file.
fn window_of(whole: &Document, from: usize, focus: Option<usize>) -> crate::source::Window {
    let base = whole.text()[..from].rfind('\n').map_or(0, |n| n + 1);
    crate::source::Window {
        doc: Document::from_text("big.txt", &whole.text()[base..], Format::Plain),
        place: crate::source::FileWindow {
            base: base as u64,
            file_len: whole.text().len() as u64,
        },
        focus: focus.map(|f| f - base),
    }
}

/// The long document on screen and two more beside it.
fn library_app() -> App {
    let mut app = long_app();
    let second = Document::from_text(
        "second.md",
        &format!(
            "# Second\n\n## Alpha part\n\n{}## Beta part\n\n{}",
            "alpha text\n\n".repeat(40),
            "beta text\n\n".repeat(40)
        ),
        Format::Markdown,
    );
    let third = Document::from_text("third.txt", "Third\n\nThe end.\n", Format::Plain);
    app.update(Event::Opened(vec![
        (second, Saved::default()),
        (third, Saved::default()),
    ]));
    app
}
