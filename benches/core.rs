//! Benchmarks of the pure cores, with seeded data and fixed dates (no timing in tests):
//! scoring a million (probability, outcome) pairs, reading time phrases, and extracting
//! forecasts from a generated article (reported as throughput, to compare with the
//! 20 MB/s aim).

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use forecast_ledger::extract::extract;
use forecast_ledger::score::{BinSpec, Tally};
use forecast_ledger::time::resolve_phrase;

fn points(n: usize) -> Vec<(f64, bool)> {
    let mut s: u64 = 1;
    (0..n)
        .map(|_| {
            s = s
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let p = ((s >> 33) % 101) as f64 / 100.0;
            s = s
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (p, ((s >> 33) % 100) as f64 / 100.0 < p)
        })
        .collect()
}

fn scoring(c: &mut Criterion) {
    let data = points(1_000_000);
    let mut g = c.benchmark_group("score");
    g.throughput(Throughput::Elements(data.len() as u64));
    for spec in ["nearest:10", "exact"] {
        let spec: BinSpec = spec.parse().expect("spec");
        g.bench_function(format!("tally 1M forecasts, bins {spec}"), |b| {
            b.iter(|| {
                let mut t = Tally::default();
                for &(p, o) in &data {
                    t.add(p, o, &spec, false);
                }
                t.scores(&spec)
            })
        });
    }
    g.finish();
}

fn phrases(c: &mut Criterion) {
    let r = NaiveDate::from_ymd_opt(2025, 5, 21).expect("date");
    let list = [
        "by summer",
        "in the coming weeks",
        "end-of-April deadline",
        "Q3 2026",
        "within six months",
        "by mid-2026",
        "next Friday",
        "before the election",
    ];
    c.bench_function("resolve 8 time phrases", |b| {
        b.iter(|| list.iter().filter_map(|p| resolve_phrase(p, r)).count())
    });
}

fn extraction(c: &mut Criterion) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/articles");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    names.sort();
    let corpus: String = names
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("article"))
        .collect::<Vec<_>>()
        .join("\n\n");
    let mut article = String::new();
    while article.len() < 2_000_000 {
        article.push_str(&corpus);
        article.push_str("\n\n");
    }
    let published = NaiveDate::from_ymd_opt(2026, 1, 10).expect("date");
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(article.len() as u64));
    g.sample_size(10);
    g.bench_function("2 MB of forecast-dense articles", |b| {
        b.iter_batched(
            || (),
            |()| extract(&article, published).len(),
            BatchSize::SmallInput,
        )
    });
    g.finish();
}

criterion_group!(benches, scoring, phrases, extraction);
criterion_main!(benches);
