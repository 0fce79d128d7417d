//! The outline at 1,000 and 100,000 sections: building its state when a
//! document opens, and following the reader (selecting the section being
//! read and scrolling it into view), which happens on every keystroke.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use lectern::app::OutlineState;
use lectern::document::{Document, Format};
use std::hint::black_box;

fn outline_doc(sections: usize) -> Document {
    let mut text = String::with_capacity(sections * 40);
    for i in 0..sections {
        let hashes = ["#", "##", "###"][i % 3];
        text.push_str(&format!("{hashes} Section {i}\n\nA line of text.\n\n"));
    }
    Document::from_text("gen.md", &text, Format::Markdown)
}

fn outline(c: &mut Criterion) {
    let mut group = c.benchmark_group("outline");
    group.sample_size(20);
    for n in [1_000usize, 100_000] {
        let doc = outline_doc(n);
        group.bench_with_input(BenchmarkId::new("build", n), &doc, |b, doc| {
            b.iter(|| OutlineState::new(black_box(&doc.sections)))
        });
        let mut state = OutlineState::new(&doc.sections);
        group.bench_function(BenchmarkId::new("follow_reader", n), |b| {
            let mut section = 0;
            b.iter(|| {
                section = (section + 7919) % doc.sections.len();
                state.select_visible(section);
                state.keep_selection_in_view(40);
            })
        });
    }
    group.finish();
}

criterion_group!(benches, outline);
criterion_main!(benches);
