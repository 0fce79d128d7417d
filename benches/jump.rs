//! Fuzzy ranking over a generated outline of 1,000 and 100,000 sections:
//! the first keystroke (rank everything) and a growing query (narrowing).
//! The bar: under 16 ms per keystroke at 100,000 candidates.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use lectern::document::{Document, Format};
use lectern::jump::{JumpIndex, Ranker};
use std::hint::black_box;

const WORDS: &[&str] = &[
    "caching",
    "protocol",
    "handshake",
    "security",
    "overview",
    "framing",
    "closing",
    "errors",
    "extensions",
    "references",
    "considerations",
    "data",
    "control",
    "opening",
    "status",
    "model",
];

/// A Markdown outline: chapters of sections with titles made of words.
fn outline(sections: usize) -> String {
    let mut text = String::with_capacity(sections * 40);
    for i in 0..sections {
        let level = if i % 20 == 0 { "#" } else { "##" };
        let a = WORDS[i % WORDS.len()];
        let b = WORDS[(i / WORDS.len()) % WORDS.len()];
        let c = WORDS[(i * 7 + 3) % WORDS.len()];
        text.push_str(&format!(
            "{level} {}.{} {a} {b} {c}\n\n",
            i / 20 + 1,
            i % 20
        ));
    }
    text
}

fn jump(c: &mut Criterion) {
    let mut group = c.benchmark_group("jump_rank");
    group.sample_size(20);
    for n in [1_000usize, 100_000] {
        let doc = Document::from_text("gen.md", &outline(n), Format::Markdown);
        let index = JumpIndex::new(&[&doc], &[]);
        group.bench_with_input(BenchmarkId::new("first_key", n), &index, |b, index| {
            b.iter(|| {
                let mut ranker = Ranker::default();
                ranker.rank(index, black_box("c"));
                ranker.results().len()
            })
        });
        group.bench_with_input(
            BenchmarkId::new("typing_caching_sec", n),
            &index,
            |b, index| {
                b.iter(|| {
                    let mut ranker = Ranker::default();
                    for query in [
                        "c",
                        "ca",
                        "cac",
                        "cach",
                        "cachi",
                        "caching",
                        "caching ",
                        "caching s",
                        "caching se",
                        "caching sec",
                    ] {
                        ranker.rank(index, black_box(query));
                    }
                    ranker.results().len()
                })
            },
        );
    }
    group.finish();
}

criterion_group!(benches, jump);
criterion_main!(benches);
