//! One keystroke, drawn: `App::update` plus a full render into ratatui's
//! `TestBackend`, on a generated 100 MB document whose middle section is a
//! log of 1,000,000 short lines. The bar is 16 ms a frame, including the
//! first `G` on a fresh reader, a resize, and paging through the log.

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use lectern::app::{App, Event, Settings};
use lectern::document::{Document, Format};
use lectern::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Chapters of prose around one chapter holding a million log lines.
fn document() -> Document {
    let prose = "It was a truth universally acknowledged, that a single reader in\n";
    let mut text = String::with_capacity(101 << 20);
    let mut chapter = 1;
    while text.len() < 100 << 20 {
        text.push_str(&format!("CHAPTER {chapter}\n\n"));
        if chapter == 40 {
            for i in 0..1_000_000 {
                text.push_str(&format!(
                    "12:00:{:02} worker {} request {i}\n",
                    i % 60,
                    i % 7
                ));
            }
            text.push('\n');
        }
        for _ in 0..200 {
            for _ in 0..6 {
                text.push_str(prose);
            }
            text.push('\n');
        }
        chapter += 1;
    }
    Document::from_text("big.txt", &text, Format::Plain)
}

fn app(doc: &Document) -> App {
    let mut app = App::new(doc.clone(), Settings::default());
    app.update(Event::Resized {
        width: 120,
        height: 40,
    });
    app
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App, theme: &Theme) {
    terminal
        .draw(|frame| ui::render(app, theme, frame))
        .expect("test backend draws");
}

fn keys(c: &mut Criterion) {
    let doc = document();
    let theme = Theme::default();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("test backend");
    let mut group = c.benchmark_group("keystroke_100MB");
    group.sample_size(20);
    group.bench_function("first_G", |b| {
        b.iter_batched(
            || app(&doc),
            |mut app| {
                app.press("G");
                draw(&mut terminal, &app, &theme);
                app
            },
            BatchSize::LargeInput,
        )
    });
    let mut reader = app(&doc);
    let mut wide = false;
    group.bench_function("resize", |b| {
        b.iter(|| {
            wide = !wide;
            let (width, height) = if wide { (160, 50) } else { (120, 40) };
            reader.update(Event::Resized { width, height });
            draw(&mut terminal, &reader, &theme);
        })
    });
    let mut reader = app(&doc);
    for _ in 0..39 {
        reader.press("]");
    }
    group.bench_function("page_down_in_the_log", |b| {
        b.iter(|| {
            reader.press("Space");
            draw(&mut terminal, &reader, &theme);
        })
    });
    group.bench_function("open_outline_jump_palette", |b| {
        b.iter(|| {
            reader.press("f");
            draw(&mut terminal, &reader, &theme);
            reader.press("Esc");
        })
    });
    group.finish();
}

criterion_group!(benches, keys);
criterion_main!(benches);
