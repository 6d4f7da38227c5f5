//! Scores `forecast extract` on published prediction posts nobody on the team wrote: Zach
//! Jacobi's 2017, 2018 and 2019 predictions posts (Markdown with the blog's HTML lists, CRLF
//! line ends, front matter) and Scott Alexander's predictions for 2021 (Markdown with
//! backslash escapes and emphasis), kept byte for byte in `../shared/data-external/*/original/`
//! and never copied here. The labels are each folder's `predictions.csv` (third-party research
//! made from the posts and their grading posts): every listed prediction with its stated
//! probability and the day it is scored at. Items the post itself redacts (`34\. [redacted]:
//! 20%`) state no claim and are left out.
//!
//! A candidate matches a labeled prediction when their words overlap (Jaccard of lower-case
//! words at least 0.5, best pairs first, one to one; then at least 0.25 with the same
//! probability, for a grading post's rewording of the same item). Printed per post and in
//! all: recall, precision, probability exactly right, deadline right (the labeled day, or the
//! day after it: "all predictions are about what will be true on/by January 1, 2022").
//!
//! Each post's grading post (published after the year it grades, repeating the list with the
//! outcomes marked) is run too: its list is of past predictions, so every candidate there is
//! a false positive, counted apart.
//!
//! Usage: cargo run --release --example posts_eval -- [DATA_DIR] [--verbose] [--check]
//! DATA_DIR defaults to `../shared/data-external`. A missing file is an error (exit 2), never
//! skipped. `--check` exits 1 when recall, precision or probability falls below 0.95, the
//! deadlines below 0.90, or the grading posts give more than 40 candidates.

use chrono::NaiveDate;
use forecast_ledger::extract::{extract, Candidate};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const ZACH: &str = "zach-jacobi-predictions-2017-2019";
const SCOTT: &str = "scott-alexander-predictions-2020-2021";

/// A predictions post: folder, file, publication day, and the `year` its CSV rows carry.
const POSTS: &[(&str, &str, &str, &str)] = &[
    (ZACH, "2017-01-01-2017-predictions.md", "2017-01-01", "2017"),
    (ZACH, "2018-01-03-2018-predictions.md", "2018-01-03", "2018"),
    (ZACH, "2019-01-06-2019-predictions.md", "2019-01-06", "2019"),
    (
        SCOTT,
        "2021-04-26-mantic-monday-predictions-for-2021.md",
        "2021-04-26",
        "2021",
    ),
];

/// The grading posts: published after the year they grade.
const GRADING: &[(&str, &str, &str)] = &[
    (
        ZACH,
        "2018-01-01-grading-my-2017-predictions.md",
        "2018-01-01",
    ),
    (
        ZACH,
        "2019-01-01-grading-my-2018-predictions.md",
        "2019-01-01",
    ),
    (
        ZACH,
        "2020-01-31-grading-zachs-2019-predictions.md",
        "2020-01-31",
    ),
    (
        SCOTT,
        "2021-04-05-2020-predictions-calibration-results.md",
        "2021-04-05",
    ),
    (
        SCOTT,
        "2022-01-24-grading-my-2021-predictions.md",
        "2022-01-24",
    ),
];

struct Label {
    item: String,
    question: String,
    probability: f64,
    deadline: NaiveDate,
}

#[derive(Default)]
struct Tally {
    labels: usize,
    candidates: usize,
    matched: usize,
    probability: usize,
    deadline: usize,
}

fn fail(msg: String) -> ExitCode {
    eprintln!("error: {msg}");
    ExitCode::from(2)
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| {
        format!(
            "cannot read {} ({e}); the prediction posts are expected in ../shared/data-external beside the checkout",
            path.display()
        )
    })
}

