//! Trains the learned sentence scorer of `forecast extract` (`src/extract/learned.rs`) on the
//! **development** articles of the real-news set only (held-out and blind texts are never
//! opened) and writes `src/extract/learned_weights.tsv`.
//!
//! Each sentence of a dev article (as `extract` splits it) is an example: positive when it
//! overlaps a labeled forecast by at least half of the shorter span. The vocabulary keeps
//! words and word pairs found in at least 3 different dev articles. Thresholds are chosen by
//! grouped cross-validation: the dev articles in 5 folds (the i-th article by id in fold i mod
//! 5), each fold scored by a model trained on the other four; over a grid of (admit, veto) the
//! pair with the highest F1 of recall and precision wins (ties: the lowest admit; the rules
//! alone when no pair beats them). The
//! cross-validated dev numbers are printed (each article scored by a model not trained on it);
//! then the model is trained on all dev articles with those thresholds. Deterministic: no
//! randomness, fixed iterations; a rerun writes the same bytes.
//!
//! Usage: cargo run --release --example train_extractor -- [--dir DIR] [--out FILE] [--dry-run]
//! e.g.   cargo run --release --example train_extractor -- --dir /work/realnews

#[path = "common/realnews.rs"]
mod realnews;

use forecast_ledger::extract::extract;
use forecast_ledger::extract::learned::{self, Example, Model, Settings};
use realnews::{load, score, Article, Tally};
use std::path::PathBuf;
use std::process::ExitCode;

/// The harmonic mean of recall and precision.
fn f1(t: &Tally) -> f64 {
    2.0 * t.recall() * t.precision() / (t.recall() + t.precision())
}

const FOLDS: usize = 5;
const MIN_ARTICLES: usize = 3;
const SETTINGS: Settings = Settings {
    iterations: 400,
    rate: 1.0,
    l2: 1e-3,
};

/// Whether a sentence span holds a labeled forecast: overlap at least half the shorter span.
fn positive(a: &Article, start: usize, end: usize) -> bool {
    a.forecasts.iter().any(|l| {
        let o = l.end.min(end).saturating_sub(l.start.max(start));
        o > 0 && 2 * o >= (l.end - l.start).min(end - start)
    })
}

