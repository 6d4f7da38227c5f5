//! Scores `forecast extract` on 20 real news articles nobody here wrote (issue 13): the
//! TempEval-3 platinum corpus (AP, CNN, WSJ, BBC, NYT, March 2013; UzZaman et al. 2013), kept
//! outside this repository in `../shared/data-external/te3-platinum/*.tml`. Each article's
//! plain text and publication day are derived from its `.tml` (`common/te3.rs`); the labels
//! are `data/te3-forecasts.tsv` (byte offsets into that text, the accepted probability and
//! deadline ranges, the tempting non-forecasts by kind, each text's SHA-256), labeled blind
//! by issue 13's rules before the extractor was run on them.
//!
//! Split: the `.tml` files sorted by name, every third (the 3rd, 6th, ...) is held out, the
//! rest are the development part. Every text's SHA-256 is checked against its label first; a
//! missing or different text is an error (exit 2), never silently skipped. Then each article
//! goes through the library's `extract` with its publication day and is scored as
//! `realnews_eval` scores (`common/realnews.rs`: candidates matched one-to-one to the labeled
//! forecasts whose bytes they overlap, best overlap first, then the better fit): recall,
//! precision, deadline and probability within range, and a count per kind of error, per split.
//!
//! Usage: cargo run --release --example news_eval -- [DIR] [--labels FILE] [--details]
//!        [--verbose] [--check] [--dump OUT]
//! DIR defaults to `../shared/data-external/te3-platinum`. `--details` prints each error of
//! the development part with its sentence (never the held-out part's). `--verbose` adds a
//! line per article (counts only). `--dump OUT` writes each derived text to `OUT/NAME.txt`
//! (outside the repository: the text is third-party) and scores nothing. `--check` exits 1
//! when a split falls under its floor or has more false positives than its cap (`FLOORS`,
//! set a little under the figures measured when the set was added; README "Real news"); a
//! missing folder or article is exit 2 with or without `--check`.

#[path = "common/realnews.rs"]
mod realnews;
#[path = "common/te3.rs"]
mod te3;

use chrono::NaiveDate;
use forecast_ledger::extract::extract;
use realnews::{print_split, score, Article, Label, NonForecast, Tally};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Floors per split for `--check`: recall, precision, deadline, probability, and the most
/// candidates matched to no labeled forecast. Set a little under what was measured when the
/// set was added (dev 10/15 recall, 10/20 precision, 8/10 deadline, 10/10 probability; the
/// held-out articles hold no labeled forecast, so only their false positives, 1, say anything).
const FLOORS: &[(&str, [f64; 4], usize)] = &[
    ("dev", [0.6, 0.45, 0.75, 0.95], 12),
    ("heldout", [0.0, 0.0, 0.0, 0.0], 2),
];

fn main() -> ExitCode {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut dir = root.join("../shared/data-external/te3-platinum");
    let mut labels = root.join("data/te3-forecasts.tsv");
    let (mut details, mut verbose, mut check) = (false, false, false);
    let mut dump: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--labels" => labels = args.next().map(PathBuf::from).unwrap_or_default(),
            "--details" => details = true,
            "--verbose" => verbose = true,
            "--check" => check = true,
            "--dump" => dump = args.next().map(PathBuf::from),
            s if !s.starts_with("--") => dir = PathBuf::from(s),
            other => {
                eprintln!("error: unknown argument `{other}`; usage: news_eval [DIR] [--labels FILE] [--details] [--verbose] [--check] [--dump OUT]");
                return ExitCode::from(2);
            }
        }
    }
    let files = match tml_files(&dir) {
        Ok(f) if !f.is_empty() => f,
        Ok(_) => {
            eprintln!("error: no .tml file in `{}`", dir.display());
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!(
                "error: reading the TempEval-3 platinum articles in `{}`: {e}",
                dir.display()
            );
            return ExitCode::from(2);
        }
    };
    let mut derived = Vec::new();
    for (i, name) in files.iter().enumerate() {
        let path = dir.join(format!("{name}.tml"));
        let read = std::fs::read_to_string(&path).map_err(|e| e.to_string());
        match read.and_then(|s| te3::derive(&s)) {
            Ok(t) => derived.push((name.clone(), split_of(i), t)),
            Err(e) => {
                eprintln!("error: {}: {e}", path.display());
                return ExitCode::from(2);
            }
        }
    }
    if let Some(out) = dump {
        for (name, _, t) in &derived {
            let path = out.join(format!("{name}.txt"));
            if let Err(e) = std::fs::write(&path, &t.text) {
                eprintln!("error: writing `{}`: {e}", path.display());
                return ExitCode::from(2);
            }
        }
        println!("wrote {} texts to {}", derived.len(), out.display());
        return ExitCode::SUCCESS;
    }
    let articles = match load(&labels) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {}: {e}", labels.display());
            return ExitCode::from(2);
        }
    };
    // Every article labeled, and every text the one labeled, before anything is scored.
    let mut problems = Vec::new();
    for (name, split, t) in &derived {
        match articles.get(name) {
            None => problems.push(format!("{name}: not in the labels")),
            Some(a) if a.sha256 != te3::sha256(&t.text) => problems.push(format!(
                "{name}: the derived text's sha256 {} is not the labeled {}",
                te3::sha256(&t.text),
                a.sha256
            )),
            Some(a) if a.published != t.published || a.split != *split => problems.push(format!(
                "{name}: labeled {} {}, the file says {} {split}",
                a.published, a.split, t.published
            )),
            Some(_) => {}
        }
    }
    for name in articles.keys() {
        if !files.contains(name) {
            problems.push(format!("{name}: labeled but no {name}.tml"));
        }
    }
    if !problems.is_empty() {
        eprintln!("error: the articles and the labels disagree:");
        for p in &problems {
            eprintln!("  {p}");
        }
        return ExitCode::from(2);
    }
    let mut failed = Vec::new();
    for (split, floors, most_false) in FLOORS {
        let mut total = Tally::default();
        for (name, _, t) in derived.iter().filter(|(_, s, _)| s == split) {
            let a = &articles[name];
            let got = extract(&t.text, t.published);
            let one = score(a, &t.text, &got, details && *split == "dev");
            if verbose {
                println!(
                    "  {:<36} labels {:>2} candidates {:>2} matched {:>2} deadline ok {:>2} probability ok {:>2}",
                    name, one.labels, one.candidates, one.matched, one.deadline_ok, one.probability_ok
                );
            }
            total.add(&one);
        }
        print_split(split, &total);
        let got = [
            total.recall(),
            total.precision(),
            total.deadline(),
            total.probability(),
        ];
        for ((what, g), f) in ["recall", "precision", "deadline", "probability"]
            .iter()
            .zip(got)
            .zip(floors)
        {
            if g < *f {
                failed.push(format!("{split} {what} {g:.3} < {f}"));
            }
        }
        let false_positives = total.candidates - total.matched;
        if false_positives > *most_false {
            failed.push(format!(
                "{split} false positives {false_positives} > {most_false}"
            ));
        }
    }
    if check && !failed.is_empty() {
        eprintln!("error: under the floor: {}", failed.join("; "));
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

/// The names (without `.tml`) of the articles in `dir`, sorted by name.
fn tml_files(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut names: Vec<String> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".tml"))
                .map(str::to_string)
        })
        .collect();
    names.sort();
    Ok(names)
}

