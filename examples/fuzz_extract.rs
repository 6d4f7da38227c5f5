//! A bounded fuzz driver for the extractor (issue 13's robustness brief): runs the library's
//! `extract` on the given texts and on mutants of them, and records each distinct panic site.
//!
//! Mutants of each text, and of windows of one to four of its paragraphs: prefixes and
//! suffixes cut at char boundaries; quotation marks (" “ ” ' ‘ ’ « ») inserted or removed at
//! random; sentence punctuation and line breaks shuffled among their places; non-ASCII (é, ß,
//! 𝔘, CJK, RTL marks, combining accents) put next to cue words; all upper and all lower case.
//! Every run is wrapped in `catch_unwind`; a panic is keyed by its source location, and a
//! candidate that breaks the output contract (`start`/`end` char boundaries within the text,
//! `sentence == text[start..end]`) is keyed by the clause it breaks. For each key the
//! smallest input is kept, shrunk by deleting runs of characters while the same key fires, and
//! written to `OUT/NN.txt` (the inputs come from third-party texts: never commit them).
//!
//! Usage: cargo run --release --example fuzz_extract -- [--seconds N] [--seed N] [--out DIR]
//!        FILE|DIR...
//! A directory stands for its `*.txt` and `*.md` files. Exits 1 when anything was found.

use chrono::NaiveDate;
use forecast_ledger::extract::extract;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

thread_local! {
    /// Where the last panic happened and what it said, set by the panic hook.
    static LAST: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
}

const QUOTES: [char; 8] = ['"', '“', '”', '\'', '‘', '’', '«', '»'];
const ODD: [&str; 9] = [
    "é",
    "ß",
    "𝔘",
    "中文",
    "\u{200F}",
    "\u{200E}",
    "\u{0301}",
    "e\u{0301}",
    "ﬁ",
];
const CUES: [&str; 24] = [
    "will", "would", "may", "might", "could", "expect", "expects", "expected", "likely", "said",
    "says", "forecast", "predict", "plans", "by", "end", "next", "year", "percent", "probably",
    "chance", "should", "warned", "estimate",
];
const DATES: [(i32, u32, u32); 3] = [(2025, 5, 21), (1987, 3, 2), (2005, 1, 10)];

/// A small xorshift generator: the runs repeat for a seed, with no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// What one run found: a panic's location and message, or a broken output clause.
fn run(text: &str, day: NaiveDate) -> Option<(String, String)> {
    LAST.with(|l| l.borrow_mut().take());
    match panic::catch_unwind(AssertUnwindSafe(|| extract(text, day))) {
        Err(_) => Some(
            LAST.with(|l| l.borrow_mut().take())
                .unwrap_or_else(|| ("unknown".to_string(), "panic without location".to_string())),
        ),
        Ok(cands) => {
            for c in &cands {
                if c.start > c.end || c.end > text.len() {
                    return Some((
                        "contract: start <= end <= len".into(),
                        format!("{}..{}", c.start, c.end),
                    ));
                }
                if !text.is_char_boundary(c.start) || !text.is_char_boundary(c.end) {
                    return Some((
                        "contract: char boundaries".into(),
                        format!("{}..{}", c.start, c.end),
                    ));
                }
                if text[c.start..c.end] != c.sentence {
                    return Some((
                        "contract: sentence == text[start..end]".into(),
                        format!("{}..{}: {:?}", c.start, c.end, c.sentence),
                    ));
                }
            }
            None
        }
    }
}

/// The char boundaries of `s`, its end included.
fn bounds(s: &str) -> Vec<usize> {
    s.char_indices().map(|(i, _)| i).chain([s.len()]).collect()
}

/// Deletes runs of characters, halving the run length, while `key` still fires.
fn shrink(mut text: String, day: NaiveDate, key: &str, budget: &mut usize) -> String {
    let mut chunk = (text.chars().count() / 2).max(1);
    while chunk >= 1 && *budget > 0 {
        let mut i = 0;
        let mut progressed = false;
        loop {
            let b = bounds(&text);
            if i + 1 >= b.len() || *budget == 0 {
                break;
            }
            let end = b[(i + chunk).min(b.len() - 1)];
            let candidate = format!("{}{}", &text[..b[i]], &text[end..]);
            *budget -= 1;
            if run(&candidate, day).is_some_and(|(k, _)| k == key) {
                text = candidate;
                progressed = true;
            } else {
                i += chunk;
            }
        }
        if !progressed {
            if chunk == 1 {
                break;
            }
            chunk /= 2;
        }
    }
    text
}

