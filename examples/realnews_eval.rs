//! Scores `forecast extract` on real news articles nobody on the team wrote (issue 13): the
//! labels are in `tests/fixtures/realnews/labels.json` (byte offsets of each forecast sentence,
//! its accepted probability and deadline ranges, and the tempting non-forecasts); the texts are
//! third-party, so they are NOT in this repository. They live in a folder with `dev/ID.txt`,
//! `heldout/ID.txt` and `blind/ID.txt` (README, "Real news", says how to rebuild it), given by `--dir DIR` or
//! `FORECAST_REALNEWS_DIR`, by default `../realnews` from the repository.
//!
//! Every text's SHA-256 is checked against its label first; a missing or different text is an
//! error (exit 2), never silently skipped. Then each article is run through the library's
//! `extract` with its published date, and candidates are matched one-to-one to labeled
//! forecasts whose sentence they overlap (bytes), best overlap first, and among equal
//! overlaps the candidate whose probability and deadline fit the label. Printed per split
//! (dev, heldout, blind: a part labeled last and scored once, never used to decide a rule): recall (labeled forecasts matched), precision (candidates matched),
//! deadline within range and probability within range (of the matched), and a count per kind
//! of error: missed forecast, false positive on a labeled non-forecast (by its kind),
//! unlabeled false positive, wrong deadline, missing deadline, wrong probability; and the
//! deadline errors by sub-kind, counts only (missing; given while the label is null; too early
//! or too late by under a month, one to six months, over six months; each with how many of
//! its sentences hold a dated time phrase `timefind` recognises), for every split.
//!
//! Usage: cargo run --release --example realnews_eval -- [--dir DIR] [--labels FILE] [--split dev|heldout|blind|all]
//!        [--verbose] [--details] [--learned] [--multi] [--misses] [--sources] [--basis]
//!        [--probability] [--present] [--dump FILE] [--against FILE]
//! `--labels FILE` reads another labels file of the same shape (a subset of the articles, say,
//! when only some texts could be rebuilt; the figures then name it). `--verbose` adds one line per article; `--details` prints each error of the dev split with
//! its sentence (never for the held-out and blind splits, which are looked at only to measure).
//! `--multi` adds a count-only line per split on the sentences labeled with two or more
//! forecasts: how many got 0, 1, 2, ... candidates, and how many of those matched (no text,
//! so it is shown for the held-out and blind splits too).
//! `--misses` adds count-only lines per split on the missed forecasts: by the label's
//! probability class (issue 13's hedge table: exact number, may/could, might, likely/expect,
//! likely-or-will, very likely, will, unlikely, other), by whether the label has a deadline,
//! by what the sentence got (no candidate at all, or a candidate matched to another label of
//! the same sentence or to a neighbouring label), and by the sentence's length in words; each
//! with how many are in sentences labeled with several forecasts (no text, so every split).
//! `--basis` adds count-only lines of every candidate by what its probability rests on (a bare
//! future, a modal, a likelihood word, ...), whether it has a deadline and a holder, matched
//! to a label or not: what a rule on one of those classes would gain and cost, on every split.
//! `--sources` adds count-only lines of the wrong deadlines by where the extractor took them
//! (a phrase of the sentence by its shape, the sentence before, an earlier phrase referred to,
//! the article, none of these) and how they are wrong (too early or late, by more than six
//! months or not; given where the label is null), and of the missing deadlines by what the
//! label's range holds (the end of the year, a day within a week, the article's most common
//! deadline, a neighbouring candidate's: which fallback would date them): no text, so shown
//! for every split.
//! `--probability` adds count-only lines of the wrong probabilities by the label's
//! probability class (as `--misses`), the candidate's basis (as `--basis`) and whether its
//! value is above or below the label's range: no text, so shown for every split.
//! `--present` scores the articles whose texts are present and right, and says how many of
//! the labeled ones are missing (without it a missing text is an error): for a folder only
//! partly rebuilt. The figures are then those of the articles present, not of the whole set.
//! `--dump FILE` writes one line per labeled forecast (matched, deadline and probability
//! within range) and per unmatched candidate, by article and byte offset, no text;
//! `--against FILE` compares this build with such a dump of an earlier one, per split:
//! forecasts gained and lost, deadlines and probabilities turned right or wrong, false
//! positives new and gone (with `--details`, the dev split's changes by article and offset).
//! Totals can hide a rule that gains three forecasts and loses three others; this cannot.
//! `--learned` scores the rules followed by the learned sentence scorer (`extract::learned`,
//! with the thresholds of its weights file), which `extract` itself does not apply.
//! Exits 1 when a split misses a target (recall 0.9, precision 0.85, deadline 0.9,
//! probability 0.85) and `--check` is given.

#[path = "common/realnews.rs"]
mod realnews;

