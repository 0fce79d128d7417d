//! Structure detection throughput on a generated plain-text book and a
//! generated Markdown manual, at 1, 10 and 100 MB (the bar: at least
//! 100 MB/s, and linear in size).

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use lectern::document::{Document, Format};
use std::hint::black_box;

/// A book of hard-wrapped paragraphs with a chapter heading every ~40 KB.
fn book(bytes: usize) -> String {
    let line = "It was a truth universally acknowledged, that a single reader in\n";
    let mut out = String::with_capacity(bytes + 4096);
    let mut chapter = 1;
    while out.len() < bytes {
        out.push_str(&format!("CHAPTER {chapter}\n\n"));
        for _ in 0..100 {
            for _ in 0..6 {
                out.push_str(line);
            }
            out.push('\n');
        }
        chapter += 1;
    }
    out
}

/// Markdown with the usual mix: headings, inline markup, lists, code.
fn manual(bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 4096);
    let mut section = 1;
    while out.len() < bytes {
        out.push_str(&format!("## Section {section}\n\n"));
        for _ in 0..20 {
            out.push_str("Some *emphasis*, a `command --flag` and a [link](https://example.org)\n");
            out.push_str("in a paragraph that wraps over two source lines.\n\n");
            out.push_str("- one item\n- another **strong** item\n\n");
        }
        out.push_str("```sh\ncargo run --release\n```\n\n");
        section += 1;
    }
    out
}

fn detect(c: &mut Criterion) {
    let mut group = c.benchmark_group("detect_plain");
    group.sample_size(10);
    for mb in [1usize, 10, 100] {
        let text = book(mb << 20);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{mb}MB")),
            &text,
            |b, text| b.iter(|| Document::from_text("book.txt", black_box(text), Format::Plain)),
        );
    }
    group.finish();
    let mut group = c.benchmark_group("parse_markdown");
    group.sample_size(10);
    for mb in [1usize, 10, 100] {
        let text = manual(mb << 20);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{mb}MB")),
            &text,
            |b, text| {
                b.iter(|| Document::from_text("manual.md", black_box(text), Format::Markdown))
            },
        );
    }
    group.finish();
}

criterion_group!(benches, detect);
criterion_main!(benches);
