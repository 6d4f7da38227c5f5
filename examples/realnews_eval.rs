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
//! unlabeled false positive, wrong deadline, missing deadline, wrong probability.
//!
//! Usage: cargo run --release --example realnews_eval -- [--dir DIR] [--split dev|heldout|blind|all]
//!        [--verbose] [--details]
//! `--verbose` adds one line per article; `--details` prints each error of the dev split with
//! its sentence (never for the held-out and blind splits, which are looked at only to measure).
//! Exits 1 when a split misses a target (recall 0.9, precision 0.85, deadline 0.9,
//! probability 0.85) and `--check` is given.

use chrono::NaiveDate;
use forecast_ledger::extract::{extract, Candidate};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

struct Label {
    start: usize,
    end: usize,
    p: (f64, f64),
    deadline: Option<(NaiveDate, NaiveDate)>,
}

struct NonForecast {
    start: usize,
    end: usize,
    kind: String,
}

struct Article {
    id: String,
    split: String,
    published: NaiveDate,
    sha256: String,
    forecasts: Vec<Label>,
    non_forecasts: Vec<NonForecast>,
}

#[derive(Default)]
struct Tally {
    articles: usize,
    bytes: usize,
    labels: usize,
    candidates: usize,
    matched: usize,
    deadline_ok: usize,
    probability_ok: usize,
    missed: usize,
    fp_kind: BTreeMap<String, usize>,
    fp_unlabeled: usize,
    wrong_deadline: usize,
    missing_deadline: usize,
    wrong_probability: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.articles += o.articles;
        self.bytes += o.bytes;
        self.labels += o.labels;
        self.candidates += o.candidates;
        self.matched += o.matched;
        self.deadline_ok += o.deadline_ok;
        self.probability_ok += o.probability_ok;
        self.missed += o.missed;
        for (k, v) in &o.fp_kind {
            *self.fp_kind.entry(k.clone()).or_default() += v;
        }
        self.fp_unlabeled += o.fp_unlabeled;
        self.wrong_deadline += o.wrong_deadline;
        self.missing_deadline += o.missing_deadline;
        self.wrong_probability += o.wrong_probability;
    }
    fn recall(&self) -> f64 {
        ratio(self.matched, self.labels)
    }
    fn precision(&self) -> f64 {
        ratio(self.matched, self.candidates)
    }
    fn deadline(&self) -> f64 {
        ratio(self.deadline_ok, self.matched)
    }
    fn probability(&self) -> f64 {
        ratio(self.probability_ok, self.matched)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

fn date(v: &Value) -> Result<NaiveDate, String> {
    v.as_str()
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("bad date {v}"))
}

fn load(path: &std::path::Path) -> Result<Vec<Article>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let doc: Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    for a in doc["articles"].as_array().ok_or("no `articles`")? {
        let s = |k: &str| a[k].as_str().map(str::to_string).ok_or(format!("no `{k}`"));
        let mut forecasts = Vec::new();
        for f in a["forecasts"].as_array().ok_or("no `forecasts`")? {
            let p = &f["probability"];
            forecasts.push(Label {
                start: f["start"].as_u64().ok_or("no start")? as usize,
                end: f["end"].as_u64().ok_or("no end")? as usize,
                p: (
                    p[0].as_f64().ok_or("bad probability")?,
                    p[1].as_f64().ok_or("bad probability")?,
                ),
                deadline: match &f["deadline"] {
                    Value::Null => None,
                    d => Some((date(&d[0])?, date(&d[1])?)),
                },
            });
        }
        let mut non_forecasts = Vec::new();
        for f in a["non_forecasts"].as_array().ok_or("no `non_forecasts`")? {
            non_forecasts.push(NonForecast {
                start: f["start"].as_u64().ok_or("no start")? as usize,
                end: f["end"].as_u64().ok_or("no end")? as usize,
                kind: f["kind"].as_str().unwrap_or("other").to_string(),
            });
        }
        out.push(Article {
            id: s("id")?,
            split: s("split")?,
            published: date(&a["published"])?,
            sha256: s("sha256")?,
            forecasts,
            non_forecasts,
        });
    }
    Ok(out)
}

