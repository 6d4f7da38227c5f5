//! A deterministic synthetic ledger, as CSV on stdout, for benchmarks and the performance
//! comparison (`bench/compare.sh`).
//!
//! `cargo run --release --example synth -- --forecasts 1000000 --sources 1000 --seed 1 > big.csv`
//!
//! Realistic spreads: probabilities from a mix of confident and hedged forecasters (many at
//! round values like 70%); questions shared by about five forecasts each; made between 2020
//! and 2025, deadlines a week to a year later; outcomes drawn from each question's true
//! chance, and each source misreads that chance by its own bias (over- or under-confident),
//! so calibration differs by source. About 3% are void; forecasts whose deadline is after
//! 2026-11-28 are left unresolved.

use std::io::{BufWriter, Write};

/// SplitMix64: small, fast, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn arg(name: &str, default: u64) -> u64 {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn date(days_since_2020: u64) -> String {
    let d = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap_or_default()
        + chrono::Days::new(days_since_2020);
    d.to_string()
}

fn main() -> std::io::Result<()> {
    let forecasts = arg("--forecasts", 100_000);
    let sources = arg("--sources", 100).max(1);
    let mut rng = Rng(arg("--seed", 1));
    let questions = (forecasts / 5).max(1);
    // Each source's bias: how it stretches log-odds (over 1 = overconfident) and shifts them.
    let bias: Vec<(f64, f64)> = (0..sources)
        .map(|_| (0.6 + 1.0 * rng.unit(), rng.unit() - 0.5))
        .collect();
    // Each question's true chance and the day its event is settled.
    let truth: Vec<f64> = (0..questions).map(|_| rng.unit()).collect();
    let today = 2523; // 2026-11-28 is day 2523 after 2020-01-01
    let out = std::io::stdout();
    let mut w = BufWriter::with_capacity(1 << 20, out.lock());
    writeln!(
        w,
        "source,claim,probability,made_on,deadline,question,stance,outcome,resolved_on,tags"
    )?;
    for i in 0..forecasts {
        let s = rng.below(sources) as usize;
        let q = rng.below(questions) as usize;
        let (stretch, shift) = bias[s];
        let t = truth[q].clamp(0.02, 0.98);
        let logit = (t / (1.0 - t)).ln() * stretch + shift;
        let mut p = 1.0 / (1.0 + (-logit).exp());
        if rng.unit() < 0.4 {
            p = (p * 10.0).round() / 10.0; // round-number forecasters
        } else {
            p = (p * 100.0).round() / 100.0;
        }
        let made = rng.below(6 * 365);
        let deadline = made + 7 + rng.below(358);
        let hit = rng.unit() < t;
        let (outcome, resolved) = if deadline >= today {
            ("", String::new())
        } else if rng.unit() < 0.03 {
            ("void", date(deadline))
        } else {
            (if hit { "true" } else { "false" }, date(deadline))
        };
        let tag = ["economy", "politics", "tech", "climate", "sports"][q % 5];
        writeln!(
            w,
            "source {s},claim {i} on question {q},{p},{},{},q{q},for,{outcome},{resolved},{tag}",
            date(made),
            date(deadline)
        )?;
    }
    w.flush()
}