fn main() -> ExitCode {
    let mut dir: Option<PathBuf> = std::env::var_os("FORECAST_REALNEWS_DIR").map(PathBuf::from);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut out = root.join("src/extract/learned_weights.tsv");
    let mut dry = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--dir" => dir = args.next().map(PathBuf::from),
            "--out" => out = args.next().map(PathBuf::from).unwrap_or(out),
            "--dry-run" => dry = true,
            other => {
                eprintln!("error: unknown argument `{other}`; usage: train_extractor [--dir DIR] [--out FILE] [--dry-run]");
                return ExitCode::from(2);
            }
        }
    }
    let dir = dir.unwrap_or_else(|| root.join("../realnews"));
    let articles = match load(&root.join("tests/fixtures/realnews/labels.json")) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: reading the labels: {e}");
            return ExitCode::from(2);
        }
    };
    let mut texts = match realnews::texts(&dir, &articles, "dev") {
        Ok(t) => t,
        Err(problems) => {
            eprintln!("error: {} dev texts are missing or differ:", problems.len());
            for p in &problems {
                eprintln!("  {p}");
            }
            return ExitCode::from(2);
        }
    };
    texts.sort_by(|x, y| x.0.id.cmp(&y.0.id));
    eprintln!("reading {} dev articles", texts.len());
    let reads: Vec<Vec<learned::Read<'_>>> = texts
        .iter()
        .map(|(a, t)| learned::read(t, a.published))
        .collect();
    let rules: Vec<_> = texts.iter().map(|(a, t)| extract(t, a.published)).collect();
    let examples: Vec<Vec<Example>> = texts
        .iter()
        .zip(&reads)
        .enumerate()
        .map(|(g, ((a, _), rs))| {
            rs.iter()
                .map(|r| Example {
                    features: learned::features(r.sentence.text, &r.toks, &r.signals),
                    positive: positive(a, r.sentence.start, r.sentence.end),
                    group: g,
                })
                .collect()
        })
        .collect();
    let positives: usize = examples.iter().flatten().filter(|e| e.positive).count();
    eprintln!(
        "{} sentences, {positives} holding a labeled forecast",
        examples.iter().map(Vec::len).sum::<usize>()
    );
    // Out-of-fold scores: each article scored by a model trained on the other folds.
    let mut oof: Vec<Vec<f64>> = vec![Vec::new(); texts.len()];
    for fold in 0..FOLDS {
        let train: Vec<Example> = examples
            .iter()
            .enumerate()
            .filter(|(g, _)| g % FOLDS != fold)
            .flat_map(|(_, e)| e.iter().cloned())
            .collect();
        let vocab = learned::vocabulary(&train, MIN_ARTICLES);
        let model = learned::train(&train, &vocab, SETTINGS);
        eprintln!(
            "fold {}/{FOLDS}: {} features, {} sentences",
            fold + 1,
            vocab.len(),
            train.len()
        );
        for g in (0..texts.len()).filter(|g| g % FOLDS == fold) {
            oof[g] = learned::scores(&model, &reads[g]);
        }
    }
    // How well the out-of-fold scores rank the sentences no rule proposed.
    {
        let mut v: Vec<(f64, bool)> = Vec::new();
        for (g, (a, _)) in texts.iter().enumerate() {
            for (k, r) in reads[g].iter().enumerate() {
                let s = &r.sentence;
                if rules[g].iter().any(|c| c.start < s.end && c.end > s.start) {
                    continue;
                }
                v.push((oof[g][k], positive(a, s.start, s.end)));
            }
        }
        v.sort_by(|x, y| y.0.total_cmp(&x.0));
        let pos = v.iter().filter(|x| x.1).count();
        let neg = v.len() - pos;
        let mut seen_pos = 0usize;
        let mut auc = 0.0;
        for (_, p) in &v {
            if *p {
                seen_pos += 1;
            } else {
                auc += seen_pos as f64;
            }
        }
        eprintln!(
            "sentences no rule proposed: {} ({pos} hold a forecast), AUC {:.3}",
            v.len(),
            auc / (pos * neg).max(1) as f64
        );
        for top in [5, 10, 20, 40, 80] {
            let hits = v.iter().take(top).filter(|x| x.1).count();
            eprintln!(
                "  top {top}: {hits} forecasts (score >= {:.3})",
                v.get(top - 1).map_or(0.0, |x| x.0)
            );
        }
    }
    let days: Vec<_> = texts
        .iter()
        .zip(&reads)
        .map(|((a, t), r)| learned::article_day(t, r, a.published))
        .collect();
    let tally = |thresholds: (f64, f64)| {
        let mut t = Tally::default();
        for (g, (a, text)) in texts.iter().enumerate() {
            let got = learned::apply(
                &reads[g],
                &oof[g],
                rules[g].clone(),
                (a.published, days[g]),
                thresholds,
            );
            t.add(&score(a, text, &got, false));
        }
        t
    };
    let base = tally((f64::INFINITY, f64::NEG_INFINITY));
    let base_gain = f1(&base);
    let mut best = (
        (f64::INFINITY, f64::NEG_INFINITY),
        base_gain,
        tally((f64::INFINITY, f64::NEG_INFINITY)),
    );
    println!("cross-validated dev ({FOLDS} folds by article), admit / veto: recall precision deadline probability");
    for ai in 0..=10 {
        let admit = f64::from(50 + 5 * ai) / 100.0;
        for vi in 0..=6 {
            let veto = f64::from(5 * vi) / 100.0;
            let t = tally((admit, veto));
            let gain = f1(&t);
            println!(
                "  {admit:.2} / {veto:.2}: {:.3} {:.3} {:.3} {:.3}{}",
                t.recall(),
                t.precision(),
                t.deadline(),
                t.probability(),
                if gain > base_gain {
                    "  (F1 above the rules)"
                } else {
                    ""
                }
            );
            if gain > best.1 {
                best = ((admit, veto), gain, t);
            }
        }
    }
    let show = |name: &str, t: &Tally| {
        println!(
            "{name}: recall {:.3} ({}/{})  precision {:.3} ({}/{})  deadline {:.3} ({}/{})  probability {:.3} ({}/{})",
            t.recall(), t.matched, t.labels, t.precision(), t.matched, t.candidates,
            t.deadline(), t.deadline_ok, t.matched, t.probability(), t.probability_ok, t.matched
        );
    };
    show("dev, rules alone", &base);
    let ((admit, veto), _, cv) = best;
    println!("chosen: admit {admit:.2}, veto {veto:.2}");
    show("dev, cross-validated with the scorer", &cv);
    let all: Vec<Example> = examples.into_iter().flatten().collect();
    let vocab = learned::vocabulary(&all, MIN_ARTICLES);
    let mut model: Model = learned::train(&all, &vocab, SETTINGS);
    model.admit = admit;
    model.veto = veto;
    let header = format!(
        "The learned sentence scorer of `forecast extract` (src/extract/learned.rs).\n\
         Written by `cargo run --release --example train_extractor`: logistic regression,\n\
         {} steps of full-batch gradient descent (rate {}, L2 {}), on the {} sentences of the\n\
         {} dev articles of tests/fixtures/realnews/labels.json; words and word pairs kept\n\
         only when found in at least {MIN_ARTICLES} articles. Thresholds by {FOLDS}-fold\n\
         cross-validation grouped by article.",
        SETTINGS.iterations,
        SETTINGS.rate,
        SETTINGS.l2,
        all.len(),
        texts.len()
    );
    if dry {
        return ExitCode::SUCCESS;
    }
    if let Err(e) = std::fs::write(&out, model.to_tsv(&header)) {
        eprintln!("error: writing `{}`: {e}", out.display());
        return ExitCode::from(2);
    }
    eprintln!("wrote {} ({} weights)", out.display(), model.weights.len());
    ExitCode::SUCCESS
}