fn labels(path: &Path, year: &str) -> Result<Vec<Label>, String> {
    let mut rdr = csv::Reader::from_path(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let head = rdr
        .headers()
        .map_err(|e| format!("{}: {e}", path.display()))?
        .clone();
    let col = |name: &str| {
        head.iter()
            .position(|h| h == name)
            .ok_or_else(|| format!("{}: no column `{name}`", path.display()))
    };
    let (y, item, q, p, d) = (
        col("year")?,
        col("item")?,
        col("question")?,
        col("probability")?,
        col("deadline")?,
    );
    let mut out = Vec::new();
    for row in rdr.records() {
        let row = row.map_err(|e| format!("{}: {e}", path.display()))?;
        if &row[y] != year {
            continue;
        }
        out.push(Label {
            item: row[item].to_string(),
            question: row[q].to_string(),
            probability: row[p]
                .parse()
                .map_err(|e| format!("{}: probability {}: {e}", path.display(), &row[p]))?,
            deadline: NaiveDate::parse_from_str(&row[d], "%Y-%m-%d")
                .map_err(|e| format!("{}: deadline {}: {e}", path.display(), &row[d]))?,
        });
    }
    Ok(out)
}

/// The item numbers a post redacts (`34\. [redacted]: 20%`).
fn redacted(post: &str) -> HashSet<String> {
    post.lines()
        .filter_map(|l| {
            let t = l.trim_start_matches(['*', '_', ' ']);
            let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
            let rest = t[digits.len()..].trim_start_matches(['\\', '.', ' ']);
            (!digits.is_empty() && rest.starts_with("[redacted]")).then_some(digits)
        })
        .collect()
}

/// Lower-case words, apostrophes kept inside them.
fn words(text: &str) -> HashSet<String> {
    text.to_lowercase()
        .replace('\u{2019}', "'")
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn jaccard(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let inter = a.intersection(b).count();
    let union = a.len() + b.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// One-to-one matches of candidates to labels, best overlap first: `(candidate, label)`.
fn matches(cands: &[Candidate], labels: &[Label]) -> Vec<(usize, usize)> {
    let cw: Vec<_> = cands.iter().map(|c| words(&c.claim)).collect();
    let lw: Vec<_> = labels.iter().map(|l| words(&l.question)).collect();
    let mut pairs = Vec::new();
    for (ci, c) in cw.iter().enumerate() {
        for (li, l) in lw.iter().enumerate() {
            let j = jaccard(c, l);
            if j >= 0.25 {
                pairs.push((j, ci, li));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut used_c = vec![false; cands.len()];
    let mut used_l = vec![false; labels.len()];
    let mut out = Vec::new();
    for pass in 0..2 {
        for &(j, ci, li) in &pairs {
            if used_c[ci] || used_l[li] {
                continue;
            }
            let same = (cands[ci].probability - labels[li].probability).abs() < 1e-9;
            if (pass == 0 && j >= 0.5) || (pass == 1 && same) {
                used_c[ci] = true;
                used_l[li] = true;
                out.push((ci, li));
            }
        }
    }
    out
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 {
        0.0
    } else {
        n as f64 / d as f64
    }
}

fn main() -> ExitCode {
    let mut dir: Option<PathBuf> = None;
    let (mut verbose, mut check) = (false, false);
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--verbose" => verbose = true,
            "--check" => check = true,
            s if s.starts_with('-') => {
                return fail(format!(
                    "unknown option `{s}`; usage: posts_eval [DATA_DIR] [--verbose] [--check]"
                ))
            }
            s => dir = Some(PathBuf::from(s)),
        }
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = dir.unwrap_or_else(|| root.join("../shared/data-external"));
    let mut all = Tally::default();
    println!("post | labeled | candidates | recall | precision | probability | deadline");
    for &(folder, file, day, year) in POSTS {
        let path = dir.join(folder).join("original").join(file);
        let text = match read(&path) {
            Ok(t) => t,
            Err(e) => return fail(e),
        };
        let csv = dir.join(folder).join("predictions.csv");
        let hidden = redacted(&text);
        let labels: Vec<Label> = match labels(&csv, year) {
            Ok(l) => l
                .into_iter()
                .filter(|l| !hidden.contains(&l.item))
                .collect(),
            Err(e) => return fail(e),
        };
        let Ok(published) = NaiveDate::parse_from_str(day, "%Y-%m-%d") else {
            return fail(format!("bad day {day}"));
        };
        let cands = extract(&text, published);
        let found = matches(&cands, &labels);
        let mut t = Tally {
            labels: labels.len(),
            candidates: cands.len(),
            matched: found.len(),
            ..Tally::default()
        };
        for &(ci, li) in &found {
            let (c, l) = (&cands[ci], &labels[li]);
            let p_ok = (c.probability - l.probability).abs() < 1e-9;
            let d_ok = c.deadline == Some(l.deadline) || c.deadline == l.deadline.succ_opt();
            t.probability += usize::from(p_ok);
            t.deadline += usize::from(d_ok);
            if verbose && !(p_ok && d_ok) {
                println!(
                    "  wrong: probability {} (labeled {}), deadline {:?} (labeled {}): {}",
                    c.probability, l.probability, c.deadline, l.deadline, c.claim
                );
            }
        }
        if verbose {
            let (hit_c, hit_l): (HashSet<usize>, HashSet<usize>) = found.iter().copied().unzip();
            for (li, l) in labels
                .iter()
                .enumerate()
                .filter(|(i, _)| !hit_l.contains(i))
            {
                println!("  missed (item {}): {}", l.item, labels[li].question);
            }
            for c in cands.iter().enumerate().filter(|(i, _)| !hit_c.contains(i)) {
                println!("  not labeled: {}", c.1.claim);
            }
        }
        println!(
            "{file} | {} | {} | {:.3} | {:.3} | {:.3} | {:.3}",
            t.labels,
            t.candidates,
            ratio(t.matched, t.labels),
            ratio(t.matched, t.candidates),
            ratio(t.probability, t.matched),
            ratio(t.deadline, t.matched)
        );
        all.labels += t.labels;
        all.candidates += t.candidates;
        all.matched += t.matched;
        all.probability += t.probability;
        all.deadline += t.deadline;
    }
    let (recall, precision, probability, deadline) = (
        ratio(all.matched, all.labels),
        ratio(all.matched, all.candidates),
        ratio(all.probability, all.matched),
        ratio(all.deadline, all.matched),
    );
    println!(
        "all four posts | {} | {} | {recall:.3} ({}/{}) | {precision:.3} | {probability:.3} | {deadline:.3}",
        all.labels, all.candidates, all.matched, all.labels
    );
    let mut past = 0;
    for &(folder, file, day) in GRADING {
        let path = dir.join(folder).join("original").join(file);
        let text = match read(&path) {
            Ok(t) => t,
            Err(e) => return fail(e),
        };
        let Ok(published) = NaiveDate::parse_from_str(day, "%Y-%m-%d") else {
            return fail(format!("bad day {day}"));
        };
        let cands = extract(&text, published);
        println!(
            "grading post {file}: {} candidate(s) (its list is past: each is a false positive)",
            cands.len()
        );
        if verbose {
            for c in &cands {
                println!("  {:?} {}: {}", c.deadline, c.probability, c.claim);
            }
        }
        past += cands.len();
    }
    println!("grading posts: {past} candidate(s)");
    if check
        && (recall < 0.95 || precision < 0.95 || probability < 0.95 || deadline < 0.90 || past > 40)
    {
        eprintln!("error: below the check's floor (recall, precision, probability 0.95; deadline 0.90; at most 40 candidates from the grading posts)");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