fn p_ok(l: &Label, c: &Candidate) -> bool {
    c.probability >= l.p.0 - 1e-9 && c.probability <= l.p.1 + 1e-9
}

fn d_ok(l: &Label, c: &Candidate) -> bool {
    match (l.deadline, c.deadline) {
        (None, None) => true,
        (Some((a, b)), Some(d)) => a <= d && d <= b,
        _ => false,
    }
}

/// Scores one article; with `details`, prints each error with its sentence.
fn score(a: &Article, text: &str, details: bool) -> Tally {
    let got = extract(text, a.published);
    let mut t = Tally {
        articles: 1,
        bytes: text.len(),
        labels: a.forecasts.len(),
        candidates: got.len(),
        ..Tally::default()
    };
    // Every (label, candidate) pair that overlaps, best first: overlap, then fit.
    let mut pairs: Vec<(usize, usize, usize, u8)> = Vec::new();
    for (li, l) in a.forecasts.iter().enumerate() {
        for (ci, c) in got.iter().enumerate() {
            let o = overlap((l.start, l.end), (c.start, c.end));
            if o > 0 {
                let fit = u8::from(p_ok(l, c)) + u8::from(d_ok(l, c));
                pairs.push((li, ci, o, fit));
            }
        }
    }
    pairs.sort_by(|x, y| y.2.cmp(&x.2).then(y.3.cmp(&x.3)));
    let mut label_of: Vec<Option<usize>> = vec![None; got.len()];
    let mut cand_of: Vec<Option<usize>> = vec![None; a.forecasts.len()];
    for (li, ci, _, _) in pairs {
        if cand_of[li].is_none() && label_of[ci].is_none() {
            cand_of[li] = Some(ci);
            label_of[ci] = Some(li);
        }
    }
    let show = |what: &str, start: usize, end: usize, extra: String| {
        if details {
            let s = text.get(start..end).unwrap_or("?").replace('\n', " ");
            println!("  {} {what}: {s}{extra}", a.id);
        }
    };
    for (li, l) in a.forecasts.iter().enumerate() {
        let Some(ci) = cand_of[li] else {
            t.missed += 1;
            show("missed", l.start, l.end, String::new());
            continue;
        };
        let c = &got[ci];
        t.matched += 1;
        if p_ok(l, c) {
            t.probability_ok += 1;
        } else {
            t.wrong_probability += 1;
            show(
                "wrong probability",
                l.start,
                l.end,
                format!(
                    "\n      got {} ({}), want {:?}; claim: {}",
                    c.probability, c.probability_basis, l.p, c.claim
                ),
            );
        }
        if d_ok(l, c) {
            t.deadline_ok += 1;
        } else {
            if c.deadline.is_none() {
                t.missing_deadline += 1;
            } else {
                t.wrong_deadline += 1;
            }
            show(
                if c.deadline.is_none() {
                    "missing deadline"
                } else {
                    "wrong deadline"
                },
                l.start,
                l.end,
                format!(
                    "\n      got {:?} ({:?}), want {:?}; claim: {}",
                    c.deadline.map(|d| d.to_string()),
                    c.deadline_phrase,
                    l.deadline.map(|(x, y)| format!("{x}..{y}")),
                    c.claim
                ),
            );
        }
    }
    for (ci, c) in got.iter().enumerate() {
        if label_of[ci].is_some() {
            continue;
        }
        // A candidate on a sentence that already gave a matched one is a duplicate; one on a
        // labeled non-forecast is counted by that label's kind.
        let kind = a
            .non_forecasts
            .iter()
            .filter(|n| overlap((n.start, n.end), (c.start, c.end)) > 0)
            .max_by_key(|n| overlap((n.start, n.end), (c.start, c.end)))
            .map(|n| n.kind.clone());
        match &kind {
            Some(k) => *t.fp_kind.entry(k.clone()).or_default() += 1,
            None => t.fp_unlabeled += 1,
        }
        show(
            &format!(
                "false positive ({})",
                kind.as_deref().unwrap_or("unlabeled")
            ),
            c.start,
            c.end,
            format!("\n      claim: {} [{}]", c.claim, c.probability_basis),
        );
    }
    t
}