/// One mutant of `text`.
fn mutate(text: &str, rng: &mut Rng) -> String {
    let b = bounds(text);
    match rng.below(9) {
        // (a) a prefix or a suffix
        0 => text[..b[rng.below(b.len())]].to_string(),
        1 => text[b[rng.below(b.len())]..].to_string(),
        // (a) a slice between two cuts
        2 => {
            let (x, y) = (b[rng.below(b.len())], b[rng.below(b.len())]);
            text[x.min(y)..x.max(y)].to_string()
        }
        // (b) quotation marks inserted or removed
        3 => {
            let mut s = text.to_string();
            for _ in 0..1 + rng.below(6) {
                let b = bounds(&s);
                let at = b[rng.below(b.len())];
                if rng.below(2) == 0 {
                    s.insert(at, QUOTES[rng.below(QUOTES.len())]);
                } else if let Some((i, q)) = s
                    .char_indices()
                    .filter(|(_, c)| QUOTES.contains(c))
                    .nth(rng.below(s.matches(&QUOTES[..]).count().max(1)))
                {
                    s.replace_range(i..i + q.len_utf8(), "");
                }
            }
            s
        }
        // (c) sentence punctuation and line breaks shuffled among their places
        4 => {
            let marks = ['.', '!', '?', ';', ':', ',', '\n'];
            let mut chars: Vec<char> = text.chars().collect();
            let places: Vec<usize> = (0..chars.len())
                .filter(|&i| marks.contains(&chars[i]))
                .collect();
            let mut got: Vec<char> = places.iter().map(|&i| chars[i]).collect();
            for i in (1..got.len()).rev() {
                got.swap(i, rng.below(i + 1));
            }
            if rng.below(3) == 0 {
                for g in got.iter_mut() {
                    if rng.below(4) == 0 {
                        *g = marks[rng.below(marks.len())];
                    }
                }
            }
            for (p, g) in places.iter().zip(got) {
                chars[*p] = g;
            }
            chars.into_iter().collect()
        }
        // (d) non-ASCII next to cue words
        5 | 6 => {
            let mut s = text.to_string();
            for _ in 0..1 + rng.below(8) {
                let cue = CUES[rng.below(CUES.len())];
                let hits: Vec<usize> = s.match_indices(cue).map(|(i, _)| i).collect();
                if hits.is_empty() {
                    continue;
                }
                let at = hits[rng.below(hits.len())];
                let odd = ODD[rng.below(ODD.len())];
                match rng.below(3) {
                    0 => s.insert_str(at, odd),
                    1 => s.insert_str(at + cue.len(), odd),
                    // inside the word, after its first letter
                    _ => s.insert_str(at + 1, odd),
                }
            }
            s
        }
        // (e) one case
        7 => text.to_uppercase(),
        _ => text.to_lowercase(),
    }
}

/// A window of one to four paragraphs of `text`, or the whole of it.
fn window(text: &str, rng: &mut Rng) -> String {
    let paras: Vec<&str> = text.split("\n\n").collect();
    if paras.len() < 3 || rng.below(4) == 0 {
        return text.to_string();
    }
    let from = rng.below(paras.len());
    let to = (from + 1 + rng.below(4)).min(paras.len());
    paras[from..to].join("\n\n")
}

fn inputs(args: &[PathBuf]) -> std::io::Result<Vec<(PathBuf, String)>> {
    let mut files = Vec::new();
    for a in args {
        if a.is_dir() {
            let mut more: Vec<PathBuf> = std::fs::read_dir(a)?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "md")))
                .collect();
            more.sort();
            files.extend(more);
        } else {
            files.push(a.clone());
        }
    }
    files
        .into_iter()
        .map(|f| std::fs::read_to_string(&f).map(|t| (f, t)))
        .collect()
}