/// The split of the `i`th file (from 0) in name order: every third is held out.
fn split_of(i: usize) -> String {
    if i % 3 == 2 { "heldout" } else { "dev" }.to_string()
}

/// Reads `data/te3-forecasts.tsv`: `#` lines are comments, the `file` line the header; each row is file, byte start, byte
/// end, kind, p_lo, p_hi, deadline_lo, deadline_hi, note. A `text` row gives a file's derived
/// text (start 0, end its length, deadline_lo its publication day, deadline_hi its split, the
/// note `sha256 HEX`);
/// `forecast` rows the labeled forecasts; `not:KIND` rows the tempting non-forecasts.
fn load(path: &Path) -> Result<BTreeMap<String, Article>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let mut out: BTreeMap<String, Article> = BTreeMap::new();
    let mut pending: Vec<(String, Label)> = Vec::new();
    let mut pending_not: Vec<(String, NonForecast)> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.starts_with("file\t") || line.trim().is_empty() {
            continue;
        }
        let bad = |what: &str| format!("line {}: {what}", n + 1);
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 9 {
            return Err(bad(&format!("{} fields, not 9", f.len())));
        }
        let num = |s: &str| {
            s.parse::<usize>()
                .map_err(|_| bad(&format!("`{s}` is not a byte offset")))
        };
        let prob = |s: &str| {
            s.parse::<f64>()
                .map_err(|_| bad(&format!("`{s}` is not a probability")))
        };
        let day = |s: &str| {
            s.parse::<NaiveDate>()
                .map_err(|_| bad(&format!("`{s}` is not a date")))
        };
        let (start, end) = (num(f[1])?, num(f[2])?);
        if start >= end {
            return Err(bad("start is not before end"));
        }
        match f[3] {
            "text" => {
                let sha = f[8]
                    .strip_prefix("sha256 ")
                    .ok_or_else(|| bad("a text row's note is not `sha256 HEX`"))?;
                out.insert(
                    f[0].to_string(),
                    Article {
                        id: f[0].to_string(),
                        split: f[7].to_string(),
                        published: day(f[6])?,
                        sha256: sha.to_string(),
                        forecasts: Vec::new(),
                        non_forecasts: Vec::new(),
                    },
                );
            }
            "forecast" => {
                let deadline = match (f[6], f[7]) {
                    ("none", "none") => None,
                    (a, b) => Some((day(a)?, day(b)?)),
                };
                let p = (prob(f[4])?, prob(f[5])?);
                if !(0.0..=1.0).contains(&p.0) || !(p.0..=1.0).contains(&p.1) {
                    return Err(bad("the probability range is not within 0..1"));
                }
                pending.push((
                    f[0].to_string(),
                    Label {
                        start,
                        end,
                        p,
                        deadline,
                    },
                ));
            }
            k => {
                let kind = k
                    .strip_prefix("not:")
                    .ok_or_else(|| bad(&format!("kind `{k}` is not text, forecast or not:KIND")))?;
                pending_not.push((
                    f[0].to_string(),
                    NonForecast {
                        start,
                        end,
                        kind: kind.to_string(),
                    },
                ));
            }
        }
    }
    for (file, l) in pending {
        out.get_mut(&file)
            .ok_or(format!("{file}: labeled forecasts but no text row"))?
            .forecasts
            .push(l);
    }
    for (file, l) in pending_not {
        out.get_mut(&file)
            .ok_or(format!("{file}: labeled non-forecasts but no text row"))?
            .non_forecasts
            .push(l);
    }
    Ok(out)
}