use forecast_ledger::extract::{extract, learned};
use realnews::{load, print_split, score, Tally};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut dir: Option<PathBuf> = std::env::var_os("FORECAST_REALNEWS_DIR").map(PathBuf::from);
    let mut labels_file: Option<PathBuf> = None;
    let mut which = "all".to_string();
    let (mut verbose, mut details, mut check, mut with_learned) = (false, false, false, false);
    let (mut multi, mut misses, mut sources, mut basis) = (false, false, false, false);
    let (mut probability, mut present) = (false, false);
    let (mut dump, mut against): (Option<PathBuf>, Option<PathBuf>) = (None, None);
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--dir" => dir = args.next().map(PathBuf::from),
            "--labels" => labels_file = args.next().map(PathBuf::from),
            "--split" => which = args.next().unwrap_or_default(),
            "--verbose" => verbose = true,
            "--details" => details = true,
            "--check" => check = true,
            "--learned" => with_learned = true,
            "--multi" => multi = true,
            "--misses" => misses = true,
            "--sources" => sources = true,
            "--basis" => basis = true,
            "--probability" => probability = true,
            "--present" => present = true,
            "--dump" => dump = args.next().map(PathBuf::from),
            "--against" => against = args.next().map(PathBuf::from),
            other => {
                eprintln!("error: unknown argument `{other}`; usage: realnews_eval [--dir DIR] [--labels FILE] [--split dev|heldout|blind|all] [--verbose] [--details] [--check] [--learned] [--multi] [--misses] [--sources] [--basis] [--probability] [--present] [--dump FILE] [--against FILE]");
                return ExitCode::from(2);
            }
        }
    }
    if !matches!(which.as_str(), "dev" | "heldout" | "blind" | "all") {
        eprintln!("error: split `{which}` is not dev, heldout, blind or all");
        return ExitCode::from(2);
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = dir.unwrap_or_else(|| root.join("../realnews"));
    let labels = labels_file.unwrap_or_else(|| root.join("tests/fixtures/realnews/labels.json"));
    let articles = match load(&labels) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: reading the labels: {e}");
            return ExitCode::from(2);
        }
    };
    // Every text first: present and the labeled bytes, or nothing is scored.
    let before = match &against {
        None => None,
        Some(path) => match std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|t| realnews::read_dump(&t))
        {
            Ok(rows) => Some(rows),
            Err(e) => {
                eprintln!("error: --against {}: {e}", path.display());
                return ExitCode::from(2);
            }
        },
    };
    let texts = match realnews::texts(&dir, &articles, &which) {
        Ok(t) => t,
        Err(problems) if present => {
            let texts = realnews::texts_present(&dir, &articles, &which);
            eprintln!(
                "note: {} of the labeled texts are missing or differ; scoring the {} present",
                problems.len(),
                texts.len()
            );
            texts
        }
        Err(problems) => {
            eprintln!(
                "error: {} of the real-news texts are missing or differ (rebuild them as README \"Real news\" says):",
                problems.len()
            );
            for p in &problems {
                eprintln!("  {p}");
            }
            return ExitCode::from(2);
        }
    };
    let mut failed = false;
    let mut rows = Vec::new();
    for split in ["dev", "heldout", "blind"] {
        if which != "all" && which != split {
            continue;
        }
        if !texts.iter().any(|(a, _)| a.split == split) {
            continue;
        }
        let mut total = Tally::default();
        for (a, text) in texts.iter().filter(|(a, _)| a.split == split) {
            let mut got = extract(text, a.published);
            if with_learned {
                got = learned::refine(text, a.published, got, learned::Model::embedded());
            }
            let t = score(a, text, &got, details && split == "dev");
            if verbose {
                println!(
                    "  {:<48} labels {:>2} candidates {:>2} matched {:>2} deadline ok {:>2} probability ok {:>2}",
                    a.id, t.labels, t.candidates, t.matched, t.deadline_ok, t.probability_ok
                );
            }
            total.add(&t);
        }
        print_split(split, &total);
        rows.extend(total.rows.iter().cloned());
        if multi {
            realnews::print_multi(&total);
        }
        if misses {
            println!("{}", total.misses.lines());
        }
        if sources {
            realnews::print_sources(&total);
        }
        if basis {
            realnews::print_basis(&total);
        }
        if probability {
            realnews::print_probability(&total);
        }
        failed |= total.recall() < 0.9
            || total.precision() < 0.85
            || total.deadline() < 0.9
            || total.probability() < 0.85;
    }
    if let Some(path) = &dump {
        let mut text = realnews::dump_lines(&rows).join("\n");
        text.push('\n');
        if let Err(e) = std::fs::write(path, text) {
            eprintln!("error: --dump {}: {e}", path.display());
            return ExitCode::from(2);
        }
    }
    if let Some(before) = &before {
        for line in realnews::compare_rows(before, &rows, details) {
            println!("{line}");
        }
    }
    if check && failed {
        eprintln!("error: a split misses a target (recall 0.9, precision 0.85, deadline 0.9, probability 0.85)");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