fn print_split(name: &str, t: &Tally) {
    println!(
        "{name}: {} articles, {} bytes, {} labeled forecasts, {} candidates",
        t.articles, t.bytes, t.labels, t.candidates
    );
    println!(
        "  recall {:.3} ({}/{})  precision {:.3} ({}/{})  deadline within range {:.3} ({}/{})  probability within range {:.3} ({}/{})",
        t.recall(),
        t.matched,
        t.labels,
        t.precision(),
        t.matched,
        t.candidates,
        t.deadline(),
        t.deadline_ok,
        t.matched,
        t.probability(),
        t.probability_ok,
        t.matched
    );
    let fp: Vec<String> = t.fp_kind.iter().map(|(k, v)| format!("{k} {v}")).collect();
    println!(
        "  errors: missed forecast {}, false positive by non-forecast kind {} [{}], unlabeled false positive {}, wrong deadline {}, missing deadline {}, wrong probability {}",
        t.missed,
        t.fp_kind.values().sum::<usize>(),
        fp.join(", "),
        t.fp_unlabeled,
        t.wrong_deadline,
        t.missing_deadline,
        t.wrong_probability
    );
}

fn main() -> ExitCode {
    let mut dir: Option<PathBuf> = std::env::var_os("FORECAST_REALNEWS_DIR").map(PathBuf::from);
    let mut which = "all".to_string();
    let (mut verbose, mut details, mut check) = (false, false, false);
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--dir" => dir = args.next().map(PathBuf::from),
            "--split" => which = args.next().unwrap_or_default(),
            "--verbose" => verbose = true,
            "--details" => details = true,
            "--check" => check = true,
            other => {
                eprintln!("error: unknown argument `{other}`; usage: realnews_eval [--dir DIR] [--split dev|heldout|blind|all] [--verbose] [--details] [--check]");
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
    let labels = root.join("tests/fixtures/realnews/labels.json");
    let articles = match load(&labels) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: reading the labels: {e}");
            return ExitCode::from(2);
        }
    };
    // Every text first: present and the labeled bytes, or nothing is scored.
    let mut texts = Vec::new();
    let mut problems = Vec::new();
    for a in articles
        .iter()
        .filter(|a| which == "all" || a.split == which)
    {
        let path = dir.join(&a.split).join(format!("{}.txt", a.id));
        match std::fs::read(&path) {
            Err(e) => problems.push(format!("{}: {e}", path.display())),
            Ok(bytes) => {
                let sha = Sha256::digest(&bytes)
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect::<String>();
                if sha != a.sha256 {
                    problems.push(format!(
                        "{}: sha256 {sha} is not the labeled {}",
                        path.display(),
                        a.sha256
                    ));
                } else {
                    match String::from_utf8(bytes) {
                        Ok(t) => texts.push((a, t)),
                        Err(e) => problems.push(format!("{}: {e}", path.display())),
                    }
                }
            }
        }
    }
    if !problems.is_empty() {
        eprintln!(
            "error: {} of the real-news texts are missing or differ (rebuild them as README \"Real news\" says):",
            problems.len()
        );
        for p in &problems {
            eprintln!("  {p}");
        }
        return ExitCode::from(2);
    }
    let mut failed = false;
    for split in ["dev", "heldout", "blind"] {
        if which != "all" && which != split {
            continue;
        }
        if !texts.iter().any(|(a, _)| a.split == split) {
            continue;
        }
        let mut total = Tally::default();
        for (a, text) in texts.iter().filter(|(a, _)| a.split == split) {
            let t = score(a, text, details && split == "dev");
            if verbose {
                println!(
                    "  {:<48} labels {:>2} candidates {:>2} matched {:>2} deadline ok {:>2} probability ok {:>2}",
                    a.id, t.labels, t.candidates, t.matched, t.deadline_ok, t.probability_ok
                );
            }
            total.add(&t);
        }
        print_split(split, &total);
        failed |= total.recall() < 0.9
            || total.precision() < 0.85
            || total.deadline() < 0.9
            || total.probability() < 0.85;
    }
    if check && failed {
        eprintln!("error: a split misses a target (recall 0.9, precision 0.85, deadline 0.9, probability 0.85)");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
