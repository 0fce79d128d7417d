//! Search over a generated 100 MB book: the time to find a word near the
//! end from the top (what `/` then Enter costs), also in a text with
//! accents (folded) or colour codes (looked through), and to count every
//! match of a common word (what the match count and outline counts cost).

use criterion::{Criterion, criterion_group, criterion_main};
use lectern::search::{Search, Within};
use std::hint::black_box;

fn book(bytes: usize) -> String {
    let line = "It was a truth universally acknowledged, that a single reader in\n";
    let mut out = String::with_capacity(bytes + 4096);
    while out.len() < bytes {
        out.push_str(line);
    }
    let at = out.len() * 97 / 100;
    let at = out[at..].find('\n').map_or(at, |i| at + i + 1);
    out.insert_str(at, "The QQNEEDLEQQ is here.\n");
    out
}

fn search(c: &mut Criterion) {
    let text = book(100 << 20);
    let mut group = c.benchmark_group("search_100MB");
    group.sample_size(10);
    for (name, query) in [
        ("needle_near_end_smart_case", "qqneedleqq"),
        ("needle_near_end_exact", "QQNEEDLEQQ"),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| {
                let search = Search::new(black_box(query), false).unwrap().unwrap();
                search.next_from(&text, 0, true)
            })
        });
    }
    for (name, within) in [
        (
            "needle_near_end_accents_folded",
            Within {
                accents: true,
                colour_codes: false,
            },
        ),
        (
            "needle_near_end_through_colour_codes",
            Within {
                accents: false,
                colour_codes: true,
            },
        ),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| {
                let search = Search::in_text(black_box("qqneedleqq"), false, within)
                    .unwrap()
                    .unwrap();
                search.next_from(&text, 0, true)
            })
        });
    }
    group.bench_function("count_common_word", |b| {
        b.iter(|| {
            Search::new(black_box("reader"), false)
                .unwrap()
                .unwrap()
                .all(&text)
                .len()
        })
    });
    group.finish();
}

criterion_group!(benches, search);
criterion_main!(benches);