struct Found {
    message: String,
    smallest: String,
    hits: usize,
    from: PathBuf,
    day: NaiveDate,
}

fn main() -> ExitCode {
    let (mut seconds, mut seed, mut out) =
        (600u64, 20261204u64, PathBuf::from("/tmp/fuzz_extract"));
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--seconds" => seconds = args.next().and_then(|s| s.parse().ok()).unwrap_or(seconds),
            "--seed" => seed = args.next().and_then(|s| s.parse().ok()).unwrap_or(seed),
            "--out" => out = args.next().map(PathBuf::from).unwrap_or(out),
            s if s.starts_with('-') => {
                eprintln!("error: unknown option `{s}`; usage: fuzz_extract [--seconds N] [--seed N] [--out DIR] FILE|DIR...");
                return ExitCode::from(2);
            }
            s => paths.push(PathBuf::from(s)),
        }
    }
    let texts = match inputs(&paths) {
        Ok(t) if !t.is_empty() => t,
        Ok(_) => {
            eprintln!("error: no input texts given");
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("error: reading the inputs: {e}");
            return ExitCode::from(2);
        }
    };
    panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        LAST.with(|l| *l.borrow_mut() = Some((place, msg)));
    }));
    let days: Vec<NaiveDate> = DATES
        .iter()
        .filter_map(|&(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
        .collect();
    let mut rng = Rng(seed.max(1));
    let mut found: BTreeMap<String, Found> = BTreeMap::new();
    let mut note = |key: String, message: String, input: &str, from: &Path, day: NaiveDate| {
        let f = found.entry(key).or_insert_with(|| Found {
            message: message.clone(),
            smallest: input.to_string(),
            hits: 0,
            from: from.to_path_buf(),
            day,
        });
        f.hits += 1;
        if input.len() < f.smallest.len() {
            f.smallest = input.to_string();
            f.message = message;
            f.from = from.to_path_buf();
            f.day = day;
        }
    };
    let started = Instant::now();
    let limit = Duration::from_secs(seconds);
    let mut runs = 0u64;
    // First every text as it is, then each cut at every 1/64th of its chars, then mutants.
    for (path, text) in &texts {
        for &day in &days {
            runs += 1;
            if let Some((k, m)) = run(text, day) {
                note(k, m, text, path, day);
            }
        }
        let b = bounds(text);
        for i in 0..=64 {
            let at = b[i * (b.len() - 1) / 64];
            for piece in [&text[..at], &text[at..]] {
                runs += 1;
                if let Some((k, m)) = run(piece, days[0]) {
                    note(k, m, piece, path, days[0]);
                }
            }
        }
    }
    eprintln!(
        "whole texts and cuts: {runs} runs, {:.0?}",
        started.elapsed()
    );
    while started.elapsed() < limit {
        let (path, text) = &texts[rng.below(texts.len())];
        let mut input = window(text, &mut rng);
        for _ in 0..1 + rng.below(3) {
            input = mutate(&input, &mut rng);
        }
        let day = days[rng.below(days.len())];
        runs += 1;
        if let Some((k, m)) = run(&input, day) {
            note(k, m, &input, path, day);
        }
    }
    eprintln!("{runs} runs in {:.0?}", started.elapsed());
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("error: creating {}: {e}", out.display());
        return ExitCode::from(2);
    }
    for (n, (key, f)) in found.iter_mut().enumerate() {
        let mut budget = 20_000;
        let small = shrink(f.smallest.clone(), f.day, key, &mut budget);
        let file = out.join(format!("{n:02}.txt"));
        if let Err(e) = std::fs::write(&file, &small) {
            eprintln!("error: writing {}: {e}", file.display());
            return ExitCode::from(2);
        }
        println!(
            "{key} | {} hits | {} | published {} | smallest {} bytes (from {}), shrunk to {} bytes: {}",
            f.hits,
            f.message,
            f.day,
            f.smallest.len(),
            f.from.display(),
            small.len(),
            file.display()
        );
    }
    if found.is_empty() {
        println!("no panic and no broken contract in {runs} runs");
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
