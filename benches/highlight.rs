//! Highlighting a screen of code: a 30-line Rust block and a 30-line Python
//! one, as the reader does when a code block first comes into view (the
//! grammars already loaded, as the shell loads them off the event loop).

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

const RUST: &str = r#"use std::collections::HashMap;

/// Count the words of a text.
fn count(text: &str) -> HashMap<&str, usize> {
    let mut counts = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    counts
}

#[derive(Debug, Clone)]
struct Report {
    name: String,
    total: usize,
}

impl Report {
    fn new(name: &str, text: &str) -> Report {
        let total = count(text).values().sum();
        Report { name: name.to_owned(), total }
    }
}

fn main() {
    let report = Report::new("demo", "a b a c 42");
    println!("{} has {} words", report.name, report.total); // done
}
"#;

const PYTHON: &str = r#"import collections

def count(text):
    """Count the words of a text."""
    counts = collections.Counter()
    for word in text.split():
        counts[word] += 1
    return counts

class Report:
    def __init__(self, name, text):
        self.name = name
        self.total = sum(count(text).values())

    def __repr__(self):
        return f"Report({self.name!r}, {self.total})"

if __name__ == "__main__":
    report = Report("demo", "a b a c 42")
    print(report)  # done
"#;

fn highlight(c: &mut Criterion) {
    lectern::highlight::load();
    let mut group = c.benchmark_group("highlight");
    group.bench_function("rust_screen", |b| {
        b.iter(|| lectern::highlight::highlight("rust", black_box(RUST)))
    });
    group.bench_function("python_screen", |b| {
        b.iter(|| lectern::highlight::highlight("python", black_box(PYTHON)))
    });
    group.finish();
}

criterion_group!(benches, highlight);
criterion_main!(benches);
